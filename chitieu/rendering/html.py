"""The report as one self-contained HTML page: styles inline, charts as inline SVG, nothing fetched.

The same page, with its print rules (``@page``), is what WeasyPrint turns into the PDF.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from html import escape
from importlib.resources import files

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


def render(report: Report) -> bytes:
    """The report as UTF-8 HTML."""
    return document(report).encode("utf-8")


def document(
    report: Report, *, final: bool = False, appendices: Sequence[Table | Chart] | None = None
) -> str:
    """The whole page as text; ``final``: the PDF's page (places to write printed as plain text).

    ``appendices``: those to write after the signature (by default all the report's): the PDF
    draws its long tables apart and asks for the body with none.
    """
    head = report.letterhead
    parts = [
        *_head(report),
        "<body>",
        '<article class="report">',
        letterhead(report),
        f'<h1 class="title">{escape(head.title)}<span class="subject">{escape(head.subject)}</span></h1>',
        '<div class="rule"></div>',
        f'<p class="window">{escape(report.window)}</p>',
        *(block(item, report.lang, final=final) for item in report.body),
    ]
    if report.footnotes:
        notes = "".join(f"<p>{escape(note)}</p>" for note in report.footnotes)
        parts.append(f'<div class="notes"><p>{escape(report.label("notes"))}</p>{notes}</div>')
    parts.append(signature(report))
    chosen = report.appendices if appendices is None else appendices
    parts += [appendix(item, report.lang) for item in chosen]
    parts += ["</article>", "</body>", "</html>", ""]
    return "\n".join(parts)


def appendix_document(report: Report, appendices: Sequence[Table | Chart], first_page: int) -> str:
    """Appendices alone, for the PDF: their pages numbered from ``first_page``, the first one too."""
    numbering = (
        f"@page :first {{ counter-reset: page {first_page}; @top-center {{ content: counter(page); }} }}"
    )
    parts = [
        *_head(report, numbering),
        "<body>",
        '<article class="report">',
        *(appendix(item, report.lang) for item in appendices),
        "</article>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)


def appendix(item: Table | Chart, lang: str) -> str:
    """An appendix on pages of its own, landscape when it is a wide table."""
    landscape = " landscape" if isinstance(item, Table) and item.landscape else ""
    return f'<section class="appendix{landscape}">{block(item, lang)}</section>'


def _head(report: Report, extra_css: str = "") -> list[str]:
    head = report.letterhead
    return [
        "<!DOCTYPE html>",
        f'<html lang="{escape(report.lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(head.title)} {escape(head.subject)}</title>",
        f'<meta name="author" content="{escape(head.agency)}">',
        *(
            f'<meta name="{escape(name)}" content="{escape(value)}">'
            for name, value in report.metadata.items()
        ),
        f"<style>\n{stylesheet('report.css')}{extra_css}</style>",
        f'<style media="screen">\n{stylesheet("screen.css")}</style>',
        "</head>",
    ]


@cache
def stylesheet(name: str) -> str:
    """report.css: the page and its print rules (all WeasyPrint reads); screen.css: browsers only."""
    return files("chitieu.rendering").joinpath(name).read_text(encoding="utf-8")


def letterhead(report: Report) -> str:
    head = report.letterhead
    return f"""<table class="letterhead">
<tr>
<td class="agency"><div class="governing-body">{_lines(head.governing_body)}</div>
<div class="agency-name">{_lines(head.agency)}</div><div class="rule"></div></td>
<td class="nation"><div class="national-title">{escape(head.national_title)}</div>
<div class="motto"><span>{escape(head.motto)}</span></div></td>
</tr>
<tr>
<td class="number">{escape(head.number)}</td>
<td class="date-line">{escape(report.date_line())}</td>
</tr>
</table>"""


def _lines(name: str) -> str:
    """A letterhead name on the lines :func:`~chitieu.rendering.report.header_lines` breaks it into."""
    return "<br>".join(escape(line) for line in header_lines(name))


def block(item: Block, lang: str, *, final: bool = False) -> str:
    """One heading, paragraph, list, table or chart."""
    if isinstance(item, Heading):
        level = min(max(item.level, 1), 3) + 1
        return f"<h{level}>{escape(item.text)}</h{level}>"
    if isinstance(item, Paragraph):
        if item.to_write and not final:
            return f'<p class="to-write">[{escape(item.draft())}]</p>'
        return f"<p>{escape(item.text)}</p>"
    if isinstance(item, BulletList):
        items = "".join(f"<li>- {escape(text)}</li>" for text in item.items)
        return f'<ul class="bullets">{items}</ul>'
    if isinstance(item, Chart):
        return f'<figure class="chart">{chart.svg(item, lang)}</figure>'
    return table(item)


def table(item: Table) -> str:
    total = sum(column.width for column in item.columns) or 1
    cols = "".join(f'<col style="width: {100 * c.width / total:.1f}%">' for c in item.columns)
    headers = "".join(f"<th>{escape(c.header)}</th>" for c in item.columns)
    rows = []
    for row in item.rows:
        cells = []
        for cell in row:
            classes = ("num " if cell.kind != CellKind.TEXT else "") + ("bold" if cell.bold else "")
            attribute = f' class="{classes.strip()}"' if classes else ""
            cells.append(f"<td{attribute}>{escape(cell.text)}</td>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    notes = "".join(f'<p class="table-note">{escape(note)}</p>' for note in item.footnotes)
    attached = f'<p class="attached-to">{escape(item.attached_to)}</p>' if item.attached_to else ""
    return (
        f'<div class="block"><p class="table-title">{escape(item.title)}</p>{attached}'
        f'<table class="data"><colgroup>{cols}</colgroup><thead><tr>{headers}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>{notes}</div>"
    )


def signature(report: Report) -> str:
    head = report.letterhead
    recipients = "".join(f"<li>- {escape(line)}</li>" for line in head.recipients)
    titles = "".join(f'<div class="signer-title">{escape(line)}</div>' for line in head.signer.title_lines())
    return f"""<table class="signature">
<tr>
<td class="recipients"><p class="recipients-label">{escape(report.label("recipients"))}</p>
<ul>{recipients}</ul></td>
<td class="signer">{titles}<div class="signature-space"></div>
<div class="signer-name">{escape(head.signer.name)}</div></td>
</tr>
</table>"""
