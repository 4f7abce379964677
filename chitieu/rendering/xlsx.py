"""The report as an Excel workbook: a cover sheet with the text, one sheet per table and per chart.

Numbers are stored as numbers, with a display format (``#,##0``, ``#,##0.00``; percentages as
fractions with ``#,##0.00%``): Excel shows the separators of the reader's locale, so a Vietnamese
Excel prints 1.218 and 101,43%. Text is always stored as text: a cell that starts with ``=``,
``+``, ``-`` or ``@`` is written as a string with Excel's quote prefix, never as a formula.
Charts are native Excel bar charts over the data on their sheet.

The workbook is streamed (openpyxl's write-only mode), so a long table costs little memory. Its
sheets are typed as ``Worksheet``: they offer the part of that interface used here.
"""

from __future__ import annotations

import io
import math
import re

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell as SheetCell
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from chitieu.rendering import chart as charts
from chitieu.rendering.report import (
    BulletList,
    CellKind,
    Chart,
    Heading,
    Paragraph,
    Report,
    Table,
    TableCell,
)

FONT = "Times New Roman"
TEXT = Font(name=FONT, size=12)
BOLD = Font(name=FONT, size=12, bold=True)
ITALIC = Font(name=FONT, size=12, italic=True)
TITLE = Font(name=FONT, size=14, bold=True)
NOTE = Font(name=FONT, size=11, italic=True)
THIN = Side(style="thin", color="000000")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="E7E6E6")
TO_WRITE_FILL = PatternFill("solid", fgColor="FFF2A8")
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
RIGHT = Alignment(horizontal="right", vertical="top")

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
COVER_WIDTH = 100  # characters: the cover sheet's one wide column
MM_PER_INCH = 25.4


def render(report: Report) -> bytes:
    """The report as XLSX bytes."""
    workbook = Workbook(write_only=True)
    head = report.letterhead
    workbook.properties.title = f"{head.title} {head.subject}"
    workbook.properties.subject = head.subject
    workbook.properties.creator = head.agency
    workbook.properties.keywords = report.metadata.get("keywords", "")
    workbook.properties.language = report.lang

    names: set[str] = set()
    cover = workbook.create_sheet(_sheet_name(head.title, names))
    _write_cover(cover, report)
    tables = 0
    charts_ = 0
    for item in (*report.body, *report.appendices):
        if isinstance(item, Table):
            tables += 1
            name = _sheet_name(item.sheet_name or f"{report.label('table')} {tables}", names)
            _write_table(workbook.create_sheet(name), item, report)
        elif isinstance(item, Chart):
            charts_ += 1
            name = _sheet_name(f"{report.label('chart')} {charts_}", names)
            _write_chart(workbook.create_sheet(name), item, report)

    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def text_cell(sheet: Worksheet, text: str, font: Font = TEXT) -> SheetCell:
    """A cell that holds ``text`` as text, whatever it starts with."""
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"  # never "f": report text must not become a formula
    if text.startswith(FORMULA_STARTS):
        cell.quotePrefix = True  # and Excel keeps it text when someone edits the cell
    cell.font = font
    return cell


def number_cell(sheet: Worksheet, source: TableCell) -> SheetCell:
    """A number with its display format; a percentage is stored as a fraction (101,43% → 1.0143)."""
    if source.value is None:
        cell = text_cell(sheet, source.text, BOLD if source.bold else TEXT)
        cell.alignment = RIGHT
        return cell
    decimals = "." + "0" * source.decimals if source.decimals > 0 else ""
    if source.kind == CellKind.PERCENT:
        value = float(source.value / 100)
        number_format = f"#,##0{decimals}%"
    else:
        value = float(source.value)
        number_format = f"#,##0{decimals}"
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = number_format
    cell.font = BOLD if source.bold else TEXT
    cell.alignment = RIGHT
    return cell


def _write_cover(sheet: Worksheet, report: Report) -> None:
    """The letterhead, title, reporting window and body text, one paragraph per row."""
    head = report.letterhead
    sheet.column_dimensions["A"].width = COVER_WIDTH
    _page_setup(sheet, landscape=False)
    rows: list[tuple[str, Font, PatternFill | None]] = [
        (head.governing_body, TEXT, None),
        (head.agency, BOLD, None),
        (head.number, TEXT, None),
        (head.national_title, BOLD, None),
        (head.motto, BOLD, None),
        (report.date_line(), ITALIC, None),
        ("", TEXT, None),
        (head.title, TITLE, None),
        (head.subject, BOLD, None),
        (report.window, ITALIC, None),
        ("", TEXT, None),
    ]
    for item in report.body:
        if isinstance(item, Heading):
            rows.append((item.text, BOLD, None))
        elif isinstance(item, Paragraph):
            text = f"[{item.text}]" if item.to_write else item.text
            rows.append((text, TEXT, TO_WRITE_FILL if item.to_write else None))
        elif isinstance(item, BulletList):
            rows += [(f"- {text}", TEXT, None) for text in item.items]
        else:
            rows.append((item.title, ITALIC, None))  # the table or chart is on its own sheet
    if report.footnotes:
        rows += [("", TEXT, None), (report.label("notes"), ITALIC, None)]
        rows += [(note, ITALIC, None) for note in report.footnotes]
    rows += [("", TEXT, None), (report.label("recipients"), BOLD, None)]
    rows += [(f"- {line}", TEXT, None) for line in head.recipients]
    rows.append(("", TEXT, None))
    rows += [(line, BOLD, None) for line in head.signer.title_lines()]
    rows.append((head.signer.name, BOLD, None))

    for index, (text, font, fill) in enumerate(rows, start=1):
        lines = _line_count(text, COVER_WIDTH)
        if lines > 1:
            sheet.row_dimensions[index].height = 16 * lines
        cell = text_cell(sheet, text, font)
        cell.alignment = WRAP
        if fill is not None:
            cell.fill = fill
        sheet.append([cell])


def _write_table(sheet: Worksheet, table: Table, report: Report) -> None:
    """Agency, title and window above the table; the header row frozen and printed on every page."""
    header_row = 5
    for index, column in enumerate(table.columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(column.width, 6) + 2
    sheet.freeze_panes = f"A{header_row + 1}"
    sheet.print_title_rows = f"{header_row}:{header_row}"
    _page_setup(sheet, landscape=table.landscape)

    sheet.append([text_cell(sheet, report.letterhead.agency, BOLD)])
    sheet.append([text_cell(sheet, table.title, TITLE)])
    sheet.append([text_cell(sheet, report.window, ITALIC)])
    sheet.append([])
    header = []
    for column in table.columns:
        cell = text_cell(sheet, column.header, BOLD)
        cell.alignment, cell.border, cell.fill = CENTRE, GRID, HEADER_FILL
        header.append(cell)
    sheet.row_dimensions[header_row].height = 16 * max(
        _line_count(column.header, max(column.width, 6) + 2) for column in table.columns
    )
    sheet.append(header)
    for row in table.rows:
        cells = []
        for source in row:
            if source.kind == CellKind.TEXT:
                cell = text_cell(sheet, source.text, BOLD if source.bold else TEXT)
                cell.alignment = WRAP
            else:
                cell = number_cell(sheet, source)
            cell.border = GRID
            cells.append(cell)
        sheet.append(cells)
    if table.footnotes:
        sheet.append([])
        for note in table.footnotes:
            sheet.append([text_cell(sheet, note, NOTE)])


def _write_chart(sheet: Worksheet, item: Chart, report: Report) -> None:
    """The chart's data as a small table, and a native clustered bar chart drawn from it."""
    sheet.column_dimensions["A"].width = max((len(c) for c in item.categories), default=10) + 2
    for index, series in enumerate(item.series, start=2):
        sheet.column_dimensions[get_column_letter(index)].width = max(len(series.name), 8) + 2
    _page_setup(sheet, landscape=True)
    sheet.append([text_cell(sheet, item.title, TITLE)])
    sheet.append([text_cell(sheet, report.window, ITALIC)])
    first = 3
    header = [text_cell(sheet, item.unit, BOLD)]
    header += [text_cell(sheet, series.name, BOLD) for series in item.series]
    for cell in header:
        cell.alignment, cell.border, cell.fill = CENTRE, GRID, HEADER_FILL
    sheet.append(header)
    decimals = charts.decimals_of(*(value for series in item.series for value in series.values))
    number_format = "#,##0" + ("." + "0" * decimals if decimals else "") + ('"%"' if item.unit == "%" else "")
    for index, category in enumerate(item.categories):
        row = [text_cell(sheet, category)]
        for series in item.series:
            value = series.values[index] if index < len(series.values) else None
            cell = WriteOnlyCell(sheet, value=None if value is None else float(value))
            cell.number_format = number_format
            cell.font = TEXT
            row.append(cell)
        for cell in row:
            cell.border = GRID
        sheet.append(row)
    last = first + len(item.categories)

    bar = BarChart()
    bar.type = "col"
    bar.grouping = "clustered"
    bar.title = item.title
    bar.y_axis.title = item.unit
    bar.x_axis.delete = False  # openpyxl hides the axes unless told otherwise
    bar.y_axis.delete = False
    bar.width, bar.height = 18, 10  # cm
    bar.legend.position = "b"
    data = Reference(sheet, min_col=2, max_col=1 + len(item.series), min_row=first, max_row=last)
    bar.add_data(data, titles_from_data=True)
    bar.set_categories(Reference(sheet, min_col=1, min_row=first + 1, max_row=last))
    for index, series in enumerate(bar.series):
        colour = charts.PALETTE[index % len(charts.PALETTE)].lstrip("#").upper()
        series.graphicalProperties.solidFill = colour
        series.graphicalProperties.line.solidFill = colour
    sheet.add_chart(bar, f"A{last + 3}")


def _page_setup(sheet: Worksheet, landscape: bool) -> None:
    """A4, fitted to the page width, with the margins of Decree 30."""
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    margins = sheet.page_margins
    margins.top = margins.bottom = 20 / MM_PER_INCH
    margins.left = 30 / MM_PER_INCH
    margins.right = 15 / MM_PER_INCH


def _sheet_name(wanted: str, taken: set[str]) -> str:
    """A valid, unused sheet name: at most 31 characters, none of []:*?/\\."""
    base = SHEET_NAME_FORBIDDEN.sub(" ", wanted).strip().strip("'")[:31] or "Sheet"
    name, n = base, 1
    while name.casefold() in taken:
        n += 1
        suffix = f" ({n})"
        name = base[: 31 - len(suffix)] + suffix
    taken.add(name.casefold())
    return name


def _line_count(text: str, width: float) -> int:
    """Roughly how many lines ``text`` takes wrapped in a column ``width`` characters wide."""
    return max(1, math.ceil(len(text) * 1.1 / max(width, 1)))
