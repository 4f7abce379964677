"""The report as PDF: the HTML page with its print rules, laid out by WeasyPrint; long tables apart.

A4 portrait, margins of Decree 30/2020/NĐ-CP (top and bottom 20 mm, left 30 mm, right 15 mm), the
page number centred in the top margin from page 2 on, wide appendix tables on landscape pages:
all of it is in ``report.css``. A PDF is the document to sign: its places to write are printed as
plain paragraphs, their drafts without the instructions or the highlight of the editable formats.

The appendix tables (a district's annex is 400 rows over 50 pages) are drawn by ReportLab on the
same pages (:mod:`chitieu.rendering.pdf_tables`), when the report's typeface is installed as font
files that hold every letter they print; otherwise, and for the charts, WeasyPrint lays them out
too. The parts are laid out in order, each numbered on from the pages before it, and joined.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from itertools import groupby
from operator import itemgetter

from chitieu.rendering import html, pdf_tables
from chitieu.rendering.fonts import ReportFonts, report_fonts
from chitieu.rendering.report import Chart, Report, Table


def render(report: Report) -> bytes:
    """The report as PDF bytes."""
    fonts = report_fonts()
    drawn = [_drawn_apart(item, fonts) for item in report.appendices]
    if not any(drawn):
        return _weasyprint(html.document(report, final=True))[0]

    body, pages = _weasyprint(html.document(report, final=True, appendices=()))
    parts = [body]
    for apart, group in groupby(zip(report.appendices, drawn, strict=True), key=itemgetter(1)):
        items = [item for item, _ in group]
        if apart and fonts is not None:
            data, count = pdf_tables.render([t for t in items if isinstance(t, Table)], fonts, pages + 1)
        else:
            data, count = _weasyprint(html.appendix_document(report, items, pages + 1))
        parts.append(data)
        pages += count
    return _joined(parts)


def _drawn_apart(item: Table | Chart, fonts: ReportFonts | None) -> bool:
    return isinstance(item, Table) and fonts is not None and fonts.covers(pdf_tables.text_of(item))


def _weasyprint(page: str) -> tuple[bytes, int]:
    # Imported here: loading WeasyPrint loads Pango and takes a moment; only a PDF needs it.
    from weasyprint import HTML  # type: ignore[import-untyped]

    document = HTML(string=page).render()
    data: bytes = document.write_pdf()
    return data, len(document.pages)


def _joined(parts: Sequence[bytes]) -> bytes:
    """The parts one after the other, with the first one's properties (title, author) and outline."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(parts[0])))
    for part in parts[1:]:
        for page in PdfReader(io.BytesIO(part)).pages:
            writer.add_page(page)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
