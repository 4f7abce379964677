"""The PDF's appendix tables, drawn apart from the body and joined to it: read back with pypdf."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace

import pytest
from pypdf import PdfReader

from chitieu.rendering import pdf, pdf_tables
from chitieu.rendering.fonts import FAMILIES, report_fonts
from chitieu.rendering.report import CellKind, Column, Table, TableCell
from tests.rendering.conftest import assert_in_order, flat
from tests.rendering.reading import text_positions
from tests.rendering.samples import group_chart, vietnamese_report, work_items_table
from tests.rendering.test_pdf import A4, MM, size_of

VIETNAMESE = "Người được trợ giúp xã hội; Tỷ lệ hộ nghèo giảm; đảng viên mới; Đánh giá: vượt, đạt, không đạt"


@pytest.fixture(scope="module")
def fonts():
    found = report_fonts()
    assert found is not None, f"none of {FAMILIES} is installed (deploy/system-packages installs one)"
    return found


def test_the_report_typeface_is_found_as_font_files_that_hold_vietnamese(fonts):
    assert fonts.family in FAMILIES
    assert set(fonts.faces) == {"regular", "bold", "italic", "bold_italic"}
    assert all(face.path.is_file() for face in fonts.faces.values())
    assert fonts.covers(VIETNAMESE)
    assert not fonts.covers("漢字")  # a letter the faces lack: the table is left to WeasyPrint


def page_number(page) -> str:
    """The text in the top margin (the page number), as one string."""
    height = float(page.mediabox.height)
    return " ".join(text.strip() for _, y, text in text_positions(page) if y > height - 20 * MM)


@pytest.fixture(scope="module")
def long_report():
    return vietnamese_report(repeat=25)  # Phụ lục 1 of 200 rows, then Phụ lục 2


@pytest.fixture(scope="module")
def long_pdf(long_report, fonts):
    return PdfReader(io.BytesIO(pdf.render(long_report)))


def test_a_long_annex_keeps_every_row_whole_in_order_under_its_header_on_every_page(long_report, long_pdf):
    annex = long_report.appendices[0]
    names = [row[1].text for row in annex.rows]
    pages = [flat(page.extract_text()) for page in long_pdf.pages]
    assert_in_order(" ".join(pages), [annex.title, *names, long_report.appendices[1].title])
    annex_pages = [n for n, text in enumerate(pages) if any(name in text for name in names)]
    assert len(annex_pages) > 5
    for n in annex_pages:
        assert pages[n].count("Chỉ tiêu") >= 1, f"page {n + 1} without the header row"
    # a row split across two pages would leave part of its name on each: every name is whole on a page
    for name in names:
        assert any(name in text for text in pages), name


def test_the_annex_pages_are_landscape_numbered_on_from_the_body_in_the_top_margin(long_report, long_pdf):
    pages = long_pdf.pages
    names = {row[1].text for row in long_report.appendices[0].rows}
    annex = [n for n, page in enumerate(pages) if any(name in flat(page.extract_text()) for name in names)]
    for n, page in enumerate(pages[1:], start=2):
        assert page_number(page) == str(n), f"page {n}"
    for n in annex:
        assert size_of(pages[n]) == pytest.approx(A4[::-1], abs=1)
        width = float(pages[n].mediabox.width)
        x = [x for x, y, text in text_positions(pages[n]) if y > A4[0] - 20 * MM]
        assert x and x[0] == pytest.approx((30 * MM + width - 15 * MM) / 2, abs=8)  # centred over the text
        left = min(x for x, y, _ in text_positions(pages[n]) if y < A4[0] - 20 * MM)
        assert left >= 30 * MM - 0.5  # the text starts at the left margin, not before


def test_every_part_is_numbered_on_a_chart_between_tables_too(fonts):
    report = vietnamese_report()
    tables = report.appendices
    report = replace(report, appendices=(tables[0], group_chart(vietnamese=True), tables[1]))
    reader = PdfReader(io.BytesIO(pdf.render(report)))
    texts = [flat(page.extract_text()) for page in reader.pages]
    assert_in_order(" ".join(texts), [tables[0].title, "Biểu đồ 1.", tables[1].title])
    for n, page in enumerate(reader.pages[1:], start=2):
        if "Biểu đồ 1." not in texts[n - 1]:  # the chart's page: its text is the drawing's, numbered apart
            assert page_number(page) == str(n)
    assert sum(size == pytest.approx(A4[::-1], abs=1) for size in map(size_of, reader.pages)) >= 1


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed")
def test_a_table_whose_letters_the_fonts_lack_is_laid_out_by_weasyprint_with_the_rest(fonts):
    odd = Table(
        "Phụ lục 3. Tên gọi khác 漢字",
        (Column("Tên", CellKind.TEXT, 20), Column("Số", CellKind.NUMBER, 10)),
        ((TableCell("Hợp tác 漢字"), TableCell("1", kind=CellKind.NUMBER)),),
    )
    assert not pdf._drawn_apart(odd, fonts)
    assert pdf._drawn_apart(work_items_table(vietnamese=True), fonts)
    report = replace(vietnamese_report(), appendices=(work_items_table(vietnamese=True), odd))
    data = pdf.render(report)
    read = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True)
    text = flat(read.stdout.decode())
    assert_in_order(text, ["Phụ lục 2.", "Chương trình công tác", "Phụ lục 3.", "Hợp tác"])


def test_a_table_alone_is_drawn_on_numbered_pages_of_its_orientation(fonts):
    table = work_items_table(vietnamese=True)
    data, count = pdf_tables.render([table], fonts, first_page=7)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1 and count == 1
    assert size_of(reader.pages[0]) == pytest.approx(A4, abs=1)
    assert page_number(reader.pages[0]) == "7"
    text = flat(reader.pages[0].extract_text())
    assert_in_order(text, [table.title, "Nội dung", "Chương trình công tác", "21", "100,00%"])
