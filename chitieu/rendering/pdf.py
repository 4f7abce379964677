"""The report as PDF: drawn by ReportLab in the form of report.css, or laid out by WeasyPrint.

A4 portrait, margins of Decree 30/2020/NĐ-CP (top and bottom 20 mm, left 30 mm, right 15 mm), the
page number centred in the top margin from page 2 on, wide appendix tables on landscape pages:
all of it is in ``report.css``. A PDF is the document to sign: its places to write are printed as
plain paragraphs, their drafts without the instructions or the highlight of the editable formats.

The body (a district's is 25 pages of prose, :mod:`chitieu.rendering.pdf_body`) and the appendices
(400-row tables over 50 pages, and the chart: :mod:`chitieu.rendering.pdf_tables`) are drawn by
ReportLab, in one document, when the report's typeface is installed as font files that hold every
letter they print. A part with a letter they lack is laid out by WeasyPrint from the HTML page with
its print rules, numbered on from the pages before it, and the parts are joined.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from itertools import groupby, takewhile
from operator import itemgetter

from chitieu.rendering import html, pdf_body, pdf_tables
from chitieu.rendering.fonts import ReportFonts, report_fonts
from chitieu.rendering.report import Chart, Report, Table


def render(report: Report) -> bytes:
    """The report as PDF bytes."""
    fonts = report_fonts()
    drawn = [_drawn_apart(item, fonts, report.lang) for item in report.appendices]
    if fonts is not None and pdf_body.drawable(report, fonts):
        # the body and the appendices after it in one document; one left to WeasyPrint is joined
        lead = len(list(takewhile(bool, drawn)))
        body, pages = pdf_body.render(report, fonts, report.appendices[:lead])
        rest = list(zip(report.appendices[lead:], drawn[lead:], strict=True))
    elif not any(drawn):
        return _weasyprint(html.document(report, final=True))[0]
    else:
        body, pages = _weasyprint(html.document(report, final=True, appendices=()))
        rest = list(zip(report.appendices, drawn, strict=True))
    parts = [body]
    for apart, group in groupby(rest, key=itemgetter(1)):
        items = [item for item, _ in group]
        if apart and fonts is not None:
            data, count = pdf_tables.render(items, fonts, pages + 1, report.lang)
        else:
            data, count = _weasyprint(html.appendix_document(report, items, pages + 1))
        parts.append(data)
        pages += count
    return _joined(parts) if len(parts) > 1 else body


def _drawn_apart(item: Table | Chart, fonts: ReportFonts | None, lang: str = "vi") -> bool:
    return fonts is not None and fonts.covers(pdf_tables.text_of(item, lang))


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
