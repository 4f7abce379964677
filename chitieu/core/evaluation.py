"""Đánh giá: how a target stands against its plan.

The rules are DESIGN.md's "Evaluation semantics". In short: values are summarised over time per
indicator (SUM for flows, LAST for stocks, ...), the best value kind wins (chính thức > sơ bộ >
thực hiện > ước thực hiện), a parent unit is rolled up from its subtree, and the result is
compared with the plan using the indicator's direction. Missing is never zero; a zero
denominator is "cannot evaluate", never a crash.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import TypeVar

from chitieu.core.errors import DomainError
from chitieu.core.periods import DECREE_09, Period, PeriodType, ReportingRegime
from chitieu.core.text import Bilingual

HUNDRED = Decimal(100)
K = TypeVar("K", bound=Hashable)  # a unit's key: its code in tests, its id in the database
ZERO = Decimal(0)


class Direction(StrEnum):
    """Which way is good, and therefore how "% of plan" is computed."""

    INCREASE = "increase"  # reach a level: actual / target
    DECREASE = "decrease"  # come down from a baseline: (baseline - actual) / (baseline - target)
    AT_LEAST = "at_least"  # keep at or above: met when actual >= target
    AT_MOST = "at_most"  # keep at or below: met when actual <= target
    BETWEEN = "between"  # stay inside a band
    YES_NO = "yes_no"  # done or not (1 / 0)


class TimeAggregation(StrEnum):
    """How the values of the months make the value of a longer period."""

    SUM = "sum"  # flows: jobs created
    LAST = "last"  # stocks: party members on the roll
    AVERAGE = "average"
    MAX = "max"
    MIN = "min"


class UnitAggregation(StrEnum):
    """How child units' values make their parent's."""

    SUM = "sum"
    AVERAGE = "average"
    RATIO = "ratio"  # recomputed from numerator and denominator indicators, never summed
    NONE = "none"  # no roll-up: only a unit's own value counts


class AtMostFormula(StrEnum):
    """Two habits for "% of plan" of a keep-below target."""

    INVERSE = "inverse"  # target / actual
    COMPLEMENT = "complement"  # 2 - actual / target


class ValueKind(StrEnum):
    """The kind of a figure; later and firmer kinds win over earlier ones."""

    ESTIMATE = "estimate"  # ước thực hiện
    ACTUAL = "actual"  # thực hiện
    PRELIMINARY = "preliminary"  # sơ bộ
    OFFICIAL = "official"  # chính thức

    @property
    def rank(self) -> int:
        return _KIND_RANK[self]

    def label(self, lang: str = "vi") -> str:
        return _KIND_LABELS[self].get(lang)


_KIND_RANK = {kind: rank for rank, kind in enumerate(ValueKind)}
_KIND_LABELS = {
    ValueKind.ESTIMATE: Bilingual("estimate", "ước thực hiện"),
    ValueKind.ACTUAL: Bilingual("actual", "thực hiện"),
    ValueKind.PRELIMINARY: Bilingual("preliminary", "sơ bộ"),
    ValueKind.OFFICIAL: Bilingual("official", "chính thức"),
}


def weakest(kinds: Iterable[ValueKind]) -> ValueKind:
    """A figure built from several values is only as firm as the least firm of them."""
    return min(kinds, key=_KIND_RANK.__getitem__)


class Status(StrEnum):
    """Where a target stands."""

    EXCEEDED = "exceeded"  # vượt
    MET = "met"  # đạt
    NOT_MET = "not_met"  # không đạt
    IN_PROGRESS = "in_progress"  # đang thực hiện: the period is still open
    NO_DATA = "no_data"  # chưa có số liệu
    NOT_EVALUABLE = "not_evaluable"  # không đánh giá được (e.g. a zero plan)

    def label(self, lang: str = "vi", estimated: bool = False) -> str:
        label = _STATUS_LABELS[self]
        if not (estimated and self in _JUDGED):
            return label.get(lang)
        return Bilingual(f"{label.en} (estimate)", f"ước {label.vi}").get(lang)


_STATUS_LABELS = {
    Status.EXCEEDED: Bilingual("exceeded", "vượt"),
    Status.MET: Bilingual("met", "đạt"),
    Status.NOT_MET: Bilingual("not met", "không đạt"),
    Status.IN_PROGRESS: Bilingual("in progress", "đang thực hiện"),
    Status.NO_DATA: Bilingual("no data", "chưa có số liệu"),
    Status.NOT_EVALUABLE: Bilingual("cannot be evaluated", "không đánh giá được"),
}
_JUDGED = frozenset({Status.EXCEEDED, Status.MET, Status.NOT_MET})


class Pace(StrEnum):
    """Tiến độ: progress during the year against what was expected by now."""

    ON_TRACK = "on_track"  # đúng tiến độ
    BEHIND = "behind"  # chậm tiến độ

    def label(self, lang: str = "vi") -> str:
        return _PACE_LABELS[self].get(lang)


_PACE_LABELS = {
    Pace.ON_TRACK: Bilingual("on track", "đúng tiến độ"),
    Pace.BEHIND: Bilingual("behind", "chậm tiến độ"),
}


FORMULAS: dict[tuple[Direction, AtMostFormula | None], Bilingual] = {
    (Direction.INCREASE, None): Bilingual("actual / target × 100%", "thực hiện / kế hoạch × 100%"),
    (Direction.DECREASE, None): Bilingual(
        "(baseline − actual) / (baseline − target) × 100%", "(gốc − thực hiện) / (gốc − kế hoạch) × 100%"
    ),
    (Direction.AT_LEAST, None): Bilingual(
        "actual / target × 100%; met when actual ≥ target",
        "thực hiện / kế hoạch × 100%; đạt khi thực hiện ≥ kế hoạch",
    ),
    (Direction.AT_MOST, AtMostFormula.INVERSE): Bilingual(
        "target / actual × 100%; met when actual ≤ target",
        "kế hoạch / thực hiện × 100%; đạt khi thực hiện ≤ kế hoạch",
    ),
    (Direction.AT_MOST, AtMostFormula.COMPLEMENT): Bilingual(
        "(2 − actual / target) × 100%; met when actual ≤ target",
        "(2 − thực hiện / kế hoạch) × 100%; đạt khi thực hiện ≤ kế hoạch",
    ),
    (Direction.BETWEEN, None): Bilingual(
        "100% inside the planned band; outside it: against the nearest bound",
        "100% khi nằm trong khoảng kế hoạch; ngoài khoảng: so với cận gần nhất",
    ),
    (Direction.YES_NO, None): Bilingual(
        "done = 100%, not done = 0%", "hoàn thành = 100%, chưa hoàn thành = 0%"
    ),
}


@dataclass(frozen=True)
class Rule:
    """The part of an indicator's metadata that evaluation needs."""

    direction: Direction = Direction.INCREASE
    time_aggregation: TimeAggregation = TimeAggregation.SUM
    unit_aggregation: UnitAggregation = UnitAggregation.SUM
    tolerance: Decimal = ZERO  # points of % of plan below 100 still counted as đạt
    at_most_formula: AtMostFormula = AtMostFormula.INVERSE
    is_rate: bool = False  # a rate compared with a rate: also report the difference in points

    def formula(self, lang: str = "vi") -> str:
        """The "% of plan" formula, as shown on screen and printed as a footnote."""
        key = (self.direction, self.at_most_formula if self.direction == Direction.AT_MOST else None)
        return FORMULAS[key].get(lang)


@dataclass(frozen=True, slots=True)
class Plan:
    """Chỉ tiêu giao: the planned level for the year, and how it is expected to progress."""

    target: Decimal | None
    target_high: Decimal | None = None  # upper bound for BETWEEN
    baseline: Decimal | None = None  # starting level, required for DECREASE
    milestones: tuple[tuple[Period, Decimal], ...] = ()  # cumulative expected value by period end


@dataclass(frozen=True, slots=True)
class Observation:
    """One stored value: a figure of some kind for one period."""

    period: Period
    value: Decimal
    kind: ValueKind


@dataclass(frozen=True, slots=True)
class Result:
    """A figure to compare with the plan, with how firm and how complete it is."""

    value: Decimal
    kind: ValueKind
    complete: bool = True  # False: the period is still open and some sub-periods have no value
    periods_counted: int = 1
    last_period_id: str = ""
    rolled_up: bool = False  # computed from child units rather than entered

    @property
    def estimated(self) -> bool:
        return self.kind == ValueKind.ESTIMATE


@dataclass(frozen=True, slots=True)
class TimeSummary:
    """The sub-period values of one indicator at one unit, reduced to what any aggregation needs.

    The database computes it for many targets at once; :func:`summarise` computes it from
    observations in Python. ``last`` and ``last_kind`` are only needed for LAST.
    """

    count: int
    total: Decimal
    weakest_kind: ValueKind
    last_period_id: str
    minimum: Decimal | None = None  # only needed for MIN
    maximum: Decimal | None = None  # only needed for MAX
    last: Decimal | None = None  # only needed for LAST
    last_kind: ValueKind | None = None

    def value(self, aggregation: TimeAggregation) -> Decimal:
        match aggregation:
            case TimeAggregation.SUM:
                return self.total
            case TimeAggregation.LAST:
                assert self.last is not None, "LAST needs the last value"
                return self.last
            case TimeAggregation.AVERAGE:
                return self.total / self.count
            case TimeAggregation.MAX:
                assert self.maximum is not None, "MAX needs the maximum"
                return self.maximum
            case TimeAggregation.MIN:
                assert self.minimum is not None, "MIN needs the minimum"
                return self.minimum
        raise AssertionError(aggregation)  # pragma: no cover

    def result(self, aggregation: TimeAggregation, expected_count: int, period_over: bool = False) -> Result:
        """The figure for the whole period: complete when every sub-period has a value or it is over."""
        kind = self.weakest_kind
        if aggregation == TimeAggregation.LAST and self.last_kind is not None:
            kind = self.last_kind
        return Result(
            value=self.value(aggregation),
            kind=kind,
            complete=period_over or self.count >= expected_count,
            periods_counted=self.count,
            last_period_id=self.last_period_id,
        )


def best_per_period(observations: Iterable[Observation]) -> dict[Period, Observation]:
    """For each period, the value of the firmest kind."""
    best: dict[Period, Observation] = {}
    for obs in observations:
        current = best.get(obs.period)
        if current is None or obs.kind.rank > current.kind.rank:
            best[obs.period] = obs
    return best


def summarise(observations: Iterable[Observation]) -> TimeSummary | None:
    """The :class:`TimeSummary` of some observations (best kind per period), or None if none."""
    chosen = sorted(best_per_period(observations).values(), key=lambda obs: obs.period)
    if not chosen:
        return None
    values = [obs.value for obs in chosen]
    return TimeSummary(
        count=len(chosen),
        total=sum(values, ZERO),
        minimum=min(values),
        maximum=max(values),
        weakest_kind=weakest(obs.kind for obs in chosen),
        last_period_id=chosen[-1].period.id,
        last=chosen[-1].value,
        last_kind=chosen[-1].kind,
    )


def choose_result(direct: Result | None, aggregated: Result | None) -> Result | None:
    """A value entered for the period itself, or one added up from its months: which counts.

    A complete figure beats a partial one; between two complete figures the firmer kind wins,
    and on a tie the directly entered one.
    """
    if direct is None or aggregated is None:
        return direct or aggregated
    if not aggregated.complete:
        return direct
    return aggregated if aggregated.kind.rank > direct.kind.rank else direct


def period_result(
    period: Period,
    observations: Iterable[Observation],
    aggregation: TimeAggregation,
    as_of: date | None = None,
    period_over: bool = False,
) -> Result | None:
    """The figure for ``period`` from raw observations (periods starting after ``as_of`` are unknown).

    Observations for the period itself are "direct"; monthly ones inside it are aggregated.
    """
    direct_obs: list[Observation] = []
    monthly: list[Observation] = []
    for obs in observations:
        if as_of is not None and obs.period.start > as_of:
            continue
        if obs.period == period:
            direct_obs.append(obs)
        elif period.contains(obs.period) and obs.period.type == PeriodType.MONTH:
            monthly.append(obs)
    best_direct = best_per_period(direct_obs).get(period)
    direct = Result(best_direct.value, best_direct.kind, last_period_id=period.id) if best_direct else None
    summary = summarise(monthly)
    aggregated = summary.result(aggregation, len(period.months()), period_over) if summary else None
    return choose_result(direct, aggregated)


# --- roll-up over the unit tree --------------------------------------------------------------


def parents_bottom_up(children: Mapping[K, Sequence[K]], units: Iterable[K]) -> list[K]:
    """The units that have children, each listed after all of its descendants."""
    order: list[K] = []
    seen: set[K] = set()
    for root in units:
        if root in seen:
            continue
        seen.add(root)
        stack = [(root, iter(children.get(root, ())))]
        while stack:
            node, pending = stack[-1]
            for child in pending:
                if child not in seen:
                    seen.add(child)
                    stack.append((child, iter(children.get(child, ()))))
                    break
            else:
                stack.pop()
                if children.get(node):
                    order.append(node)
    return order


def roll_up(
    children: Mapping[K, Sequence[K]],
    units: Iterable[K],
    own: Mapping[K, Result],
    aggregation: UnitAggregation,
    order: Sequence[K] | None = None,
) -> dict[K, Result]:
    """The effective figure of every unit: its own if entered, else its children's combined.

    ``children`` maps a unit to its child units; ``own`` holds the figures units entered
    themselves. A unit with its own figure is not also added up from below, so a department's
    reported total is never double counted with its divisions'. ``order`` (from
    :func:`parents_bottom_up`) may be passed when many indicators share one tree.
    """
    effective = dict(own)
    if aggregation == UnitAggregation.NONE:
        return effective
    for unit in order if order is not None else parents_bottom_up(children, units):
        if unit in own:
            continue
        result = combine([effective[c] for c in children[unit] if c in effective], aggregation)
        if result is not None:
            effective[unit] = result
    return effective


def combine(parts: Sequence[Result], aggregation: UnitAggregation) -> Result | None:
    """Child units' figures made into their parent's (SUM or AVERAGE)."""
    if not parts or aggregation not in (UnitAggregation.SUM, UnitAggregation.AVERAGE):
        return None
    total = sum((p.value for p in parts), ZERO)
    value = total if aggregation == UnitAggregation.SUM else total / len(parts)
    return _merged(value, parts)


def _merged(value: Decimal, parts: Sequence[Result]) -> Result:
    return Result(
        value=value,
        kind=weakest(p.kind for p in parts),
        complete=all(p.complete for p in parts),
        periods_counted=min(p.periods_counted for p in parts),
        last_period_id=max(p.last_period_id for p in parts),
        rolled_up=True,
    )


def roll_up_ratio(
    children: Mapping[K, Sequence[K]],
    units: Iterable[K],
    own: Mapping[K, Result],
    numerators: Mapping[K, Result],
    denominators: Mapping[K, Result],
    scale: Decimal = HUNDRED,
) -> dict[K, Result]:
    """Roll up a rate the DHIS2 way: sum numerators and denominators, then divide.

    ``numerators`` and ``denominators`` are the effective (already rolled-up) figures of the
    two component indicators. A unit's own entered rate still wins.
    """
    effective: dict[K, Result] = {}
    for unit in units:
        if unit in own:
            effective[unit] = own[unit]
            continue
        num, den = numerators.get(unit), denominators.get(unit)
        if num is None or den is None or den.value == 0:
            continue
        effective[unit] = _merged(num.value / den.value * scale, [num, den])
    return effective


# --- comparing with the plan -----------------------------------------------------------------


class PlanError(DomainError, ValueError):
    """A target that could never be evaluated; nothing was saved."""

    templates = {
        "zero_target": (
            "A target of zero for {indicator}: '% of plan' divides by it.",
            "Chỉ tiêu {indicator} không thể có kế hoạch bằng 0 vì tỷ lệ % kế hoạch chia cho số này.",
        ),
        "missing_target": (
            "Give the planned value for {indicator}.",
            "Cần nhập kế hoạch cho chỉ tiêu {indicator}.",
        ),
        "missing_baseline": (
            "{indicator} decreases from a baseline: give the baseline.",
            "Chỉ tiêu {indicator} là chỉ tiêu giảm: cần nhập số gốc (số đầu kỳ).",
        ),
        "baseline_equals_target": (
            "For {indicator} the baseline equals the target: nothing to decrease.",
            "Chỉ tiêu {indicator} có số gốc bằng kế hoạch: không có gì để giảm.",
        ),
        "missing_band": (
            "{indicator} is a band: give its upper bound.",
            "Chỉ tiêu {indicator} là khoảng: cần nhập cận trên.",
        ),
        "band_reversed": (
            "The upper bound of {indicator} is below its lower bound.",
            "Cận trên của chỉ tiêu {indicator} nhỏ hơn cận dưới.",
        ),
        "yes_no_target": (
            "{indicator} is done or not: its target is 1.",
            "Chỉ tiêu {indicator} chỉ có hoàn thành hoặc không: kế hoạch phải là 1.",
        ),
        "negative": (
            "{indicator} does not take negative values.",
            "Chỉ tiêu {indicator} không nhận giá trị âm.",
        ),
    }


def check_plan(rule: Rule, plan: Plan, code: str, allow_negative: bool = False) -> None:
    """Refuse a plan that the indicator's direction could never evaluate (``code`` names it)."""
    target, target_high, baseline = plan.target, plan.target_high, plan.baseline
    direction = rule.direction
    if target is None:
        raise PlanError("missing_target", indicator=code)
    if not allow_negative and any(v is not None and v < 0 for v in (target, target_high, baseline)):
        raise PlanError("negative", indicator=code)
    match direction:
        case Direction.INCREASE | Direction.AT_LEAST if target == 0:
            raise PlanError("zero_target", indicator=code)
        case Direction.AT_MOST if target == 0 and rule.at_most_formula == AtMostFormula.COMPLEMENT:
            raise PlanError("zero_target", indicator=code)
        case Direction.DECREASE if baseline is None:
            raise PlanError("missing_baseline", indicator=code)
        case Direction.DECREASE if baseline == target:
            raise PlanError("baseline_equals_target", indicator=code)
        case Direction.BETWEEN if target_high is None:
            raise PlanError("missing_band", indicator=code)
        case Direction.BETWEEN if target_high is not None and target_high < target:
            raise PlanError("band_reversed", indicator=code)
        case Direction.YES_NO if target != 1:
            raise PlanError("yes_no_target", indicator=code)


@dataclass(frozen=True, slots=True)
class Evaluation:
    """The verdict on one target: % of plan, status, and pace during the year."""

    status: Status
    result: Result | None = None
    percent_of_plan: Decimal | None = None  # exact; rounded only when shown
    difference_points: Decimal | None = None  # actual - target, for rates compared with rates
    pace: Pace | None = None
    expected_percent: Decimal | None = None  # where the pace says it should be by now
    reason: str = ""  # why it cannot be evaluated
    notes: tuple[str, ...] = field(default=())

    @property
    def estimated(self) -> bool:
        return self.result is not None and self.result.estimated

    @property
    def excess_percent(self) -> Decimal | None:
        """Vượt Z%: how far above 100% of plan (negative when short)."""
        return None if self.percent_of_plan is None else self.percent_of_plan - HUNDRED

    def status_label(self, lang: str = "vi") -> str:
        return self.status.label(lang, estimated=self.estimated)


NOT_EVALUABLE_REASONS = {
    "no_target": Bilingual("no target set", "chưa có kế hoạch"),
    "zero_target": Bilingual("the target is zero: no ratio", "kế hoạch bằng 0, không tính được tỷ lệ"),
    "no_baseline": Bilingual("a decrease target needs a baseline", "chỉ tiêu giảm cần số gốc"),
    "baseline_equals_target": Bilingual(
        "baseline equals target: no ratio", "số gốc bằng kế hoạch, không tính được tỷ lệ"
    ),
    "no_band": Bilingual("a band target needs an upper bound", "chỉ tiêu khoảng cần cận trên"),
    "zero_actual": Bilingual("the actual is zero: no ratio", "thực hiện bằng 0, không tính được tỷ lệ"),
}


def reason_label(code: str, lang: str = "vi") -> str:
    return NOT_EVALUABLE_REASONS[code].get(lang)


def evaluate(
    rule: Rule,
    plan: Plan,
    result: Result | None,
    as_of: date | None = None,
    regime: ReportingRegime = DECREE_09,
    year: int | None = None,
) -> Evaluation:
    """Compare a figure with its plan.

    While the year is open (``result.complete`` is False) a flow that is still below plan is
    "in progress", with its pace against milestones or a straight line; a target already
    exceeded is exceeded whatever the remaining months bring.
    """
    if result is None:
        return Evaluation(status=Status.NO_DATA)
    percent, met, reason = _percent_and_verdict(rule, plan, result.value)
    if reason:
        return Evaluation(status=Status.NOT_EVALUABLE, result=result, reason=reason)
    difference = None
    if rule.is_rate and plan.target is not None and rule.direction != Direction.YES_NO:
        difference = result.value - _nearest_bound(plan, result.value)

    status = _status(rule, percent, met)
    pace = expected = None
    if not result.complete:
        pace, expected = _pace(rule, plan, result, as_of, regime, year)
        status, percent = _while_open(rule, status, percent)
    return Evaluation(
        status=status,
        result=result,
        percent_of_plan=percent,
        difference_points=difference,
        pace=pace,
        expected_percent=expected,
    )


def judge(
    rule: Rule,
    plan: Plan,
    result: Result,
    as_of: date | None = None,
    regime: ReportingRegime = DECREE_09,
    year: int | None = None,
) -> tuple[Status, Decimal | None]:
    """The status and % of plan :func:`evaluate` gives, without the pace and the object around them.

    ``as_of``, ``regime`` and ``year`` only set the pace, which never changes the status.
    """
    row = (plan.target, plan.target_high, plan.baseline, result.value, result.complete)
    statuses, percents = judge_many(rule, [row])
    return statuses[0], percents[0]


Planned = Decimal | None  # a plan number: target, upper bound or baseline
Verdict = tuple[Decimal | None, bool | None, str]  # % of plan, keep-level target met, reason if none
# A target with a figure: target, upper bound, baseline, the figure, whether its period is complete.
Judged = tuple[Planned, Planned, Planned, Decimal, bool]


# The version of the verdict below. Statuses are kept with the figures (the kept rows of
# chitieu.monitoring.aggregates): a change to what status a target gets must raise it, so that
# the kept statuses are judged again (on migrate) rather than read as the old verdict gave them.
VERDICT_VERSION = 1


def judge_many(rule: Rule, targets: Iterable[Judged]) -> tuple[list[Status], list[Decimal | None]]:
    """A column of targets of one indicator judged at once: the status and % of plan of each.

    What depends only on the rule is chosen once for the column, so that counting a province's
    88.000 targets costs a division and two comparisons each; the verdict is :func:`evaluate`'s.
    """
    verdict, grade = _verdict_of(rule), _grader(rule)
    statuses: list[Status] = []
    percents: list[Decimal | None] = []
    status_of, percent_of = statuses.append, percents.append
    for target, high, baseline, actual, complete in targets:
        percent, met, reason = verdict(target, high, baseline, actual)
        if reason:
            status_of(Status.NOT_EVALUABLE)
            percent_of(None)
            continue
        status = grade(percent, met)
        if not complete:
            status, percent = _while_open(rule, status, percent)
        status_of(status)
        percent_of(percent)
    return statuses, percents


def _while_open(rule: Rule, status: Status, percent: Decimal | None) -> tuple[Status, Decimal | None]:
    """A figure of a period still open: in progress, unless an increase of a flow is already exceeded.

    A part-year count against a full-year reduction means nothing yet: no % of plan.
    """
    flow = rule.time_aggregation == TimeAggregation.SUM
    if not (flow and rule.direction == Direction.INCREASE and status == Status.EXCEEDED):
        status = Status.IN_PROGRESS
    if flow and rule.direction == Direction.DECREASE:
        percent = None
    return status, percent


def _nearest_bound(plan: Plan, value: Decimal) -> Decimal:
    assert plan.target is not None
    if plan.target_high is not None and value > plan.target_high:
        return plan.target_high
    return plan.target


def _percent_and_verdict(rule: Rule, plan: Plan, actual: Decimal) -> Verdict:
    """(% of plan, whether a keep-level target is met, reason it cannot be evaluated)."""
    return _verdict_of(rule)(plan.target, plan.target_high, plan.baseline, actual)


def _verdict_of(rule: Rule) -> Callable[[Planned, Planned, Planned, Decimal], Verdict]:
    """The verdict of the rule's direction, as a function of (target, upper bound, baseline, actual)."""
    if rule.direction == Direction.AT_MOST and rule.at_most_formula == AtMostFormula.COMPLEMENT:
        return _at_most_complement
    return _VERDICTS[rule.direction]


def _yes_no(target: Planned, high: Planned, baseline: Planned, actual: Decimal) -> Verdict:
    done = actual != 0
    return (HUNDRED if done else ZERO), done, ""


def _increase(target: Planned, high: Planned, baseline: Planned, actual: Decimal) -> Verdict:
    if target is None:
        return None, None, "no_target"
    if target == 0:
        return None, None, "zero_target"
    return actual / target * HUNDRED, None, ""


def _decrease(target: Planned, high: Planned, baseline: Planned, actual: Decimal) -> Verdict:
    if target is None:
        return None, None, "no_target"
    if baseline is None:
        return None, None, "no_baseline"
    if baseline == target:
        return None, None, "baseline_equals_target"
    return (baseline - actual) / (baseline - target) * HUNDRED, None, ""


def _at_least(target: Planned, high: Planned, baseline: Planned, actual: Decimal) -> Verdict:
    if target is None:
        return None, None, "no_target"
    if target == 0:
        return None, actual >= 0, ""
    return actual / target * HUNDRED, actual >= target, ""


def _at_most(target: Planned, high: Planned, baseline: Planned, actual: Decimal) -> Verdict:
    """At most, by target / actual (the default formula)."""
    if target is None:
        return None, None, "no_target"
    if actual == 0:
        return None, actual <= target, ""
    return target / actual * HUNDRED, actual <= target, ""


def _at_most_complement(target: Planned, high: Planned, baseline: Planned, actual: Decimal) -> Verdict:
    """At most, by 2 − actual / target."""
    if target is None:
        return None, None, "no_target"
    if target == 0:
        return None, actual <= target, ""
    return (2 - actual / target) * HUNDRED, actual <= target, ""


def _between(target: Planned, high: Planned, baseline: Planned, actual: Decimal) -> Verdict:
    if target is None:
        return None, None, "no_target"
    if high is None:
        return None, None, "no_band"
    if target <= actual <= high:
        return HUNDRED, True, ""
    if actual < target:
        return (actual / target * HUNDRED if target else None), False, ""
    return (high / actual * HUNDRED if actual else None), False, ""


_VERDICTS = {
    Direction.YES_NO: _yes_no,
    Direction.INCREASE: _increase,
    Direction.DECREASE: _decrease,
    Direction.AT_LEAST: _at_least,
    Direction.AT_MOST: _at_most,
    Direction.BETWEEN: _between,
}


def _status(rule: Rule, percent: Decimal | None, met: bool | None) -> Status:
    return _grader(rule)(percent, met)


def _grader(rule: Rule) -> Callable[[Decimal | None, bool | None], Status]:
    """Vượt above 100%, đạt at 100% or within the tolerance, không đạt below.

    Keep-level targets (at least, at most, between, yes/no) are met or not met: keeping
    unemployment under 3% is "đạt", never "vượt".
    """
    floor = HUNDRED - rule.tolerance

    if rule.direction in (Direction.INCREASE, Direction.DECREASE):

        def graded(percent: Decimal | None, met: bool | None) -> Status:
            assert percent is not None
            if percent > HUNDRED:
                return Status.EXCEEDED
            return Status.MET if percent >= floor else Status.NOT_MET

        return graded

    def kept(percent: Decimal | None, met: bool | None) -> Status:
        return Status.MET if met or (percent is not None and percent >= floor) else Status.NOT_MET

    return kept


def _pace(
    rule: Rule,
    plan: Plan,
    result: Result,
    as_of: date | None,
    regime: ReportingRegime,
    year: int | None,
) -> tuple[Pace | None, Decimal | None]:
    """Progress against milestones (if any have passed) or a straight line over the months.

    For a flow (SUM) the progress is the share of the annual target used so far: an increase
    is on track when at least the expected share is reached, a decrease (accidents, say) when
    no more than it has been used. For a stock or rate with a baseline, it is the share of the
    way from the baseline to the target.
    """
    if rule.direction not in (Direction.INCREASE, Direction.DECREASE) or plan.target is None:
        return None, None
    if as_of is None or year is None:
        return None, None
    progress = _progress(rule, plan, result.value)
    if progress is None:
        return None, None
    passed = [(period, value) for period, value in plan.milestones if regime.window(period).last_day <= as_of]
    if passed:
        _, milestone = max(passed, key=lambda item: item[0].end)
        expected = _progress(rule, plan, milestone)
        if expected is None:
            return None, None
    else:
        expected = Decimal(regime.closed_months(year, as_of)) / 12 * HUNDRED
    if rule.time_aggregation == TimeAggregation.SUM and rule.direction == Direction.DECREASE:
        on_track = progress <= expected + rule.tolerance
    else:
        on_track = progress >= expected - rule.tolerance
    return (Pace.ON_TRACK if on_track else Pace.BEHIND), expected


def _progress(rule: Rule, plan: Plan, value: Decimal) -> Decimal | None:
    """How far along ``value`` is, in % (see :func:`_pace`)."""
    assert plan.target is not None
    if rule.time_aggregation == TimeAggregation.SUM:
        return value / plan.target * HUNDRED if plan.target else None
    if plan.baseline is None or plan.baseline == plan.target:
        return None
    return (value - plan.baseline) / (plan.target - plan.baseline) * HUNDRED


# --- counts ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class StatusCounts:
    """How many targets stand where: "22/23 chỉ tiêu đạt và vượt"."""

    exceeded: int = 0
    met: int = 0
    not_met: int = 0
    in_progress: int = 0
    no_data: int = 0
    not_evaluable: int = 0

    @property
    def total(self) -> int:
        return self.exceeded + self.met + self.not_met + self.in_progress + self.no_data + self.not_evaluable

    @property
    def met_or_exceeded(self) -> int:
        return self.exceeded + self.met

    def share_met_or_exceeded(self) -> Decimal | None:
        """Đạt và vượt as % of all targets (exact)."""
        return Decimal(self.met_or_exceeded) / self.total * HUNDRED if self.total else None

    def as_dict(self) -> dict[str, int]:
        return {status.value: getattr(self, status.value) for status in Status} | {"total": self.total}


def count_statuses(evaluations: Iterable[Evaluation]) -> StatusCounts:
    """Count evaluations by status."""
    tally = dict.fromkeys(Status, 0)
    for evaluation in evaluations:
        tally[evaluation.status] += 1
    return StatusCounts(**{status.value: n for status, n in tally.items()})
