"""Nhiệm kỳ: where a term target stands, the path, the forecast, and the year-end estimate."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from chitieu.core import evaluation as ev
from chitieu.core import terms as t

D = Decimal
TERM = t.TermSpan(2020, 2025)
FLOW = ev.Rule()  # increase, sum
STOCK = ev.Rule(time_aggregation=ev.TimeAggregation.LAST)
RATE_AT_MOST = ev.Rule(direction=ev.Direction.AT_MOST, time_aggregation=ev.TimeAggregation.LAST, is_rate=True)
RATE_AT_LEAST = ev.Rule(
    direction=ev.Direction.AT_LEAST, time_aggregation=ev.TimeAggregation.LAST, is_rate=True
)
ACCIDENTS = ev.Rule(direction=ev.Direction.DECREASE)  # a yearly flow to bring down


def years(*pairs: tuple[int, str], open_year: int | None = None) -> dict[int, t.YearFigure]:
    return {
        year: t.YearFigure(year, D(value), ev.ValueKind.ACTUAL, complete=year != open_year)
        for year, value in pairs
    }


def goal(rule: ev.Rule, target: str, baseline: str | None = None, **kwargs: object) -> t.TermGoal:
    measure = kwargs.pop("measure", t.measure_for(rule))
    plan = ev.Plan(D(target), baseline=D(baseline) if baseline else None)
    return t.TermGoal(rule=rule, measure=measure, plan=plan, **kwargs)  # type: ignore[arg-type]


# --- the span --------------------------------------------------------------------------------


def test_a_term_is_the_congress_year_then_its_years_of_implementation():
    assert list(TERM.years) == [2021, 2022, 2023, 2024, 2025]
    assert TERM.year_number(2023) == 3
    assert t.term_sentence(TERM, date(2023, 6, 20)) == "Năm 2023 là năm thứ ba thực hiện nhiệm kỳ 2020–2025"
    assert t.term_sentence(TERM, date(2023, 6, 20), "en") == "2023 is year 3 of 5 of the 2020–2025 term"
    assert t.term_sentence(TERM, date(2025, 1, 2)) == "Năm 2025 là năm thứ năm thực hiện nhiệm kỳ 2020–2025"
    assert t.term_sentence(TERM, date(2026, 3, 1)) == "Nhiệm kỳ 2020–2025 đã kết thúc"
    assert t.term_sentence(TERM, date(2020, 9, 1)) == "Nhiệm kỳ 2020–2025 chưa bắt đầu"


@pytest.mark.parametrize("text", ["2020-2025", "2020–2025", "2020 - 2025"])
def test_a_term_is_read_as_offices_write_it(text):
    assert t.parse_span(text) == TERM


@pytest.mark.parametrize("text", ["2020", "2025-2020", "20-25", "nhiệm kỳ"])
def test_a_term_that_cannot_be_is_refused(text):
    with pytest.raises(ValueError):
        t.parse_span(text)


def test_the_months_gone_count_from_the_first_year_of_implementation():
    assert TERM.months_gone(date(2020, 11, 1)) == 0
    assert TERM.months_gone(date(2021, 1, 31)) == 0
    assert TERM.months_gone(date(2023, 7, 1)) == 30
    assert TERM.months_gone(date(2027, 1, 1)) == 60


# --- a total over the term (flows) -----------------------------------------------------------


def test_a_total_adds_the_years_so_far_and_the_year_running():
    figures = years((2020, "250000"), (2021, "248500"), (2022, "315900"), (2023, "132300"), open_year=2023)
    standing = t.standing(goal(FLOW, "1500000"), TERM, figures, date(2023, 6, 20))
    assert standing.so_far is not None and standing.so_far.value == D(696700)  # the congress year not counted
    assert standing.now.percent_of_plan == D(696700) / D(1500000) * 100
    assert standing.status == ev.Status.IN_PROGRESS
    # the straight line: 29 of 60 months gone by 20/06/2023
    assert standing.expected == D(1500000) * D(29) / D(60)
    assert standing.pace == ev.Pace.BEHIND  # 696.700 < 725.000
    # the trend of the two whole years, kept for the three years left
    assert standing.forecast == D(564400) + D(282200) * 3
    assert standing.forecast_status == ev.Status.NOT_MET
    assert "282.200/năm" in standing.method_text.vi and "3 năm còn lại" in standing.method_text.vi
    assert standing.needed_per_year == (D(1500000) - D(564400)) / 3
    assert standing.remaining_years == 3


def test_milestones_set_the_path_when_given():
    figures = years((2021, "248500"), (2022, "315900"))
    with_path = goal(FLOW, "1500000", milestones={2021: D(270000), 2022: D(570000)})
    standing = t.standing(with_path, TERM, figures, date(2023, 2, 1))
    assert standing.expected == D(570000)  # the milestone of the last year ended
    assert standing.pace == ev.Pace.BEHIND  # 564.400 < 570.000


def test_a_total_reached_early_counts_as_exceeded_before_the_term_ends():
    figures = years((2021, "9000"), (2022, "9500"), (2023, "8000"))
    standing = t.standing(goal(FLOW, "25000"), TERM, figures, date(2024, 3, 1))
    assert standing.status == ev.Status.EXCEEDED
    assert t.count([standing]).met_or_exceeded == 1


def test_a_total_to_keep_down_is_on_track_while_under_the_path():
    keep_down = goal(ev.Rule(direction=ev.Direction.DECREASE), "500", "600", measure=t.TermMeasure.CUMULATIVE)
    figures = years((2021, "95"), (2022, "90"))
    standing = t.standing(keep_down, TERM, figures, date(2023, 1, 1))
    assert standing.expected == D(500) * D(24) / D(60)
    assert standing.pace == ev.Pace.ON_TRACK  # 185 ≤ 200


def test_no_forecast_of_a_total_before_a_whole_year():
    figures = years((2021, "120000"), open_year=2021)
    standing = t.standing(goal(FLOW, "1500000"), TERM, figures, date(2021, 7, 1))
    assert standing.forecast is None and standing.method == t.Method.NEEDS_YEARS
    assert standing.forecast_evaluation().status == ev.Status.NO_DATA


# --- a level at the end (stocks and rates) ---------------------------------------------------


def test_a_level_follows_the_path_from_the_baseline_and_its_trend():
    figures = years((2020, "1150"), (2021, "1166"), (2022, "1218"), (2023, "1234"), open_year=2023)
    standing = t.standing(goal(STOCK, "1300", "1150"), TERM, figures, date(2023, 6, 20))
    assert standing.so_far is not None and standing.so_far.value == D(1234)  # the latest, year still open
    assert standing.expected == D(1150) + D(150) * D(29) / D(60)
    assert standing.pace == ev.Pace.ON_TRACK  # 1.234 ≥ 1.222,5
    # least squares through (2020, 1150), (2021, 1166), (2022, 1218): slope 34
    assert standing.forecast == D(1314)
    assert standing.forecast_status == ev.Status.EXCEEDED
    assert "+34" in standing.method_text.vi
    assert standing.needed_per_year == (D(1300) - D(1218)) / 3


def test_a_level_starts_from_the_congress_year_without_a_baseline():
    figures = years((2020, "1150"), (2021, "1166"))
    standing = t.standing(goal(STOCK, "1300"), TERM, figures, date(2022, 1, 1))
    assert standing.expected == D(1150) + D(150) * D(12) / D(60)


def test_a_rate_to_keep_under_is_judged_on_the_latest_year():
    figures = years((2020, "4.6"), (2021, "4.9"), (2022, "3.5"))
    standing = t.standing(goal(RATE_AT_MOST, "4"), TERM, figures, date(2023, 2, 1))
    assert standing.status == ev.Status.MET  # 3,5 ≤ 4 already
    assert standing.pace == ev.Pace.ON_TRACK  # holding today
    assert standing.expected is None  # no path for a level to keep
    assert standing.now.difference_points == D("-0.5")


def test_a_rate_to_keep_above_is_behind_while_under_it():
    figures = years((2020, "84.5"), (2021, "85.2"), (2022, "86.5"))
    standing = t.standing(goal(RATE_AT_LEAST, "89"), TERM, figures, date(2023, 2, 1))
    assert standing.status == ev.Status.IN_PROGRESS
    assert standing.pace == ev.Pace.BEHIND
    assert standing.forecast is not None and standing.forecast > D(89)  # +1 a year
    assert standing.forecast_status == ev.Status.MET


def test_a_yearly_flow_judged_by_its_level_waits_for_the_year_to_close():
    figures = years((2020, "125"), (2021, "118"), (2022, "104"), (2023, "40"), open_year=2023)
    standing = t.standing(
        goal(ACCIDENTS, "100", "125", measure=t.TermMeasure.END), TERM, figures, date(2023, 6, 20)
    )
    assert standing.so_far is not None and standing.so_far.value == D(104)  # not the half year's 40
    assert standing.now.percent_of_plan == D(21) / D(25) * 100


def test_a_band_and_a_yes_no_target_are_judged_with_the_year_rules():
    band = t.TermGoal(
        rule=ev.Rule(direction=ev.Direction.BETWEEN, time_aggregation=ev.TimeAggregation.LAST),
        measure=t.TermMeasure.END,
        plan=ev.Plan(D(5), target_high=D(7)),
    )
    done = goal(ev.Rule(direction=ev.Direction.YES_NO, time_aggregation=ev.TimeAggregation.LAST), "1")
    over = date(2026, 2, 1)
    standings = [
        t.standing(band, TERM, years((2024, "6.2"), (2025, "7.4")), over),
        t.standing(done, TERM, years((2025, "1")), over),
    ]
    assert [s.status for s in standings] == [ev.Status.NOT_MET, ev.Status.MET]
    counts = t.count(standings)
    assert (counts.met_or_exceeded, counts.total) == (1, 2)


# --- missing years, units created mid-term, the end ------------------------------------------


def test_a_missing_year_is_named_and_the_trend_uses_the_years_there_are():
    figures = years((2021, "200"), (2023, "260"))
    standing = t.standing(goal(FLOW, "1200"), TERM, figures, date(2024, 1, 15))
    assert standing.years_missing == (2022, 2024)  # 2024 has begun without a figure
    assert standing.so_far is not None and standing.so_far.value == D(460)
    assert standing.forecast == D(460) + D(230) * 2  # two years after the last whole one


def test_a_unit_created_mid_term_is_judged_from_its_first_year():
    figures = years((2023, "300"), (2024, "340"))
    standing = t.standing(goal(FLOW, "1500"), TERM, figures, date(2025, 1, 10))
    assert standing.years_missing == (2021, 2022, 2025)
    assert standing.forecast == D(640) + D(320)
    assert standing.needed_per_year == D(860)


def test_no_figures_at_all_is_no_data_not_zero():
    standing = t.standing(goal(FLOW, "1500"), TERM, {}, date(2023, 6, 1))
    assert standing.status == ev.Status.NO_DATA and standing.so_far is None and standing.pace is None


def test_when_the_term_is_over_the_verdict_is_final():
    figures = years((2021, "280"), (2022, "290"), (2023, "300"), (2024, "310"), (2025, "300"))
    standing = t.standing(goal(FLOW, "1500"), TERM, figures, date(2026, 1, 20))
    assert standing.over
    assert standing.status == ev.Status.NOT_MET  # 1.480 < 1.500
    assert standing.forecast == D(1480) and standing.needed_per_year is None


# --- the year-end estimate ---------------------------------------------------------------------


def months(*values: str, start: int = 1) -> dict[int, Decimal]:
    return {m: D(v) for m, v in enumerate(values, start=start) if v}


def test_straight_line_carries_the_months_entered_to_twelve():
    made = t.estimate_year(FLOW, months("10", "12", "14", "16", "18", "20"), method=t.Method.STRAIGHT_LINE)
    assert made is not None and made.value == D(180) and made.method == t.Method.STRAIGHT_LINE
    assert made.result().kind == ev.ValueKind.ESTIMATE and made.result().complete
    assert "bình quân 6 tháng" in made.text.vi


def test_same_share_uses_last_years_months_when_last_year_is_whole():
    last_year = months(*(["10"] * 6 + ["20"] * 6))  # the first half made a third of the year
    made = t.estimate_year(FLOW, months("11", "11", "11", "11", "11", "11"), last_year)
    assert made is not None and made.method == t.Method.SAME_SHARE
    assert made.value == D(66) / (D(60) / D(180))
    assert "33,33%" in made.text.vi


def test_same_share_gives_way_to_straight_line_without_last_year_whole():
    last_year = months("10", "10", "10")
    made = t.estimate_year(FLOW, months("11", "11"), last_year)
    assert made is not None and made.method == t.Method.STRAIGHT_LINE and made.value == D(132)
    with pytest.raises(t.EstimateError):
        t.estimate_year(FLOW, months("11", "11"), last_year, t.Method.SAME_SHARE)


def test_months_missing_are_not_counted_as_zero():
    made = t.estimate_year(FLOW, {1: D(10), 2: D(10), 4: D(10)}, method=t.Method.STRAIGHT_LINE)
    assert made is not None and made.value == D(120) and made.months_used == (1, 2, 4)


def test_stocks_keep_their_latest_figure_and_averages_average():
    made = t.estimate_year(STOCK, months("1200", "1210", "", "1234"))
    assert made is not None and made.value == D(1234) and made.method == t.Method.LATEST
    average = t.estimate_year(ev.Rule(time_aggregation=ev.TimeAggregation.AVERAGE), months("3", "5"))
    assert average is not None and average.value == D(4)


def test_no_months_no_estimate_and_a_persons_estimate_is_said_as_such():
    assert t.estimate_year(FLOW, {}) is None
    entered = t.person_estimate(D(330000), "theo báo cáo nhanh của các quận")
    assert entered.method == t.Method.PERSON and "theo báo cáo nhanh" in entered.text.vi


def test_an_estimate_is_judged_and_labelled_as_one():
    made = t.estimate_year(FLOW, months("30000", "30000", "30000"), method=t.Method.STRAIGHT_LINE)
    assert made is not None
    evaluation = ev.evaluate(FLOW, ev.Plan(D(300000)), made.result())
    assert evaluation.status == ev.Status.EXCEEDED and evaluation.status_label() == "ước vượt"


def test_a_reduction_without_a_baseline_starts_from_the_congress_year():
    figures = years((2020, "125"), (2021, "118"), (2022, "104"))
    standing = t.standing(goal(ACCIDENTS, "100", measure=t.TermMeasure.END), TERM, figures, date(2023, 2, 1))
    assert standing.goal.plan.baseline == D(125)
    assert standing.now.percent_of_plan == D(21) / D(25) * 100
