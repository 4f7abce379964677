"""Writes to plans: targets checked against their indicator's rules before they are saved."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from django.db import transaction

from chitieu.core.evaluation import Plan, check_plan
from chitieu.core.periods import check_year
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import Indicator, Target, WorkItem, WorkItemRevision

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser


@transaction.atomic
def set_target(
    *,
    indicator: Indicator,
    unit: OrgUnit,
    year: int,
    target: Decimal | None,
    target_high: Decimal | None = None,
    baseline: Decimal | None = None,
    note: str = "",
) -> Target:
    """Create or replace the plan of an indicator for a unit and year (refused if it cannot be evaluated).

    Refused too (a :class:`~chitieu.core.errors.DomainError`) for a year outside 1900–2999 and for
    a number that could not be stored exactly (:meth:`Target.check_numbers`).
    """
    check_year(year)
    Target.check_numbers(target, target_high, baseline)
    check_plan(
        indicator.rule(), Plan(target, target_high, baseline), indicator.code, indicator.allow_negative
    )
    plan, _ = Target.objects.update_or_create(
        indicator=indicator,
        unit=unit,
        year=year,
        defaults={"target": target, "target_high": target_high, "baseline": baseline, "note": note},
    )
    return plan


@transaction.atomic
def update_work_item(
    *,
    item: WorkItem,
    completed_on: date | None,
    result_note: str,
    user: AbstractBaseUser | None,
    reason: str = "",
) -> WorkItem:
    """Record a work item's completion date and result, with a revision row; no change, no row."""
    locked = WorkItem.objects.select_for_update().get(pk=item.pk)
    if locked.completed_on == completed_on and locked.result_note == result_note:
        return locked
    WorkItemRevision.objects.create(
        work_item=locked,
        old_completed_on=locked.completed_on,
        new_completed_on=completed_on,
        old_result=locked.result_note,
        new_result=result_note,
        reason=reason,
        changed_by=user,
    )
    locked.completed_on, locked.result_note = completed_on, result_note
    locked.save(update_fields=["completed_on", "result_note"])
    return locked
