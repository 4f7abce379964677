"""The PDF's body drawn by ReportLab: read back as a reader of the signed PDF would check it."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import replace
from datetime import datetime

import pytest
from pypdf import PdfReader

from chitieu.rendering import pdf, pdf_body
from chitieu.rendering.fonts import report_fonts
from chitieu.rendering.report import BulletList, Heading, Paragraph
from tests.rendering.conftest import flat
from tests.rendering.samples import english_report, vietnamese_report


@pytest.fixture(scope="module")
def fonts():
    found = report_fonts()
    assert found is not None, "no report typeface installed (deploy/system-packages installs one)"
    return found


def read(report) -> PdfReader:
    return PdfReader(io.BytesIO(pdf.render(report)))


def outline_of(reader: PdfReader) -> list[tuple[int, str]]:
    """The bookmarks panel: (depth, title) in order."""
    found: list[tuple[int, str]] = []

    def walk(entries, depth):
        for entry in entries:
            if isinstance(entry, list):
                walk(entry, depth + 1)
            else:
                found.append((depth, entry.title))

    walk(reader.outline, 0)
    return found


def test_the_department_report_body_is_one_the_report_typeface_draws(fonts):
    assert pdf_body.drawable(vietnamese_report(), fonts)


def test_its_bookmarks_are_the_title_and_the_headings_at_their_levels():
    report = vietnamese_report()
    headings = [(item.level, item.text) for item in report.body if isinstance(item, Heading)]
    outline = outline_of(read(report))
    assert outline[0] == (0, "BÁO CÁO")
    assert outline[1:] == [(1 if level == 1 else 2 if level == 2 else 3, text) for level, text in headings]


def test_it_is_dated_the_day_it_is_written():
    created = read(vietnamese_report()).metadata.creation_date
    assert created is not None and created.date() == datetime.now(created.tzinfo).date()


def test_the_english_report_reads_in_order_with_its_notes_and_signer():
    report = english_report()
    text = flat(" ".join(page.extract_text() for page in read(report).pages))
    expected = [
        report.letterhead.national_title,
        report.letterhead.title,
        *(item.text for item in report.body if isinstance(item, Heading)),
        "Recipients:",
        report.letterhead.signer.name,
    ]
    positions = [text.find(flat(each)) for each in expected]
    assert -1 not in positions, list(zip(expected, positions, strict=True))
    assert positions == sorted(positions)


def test_letters_written_with_combining_accents_print_as_the_letters_they_are():
    decomposed = unicodedata.normalize("NFD", "Tỷ lệ hộ nghèo giảm còn 1,2%; người được trợ giúp tăng.")
    report = replace(vietnamese_report(), body=(Paragraph(decomposed),), appendices=())
    text = flat(read(report).pages[0].extract_text())
    assert unicodedata.normalize("NFC", decomposed) in unicodedata.normalize("NFC", text)


def test_a_letter_the_typeface_lacks_is_still_printed(fonts):
    report = replace(vietnamese_report(), body=(Paragraph("Đã kiểm tra: ✓ (dấu kiểm, U+2713)."),))
    assert not pdf_body.drawable(report, fonts)  # laid out by WeasyPrint, which takes it from another font
    assert "✓" in read(report).pages[0].extract_text()


def long_body() -> tuple:
    """Sections of varied length, so that headings and lead-in lines fall at every height of a page."""
    body: list = []
    for n in range(1, 41):
        body.append(Heading(f"{n}. Lĩnh vực số {n}", 2))
        body.append(Paragraph(f"Các chỉ tiêu của lĩnh vực số {n} như sau:"))
        items = tuple(f"Chỉ tiêu {n}.{k} đạt {90 + k}% kế hoạch năm." for k in range(n % 5 + 1))
        body.append(BulletList(items))
        body.append(Paragraph(" ".join(["Kết quả thực hiện trong năm được đánh giá đầy đủ."] * (n % 7 + 1))))
    return tuple(body)


def test_a_heading_or_a_lead_in_line_is_never_the_last_thing_on_a_page():
    report = replace(vietnamese_report(), body=long_body(), appendices=())
    pages = read(report).pages
    assert len(pages) > 5
    for number, page in enumerate(pages[:-1], start=1):
        lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        assert not lines[-1].startswith("Các chỉ tiêu của lĩnh vực"), (number, lines[-1])
        assert not (lines[-1].split(".")[0].isdigit() and "Lĩnh vực số" in lines[-1]), (number, lines[-1])
