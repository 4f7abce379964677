"""The report a Sở's office would sign, read back from the files: each point a reader found wrong.

The agency's name broken inside a word, the "write here" boxes printed in the PDF, formula notes
twice, "đơn vị" for the Sở, a reduction read as "đạt 160% kế hoạch", "so với cùng kỳ" empty with
last year in the database, annexes without "Kèm theo Báo cáo số …", a signature block that can
split across pages, a 6-month report that opens "0/23 … chiếm 0,0%" with no line per indicator.
"""

from __future__ import annotations

import io
import re
import subprocess
from datetime import date

import pytest
from django.utils import timezone
from docx import Document
from docx.oxml.ns import qn

from chitieu.core.periods import parse_period
from chitieu.monitoring.scorecard import scorecard
from chitieu.orgunits.models import OrgUnit
from chitieu.rendering.renderers import RENDERERS
from chitieu.reporting.build import build_report

pytestmark = pytest.mark.django_db
ISSUED = date(2022, 12, 27)


def department(period: str, as_of: date | None = None, lang: str = "vi"):
    unit = OrgUnit.objects.get(code="SO-LDTBXH")
    return build_report(unit=unit, period=parse_period(period), lang=lang, as_of=as_of, issued_on=ISSUED)


def pdf_text(report, tmp_path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(RENDERERS["pdf"](report))
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def docx_of(report):
    return Document(io.BytesIO(RENDERERS["docx"](report)))


def docx_text(document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


@pytest.fixture
def year_2022(demo):
    return department("2022", date(2022, 12, 14))


def test_the_agency_name_is_broken_between_words_in_every_format(year_2022, tmp_path):
    lines = pdf_text(year_2022, tmp_path).splitlines()[:6]
    assert any(line.strip().startswith("THƯƠNG BINH VÀ XÃ HỘI") for line in lines), lines
    assert not any(line.rstrip().endswith("THƯƠNG") for line in lines), lines
    header = docx_of(year_2022).tables[0].rows[0].cells[0]
    assert [p.text for p in header.paragraphs] == [
        "ỦY BAN NHÂN DÂN",
        "THÀNH PHỐ HỒ CHÍ MINH",
        "SỞ LAO ĐỘNG -",
        "THƯƠNG BINH VÀ XÃ HỘI",
        "",  # the rule under the agency's name
    ]


def test_the_pdf_prints_no_write_here_box_the_docx_keeps_them_highlighted(year_2022, tmp_path):
    text = pdf_text(year_2022, tmp_path)
    assert "[" not in text and "nêu hạn chế" not in text and "Gợi ý từ số liệu" not in text
    assert "II. HẠN CHẾ, NGUYÊN NHÂN" in text  # the section is there, its draft as plain text
    document = docx_of(year_2022)
    drafts = [p for p in document.paragraphs if p.text.startswith("[Sở nêu")]
    assert len(drafts) == 2
    assert all(run.font.highlight_color is not None for p in drafts for run in p.runs)


def test_formula_notes_are_printed_once_under_the_annex(year_2022):
    text = docx_text(docx_of(year_2022))
    note = "(*) Tỷ lệ thất nghiệp khu vực thành thị:"
    assert text.count(note) == 1
    assert text.index(note) > text.index("Phụ lục 1.")


def test_the_report_names_the_so_not_a_unit(year_2022):
    text = docx_text(docx_of(year_2022))
    assert "Trong năm 2022, Sở đã hoàn thành 21/21 chương trình công tác" in text
    assert "đơn vị đã" not in text


def test_a_reduction_is_said_as_a_reduction(year_2022):
    text = docx_text(docx_of(year_2022))
    deaths = next(
        line for line in text.splitlines() if line.startswith("- Số vụ tai nạn lao động chết người")
    )
    assert re.search(r"giảm \d+ vụ so với số gốc \d+ vụ \(kế hoạch giảm \d+ vụ, còn \d+ vụ\)", deaths), deaths
    assert "kế hoạch năm" not in deaths and not re.search(r"đạt [\d,]+% kế hoạch[,;]", deaths)


def test_every_annex_says_which_report_it_is_attached_to(year_2022):
    document = docx_of(year_2022)
    titles = [p for p in document.paragraphs if p.text.startswith("Phụ lục")]
    attached = [p.text for p in document.paragraphs if p.text.startswith("(Kèm theo Báo cáo số")]
    assert len(attached) == len(titles) >= 2
    assert all(
        re.fullmatch(
            r"\(Kèm theo Báo cáo số\s+/BC-SLĐTBXH ngày 27 tháng 12 năm 2022 của "
            r"Sở Lao động - Thương binh và Xã hội\)",
            line,
        )
        for line in attached
    ), attached


def test_the_signature_block_never_splits_across_pages(year_2022):
    document = docx_of(year_2022)
    signature = next(t for t in document.tables if "Nơi nhận:" in t.rows[0].cells[0].text)
    row = signature.rows[0]._tr
    assert row.trPr is not None and row.trPr.find(qn("w:cantSplit")) is not None
    signer = signature.rows[0].cells[1].paragraphs
    assert all(p.paragraph_format.keep_with_next for p in signer[:-1])


def test_last_year_is_compared_with_when_it_is_in_the_database(demo):
    year = timezone.localdate().year
    report = department(str(year))
    annex = report.appendices[0]
    column = [c.header for c in annex.columns].index("So với cùng kỳ (%)")
    compared = [row[column].text for row in annex.rows if row[column].text]
    assert len(compared) >= len(annex.rows) // 2, compared
    card = scorecard(unit=OrgUnit.objects.get(code="SO-LDTBXH"), period=parse_period(str(year)))
    assert card.last_year  # the same figures the page reads


def test_a_six_month_report_says_where_each_target_stands(demo, tmp_path):
    year = timezone.localdate().year
    report = department(f"{year}S1")
    text = pdf_text(report, tmp_path)
    flat = " ".join(text.split())
    assert "chiếm 0,0%" not in flat
    card = scorecard(unit=OrgUnit.objects.get(code="SO-LDTBXH"), period=parse_period(f"{year}S1"))
    on_track, behind = card.pace_counts()
    assert (
        f"Trong 6 tháng đầu năm {year}, {card.counts.met_or_exceeded}/{card.counts.total} chỉ tiêu đã đạt "
        f"và vượt kế hoạch năm; {card.counts.in_progress} chỉ tiêu đang thực hiện, trong đó {on_track} chỉ "
        f"tiêu đúng tiến độ, {behind} chỉ tiêu chậm tiến độ" in flat
    )
    body = flat[: flat.index("II. HẠN CHẾ")]
    for line in card.lines:  # one line per indicator, with its figure
        assert f"- {line.indicator.name}: " in body, line.indicator.name
