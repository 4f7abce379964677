"""The demo department's scorecard reproduces every figure of the seed article."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command

from chitieu.core import periods
from chitieu.core.evaluation import Pace, Status, ValueKind
from chitieu.core.numbers import Rounding, format_number, format_percent
from chitieu.monitoring.models import DataValue
from chitieu.monitoring.scorecard import scorecard
from chitieu.orgunits.models import OrgUnit

pytestmark = pytest.mark.django_db
YEAR_END = date(2022, 12, 14)


def card_2022():
    return scorecard(unit=OrgUnit.objects.get(code="SO-LDTBXH"), period=periods.year(2022), as_of=YEAR_END)


def shown_percent(line) -> str:
    ind = line.indicator
    return format_percent(line.evaluation.percent_of_plan, ind.percent_decimals, Rounding(ind.rounding))


def by_code(card):
    return {line.indicator.code: line for line in card.lines}


def test_the_department_2022_summary_sentences_are_the_articles(demo):
    sentences = card_2022().sentences()
    assert "hoàn thành 21/21 chương trình công tác" in sentences
    assert "vượt kế hoạch 4/4 chỉ tiêu kinh tế - xã hội" in sentences
    assert "tham mưu trình UBND Thành phố đạt 18/18 nội dung (đạt 100% kế hoạch năm)" in sentences
    assert "tham mưu trình HĐND Thành phố ban hành 3 nghị quyết" in sentences
    assert "22/23 chỉ tiêu đạt và vượt kế hoạch, chiếm 95,7%" in sentences


def test_the_share_is_95_6_when_that_figure_truncates(demo):
    sentences = card_2022().sentences(share_rounding=Rounding.TRUNCATE)
    assert "22/23 chỉ tiêu đạt và vượt kế hoạch, chiếm 95,6%" in sentences


@pytest.mark.parametrize(
    ("code", "percent"),
    [
        ("XDD-01", "101,43%"),
        ("KTXH-03", "138,18%"),
        ("CM-01", "142,88%"),
        ("KTXH-04", "184,2%"),
        ("CM-02", "188,07%"),
        ("KTXH-01", "105,3%"),
        ("KTXH-02", "100,9%"),
    ],
)
def test_the_article_percentages_come_out_of_the_stored_results(demo, code, percent):
    line = by_code(card_2022())[code]
    assert shown_percent(line) == percent
    assert line.evaluation.status == Status.EXCEEDED


def test_71_of_70_party_members_and_1218_on_the_roll(demo):
    lines = by_code(card_2022())
    admitted = lines["XDD-01"]
    assert (admitted.evaluation.result.value, admitted.plan.target) == (Decimal(71), Decimal(70))
    on_roll = lines["XDD-02"].evaluation.result
    assert format_number(on_roll.value) == "1.218"


def test_jobs_exceed_the_annual_target_by_5_3_percent(demo):
    excess = by_code(card_2022())["KTXH-01"].evaluation.excess_percent
    assert format_number(excess, 1) == "5,3"


def test_counts_per_group_and_overall(demo):
    card = card_2022()
    counts = {group.code: c for group, c in card.group_counts()}
    assert (counts["KTXH"].exceeded, counts["KTXH"].total) == (4, 4)
    assert (card.counts.met_or_exceeded, card.counts.total) == (22, 23)
    assert card.counts.not_met == 1


def test_2023_is_half_way_with_estimates_and_pace(demo):
    card = scorecard(
        unit=OrgUnit.objects.get(code="SO-LDTBXH"), period=periods.year(2023), as_of=date(2023, 6, 20)
    )
    jobs = by_code(card)["KTXH-01"].evaluation
    assert jobs.status == Status.IN_PROGRESS
    assert jobs.result.kind == ValueKind.ESTIMATE
    assert jobs.pace == Pace.BEHIND  # 42% against a 45% milestone
    assert by_code(card)["KTXH-02"].evaluation.pace == Pace.ON_TRACK
    assert card.counts.in_progress == 23
    programs = next(c for c in card.work_items if c.kind == "program")
    assert programs.overdue == 1


def test_a_district_is_rolled_up_from_its_wards(demo):
    district = OrgUnit.objects.get(code="PLDTBXH-Q1")
    card = scorecard(unit=district, period=periods.year(2022), as_of=date(2022, 12, 31))
    jobs = by_code(card)["KTXH-01"].evaluation.result
    ward_values = DataValue.objects.filter(
        indicator__code="KTXH-01", unit__parent=district, period__id__startswith="2022M"
    ).values_list("value", flat=True)
    assert jobs.rolled_up
    assert jobs.value == sum(ward_values)


def test_the_poverty_rate_is_recomputed_from_summed_parts(demo):
    district = OrgUnit.objects.get(code="PLDTBXH-Q1")
    rate = by_code(scorecard(unit=district, period=periods.year(2022), as_of=date(2022, 12, 31)))[
        "GN-TL"
    ].evaluation.result
    december = DataValue.objects.filter(unit__parent=district, period_id="2022M12")
    poor = sum(december.filter(indicator__code="GN-SHN").values_list("value", flat=True))
    households = sum(december.filter(indicator__code="GN-TSH").values_list("value", flat=True))
    assert rate.value == poor / households * 100


def test_the_department_shows_the_districts_roll_up_beside_its_own_figure(demo):
    line = by_code(card_2022())["KTXH-01"]
    assert not line.evaluation.result.rolled_up
    assert line.children_result is not None
    assert line.children_result.value != line.evaluation.result.value


def test_a_scorecard_costs_a_fixed_number_of_queries(demo, django_assert_max_num_queries):
    unit = OrgUnit.objects.get(code="SO-LDTBXH")
    with django_assert_max_num_queries(8):
        card = scorecard(unit=unit, period=periods.year(2022), as_of=YEAR_END)
        card.sentences()
        card.group_counts()
    assert len(card.lines) == 23


def test_the_cli_prints_the_table_with_the_summary(demo):
    out = StringIO()
    call_command("scorecard", unit="SO-LDTBXH", year=2022, as_of=YEAR_END, stdout=out)
    text = out.getvalue()
    assert "Kết nạp đảng viên mới" in text and "101,43%" in text and "1.218" in text
    assert "22/23 chỉ tiêu đạt và vượt kế hoạch, chiếm 95,7%" in text


def test_the_cli_speaks_json_and_csv(demo):
    out = StringIO()
    call_command("scorecard", unit="SO-LDTBXH", year=2022, as_of=YEAR_END, format="json", stdout=out)
    data = json.loads(out.getvalue())
    assert data["counts"]["total"] == 23
    party = next(t for t in data["lines"] if t["indicator"] == "XDD-01")
    assert (party["target"], party["result"]["value"], party["percent_of_plan_shown"]) == (
        "70",
        "71",
        "101,43%",
    )
    out = StringIO()
    call_command("scorecard", unit="SO-LDTBXH", year=2022, as_of=YEAR_END, format="csv", stdout=out)
    rows = out.getvalue().splitlines()
    assert len(rows) == 24 and rows[0].startswith("Mã,Chỉ tiêu")


def test_the_cli_speaks_english(demo):
    out = StringIO()
    call_command("scorecard", unit="SO-LDTBXH", year=2022, as_of=YEAR_END, lang="en", stdout=out)
    assert "22/23 targets met or exceeded (95.7%)" in out.getvalue()


def test_the_cli_names_an_unknown_unit(demo):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="NOPE"):
        call_command("scorecard", unit="NOPE", year=2022)
