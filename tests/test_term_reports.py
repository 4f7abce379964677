"""The reports of the term: the year report's closing section from next year's plan, the mid-December
report on year-end estimates, and the mid-term and end-of-term reviews — each file opened and read back,
every sentence passed through the claim checker."""

from __future__ import annotations

import io
import json
from datetime import date
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
from openpyxl import load_workbook
from pypdf import PdfReader

from chitieu.checker import check_text
from chitieu.core import terms as core_terms
from chitieu.core.periods import parse_period
from chitieu.monitoring.outlook import year_plan
from chitieu.monitoring.scorecard import scorecard
from chitieu.monitoring.terms import find_term, running_programmes, term_card
from chitieu.orgunits.models import OrgUnit
from chitieu.orgunits.services import create_unit
from chitieu.planning.models import Term
from chitieu.rendering.renderers import RENDERERS
from chitieu.rendering.report import BulletList, Heading, Paragraph
from chitieu.reporting.build import build_report
from chitieu.reporting.term_report import Stage, build_term_report
from tests.test_reports import docx_text, sentences, vietnamese_left

pytestmark = pytest.mark.django_db
MID_2023 = date(2023, 6, 20)
AFTER_TERM = date(2026, 1, 15)


def department() -> OrgUnit:
    return OrgUnit.objects.get(code="SO-LDTBXH")


def old_term() -> Term:
    return find_term(department(), core_terms.parse_span("2020-2025"))


def headings(report) -> list[str]:
    return [block.text for block in report.body if isinstance(block, Heading)]


def alarms(texts: list[str]) -> list[tuple[str, str]]:
    checked = check_text("\n".join(texts))
    return [(claim.printed.text, claim.quote) for claim in checked.claims if claim.verdict.alarm]


def client_of(username: str) -> Client:
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


# --- the year report ----------------------------------------------------------------------------


def test_the_year_report_closes_with_next_years_plan(demo):
    report = build_report(unit=department(), period=parse_period("2022"), as_of=date(2022, 12, 14))
    assert "III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM NĂM 2023" in headings(report)
    closing = report.body[
        [b.text if isinstance(b, Heading) else "" for b in report.body].index(
            "III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM NĂM 2023"
        ) :
    ]
    said = [b.text for b in closing if isinstance(b, Paragraph)]
    listed = [item for b in closing if isinstance(b, BulletList) for item in b.items]
    assert "Năm 2023 là năm thứ ba thực hiện nhiệm kỳ 2020–2025." in said
    plan = year_plan(department(), 2023)
    counts = running_programmes(department(), 2023)
    assert counts == {"project": 3, "programme": 8} == plan.programme_counts()
    assert "Triển khai 3 đề án, 8 chương trình:" in said
    assert "Giải quyết việc làm cho người lao động: 315.000 người;" in listed  # 2023's plan, not 2022's
    assert len([i for i in listed if i.startswith(("Chương trình số", "Đề án số"))]) == 11
    assert len(plan.targets) == 23 and all(
        row.indicator.display_name("vi") in " ".join(listed) for row in plan.targets
    )
    assert any(
        p.to_write for p in closing if isinstance(p, Paragraph)
    )  # the solutions are the unit's to write
    # and the year is set in its term, as the seed article closes
    assert sentences(report)[0] == (
        "Năm 2022 là năm thứ hai thực hiện nhiệm kỳ 2020–2025; triển khai 3 đề án, 8 chương trình thực hiện"
        " Nghị quyết."
    )
    assert alarms(sentences(report)) == []


def test_without_next_years_plan_the_report_says_so(demo):
    report = build_report(unit=department(), period=parse_period("2030"), as_of=date(2030, 12, 14))
    assert "III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM NĂM 2031" in headings(report)
    assert "Kế hoạch năm 2031 chưa được nhập vào hệ thống." in sentences(report)
    english = build_report(
        unit=department(), period=parse_period("2030"), as_of=date(2030, 12, 14), lang="en"
    )
    assert "III. PRIORITIES AND SOLUTIONS FOR 2031" in headings(english)


def test_a_unit_without_a_term_gets_no_term_sentence(demo):
    ward = OrgUnit.objects.get(code="Q1-BENNGHE")
    report = build_report(unit=ward, period=parse_period("2022"))
    assert not any("nhiệm kỳ" in text for text in sentences(report))


def test_a_quarter_report_keeps_its_directions_section(demo):
    report = build_report(unit=department(), period=parse_period("2023Q1"), as_of=date(2023, 4, 14))
    assert "III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI" in headings(report)


# --- the mid-December report --------------------------------------------------------------------


def test_the_report_on_estimates_counts_as_the_scorecard_and_says_ước(demo):
    unit, period = department(), parse_period("2023")
    card = scorecard(unit=unit, period=period, as_of=MID_2023, estimate=True)
    report = build_report(unit=unit, period=period, as_of=MID_2023, estimate=True)
    text = " ".join(sentences(report))
    counts = card.counts
    assert counts.in_progress == 0  # every open target judged on its estimate
    share = f"{counts.met_or_exceeded}/{counts.total} chỉ tiêu đạt và vượt kế hoạch"
    assert share in text
    assert "ước đạt" in text and "số ước thực hiện" in text
    assert alarms(sentences(report)) == []
    # the annex says which figures are estimates, and a whole year is not compared with part of one
    table = next(t for t in report.appendices if getattr(t, "sheet_name", "") == "Chỉ tiêu")
    notes = [row[-1].text for row in table.rows]
    assert all("ước thực hiện" in note for note in notes if note)
    assert all(row[7].text == "" for row in table.rows)
    plain = build_report(unit=unit, period=period, as_of=MID_2023)  # without: the targets under way
    assert "chỉ tiêu đang thực hiện" in " ".join(sentences(plain))
    assert share not in " ".join(sentences(plain))


def test_an_estimate_of_people_is_a_whole_number(demo):
    unit, period = department(), parse_period("2023")
    card = scorecard(unit=unit, period=period, as_of=MID_2023, estimate=True)
    for line in card.lines:
        result = line.evaluation.result
        if result is not None and line.estimate is not None and line.indicator.decimals == 0:
            assert result.value == result.value.to_integral_value(), line.indicator.code


# --- the term's reviews -------------------------------------------------------------------------


@pytest.mark.parametrize(("stage", "as_of"), [(Stage.MIDTERM, MID_2023), (Stage.FINAL, AFTER_TERM)])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_review_says_only_what_the_checker_finds_consistent(demo, stage, as_of, lang):
    report = build_term_report(term=old_term(), stage=stage, as_of=as_of, lang=lang)
    texts = sentences(report)
    assert alarms(texts) == []
    if lang == "en":
        assert vietnamese_left(texts) == []
        assert vietnamese_left([report.letterhead.subject]) == []


def test_the_midterm_review_in_word_has_the_form_the_term_and_each_target(demo):
    term = old_term()
    card = term_card(term, MID_2023)
    report = build_term_report(term=term, stage=Stage.MIDTERM, as_of=MID_2023, issued_on=date(2023, 7, 1))
    text = docx_text(RENDERERS["docx"](report))
    body = " ".join(text.split())
    for expected in [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "BÁO CÁO",
        "Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ Sở",
        "Thành phố Hồ Chí Minh, ngày 01 tháng 7 năm 2023",
        "Số liệu đến ngày 20/06/2023",
        "Năm 2023 là năm thứ ba thực hiện nhiệm kỳ 2020–2025",
        "triển khai 3 đề án, 8 chương trình",
        "III. NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN NHỮNG NĂM CÒN LẠI CỦA NHIỆM KỲ",
        "Phụ lục 1. Kết quả thực hiện các chỉ tiêu nhiệm kỳ 2020–2025",
        "Phụ lục 2. Các đề án, chương trình năm 2023",
    ]:
        assert expected in body, expected
    assert body.count("nhiệm kỳ 2020 - 2025, nhiệm kỳ 2020–2025") == 0  # the term said once in the subject
    for line in card.lines:
        assert line.indicator.display_name("vi") in body
        assert line.so_far_shown() in body and line.percent_shown() in body
    jobs = next(line for line in card.lines if line.indicator.code == "KTXH-01")
    needed = (
        f"Giải quyết việc làm cho người lao động: {jobs.shown(jobs.standing.needed_per_year)} người mỗi năm"
    )
    assert needed in body


def test_the_final_review_gives_the_whole_term_and_the_next_terms_targets(demo):
    term = old_term()
    card = term_card(term, AFTER_TERM)
    report = build_term_report(term=term, stage=Stage.FINAL, as_of=AFTER_TERM)
    texts = sentences(report)
    assert card.over
    share = card.counts
    assert (
        f"Kết quả cả nhiệm kỳ: {share.met_or_exceeded}/{share.total} chỉ tiêu đạt và vượt kế hoạch"
        in " ".join(texts)
    )
    assert "III. PHƯƠNG HƯỚNG NHIỆM KỲ 2025–2030" in headings(report)
    following = Term.objects.get(unit=department(), start_year=2025)
    assert len([t for t in texts if t.endswith(";")]) >= following.targets.count()
    assert not any("dự báo đến năm" in t for t in texts)  # nothing left to forecast


def test_the_review_as_pdf_and_spreadsheet_holds_the_same_figures(demo):
    term = old_term()
    card = term_card(term, MID_2023)
    report = build_term_report(term=term, stage=Stage.MIDTERM, as_of=MID_2023)
    pdf = PdfReader(io.BytesIO(RENDERERS["pdf"](report)))
    text = " ".join(" ".join(page.extract_text().split()) for page in pdf.pages)
    assert "Sơ kết giữa nhiệm kỳ" in text and "năm thứ ba" in text
    for line in card.lines:
        assert line.so_far_shown() in text
    book = load_workbook(io.BytesIO(RENDERERS["xlsx"](report)))
    rows = [[cell.value for cell in row] for row in book["Chỉ tiêu nhiệm kỳ"].iter_rows()]
    for line in card.lines:
        row = next(
            r for r in rows if isinstance(r[1], str) and r[1].startswith(line.indicator.display_name("vi"))
        )
        numbers = [Decimal(str(v)) for v in row if isinstance(v, (int, float, Decimal))]
        so_far = line.standing.so_far.value
        assert any(abs(n - so_far) < Decimal("0.01") for n in numbers), line.indicator.code
        assert Decimal(str(line.standing.goal.plan.target)) in numbers
    programmes = [[cell.value for cell in row] for row in book["Đề án, chương trình"].iter_rows()]
    assert sum(1 for r in programmes if r[1] in ("đề án", "chương trình")) == 11


# --- the skins ----------------------------------------------------------------------------------


def test_the_command_writes_a_review_and_refuses_a_term_that_is_not_one(demo, tmp_path):
    out = tmp_path / "tong-ket.docx"
    call_command(
        "report",
        unit="SO-LDTBXH",
        term="2020-2025",
        stage="final",
        format="docx",
        as_of=AFTER_TERM,
        out=str(out),
    )
    text = docx_text(out.read_bytes())
    assert "Tổng kết nhiệm kỳ thực hiện" in text and "PHƯƠNG HƯỚNG NHIỆM KỲ 2025–2030" in text
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="không có nhiệm kỳ 2015–2020"):
        call_command("report", unit="SO-LDTBXH", term="2015-2020", out=str(out))
    estimated = tmp_path / "uoc.docx"
    call_command(
        "report", unit="SO-LDTBXH", period="2023", as_of=MID_2023, estimate="auto", out=str(estimated)
    )
    assert "số ước thực hiện" in docx_text(estimated.read_bytes())


def test_the_api_gives_the_review_to_those_who_see_the_unit(demo):
    leader = client_of("lanhdao")
    answer = leader.get("/api/v1/reports/SO-LDTBXH/terms/2020-2025/midterm.xlsx?as_of=2023-06-20")
    assert answer.status_code == 200
    book = load_workbook(io.BytesIO(b"".join(answer.streaming_content)))
    assert "Chỉ tiêu nhiệm kỳ" in book.sheetnames
    ward = client_of("bennghe.baocao")
    assert ward.get("/api/v1/reports/SO-LDTBXH/terms/2020-2025/midterm.xlsx").status_code == 404
    assert leader.get("/api/v1/reports/SO-LDTBXH/terms/2015-2020/final.docx").status_code == 404
    estimated = leader.get("/api/v1/reports/SO-LDTBXH/2023.html?as_of=2023-06-20&estimate=auto")
    assert estimated.status_code == 200
    assert "số ước thực hiện" in b"".join(estimated.streaming_content).decode()
    assert leader.get("/api/v1/reports/SO-LDTBXH/2023.html?estimate=guess").status_code == 422


def test_the_term_page_links_to_its_reviews_and_they_download(demo):
    leader = client_of("lanhdao")
    page = leader.get("/u/SO-LDTBXH/term/2020-2025/?as_of=20/06/2023")
    assert b'id="reviews"' in page.content
    link = "/u/SO-LDTBXH/term/2020-2025/review/midterm.docx?as_of=20/06/2023"
    assert link.encode() in page.content.replace(b"&amp;", b"&")
    answer = leader.get(link)
    assert answer.status_code == 200
    assert "Sơ kết giữa nhiệm kỳ" in docx_text(answer.content)
    pending = leader.get("/u/SO-LDTBXH/term/2020-2025/review/final.pdf?as_of=15/01/2026")
    assert pending.status_code == 202  # a PDF is written by the worker
    assert client_of("bennghe.baocao").get(link).status_code == 404
    assert leader.get("/u/SO-LDTBXH/term/2020-2025/review/halfway.docx").status_code == 404


def test_the_dashboard_offers_the_year_on_its_estimates_while_the_year_is_open(demo):
    leader = client_of("lanhdao")
    page = leader.get("/u/SO-LDTBXH/2023/?as_of=20/06/2023").content.decode().replace("&amp;", "&")
    link = "/reports/SO-LDTBXH/2023.docx?as_of=20/06/2023&lang=vi&estimate=auto"
    assert link in page
    answer = leader.get(link)
    assert "số ước thực hiện" in docx_text(answer.content)
    closed = leader.get("/u/SO-LDTBXH/2022/?as_of=31/12/2022").content.decode()
    assert "estimate=auto" not in closed
    assert leader.get("/reports/SO-LDTBXH/2023.docx?estimate=guess").status_code == 400


def test_a_unit_created_mid_term_gets_a_review_of_what_it_has(demo):
    from chitieu.planning.services import set_term_target

    unit = create_unit(code="PHONG-MOI", name="Phòng mới", parent=department())
    term = Term.objects.create(
        unit=unit, start_year=2020, end_year=2025, resolution_name="Nghị quyết (minh họa)"
    )
    indicator = old_term().targets.first().indicator
    set_term_target(term=term, indicator=indicator, target=Decimal(1000))
    report = build_term_report(term=term, stage=Stage.MIDTERM, as_of=MID_2023)
    texts = sentences(report)
    assert any("chưa có số liệu" in t for t in texts)
    assert alarms(texts) == []
    assert json.dumps(report.metadata)
