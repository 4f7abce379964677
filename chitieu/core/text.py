"""Words in two languages, and text that a spreadsheet must never take for a formula.

chitieu speaks Vietnamese first and English too. Every place that chooses between the two asks
:func:`language_of` (any ``vi``/``vi-VN``/unknown code is Vietnamese, ``en``/``en-GB`` English),
and every text written in both languages is a :class:`Bilingual`, English then Vietnamese: the
same order as :class:`chitieu.core.errors.DomainError`'s templates (English for logs first).

Names typed by people (units, indicators, work items) end up in Excel files and CSV exports. A
text that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula to a
spreadsheet (CSV or formula injection): :func:`looks_like_formula` is the one rule every writer
asks, and :func:`csv_cell` the OWASP remedy for CSV (a leading single quote).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

Language = Literal["vi", "en"]
LANGUAGES: tuple[Language, ...] = ("vi", "en")


def language_of(code: str | None) -> Language:
    """``"en"`` for an English language code (``en``, ``en-gb``…); ``"vi"`` for anything else."""
    return "en" if code and code.strip().lower().startswith("en") else "vi"


@dataclass(frozen=True, slots=True)
class Bilingual:
    """The same words in English and in Vietnamese."""

    en: str
    vi: str

    def get(self, lang: str | None = "vi") -> str:
        """The words in ``lang`` (Vietnamese unless it is English)."""
        return self.en if language_of(lang) == "en" else self.vi

    def __add__(self, other: Bilingual) -> Bilingual:
        """Two texts one after the other, with a space between when both have words."""
        return Bilingual(_join(self.en, other.en), _join(self.vi, other.vi))


def _join(first: str, second: str) -> str:
    if not first:
        return second
    if not second:
        return first
    return f"{first} {second}"


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A figure as chitieu prints it ("-3", "1.218,5", "101,43%", a band "-3 – 5"): a number, not a formula.
_FIGURE = re.compile(r"[+-]?\d[\d.,]*%?(?: – [+-]?\d[\d.,]*%?)?")


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet would read ``text`` as a formula: it starts with = + - @, a tab or a CR."""
    return text.startswith(FORMULA_STARTS)


def csv_cell(text: str) -> str:
    """``text`` safe in a CSV cell: a single quote before it if it starts like a formula (OWASP).

    A figure ("-3", "-1.218,5") is left as it is: a spreadsheet reads it as the number it is.
    """
    if looks_like_formula(text) and not _FIGURE.fullmatch(text):
        return "'" + text
    return text


def without_diacritics(text: str) -> str:
    """Vietnamese without its marks: "Bến Nghé" → "Ben Nghe", "Đa Kao" → "Da Kao"."""
    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def search_key(text: str) -> str:
    """What a search compares: without marks, lower case, single spaces ("ben nghe" finds "Bến Nghé")."""
    return " ".join(without_diacritics(text).lower().split())


def counted(n: int, noun: str) -> str:
    """An English count with its noun: "1 scheme", "3 schemes" (Vietnamese nouns do not change)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def listed(items: list[str], lang: str) -> str:
    """ "a, b, c" in Vietnamese; "a, b and c" in English."""
    if language_of(lang) == "vi" or len(items) < 2:
        return ", ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
