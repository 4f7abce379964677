"""Việc phải làm: which unit × month reports must be entered, submitted or approved, by when, and by whom."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from django.contrib.auth import get_user_model
from django.db.models import QuerySet

from chitieu.core import periods as core_periods
from chitieu.monitoring.models import Submission, SubmissionState
from chitieu.orgunits.models import OrgUnit, Role
from chitieu.planning.models import ReportingRegime, Target

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser


@dataclass(frozen=True)
class Duty:
    """One unit × period that someone must act on: enter and submit it, or approve it."""

    unit: OrgUnit
    period: core_periods.Period
    deadline: date
    state: str
    action: str  # "submit" (reporters) or "approve" (approvers)
    reason: str = ""  # why it was returned, when it was

    def days_left(self, today: date) -> int:
        return (self.deadline - today).days

    def late(self, today: date) -> bool:
        return today > self.deadline


def duties(units: QuerySet[OrgUnit], today: date) -> list[Duty]:
    """Monthly reports of ``units`` whose cut-off window has opened and that are not yet approved.

    A unit owes a month when it has its own monthly targets for that year. The deadline follows
    the reporting regime of its indicators (the earliest when they differ; Decree 09 by default).
    Reports of last year still count while their deadline falls in this year, or while they are
    sent or returned (someone is at work on them).
    """
    years = [today.year - 1, today.year]
    planned = (
        Target.objects.filter(year__in=years, unit__in=units, indicator__period_type="month")
        .order_by()  # the model's ordering would join three tables and defeat the DISTINCT
        .values_list("unit_id", "year", "indicator__regime_id")
        .distinct()
    )
    regimes_by_id = {r.pk: r for r in ReportingRegime.objects.all()}
    owed: dict[tuple[int, int], set[core_periods.ReportingRegime]] = defaultdict(set)
    for unit_id, year, regime_id in planned:
        owed[(unit_id, year)].add(ReportingRegime.of(regimes_by_id.get(regime_id)))
    if not owed:
        return []
    candidates: dict[tuple[int, str], tuple[core_periods.Period, date]] = {}
    in_work_only: set[tuple[int, str]] = set()  # last year's, due last year: owed only if sent or returned
    for (unit_id, year), regimes in owed.items():
        for month in core_periods.periods_of_type(year, core_periods.PeriodType.MONTH):
            if min(r.window(month).first_day for r in regimes) > today:
                continue
            deadline = core_periods.earliest_deadline(regimes, month)
            if year < today.year and deadline < date(today.year, 1, 1):
                in_work_only.add((unit_id, month.id))
            candidates[(unit_id, month.id)] = (month, deadline)
    unit_ids = {unit_id for unit_id, _ in candidates}
    period_ids = {period_id for _, period_id in candidates}
    states = {
        (unit_id, period_id): (state, reason)
        for unit_id, period_id, state, reason in Submission.objects.filter(
            unit_id__in=unit_ids, period_id__in=period_ids
        ).values_list("unit_id", "period_id", "state", "reason")
    }
    units_by_id = OrgUnit.objects.in_bulk(unit_ids)
    found = []
    for (unit_id, period_id), (month, deadline) in candidates.items():
        state, reason = states.get((unit_id, period_id), (SubmissionState.DRAFT, ""))
        if state == SubmissionState.APPROVED:
            continue
        if (unit_id, period_id) in in_work_only and state not in (
            SubmissionState.SUBMITTED,
            SubmissionState.RETURNED,
        ):
            continue
        action = "approve" if state == SubmissionState.SUBMITTED else "submit"
        reason = reason if state == SubmissionState.RETURNED else ""
        found.append(Duty(units_by_id[unit_id], month, deadline, state, action, reason))
    return sorted(found, key=lambda d: (d.deadline, d.unit.path))


def duties_of(user: AbstractBaseUser, today: date) -> tuple[list[Duty], list[Duty]]:
    """What ``user`` must submit (as a reporter) and approve (as an approver), by deadline."""
    to_submit = [
        d for d in duties(OrgUnit.objects.with_role(user, [Role.REPORTER]), today) if d.action == "submit"
    ]
    to_approve = [
        d for d in duties(OrgUnit.objects.with_role(user, [Role.APPROVER]), today) if d.action == "approve"
    ]
    return to_submit, to_approve


def people_to_remind(duty: Duty) -> list[AbstractBaseUser]:
    """Who must act on a duty: reporters for a report to submit, approvers for one to approve."""
    role = Role.APPROVER if duty.action == "approve" else Role.REPORTER
    return list(
        get_user_model()
        .objects.filter(
            unit_roles__unit_id__in=duty.unit.ancestor_ids(), unit_roles__role=role, is_active=True
        )
        .exclude(email="")
        .distinct()
        .order_by("username")
    )
