"""Many targets at once: every target of a subtree evaluated as columns, for counts and roll-ups.

A scorecard makes one line object per target, with everything a page or a report shows. To
count a whole province's targets by status (the units below on a dashboard, a report's units
section, a province's standing) only the figure, the % of plan and the status are needed: here
they are worked out as columns — plain lists, one entry per target — from rows read by plain
SQL, with the core's own verdict (:func:`chitieu.core.evaluation.judge`), so the figures and
statuses are those of the scorecard.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.db import connection

from chitieu.core import evaluation as ev
from chitieu.core import periods as core_periods
from chitieu.monitoring.figures import Figures, as_decimal, figures, in_list
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import Indicator, Target


@dataclass
class TargetTable:
    """Targets as columns: entry ``i`` of every list belongs to the same target."""

    target_ids: list[int] = field(default_factory=list)
    unit_ids: list[int] = field(default_factory=list)
    indicator_ids: list[int] = field(default_factory=list)
    values: list[Decimal | None] = field(default_factory=list)  # the figure compared with the plan
    percents: list[Decimal | None] = field(default_factory=list)  # % of plan, exact
    statuses: list[ev.Status] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.target_ids)

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


PlanColumns = list[tuple[int, int, int, Decimal | None, Decimal | None, Decimal | None]]


def plan_rows(*, root: OrgUnit, year: int, unit_ids: Iterable[int] | None = None) -> PlanColumns:
    """(target, unit, indicator, target, upper bound, baseline) of every target in ``root``'s subtree.

    ``unit_ids``: only the targets of these units. One plain query.
    """
    target, unit = Target._meta.db_table, OrgUnit._meta.db_table
    sql = f"""
        SELECT t.id, t.unit_id, t.indicator_id, t.target, t.target_high, t.baseline
        FROM {target} t
        WHERE t.year = %s AND t.unit_id IN (SELECT u.id FROM {unit} u WHERE u.path LIKE %s)
    """
    params: list[object] = [year, root.path + "%"]
    if unit_ids is not None:
        marks, ids = in_list(unit_ids)
        if not ids:
            return []
        sql += f" AND t.unit_id IN ({marks})"
        params += ids
    with connection.cursor() as cursor:
        cursor.execute(sql + " ORDER BY t.id", params)
        rows = cursor.fetchall()
    if connection.vendor == "postgresql":  # numeric columns come back as exact Decimals
        return rows
    return [
        (pk, unit_id, ind, _planned(planned), _planned(high), _planned(baseline))
        for pk, unit_id, ind, planned, high, baseline in rows
    ]


def _planned(raw: object) -> Decimal | None:
    """A plan number from SQLite (an int, or a float of a number stored with 4 decimals) as a Decimal.

    A stored plan has at most 4 decimals: its float, times 10.000 and rounded, is that number's
    exact digits — the value :func:`~chitieu.monitoring.figures.as_decimal` gives, several times
    faster (a district's dashboard reads 4.000 plans of the units below).
    """
    if raw is None:
        return None
    if isinstance(raw, float):
        return Decimal(round(raw * 10_000)).scaleb(-4)
    return as_decimal(raw)


def target_table(
    *,
    root: OrgUnit,
    year: int,
    as_of: date,
    unit_ids: Iterable[int] | None = None,
    plans: PlanColumns | None = None,
    indicators: dict[int, Indicator] | None = None,
    found: Figures | None = None,
) -> TargetTable:
    """Every target of ``year`` in ``root``'s subtree (or of ``unit_ids``) evaluated on ``as_of``.

    ``plans``, ``indicators`` and ``found`` may be passed when the caller has read them already.
    """
    if plans is None:
        plans = plan_rows(root=root, year=year, unit_ids=unit_ids)
    if not plans:
        return TargetTable()
    if indicators is None:
        wanted = {row[2] for row in plans}
        indicators = Indicator.objects.select_related("regime").in_bulk(wanted)
    if found is None:
        found = figures(
            indicators.values(), root=root, period=core_periods.year(year), as_of=as_of, below=False
        )
    by_indicator: dict[int, list[int]] = defaultdict(list)
    for position, row in enumerate(plans):
        by_indicator[row[2]].append(position)
    values: list[Decimal | None] = [None] * len(plans)
    percents: list[Decimal | None] = [None] * len(plans)
    statuses = [ev.Status.NO_DATA] * len(plans)
    judge, plan_of = ev.judge, ev.Plan
    for indicator_id, positions in by_indicator.items():  # one rule per column of targets
        ind = indicators[indicator_id]
        rule, regime = ind.rule(), ind.reporting_regime
        results = found.by_indicator.get(indicator_id, {})
        for position in positions:
            _pk, unit_id, _ind, target, high, baseline = plans[position]
            result = results.get(unit_id)
            if result is None:
                continue
            values[position] = result.value
            statuses[position], percents[position] = judge(
                rule, plan_of(target, high, baseline), result, as_of, regime, year
            )
    return TargetTable(
        target_ids=[row[0] for row in plans],
        unit_ids=[row[1] for row in plans],
        indicator_ids=[row[2] for row in plans],
        values=values,
        percents=percents,
        statuses=statuses,
    )
