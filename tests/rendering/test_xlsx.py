"""The workbook, read back with openpyxl (and, for what openpyxl does not read, its XML)."""

from __future__ import annotations

import dataclasses
import io
import re

import openpyxl
import pytest

from chitieu.rendering import xlsx
from chitieu.rendering.report import CellKind, Column, Table, TableCell
from tests.rendering.conftest import VI_IN_ORDER, assert_in_order
from tests.rendering.reading import xlsx_parts, xlsx_text


def workbook(data: bytes):
    return openpyxl.load_workbook(io.BytesIO(data))


def test_it_has_a_cover_sheet_a_sheet_per_table_and_one_per_chart(rendered):
    assert workbook(rendered("vi", "xlsx")).sheetnames == ["BÁO CÁO", "Biểu đồ 1", "Phụ lục 1", "Phụ lục 2"]


def test_it_holds_the_text_and_figures_in_order(rendered):
    text = xlsx_text(rendered("vi", "xlsx"))
    appendix = VI_IN_ORDER.index("Phụ lục 1. Kết quả thực hiện chỉ tiêu năm 2022")
    assert_in_order(text, VI_IN_ORDER[: appendix + 1])
    assert_in_order(text, ["Kết nạp đảng viên mới", "người 70 71", "Tổng số đảng viên", "1200 1218"])


def test_the_appendix_reads_back_with_numbers_as_numbers(rendered):
    sheet = workbook(rendered("vi", "xlsx"))["Phụ lục 1"]
    rows = list(sheet.iter_rows(min_row=5, values_only=True))
    assert rows[0] == (
        "STT",
        "Chỉ tiêu",
        "Đơn vị tính",
        "Kế hoạch năm",
        "Thực hiện",
        "Tỷ lệ so với kế hoạch",
        "Đánh giá",
    )
    assert rows[1][:5] == (1, "Kết nạp đảng viên mới", "người", 70, 71)
    assert rows[1][5] == pytest.approx(1.0142857, abs=1e-6)  # 101,43% stored as a fraction
    assert rows[2][3:5] == (1200, 1218)
    party, unemployment = sheet["D7"], sheet["D12"]
    assert party.data_type == "n" and party.number_format == "#,##0"
    assert unemployment.value == 3.5 and unemployment.number_format == "#,##0.0"
    assert sheet["F6"].number_format == "#,##0.00%"
    assert sheet["B6"].data_type == "s"


def test_the_sheets_print_on_a4_with_the_header_row_repeated(rendered):
    book = workbook(rendered("vi", "xlsx"))
    wide, narrow = book["Phụ lục 1"], book["Phụ lục 2"]
    assert wide.page_setup.orientation == "landscape" and narrow.page_setup.orientation == "portrait"
    assert int(wide.page_setup.paperSize) == 9  # A4
    assert wide.print_title_rows == "$5:$5"
    assert wide.freeze_panes == "A6"
    assert wide.page_margins.left == pytest.approx(30 / 25.4)


def test_the_chart_is_a_native_bar_chart_over_the_sheet_data(rendered):
    data = rendered("vi", "xlsx")
    sheet = workbook(data)["Biểu đồ 1"]
    assert list(sheet.iter_rows(min_row=3, values_only=True)) == [
        ("chỉ tiêu", "Chỉ tiêu giao", "Đạt và vượt"),
        ("Kinh tế - xã hội", 4, 4),
        ("Xây dựng Đảng", 5, 5),
        ("Chuyên môn", 14, 13),
    ]
    charts = [text for name, text in xlsx_parts(data).items() if name.startswith("xl/charts/chart")]
    assert len(charts) == 1
    assert "<c:barChart>" in charts[0] and "'Biểu đồ 1'!$B$4:$B$6" in charts[0]


@pytest.mark.parametrize(
    "text", ["=1+1", '=HYPERLINK("http://example.invalid","x")', "+84 28 1234", "-", "@SUM(A1)"]
)
def test_text_that_looks_like_a_formula_is_stored_as_text(vi_report, text):
    table = Table(
        "Bảng thử", (Column("Nội dung"), Column("Số", CellKind.NUMBER)), ((TableCell(text), TableCell("-")),)
    )
    data = xlsx.render(dataclasses.replace(vi_report, body=(), appendices=(table,)))
    sheet = workbook(data)["Bảng 1"]
    assert sheet["A6"].value == text and sheet["A6"].data_type == "s"
    assert sheet["B6"].value == "-" and sheet["B6"].data_type == "s"  # a number with no value: its text
    sheet_xml = xlsx_parts(data)["xl/worksheets/sheet2.xml"]
    assert "<f>" not in sheet_xml and not re.search(r"<f[ >]", sheet_xml)


def test_sheet_names_are_valid_and_unique(vi_report):
    tables = tuple(
        Table(f"Bảng {n}", (Column("A"),), ((TableCell("x"),),), sheet_name="Phụ lục: [chi tiết] / quận?*")
        for n in range(3)
    )
    names = workbook(xlsx.render(dataclasses.replace(vi_report, body=(), appendices=tables))).sheetnames
    assert names[1:] == [
        "Phụ lục   chi tiết    quận",
        "Phụ lục   chi tiết    quận (2)",
        "Phụ lục   chi tiết    quận (3)",
    ]
    assert all(len(name) <= 31 for name in names)
