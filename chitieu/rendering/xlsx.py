"""The report as an Excel workbook: a cover sheet with the text, one sheet per table and per chart.

Numbers are stored as numbers, with a display format (``#,##0``, ``#,##0.00``; percentages as
fractions with ``#,##0.00%``): Excel shows the separators of the reader's locale, so a Vietnamese
Excel prints 1.218 and 101,43%. Text is always stored as text: a cell that starts like a formula
(``=``, ``+``, ``-``, ``@``, tab, CR: :func:`chitieu.core.text.looks_like_formula`) is written as a
string with Excel's quote prefix, never as a formula.
Charts are native Excel bar charts over the data on their sheet.

The workbook is written with xlsxwriter, in memory: its cells are kept until the workbook is
zipped into bytes, with no temporary files (a report holds a few thousand cells). Every sheet is
written top to bottom, each row's height before its cells, as xlsxwriter's constant_memory mode
(rows streamed to temporary files) would require. Each cell format is made once per workbook
(:class:`_Formats`) and shared by every cell that uses it.
"""

from __future__ import annotations

import io
import math
import re
from typing import Any

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from chitieu.core.text import looks_like_formula
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
# A cell's format is made of these parts (xlsxwriter format properties), named by the constants below.
TEXT, BOLD, ITALIC, TITLE, NOTE = "text", "bold", "italic", "title", "note"  # fonts
GRID = "grid"  # thin black borders
HEADER_FILL, TO_WRITE_FILL = "header_fill", "to_write_fill"
WRAP, CENTRE, RIGHT = "wrap", "centre", "right"  # alignments
PARTS: dict[str, dict[str, Any]] = {
    TEXT: {"font_name": FONT, "font_size": 12},
    BOLD: {"font_name": FONT, "font_size": 12, "bold": True},
    ITALIC: {"font_name": FONT, "font_size": 12, "italic": True},
    TITLE: {"font_name": FONT, "font_size": 14, "bold": True},
    NOTE: {"font_name": FONT, "font_size": 11, "italic": True},
    GRID: {"border": 1, "border_color": "#000000"},
    HEADER_FILL: {"pattern": 1, "bg_color": "#E7E6E6"},
    TO_WRITE_FILL: {"pattern": 1, "bg_color": "#FFF2A8"},
    WRAP: {"text_wrap": True, "valign": "top"},
    CENTRE: {"align": "center", "valign": "vcenter", "text_wrap": True},
    RIGHT: {"align": "right", "valign": "top"},
}

SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
COVER_WIDTH = 100  # characters: the cover sheet's one wide column
MM_PER_INCH = 25.4
HEADER_FOOTER_MARGIN = 0.5  # inches
# A column width in characters is set as width × the default font's digit width (7 pixels), so that
# a width of 10 is written as 10 in the file (xlsxwriter's set_column would add the cell padding).
DIGIT_PIXELS = 7
PIXELS_PER_POINT = 4 / 3  # so that a height of 16 pt is written as 16 (set_row would round it to 15.75)
PIXELS_PER_CM = 96 / 2.54
CHART_SIZE_CM = (18, 10)


def render(report: Report) -> bytes:
    """The report as XLSX bytes."""
    out = io.BytesIO()
    # Not constant_memory: xlsxwriter ignores it in_memory, and alone (temporary files) it is slower.
    workbook = xlsxwriter.Workbook(out, {"in_memory": True})
    head = report.letterhead
    # Core properties have no language in xlsxwriter: the document language is not written.
    workbook.set_properties(
        {
            "title": f"{head.title} {head.subject}",
            "subject": head.subject,
            "author": head.agency,
            "keywords": report.metadata.get("keywords", ""),
        }
    )
    formats = _Formats(workbook)

    names: set[str] = set()
    _write_cover(workbook.add_worksheet(_sheet_name(head.title, names)), formats, report)
    tables = 0
    charts_ = 0
    for item in (*report.body, *report.appendices):
        if isinstance(item, Table):
            tables += 1
            name = _sheet_name(item.sheet_name or f"{report.label('table')} {tables}", names)
            _write_table(workbook.add_worksheet(name), formats, item, report)
        elif isinstance(item, Chart):
            charts_ += 1
            name = _sheet_name(f"{report.label('chart')} {charts_}", names)
            _write_chart(workbook, workbook.add_worksheet(name), formats, item, report)

    workbook.close()
    return out.getvalue()


class _Formats:
    """The workbook's cell formats, each made once, on first use, and shared by every cell using it."""

    def __init__(self, workbook: xlsxwriter.Workbook) -> None:
        self._workbook = workbook
        self._made: dict[tuple[tuple[str, ...], str, bool], Format] = {}

    def get(self, *parts: str, num_format: str = "", quote: bool = False) -> Format:
        """The format made of ``parts``, with a number format and Excel's quote prefix if asked."""
        key = (parts, num_format, quote)
        made = self._made.get(key)
        if made is None:
            properties: dict[str, Any] = {}
            for part in parts:
                properties.update(PARTS[part])
            if num_format:
                properties["num_format"] = num_format
            if quote:
                properties["quote_prefix"] = True  # Excel keeps it text when someone edits the cell
            made = self._made[key] = self._workbook.add_format(properties)
        return made

    def text(self, text: str, *parts: str) -> Format:
        """The format for ``text``: with the quote prefix if it starts like a formula."""
        return self.get(*parts, quote=looks_like_formula(text))


def _write_text(sheet: Worksheet, row: int, col: int, text: str, formats: _Formats, *parts: str) -> None:
    """``text`` stored as text, whatever it starts with: never as a formula. No text: a blank cell."""
    if text:
        sheet.write_string(row, col, text, formats.text(text, *parts))
    else:
        sheet.write_blank(row, col, None, formats.get(*parts))


def _number_format(source: TableCell) -> str:
    """``#,##0`` with the cell's decimals; a percentage's with ``%``."""
    decimals = "." + "0" * source.decimals if source.decimals > 0 else ""
    return f"#,##0{decimals}%" if source.kind == CellKind.PERCENT else f"#,##0{decimals}"


def _write_cover(sheet: Worksheet, formats: _Formats, report: Report) -> None:
    """The letterhead, title, reporting window and body text, one paragraph per row."""
    head = report.letterhead
    _set_width(sheet, 0, COVER_WIDTH)
    _page_setup(sheet, landscape=False)
    rows: list[tuple[str, str, str | None]] = [
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
            text = f"[{item.draft()}]" if item.to_write else item.text
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

    for index, (text, font, fill) in enumerate(rows):
        lines = _line_count(text, COVER_WIDTH)
        if lines > 1:
            _set_height(sheet, index, 16 * lines)
        if fill is None:
            _write_text(sheet, index, 0, text, formats, font, WRAP)
        else:
            _write_text(sheet, index, 0, text, formats, font, WRAP, fill)


def _write_table(sheet: Worksheet, formats: _Formats, table: Table, report: Report) -> None:
    """Agency, title and window above the table; the header row frozen and printed on every page."""
    header_row = 4  # the fifth row: rows and columns are counted from 0 here
    for index, column in enumerate(table.columns):
        _set_width(sheet, index, max(column.width, 6) + 2)
    sheet.freeze_panes(header_row + 1, 0)
    sheet.repeat_rows(header_row)
    _page_setup(sheet, landscape=table.landscape)

    _write_text(sheet, 0, 0, report.letterhead.agency, formats, BOLD)
    _write_text(sheet, 1, 0, f"{table.title} {table.attached_to}".strip(), formats, TITLE)
    _write_text(sheet, 2, 0, report.window, formats, ITALIC)
    _set_height(
        sheet,
        header_row,
        16 * max(_line_count(column.header, max(column.width, 6) + 2) for column in table.columns),
    )
    for index, column in enumerate(table.columns):
        _write_text(sheet, header_row, index, column.header, formats, BOLD, CENTRE, GRID, HEADER_FILL)

    write_string, write_number, write_blank = sheet.write_string, sheet.write_number, sheet.write_blank
    text_formats = {
        (bold, quote): formats.get(BOLD if bold else TEXT, WRAP, GRID, quote=quote)
        for bold in (False, True)
        for quote in (False, True)
    }
    no_value_formats = {
        (bold, quote): formats.get(BOLD if bold else TEXT, RIGHT, GRID, quote=quote)
        for bold in (False, True)
        for quote in (False, True)
    }
    number_formats: dict[tuple[bool, CellKind, int], Format] = {}
    percent = CellKind.PERCENT
    for row_index, row in enumerate(table.rows, start=header_row + 1):
        for col_index, source in enumerate(row):
            if source.kind == CellKind.TEXT or source.value is None:
                # a text cell, or a number with no value: its text, right-aligned
                text = source.text
                chosen = text_formats if source.kind == CellKind.TEXT else no_value_formats
                if text:
                    quote = looks_like_formula(text)
                    write_string(row_index, col_index, text, chosen[source.bold, quote])
                else:
                    write_blank(row_index, col_index, None, chosen[source.bold, False])
                continue
            key = (source.bold, source.kind, source.decimals)
            number_format = number_formats.get(key)
            if number_format is None:
                number_format = number_formats[key] = formats.get(
                    BOLD if source.bold else TEXT, RIGHT, GRID, num_format=_number_format(source)
                )
            # a percentage is stored as a fraction (101,43% → 1.0143)
            value = float(source.value / 100) if source.kind == percent else float(source.value)
            write_number(row_index, col_index, value, number_format)
    notes = header_row + 2 + len(table.rows)  # after a blank row
    for index, note in enumerate(table.footnotes, start=notes):
        _write_text(sheet, index, 0, note, formats, NOTE)


def _write_chart(
    workbook: xlsxwriter.Workbook, sheet: Worksheet, formats: _Formats, item: Chart, report: Report
) -> None:
    """The chart's data as a small table, and a native clustered bar chart drawn from it."""
    _set_width(sheet, 0, max((len(c) for c in item.categories), default=10) + 2)
    for index, series in enumerate(item.series, start=1):
        _set_width(sheet, index, max(len(series.name), 8) + 2)
    _page_setup(sheet, landscape=True)
    _write_text(sheet, 0, 0, item.title, formats, TITLE)
    _write_text(sheet, 1, 0, report.window, formats, ITALIC)
    first = 2  # the header row: series names over their columns
    for index, name in enumerate((item.unit, *(series.name for series in item.series))):
        _write_text(sheet, first, index, name, formats, BOLD, CENTRE, GRID, HEADER_FILL)
    decimals = charts.decimals_of(*(value for series in item.series for value in series.values))
    number_format = "#,##0" + ("." + "0" * decimals if decimals else "") + ('"%"' if item.unit == "%" else "")
    value_format = formats.get(TEXT, GRID, num_format=number_format)
    for index, category in enumerate(item.categories):
        row = first + 1 + index
        _write_text(sheet, row, 0, category, formats, TEXT, GRID)
        for col, series in enumerate(item.series, start=1):
            value = series.values[index] if index < len(series.values) else None
            if value is None:
                sheet.write_blank(row, col, None, value_format)
            else:
                sheet.write_number(row, col, float(value), value_format)
    last = first + len(item.categories)  # the last category's row

    bar = workbook.add_chart({"type": "column", "subtype": "clustered"})
    assert bar is not None  # a known chart type
    for index in range(len(item.series)):
        col = 1 + index
        colour = charts.PALETTE[index % len(charts.PALETTE)].upper()
        bar.add_series(
            {
                "name": [sheet.name, first, col],
                "categories": [sheet.name, first + 1, 0, last, 0],
                "values": [sheet.name, first + 1, col, last, col],
                "fill": {"color": colour},
                "border": {"color": colour},
            }
        )
    bar.set_title({"name": item.title})
    bar.set_y_axis({"name": item.unit})
    bar.set_legend({"position": "bottom"})
    width, height = CHART_SIZE_CM
    bar.set_size({"width": round(width * PIXELS_PER_CM), "height": round(height * PIXELS_PER_CM)})
    sheet.insert_chart(last + 3, 0, bar)  # three rows under the data


def _page_setup(sheet: Worksheet, landscape: bool) -> None:
    """A4, fitted to the page width, with the margins of Decree 30."""
    sheet.set_paper(9)  # A4
    if landscape:
        sheet.set_landscape()
    else:
        sheet.set_portrait()
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(
        left=30 / MM_PER_INCH, right=15 / MM_PER_INCH, top=20 / MM_PER_INCH, bottom=20 / MM_PER_INCH
    )
    sheet.set_header("", margin=HEADER_FOOTER_MARGIN)
    sheet.set_footer("", margin=HEADER_FOOTER_MARGIN)


def _set_width(sheet: Worksheet, col: int, width: float) -> None:
    """Column ``col``'s width, in characters of the default font's digits."""
    sheet.set_column_pixels(col, col, width * DIGIT_PIXELS)


def _set_height(sheet: Worksheet, row: int, points: float) -> None:
    """Row ``row``'s height, in points; set before any of its cells is written."""
    sheet.set_row_pixels(row, points * PIXELS_PER_POINT)


def _sheet_name(wanted: str, taken: set[str]) -> str:
    """A valid, unused sheet name: at most 31 characters, none of []:*?/\\."""
    base = SHEET_NAME_FORBIDDEN.sub(" ", wanted).strip().strip("'")[:31].rstrip().rstrip("'") or "Sheet"
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
