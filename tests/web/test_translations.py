"""Every string of the web pages (Python and templates, blocktranslate too) is in the Vietnamese catalog."""

from __future__ import annotations

import io
from pathlib import Path

from babel.messages.extract import extract
from babel.messages.pofile import read_po
from django.utils.translation.template import templatize

WEB = Path(__file__).resolve().parents[2] / "chitieu" / "web"
PO_PATH = WEB.parent / "locale" / "vi" / "LC_MESSAGES" / "django.po"
KEYWORDS = {"_": None, "gettext": None, "gettext_lazy": None, "ngettext": (1, 2), "ngettext_lazy": (1, 2)}


def strings_of(source: str) -> set[str]:
    found = set()
    for _line, message, _comments, _context in extract(
        "python", io.BytesIO(source.encode()), keywords=KEYWORDS
    ):
        found.add(message if isinstance(message, str) else message[0])
    return found


def test_every_string_of_the_web_pages_is_translated():
    in_code: set[str] = set()
    for path in WEB.rglob("*.py"):
        in_code |= strings_of(path.read_text())
    for path in (WEB / "templates").rglob("*.html"):
        # a literal "%" in {% translate %} is looked up as "%%", as templatize writes it
        in_code |= strings_of(templatize(path.read_text(), origin=str(path)))
    with PO_PATH.open("rb") as po_file:
        catalog = read_po(po_file, locale="vi")
    translated = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id and m.string}
    assert sorted(in_code - translated) == []
