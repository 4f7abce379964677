"""Reads the web pages need that the domain apps do not offer: each a fixed number of queries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from django.db.models import Q, QuerySet
from django.shortcuts import get_object_or_404

from chitieu.core import evaluation as ev
from chitieu.core import periods as core_periods
from chitieu.monitoring.models import DataValue, Submission, SubmissionState
from chitieu.monitoring.scorecard import evaluate_plans, load_plans
from chitieu.orgunits.models import OrgUnit, Role, UnitRole
from chitieu.planning.models import Indicator, ReportingRegime, Target

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

    User = AbstractBaseUser | AnonymousUser


def ancestor_ids(unit: OrgUnit) -> list[int]:
    """The ids of the unit and every unit above it, from its materialised path."""
    return [int(part) for part in unit.path.strip("/").split("/") if part]


def visible_unit(user: User, code: str) -> OrgUnit:
    """The unit with ``code`` if it is in the user's subtrees; 404 otherwise (it does not exist for them)."""
    return get_object_or_404(OrgUnit.objects.visible_to(user), code=code)


def home_unit(user: User) -> OrgUnit | None:
    """The highest unit the user holds a role on (a superuser: the first root of the tree)."""
    if user.is_superuser:
        return OrgUnit.objects.filter(parent__isnull=True).order_by("path").first()
    role = (
        UnitRole.objects.filter(user=user)
        .select_related("unit")
        .order_by("unit__depth", "unit__path")
        .first()
    )
    return role.unit if role else None


def breadcrumbs(user: User, unit: OrgUnit) -> list[OrgUnit]:
    """The unit's ancestors that the user may see, top first, ending with the unit itself."""
    return list(OrgUnit.objects.visible_to(user).filter(pk__in=ancestor_ids(unit)).order_by("depth"))


def planned_years(unit: OrgUnit) -> set[int]:
    """The years with targets at the unit or below."""
    return set(
        Target.objects.filter(unit__path__startswith=unit.path).values_list("year", flat=True).distinct()
    )


def target_years(unit: OrgUnit, around: int) -> list[int]:
    """Years with targets at the unit or below, and the year ``around``: the year selector's choices."""
    return sorted(planned_years(unit) | {around}, reverse=True)


def children_counts(unit: OrgUnit, year: int, as_of: date) -> list[tuple[OrgUnit, ev.StatusCounts]]:
    """Each child unit with the status counts of its own targets (rolled up from below), in one pass."""
    children = list(unit.children.filter(active=True).order_by("code"))
    if not children:
        return []
    plans = load_plans(Target.objects.filter(unit__in=children, year=year))
    lines = evaluate_plans(plans, root=unit, year=year, as_of=as_of)
    by_unit: dict[int, list[ev.Evaluation]] = defaultdict(list)
    for line in lines:
        by_unit[line.unit_id].append(line.evaluation)
    return [(child, ev.count_statuses(by_unit.get(child.pk, []))) for child in children]


def grid_indicators(unit: OrgUnit, year: int, period_type: str) -> list[Indicator]:
    """The indicators a unit enters for a period: planned for it or a unit above it in the year.

    A rate rolled up from its numerator and denominator is not entered: its two components are.
    """
    planned = Target.objects.filter(unit_id__in=ancestor_ids(unit), year=year).values_list(
        "indicator_id", "indicator__unit_aggregation", "indicator__numerator_id", "indicator__denominator_id"
    )
    wanted: set[int] = set()
    for indicator_id, aggregation, numerator_id, denominator_id in planned:
        if aggregation == ev.UnitAggregation.RATIO:
            wanted.update(i for i in (numerator_id, denominator_id) if i is not None)
        else:
            wanted.add(indicator_id)
    return list(
        Indicator.objects.filter(pk__in=wanted, period_type=period_type, active=True)
        .select_related("group", "regime")
        .order_by("group__order", "order", "code")
    )


def grid_values(
    unit: OrgUnit, period_id: str, indicators: Iterable[Indicator]
) -> dict[int, dict[int, DataValue]]:
    """The stored values of a grid: indicator id → kind rank → value row (cleared rows included)."""
    cells: dict[int, dict[int, DataValue]] = defaultdict(dict)
    rows = DataValue.objects.filter(
        unit=unit, period_id=period_id, indicator__in=list(indicators)
    ).select_related("updated_by")
    for row in rows:
        cells[row.indicator_id][row.kind] = row
    return cells


def indicator_is_planned(indicator: Indicator, unit: OrgUnit, year: int) -> bool:
    """Whether the indicator (or a rate built on it) is planned at the unit, above it or below it."""
    return (
        Target.objects.filter(
            Q(indicator=indicator) | Q(indicator__numerator=indicator) | Q(indicator__denominator=indicator),
            year=year,
        )
        .filter(Q(unit_id__in=ancestor_ids(unit)) | Q(unit__path__startswith=unit.path))
        .exists()
    )


# --- duties: what has to be entered, submitted or approved, and by when -----------------------


@dataclass(frozen=True)
class Duty:
    """One unit × period that someone must act on: enter and submit it, or approve it."""

    unit: OrgUnit
    period: core_periods.Period
    deadline: date
    state: str
    action: str  # "submit" (reporters) or "approve" (approvers)

    def days_left(self, today: date) -> int:
        return (self.deadline - today).days

    def late(self, today: date) -> bool:
        return today > self.deadline


def units_with_role(user: User, roles: Iterable[str]) -> QuerySet[OrgUnit]:
    """Every unit in the subtrees where the user holds one of ``roles`` (or admin)."""
    if user.is_superuser:
        return OrgUnit.objects.all()
    paths = list(
        UnitRole.objects.filter(user=user, role__in=[*roles, Role.ADMIN]).values_list("unit__path", flat=True)
    )
    if not paths:
        return OrgUnit.objects.none()
    condition = Q()
    for path in paths:
        condition |= Q(path__startswith=path)
    return OrgUnit.objects.filter(condition)


def duties(units: QuerySet[OrgUnit], today: date) -> list[Duty]:
    """Monthly reports of ``units`` whose cut-off window has opened and that are not yet approved.

    A unit owes a month when it has its own monthly targets for that year. The deadline follows
    the reporting regime of its indicators (the earliest when they differ; Decree 09 by default).
    Reports of last year still count while their deadline falls in this year.
    """
    years = [today.year - 1, today.year]
    planned = (
        Target.objects.filter(year__in=years, unit__in=units, indicator__period_type="month")
        .values_list("unit_id", "year", "indicator__regime_id")
        .distinct()
    )
    regimes_by_id = {r.pk: r.as_core() for r in ReportingRegime.objects.all()}
    owed: dict[tuple[int, int], set[core_periods.ReportingRegime]] = defaultdict(set)
    for unit_id, year, regime_id in planned:
        owed[(unit_id, year)].add(regimes_by_id.get(regime_id, core_periods.DECREE_09))
    if not owed:
        return []
    candidates: dict[tuple[int, str], tuple[core_periods.Period, date]] = {}
    for (unit_id, year), regimes in owed.items():
        for month in core_periods.periods_of_type(year, core_periods.PeriodType.MONTH):
            if min(r.window(month).first_day for r in regimes) > today:
                continue
            deadline = min(r.deadline(month) for r in regimes)
            if year < today.year and deadline < date(today.year, 1, 1):
                continue
            candidates[(unit_id, month.id)] = (month, deadline)
    unit_ids = {unit_id for unit_id, _ in candidates}
    period_ids = {period_id for _, period_id in candidates}
    states = {
        (unit_id, period_id): state
        for unit_id, period_id, state in Submission.objects.filter(
            unit_id__in=unit_ids, period_id__in=period_ids
        ).values_list("unit_id", "period_id", "state")
    }
    units_by_id = OrgUnit.objects.in_bulk(unit_ids)
    found = []
    for (unit_id, period_id), (month, deadline) in candidates.items():
        state = states.get((unit_id, period_id), SubmissionState.DRAFT)
        if state == SubmissionState.APPROVED:
            continue
        action = "approve" if state == SubmissionState.SUBMITTED else "submit"
        found.append(Duty(units_by_id[unit_id], month, deadline, state, action))
    return sorted(found, key=lambda d: (d.deadline, d.unit.path))


def people_to_remind(duty: Duty) -> list[AbstractBaseUser]:
    """Who must act on a duty: reporters for a report to submit, approvers for one to approve."""
    from django.contrib.auth import get_user_model

    role = Role.APPROVER if duty.action == "approve" else Role.REPORTER
    return list(
        get_user_model()
        .objects.filter(
            unit_roles__unit_id__in=ancestor_ids(duty.unit), unit_roles__role=role, is_active=True
        )
        .exclude(email="")
        .distinct()
        .order_by("username")
    )
