"""The Word document, read back with python-docx."""

from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml.ns import qn
from docx.shared import Mm

from tests.rendering.conftest import VI_IN_ORDER, assert_in_order
from tests.rendering.reading import docx_text, open_docx, paragraphs_in_order


def close_to(length, millimetres: float) -> bool:
    return abs(length - Mm(millimetres)) < Mm(0.5)


def test_it_holds_the_title_motto_date_line_and_figures_in_order(rendered):
    assert_in_order(docx_text(open_docx(rendered("vi", "docx"))), VI_IN_ORDER)


def test_the_first_page_is_a4_portrait_with_the_margins_of_decree_30(rendered):
    section = open_docx(rendered("vi", "docx")).sections[0]
    assert section.orientation == WD_ORIENT.PORTRAIT
    assert close_to(section.page_width, 210) and close_to(section.page_height, 297)
    assert close_to(section.top_margin, 20) and close_to(section.bottom_margin, 20)
    assert close_to(section.left_margin, 30) and close_to(section.right_margin, 15)


def test_the_wide_appendix_is_on_a_landscape_section(rendered):
    document = open_docx(rendered("vi", "docx"))
    orientations = [section.orientation for section in document.sections]
    assert orientations == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]
    landscape = document.sections[1]
    assert close_to(landscape.page_width, 297) and close_to(landscape.page_height, 210)


def test_pages_are_numbered_in_the_header_from_page_two(rendered):
    document = open_docx(rendered("vi", "docx"))
    first = document.sections[0]
    assert first.different_first_page_header_footer
    assert first.first_page_header.is_linked_to_previous  # no header of its own: page 1 has no number
    header = first.header._element
    assert "PAGE" in "".join(header.itertext())
    assert header.findall(".//" + qn("w:fldChar"))
    assert all(not section.different_first_page_header_footer for section in document.sections[1:])


def test_every_run_is_times_new_roman_for_every_script(rendered):
    document = open_docx(rendered("vi", "docx"))
    for name in ("Normal", "Heading 1", "Heading 2", "Heading 3"):
        fonts = document.styles[name].element.rPr.find(qn("w:rFonts"))
        for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            assert fonts.get(qn(attribute)) == "Times New Roman", (name, attribute)
        assert fonts.get(qn("w:asciiTheme")) is None
    assert document.styles["Normal"].font.size.pt == 14


def test_the_agency_is_bold_and_the_motto_underlined(rendered):
    paragraphs = paragraphs_in_order(open_docx(rendered("vi", "docx")))
    by_text = {p.text: p for p in paragraphs}
    # the agency's name on two lines broken where the name allows, never inside "THƯƠNG BINH"
    for line in ("SỞ LAO ĐỘNG -", "THƯƠNG BINH VÀ XÃ HỘI"):
        assert all(run.bold for run in by_text[line].runs)
    assert all(run.underline for run in by_text["Độc lập - Tự do - Hạnh phúc"].runs)
    assert all(run.italic for run in by_text["Thành phố Hồ Chí Minh, ngày 27 tháng 12 năm 2022"].runs)


def test_places_to_write_are_bracketed_highlighted_and_plain_text(rendered):
    paragraphs = paragraphs_in_order(open_docx(rendered("vi", "docx")))
    to_write = [p for p in paragraphs if p.text.startswith("[")]
    assert [p.text for p in to_write] == [
        "[Nêu hạn chế và nguyên nhân: 1/23 chỉ tiêu không đạt kế hoạch (Hồ sơ giải quyết đúng hạn: "
        "thực hiện 98,5%, kế hoạch 100%).]",
        "[Nêu phương hướng, nhiệm vụ và giải pháp trọng tâm năm 2023.]",
    ]
    for paragraph in to_write:
        assert all(run.font.highlight_color == WD_COLOR_INDEX.YELLOW for run in paragraph.runs)


def test_the_chart_is_a_picture_with_its_title_as_alt_text(rendered):
    document = open_docx(rendered("vi", "docx"))
    (picture,) = document.inline_shapes
    assert picture._inline.docPr.get("descr") == "Biểu đồ 1. Chỉ tiêu giao và chỉ tiêu đạt, vượt theo nhóm"
    assert picture.width <= Mm(160) + 1


def test_the_appendix_table_reads_back_row_by_row_with_a_repeating_header(rendered):
    document = open_docx(rendered("vi", "docx"))
    table = document.tables[2]  # letterhead, signature, then the appendices
    assert [c.text for c in table.rows[0].cells][:3] == ["STT", "Chỉ tiêu", "Đơn vị tính"]
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert [c.text for c in table.rows[1].cells] == [
        "1",
        "Kết nạp đảng viên mới",
        "người",
        "70",
        "71",
        "101,43%",
        "Vượt",
    ]
    assert [c.text for c in table.rows[-1].cells][-1] == "Không đạt"
