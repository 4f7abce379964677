"""Số liệu: the figures of indicators for units and a period, computed from the stored values.

This is where a figure comes from: each unit's own figure (entered for the period, or
aggregated from its months by one GROUP BY in the database), rolled up the unit tree by the
pure core. A year's figures are kept up to date on every write by
:mod:`chitieu.monitoring.aggregates`; :func:`figures` reads those when they answer the question
asked, and computes from the raw values otherwise (another span, or a day before some of the
values) — the same functions either way, so the figures are the same.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from django.db import connection

from chitieu.core import evaluation as ev
from chitieu.core import periods as core_periods
from chitieu.monitoring.models import KIND_BY_RANK, DataState, DataValue, KeptFigure, Period
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import Indicator

SCALE = Decimal("0.0001")  # stored values have 4 decimals; sums are exact at that scale

# Which units to read: a unit's whole subtree, or the units with these ids.
UnitScope = OrgUnit | Sequence[int]


def as_decimal(raw: object) -> Decimal:
    """A number from the database as an exact Decimal (SQLite returns floats for sums).

    Whole numbers come back exact; floats are rounded to the stored 4 decimals, which removes
    the binary error of a sum of up to 15 significant digits.
    """
    if isinstance(raw, int):
        return Decimal(raw)
    if isinstance(raw, float):
        return Decimal(repr(raw)).quantize(SCALE)
    return raw if isinstance(raw, Decimal) else Decimal(str(raw))


def month_number(period_id: str) -> int:
    """The month of a month id ("2022M07" → 7); 0 for any other period (the year itself)."""
    return int(period_id[5:]) if len(period_id) == 7 and period_id[4] == "M" else 0


@dataclass(frozen=True)
class Figures:
    """Every unit's effective figure per indicator for one period, after roll-up.

    ``children`` maps a unit to the units below it when the figures were rolled up here;
    kept figures bring each unit's children's roll-up ready made in ``below`` instead.
    """

    by_indicator: dict[int, dict[int, ev.Result]]
    children: dict[int, list[int]]
    below: dict[tuple[int, int], ev.Result] = field(default_factory=dict)
    kept: bool = False  # read from the kept rows: ``below`` holds the children's roll-ups
    below_of: frozenset[int] | None = None  # kept: the units whose roll-ups were read (None: all)

    def get(self, indicator_id: int, unit_id: int) -> ev.Result | None:
        return self.by_indicator.get(indicator_id, {}).get(unit_id)

    def children_result(
        self, indicator_id: int, unit_id: int, aggregation: ev.UnitAggregation
    ) -> ev.Result | None:
        """The units below added up, shown beside a unit's own figure (None when it has none)."""
        if self.kept:
            if self.below_of is not None and unit_id not in self.below_of:
                raise LookupError(f"the roll-up below unit {unit_id} was not read (figures(levels=…))")
            return self.below.get((indicator_id, unit_id))
        below = self.children.get(unit_id)
        if not below:
            return None
        results = self.by_indicator.get(indicator_id, {})
        return ev.combine([results[c] for c in below if c in results], aggregation)


def with_components(indicators: Iterable[Indicator]) -> dict[int, Indicator]:
    """The indicators by id, with the numerators and denominators their rates are computed from."""
    by_pk = {ind.pk: ind for ind in indicators}
    component_ids = {
        i for ind in by_pk.values() for i in (ind.numerator_id, ind.denominator_id) if i is not None
    }
    missing = component_ids - by_pk.keys()
    if missing:
        by_pk.update(
            {ind.pk: ind for ind in Indicator.objects.filter(pk__in=missing).select_related("regime")}
        )
    return by_pk


def figures(
    indicators: Iterable[Indicator],
    *,
    root: OrgUnit,
    period: core_periods.Period,
    as_of: date,
    year_to_date: bool = False,
    kept: bool = True,
    below: bool = True,
    levels: int | None = None,
) -> Figures:
    """The figures of ``period`` (or from the start of its year, with ``year_to_date``) in ``root``'s subtree.

    Each unit's own figure (entered for the period, or aggregated from its months) is rolled up
    the tree per indicator; rates are recomputed from their numerator and denominator. A year's
    figures are read from those kept on write when they hold for ``as_of`` (``kept=False``:
    always from the raw values); ``below=False`` leaves out the children's roll-ups shown beside
    a unit's own figure; ``levels`` (0: ``root`` alone, 1: with its children) is all the caller
    will ask about, so kept figures need not be read further down.
    """
    indicators = list(indicators)
    span = core_periods.year_to_date(period) if year_to_date else period
    if kept and period.type == core_periods.PeriodType.YEAR:
        found = kept_figures(indicators, root=root, year=span.year, as_of=as_of, below=below, levels=levels)
        if found is not None:
            return found
    by_pk = with_components(indicators)
    units = list(OrgUnit.objects.filter(path__startswith=root.path).values_list("pk", "parent_id"))
    children: dict[int, list[int]] = defaultdict(list)
    for pk, parent_id in units:
        if parent_id is not None:
            children[parent_id].append(pk)
    unit_ids = [pk for pk, _ in units]

    own, _latest = own_results(by_pk, root, period, span, as_of)
    return Figures(_rolled_up(by_pk, children, unit_ids, own), children)


def _rolled_up(
    by_pk: dict[int, Indicator],
    children: dict[int, list[int]],
    unit_ids: list[int],
    own: dict[int, dict[int, ev.Result]],
) -> dict[int, dict[int, ev.Result]]:
    """Every unit's effective figure per indicator: rolled up the tree, rates from their components."""
    order = ev.parents_bottom_up(children, unit_ids)
    effective: dict[int, dict[int, ev.Result]] = {}
    for ind in sorted(by_pk.values(), key=lambda i: i.unit_aggregation == "ratio"):
        aggregation = ev.UnitAggregation(ind.unit_aggregation)
        if aggregation == ev.UnitAggregation.RATIO:
            effective[ind.pk] = ev.roll_up_ratio(
                children,
                unit_ids,
                own.get(ind.pk, {}),
                effective.get(ind.numerator_id or 0, {}),
                effective.get(ind.denominator_id or 0, {}),
                ind.ratio_scale,
            )
        else:
            effective[ind.pk] = ev.roll_up(children, unit_ids, own.get(ind.pk, {}), aggregation, order)
    return effective


def year_to_date_by_month(
    indicator: Indicator, *, root: OrgUnit, year: int, as_of: date
) -> list[tuple[core_periods.Period, ev.Result | None]]:
    """Lũy kế: ``root``'s figure from January to each month begun by ``as_of``, from one read of the values.

    Each is the figure :func:`figures` gives for that month with ``year_to_date`` (the same own
    figures and roll-up), without reading the values again for every month.
    """
    return years_to_date_by_month(indicator, root=root, years=[(year, as_of)])[0]


def years_to_date_by_month(
    indicator: Indicator, *, root: OrgUnit, years: list[tuple[int, date]]
) -> list[list[tuple[core_periods.Period, ev.Result | None]]]:
    """:func:`year_to_date_by_month` for several (year, as of) at once — this year and last — in one read."""
    by_pk = with_components([indicator])
    all_rows = list(
        DataValue.objects.filter(
            is_best=True,
            indicator_id__in=list(by_pk),
            unit__path__startswith=root.path,
            period__start__year__in=[year for year, _day in years],
            period__type__in=[core_periods.PeriodType.MONTH.value, core_periods.PeriodType.YEAR.value],
        )
        .order_by("period__start")
        .values_list(
            "indicator_id",
            "unit_id",
            "period_id",
            "period__type",
            "period__start",
            "value",
            "kind",
            "unit__path",
        )
    )
    return [
        _by_month(by_pk, [row for row in all_rows if row[4].year == year], root, indicator, year, as_of)
        for year, as_of in years
    ]


def _by_month(
    by_pk: dict[int, Indicator],
    rows: list[tuple[Any, ...]],
    root: OrgUnit,
    indicator: Indicator,
    year: int,
    as_of: date,
) -> list[tuple[core_periods.Period, ev.Result | None]]:
    # The tree the values hang from (units with no value anywhere below them add nothing).
    children: dict[int, list[int]] = defaultdict(list)
    unit_ids = [root.pk]
    for path in sorted({row[7] for row in rows}):
        chain = [int(part) for part in path.strip("/").split("/")][root.depth :]
        for parent, child in itertools.pairwise(chain):
            if child not in children[parent]:
                children[parent].append(child)
                unit_ids.append(child)
    months = [
        m for m in core_periods.periods_of_type(year, core_periods.PeriodType.MONTH) if m.start <= as_of
    ]
    takes_last = {pk for pk, ind in by_pk.items() if ind.time_aggregation == "last"}
    found = []
    for month in months:
        span = core_periods.year_to_date(month)
        last_known = min(as_of, span.last_day)
        summaries: dict[tuple[int, int], ev.TimeSummary] = {}
        lasts: dict[tuple[int, int], tuple[Decimal, ev.ValueKind]] = {}
        direct: dict[tuple[int, int], ev.Result] = {}
        for ind, unit_id, period_id, kind_of_period, start, value, kind, _path in rows:
            key = (ind, unit_id)
            if kind_of_period == core_periods.PeriodType.YEAR.value:
                if period_id == span.id and span.start <= as_of:
                    direct[key] = ev.Result(value=value, kind=KIND_BY_RANK[kind], last_period_id=span.id)
                continue
            if start > last_known:
                continue
            before = summaries.get(key)
            summaries[key] = ev.TimeSummary(  # rows come month by month: this one is the latest
                count=1 if before is None else before.count + 1,
                total=value if before is None else before.total + value,
                weakest_kind=KIND_BY_RANK[kind if before is None else min(kind, before.weakest_kind.rank)],
                last_period_id=period_id,
                minimum=value if before is None or before.minimum is None else min(value, before.minimum),
                maximum=value if before is None or before.maximum is None else max(value, before.maximum),
            )
            if ind in takes_last:
                lasts[key] = (value, KIND_BY_RANK[kind])
        own, _latest = _own_from((summaries, lasts, direct), by_pk, month, span, as_of, None)
        found.append((month, _rolled_up(by_pk, children, unit_ids, own).get(indicator.pk, {}).get(root.pk)))
    return found


def result_of(
    value: str, kind: int, complete: bool, periods: int, last_period: str, rolled_up: bool
) -> ev.Result | None:
    """A kept row's columns as a :class:`~chitieu.core.evaluation.Result` (None: no figure)."""
    if not value:
        return None
    return ev.Result(
        Decimal(value), KIND_BY_RANK[kind], bool(complete), periods, last_period, bool(rolled_up)
    )


KEPT_FIELDS = (  # the columns of a kept row that make its figures (monitoring.models.KeptFigure)
    "indicator_id",
    "unit_id",
    "latest",
    "value",
    "kind",
    "complete",
    "periods_counted",
    "last_period",
    "rolled_up",
    "below_value",
    "below_kind",
    "below_complete",
    "below_periods",
    "below_last_period",
)


def has_values(root: OrgUnit, year: int) -> bool:
    """Whether any value of ``year`` is stored in ``root``'s subtree (no: a first year, nothing to read).

    Asked as the indexes answer it: the year's periods, then the subtree's units one by one.
    Through joins, SQLite read every value of the province to find that a ward had none (0,2 s).
    """
    periods = list(Period.objects.filter(start__year=year).values_list("pk", flat=True))
    if not periods:
        return False
    units = OrgUnit.objects.filter(path__startswith=root.path).values("pk")
    return DataValue.objects.filter(unit_id__in=units, period_id__in=periods).order_by().exists()


def kept_month(year: int, as_of: date) -> int | None:
    """The last month of ``year`` known on ``as_of``, when the kept figures answer for that day.

    None when they do not: not built yet, or a day before the year. A kept row whose values reach
    past that month (``latest``) does not answer either: the figures are computed from the raw
    values then.
    """
    period = core_periods.year(year)
    if as_of < period.start or not kept_built():
        return None
    return min(as_of, period.last_day).month


def kept_built(*, judged: bool = False) -> bool:
    """Whether the kept figures are built (``chitieu aggregates rebuild`` or ``migrate``); ``judged``:
    and their statuses judged with today's verdict (:data:`chitieu.core.evaluation.VERDICT_VERSION`)."""
    state = DataState.objects.filter(pk=1, built_at__isnull=False)
    return (state.filter(judged_with=ev.VERDICT_VERSION) if judged else state).exists()


def year_closed(regime: core_periods.ReportingRegime, period: core_periods.Period, as_of: date) -> bool:
    """Whether the year is closed on ``as_of`` under a reporting regime: which kept reading holds."""
    return as_of >= regime.window(period).last_day


def kept_figures(
    indicators: Iterable[Indicator],
    *,
    root: OrgUnit,
    year: int,
    as_of: date,
    below: bool = True,
    levels: int | None = None,
) -> Figures | None:
    """A year's figures in ``root``'s subtree read from the kept rows, or None when they do not hold.

    They hold once built, for a day in or after the latest month of every value behind them;
    each indicator is read as the year was then: still open, or closed by its reporting regime.
    One query, one row per unit with a figure. ``below=False``: without the children's roll-ups
    shown beside a unit's own figure (counting needs only the figures). ``levels``: only the
    units this many levels down from ``root`` (0: ``root`` alone; None: the whole subtree).
    """
    month = kept_month(year, as_of)
    if month is None:
        return None
    period = core_periods.year(year)
    closed, still_open = [], []
    for ind in indicators:
        (closed if year_closed(ind.reporting_regime, period, as_of) else still_open).append(ind.pk)
    # Plain SQL: one row per unit and indicator, with no per-row conversion but the numbers'.
    # Indicators are picked here rather than in the query: given a long IN list, SQLite walks
    # the (indicator, unit, …) index once per indicator instead of reading the subtree's rows.
    kept, unit = KeptFigure._meta.db_table, OrgUnit._meta.db_table
    readings = [flag for flag, ids in ((True, closed), (False, still_open)) if ids]
    if not readings:
        return Figures({}, {}, {}, kept=True)
    columns = ", ".join("k." + name for name in ("closed", *(KEPT_FIELDS if below else KEPT_FIELDS[:9])))
    depth = "" if levels is None else " AND u.depth <= %s"
    sql = f"""
        SELECT {columns}
        FROM {kept} k
        WHERE k.year = %s AND k.unit_id IN (SELECT u.id FROM {unit} u WHERE u.path LIKE %s{depth})
          AND k.closed IN ({", ".join(["%s"] * len(readings))})
    """
    params: list[object] = [year, root.path + "%"]
    if levels is not None:
        params.append(root.depth + levels)
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, *readings])
        rows = cursor.fetchall()
    wanted = {pk: True for pk in closed} | {pk: False for pk in still_open}
    by_indicator: dict[int, dict[int, ev.Result]] = defaultdict(dict)
    under_units: dict[tuple[int, int], ev.Result] = {}
    for reading, ind, unit_id, latest, *figure in rows:
        if wanted.get(ind) != bool(reading):
            continue  # another indicator, or the other reading of this one
        if latest > month:
            return None  # a value from after that day: compute from the raw values
        result = result_of(*figure[:6])
        if result is not None:
            by_indicator[ind][unit_id] = result
        # The roll-up shown beside an own figure: a scorecard shows it for its own unit only.
        wanted_below = below and (levels is None or unit_id == root.pk)
        below_result = result_of(*figure[6:], True) if wanted_below else None
        if below_result is not None:
            under_units[(ind, unit_id)] = below_result
    below_of = None if levels is None else frozenset({root.pk})
    return Figures(dict(by_indicator), {}, under_units, kept=True, below_of=below_of)


Own = tuple[dict[int, dict[int, ev.Result]], dict[tuple[int, int], int]]


def own_results(
    indicators: dict[int, Indicator],
    scope: UnitScope,
    period: core_periods.Period,
    span: core_periods.Period,
    as_of: date,
) -> Own:
    """Each unit's own figure per indicator: entered for the period, or aggregated from its months.

    ``span`` is the range of months aggregated: the period itself, or the year to its end. Also
    returns, per (indicator, unit), the latest month that has a value (0: only a figure for the
    span itself).
    """
    reads = _own_reads(indicators, scope, span, as_of)
    return _own_from(reads, indicators, period, span, as_of, None)


def year_own_results(indicators: dict[int, Indicator], scope: UnitScope, year: int) -> dict[bool, Own]:
    """A year's own figures from all its months, read once: as the year stands open (False) and closed."""
    period = core_periods.year(year)
    reads = _own_reads(indicators, scope, period, period.last_day)
    return {
        closed: _own_from(reads, indicators, period, period, period.last_day, closed)
        for closed in (False, True)
    }


_Reads = tuple[
    dict[tuple[int, int], ev.TimeSummary],
    dict[tuple[int, int], tuple[Decimal, ev.ValueKind]],
    dict[tuple[int, int], ev.Result],
]


def _own_reads(
    indicators: dict[int, Indicator], scope: UnitScope, span: core_periods.Period, as_of: date
) -> _Reads:
    last_known = min(as_of, span.last_day)
    indicator_ids = sorted(indicators)
    extremes = {pk for pk, ind in indicators.items() if ind.time_aggregation in ("min", "max")}
    summaries = _month_summaries(indicator_ids, scope, span.start, last_known, extremes)
    last_ids = [pk for pk, ind in indicators.items() if ind.time_aggregation == "last"]
    lasts = _last_values(last_ids, scope, summaries) if last_ids else {}
    direct = _direct_values(indicator_ids, scope, span) if span.start <= as_of else {}
    return summaries, lasts, direct


def _own_from(
    reads: _Reads,
    indicators: dict[int, Indicator],
    period: core_periods.Period,
    span: core_periods.Period,
    as_of: date,
    period_over: bool | None,
) -> Own:
    """The own figures from what :func:`_own_reads` read; ``period_over`` None: from ``as_of``."""
    summaries, lasts, direct = reads
    expected_months = len(span.months())
    own: dict[int, dict[int, ev.Result]] = defaultdict(dict)
    latest: dict[tuple[int, int], int] = {}
    rules: dict[int, tuple[ev.TimeAggregation, bool]] = {}  # worked out once per indicator, not per unit
    for indicator_id, ind in indicators.items():
        over = as_of >= ind.reporting_regime.window(period).last_day if period_over is None else period_over
        rules[indicator_id] = (ev.TimeAggregation(ind.time_aggregation), over)
    for key, summary in summaries.items():
        indicator_id, unit_id = key
        over_time, period_over_here = rules[indicator_id]
        if key in lasts:
            last, last_kind = lasts[key]
            summary = ev.TimeSummary(
                summary.count,
                summary.total,
                summary.weakest_kind,
                summary.last_period_id,
                last=last,
                last_kind=last_kind,
            )
        aggregated = summary.result(over_time, expected_months, period_over_here)
        entered = direct.get(key)
        own[indicator_id][unit_id] = aggregated if entered is None else ev.choose_result(entered, aggregated)
        latest[key] = month_number(summary.last_period_id)
    for key, entered in direct.items():
        own[key[0]].setdefault(key[1], entered)
        latest.setdefault(key, 0)
    return own, latest


def _tables() -> tuple[str, str, str]:
    return DataValue._meta.db_table, Period._meta.db_table, OrgUnit._meta.db_table


def in_list(values: Iterable[object]) -> tuple[str, list[object]]:
    """Placeholders and parameters for ``IN (…)``."""
    items = list(values)
    return ", ".join(["%s"] * len(items)), items


def _unit_condition(scope: UnitScope) -> tuple[str, list[object]]:
    # Values are filtered by "unit_id IN (the subtree's ids)" rather than through a join on the
    # unit's path, so that the database reads them unit by unit through the (unit, indicator,
    # period) index; given the join, SQLite (which keeps no statistics) reads every value of the
    # indicators instead (20 times slower for a district of a 220-unit province).
    if isinstance(scope, OrgUnit):
        return f"dv.unit_id IN (SELECT u.id FROM {_tables()[2]} u WHERE u.path LIKE %s)", [scope.path + "%"]
    marks, ids = in_list(scope)
    return f"dv.unit_id IN ({marks})", ids


def _month_summaries(
    indicator_ids: list[int], scope: UnitScope, first_day: date, last_known: date, extremes: set[int]
) -> dict[tuple[int, int], ev.TimeSummary]:
    """Per (indicator, unit): count, sum, weakest kind and latest month of the month values.

    Minimum and maximum are converted only for the indicators in ``extremes`` (MIN or MAX).
    """
    if not indicator_ids or (not isinstance(scope, OrgUnit) and not scope):
        return {}
    dv, period, _unit = _tables()
    marks, params = in_list(indicator_ids)
    units, unit_params = _unit_condition(scope)
    sql = f"""
        SELECT dv.indicator_id, dv.unit_id, COUNT(*), SUM(dv.value), MIN(dv.value), MAX(dv.value),
               MIN(dv.kind), MAX(p.id)
        FROM {dv} dv
        JOIN {period} p ON p.id = dv.period_id
        WHERE dv.is_best = %s AND p.type = 'month' AND p.start >= %s AND p.start <= %s
          AND {units}
          AND dv.indicator_id IN ({marks})
        GROUP BY dv.indicator_id, dv.unit_id
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, [True, first_day, last_known, *unit_params, *params])
        rows = cursor.fetchall()
    kinds = KIND_BY_RANK
    return {
        (ind, unit_id): ev.TimeSummary(count, as_decimal(total), kinds[weakest], last_period)
        if ind not in extremes
        else ev.TimeSummary(
            count,
            as_decimal(total),
            kinds[weakest],
            last_period,
            minimum=as_decimal(low),
            maximum=as_decimal(high),
        )
        for ind, unit_id, count, total, low, high, weakest, last_period in rows
    }


def _last_values(
    indicator_ids: list[int], scope: UnitScope, summaries: dict[tuple[int, int], ev.TimeSummary]
) -> dict[tuple[int, int], tuple[Decimal, ev.ValueKind]]:
    """The latest month's value of stock indicators, per unit.

    The month summaries already name each cell's latest month (month ids sort by date), so only
    that month's value is read: one row per cell instead of one per month.
    """
    wanted = set(indicator_ids)
    last_month = {key: summary.last_period_id for key, summary in summaries.items() if key[0] in wanted}
    if not last_month:
        return {}
    rows = _best_values(indicator_ids, scope, sorted(set(last_month.values())), with_period=True)
    return {
        (ind, unit_id): (value, KIND_BY_RANK[kind])
        for ind, unit_id, period_id, value, kind in rows
        if last_month.get((ind, unit_id)) == period_id
    }


def _best_values(
    indicator_ids: list[int], scope: UnitScope, period_ids: list[str], *, with_period: bool = False
) -> list[tuple[Any, ...]]:
    """(indicator, unit, [period,] value, kind) of the firmest values of these cells, values exact.

    Plain SQL: the ORM prepared each of a grid's 400 indicator ids one by one, several times
    the cost of the query itself.
    """
    dv = _tables()[0]
    ind_marks, ind_params = in_list(indicator_ids)
    period_marks, period_params = in_list(period_ids)
    units, unit_params = _unit_condition(scope)
    period = "dv.period_id, " if with_period else ""
    sql = f"""
        SELECT dv.indicator_id, dv.unit_id, {period}dv.value, dv.kind FROM {dv} dv
        WHERE dv.is_best = %s AND dv.indicator_id IN ({ind_marks}) AND {units}
          AND dv.period_id IN ({period_marks})
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, [True, *ind_params, *unit_params, *period_params])
        rows = cursor.fetchall()
    if connection.vendor == "postgresql":  # numeric columns come back as exact Decimals
        return rows
    # as the ORM reads a value column: at its 4 decimals ("5.0000")
    return [(*row[:-2], as_decimal(row[-2]).quantize(SCALE), row[-1]) for row in rows]


def _direct_values(
    indicator_ids: list[int], scope: UnitScope, span: core_periods.Period
) -> dict[tuple[int, int], ev.Result]:
    """Figures entered for the span itself (an estimate for the year, or its official figure)."""
    rows = _best_values(indicator_ids, scope, [span.id])
    return {
        (ind, unit_id): ev.Result(value=value, kind=KIND_BY_RANK[kind], last_period_id=span.id)
        for ind, unit_id, value, kind in rows
    }
