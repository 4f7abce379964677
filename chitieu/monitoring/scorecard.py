"""Bảng đánh giá: where every target of a unit stands, computed live and set-based.

A scorecard costs a fixed handful of queries whatever the number of targets: the targets,
their milestones, the unit subtree, one GROUP BY over the month values (the database does the
summing), the year-level values, the last values of stock indicators, and the work items.
Everything after that — roll-up over the subtree, comparison with the plan, counts — is the
pure core working on those rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from django.db import connection

from chitieu.core import evaluation as ev
from chitieu.core import periods as core_periods
from chitieu.core.numbers import Rounding
from chitieu.core.summary import group_sentence, share_sentence, work_item_sentence
from chitieu.core.workitems import WorkItemCounts, WorkItemKind, count_work_items, work_item_status
from chitieu.monitoring.models import KIND_BY_RANK, DataValue, Period
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import Indicator, IndicatorGroup, Target, WorkItem

SCALE = Decimal("0.0001")  # stored values have 4 decimals; sums are exact at that scale


def _decimal(raw: object) -> Decimal:
    """A number from the database as an exact Decimal (SQLite returns floats for sums)."""
    exact = raw if isinstance(raw, Decimal) else Decimal(repr(raw) if isinstance(raw, float) else str(raw))
    return exact.quantize(SCALE)


@dataclass(frozen=True)
class TargetLine:
    """One row of a scorecard: the target, its figure and the verdict."""

    target: Target
    evaluation: ev.Evaluation
    children_result: ev.Result | None = None  # the children's roll-up, shown beside an own figure

    @property
    def indicator(self) -> Indicator:
        return self.target.indicator


@dataclass(frozen=True)
class Scorecard:
    """A unit's year: every target evaluated, counted per group, and its work items."""

    unit: OrgUnit
    year: int
    as_of: date
    lines: list[TargetLine]
    work_items: list[WorkItemCounts]
    submitted_to: dict[WorkItemKind, str] = field(default_factory=dict)

    @property
    def counts(self) -> ev.StatusCounts:
        return ev.count_statuses(line.evaluation for line in self.lines)

    def group_counts(self) -> list[tuple[IndicatorGroup, ev.StatusCounts]]:
        groups: dict[int, IndicatorGroup] = {}
        members: dict[int, list[ev.Evaluation]] = defaultdict(list)
        for line in self.lines:
            group = line.indicator.group
            groups[group.pk] = group
            members[group.pk].append(line.evaluation)
        ordered = sorted(groups.values(), key=lambda g: (g.order, g.code))
        return [(group, ev.count_statuses(members[group.pk])) for group in ordered]

    def estimated_judged(self) -> int:
        judged = (ev.Status.EXCEEDED, ev.Status.MET, ev.Status.NOT_MET)
        return sum(1 for line in self.lines if line.evaluation.estimated and line.evaluation.status in judged)

    def sentences(
        self, lang: str = "vi", share_decimals: int = 1, share_rounding: Rounding = Rounding.HALF_UP
    ) -> list[str]:
        """The summary sentences: work items first, then groups, then the overall count."""
        result = [
            work_item_sentence(counts, lang, self.submitted_to.get(counts.kind, ""))
            for counts in self.work_items
            if counts.total
        ]
        result += [
            group_sentence(group.display_name(lang), counts, lang) for group, counts in self.group_counts()
        ]
        if self.lines:
            result.append(
                share_sentence(self.counts, lang, share_decimals, share_rounding, self.estimated_judged())
            )
        return result


def scorecard(*, unit: OrgUnit, year: int, as_of: date) -> Scorecard:
    """Evaluate every target of ``unit`` for ``year`` as known on ``as_of``."""
    targets = list(
        Target.objects.filter(unit=unit, year=year)
        .select_related("indicator__group", "indicator__regime", "unit")
        .prefetch_related("milestones")
        .order_by("indicator__group__order", "indicator__order", "indicator__code")
    )
    lines = evaluate_targets(targets, root=unit, year=year, as_of=as_of)
    work = list(
        WorkItem.objects.for_year(year)
        .led_by(unit)
        .values_list("kind", "deadline", "completed_on", "submitted_to")
    )
    by_kind: dict[WorkItemKind, list[object]] = defaultdict(list)
    submitted_to: dict[WorkItemKind, str] = {}
    for kind, deadline, completed_on, to in work:
        kind = WorkItemKind(kind)
        by_kind[kind].append(work_item_status(deadline, completed_on, as_of))
        if to:
            submitted_to.setdefault(kind, to)
    work_counts = [count_work_items(kind, by_kind[kind]) for kind in WorkItemKind if kind in by_kind]  # type: ignore[arg-type]
    return Scorecard(
        unit=unit, year=year, as_of=as_of, lines=lines, work_items=work_counts, submitted_to=submitted_to
    )


def evaluate_targets(targets: Sequence[Target], *, root: OrgUnit, year: int, as_of: date) -> list[TargetLine]:
    """Evaluate targets of units inside ``root``'s subtree, rolling figures up from below.

    The targets' indicators (and the numerators and denominators of ratio indicators) are read
    for the whole subtree at once.
    """
    if not targets:
        return []
    indicators: dict[int, Indicator] = {}
    for target in targets:
        indicator = target.indicator
        indicators[indicator.pk] = indicator
    component_ids = {
        i for ind in indicators.values() for i in (ind.numerator_id, ind.denominator_id) if i is not None
    }
    missing = component_ids - indicators.keys()
    if missing:
        indicators.update({ind.pk: ind for ind in Indicator.objects.filter(pk__in=missing)})

    units = list(OrgUnit.objects.filter(path__startswith=root.path).values_list("pk", "parent_id"))
    children: dict[int, list[int]] = defaultdict(list)
    for pk, parent_id in units:
        if parent_id is not None:
            children[parent_id].append(pk)
    unit_ids = [pk for pk, _ in units]

    year_period = core_periods.year(year)
    own = _own_results(indicators, root, year_period, as_of)

    effective: dict[int, dict[int, ev.Result]] = {}
    for ind in sorted(indicators.values(), key=lambda i: i.unit_aggregation == "ratio"):
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
            effective[ind.pk] = ev.roll_up(children, unit_ids, own.get(ind.pk, {}), aggregation)

    lines = []
    rules: dict[int, tuple[ev.Rule, core_periods.ReportingRegime]] = {}  # per indicator, not per target
    for target in targets:
        ind = target.indicator
        if ind.pk not in rules:
            rules[ind.pk] = (ind.rule(), ind.regime.as_core() if ind.regime else core_periods.DECREE_09)
        rule, regime = rules[ind.pk]
        results = effective.get(ind.pk, {})
        result = results.get(target.unit_id)
        # Prefetched milestones are read from the prefetch cache: building a related manager per
        # target only to reach that cache costs more than the rest of the evaluation.
        prefetched = getattr(target, "_prefetched_objects_cache", {}).get("milestones")
        rows = target.milestones.all() if prefetched is None else prefetched
        milestones = tuple((core_periods.parse_period(m.period_id), m.value) for m in rows)
        evaluation = ev.evaluate(rule, target.plan(milestones), result, as_of=as_of, regime=regime, year=year)
        children_result = None
        if result is not None and not result.rolled_up and children.get(target.unit_id):
            parts = [results[c] for c in children[target.unit_id] if c in results]
            children_result = ev.combine(parts, rule.unit_aggregation)
        lines.append(TargetLine(target=target, evaluation=evaluation, children_result=children_result))
    return lines


def _own_results(
    indicators: dict[int, Indicator], root: OrgUnit, year_period: core_periods.Period, as_of: date
) -> dict[int, dict[int, ev.Result]]:
    """Each unit's own figure per indicator for the year: entered for the year, or summed from months."""
    last_known = min(as_of, year_period.last_day)
    indicator_ids = sorted(indicators)
    summaries = _month_summaries(indicator_ids, root, year_period, last_known)
    last_ids = [pk for pk, ind in indicators.items() if ind.time_aggregation == "last"]
    lasts = _last_values(last_ids, root, summaries) if last_ids else {}
    direct = _year_values(indicator_ids, root, year_period) if year_period.start <= as_of else {}

    own: dict[int, dict[int, ev.Result]] = defaultdict(dict)
    per_indicator: dict[int, tuple[ev.TimeAggregation, bool]] = {}  # worked out once, not once per unit
    for key in summaries.keys() | direct.keys():
        indicator_id, unit_id = key
        if indicator_id not in per_indicator:
            ind = indicators[indicator_id]
            regime = ind.regime.as_core() if ind.regime else core_periods.DECREE_09
            period_over = as_of >= regime.window(year_period).last_day
            per_indicator[indicator_id] = (ev.TimeAggregation(ind.time_aggregation), period_over)
        over_time, period_over = per_indicator[indicator_id]
        aggregated = None
        if key in summaries:
            summary = summaries[key]
            if key in lasts:
                last, last_kind = lasts[key]
                summary = ev.TimeSummary(
                    count=summary.count,
                    total=summary.total,
                    minimum=summary.minimum,
                    maximum=summary.maximum,
                    weakest_kind=summary.weakest_kind,
                    last_period_id=summary.last_period_id,
                    last=last,
                    last_kind=last_kind,
                )
            aggregated = summary.result(over_time, 12, period_over)
        result = ev.choose_result(direct.get(key), aggregated)
        if result is not None:
            own[indicator_id][unit_id] = result
    return own


def _tables() -> tuple[str, str, str]:
    return DataValue._meta.db_table, Period._meta.db_table, OrgUnit._meta.db_table


def _in_list(values: Iterable[object]) -> tuple[str, list[object]]:
    items = list(values)
    return ", ".join(["%s"] * len(items)), items


def _month_summaries(
    indicator_ids: list[int], root: OrgUnit, year_period: core_periods.Period, last_known: date
) -> dict[tuple[int, int], ev.TimeSummary]:
    # Here and below, values are filtered by "unit_id IN (the subtree's ids)" rather than through
    # a join on the unit's path, so that the database reads them unit by unit through the (unit,
    # indicator, period) index; given the join, SQLite (which keeps no statistics) reads every
    # value of the indicators instead (20 times slower for a district of a 220-unit province).
    dv, period, unit = _tables()
    marks, params = _in_list(indicator_ids)
    sql = f"""
        SELECT dv.indicator_id, dv.unit_id, COUNT(*), SUM(dv.value), MIN(dv.value), MAX(dv.value),
               MIN(dv.kind), MAX(p.id)
        FROM {dv} dv
        JOIN {period} p ON p.id = dv.period_id
        WHERE dv.is_best = %s AND p.type = 'month' AND p.start >= %s AND p.start <= %s
          AND dv.unit_id IN (SELECT u.id FROM {unit} u WHERE u.path LIKE %s)
          AND dv.indicator_id IN ({marks})
        GROUP BY dv.indicator_id, dv.unit_id
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, [True, year_period.start, last_known, root.path + "%", *params])
        rows = cursor.fetchall()
    return {
        (ind, unit_id): ev.TimeSummary(
            count=count,
            total=_decimal(total),
            minimum=_decimal(low),
            maximum=_decimal(high),
            weakest_kind=KIND_BY_RANK[weakest],
            last_period_id=last_period,
        )
        for ind, unit_id, count, total, low, high, weakest, last_period in rows
    }


def _last_values(
    indicator_ids: list[int], root: OrgUnit, summaries: dict[tuple[int, int], ev.TimeSummary]
) -> dict[tuple[int, int], tuple[Decimal, ev.ValueKind]]:
    """The latest month's value of stock indicators, per unit.

    The month summaries already name each cell's latest month (month ids sort by date), so only
    that month's value is read: one row per cell instead of one per month.
    """
    wanted = set(indicator_ids)
    last_month = {key: summary.last_period_id for key, summary in summaries.items() if key[0] in wanted}
    if not last_month:
        return {}
    rows = DataValue.objects.filter(
        is_best=True,
        indicator_id__in=indicator_ids,
        unit_id__in=OrgUnit.objects.filter(path__startswith=root.path).values("pk"),
        period_id__in=sorted(set(last_month.values())),
    ).values_list("indicator_id", "unit_id", "period_id", "value", "kind")
    return {
        (ind, unit_id): (value, KIND_BY_RANK[kind])
        for ind, unit_id, period_id, value, kind in rows
        if last_month.get((ind, unit_id)) == period_id
    }


def _year_values(
    indicator_ids: list[int], root: OrgUnit, year_period: core_periods.Period
) -> dict[tuple[int, int], ev.Result]:
    """Figures entered for the whole year itself (e.g. an estimate for the year, or the official figure)."""
    rows = DataValue.objects.filter(
        is_best=True,
        indicator_id__in=indicator_ids,
        unit_id__in=OrgUnit.objects.filter(path__startswith=root.path).values("pk"),
        period_id=year_period.id,
    ).values_list("indicator_id", "unit_id", "value", "kind")
    return {
        (ind, unit_id): ev.Result(value=value, kind=KIND_BY_RANK[kind], last_period_id=year_period.id)
        for ind, unit_id, value, kind in rows
    }


def default_as_of(year: int, today: date) -> date:
    """Today for the current year; the last day of a past year; the first day of a future one."""
    return min(max(today, date(year, 1, 1)), date(year, 12, 31))
