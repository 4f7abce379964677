from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chitieu.core.evaluation import (
    AtMostFormula,
    Direction,
    Evaluation,
    Observation,
    Pace,
    Plan,
    Result,
    Rule,
    Status,
    TimeAggregation,
    UnitAggregation,
    ValueKind,
    choose_result,
    count_statuses,
    evaluate,
    period_result,
    roll_up,
    roll_up_ratio,
    summarise,
)
from chitieu.core.periods import CALENDAR, parse_period

D = Decimal


def final(value: str | int, kind: ValueKind = ValueKind.ACTUAL) -> Result:
    return Result(value=D(value), kind=kind)


def ev(direction: Direction, target, actual, **kwargs) -> Evaluation:
    plan_keys = {"target_high", "baseline", "milestones"}
    plan = Plan(
        target=None if target is None else D(target), **{k: v for k, v in kwargs.items() if k in plan_keys}
    )
    rule = Rule(direction=direction, **{k: v for k, v in kwargs.items() if k not in plan_keys})
    return evaluate(rule, plan, final(actual))


# --- the article's figures ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("target", "actual", "percent", "decimals"),
    [
        (70, 71, "101.43", 2),  # kết nạp 71/70 đảng viên, đạt 101,43%
        (55000, 76000, "138.18", 2),  # tăng 38,18% kế hoạch năm
        (25000, 35720, "142.88", 2),
        (5000, 9210, "184.2", 1),  # giảm hộ nghèo đạt 184,2%
        (3000, 5642, "188.07", 2),
        (300000, 315900, "105.3", 1),  # vượt 5,3% so với chỉ tiêu năm
        (140000, 141260, "100.9", 1),
    ],
)
def test_it_reproduces_the_article_percentages(target, actual, percent, decimals):
    result = ev(Direction.INCREASE, target, actual)
    assert result.status == Status.EXCEEDED
    assert result.percent_of_plan.quantize(D(1).scaleb(-decimals)) == D(percent)


def test_the_excess_is_the_percent_of_plan_minus_one_hundred():
    assert ev(Direction.INCREASE, 300000, 315900).excess_percent == D("5.3")


# --- status boundaries per direction --------------------------------------------------------


@pytest.mark.parametrize(
    ("direction", "target", "actual", "extra", "status", "percent"),
    [
        (Direction.INCREASE, 100, 100, {}, Status.MET, "100"),
        (Direction.INCREASE, 100, 101, {}, Status.EXCEEDED, "101"),
        (Direction.INCREASE, 100, 99, {}, Status.NOT_MET, "99"),
        (Direction.INCREASE, 100, "99.99", {}, Status.NOT_MET, "99.99"),
        (Direction.INCREASE, 100, "100.01", {}, Status.EXCEEDED, "100.01"),
        (Direction.INCREASE, 100, 98, {"tolerance": D(2)}, Status.MET, "98"),
        (Direction.INCREASE, 100, "97.99", {"tolerance": D(2)}, Status.NOT_MET, "97.99"),
        (Direction.INCREASE, 100, 0, {}, Status.NOT_MET, "0"),
        (Direction.DECREASE, 4000, 4000, {"baseline": D(5000)}, Status.MET, "100"),
        (Direction.DECREASE, 4000, 3999, {"baseline": D(5000)}, Status.EXCEEDED, "100.1"),
        (Direction.DECREASE, 4000, 4001, {"baseline": D(5000)}, Status.NOT_MET, "99.9"),
        (Direction.DECREASE, 4000, 5500, {"baseline": D(5000)}, Status.NOT_MET, "-50"),
        (Direction.AT_LEAST, "99.7", "99.7", {}, Status.MET, "100"),
        (Direction.AT_LEAST, "99.7", "99.8", {}, Status.MET, None),
        (Direction.AT_LEAST, "99.7", "99.6", {}, Status.NOT_MET, None),
        (Direction.AT_MOST, 3, 3, {}, Status.MET, "100"),
        (Direction.AT_MOST, 3, "2.5", {}, Status.MET, "120"),
        (Direction.AT_MOST, 3, 4, {}, Status.NOT_MET, "75"),
        (Direction.AT_MOST, 3, "2.5", {"at_most_formula": AtMostFormula.COMPLEMENT}, Status.MET, None),
        (Direction.AT_MOST, 4, 5, {"at_most_formula": AtMostFormula.COMPLEMENT}, Status.NOT_MET, "75"),
        (Direction.AT_MOST, 3, 0, {}, Status.MET, "none"),
        (Direction.BETWEEN, 7, 7, {"target_high": D("7.5")}, Status.MET, "100"),
        (Direction.BETWEEN, 7, "7.5", {"target_high": D("7.5")}, Status.MET, "100"),
        (Direction.BETWEEN, 7, "7.2", {"target_high": D("7.5")}, Status.MET, "100"),
        (Direction.BETWEEN, 7, "6.3", {"target_high": D("7.5")}, Status.NOT_MET, "90"),
        (Direction.BETWEEN, 7, "8", {"target_high": D("7.5")}, Status.NOT_MET, "93.75"),
        (Direction.YES_NO, 1, 1, {}, Status.MET, "100"),
        (Direction.YES_NO, 1, 0, {}, Status.NOT_MET, "0"),
    ],
)
def test_status_boundaries(direction, target, actual, extra, status, percent):
    result = ev(direction, target, actual, **extra)
    assert result.status == status
    if percent == "none":
        assert result.percent_of_plan is None
    elif percent is not None:
        assert result.percent_of_plan == D(percent)


def test_keeping_a_level_is_met_never_exceeded():
    assert ev(Direction.AT_LEAST, 90, 99).status == Status.MET
    assert ev(Direction.AT_MOST, 3, 1).status == Status.MET


@pytest.mark.parametrize(
    ("direction", "target", "actual", "extra", "reason"),
    [
        (Direction.INCREASE, 0, 10, {}, "zero_target"),
        (Direction.INCREASE, None, 10, {}, "no_target"),
        (Direction.DECREASE, 4000, 3000, {}, "no_baseline"),
        (Direction.DECREASE, 4000, 3000, {"baseline": D(4000)}, "baseline_equals_target"),
        (Direction.BETWEEN, 7, 7, {}, "no_band"),
    ],
)
def test_an_impossible_ratio_is_reported_not_raised(direction, target, actual, extra, reason):
    result = ev(direction, target, actual, **extra)
    assert result.status == Status.NOT_EVALUABLE
    assert result.reason == reason
    assert result.percent_of_plan is None


def test_missing_is_not_zero():
    result = evaluate(Rule(), Plan(target=D(100)), None)
    assert result.status == Status.NO_DATA
    assert result.status.label() == "chưa có số liệu"


def test_rates_also_report_the_difference_in_points():
    result = ev(Direction.AT_LEAST, 80, "81.41", is_rate=True)
    assert result.difference_points == D("1.41")
    assert ev(Direction.INCREASE, 80, "81.41").difference_points is None


def test_every_formula_is_written_out_in_both_languages():
    for direction in Direction:
        rule = Rule(direction=direction)
        assert rule.formula("vi") and rule.formula("en")
        assert rule.formula("vi") != rule.formula("en")
    assert "2 −" in Rule(direction=Direction.AT_MOST, at_most_formula=AtMostFormula.COMPLEMENT).formula()


# --- value kinds ----------------------------------------------------------------------------


def obs(period_id: str, value, kind=ValueKind.ACTUAL) -> Observation:
    return Observation(parse_period(period_id), D(value), kind)


def test_the_firmest_kind_of_a_period_wins():
    summary = summarise(
        [obs("2022M01", 10, ValueKind.ESTIMATE), obs("2022M01", 12, ValueKind.OFFICIAL), obs("2022M01", 11)]
    )
    assert summary.total == D(12)
    assert summary.weakest_kind == ValueKind.OFFICIAL


def test_a_total_with_an_estimated_month_is_an_estimate():
    year = parse_period("2022")
    observations = [obs(f"2022M{m:02d}", 10) for m in range(1, 12)] + [obs("2022M12", 10, ValueKind.ESTIMATE)]
    result = period_result(year, observations, TimeAggregation.SUM)
    assert result.value == D(120)
    assert result.kind == ValueKind.ESTIMATE
    evaluation = evaluate(Rule(), Plan(target=D(110)), result)
    assert evaluation.status == Status.EXCEEDED
    assert evaluation.status_label() == "ước vượt"
    assert evaluation.status_label("en") == "exceeded (estimate)"


def test_an_official_year_figure_beats_months_of_actuals():
    year = parse_period("2022")
    months = [obs(f"2022M{m:02d}", 10) for m in range(1, 13)]
    official = obs("2022", 125, ValueKind.OFFICIAL)
    assert period_result(year, [*months, official], TimeAggregation.SUM).value == D(125)


def test_complete_months_of_actuals_beat_a_year_estimate():
    year = parse_period("2022")
    months = [obs(f"2022M{m:02d}", 10) for m in range(1, 13)]
    estimate = obs("2022", 125, ValueKind.ESTIMATE)
    result = period_result(year, [*months, estimate], TimeAggregation.SUM)
    assert (result.value, result.kind) == (D(120), ValueKind.ACTUAL)


def test_a_year_estimate_beats_half_a_year_of_actuals():
    direct = Result(D(250), ValueKind.ESTIMATE)
    partial = Result(D(120), ValueKind.ACTUAL, complete=False)
    assert choose_result(direct, partial) is direct


@pytest.mark.parametrize(
    ("aggregation", "expected"),
    [
        (TimeAggregation.SUM, D(60)),
        (TimeAggregation.LAST, D(30)),
        (TimeAggregation.AVERAGE, D(20)),
        (TimeAggregation.MAX, D(30)),
        (TimeAggregation.MIN, D(10)),
    ],
)
def test_time_aggregations(aggregation, expected):
    observations = [obs("2022M03", 30), obs("2022M01", 10), obs("2022M02", 20)]
    result = period_result(parse_period("2022Q1"), observations, aggregation)
    assert result.value == expected


def test_values_after_the_as_of_date_are_not_yet_known():
    observations = [obs(f"2022M{m:02d}", 10) for m in range(1, 13)]
    result = period_result(parse_period("2022"), observations, TimeAggregation.SUM, as_of=date(2022, 6, 20))
    assert result.value == D(60)
    assert not result.complete


# --- during the year ------------------------------------------------------------------------


def half_year(value, **plan_kwargs) -> Result:
    return Result(D(value), ValueKind.ACTUAL, complete=False, periods_counted=6)


def test_a_flow_below_plan_is_in_progress_with_its_share_of_the_annual_plan():
    result = evaluate(
        Rule(), Plan(target=D(1000)), half_year(535), as_of=date(2022, 6, 20), regime=CALENDAR, year=2022
    )
    assert result.status == Status.IN_PROGRESS
    assert result.percent_of_plan == D("53.5")  # "đạt 53,5% kế hoạch năm"
    assert result.expected_percent == D(5) / 12 * 100
    assert result.pace == Pace.ON_TRACK


def test_a_flow_behind_the_straight_line_is_behind():
    result = evaluate(
        Rule(), Plan(target=D(1000)), half_year(300), as_of=date(2022, 7, 1), regime=CALENDAR, year=2022
    )
    assert result.pace == Pace.BEHIND
    assert result.pace.label() == "chậm tiến độ"


def test_a_flow_already_above_plan_is_exceeded_before_the_year_ends():
    result = evaluate(Rule(), Plan(target=D(100)), half_year(130), as_of=date(2022, 7, 1), year=2022)
    assert result.status == Status.EXCEEDED


def test_milestones_replace_the_straight_line_once_passed():
    plan = Plan(target=D(1000), milestones=((parse_period("2022S1"), D(300)),))
    before = evaluate(Rule(), plan, half_year(320), as_of=date(2022, 6, 29), regime=CALENDAR, year=2022)
    after = evaluate(Rule(), plan, half_year(320), as_of=date(2022, 7, 1), regime=CALENDAR, year=2022)
    assert before.expected_percent == D(5) / 12 * 100 and before.pace == Pace.BEHIND
    assert after.expected_percent == D(30) and after.pace == Pace.ON_TRACK


def test_a_decreasing_flow_is_on_track_while_it_stays_under_its_share():
    rule = Rule(direction=Direction.DECREASE)
    plan = Plan(target=D(96), baseline=D(104))
    result = evaluate(rule, plan, half_year(40), as_of=date(2023, 7, 1), regime=CALENDAR, year=2023)
    assert result.status == Status.IN_PROGRESS
    assert result.percent_of_plan is None
    assert result.pace == Pace.ON_TRACK
    worse = evaluate(rule, plan, half_year(60), as_of=date(2023, 7, 1), regime=CALENDAR, year=2023)
    assert worse.pace == Pace.BEHIND


def test_a_stock_is_paced_from_its_baseline():
    rule = Rule(time_aggregation=TimeAggregation.LAST)
    plan = Plan(target=D(1248), baseline=D(1218))
    result = evaluate(rule, plan, half_year(1230), as_of=date(2023, 7, 1), regime=CALENDAR, year=2023)
    assert result.pace == Pace.BEHIND  # 12 of 30 members = 40% against 50%


# --- roll-up --------------------------------------------------------------------------------

TREE = {"city": ["dept"], "dept": ["d1", "d2"], "d1": ["w1", "w2"], "d2": ["w3"]}
UNITS = ["city", "dept", "d1", "d2", "w1", "w2", "w3"]


def test_a_parent_is_the_sum_of_its_subtree():
    own = {"w1": final(10), "w2": final(20), "w3": final(5)}
    effective = roll_up(TREE, UNITS, own, UnitAggregation.SUM)
    assert effective["d1"].value == D(30)
    assert effective["city"].value == D(35)
    assert effective["city"].rolled_up and not effective["w1"].rolled_up


def test_a_unit_with_its_own_figure_is_not_also_added_up_from_below():
    own = {"w1": final(10), "w2": final(20), "w3": final(5), "dept": final(100)}
    effective = roll_up(TREE, UNITS, own, UnitAggregation.SUM)
    assert effective["dept"].value == D(100)
    assert effective["city"].value == D(100)


def test_an_average_roll_up_and_no_roll_up():
    own = {"w1": final(10), "w2": final(20)}
    assert roll_up(TREE, UNITS, own, UnitAggregation.AVERAGE)["d1"].value == D(15)
    assert "d1" not in roll_up(TREE, UNITS, own, UnitAggregation.NONE)


def test_a_rolled_up_figure_is_as_weak_as_its_weakest_part():
    own = {"w1": final(10), "w2": final(20, ValueKind.ESTIMATE)}
    assert roll_up(TREE, UNITS, own, UnitAggregation.SUM)["d1"].kind == ValueKind.ESTIMATE


def test_a_rate_is_recomputed_from_summed_parts_never_averaged():
    poor = roll_up(TREE, UNITS, {"w1": final(10), "w2": final(30)}, UnitAggregation.SUM)
    households = roll_up(TREE, UNITS, {"w1": final(1000), "w2": final(1000)}, UnitAggregation.SUM)
    rates = roll_up_ratio(TREE, UNITS, {"w1": final(1)}, poor, households)
    assert rates["d1"].value == D(2)  # 40 / 2000, not the average of 1% and 3%
    assert rates["w1"].value == D(1)  # an entered rate wins
    assert "w3" not in rates


def test_a_rate_with_a_zero_denominator_is_left_out():
    rates = roll_up_ratio(TREE, UNITS, {}, {"w1": final(1)}, {"w1": final(0)})
    assert rates == {}


# --- properties -----------------------------------------------------------------------------

amounts = st.decimals(min_value=0, max_value=D("1e9"), places=2, allow_nan=False, allow_infinity=False)
positive = st.decimals(
    min_value=D("0.01"), max_value=D("1e9"), places=2, allow_nan=False, allow_infinity=False
)
ORDER = [Status.NOT_MET, Status.MET, Status.EXCEEDED]


@given(target=positive, a=amounts, b=amounts)
def test_status_never_worsens_as_an_increase_grows(target, a, b):
    low, high = sorted([a, b])
    s_low = ev(Direction.INCREASE, target, low).status
    s_high = ev(Direction.INCREASE, target, high).status
    assert ORDER.index(s_low) <= ORDER.index(s_high)


@given(target=positive, a=amounts, b=amounts, gap=positive)
def test_status_never_improves_as_a_decrease_grows(target, a, b, gap):
    low, high = sorted([a, b])
    baseline = target + gap
    s_low = ev(Direction.DECREASE, target, low, baseline=baseline).status
    s_high = ev(Direction.DECREASE, target, high, baseline=baseline).status
    assert ORDER.index(s_low) >= ORDER.index(s_high)


statuses = st.sampled_from(list(Status))


@given(st.lists(statuses, max_size=200))
def test_counts_add_up_to_the_number_of_targets(drawn):
    counts = count_statuses(Evaluation(status=s) for s in drawn)
    assert counts.total == len(drawn)
    assert sum(v for k, v in counts.as_dict().items() if k != "total") == len(drawn)
    assert counts.met_or_exceeded == sum(1 for s in drawn if s in (Status.MET, Status.EXCEEDED))


def test_parents_come_after_all_their_descendants():
    from chitieu.core.evaluation import parents_bottom_up

    order = parents_bottom_up(TREE, UNITS)
    assert set(order) == {"city", "dept", "d1", "d2"}
    assert order.index("d1") < order.index("dept") < order.index("city")
    assert order.index("d2") < order.index("dept")


def test_a_deep_chain_rolls_up_without_recursion_limits():
    depth = 5000
    chain = {f"u{i}": [f"u{i + 1}"] for i in range(depth)}
    units = [f"u{i}" for i in range(depth + 1)]
    effective = roll_up(chain, units, {f"u{depth}": final(7)}, UnitAggregation.SUM)
    assert effective["u0"].value == D(7)


signed = st.decimals(min_value=D("-1e6"), max_value=D("1e6"), places=2, allow_nan=False, allow_infinity=False)
maybe = st.none() | signed
rules = st.builds(
    Rule,
    direction=st.sampled_from(list(Direction)),
    time_aggregation=st.sampled_from(list(TimeAggregation)),
    tolerance=st.sampled_from([D(0), D(5), D("2.5")]),
    at_most_formula=st.sampled_from(list(AtMostFormula)),
)
columns = st.lists(st.tuples(maybe, maybe, maybe, signed, st.booleans()), max_size=30)


@given(rule=rules, column=columns)
def test_a_column_judged_at_once_gets_the_status_and_percent_of_each_evaluation(rule, column):
    """The counts of a province (judge_many) and the scorecard's lines (evaluate) never disagree."""
    from chitieu.core.evaluation import judge, judge_many

    statuses, percents = judge_many(rule, column)
    assert len(statuses) == len(percents) == len(column)
    for (target, high, baseline, actual, complete), status, percent in zip(
        column, statuses, percents, strict=True
    ):
        plan = Plan(target=target, target_high=high, baseline=baseline)
        result = Result(value=actual, kind=ValueKind.ACTUAL, complete=complete)
        one = evaluate(rule, plan, result, date(2022, 6, 30), CALENDAR, 2022)
        assert (status, percent) == (one.status, one.percent_of_plan)
        assert judge(rule, plan, result) == (status, percent)


def test_judging_a_column_reads_each_direction():
    from chitieu.core.evaluation import judge_many

    column = [
        (D(100), None, D(200), D(150), True),
        (D(0), None, None, D(5), True),
        (None, None, None, D(5), True),
    ]
    assert judge_many(Rule(direction=Direction.INCREASE), column) == (
        [Status.EXCEEDED, Status.NOT_EVALUABLE, Status.NOT_EVALUABLE],
        [D(150), None, None],
    )
    statuses, percents = judge_many(Rule(direction=Direction.DECREASE), column)
    assert (statuses[0], percents[0]) == (Status.NOT_MET, D(50))
    statuses, percents = judge_many(Rule(direction=Direction.AT_MOST), column)
    assert statuses[:2] == [Status.NOT_MET, Status.NOT_MET]
    assert percents[:2] == [D(100) / D(150) * 100, D(0)]
    open_flow = judge_many(Rule(direction=Direction.DECREASE), [(D(100), None, D(200), D(150), False)])
    assert open_flow == ([Status.IN_PROGRESS], [None])
