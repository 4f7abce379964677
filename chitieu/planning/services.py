"""Writes to plans: targets checked against their indicator's rules before they are saved."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from django.db import transaction

from chitieu.core import terms as core_terms
from chitieu.core.errors import DomainError
from chitieu.core.evaluation import Plan, PlanError, check_plan
from chitieu.core.periods import check_year
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import (
    Indicator,
    Target,
    Term,
    TermMilestone,
    TermTarget,
    WorkItem,
    WorkItemRevision,
)

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


class TermError(DomainError, ValueError):
    """A term plan that cannot be: a link to the wrong term target, a year outside the term."""

    templates = {
        "other_indicator": (
            "The {year} target of {indicator} cannot serve the term target of {other}: another indicator.",
            "Chỉ tiêu năm {year} ({indicator}) không thể gắn với chỉ tiêu nhiệm kỳ {other}: khác chỉ tiêu.",
        ),
        "outside_unit": (
            "The target of {unit} cannot serve a term target of {term_unit}, which is not above it.",
            "Chỉ tiêu của {unit} không thể gắn với chỉ tiêu nhiệm kỳ của {term_unit} (không phải cấp trên).",
        ),
        "outside_term": (
            "{year} is not a year of the term {term}.",
            "Năm {year} không thuộc nhiệm kỳ {term}.",
        ),
        "bad_measure": (
            "A term target is a level at the end of the term or a total over it, not '{measure}'.",
            "Chỉ tiêu nhiệm kỳ là mức đến cuối nhiệm kỳ hoặc tổng cả nhiệm kỳ, không phải '{measure}'.",
        ),
    }


@transaction.atomic
def set_term_target(
    *,
    term: Term,
    indicator: Indicator,
    target: Decimal | None,
    measure: str | None = None,
    target_high: Decimal | None = None,
    baseline: Decimal | None = None,
    milestones: dict[int, Decimal] | None = None,
    note: str = "",
) -> TermTarget:
    """Create or replace a term target (measure by default: a total for flows, the end level otherwise).

    Refused, with the year's own rules, for a plan its indicator could never evaluate; milestones
    given replace the earlier ones and must fall in the term's years.
    """
    chosen = measure or core_terms.measure_for(indicator.rule()).value
    if chosen not in core_terms.TermMeasure.__members__.values():
        raise TermError("bad_measure", measure=chosen)
    Target.check_numbers(target, target_high, baseline, *(milestones or {}).values())
    plan = Plan(target, target_high, baseline)
    try:
        check_plan(indicator.rule(), plan, indicator.code, indicator.allow_negative)
    except PlanError as error:
        if error.code != "missing_baseline":  # a decrease may start from the congress year's figure
            raise
    for year in milestones or {}:
        if year not in term.span.years:
            raise TermError("outside_term", year=year, term=term.span.label())
    term_target, _ = TermTarget.objects.update_or_create(
        term=term,
        indicator=indicator,
        defaults={
            "measure": chosen,
            "target": target,
            "target_high": target_high,
            "baseline": baseline,
            "note": note,
        },
    )
    if milestones is not None:
        term_target.milestones.all().delete()
        TermMilestone.objects.bulk_create(
            TermMilestone(term_target=term_target, year=year, value=value)
            for year, value in milestones.items()
        )
    return term_target


def check_link(target: Target, term_target: TermTarget) -> None:
    """Refuse (:class:`TermError`) a year target that cannot serve ``term_target``: another indicator,
    a unit not at or below the term's, a year outside the term."""
    term = term_target.term
    if term_target.indicator_id != target.indicator_id:
        raise TermError(
            "other_indicator",
            year=target.year,
            indicator=target.indicator.code,
            other=term_target.indicator.code,
        )
    if not target.unit.is_within(term.unit):
        raise TermError("outside_unit", unit=target.unit.code, term_unit=term.unit.code)
    if target.year not in term.span.years:
        raise TermError("outside_term", year=target.year, term=term.span.label())


@transaction.atomic
def link_to_term(*, target: Target, term_target: TermTarget | None) -> Target:
    """Make a year's target a step toward a term target (None: unlink it); see :func:`check_link`."""
    if term_target is not None:
        check_link(target, term_target)
    target.term_target = term_target
    target.save(update_fields=["term_target"])
    return target
