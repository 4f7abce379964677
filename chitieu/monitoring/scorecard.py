"""Bảng đánh giá: where every target of a unit stands, computed live and set-based.

A scorecard costs a fixed handful of queries whatever the number of targets: the targets,
their milestones, the figures (one kept row per target, kept on write by
:mod:`chitieu.monitoring.aggregates`; or, for a day before some of the values, computed from
them by :mod:`chitieu.monitoring.figures`), the units below counted as columns
(:mod:`chitieu.monitoring.columns`), and the work items. Everything after that — comparison with
the plan, counts, sentences — is the pure core working on those rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cached_property
from typing import Any, NamedTuple

from django.db.models import QuerySet
from django.utils import timezone

from chitieu.core import evaluation as ev
from chitieu.core import periods as core_periods
from chitieu.core.numbers import Notation, Rounding, decimal_text, format_number, format_percent
from chitieu.core.summary import group_sentence, standing_sentence, work_item_sentence
from chitieu.core.terms import Method, YearEstimate, method_label
from chitieu.core.workitems import (
    WorkItemCounts,
    WorkItemKind,
    WorkItemStatus,
    count_work_items,
    work_item_status,
)
from chitieu.monitoring import definitions
from chitieu.monitoring.columns import kept_counts, target_table
from chitieu.monitoring.estimates import year_estimates
from chitieu.monitoring.figures import Figures, figures
from chitieu.monitoring.models import DataValue
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import Indicator, IndicatorGroup, Target, TargetMilestone, WorkItem


class PlanRow(NamedTuple):
    """One target reduced to what evaluation needs: no ORM object per target (a tuple: cheap to make)."""

    target_id: int
    unit_id: int
    indicator_id: int
    indicator: Indicator
    plan: ev.Plan


def plan_shown(indicator: Indicator, plan: ev.Plan, lang: str = "vi") -> str:
    """A plan as reports print it: "140.000", or a band "7 – 7,5"; empty without a target."""
    notation, decimals = Notation.for_language(lang), indicator.decimals
    if plan.target is None:
        return ""
    text = format_number(plan.target, decimals, notation=notation)
    if plan.target_high is not None:
        text += " – " + format_number(plan.target_high, decimals, notation=notation)
    return text


class TargetLine(NamedTuple):
    """One row of a scorecard: the target, its figure and the verdict (a tuple: cheap to make)."""

    row: PlanRow
    evaluation: ev.Evaluation
    children_result: ev.Result | None = None  # the children's roll-up, shown beside an own figure
    estimate: YearEstimate | None = None  # the year-end estimate it was judged on (ước thực hiện cả năm)

    @property
    def indicator(self) -> Indicator:
        return self.row.indicator

    @property
    def plan(self) -> ev.Plan:
        return self.row.plan

    @property
    def target_id(self) -> int:
        return self.row.target_id

    @property
    def unit_id(self) -> int:
        return self.row.unit_id

    @property
    def result(self) -> ev.Result | None:
        return self.evaluation.result

    def plan_shown(self, lang: str = "vi") -> str:
        """The plan as reports print it (see :func:`plan_shown`)."""
        return plan_shown(self.indicator, self.plan, lang)

    def result_shown(self, lang: str = "vi") -> str:
        """The result with the indicator's decimals and rounding ("141.260"); empty without one."""
        if self.result is None:
            return ""
        indicator = self.indicator
        return format_number(
            self.result.value, indicator.decimals, Rounding(indicator.rounding), Notation.for_language(lang)
        )

    def percent_shown(self, lang: str = "vi") -> str:
        """% of plan with the indicator's decimals and rounding ("101,43%"); empty when there is none."""
        if self.evaluation.percent_of_plan is None:
            return ""
        indicator = self.indicator
        return format_percent(
            self.evaluation.percent_of_plan,
            indicator.percent_decimals,
            Rounding(indicator.rounding),
            Notation.for_language(lang),
        )


@dataclass(frozen=True)
class Scorecard:
    """Bảng đánh giá: a unit's figures for a period as known on a date — the one read model.

    The dashboard, the report, the API, ``chitieu scorecard`` and the claim checker's facts all
    show what this holds. ``lines`` are the unit's targets of the period's year, evaluated on
    ``as_of`` (year to date); :attr:`in_period` and :attr:`last_year` add the period's own figures
    and last year's for the same span, read when first asked for.
    """

    unit: OrgUnit
    period: core_periods.Period
    as_of: date  # the day the figures are known on, never after the period
    lines: list[TargetLine]
    work_items: list[WorkItemCounts]
    submitted_to: dict[WorkItemKind, str] = field(default_factory=dict)
    children: list[tuple[OrgUnit, ev.StatusCounts]] = field(default_factory=list)  # with_children only

    @property
    def year(self) -> int:
        return self.period.year

    @property
    def counts(self) -> ev.StatusCounts:
        return ev.count_statuses(line.evaluation for line in self.lines)

    @property
    def children_total(self) -> ev.StatusCounts:
        """The units below, added up: every child's targets counted together."""
        totals = dict.fromkeys((status.value for status in ev.Status), 0)
        for _child, counts in self.children:
            for status in ev.Status:
                totals[status.value] += getattr(counts, status.value)
        return ev.StatusCounts(**totals)

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
            result.append(self.standing(lang, share_decimals, share_rounding))
        return result

    def standing(
        self, lang: str = "vi", share_decimals: int = 1, share_rounding: Rounding = Rounding.HALF_UP
    ) -> str:
        """Where the year stands, in one sentence: the unit's own targets, or — a unit with none of
        its own, like the city — its units below added up ("" when there are none either)."""
        if self.lines:
            return standing_sentence(
                self.counts,
                lang,
                self.pace_counts(),
                self.estimated_judged(),
                share_decimals,
                share_rounding,
            )
        if self.children_total.total:
            return standing_sentence(self.children_total, lang)
        return ""

    def pace_counts(self) -> tuple[int, int]:
        """Of the targets in progress, how many are on track and how many behind pace."""
        paces = [
            line.evaluation.pace for line in self.lines if line.evaluation.status == ev.Status.IN_PROGRESS
        ]
        return paces.count(ev.Pace.ON_TRACK), paces.count(ev.Pace.BEHIND)

    @cached_property
    def in_period(self) -> dict[int, ev.Result | None]:
        """Each target's figure for the period itself (the quarter, the 6 months…), by target id."""
        if self.period.type == core_periods.PeriodType.YEAR:
            return {line.target_id: line.result for line in self.lines}
        plans = [line.row for line in self.lines]
        return period_results(plans, root=self.unit, period=self.period, as_of=self.as_of)

    @cached_property
    def last_year(self) -> dict[int, ev.Result]:
        """So với cùng kỳ: each indicator's figure a year earlier, same span, same day, by indicator id."""
        if not self.lines:
            return {}
        earlier = core_periods.a_year_earlier(self.period)
        same_day = core_periods.same_day_a_year_earlier(self.as_of)
        indicators = {line.indicator.pk: line.indicator for line in self.lines}
        span = core_periods.year_to_date(earlier)
        periods = [month.id for month in span.months()] + [earlier.id]
        if not DataValue.objects.filter(period_id__in=periods).exists():  # a first year: nothing to compare
            return {}
        found = figures(
            indicators.values(), root=self.unit, period=earlier, as_of=same_day, year_to_date=True
        )
        results = {pk: found.get(pk, self.unit.pk) for pk in indicators}
        return {pk: result for pk, result in results.items() if result is not None}


def scorecard(
    *,
    unit: OrgUnit,
    period: core_periods.Period,
    as_of: date | None = None,
    with_children: bool = False,
    estimate: bool | Method = False,
) -> Scorecard:
    """Evaluate every target of ``unit`` for ``period`` as known on ``as_of``.

    Without ``as_of``, the period's default day (:func:`chitieu.core.periods.default_as_of`).
    ``with_children`` also counts each child unit's targets by status, in the same evaluation
    (one set of queries for the unit and its children, not one per child). ``estimate``: while
    the year is open, judge each target whose year is not complete on its year-end estimate
    (a person's, else computed by the method given or the default one), labelled "ước".
    """
    known = core_periods.reading_day(period, as_of, timezone.localdate())
    year = period.year
    children = list(unit.children.filter(active=True).order_by("code")) if with_children else []
    plans = load_plans(Target.objects.filter(unit=unit, year=year))
    indicators = {row.indicator.pk: row.indicator for row in plans}
    found = (
        figures(indicators.values(), root=unit, period=core_periods.year(year), as_of=known, levels=0)
        if indicators
        else Figures({}, {})
    )
    lines = evaluate_plans(plans, root=unit, year=year, as_of=known, found=found)
    if estimate:
        lines = with_estimates(
            lines, unit=unit, year=year, as_of=known, method=None if estimate is True else estimate
        )
    counted = _children_counted(unit, children, year, known, indicators, found)
    empty = ev.count_statuses([])
    child_counts = [(child, counted.get(child.pk, empty)) for child in children]
    work = list(
        WorkItem.objects.for_year(year)
        .led_by(unit)
        .values_list("kind", "deadline", "completed_on", "submitted_to")
    )
    by_kind: dict[WorkItemKind, list[WorkItemStatus]] = defaultdict(list)
    submitted_to: dict[WorkItemKind, str] = {}
    for kind_value, deadline, completed_on, to in work:
        kind = WorkItemKind(kind_value)
        by_kind[kind].append(work_item_status(deadline, completed_on, known))
        if to:
            submitted_to.setdefault(kind, to)
    work_counts = [count_work_items(kind, by_kind[kind]) for kind in WorkItemKind if kind in by_kind]
    return Scorecard(
        unit=unit,
        period=period,
        as_of=known,
        lines=lines,
        work_items=work_counts,
        submitted_to=submitted_to,
        children=child_counts,
    )


def _children_counted(
    unit: OrgUnit,
    children: list[OrgUnit],
    year: int,
    as_of: date,
    indicators: dict[int, Indicator],
    found: Figures,
) -> dict[int, ev.StatusCounts]:
    """The children's targets counted by status: from the statuses kept with their figures, or
    judged with their plans and figures (:func:`~chitieu.monitoring.columns.target_table`) when
    those do not answer — from the figures computed above when the unit's own were computed (a
    unit with no targets of its own, the city, computed none: its children's are read anew)."""
    if not children:
        return {}
    child_ids = [child.pk for child in children]
    kept = found.kept or not indicators
    counted = kept_counts(year=year, as_of=as_of, unit_ids=child_ids) if kept else None
    if counted is not None:
        return counted
    return target_table(
        root=unit,
        year=year,
        as_of=as_of,
        unit_ids=child_ids,
        indicators=indicators,
        found=None if kept else found,
    ).counts_by_unit()


def scorecard_json(
    card: Scorecard, lang: str = "vi", share_rounding: Rounding = Rounding.HALF_UP
) -> dict[str, Any]:
    """The scorecard as JSON: one shape for the API (``/scorecards``) and ``chitieu scorecard --format json``.

    Numbers are exact strings ("101.4285714…"); the ``*_shown`` figures are as a report prints them.
    """
    share = card.counts.share_met_or_exceeded()
    return {
        "unit": card.unit.code,
        "unit_name": card.unit.display_name(lang),
        "period": card.period.id,
        "year": card.year,
        "as_of": card.as_of.isoformat(),
        "counts": card.counts.as_dict(),
        "share_met_or_exceeded": decimal_text(share),
        "share_met_or_exceeded_shown": (
            "" if share is None else format_percent(share, 1, share_rounding, Notation.for_language(lang))
        ),
        "groups": [
            {"group": group.code, "name": group.display_name(lang), "counts": counts.as_dict()}
            for group, counts in card.group_counts()
        ],
        "lines": [_line_json(line, lang) for line in card.lines],
        "work_items": [
            {
                "kind": counts.kind.value,
                "name": counts.kind.label(lang),
                "done_on_time": counts.done_on_time,
                "done_late": counts.done_late,
                "in_progress": counts.in_progress,
                "overdue": counts.overdue,
                "done": counts.done,
                "total": counts.total,
            }
            for counts in card.work_items
        ],
        "children": [
            {"unit": child.code, "name": child.display_name(lang), "counts": counts.as_dict()}
            for child, counts in card.children
        ],
        "children_total": card.children_total.as_dict(),
        "sentences": card.sentences(lang, share_rounding=share_rounding),
    }


def _line_json(line: TargetLine, lang: str) -> dict[str, Any]:
    evaluation, indicator = line.evaluation, line.indicator
    return {
        "target_id": line.target_id,
        "indicator": indicator.code,
        "indicator_name": indicator.display_name(lang),
        "group": indicator.group.code,
        "unit_of_measure": indicator.display_unit_of_measure(lang),
        "target": decimal_text(line.plan.target),
        "target_high": decimal_text(line.plan.target_high),
        "baseline": decimal_text(line.plan.baseline),
        "result": _result_json(line.result),
        "result_shown": line.result_shown(lang),
        "children_result": _result_json(line.children_result),
        "percent_of_plan": decimal_text(evaluation.percent_of_plan),
        "percent_of_plan_shown": line.percent_shown(lang),
        "difference_points": decimal_text(evaluation.difference_points),
        "status": evaluation.status.value,
        "status_label": evaluation.status_label(lang),
        "estimated": evaluation.estimated,
        "pace": evaluation.pace.value if evaluation.pace else None,
        "formula": indicator.formula(lang),
        "estimate": None if line.estimate is None else _estimate_json(line.estimate, lang),
    }


def _estimate_json(estimate: YearEstimate, lang: str) -> dict[str, Any]:
    """The year-end estimate a line was judged on, with its method in words."""
    return {
        "value": decimal_text(estimate.value),
        "method": estimate.method.value,
        "method_label": method_label(estimate.method, lang),
        "method_text": estimate.text.get(lang),
    }


def _result_json(result: ev.Result | None) -> dict[str, Any] | None:
    if result is None:
        return None
    return {
        "value": decimal_text(result.value),
        "kind": result.kind.value,
        "complete": result.complete,
        "periods_counted": result.periods_counted,
        "last_period": result.last_period_id,
        "rolled_up": result.rolled_up,
    }


def load_plans(targets: QuerySet[Target]) -> list[PlanRow]:
    """The targets of a queryset as plan rows, in report order: three queries, whatever their number."""
    ordered = targets.order_by("indicator__group__order", "indicator__order", "indicator__code", "unit__path")
    rows = list(ordered.values_list("pk", "unit_id", "indicator_id", "target", "target_high", "baseline"))
    indicators = definitions.indicators({row[2] for row in rows})
    milestones: dict[int, list[tuple[core_periods.Period, Decimal]]] = defaultdict(list)
    if rows:
        for target_id, period_id, value in TargetMilestone.objects.filter(
            target_id__in=targets.values("pk")
        ).values_list("target_id", "period_id", "value"):
            milestones[target_id].append((core_periods.parse_period(period_id), value))
    return [
        PlanRow(
            pk,
            unit_id,
            ind_id,
            indicators[ind_id],
            ev.Plan(target, high, baseline, tuple(milestones.get(pk, ()))),
        )
        for pk, unit_id, ind_id, target, high, baseline in rows
    ]


def evaluate_plans(
    plans: Sequence[PlanRow], *, root: OrgUnit, year: int, as_of: date, found: Figures | None = None
) -> list[TargetLine]:
    """Evaluate plans of units inside ``root``'s subtree for ``year``, rolling figures up from below.

    ``found``: the year's figures of the subtree, when the caller has them already.
    """
    if not plans:
        return []
    indicators = {row.indicator.pk: row.indicator for row in plans}
    if found is None:
        found = figures(indicators.values(), root=root, period=core_periods.year(year), as_of=as_of)
    rules = {pk: (ind.rule(), ind.reporting_regime) for pk, ind in indicators.items()}
    lines = []
    for row in plans:
        rule, regime = rules[row.indicator_id]
        results = found.by_indicator.get(row.indicator_id, {})
        result = results.get(row.unit_id)
        evaluation = ev.evaluate(rule, row.plan, result, as_of=as_of, regime=regime, year=year)
        children_result = None
        if result is not None and not result.rolled_up:
            children_result = found.children_result(row.indicator_id, row.unit_id, rule.unit_aggregation)
        lines.append(TargetLine(row=row, evaluation=evaluation, children_result=children_result))
    return lines


def with_estimates(
    lines: list[TargetLine], *, unit: OrgUnit, year: int, as_of: date, method: Method | None = None
) -> list[TargetLine]:
    """The lines whose year is not complete judged again on their year-end estimate."""
    open_lines = [line for line in lines if line.result is None or not line.result.complete]
    if not open_lines:
        return lines
    indicators = {line.indicator.pk: line.indicator for line in open_lines}
    made = year_estimates(indicators.values(), unit=unit, year=year, as_of=as_of, method=method)
    judged = []
    for line in lines:
        found = made.get(line.indicator.pk) if line in open_lines else None
        if found is None:
            judged.append(line)
            continue
        indicator = line.indicator
        evaluation = ev.evaluate(indicator.rule(), line.plan, found.result(), as_of=as_of, year=year)
        judged.append(line._replace(evaluation=evaluation, estimate=found))
    return judged


def units_below(
    indicator: Indicator, *, unit: OrgUnit, year: int, as_of: date
) -> list[tuple[OrgUnit, ev.Result | None, TargetLine | None]]:
    """One indicator in each active unit right below ``unit``: its figure for the year to ``as_of``
    and, where the unit has a target for it, that target evaluated — as each unit's own page shows it."""
    children = list(unit.children.filter(active=True).order_by("code"))
    if not children:
        return []
    # the whole subtree's rows of one indicator: each child's own figure beside its children's roll-up
    found = figures([indicator], root=unit, period=core_periods.year(year), as_of=as_of)
    plans = load_plans(Target.objects.filter(indicator=indicator, year=year, unit__in=children))
    lines = {
        line.unit_id: line for line in evaluate_plans(plans, root=unit, year=year, as_of=as_of, found=found)
    }
    shown = []
    for child in children:
        result = found.get(indicator.pk, child.pk)
        if result is not None or child.pk in lines:
            shown.append((child, result, lines.get(child.pk)))
    return shown


def period_results(
    plans: Sequence[PlanRow],
    *,
    root: OrgUnit,
    period: core_periods.Period,
    as_of: date,
    year_to_date: bool = False,
) -> dict[int, ev.Result | None]:
    """Each plan's figure for one period (a quarter, 9 months, last year's same period…), by target id."""
    indicators = {row.indicator.pk: row.indicator for row in plans}
    found = figures(indicators.values(), root=root, period=period, as_of=as_of, year_to_date=year_to_date)
    return {row.target_id: found.get(row.indicator.pk, row.unit_id) for row in plans}
