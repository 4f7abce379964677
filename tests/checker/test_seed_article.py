"""The model user story: the Sở LĐTBXH TP.HCM article (DESIGN.md) read end to end."""

from __future__ import annotations

from pathlib import Path

import pytest

from chitieu.checker import CheckReport, Verdict, check_text

ARTICLE = (Path(__file__).parent / "seed_article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def report() -> CheckReport:
    return check_text(ARTICLE)


def verdicts(report: CheckReport) -> dict[str, Verdict]:
    return {claim.printed.text: claim.verdict for claim in report.claims}


@pytest.mark.parametrize(
    ("figure", "verdict"),
    [
        ("101,43%", Verdict.CONSISTENT),  # 71/70
        ("95,6%", Verdict.CONSISTENT_BY_TRUNCATION),  # 22/23 = 95,652…
        ("100%", Verdict.CONSISTENT),  # 18/18
        ("38,18%", Verdict.AMBIGUOUS),
        ("42,88%", Verdict.AMBIGUOUS),
        ("184,2%", Verdict.NOT_CHECKABLE),
        ("188,07%", Verdict.NOT_CHECKABLE),
        ("5,3%", Verdict.NOT_CHECKABLE),
        ("100,9%", Verdict.NOT_CHECKABLE),
    ],
)
def test_it_judges_every_claim_of_the_article(report: CheckReport, figure: str, verdict: Verdict) -> None:
    assert verdicts(report)[figure] == verdict


def test_it_reports_22_of_23_as_truncation(report: CheckReport) -> None:
    claim = next(c for c in report.claims if c.printed.text == "95,6%")
    assert claim.verdict == Verdict.CONSISTENT_BY_TRUNCATION
    assert claim.recomputation is not None
    assert str(claim.recomputation.value).startswith("95.652")
    assert "95,7%" in claim.explanation("vi")
    assert "truncation" in claim.explanation("en")


def test_it_raises_no_false_alarm_on_the_article(report: CheckReport) -> None:
    assert not [c for c in report.claims if c.verdict.alarm]


def test_it_finds_every_checkable_claim_of_the_article(report: CheckReport) -> None:
    checked = {c.printed.text for c in report.claims if c.verdict.checked}
    assert checked == {"101,43%", "95,6%", "100%"}


def test_it_reads_no_date_as_a_fraction(report: CheckReport) -> None:
    figures = {n.text for c in report.claims for n in c.numbers}
    assert not figures & {"27", "12", "25", "2", "2024"}
    # "Sáng 27/12", "ngày 25 tháng 2 năm 2024", "lần thứ 12", "2020 - 2025" are not figures
    assert report.coverage.numbers == 25


def test_it_reports_coverage(report: CheckReport) -> None:
    coverage = report.coverage
    assert coverage.sentences >= 15
    assert coverage.claims_recognised == 9
    assert coverage.claims_checked == 3


def test_its_spans_point_into_the_original_text(report: CheckReport) -> None:
    for claim in report.claims:
        assert ARTICLE[claim.start : claim.end] == claim.quote
        for number in claim.numbers:
            assert ARTICLE[number.start : number.end] == number.text


def test_it_names_what_the_party_members_claim_counts(report: CheckReport) -> None:
    claim = next(c for c in report.claims if c.printed.text == "101,43%")
    assert claim.noun == "đảng viên"
    assert [(n.role.value, n.text) for n in claim.numbers] == [
        ("part", "71"),
        ("total", "70"),
        ("share", "101,43%"),
    ]
