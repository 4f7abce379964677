"""The report as an editable Word document, in the administrative form of Decree 30/2020/NĐ-CP.

A4 portrait, margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman 14 pt (Word
substitutes a metric-compatible font where it is missing); the page number centred in the header
from page 2 on; each appendix on its own section, landscape when the table is wide. Places a person
must write are bracketed and highlighted, as ordinary text that can be edited.
"""

from __future__ import annotations

import io

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Length, Mm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

from chitieu.core.text import language_of
from chitieu.rendering import chart
from chitieu.rendering.report import (
    Block,
    BulletList,
    CellKind,
    Chart,
    Heading,
    Paragraph,
    Report,
    Table,
    header_lines,
)

FONT = "Times New Roman"
BODY_SIZE = Pt(14)
TABLE_SIZE = Pt(12)
PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)
TOP, BOTTOM, LEFT, RIGHT = Mm(20), Mm(20), Mm(30), Mm(15)
INDENT = Mm(10)
GAP = Pt(6)  # space after a body paragraph
NO_GAP = Pt(0)

Container = DocumentObject | _Cell


def render(report: Report) -> bytes:
    """The report as DOCX bytes."""
    document = Document()
    _set_styles(document, report.lang)
    _set_properties(document, report)

    section = document.sections[0]
    _set_page(section, landscape=False)
    section.different_first_page_header_footer = True  # Decree 30: no number on page 1
    _add_page_number(section)

    _add_letterhead(document, report)
    _add_title(document, report)
    for item in report.body:
        _add_block(document, item, report.lang, _text_width(section))
    if report.footnotes:
        notes = [report.label("notes"), *report.footnotes]
        for n, note in enumerate(notes):
            paragraph = _paragraph(document, note, size=Pt(12), italic=True, space_after=NO_GAP)
            paragraph.paragraph_format.space_before = Pt(6) if n == 0 else Pt(0)
    _add_signature(document, report)

    for item in report.appendices:
        landscape = isinstance(item, Table) and item.landscape
        section = document.add_section(WD_SECTION.NEW_PAGE)
        section.different_first_page_header_footer = False
        _set_page(section, landscape=landscape)
        _add_block(document, item, report.lang, _text_width(section))

    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _set_styles(document: DocumentObject, lang: str) -> None:
    """Times New Roman everywhere (also for east-asian and complex scripts), 14 pt, black."""
    language = "vi-VN" if language_of(lang) == "vi" else "en-GB"
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        run_defaults = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
        if run_defaults is not None:
            _set_run_font(run_defaults, language)
    normal = document.styles["Normal"]
    normal.font.size = BODY_SIZE
    _set_run_font(normal.element.get_or_add_rPr(), language)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    for level in (1, 2, 3):
        style = document.styles[f"Heading {level}"]
        _set_run_font(style.element.get_or_add_rPr(), language)
        style.font.size = BODY_SIZE
        style.font.bold = True
        style.font.italic = level == 3
        style.font.color.rgb = None
        style.font.color.theme_color = None
        style.paragraph_format.space_before = Pt(6)
        style.paragraph_format.space_after = Pt(3)
        style.paragraph_format.keep_with_next = True


def _set_run_font(rpr: BaseOxmlElement, language: str) -> None:
    """Name the font for every script, dropping the theme fonts that would override it."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), FONT)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), language)
    lang.set(qn("w:eastAsia"), language)


def _set_properties(document: DocumentObject, report: Report) -> None:
    head = report.letterhead
    properties = document.core_properties
    properties.title = f"{head.title} {head.subject}"
    properties.subject = head.subject
    properties.author = head.agency
    properties.last_modified_by = head.agency
    properties.language = report.lang
    properties.keywords = report.metadata.get("keywords", "")
    properties.comments = ""


def _set_page(section: Section, landscape: bool) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width = PAGE_HEIGHT if landscape else PAGE_WIDTH
    section.page_height = PAGE_WIDTH if landscape else PAGE_HEIGHT
    section.top_margin, section.bottom_margin = TOP, BOTTOM
    section.left_margin, section.right_margin = LEFT, RIGHT
    section.header_distance = Mm(10)


def _text_width(section: Section) -> Length:
    return Length((section.page_width or PAGE_WIDTH) - LEFT - RIGHT)


def _add_page_number(section: Section) -> None:
    """A PAGE field centred in the header; later sections inherit this header."""
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run()
    run.font.size = Pt(13)
    instruction = OxmlElement("w:instrText")
    instruction.set(qn("xml:space"), "preserve")
    instruction.text = " PAGE "
    shown = OxmlElement("w:t")
    shown.text = "2"  # what a reader shows until it updates the field
    for element in (_field_char("begin"), instruction, _field_char("separate"), shown, _field_char("end")):
        run._r.append(element)


def _field_char(kind: str) -> BaseOxmlElement:
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    return element


def _paragraph(
    container: Container,
    text: str = "",
    *,
    size: Length = BODY_SIZE,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
    align: WD_ALIGN_PARAGRAPH | None = None,
    space_after: Length = GAP,
    first_line_indent: Length | None = None,
    reuse_first: bool = False,
) -> DocxParagraph:
    """Add a paragraph of one run (or fill a table cell's first, empty paragraph)."""
    paragraph: DocxParagraph
    if reuse_first and isinstance(container, _Cell):
        paragraph = container.paragraphs[0]
    else:
        paragraph = container.add_paragraph()
    if text:
        run = paragraph.add_run(text)
        run.font.size = size
        run.bold = bold or None
        run.italic = italic or None
        run.underline = underline or None
    if align is not None:
        paragraph.alignment = align
    paragraph.paragraph_format.space_after = space_after
    if first_line_indent is not None:
        paragraph.paragraph_format.first_line_indent = first_line_indent
    return paragraph


def _add_rule(container: Container, container_width: Length, length: Length) -> None:
    """A short horizontal line, centred: a paragraph's bottom border between two indents."""
    paragraph = container.add_paragraph()
    # The border goes in first: Word wants w:pBdr before w:spacing and w:ind, which python-docx
    # then inserts in their places.
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)
    side = Length((container_width - length) // 2)
    paragraph.paragraph_format.left_indent = side
    paragraph.paragraph_format.right_indent = side
    paragraph.paragraph_format.space_before = Pt(2)
    paragraph.paragraph_format.space_after = GAP
    paragraph.paragraph_format.line_spacing = Pt(2)


def _borderless_table(document: DocumentObject, widths: tuple[Length, ...], rows: int) -> list[list[_Cell]]:
    table = document.add_table(rows=rows, cols=len(widths))
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    cells = []
    for row in table.rows:
        row_cells = list(row.cells)
        for cell, width in zip(row_cells, widths, strict=True):
            cell.width = width
        cells.append(row_cells)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    return cells


def _add_letterhead(document: DocumentObject, report: Report) -> None:
    """Agency top-left, national title and motto top-right; number and date line beneath them."""
    head = report.letterhead
    left, right = Mm(62), Mm(103)
    (agency, nation), (number, date) = _borderless_table(document, (left, right), rows=2)
    centre = WD_ALIGN_PARAGRAPH.CENTER
    for n, line in enumerate(header_lines(head.governing_body)):
        _paragraph(agency, line, size=Pt(13), align=centre, space_after=NO_GAP, reuse_first=n == 0)
    for line in header_lines(head.agency):
        _paragraph(agency, line, size=Pt(13), bold=True, align=centre, space_after=NO_GAP)
    _add_rule(agency, left, Mm(25))
    _paragraph(
        nation,
        head.national_title,
        size=Pt(13),
        bold=True,
        align=centre,
        space_after=NO_GAP,
        reuse_first=True,
    )
    _paragraph(nation, head.motto, bold=True, underline=True, align=centre, space_after=NO_GAP)
    _paragraph(number, head.number, size=Pt(13), align=centre, reuse_first=True)
    _paragraph(date, report.date_line(), size=Pt(13), italic=True, align=centre, reuse_first=True)


def _add_title(document: DocumentObject, report: Report) -> None:
    head = report.letterhead
    centre = WD_ALIGN_PARAGRAPH.CENTER
    title = _paragraph(document, head.title, bold=True, align=centre, space_after=NO_GAP)
    title.paragraph_format.space_before = Pt(12)
    _paragraph(document, head.subject, bold=True, align=centre, space_after=NO_GAP)
    _add_rule(document, _text_width(document.sections[0]), Mm(40))
    _paragraph(document, report.window, italic=True, align=centre, space_after=Pt(12))


def _add_block(document: DocumentObject, item: Block, lang: str, width: Length) -> None:
    justify = WD_ALIGN_PARAGRAPH.JUSTIFY
    if isinstance(item, Heading):
        document.add_heading(item.text, level=min(max(item.level, 1), 3))
    elif isinstance(item, Paragraph):
        if item.to_write:
            paragraph = _paragraph(document, align=justify, first_line_indent=INDENT)
            run = paragraph.add_run(f"[{item.draft()}]")
            run.font.size = BODY_SIZE
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        else:
            _paragraph(document, item.text, align=justify, first_line_indent=INDENT)
    elif isinstance(item, BulletList):
        for text in item.items:
            _paragraph(document, f"- {text}", align=justify, first_line_indent=INDENT, space_after=Pt(3))
    elif isinstance(item, Chart):
        paragraph = _paragraph(document, align=WD_ALIGN_PARAGRAPH.CENTER)
        image = io.BytesIO(chart.png(item, lang))
        picture = paragraph.add_run().add_picture(image, width=min(width, Mm(160)))
        picture._inline.docPr.set("descr", item.title)
    else:
        _add_table(document, item, width)


def _add_table(document: DocumentObject, item: Table, width: Length) -> None:
    """A bordered table whose header row repeats on every page, numbers right-aligned."""
    title = _paragraph(
        document,
        item.title,
        bold=True,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        space_after=NO_GAP if item.attached_to else GAP,
    )
    title.paragraph_format.keep_with_next = True
    if item.attached_to:
        attached = _paragraph(document, item.attached_to, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        attached.paragraph_format.keep_with_next = True
    total = sum(column.width for column in item.columns) or 1
    widths = [Length(width * column.width // total) for column in item.columns]

    table = document.add_table(rows=1 + len(item.rows), cols=len(item.columns))
    table.style = document.styles["Table Grid"]
    table.autofit = False
    for column, column_width in zip(table.columns, widths, strict=True):
        column.width = column_width
    rows = table.rows
    header = rows[0]
    header._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for cell, column, column_width in zip(header.cells, item.columns, widths, strict=True):
        cell.width = column_width
        _cell_text(cell, column.header, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for row, values in zip(rows[1:], item.rows, strict=True):
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        for cell, value in zip(row.cells, values, strict=False):
            align = WD_ALIGN_PARAGRAPH.RIGHT if value.kind != CellKind.TEXT else None
            _cell_text(cell, value.text, bold=value.bold, align=align)
    for note in item.footnotes:
        _paragraph(document, note, size=Pt(11), italic=True, space_after=NO_GAP)


def _cell_text(cell: _Cell, text: str, *, bold: bool, align: WD_ALIGN_PARAGRAPH | None) -> None:
    paragraph = cell.paragraphs[0]
    run = paragraph.add_run(text)
    run.font.size = TABLE_SIZE
    if bold:
        run.bold = True
    if align is not None:
        paragraph.alignment = align


def _add_signature(document: DocumentObject, report: Report) -> None:
    """The recipients ("Nơi nhận:") on the left; the signer's titles, room to sign, name on the right."""
    head = report.letterhead
    ((recipients, signer),) = _borderless_table(document, (Mm(80), Mm(85)), rows=1)
    label = _paragraph(
        recipients, report.label("recipients"), size=Pt(12), bold=True, italic=True, reuse_first=True
    )
    label.paragraph_format.space_before = Pt(12)
    label.paragraph_format.space_after = Pt(0)
    for line in head.recipients:
        _paragraph(recipients, f"- {line}", size=Pt(11), space_after=NO_GAP)
    centre = WD_ALIGN_PARAGRAPH.CENTER
    for n, line in enumerate(head.signer.title_lines()):
        paragraph = _paragraph(signer, line, bold=True, align=centre, space_after=NO_GAP, reuse_first=n == 0)
        if n == 0:
            paragraph.paragraph_format.space_before = Pt(12)
    for _ in range(4):
        _paragraph(signer, space_after=NO_GAP)
    _paragraph(signer, head.signer.name, bold=True, align=centre, space_after=NO_GAP)
    _keep_row_whole(signer)


def _keep_row_whole(cell: _Cell) -> None:
    """The row of the signature never splits across two pages (w:cantSplit), nor does a title leave its
    name behind: the signer's block prints whole, on the page where it starts."""
    row_properties = cell._tc.getparent().get_or_add_trPr()
    if row_properties.find(qn("w:cantSplit")) is None:
        row_properties.append(OxmlElement("w:cantSplit"))
    for paragraph in cell.paragraphs[:-1]:
        paragraph.paragraph_format.keep_with_next = True
