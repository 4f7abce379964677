"""Compile every ``chitieu/locale/<lang>/LC_MESSAGES/*.po`` to ``.mo`` with Babel.

Run as ``python -m chitieu.locale.compile``. Babel is a dependency already, so installing chitieu
never needs GNU gettext (Django's ``compilemessages`` calls ``msgfmt``). A catalog with fuzzy
or untranslated entries, or with a translation whose placeholders differ from its source, is
refused: nothing half-translated reaches a user.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALE_DIR = Path(__file__).resolve().parent


def problems(catalog: Catalog) -> list[str]:
    """What keeps a catalog from being compiled: fuzzy, untranslated or mistranslated entries."""
    found = ["the header is marked fuzzy"] if catalog.fuzzy else []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, (list, tuple)) else [message.string]
        if message.fuzzy:
            found.append(f"line {message.lineno}: fuzzy: {message.id!r}")
        elif not all(strings):
            found.append(f"line {message.lineno}: untranslated: {message.id!r}")
    for message, errors in catalog.check():
        # Babel takes any "%" for a placeholder; "no-python-format" says this one is not.
        if "no-python-format" in message.flags:
            continue
        found.extend(f"line {message.lineno}: {error}: {message.id!r}" for error in errors)
    return found


def compile_catalogs(locale_dir: Path = LOCALE_DIR) -> list[Path]:
    """Write a ``.mo`` next to each ``.po``; raise ``ValueError`` naming every problem found."""
    written = []
    for po_path in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
        with po_path.open("rb") as po_file:
            catalog = read_po(po_file, locale=po_path.parent.parent.name)
        found = problems(catalog)
        if found:
            raise ValueError(f"{po_path}:\n  " + "\n  ".join(found))
        mo_path = po_path.with_suffix(".mo")
        with mo_path.open("wb") as mo_file:
            write_mo(mo_file, catalog)
        written.append(mo_path)
    return written


def main() -> None:
    try:
        written = compile_catalogs()
    except ValueError as error:
        sys.exit(f"Not compiled: {error}")
    for path in written:
        print(f"compiled {path.relative_to(LOCALE_DIR.parent.parent)}")


if __name__ == "__main__":
    main()
