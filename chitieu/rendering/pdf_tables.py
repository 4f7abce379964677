"""The PDF's appendices, tables and charts, drawn by ReportLab on the pages of report.css.

A district's annex is 400 rows: laid out by WeasyPrint it took three quarters of the PDF's time
(about 3 of 4 seconds), cell by cell, with no cheaper path inside it. ReportLab draws the same
table in a tenth of that. The pages keep report.css's form: A4, portrait or landscape as the table
asks, margins of Decree 30/2020/NĐ-CP (top and bottom 20 mm, left 30 mm, right 15 mm), the page
number centred in the top margin, the title in bold and the line "(Kèm theo Báo cáo số …)" in
italics above the table, its header row repeated on every page, a row never split across two,
numbers right-aligned on one line, notes in italics under it. A chart is drawn from the same
shapes as its SVG and PNG, in the report's typeface.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Sequence
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from chitieu.rendering import chart
from chitieu.rendering.fonts import ReportFonts
from chitieu.rendering.report import CellKind, Chart, Table

MM = 72 / 25.4  # points per millimetre
TOP, RIGHT, BOTTOM, LEFT = 20 * MM, 15 * MM, 20 * MM, 30 * MM  # report.css's @page margins
BODY_SIZE, CELL_SIZE, NOTE_SIZE, NUMBER_SIZE = 14, 12, 11, 13  # pt, as report.css
LINE, CELL_LINE = 1.3, 1.2  # line heights
PAD_X, PAD_Y = 4, 2  # cell padding, pt
RULE = 0.75  # 1px, in points
CHART_WIDTH = 160 * MM

_lock = threading.Lock()  # ReportLab's font registry is process-wide


def text_of(item: Table | Chart, lang: str = "vi") -> str:
    """Every letter the table or chart prints, to ask whether the fonts hold them all."""
    if isinstance(item, Chart):
        return "\n".join(shape.text for shape in chart.layout(item, lang) if isinstance(shape, chart.Text))
    parts = [item.title, item.attached_to, *item.footnotes, *(c.header for c in item.columns)]
    parts += [cell.text for row in item.rows for cell in row]
    return "\n".join(parts)


def render(
    items: Sequence[Table | Chart], fonts: ReportFonts, first_page: int, lang: str = "vi"
) -> tuple[bytes, int]:
    """The appendices as PDF pages, each from a new page, numbered from ``first_page``; and how many."""
    names = register(fonts)
    buffer = io.BytesIO()
    first = "landscape" if items and _landscape(items[0]) else "portrait"
    doc = document(buffer, names, first_page, first)
    story: list[Any] = []
    for n, item in enumerate(items):
        story += on_new_page(item, names, lang)[0 if n else 2 :]
    doc.build(story)
    return buffer.getvalue(), doc.page


def document(
    buffer: io.BytesIO,
    names: dict[str, str],
    first_page: int,
    first: str = "portrait",
    *,
    numbered_first: bool = True,
    title: str = "",
    subject: str = "",
    author: str = "",
    keywords: Sequence[str] = (),
) -> Any:
    """A ReportLab document on report.css's pages: templates "portrait" and "landscape", ``first`` first.

    Pages are numbered from ``first_page`` in the top margin, the first one too unless
    ``numbered_first`` is false (a report's first page, under its letterhead, has no number).
    """
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    def number(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        if canvas.getPageNumber() == 1 and not numbered_first:
            return
        width, height = canvas._pagesize
        canvas.setFont(names["regular"], NUMBER_SIZE)
        # centred over the text, half-way down the top margin, as WeasyPrint's @top-center box
        canvas.drawCentredString(
            (LEFT + width - RIGHT) / 2,
            height - TOP / 2 - NUMBER_SIZE * 0.35,
            str(first_page + canvas.getPageNumber() - 1),
        )

    def template(name: str, size: tuple[float, float]) -> PageTemplate:
        width, height = size
        frame = Frame(
            LEFT, BOTTOM, width - LEFT - RIGHT, height - TOP - BOTTOM, 0, 0, 0, 0, id=name, showBoundary=0
        )
        return PageTemplate(id=name, frames=[frame], pagesize=size, onPage=number)

    sizes = {"portrait": A4, "landscape": landscape(A4)}
    order = [first, *(name for name in sizes if name != first)]
    return BaseDocTemplate(
        buffer,
        pagesize=sizes[first],
        pageTemplates=[template(name, sizes[name]) for name in order],
        leftMargin=LEFT,
        rightMargin=RIGHT,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        title=title,
        subject=subject,
        author=author,
        keywords=list(keywords),
        creator="chitieu",
        # a report's own document is dated when it is written; parts joined to it are not dated
        invariant=int(not title),
        initialFontName=names["regular"],  # not Helvetica: only the report's typeface is embedded
        initialFontSize=CELL_SIZE,
    )


def _landscape(item: Table | Chart) -> bool:
    return isinstance(item, Table) and item.landscape


def on_new_page(item: Table | Chart, names: dict[str, str], lang: str = "vi") -> list[Any]:
    """An appendix from a new page (its first two flowables), landscape when it is a wide table."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import NextPageTemplate, PageBreak

    wide = _landscape(item)
    width = (A4[1] if wide else A4[0]) - LEFT - RIGHT
    drawn = (
        chart_flowables(item, width, names, lang)
        if isinstance(item, Chart)
        else flowables(item, width, names)
    )
    return [NextPageTemplate("landscape" if wide else "portrait"), PageBreak(), *drawn]


def chart_flowables(item: Chart, width: float, names: dict[str, str], lang: str = "vi") -> list[Any]:
    """The chart drawn from the shapes of :func:`chitieu.rendering.chart.layout`, as the SVG and PNG are.

    It is as wide as the text, at most 160 mm (report.css's ``figure.chart svg``), with 8 pt above
    it and 10 pt below, never split.
    """
    from reportlab.platypus import Spacer

    return [
        Spacer(0, 8),
        _chart_class()(chart.layout(item, lang), min(width, CHART_WIDTH), names),
        Spacer(0, 10),
    ]


@cache
def _chart_class() -> type:
    """The chart's flowable, defined on first use: ReportLab is imported only for a PDF."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Flowable

    class Drawn(Flowable):
        def __init__(self, shapes: list[chart.Shape], wide: float, names: dict[str, str]) -> None:
            super().__init__()
            self.shapes, self.wide, self.names = shapes, wide, names
            self.scale = wide / chart.WIDTH

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            self.available = available_width
            return available_width, chart.HEIGHT * self.scale

        def draw(self) -> None:
            canvas, scale = self.canv, self.scale
            canvas.saveState()
            # centred, the SVG's y axis (down) turned up
            canvas.translate((self.available - self.wide) / 2, chart.HEIGHT * scale)
            canvas.scale(scale, -scale)
            canvas.setLineWidth(1)
            for shape in self.shapes:
                if isinstance(shape, chart.Rect):
                    canvas.setFillColor(HexColor(shape.fill))
                    canvas.rect(shape.x, shape.y, shape.width, shape.height, stroke=0, fill=1)
                elif isinstance(shape, chart.Line):
                    canvas.setStrokeColor(HexColor(shape.stroke))
                    canvas.line(shape.x1, shape.y1, shape.x2, shape.y2)
            canvas.setFillColor(HexColor(chart.INK))
            for shape in self.shapes:
                if isinstance(shape, chart.Text):
                    canvas.saveState()
                    canvas.translate(shape.x, shape.y)
                    canvas.scale(1, -1)  # letters upright
                    canvas.setFont(self.names["bold" if shape.bold else "regular"], shape.size)
                    draw = {"start": canvas.drawString, "middle": canvas.drawCentredString}
                    draw.get(shape.anchor, canvas.drawRightString)(0, 0, shape.text)
                    canvas.restoreState()
            canvas.restoreState()

    return Drawn


def flowables(table: Table, width: float, names: dict[str, str]) -> list[Any]:
    """The table's title, its line "(Kèm theo …)", the grid under its header row, and its notes."""
    from reportlab.platypus import Paragraph
    from reportlab.platypus import Table as Grid

    styles = _styles(names)

    flow: list[Any] = [Paragraph(escape(table.title), styles["title"])]
    if table.attached_to:
        flow.append(Paragraph(escape(table.attached_to), styles["attached"]))
    total = sum(column.width for column in table.columns) or 1
    widths = [width * column.width / total for column in table.columns]
    room = [w - 2 * PAD_X for w in widths]
    # Cells are lines of text broken here, not ReportLab Paragraphs: a Paragraph is parsed as
    # markup and broken again at every measure, three times the cost of the whole table.
    header = [_broken(column.header, names["bold"], room[c]) for c, column in enumerate(table.columns)]
    rows: list[list[Any]] = [header]
    bold_cells = []
    for r, row in enumerate(table.rows, start=1):
        cells: list[Any] = []
        for c, cell in enumerate(row):
            if cell.bold:
                bold_cells.append((c, r))
            if cell.kind != CellKind.TEXT or not cell.text:
                cells.append(cell.text)  # a number: one line, right-aligned
            else:
                cells.append(_broken(cell.text, names["bold" if cell.bold else "regular"], room[c]))
        rows.append(cells)
    commands: list[Any] = [
        ("GRID", (0, 0), (-1, -1), RULE, "black"),
        ("FONT", (0, 0), (-1, -1), names["regular"], CELL_SIZE, CELL_SIZE * CELL_LINE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("FONT", (0, 0), (-1, 0), names["bold"], CELL_SIZE, CELL_SIZE * CELL_LINE),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_Y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y),
    ]
    numbers = [c for c, column in enumerate(table.columns) if column.kind != CellKind.TEXT]
    commands += [("ALIGN", (c, 1), (c, -1), "RIGHT") for c in numbers]
    commands += [("FONT", cell, cell, names["bold"], CELL_SIZE, CELL_SIZE * CELL_LINE) for cell in bold_cells]
    grid = Grid(rows, colWidths=widths, repeatRows=1, style=commands, hAlign="CENTER")
    flow.append(grid)
    flow += [Paragraph(escape(note), styles["note"]) for note in table.footnotes]
    return flow


def _broken(text: str, font: str, room: float) -> str:
    """``text`` broken into lines at its spaces, as many words on each as fit in ``room`` points.

    A word wider than the room keeps its line and runs over the rule, as in WeasyPrint ("STT"
    in a narrow column is not cut into "ST / T"); no-break spaces ("số        /BC") hold.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, used = "", 0.0
        space = stringWidth(" ", font, CELL_SIZE)
        for word in paragraph.split(" "):
            if not word:
                continue
            wide = stringWidth(word, font, CELL_SIZE)
            if line and used + space + wide > room:
                lines.append(line)
                line, used = word, wide
            else:
                line, used = (f"{line} {word}", used + space + wide) if line else (word, wide)
        lines.append(line)
    return "\n".join(lines)


def paragraph_style(
    names: dict[str, str],
    name: str,
    face: str,
    size: float,
    align: Any,
    *,
    before: float = 0,
    after: float = 0,
    indent: float = 0,
    keep: bool = False,
) -> Any:
    """A ReportLab paragraph style in one of the report's faces, at report.css's line height; no
    word is ever split, and a paragraph leaves no single line alone at a page's top or bottom
    (CSS's widows: 2, orphans: 2)."""
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(
        name,
        fontName=names[face],
        fontSize=size,
        leading=size * LINE,
        alignment=align,
        firstLineIndent=indent,
        spaceBefore=before,
        spaceAfter=after,
        keepWithNext=int(keep),
        allowWidows=0,
        allowOrphans=0,
        splitLongWords=0,
    )


def _styles(names: dict[str, str]) -> dict[str, Any]:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY

    return {
        "title": paragraph_style(names, "title", "bold", BODY_SIZE, TA_CENTER, after=4),
        "attached": paragraph_style(names, "attached", "italic", BODY_SIZE, TA_CENTER, after=6),
        "note": paragraph_style(names, "note", "italic", NOTE_SIZE, TA_JUSTIFY, before=2),
    }


def register(fonts: ReportFonts) -> dict[str, str]:
    """The faces registered with ReportLab once per process, by names of their own."""
    with _lock:
        return {key: _registered(face.path, face.index) for key, face in fonts.faces.items()}


@cache
def _registered(path: object, index: int) -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = TTFont(f"chitieu-{len(pdfmetrics.getRegisteredFontNames())}", str(path), subfontIndex=index)
    pdfmetrics.registerFont(font)
    return str(font.fontName)
