"""The report as PDF: the HTML page with its print rules, laid out by WeasyPrint.

A4 portrait, margins of Decree 30/2020/NĐ-CP (top and bottom 20 mm, left 30 mm, right 15 mm), the
page number centred in the top margin from page 2 on, wide appendix tables on landscape pages:
all of it is in ``report.css``. A PDF is the document to sign: its places to write are printed as
plain paragraphs, their drafts without the instructions or the highlight of the editable formats.
"""

from __future__ import annotations

from chitieu.rendering import html
from chitieu.rendering.report import Report


def render(report: Report) -> bytes:
    """The report as PDF bytes."""
    # Imported here: loading WeasyPrint loads Pango and takes a moment; only a PDF needs it.
    from weasyprint import HTML  # type: ignore[import-untyped]

    pdf: bytes = HTML(string=html.document(report, final=True)).write_pdf()
    return pdf
