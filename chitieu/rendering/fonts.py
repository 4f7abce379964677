"""The font files of the report's typeface, found as WeasyPrint finds them: through fontconfig.

The PDF's body is laid out by WeasyPrint (Pango, which asks fontconfig for "Times New Roman",
then "Liberation Serif", then "Tinos"); its appendix tables are drawn by ReportLab, which needs
the font files themselves. :func:`report_fonts` asks fontconfig for the same families in the same
order and keeps the first whose regular, bold and italic faces are all installed. A face is used
only for text whose every letter it holds (:meth:`ReportFonts.covers`): Pango would fall back to
another font for a missing letter, ReportLab would print a gap, so a text the faces cannot print
is left to WeasyPrint.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import threading
from dataclasses import dataclass
from functools import cache
from pathlib import Path

logger = logging.getLogger(__name__)

# The typeface of report.css, in its order: Times New Roman and two fonts with its metrics.
FAMILIES = ("Times New Roman", "Liberation Serif", "Tinos")
STYLES = {"regular": "Regular", "bold": "Bold", "italic": "Italic", "bold_italic": "Bold Italic"}

_FC_MATCH_PATTERN = 0
_FC_RESULT_MATCH = 0
_lock = threading.Lock()


@dataclass(frozen=True)
class Face:
    path: Path
    index: int  # the face's number in a collection (.ttc); 0 in a single font file


@dataclass(frozen=True)
class ReportFonts:
    family: str
    faces: dict[str, Face]  # by the keys of STYLES

    def covers(self, text: str) -> bool:
        """Whether every face holds every letter of ``text`` (spaces and line ends aside)."""
        letters = {ord(ch) for ch in text if not ch.isspace()}
        return all(letters <= _characters(face) for face in self.faces.values())


@cache
def report_fonts() -> ReportFonts | None:
    """The report's typeface as font files, or None when fontconfig finds none of :data:`FAMILIES`."""
    library = _fontconfig()
    if library is None:
        logger.warning("fontconfig not found: the PDF's tables are laid out by WeasyPrint (slower)")
        return None
    with _lock:
        for family in FAMILIES:
            faces = {}
            for key, style in STYLES.items():
                face = _match(library, family, style)
                if face is None:
                    break
                faces[key] = face
            else:
                return ReportFonts(family, faces)
    logger.warning("none of %s installed: the PDF's tables are laid out by WeasyPrint (slower)", FAMILIES)
    return None


@cache
def _characters(face: Face) -> frozenset[int]:
    from fontTools.ttLib import TTFont  # type: ignore[import-untyped]  # WeasyPrint's own dependency

    with TTFont(face.path, fontNumber=face.index, lazy=True) as font:
        return frozenset(font.getBestCmap() or ())


def _fontconfig() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("fontconfig") or ctypes.util.find_library("libfontconfig-1")
    if not name:
        return None
    try:
        library = ctypes.CDLL(name)
    except OSError:
        return None
    library.FcInitLoadConfigAndFonts.restype = ctypes.c_void_p
    library.FcNameParse.restype = ctypes.c_void_p
    library.FcNameParse.argtypes = [ctypes.c_char_p]
    library.FcConfigSubstitute.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int]
    library.FcDefaultSubstitute.argtypes = [ctypes.c_void_p]
    library.FcFontMatch.restype = ctypes.c_void_p
    library.FcFontMatch.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.POINTER(ctypes.c_int)]
    library.FcPatternGetString.argtypes = [
        ctypes.c_void_p,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.POINTER(ctypes.c_char_p),
    ]
    library.FcPatternGetInteger.argtypes = [
        ctypes.c_void_p,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.POINTER(ctypes.c_int),
    ]
    library.FcPatternDestroy.argtypes = [ctypes.c_void_p]
    library._config = library.FcInitLoadConfigAndFonts()  # type: ignore[attr-defined]
    return library


def _match(library: ctypes.CDLL, family: str, style: str) -> Face | None:
    """The file of ``family`` in ``style``, only if fontconfig has that family (not a substitute)."""
    config = library._config
    pattern = library.FcNameParse(f"{family}:style={style}".encode())
    if not pattern:
        return None
    library.FcConfigSubstitute(config, pattern, _FC_MATCH_PATTERN)
    library.FcDefaultSubstitute(pattern)
    result = ctypes.c_int()
    match = library.FcFontMatch(config, pattern, ctypes.byref(result))
    library.FcPatternDestroy(pattern)
    if not match:
        return None
    try:
        file, index = ctypes.c_char_p(), ctypes.c_int(0)
        if library.FcPatternGetString(match, b"file", 0, ctypes.byref(file)) != _FC_RESULT_MATCH:
            return None
        library.FcPatternGetInteger(match, b"index", 0, ctypes.byref(index))
        families = _names(library, match, b"family")
        styles = _names(library, match, b"style")
        if family.casefold() not in {name.casefold() for name in families}:
            return None  # fontconfig offers a substitute: not this typeface
        wanted = set(style.casefold().split())
        if not any(set(name.casefold().split()) == wanted for name in styles):
            return None  # a regular face offered for the bold one: ReportLab would not embolden it
        path = Path((file.value or b"").decode())
        if path.suffix.lower() not in {".ttf", ".ttc", ".otf"} or not path.is_file():
            return None
        return Face(path, index.value)
    finally:
        library.FcPatternDestroy(match)


def _names(library: ctypes.CDLL, pattern: int, key: bytes) -> list[str]:
    """Every value of a string property (a font has a name per language: "Regular", "Normal" …)."""
    names, value, n = [], ctypes.c_char_p(), 0
    while library.FcPatternGetString(pattern, key, n, ctypes.byref(value)) == _FC_RESULT_MATCH:
        names.append((value.value or b"").decode("utf-8", "replace"))
        n += 1
    return names
