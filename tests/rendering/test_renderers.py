"""What holds for every renderer: the registry, the English report, speed, no side effects, imports."""

from __future__ import annotations

import ast
import copy
import sys
from pathlib import Path

import pytest

from chitieu.rendering.renderers import CONTENT_TYPES, FILE_EXTENSIONS, RENDERERS, file_name
from tests.rendering.conftest import assert_in_order, vietnamese_letters
from tests.rendering.reading import text_of
from tests.rendering.samples import vietnamese_report

FORMATS = ["docx", "pdf", "xlsx", "html"]
PACKAGE = Path(__file__).resolve().parents[2] / "chitieu" / "rendering"
RENDERING_LIBRARIES = (
    *("docx", "openpyxl", "xlsxwriter", "weasyprint", "PIL"),
    *("reportlab", "pypdf", "fontTools"),  # the PDF's tables drawn apart, and joined
)


def test_every_format_has_a_renderer_a_content_type_and_an_extension():
    assert sorted(RENDERERS) == sorted(CONTENT_TYPES) == sorted(FILE_EXTENSIONS) == sorted(FORMATS)


def test_the_file_name_is_the_report_stem_and_the_extension(vi_report):
    assert file_name(vi_report, "docx") == "bao-cao-2022.docx"
    assert file_name(vi_report, "html") == "bao-cao-2022.html"


@pytest.mark.parametrize("format_name", FORMATS)
def test_the_english_report_has_no_vietnamese_left(rendered, format_name):
    text = text_of(format_name, rendered("en", format_name))
    assert vietnamese_letters(text) == set()
    assert_in_order(
        text,
        [
            "SOCIALIST REPUBLIC OF VIET NAM",
            "Ho Chi Minh City, 27 December 2022",
            "Data from 15/12/2021 to 14/12/2022",
            "22/23 indicators were met or exceeded, 95.7%.",
        ],
    )


@pytest.mark.parametrize("format_name", FORMATS)
def test_rendering_changes_nothing_in_the_report(format_name):
    report = vietnamese_report()
    before = copy.deepcopy(report)
    RENDERERS[format_name](report)
    assert report == before


@pytest.fixture(scope="module")
def year_report():
    """A unit's year report with 200 targets in its appendix: the article's department has 23."""
    return vietnamese_report(repeat=25)


@pytest.mark.parametrize("format_name", FORMATS)
def test_a_report_with_200_targets_renders_in_every_format(year_report, format_name, artifacts):
    """How long it takes is measured by ``make bench``, not here: this checks that it works at size."""
    data = RENDERERS[format_name](year_report)
    (artifacts / f"year-200-targets{FILE_EXTENSIONS[format_name]}").write_bytes(data)
    assert len(data) > 10_000


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_the_rendering_package_imports_only_the_standard_library_core_and_rendering_libraries(path):
    allowed = ("chitieu.core", "chitieu.rendering", *RENDERING_LIBRARIES)
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        else:
            continue
        for name in names:
            top = name.split(".")[0]
            assert top in sys.stdlib_module_names or name.startswith(allowed), f"{path.name} imports {name}"
