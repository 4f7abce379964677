"""The PDF's body drawn by ReportLab: letterhead, title, text, notes and signature, in report.css's form.

A district's report is 25 pages of prose: laid out by WeasyPrint it took three quarters of a
second of CPU, most of it Pango shaping and drawing each line; ReportLab sets the same paragraphs
in a sixth of that, and under a busy server that is what keeps the report within its 3 seconds.
The form is report.css's, point for point: A4, margins of Decree 30/2020/NĐ-CP, the letterhead
in two columns (the agency with a short rule under it, the national title with its motto
underlined; the number, and the place and date in italics), the title and subject in bold with a
short rule, paragraphs justified with a 10 mm first-line indent, headings kept with what follows,
"Nơi nhận:" beside the signer. Page numbers are centred in the top margin from page 2 on, and the
title and headings are the document's outline, as WeasyPrint makes them.

It draws a body whose every letter the report's typeface holds (:func:`drawable`); one with a
letter it lacks is left to WeasyPrint, which takes that letter from another font.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from chitieu.rendering import pdf_tables
from chitieu.rendering.fonts import ReportFonts
from chitieu.rendering.pdf_tables import BODY_SIZE, LINE, MM
from chitieu.rendering.report import BulletList, Chart, Heading, Paragraph, Report, Table, header_lines

HEAD_SIZE, NOTES_SIZE, RECIPIENTS_SIZE = 13, 12, 11  # pt, as report.css (the notes under the body: 12)
AGENCY_SHARE = 0.38  # the letterhead's agency column, of the text's width
RULE_SHARE = 0.32  # a short rule, of its column
SIGNATURE_SPACE = 60  # pt between the signer's title and name
INDENT = 10 * MM


def text_of(report: Report) -> str:
    """Every letter the body prints, to ask whether the fonts hold them all."""
    head = report.letterhead
    parts = [
        head.governing_body,
        head.agency,
        head.national_title,
        head.motto,
        head.number,
        report.date_line(),
        head.title,
        head.subject,
        report.window,
        report.label("notes"),
        report.label("recipients"),
        *report.footnotes,
        *head.recipients,
        *head.signer.title_lines(),
        head.signer.name,
    ]
    for item in report.body:
        if isinstance(item, Heading | Paragraph):
            parts.append(item.text)
        elif isinstance(item, BulletList):
            parts += item.items
        elif isinstance(item, Table | Chart):
            parts.append(pdf_tables.text_of(item, report.lang))
    return _nfc("\n".join(parts))


def drawable(report: Report, fonts: ReportFonts | None) -> bool:
    """Whether ReportLab can draw the body: every letter of it in the report's typeface."""
    return fonts is not None and fonts.covers(text_of(report))


def render(report: Report, fonts: ReportFonts, appendices: Sequence[Table | Chart] = ()) -> tuple[bytes, int]:
    """The body as PDF pages, then ``appendices`` each from a new page; the bytes and how many pages.

    The document's properties name the report (its title and subject) and the agency, as the
    HTML page's title and author do for WeasyPrint.
    """
    names = pdf_tables.register(fonts)
    styles = _styles(names)
    head = report.letterhead
    buffer = io.BytesIO()
    doc = pdf_tables.document(
        buffer,
        names,
        1,
        numbered_first=False,
        title=f"{head.title} {head.subject}",
        subject=head.subject,
        author=head.agency,
        keywords=[word.strip() for word in report.metadata.get("keywords", "").split(",") if word.strip()],
    )
    width = doc.width
    story: list[Any] = [
        _letterhead(report, width, styles, names),
        _heading(_nfc(head.title), styles["title"], level=0),
        _para(head.subject, styles["subject"]),
        _rule(width * RULE_SHARE, before=4, after=6),
        _para(report.window, styles["window"]),
    ]
    outline = 0
    for item in report.body:
        if isinstance(item, Heading):
            level = min(max(item.level, 1), 3)
            outline = min(level, outline + 1)  # an outline goes one level deeper at a time
            story.append(_heading(_nfc(item.text), styles[f"h{level}"], level=outline))
        elif isinstance(item, Paragraph):
            # a place to write is printed as its draft; a lead-in line ("…:") stays with what it leads to
            lead_in = item.text.rstrip().endswith(":")
            story.append(_para(item.text, styles["lead_in" if lead_in else "p"]))
        elif isinstance(item, BulletList):
            story += [_para(f"- {text}", styles["li"]) for text in item.items[:-1]]
            story += [_para(f"- {text}", styles["li_last"]) for text in item.items[-1:]]
        elif isinstance(item, Table):
            story += _spaced(pdf_tables.flowables(item, width, names), before=8, after=10)
        else:
            story += pdf_tables.chart_flowables(item, width, names, report.lang)
    if report.footnotes:
        story += [_para(text, styles["note"]) for text in (report.label("notes"), *report.footnotes)]
    story.append(_signature(report, width, styles, names))
    for appendix in appendices:
        story += pdf_tables.on_new_page(appendix, names, report.lang)
    doc.build(story)
    return buffer.getvalue(), doc.page


def _nfc(text: str) -> str:
    # ReportLab does not shape: a letter written with a combining accent must be one letter.
    return unicodedata.normalize("NFC", text)


def _para(text: str, style: Any) -> Any:
    from reportlab.platypus import Paragraph as Flowing

    return Flowing(escape(_nfc(text)), style)


def _spaced(flow: list[Any], *, before: float, after: float) -> list[Any]:
    """A table's flowables with room above and below it (report.css's ``.block`` margins)."""
    from reportlab.platypus import Spacer

    return [Spacer(0, before), *flow, Spacer(0, after)]


def _frameless(names: dict[str, str]) -> list[tuple[Any, ...]]:
    """A layout grid's style: no padding, no rules; its cells' font named (not Helvetica, never embedded)."""
    everywhere = ((0, 0), (-1, -1))
    return [
        ("FONT", *everywhere, names["regular"], BODY_SIZE),
        ("VALIGN", *everywhere, "TOP"),
        *((side, *everywhere, 0) for side in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")),
    ]


def _letterhead(report: Report, width: float, styles: dict[str, Any], names: dict[str, str]) -> Any:
    from reportlab.platypus import Table as Grid

    head = report.letterhead
    agency = [
        *(_para(line, styles["governing"]) for line in header_lines(head.governing_body)),
        *(_para(line, styles["agency"]) for line in header_lines(head.agency)),
        _rule(width * AGENCY_SHARE * RULE_SHARE, before=4, after=6),
    ]
    nation = [
        _para(head.national_title, styles["national"]),
        _underlined(_nfc(head.motto), names["bold"], BODY_SIZE),
    ]
    rows = [
        [agency, nation],
        [_para(head.number, styles["number"]), _para(report.date_line(), styles["date"])],
    ]
    grid = Grid(
        rows,
        colWidths=[width * AGENCY_SHARE, width * (1 - AGENCY_SHARE)],
        style=[*_frameless(names), ("TOPPADDING", (0, 1), (-1, 1), 6)],
        hAlign="CENTER",
    )
    grid.spaceAfter = 12
    return grid


def _signature(report: Report, width: float, styles: dict[str, Any], names: dict[str, str]) -> Any:
    from reportlab.platypus import Spacer
    from reportlab.platypus import Table as Grid

    head = report.letterhead
    recipients = [
        _para(report.label("recipients"), styles["recipients_label"]),
        *(_para(f"- {line}", styles["recipient"]) for line in head.recipients),
    ]
    signer = [
        *(_para(line, styles["signer"]) for line in head.signer.title_lines()),
        Spacer(0, SIGNATURE_SPACE),
        _para(head.signer.name, styles["signer"]),
    ]
    grid = Grid(
        [[recipients, signer]],
        colWidths=[width / 2, width / 2],
        style=_frameless(names),
        hAlign="CENTER",
    )
    grid.spaceBefore = 14  # one row: never split, moved whole to the next page when it does not fit
    return grid


@cache
def _flowable_classes() -> tuple[type, type, type]:
    """The flowables of this module, defined on first use: ReportLab is imported only for a PDF."""
    from reportlab.platypus import Flowable
    from reportlab.platypus import Paragraph as Flowing

    class Rule(Flowable):
        """A short centred line with room above and below (report.css's ``.rule``)."""

        def __init__(self, length: float, before: float, after: float) -> None:
            super().__init__()
            self.length, self.before, self.after = length, before, after

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            self.available = available_width
            return available_width, self.before + self.after

        def draw(self) -> None:
            start = (self.available - self.length) / 2
            self.canv.setLineWidth(pdf_tables.RULE)
            self.canv.line(start, self.after, start + self.length, self.after)

    class Underlined(Flowable):
        """One centred line of text with a rule under it, 1 pt below its lowest letter (the motto)."""

        def __init__(self, text: str, font: str, size: float) -> None:
            super().__init__()
            self.text, self.font, self.size = text, font, size

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            self.available = available_width
            return available_width, self.size * LINE + 2

        def draw(self) -> None:
            from reportlab.pdfbase.pdfmetrics import getDescent, stringWidth

            baseline = 2 + self.size * (LINE - 1) / 2 - getDescent(self.font, self.size)
            wide = stringWidth(self.text, self.font, self.size)
            start = (self.available - wide) / 2
            self.canv.setFont(self.font, self.size)
            self.canv.drawString(start, baseline, self.text)
            self.canv.setLineWidth(pdf_tables.RULE)
            self.canv.line(start, 1, start + wide, 1)

    class Heading(Flowing):
        """A title or heading that is an entry of the document's outline, as in WeasyPrint's PDF."""

        def __init__(self, text: str, style: Any, level: int) -> None:
            super().__init__(escape(text), style)
            self.title, self.level = text, level

        def draw(self) -> None:
            key = f"h{id(self)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(self.title, key, level=self.level)
            super().draw()

        def split(self, available_width: float, available_height: float) -> list[Any]:
            return []  # a heading is never split: it goes whole to the next page

    return Rule, Underlined, Heading


def _rule(length: float, *, before: float, after: float) -> Any:
    return _flowable_classes()[0](length, before, after)


def _underlined(text: str, font: str, size: float) -> Any:
    return _flowable_classes()[1](text, font, size)


def _heading(text: str, style: Any, level: int) -> Any:
    return _flowable_classes()[2](text, style, level)


def _styles(names: dict[str, str]) -> dict[str, Any]:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT

    def style(name: str, face: str, size: float = BODY_SIZE, align: Any = TA_CENTER, **spacing: Any) -> Any:
        return pdf_tables.paragraph_style(names, name, face, size, align, **spacing)

    return {
        "governing": style("governing", "regular", HEAD_SIZE),
        "agency": style("agency", "bold", HEAD_SIZE),
        "national": style("national", "bold", HEAD_SIZE),
        "number": style("number", "regular", HEAD_SIZE),
        "date": style("date", "italic", HEAD_SIZE),
        "title": style("title", "bold", before=18, keep=True),
        "subject": style("subject", "bold", keep=True),
        "window": style("window", "italic", after=12),
        "h1": style("h1", "bold", align=TA_LEFT, before=10, after=4, keep=True),
        "h2": style("h2", "bold", align=TA_LEFT, before=10, after=4, keep=True),
        "h3": style("h3", "bold_italic", align=TA_LEFT, before=10, after=4, keep=True),
        "p": style("p", "regular", align=TA_JUSTIFY, after=6, indent=INDENT),
        "lead_in": style("lead_in", "regular", align=TA_JUSTIFY, after=6, indent=INDENT, keep=True),
        "li": style("li", "regular", align=TA_JUSTIFY, after=3, indent=INDENT),
        "li_last": style("li_last", "regular", align=TA_JUSTIFY, after=6, indent=INDENT),
        "note": style("note", "italic", NOTES_SIZE, TA_JUSTIFY, after=6),
        "recipients_label": style("recipients_label", "bold_italic", NOTES_SIZE, TA_LEFT),
        "recipient": style("recipient", "regular", RECIPIENTS_SIZE, TA_LEFT),
        "signer": style("signer", "bold"),
    }
