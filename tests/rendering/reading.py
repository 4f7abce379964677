"""Reading rendered files back: the text of each format, in reading order."""

from __future__ import annotations

import io
import zipfile
from html.parser import HTMLParser

import docx
import openpyxl
from docx.table import Table
from docx.text.paragraph import Paragraph
from pypdf import PdfReader

from tests.rendering.conftest import flat


def open_docx(data: bytes):
    return docx.Document(io.BytesIO(data))


def paragraphs_in_order(document) -> list[Paragraph]:
    """Every paragraph of the body, those inside tables included, in reading order."""
    found = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                for cell in row.cells:
                    found += cell.paragraphs
        else:
            found.append(block)
    return found


def docx_text(document) -> str:
    return flat(" ".join(p.text for p in paragraphs_in_order(document)))


def pdf_text(data: bytes) -> str:
    return flat(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))


def text_positions(page) -> list[tuple[float, float, str]]:
    """(x, y) in points from the bottom-left corner of the page, and the text drawn there.

    pypdf gives positions of text in the page's own content; text inside a form (the SVG chart)
    comes with the form's coordinates, so use this on pages without a chart.
    """
    found = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((x, y, text))

    page.extract_text(visitor_text=visit)
    return found


def xlsx_text(data: bytes) -> str:
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    values = []
    for sheet in workbook:
        values.append(sheet.title)
        for row in sheet.iter_rows(values_only=True):
            values += [str(value) for value in row if value is not None]
    return flat(" ".join(values))


def xlsx_parts(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {
            name: archive.read(name).decode("utf-8") for name in archive.namelist() if name.endswith(".xml")
        }


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "title", "script"):
            self.skipping += 1

    def handle_endtag(self, tag):
        if tag in ("style", "title", "script"):
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_text(data: bytes) -> str:
    parser = _TextParser()
    parser.feed(data.decode("utf-8"))
    return flat(" ".join(parser.parts))


def text_of(format_name: str, data: bytes) -> str:
    if format_name == "docx":
        return docx_text(open_docx(data))
    if format_name == "pdf":
        return pdf_text(data)
    if format_name == "xlsx":
        return xlsx_text(data)
    return html_text(data)
