"""The Vietnamese catalog: complete, not fuzzy, compiled with Babel alone, in the agencies' words."""

from __future__ import annotations

import gettext
import re
import shutil
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po
from django.utils import translation

from chitieu.locale.compile import compile_catalogs
from chitieu.monitoring.models import SubmissionState
from chitieu.planning.models import Indicator, Target

LOCALE_DIR = Path(__file__).resolve().parent.parent / "chitieu" / "locale"
PO_PATH = LOCALE_DIR / "vi" / "LC_MESSAGES" / "django.po"
MO_PATH = PO_PATH.with_suffix(".mo")
CODE_DIR = LOCALE_DIR.parent
KEYWORDS = {
    "_": None,
    "gettext": None,
    "gettext_lazy": None,
    "ngettext": (1, 2),
    "ngettext_lazy": (1, 2),
    "pgettext": ((1, "c"), 2),
    "pgettext_lazy": ((1, "c"), 2),
}
TEMPLATE_STRING = re.compile(r"""\{%\s*(?:translate|trans)\s+(["'])(.+?)\1""")


def read_catalog():
    with PO_PATH.open("rb") as po_file:
        return read_po(po_file, locale="vi")


def catalog_ids(catalog) -> set[str]:
    return {message.id if isinstance(message.id, str) else message.id[0] for message in catalog if message.id}


def test_the_vietnamese_catalog_has_no_untranslated_or_fuzzy_entries():
    catalog = read_catalog()
    assert not catalog.fuzzy, "the header is marked fuzzy: Babel would compile an empty header"
    untranslated = [m.id for m in catalog if m.id and not all(m.string if m.pluralizable else [m.string])]
    fuzzy = [m.id for m in catalog if m.id and m.fuzzy]
    assert untranslated == []
    assert fuzzy == []
    assert len(catalog) > 100


def test_the_catalog_says_vietnamese_has_one_plural_form():
    catalog = read_catalog()
    assert str(catalog.locale) == "vi"
    assert catalog.num_plurals == 1


def test_every_translatable_string_in_the_code_is_in_the_catalog():
    in_code = set()
    method_map = [("**/migrations/**.py", "ignore"), ("**.py", "python")]
    for _filename, _lineno, message, _comments, _context in extract_from_dir(
        str(CODE_DIR), method_map=method_map, keywords=KEYWORDS
    ):
        in_code.add(message if isinstance(message, str) else message[0])
    for template in (CODE_DIR / "templates").rglob("*.html"):
        in_code.update(match.group(2) for match in TEMPLATE_STRING.finditer(template.read_text()))
    missing = sorted(in_code - catalog_ids(read_catalog()))
    assert missing == [], "run makemessages -l vi and translate these"


def test_the_compiled_catalog_is_the_po_file():
    catalog = read_catalog()
    with MO_PATH.open("rb") as mo_file:
        compiled = gettext.GNUTranslations(mo_file)
    for message in catalog:
        if not message.id:
            continue
        if message.pluralizable:
            assert compiled.ngettext(message.id[0], message.id[1], 1) == message.string[0]
        else:
            assert compiled.gettext(message.id) == message.string, message.id


def test_the_catalogs_compile_with_babel_alone(tmp_path):
    copy = tmp_path / "locale"
    shutil.copytree(LOCALE_DIR, copy, ignore=shutil.ignore_patterns("*.mo", "*.py", "__pycache__"))
    written = compile_catalogs(copy)
    assert written == [copy / "vi" / "LC_MESSAGES" / "django.mo"]
    with written[0].open("rb") as mo_file:
        assert gettext.GNUTranslations(mo_file).gettext("indicator") == "chỉ tiêu"


def test_a_fuzzy_or_untranslated_catalog_is_not_compiled(tmp_path):
    messages = tmp_path / "vi" / "LC_MESSAGES"
    messages.mkdir(parents=True)
    (messages / "django.po").write_text(
        'msgid ""\nmsgstr ""\n"Language: vi\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        '#, fuzzy\nmsgid "indicator"\nmsgstr "chỉ tiêu"\n\nmsgid "target"\nmsgstr ""\n',
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match=r"fuzzy: 'indicator'[\s\S]*untranslated: 'target'"):
        compile_catalogs(tmp_path)
    assert not (messages / "django.mo").exists()


# The words of the trade, as Vietnamese agencies write them.
GLOSSARY = [
    ("organisation unit", "đơn vị"),
    ("indicator", "chỉ tiêu"),
    ("indicator group", "nhóm chỉ tiêu"),
    ("target", "chỉ tiêu giao"),
    ("period", "kỳ báo cáo"),
    ("reporting regime", "chế độ báo cáo"),
    ("cut-off day", "ngày chốt số liệu"),
    ("estimate", "ước thực hiện"),
    ("actual", "thực hiện"),
    ("preliminary", "sơ bộ"),
    ("official", "chính thức"),
    ("lead unit", "đơn vị chủ trì"),
    ("supporting units", "đơn vị phối hợp"),
    ("Work programme", "Chương trình công tác"),
    ("Submission to the People's Committee", "Nội dung trình Ủy ban nhân dân"),
    ("Scheme", "Đề án"),
    ("submitted", "đã gửi"),
    ("approved", "đã duyệt"),
    ("returned", "trả lại"),
    ("Approve and lock", "Phê duyệt và khóa số liệu"),
    ("milestone", "mốc tiến độ"),
    ("unit of measure", "đơn vị tính"),
]


@pytest.mark.parametrize(("english", "vietnamese"), GLOSSARY)
def test_the_trade_words_are_the_agencies_words(english, vietnamese):
    with translation.override("vi"):
        assert translation.gettext(english) == vietnamese


def test_django_speaks_vietnamese_by_default_and_english_on_request():
    with translation.override("vi"):
        assert str(Indicator._meta.verbose_name_plural) == "chỉ tiêu"
        assert str(Target._meta.get_field("baseline").verbose_name) == "mức gốc"
        assert str(SubmissionState.APPROVED.label) == "đã duyệt"
    with translation.override("en"):
        assert str(Indicator._meta.verbose_name_plural) == "indicators"
        assert str(SubmissionState.APPROVED.label) == "approved"
