"""The figures of a written report, compared with what the unit's data holds."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from chitieu.checker import ClaimNumber, FigureKind, Qualifier, Role, check_text
from chitieu.checker.matching import (
    DataCheck,
    DataMatch,
    DataVerdict,
    Fact,
    FactKind,
    compare_number,
    compare_with_data,
    name_score,
)
from chitieu.core.periods import PeriodError
from chitieu.core.text import Bilingual
from chitieu.orgunits.models import OrgUnit
from chitieu.verification.checks import check_report

ARTICLE = (Path(__file__).parent / "checker" / "seed_article.txt").read_text(encoding="utf-8")
TODAY = date(2024, 2, 25)  # the day the article was published

pytestmark = pytest.mark.django_db


def checked(text: str, period: str = "2022", unit: str = "SO-LDTBXH") -> DataCheck:
    return check_report(text, unit=OrgUnit.objects.get(code=unit), period_id=period, today=TODAY)


def the_match(check: DataCheck, quote_start: str) -> DataMatch:
    found = [m for m in check.matches if m.statement.quote.startswith(quote_start)]
    assert len(found) == 1, [m.statement.quote for m in check.matches]
    return found[0]


def stored(match: DataMatch) -> dict[str, Decimal | None]:
    return {c.figure: c.stored for c in match.comparisons}


# --- the seed article against the demo department ---------------------------------------------


@pytest.fixture(scope="module")
def article(demo, django_db_blocker) -> DataCheck:
    with django_db_blocker.unblock():
        return checked(ARTICLE)


def test_all_21_programmes_done_agree_with_the_work_items(article):
    programmes = [m for m in article.matches if m.statement.quote == "21/21 chương trình công tác"]
    assert len(programmes) == 2  # the headline and the body
    for match in programmes:
        assert match.verdict == DataVerdict.AGREE
        assert match.fact is not None and match.fact.key == "program"
        assert stored(match) == {"done": 21, "total": 21}


def test_18_of_18_submissions_agree_with_the_work_items(article):
    match = the_match(article, "18/18 nội dung")
    assert match.verdict == DataVerdict.AGREE
    assert match.fact is not None and match.fact.key == "submission"
    assert stored(match) == {"done": 18, "total": 18, "share": 100}


def test_71_of_70_party_members_agree_with_the_indicator(article):
    match = the_match(article, "71/70 đảng viên")
    assert match.verdict == DataVerdict.AGREE
    assert match.fact is not None and match.fact.key == "XDD-01"
    assert stored(match)["actual"] == 71 and stored(match)["plan"] == 70
    assert match.explanation("vi") == (
        "Khớp số liệu của chỉ tiêu “Kết nạp đảng viên mới” (XDD-01): "
        "thực hiện 71, kế hoạch 70, % kế hoạch 101,43%."
    )


def test_22_of_23_targets_agree_and_the_share_is_named_as_truncated(article):
    match = the_match(article, "22/23 chỉ tiêu")
    assert match.verdict == DataVerdict.AGREE
    assert match.fact is not None and match.fact.key == "all"
    assert stored(match)["met_or_exceeded"] == 22 and stored(match)["total"] == 23
    share = next(c for c in match.comparisons if c.figure == "share")
    assert share.by_truncation
    assert "95,6% là làm tròn xuống; làm tròn thông thường: 95,7%" in match.explanation("vi")
    assert "95,6% is truncated; rounded: 95.7%" in match.explanation("en")


def test_4_of_4_socio_economic_targets_exceeded_agree_with_their_group(article):
    match = the_match(article, "4/4 chỉ tiêu kinh tế")
    assert match.verdict == DataVerdict.AGREE
    assert match.fact is not None and match.fact.key == "KTXH"
    assert stored(match) == {"exceeded": 4, "total": 4}


@pytest.mark.parametrize(
    ("quote", "code"),
    [
        ("tăng 38,18% kế hoạch", "KTXH-03"),
        ("tăng 42,88% kế hoạch", "CM-01"),
        ("đạt 184,2% kế hoạch", "KTXH-04"),
        ("đạt 188,07% kế hoạch", "CM-02"),
        ("vượt 5,3% so với chỉ tiêu", "KTXH-01"),
        ("đạt 100,9% kế hoạch", "KTXH-02"),
        ("1.218 đồng chí", "XDD-02"),
    ],
)
def test_each_percentage_of_plan_is_matched_to_its_indicator_by_name(article, quote, code):
    match = the_match(article, quote)
    assert match.verdict == DataVerdict.AGREE
    assert match.fact is not None and match.fact.key == code


def test_the_three_resolutions_agree(article):
    match = the_match(article, "3 Nghị quyết")
    assert match.verdict == DataVerdict.AGREE
    assert stored(match) == {"done": 3}


def test_nothing_in_the_article_differs_from_the_data(article):
    assert article.summary()["disagree"] == 0
    assert article.summary()["agree"] == 14


def test_the_plans_for_2023_are_not_compared_with_2022(article):
    match = the_match(article, "8 chương trình")
    assert match.verdict == DataVerdict.OTHER_PERIOD
    assert "2023" in match.explanation("vi")


def test_the_scope_says_whose_data_and_as_of_when(article):
    assert article.scope is not None
    assert (article.scope.unit_code, article.scope.period_id) == ("SO-LDTBXH", "2022")
    assert article.scope.as_of == date(2022, 12, 14)  # the close of the year's cut-off window


# --- slips and refusals to guess --------------------------------------------------------------


def test_a_slipped_party_member_count_disagrees_and_says_what_the_data_holds(demo):
    check = checked("Trong năm đã kết nạp được 72/70 đảng viên, đạt tỷ lệ 101,43% chỉ tiêu năm.")
    match = the_match(check, "72/70 đảng viên")
    assert match.verdict == DataVerdict.DISAGREE
    assert "văn bản ghi 72 (thực hiện), số liệu ghi 71" in match.explanation("vi")
    assert "the text says 72 (result), the data says 71" in match.explanation("en")
    assert "Khớp: kế hoạch 70" in match.explanation("vi")


def test_a_slipped_programme_count_disagrees(demo):
    check = checked("Năm 2022, Sở hoàn thành 20/21 chương trình công tác.")
    match = the_match(check, "20/21 chương trình")
    assert match.verdict == DataVerdict.DISAGREE
    assert "văn bản ghi 20 (hoàn thành), số liệu ghi 21" in match.explanation("vi")


def test_a_wrong_percentage_of_plan_disagrees(demo):
    check = checked("Giải quyết việc làm cho người lao động đạt 103,5% kế hoạch năm.")
    match = the_match(check, "đạt 103,5% kế hoạch")
    assert match.verdict == DataVerdict.DISAGREE
    assert match.fact is not None and match.fact.key == "KTXH-01"
    assert "số liệu ghi 105,3%" in match.explanation("vi")


def test_a_claim_naming_no_indicator_is_not_matched(demo):
    check = checked("Công tác tuyên truyền được đổi mới, đạt 120% kế hoạch năm.")
    match = the_match(check, "đạt 120% kế hoạch")
    assert match.verdict == DataVerdict.NO_MATCH
    assert match.fact is None


def test_a_claim_naming_two_indicators_is_not_matched_to_either(demo):
    check = checked("Giảm hộ nghèo và hộ cận nghèo đạt 186% kế hoạch năm.")
    match = the_match(check, "đạt 186% kế hoạch")
    assert match.verdict == DataVerdict.NO_MATCH
    assert {fact.key for fact in match.candidates} >= {"KTXH-04", "CM-02"}
    assert "có thể là" in match.explanation("vi")


def test_a_count_in_another_unit_of_measure_is_never_matched_to_the_indicator(demo):
    check = checked("Trong năm đã kết nạp được 71 hộ.")
    assert all(m.fact is None or m.fact.key != "XDD-01" for m in check.matches)


def test_a_half_year_report_is_compared_with_the_figures_known_at_its_cut_off(demo):
    check = checked("6 tháng đầu năm 2023, Sở hoàn thành 1/8 chương trình công tác.", period="2023S1")
    assert check.scope is not None and check.scope.as_of == date(2023, 6, 14)
    match = the_match(check, "1/8 chương trình")
    assert match.verdict == DataVerdict.AGREE


def test_without_a_unit_only_the_text_is_checked(demo):
    check = check_report(ARTICLE, unit=None, period_id=None, today=TODAY)
    assert check.scope is None and check.matches == []
    assert check.to_dict()["data"] is None
    assert len(check.report.claims) == 9


def test_a_period_that_does_not_exist_is_refused(demo):
    with pytest.raises(PeriodError):
        checked("Hoàn thành 21/21 chương trình công tác.", period="2022Q5")


def test_the_json_holds_the_claims_the_coverage_and_the_matches(demo):
    data = checked(ARTICLE).to_dict()
    assert set(data) == {"claims", "coverage", "data"}
    assert data["data"]["unit"] == "SO-LDTBXH"
    first = data["data"]["matches"][0]
    assert first["verdict"] == "agree"
    assert first["fact"]["key"] == "program"
    assert set(first["explanation"]) == {"vi", "en"}


# --- the pure parts -----------------------------------------------------------------------------


def number(text: str, value: str, decimals: int, kind: FigureKind, qualifier: Qualifier | None = None):
    return ClaimNumber(Role.ACTUAL, text, 0, len(text), Decimal(value), decimals, kind, "", qualifier)


@pytest.mark.parametrize(
    ("printed", "stored", "agrees", "by_truncation"),
    [
        (number("95,7%", "95.7", 1, FigureKind.PERCENT), "95.652173913", True, False),
        (number("95,6%", "95.6", 1, FigureKind.PERCENT), "95.652173913", True, True),
        (number("95,5%", "95.5", 1, FigureKind.PERCENT), "95.652173913", False, False),
        (number("1.218", "1218", 0, FigureKind.COUNT), "1218", True, False),
        (number("1.219", "1219", 0, FigureKind.COUNT), "1218", False, False),
        (number("hơn 1.200", "1200", 0, FigureKind.COUNT, Qualifier.ABOVE), "1218", True, False),
    ],
)
def test_a_printed_number_agrees_with_the_stored_one_when_it_rounds_to_it(
    printed, stored, agrees, by_truncation
):
    assert compare_number(printed, Decimal(stored)) == (agrees, by_truncation)


def test_an_amount_in_billions_is_compared_in_the_indicators_unit():
    printed = number("12,5 tỷ", "12500000000", 1, FigureKind.AMOUNT)
    assert compare_number(printed, Decimal("12.4987"), "tỷ đồng") == (True, False)
    assert compare_number(printed, Decimal("12.4"), "tỷ đồng") == (False, False)


def test_a_name_scores_by_its_words_and_word_pairs():
    assert name_score("Giảm hộ nghèo (số hộ thoát nghèo)", "thực hiện giảm hộ nghèo đạt") == 1.0
    assert name_score("Giảm hộ cận nghèo (số hộ thoát cận nghèo)", "thực hiện giảm hộ nghèo đạt") < 0.7
    assert name_score("Tạo việc làm mới", "công tác tuyên truyền") == 0.0


def test_a_stored_amount_is_written_in_the_scale_the_text_uses():
    revenue = Fact(
        kind=FactKind.INDICATOR,
        key="NS-01",
        name=Bilingual("indicator “Budget revenue” (NS-01)", "chỉ tiêu “Thu ngân sách” (NS-01)"),
        names=("Thu ngân sách",),
        figures={"actual": Decimal("264707.4")},
        unit_of_measure="tỷ đồng",
    )
    text = "Thu ngân sách đạt 264.000 tỷ đồng."
    [match] = compare_with_data(text, check_text(text), [revenue], 2022)
    assert match.verdict == DataVerdict.DISAGREE
    assert "văn bản ghi 264.000 tỷ (thực hiện), số liệu ghi 264.707 tỷ" in match.explanation("vi")
