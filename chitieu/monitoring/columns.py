"""Many targets at once: every target of a subtree evaluated as columns, for counts and roll-ups.

A scorecard makes one line object per target, with everything a page or a report shows. To
count a whole province's targets by status (the units below on a dashboard, a report's units
section, a province's standing) only the figure, the % of plan and the status are needed: here
they are worked out as columns — plain lists, one entry per target — from the plans and their
kept figures read in one plain query, each indicator's targets judged at once with the core's own
verdict (:func:`chitieu.core.evaluation.judge_many`), so the figures and statuses are those of
the scorecard.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from operator import itemgetter

from django.db import connection

from chitieu.core import evaluation as ev
from chitieu.core import periods as core_periods
from chitieu.monitoring import definitions
from chitieu.monitoring.figures import (
    Figures,
    as_decimal,
    figures,
    in_list,
    kept_built,
    kept_month,
    year_closed,
)
from chitieu.monitoring.models import KeptFigure
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import Indicator, ReportingRegime, Target


@dataclass
class TargetTable:
    """Targets as columns: entry ``i`` of every list belongs to the same target."""

    unit_ids: list[int] = field(default_factory=list)
    indicator_ids: list[int] = field(default_factory=list)
    values: list[Decimal | None] = field(default_factory=list)  # the figure compared with the plan
    percents: list[Decimal | None] = field(default_factory=list)  # % of plan, exact
    statuses: list[ev.Status] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.unit_ids)

    def counts(self) -> ev.StatusCounts:
        return _counted(self.statuses)

    def counts_by_unit(self) -> dict[int, ev.StatusCounts]:
        """Each unit's targets counted by status, as its own scorecard counts them."""
        by_unit: dict[int, list[ev.Status]] = defaultdict(list)
        for unit_id, status in zip(self.unit_ids, self.statuses, strict=True):
            by_unit[unit_id].append(status)
        return {unit_id: _counted(statuses) for unit_id, statuses in by_unit.items()}


def _counted(statuses: Iterable[ev.Status]) -> ev.StatusCounts:
    totals = dict.fromkeys((status.value for status in ev.Status), 0)
    for status in statuses:
        totals[status.value] += 1
    return ev.StatusCounts(**totals)


PlanColumns = list[tuple[int, int, Decimal | None, Decimal | None, Decimal | None]]


def plan_rows(
    *,
    root: OrgUnit | None,
    year: int,
    unit_ids: Iterable[int] | None = None,
    indicator_ids: Iterable[int] | None = None,
) -> PlanColumns:
    """(unit, indicator, target, upper bound, baseline) of every target in ``root``'s subtree.

    ``unit_ids``: only the targets of these units (``root`` None: wherever they are);
    ``indicator_ids``: only those of these indicators. One plain query.
    """
    target, unit = Target._meta.db_table, OrgUnit._meta.db_table
    sql = f"""
        SELECT t.unit_id, t.indicator_id, t.target, t.target_high, t.baseline
        FROM {target} t
        WHERE t.year = %s
    """
    params: list[object] = [year]
    if root is not None:
        sql += f" AND t.unit_id IN (SELECT u.id FROM {unit} u WHERE u.path LIKE %s)"
        params.append(root.path + "%")
    for column, chosen in (("unit_id", unit_ids), ("indicator_id", indicator_ids)):
        if chosen is not None:
            marks, ids = in_list(chosen)
            if not ids:
                return []
            sql += f" AND t.{column} IN ({marks})"
            params += ids
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    if connection.vendor == "postgresql":  # numeric columns come back as exact Decimals
        return rows
    return [
        (unit_id, ind, _planned(planned), _planned(high), _planned(baseline))
        for unit_id, ind, planned, high, baseline in rows
    ]


def _planned(raw: object) -> Decimal | None:
    """A plan number from SQLite (an int, or a float of a number stored with 4 decimals) as a Decimal.

    A stored plan has at most 4 decimals: its float, times 10.000 and rounded, is that number's
    exact digits — the value :func:`~chitieu.monitoring.figures.as_decimal` gives, several times
    faster (a district's dashboard reads 4.000 plans of the units below).
    """
    if raw.__class__ is float:
        return Decimal(round(raw * 10_000)).scaleb(-4)  # type: ignore[operator]
    return None if raw is None else as_decimal(raw)


def kept_statuses(
    cells: list[tuple[int, int, ev.Result | None]],
    plans: dict[tuple[int, int], tuple[Decimal | None, Decimal | None, Decimal | None]],
    indicators: dict[int, Indicator],
) -> list[str | None]:
    """The status kept with each (indicator, unit, figure) cell: its target's verdict on the figure.

    The status's value ("no_data" without a figure), or None when the unit has no target of the
    indicator (``plans``, by (unit, indicator)). Judged column by column as :func:`target_table`
    judges, with the core's own verdict.
    """
    statuses: list[str | None] = [None] * len(cells)
    columns: dict[int, tuple[list[int], list[ev.Judged]]] = {}
    for i, (indicator_id, unit_id, result) in enumerate(cells):
        plan = plans.get((unit_id, indicator_id))
        if plan is None:
            continue
        if result is None:
            statuses[i] = ev.Status.NO_DATA.value
            continue
        column = columns.get(indicator_id)
        if column is None:
            column = columns[indicator_id] = ([], [])
        column[0].append(i)
        column[1].append((*plan, result.value, result.complete))
    for indicator_id, (places, judged_on) in columns.items():
        judged, _percents = ev.judge_many(indicators[indicator_id].rule(), judged_on)
        for i, status in zip(places, judged, strict=True):
            statuses[i] = status.value
    return statuses


def kept_counts(*, year: int, as_of: date, unit_ids: Iterable[int]) -> dict[int, ev.StatusCounts] | None:
    """Each unit's own targets of ``year`` counted by status on ``as_of``, from the kept statuses.

    A few rows per unit whatever its number of targets: the statuses were judged when the
    figures or the targets were written (:mod:`chitieu.monitoring.aggregates`). The counts are
    those of :func:`target_table`. None when the kept rows do not answer for ``as_of`` — not
    built, judged with another verdict than today's, or a value from after that day.
    """
    period = core_periods.year(year)
    ids = list(unit_ids)
    if as_of < period.start:
        return None
    if not kept_built(judged=True):
        return None
    if not ids:
        return {}
    month = min(as_of, period.last_day).month
    closed, closed_params = _closed_reading(year, as_of, "k.indicator_id")
    marks, _ = in_list(ids)
    kept, target = KeptFigure._meta.db_table, Target._meta.db_table
    judged = f"""
        SELECT k.unit_id, k.status, COUNT(*), MAX(k.latest) FROM {kept} k
        WHERE k.year = %s AND k.unit_id IN ({marks}) AND k.status IS NOT NULL AND k.closed = {closed}
        GROUP BY k.unit_id, k.status
    """
    planned = f"""
        SELECT unit_id, COUNT(*) FROM {target} WHERE year = %s AND unit_id IN ({marks}) GROUP BY unit_id
    """
    with connection.cursor() as cursor:
        cursor.execute(judged, [year, *ids, *closed_params])
        rows = cursor.fetchall()
        cursor.execute(planned, [year, *ids])
        targets = dict(cursor.fetchall())
    if max((latest for *_, latest in rows), default=0) > month:
        return None  # a value from after that day: count from the figures as they stood then
    by_unit: dict[int, dict[str, int]] = defaultdict(dict)
    for unit_id, status, count, _latest in rows:
        by_unit[unit_id][status] = count
    counts = {}
    for unit_id, total in targets.items():
        found = by_unit.get(unit_id, {})
        without = total - sum(found.values())  # targets with no kept row at all: no figure
        numbers = {status.value: found.get(status.value, 0) for status in ev.Status}
        numbers[ev.Status.NO_DATA.value] += without
        counts[unit_id] = ev.StatusCounts(**numbers)
    return counts


def target_table(
    *,
    root: OrgUnit,
    year: int,
    as_of: date,
    unit_ids: Iterable[int] | None = None,
    indicators: dict[int, Indicator] | None = None,
    found: Figures | None = None,
) -> TargetTable:
    """Every target of ``year`` in ``root``'s subtree (or of ``unit_ids``) evaluated on ``as_of``.

    The plans and their kept figures are read together in one query when the kept figures
    answer for ``as_of``; otherwise the figures are computed from the raw values. ``found``:
    figures the caller has computed already for the subtree (those of indicators it lacks are
    computed here). ``indicators``: those the caller has loaded; any other is loaded here.
    """
    with _bulk():
        grouped = None if found is not None else _with_kept_figures(root, year, as_of, unit_ids)
        if grouped is None:
            grouped = _with_computed_figures(root, year, as_of, unit_ids, indicators, found)
        return _judged(grouped, indicators)


@contextmanager
def _bulk() -> Iterator[None]:
    """No cyclic garbage collection while many small objects are made (none of them in a cycle).

    Python's collector runs after every few hundred new tuples and walks every object alive:
    building a province's 88.000 rows of tuples and Decimals made it run hundreds of times, a
    tenth of the time. Reference counting still frees everything; the collector is back after.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass
class _Grouped:
    """Targets read for judging, grouped by indicator: one rule per column."""

    # indicator -> (the unit of each target with a figure, what the target is judged on)
    columns: dict[int, tuple[list[int], list[ev.Judged]]] = field(default_factory=dict)
    # (unit, indicator) of each target without a figure
    without: list[tuple[int, int]] = field(default_factory=list)

    def add(self, unit_id: int, indicator_id: int, judged_on: ev.Judged | None) -> None:
        """One target, with what it is judged on (None: it has no figure)."""
        if judged_on is None:
            self.without.append((unit_id, indicator_id))
            return
        column = self.columns.get(indicator_id)
        if column is None:
            column = self.columns[indicator_id] = ([], [])
        column[0].append(unit_id)
        column[1].append(judged_on)


def _judged(grouped: _Grouped, indicators: dict[int, Indicator] | None) -> TargetTable:
    """The targets judged, column by column; those without a figure last."""
    known = indicators or {}
    missing = grouped.columns.keys() - known.keys()
    if missing:  # as kept between requests (chitieu.monitoring.definitions)
        known = {**known, **definitions.indicators(missing)}
    table = TargetTable()
    for indicator_id, (units, judged_on) in grouped.columns.items():
        statuses, percents = ev.judge_many(known[indicator_id].rule(), judged_on)
        table.unit_ids += units
        table.indicator_ids += [indicator_id] * len(units)
        table.values += map(itemgetter(3), judged_on)
        table.statuses += statuses
        table.percents += percents
    table.unit_ids += map(itemgetter(0), grouped.without)
    table.indicator_ids += map(itemgetter(1), grouped.without)
    none = len(grouped.without)
    table.values += [None] * none
    table.statuses += [ev.Status.NO_DATA] * none
    table.percents += [None] * none
    return table


def _with_kept_figures(
    root: OrgUnit, year: int, as_of: date, unit_ids: Iterable[int] | None
) -> _Grouped | None:
    """The targets and their kept figures, read in one query; None when the kept figures do not answer.

    Each target's figure is read as its indicator's year stood on ``as_of``, open or closed by
    its reporting regime (:func:`~chitieu.monitoring.figures.year_closed`), as
    :func:`~chitieu.monitoring.figures.kept_figures` reads it.
    """
    month = kept_month(year, as_of)
    if month is None:
        return None
    pg = connection.vendor == "postgresql"
    closed, closed_params = _closed_reading(year, as_of, "indicator_id" if pg else "t.indicator_id")
    target, unit, kept = Target._meta.db_table, OrgUnit._meta.db_table, KeptFigure._meta.db_table
    if unit_ids is None:
        units, unit_params = f"(SELECT u.id FROM {unit} u WHERE u.path LIKE %s)", [root.path + "%"]
    else:
        marks, unit_params = in_list(unit_ids)
        if not unit_params:
            return _Grouped()
        units = f"({marks})"
    # PostgreSQL: the units' kept rows read first, unit by unit through the (unit, year, indicator)
    # index, then hash-joined (probing the unique index once per target took twice as long: a
    # district of the national benchmark 35 → 14 ms). SQLite: probing is faster than that way.
    read = "t.unit_id, t.indicator_id, t.target, t.target_high, t.baseline, k.value, k.complete, k.latest"
    if pg:
        sql = f"""
            WITH k AS MATERIALIZED (
                SELECT indicator_id, unit_id, value, complete, latest FROM {kept}
                WHERE year = %s AND unit_id IN {units} AND closed = {closed}
            )
            SELECT {read}
            FROM {target} t
            LEFT JOIN k ON k.indicator_id = t.indicator_id AND k.unit_id = t.unit_id
            WHERE t.year = %s AND t.unit_id IN {units}
        """
        params = [year, *unit_params, *closed_params, year, *unit_params]
    else:
        sql = f"""
            SELECT {read}
            FROM {target} t
            LEFT JOIN {kept} k ON k.indicator_id = t.indicator_id AND k.unit_id = t.unit_id
                AND k.year = t.year AND k.closed = {closed}
            WHERE t.year = %s AND t.unit_id IN {units}
        """
        params = [*closed_params, year, *unit_params]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    if max(filter(None, map(itemgetter(7), rows)), default=0) > month:
        return None  # a value from after that day: compute from the raw values
    # One pass, the hottest loop of a province's count: plain locals, no call for a missing number.
    grouped = _Grouped()
    columns, without, number = grouped.columns, grouped.without, Decimal
    exact = connection.vendor == "postgresql"  # numeric columns come back as exact Decimals
    for unit_id, ind, t, high, base, value, complete, _latest in rows:
        if not value:
            without.append((unit_id, ind))
            continue
        if not exact:
            t = number(t) if t.__class__ is int else None if t is None else _planned(t)
            high = None if high is None else _planned(high)
            base = None if base is None else _planned(base)
        column = columns.get(ind)
        if column is None:
            column = columns[ind] = ([], [])
        column[0].append(unit_id)
        column[1].append((t, high, base, number(value), complete))
    return grouped


def _closed_reading(year: int, as_of: date, column: str) -> tuple[str, list[object]]:
    """Which kept reading of each indicator answers on ``as_of``, as SQL on the indicator ``column``.

    Closed for an indicator whose reporting regime has closed the year, open for the others.
    """
    period = core_periods.year(year)
    regimes = {r.pk: year_closed(r.as_core(), period, as_of) for r in ReportingRegime.objects.all()}
    by_default = year_closed(core_periods.DECREE_09, period, as_of)
    closed, still_open = [], []
    for pk, regime_id in Indicator.objects.order_by().values_list("pk", "regime_id"):  # no join to sort
        shut = by_default if regime_id is None else regimes[regime_id]
        (closed if shut else still_open).append(pk)
    if not closed or not still_open:
        return "%s", [bool(closed)]
    fewer, reading = (closed, True) if len(closed) <= len(still_open) else (still_open, False)
    marks, ids = in_list(fewer)
    return f"(CASE WHEN {column} IN ({marks}) THEN %s ELSE %s END)", [*ids, reading, not reading]


def _with_computed_figures(
    root: OrgUnit,
    year: int,
    as_of: date,
    unit_ids: Iterable[int] | None,
    indicators: dict[int, Indicator] | None,
    found: Figures | None,
) -> _Grouped:
    """The targets, and their figures computed from the raw values (or taken from ``found``)."""
    plans = plan_rows(root=root, year=year, unit_ids=unit_ids)
    lacking = {row[1] for row in plans} - (found.by_indicator.keys() if found else set())
    if lacking:
        have = indicators or {}
        chosen = [have[pk] for pk in lacking if pk in have]
        chosen += definitions.indicators(lacking - have.keys()).values()
        read = figures(
            chosen, root=root, period=core_periods.year(year), as_of=as_of, below=False, kept=False
        )
        found = read if found is None else Figures({**found.by_indicator, **read.by_indicator}, {})
    grouped = _Grouped()
    for unit_id, ind, target, high, baseline in plans:
        result = found.get(ind, unit_id) if found else None
        judged_on = None if result is None else (target, high, baseline, result.value, result.complete)
        grouped.add(unit_id, ind, judged_on)
    return grouped
