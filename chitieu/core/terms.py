"""Nhiệm kỳ: where a five-year term's targets stand, and where the term will end.

A term such as 2020–2025 is set by a congress held in its first year (2020): the figures of that
year are where it starts, and the years of implementation are 2021 … 2025 ("năm 2023 là năm thứ
ba thực hiện Nghị quyết … nhiệm kỳ 2020 - 2025"). A term target is either the level to reach by
the end (a stock or a rate: "tỷ lệ hộ nghèo còn dưới 0,5%") or a total over the term's years (a
flow: "giải quyết việc làm cho 1.500.000 lượt người trong 5 năm").

Progress is judged with the year rules (:mod:`chitieu.core.evaluation`): the same directions,
formulas and statuses, so "đạt và vượt x/y chỉ tiêu nhiệm kỳ" counts the way the year does. The
path to the end is the yearly milestones when given, else a straight line from the start; the
forecast is the trend of the years so far, and the pace still needed is said beside it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from chitieu.core import evaluation as ev
from chitieu.core.numbers import Notation, format_number
from chitieu.core.text import Bilingual, language_of

HUNDRED = Decimal(100)
MONTHS = 12


class TermMeasure(StrEnum):
    """What a term target counts."""

    END = "end"  # the level at the end of the term (stocks, rates)
    CUMULATIVE = "cumulative"  # the total over the term's years (flows)

    def label(self, lang: str = "vi") -> str:
        return _MEASURE_LABELS[self].get(lang)


_MEASURE_LABELS = {
    TermMeasure.END: Bilingual("level at the end of the term", "đến cuối nhiệm kỳ"),
    TermMeasure.CUMULATIVE: Bilingual("total over the term", "cộng dồn cả nhiệm kỳ"),
}


def measure_for(rule: ev.Rule) -> TermMeasure:
    """The usual measure of an indicator's term target: a total for flows, the end level otherwise."""
    return TermMeasure.CUMULATIVE if rule.time_aggregation == ev.TimeAggregation.SUM else TermMeasure.END


@dataclass(frozen=True)
class TermSpan:
    """The years of a term: ``start`` is the congress year, ``end`` the last year of implementation."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError(f"a term ends after it starts ({self.start}–{self.end})")

    @property
    def years(self) -> range:
        """The years of implementation (2021 … 2025 for 2020–2025)."""
        return range(self.start + 1, self.end + 1)

    @property
    def length(self) -> int:
        return self.end - self.start

    def year_number(self, year: int) -> int:
        """Năm thứ mấy: 3 for 2023 in 2020–2025; 0 before the first year, past ``length`` after the last."""
        return year - self.start

    def label(self) -> str:
        return f"{self.start}–{self.end}"

    def months_gone(self, as_of: date) -> int:
        """Whole months of the term's years gone by ``as_of`` (0 … 12 × length)."""
        months = (as_of.year - (self.start + 1)) * MONTHS + as_of.month - 1
        return max(0, min(months, self.length * MONTHS))

    def year_of(self, as_of: date) -> int:
        """The year of the term ``as_of`` falls in, kept inside the term."""
        return max(self.start + 1, min(as_of.year, self.end))


def parse_span(text: str) -> TermSpan:
    """ "2020-2025", "2020–2025" or "2020 - 2025"."""
    cleaned = text.replace("–", "-").replace("—", "-").replace(" ", "")
    parts = cleaned.split("-")
    if len(parts) != 2 or not all(part.isdigit() and len(part) == 4 for part in parts):
        raise ValueError(f"'{text}' is not a term (expected e.g. 2020-2025)")
    return TermSpan(int(parts[0]), int(parts[1]))


@dataclass(frozen=True)
class TermGoal:
    """A term target as evaluation needs it."""

    rule: ev.Rule
    measure: TermMeasure
    plan: ev.Plan  # target (and upper bound, baseline = the level at the start)
    milestones: Mapping[int, Decimal] = dataclasses.field(default_factory=dict)  # by the end of year


@dataclass(frozen=True)
class YearFigure:
    """One year's figure of the indicator at the term's unit."""

    year: int
    value: Decimal
    kind: ev.ValueKind
    complete: bool = True


class Method(StrEnum):
    """How a figure not yet known is estimated."""

    TREND = "trend"  # the term: the years so far carried on
    NEEDS_YEARS = "needs_years"  # too few years to see a trend
    SAME_SHARE = "same_share"  # the year: the share of the year last year's same months made
    STRAIGHT_LINE = "straight_line"  # the year: the months entered, at the same pace
    LATEST = "latest"  # the year: a stock stays at its latest value
    MONTHS_SO_FAR = "months_so_far"  # the year: average, maximum or minimum of the months entered
    PERSON = "person"  # entered by a person


# The year-end estimate methods a person may choose (the others follow from the indicator).
ESTIMATE_METHODS = (Method.SAME_SHARE, Method.STRAIGHT_LINE)


def estimate_option(text: str | bool | None) -> bool | Method:
    """What a skin's "estimate" option asks: nothing, the default method ("auto") or one method.

    Raises :class:`ValueError` for anything else.
    """
    if text is None or text is False or text == "":
        return False
    if text is True or text == "auto":
        return True
    try:
        method = Method(text)
    except ValueError:
        method = None
    if method not in ESTIMATE_METHODS:
        raise ValueError(f"unknown estimate method {text!r}")
    assert method is not None
    return method


@dataclass(frozen=True)
class TermStanding:
    """Where one term target stands on a day, and where it is heading."""

    span: TermSpan
    goal: TermGoal
    as_of: date
    years: tuple[YearFigure, ...]  # the years of the term with a figure, in order
    years_missing: tuple[int, ...]  # years already begun without any figure
    so_far: ev.Result | None  # the total so far (cumulative) or the latest level (end)
    now: ev.Evaluation  # the term target judged on the figure so far
    expected: Decimal | None  # where the path says it should be by now
    pace: ev.Pace | None
    forecast: Decimal | None
    forecast_status: ev.Status | None
    method: Method
    method_text: Bilingual
    needed_per_year: Decimal | None  # the yearly figure (flows) or change (levels) still needed
    remaining_years: int

    @property
    def over(self) -> bool:
        """The term is over and its last year complete."""
        return any(figure.year == self.span.end and figure.complete for figure in self.years)

    @property
    def status(self) -> ev.Status:
        """The term target's status: final once the term is over; before, reached early or in progress."""
        if self.over or self.now.status in (ev.Status.EXCEEDED, ev.Status.MET, ev.Status.NO_DATA):
            return self.now.status
        if self.now.status == ev.Status.NOT_EVALUABLE:
            return ev.Status.NOT_EVALUABLE
        return ev.Status.IN_PROGRESS

    def evaluation(self) -> ev.Evaluation:
        """The standing as an evaluation, for counting with the year's rules."""
        return dataclasses.replace(self.now, status=self.status, pace=self.pace)

    def forecast_evaluation(self) -> ev.Evaluation:
        """The forecast as an (estimated) evaluation, for "dự kiến đạt x/y"."""
        if self.forecast is None or self.forecast_status is None:
            return ev.Evaluation(status=ev.Status.NO_DATA)
        result = ev.Result(self.forecast, ev.ValueKind.ESTIMATE)
        return ev.Evaluation(status=self.forecast_status, result=result)


def standing(goal: TermGoal, span: TermSpan, figures: Mapping[int, YearFigure], as_of: date) -> TermStanding:
    """Judge a term target on ``as_of`` from its years' figures (the congress year's may be among them)."""
    begun = [year for year in span.years if year <= as_of.year]
    years = tuple(figures[year] for year in begun if year in figures)
    missing = tuple(year for year in begun if year not in figures)
    complete = [figure for figure in years if figure.complete]
    start_level = _start_level(goal, figures.get(span.start))
    remaining = span.end - (complete[-1].year if complete else span.start)

    if (
        goal.plan.baseline is None
        and start_level is not None
        and goal.rule.direction == ev.Direction.DECREASE
    ):
        goal = dataclasses.replace(goal, plan=dataclasses.replace(goal.plan, baseline=start_level))
    so_far = _so_far(goal, years, span)
    if so_far is None:
        now = ev.Evaluation(status=ev.Status.NO_DATA)
    else:
        now = ev.evaluate(goal.rule, goal.plan, dataclasses.replace(so_far, complete=True))
    expected = _expected(goal, span, as_of, start_level)
    pace = _pace(goal, so_far, expected, now)
    forecast, method, method_text = _forecast(goal, span, complete, start_level)
    forecast_status = None
    if forecast is not None:
        forecast_status, _percent = ev.judge(goal.rule, goal.plan, ev.Result(forecast, ev.ValueKind.ESTIMATE))
    needed = _needed(goal, span, complete, remaining)
    return TermStanding(
        span=span,
        goal=goal,
        as_of=as_of,
        years=years,
        years_missing=missing,
        so_far=so_far,
        now=now,
        expected=expected,
        pace=pace,
        forecast=forecast,
        forecast_status=forecast_status,
        method=method,
        method_text=method_text,
        needed_per_year=needed,
        remaining_years=remaining,
    )


def _start_level(goal: TermGoal, congress_year: YearFigure | None) -> Decimal | None:
    """Where a level starts: the baseline set with the target, else the congress year's figure."""
    if goal.plan.baseline is not None:
        return goal.plan.baseline
    return congress_year.value if congress_year is not None else None


def _so_far(goal: TermGoal, years: tuple[YearFigure, ...], span: TermSpan) -> ev.Result | None:
    if not years:
        return None
    kind = ev.weakest(figure.kind for figure in years)
    over = any(figure.year == span.end and figure.complete for figure in years)
    if goal.measure == TermMeasure.CUMULATIVE:
        total = sum((figure.value for figure in years), Decimal(0))
        return ev.Result(
            total, kind, complete=over, periods_counted=len(years), last_period_id=str(years[-1].year)
        )
    if goal.rule.time_aggregation == ev.TimeAggregation.SUM:
        # a yearly flow judged by its level (accidents a year): a year still open is not a level yet
        years = tuple(figure for figure in years if figure.complete)
        if not years:
            return None
    latest = years[-1]
    return ev.Result(
        latest.value, latest.kind, complete=over, periods_counted=1, last_period_id=str(latest.year)
    )


def _expected(goal: TermGoal, span: TermSpan, as_of: date, start_level: Decimal | None) -> Decimal | None:
    """The path: the latest milestone passed, else a straight line by the months gone."""
    target = goal.plan.target
    if target is None or goal.rule.direction not in (ev.Direction.INCREASE, ev.Direction.DECREASE):
        return None
    passed = [year for year in goal.milestones if year < as_of.year and span.start < year <= span.end]
    if passed:
        return goal.milestones[max(passed)]
    share = Decimal(span.months_gone(as_of)) / (span.length * MONTHS)
    if goal.measure == TermMeasure.CUMULATIVE:
        return target * share
    if start_level is None:
        return None
    return start_level + (target - start_level) * share


def _pace(
    goal: TermGoal, so_far: ev.Result | None, expected: Decimal | None, now: ev.Evaluation
) -> ev.Pace | None:
    if so_far is None:
        return None
    if expected is None:
        if goal.rule.direction in (ev.Direction.INCREASE, ev.Direction.DECREASE):
            return None
        judged = now.status in (ev.Status.MET, ev.Status.EXCEEDED)
        return ev.Pace.ON_TRACK if judged else ev.Pace.BEHIND  # keep-at targets: holding today or not
    going_down = goal.rule.direction == ev.Direction.DECREASE
    if goal.measure == TermMeasure.CUMULATIVE and going_down:
        on_track = so_far.value <= expected  # a total to keep down (accidents over the term)
    elif going_down:
        on_track = so_far.value <= expected
    else:
        on_track = so_far.value >= expected
    return ev.Pace.ON_TRACK if on_track else ev.Pace.BEHIND


def _forecast(
    goal: TermGoal, span: TermSpan, complete: list[YearFigure], start_level: Decimal | None
) -> tuple[Decimal | None, Method, Bilingual]:
    """The trend of the complete years so far, carried to the end of the term."""
    if goal.measure == TermMeasure.CUMULATIVE:
        if not complete:
            return None, Method.NEEDS_YEARS, _NEEDS_A_YEAR
        total = sum((figure.value for figure in complete), Decimal(0))
        average = total / len(complete)
        left = span.end - complete[-1].year
        forecast = total + average * left
        first, last = complete[0].year, complete[-1].year
        text = Bilingual(
            f"the yearly average of {_years_en(first, last)} ({_n(average)}) kept for the {left} years left",
            f"giữ mức bình quân {_years_vi(first, last)} ({_n(average, 'vi')}/năm) cho {left} năm còn lại",
        )
        if left == 0:
            text = Bilingual("the term's total", "tổng các năm của nhiệm kỳ")
        return forecast, Method.TREND, text
    points = [(span.start, start_level)] if start_level is not None else []
    points += [(figure.year, figure.value) for figure in complete]
    clean = [(year, value) for year, value in points if value is not None]
    if len(clean) < 2:
        return None, Method.NEEDS_YEARS, _NEEDS_TWO_YEARS
    slope, intercept = _line(clean)
    last_year = clean[-1][0]
    forecast = clean[-1][1] if last_year == span.end else intercept + slope * span.end
    first = clean[0][0]
    text = Bilingual(
        f"the straight-line trend of {_years_en(first, last_year)} ({_signed(slope)} a year) to {span.end}",
        f"theo xu hướng {_years_vi(first, last_year)} (bình quân {_signed(slope, 'vi')}/năm) đến {span.end}",
    )
    return forecast, Method.TREND, text


_NEEDS_A_YEAR = Bilingual(
    "no forecast before a whole year of the term is known", "chưa dự báo: chưa có số liệu trọn năm nào"
)
_NEEDS_TWO_YEARS = Bilingual(
    "no forecast before two years' levels are known", "chưa dự báo: cần số liệu của ít nhất hai năm"
)


def _line(points: list[tuple[int, Decimal]]) -> tuple[Decimal, Decimal]:
    """Least-squares slope and intercept, in Decimal."""
    n = Decimal(len(points))
    xs = [Decimal(year) for year, _ in points]
    ys = [value for _, value in points]
    zero = Decimal(0)
    mean_x, mean_y = sum(xs, zero) / n, sum(ys, zero) / n
    spread = sum(((x - mean_x) ** 2 for x in xs), zero)
    slope = sum(((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)), zero) / spread
    return slope, mean_y - slope * mean_x


def _needed(goal: TermGoal, span: TermSpan, complete: list[YearFigure], remaining: int) -> Decimal | None:
    """The yearly figure (a total) or yearly change (a level) the remaining years need."""
    target = goal.plan.target
    if target is None or remaining <= 0 or goal.rule.direction == ev.Direction.YES_NO:
        return None
    if goal.measure == TermMeasure.CUMULATIVE:
        done = sum((figure.value for figure in complete), Decimal(0))
        return (target - done) / remaining
    if not complete:
        return None
    return (target - complete[-1].value) / remaining


def count(standings: list[TermStanding]) -> ev.StatusCounts:
    """ "đạt và vượt x/y chỉ tiêu nhiệm kỳ", counted with the year's rules."""
    return ev.count_statuses(standing.evaluation() for standing in standings)


def count_forecast(standings: list[TermStanding]) -> ev.StatusCounts:
    """ "dự kiến đạt và vượt x/y chỉ tiêu nhiệm kỳ": the forecasts counted the same way."""
    return ev.count_statuses(standing.forecast_evaluation() for standing in standings)


def term_sentence(span: TermSpan, as_of: date, lang: str = "vi") -> str:
    """ "Năm 2023 là năm thứ ba thực hiện nhiệm kỳ 2020–2025"."""
    year = as_of.year
    number = span.year_number(year)
    if language_of(lang) == "vi":
        if number < 1:
            return f"Nhiệm kỳ {span.label()} chưa bắt đầu"
        if number > span.length:
            return f"Nhiệm kỳ {span.label()} đã kết thúc"
        return (
            f"Năm {year} là năm thứ {_ORDINAL_VI.get(number, str(number))} thực hiện nhiệm kỳ {span.label()}"
        )
    if number < 1:
        return f"The {span.label()} term has not begun"
    if number > span.length:
        return f"The {span.label()} term is over"
    return f"{year} is year {number} of {span.length} of the {span.label()} term"


_ORDINAL_VI = {
    1: "nhất",
    2: "hai",
    3: "ba",
    4: "tư",
    5: "năm",
    6: "sáu",
    7: "bảy",
    8: "tám",
    9: "chín",
    10: "mười",
}


def _years_vi(first: int, last: int) -> str:
    return f"năm {first}" if first == last else f"các năm {first}–{last}"


def _years_en(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}–{last}"


def _n(value: Decimal, lang: str = "en") -> str:
    notation = Notation.for_language(lang)
    return format_number(value, _decimals_for(value), notation=notation)


def _signed(value: Decimal, lang: str = "en") -> str:
    text = _n(abs(value), lang)
    return f"+{text}" if value >= 0 else f"−{text}"


def _decimals_for(value: Decimal) -> int:
    """Two decimals for small figures (rates), none for large ones (counts)."""
    return 0 if abs(value) >= 100 else 2


# --- the year-end estimate -----------------------------------------------------------------------


@dataclass(frozen=True)
class YearEstimate:
    """Ước thực hiện cả năm: the full year's figure estimated before it closes, and how."""

    value: Decimal
    method: Method
    months_used: tuple[int, ...]
    text: Bilingual

    def result(self) -> ev.Result:
        """The estimate as a figure to judge: labelled "ước", complete for the whole year."""
        last = f"M{self.months_used[-1]:02d}" if self.months_used else ""
        return ev.Result(
            self.value,
            ev.ValueKind.ESTIMATE,
            complete=True,
            periods_counted=len(self.months_used),
            last_period_id=last,
        )


class EstimateError(ValueError):
    """An estimate that cannot be made (no months entered)."""


def estimate_year(
    rule: ev.Rule,
    months: Mapping[int, Decimal],
    last_year: Mapping[int, Decimal] | None = None,
    method: Method | None = None,
) -> YearEstimate | None:
    """Estimate the full year from the months entered (month number → value).

    Flows: ``SAME_SHARE`` (the months entered made the same share of the year as last year's
    same months did of last year) when last year is known in full, else ``STRAIGHT_LINE`` (the
    same pace for the months left). Stocks keep their latest value; averages, maxima and minima
    are those of the months entered. Returns None when no month has a figure.
    """
    if not months:
        return None
    used = tuple(sorted(months))
    aggregation = rule.time_aggregation
    if aggregation == ev.TimeAggregation.LAST:
        latest = used[-1]
        return YearEstimate(
            months[latest],
            Method.LATEST,
            used,
            Bilingual(
                f"the latest figure (month {latest}) kept to December",
                f"giữ số mới nhất (tháng {latest}) đến cuối năm",
            ),
        )
    if aggregation != ev.TimeAggregation.SUM:
        values = [months[m] for m in used]
        value = {
            ev.TimeAggregation.AVERAGE: sum(values, Decimal(0)) / len(values),
            ev.TimeAggregation.MAX: max(values),
            ev.TimeAggregation.MIN: min(values),
        }[aggregation]
        return YearEstimate(
            value,
            Method.MONTHS_SO_FAR,
            used,
            Bilingual(
                f"the {aggregation.value} of the {len(used)} months entered",
                f"tính trên {len(used)} tháng đã có số liệu",
            ),
        )
    total = sum((months[m] for m in used), Decimal(0))
    share = _same_share(used, last_year) if method in (None, Method.SAME_SHARE) else None
    if share is not None:
        pct_en, pct_vi = _n(share * HUNDRED), _n(share * HUNDRED, "vi")
        return YearEstimate(
            total / share,
            Method.SAME_SHARE,
            used,
            Bilingual(
                f"the {len(used)} months entered made {pct_en}% of last year; the same share this year",
                f"{len(used)} tháng đã có số liệu; cùng kỳ năm trước chiếm {pct_vi}% cả năm",
            ),
        )
    if method == Method.SAME_SHARE:
        raise EstimateError("last year's months are not known in full")
    return YearEstimate(
        total * MONTHS / len(used),
        Method.STRAIGHT_LINE,
        used,
        Bilingual(
            f"the average of the {len(used)} months entered, for all 12 months",
            f"bình quân {len(used)} tháng đã có số liệu, nhân 12 tháng",
        ),
    )


def _same_share(used: tuple[int, ...], last_year: Mapping[int, Decimal] | None) -> Decimal | None:
    """The share of last year's total that its months ``used`` made (None when last year is not whole)."""
    if not last_year or any(m not in last_year for m in range(1, MONTHS + 1)):
        return None
    year_total = sum(last_year.values(), Decimal(0))
    part = sum((last_year[m] for m in used), Decimal(0))
    if year_total <= 0 or part <= 0:
        return None
    return part / year_total


def person_estimate(value: Decimal, note: str = "") -> YearEstimate:
    """An estimate a person entered: it wins over any computed one."""
    said = f": {note}" if note else ""
    return YearEstimate(
        value, Method.PERSON, (), Bilingual(f"entered by a person{said}", f"do đơn vị nhập{said}")
    )


def method_label(method: Method, lang: str = "vi") -> str:
    return _METHOD_LABELS[method].get(lang)


_METHOD_LABELS = {
    Method.TREND: Bilingual("trend of the years so far", "xu hướng các năm đã qua"),
    Method.NEEDS_YEARS: Bilingual("not enough years", "chưa đủ số năm"),
    Method.SAME_SHARE: Bilingual(
        "same share of the year as last year", "cùng tỷ trọng với cùng kỳ năm trước"
    ),
    Method.STRAIGHT_LINE: Bilingual("straight-line pace", "theo tốc độ bình quân tháng"),
    Method.LATEST: Bilingual("latest figure kept", "giữ số mới nhất"),
    Method.MONTHS_SO_FAR: Bilingual("months entered so far", "các tháng đã có số liệu"),
    Method.PERSON: Bilingual("entered by a person", "do đơn vị nhập"),
}
