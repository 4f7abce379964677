"""Writes to plans: targets checked against their indicator's rules before they are saved."""

from __future__ import annotations

from decimal import Decimal

from django.db import transaction

from chitieu.core.evaluation import Plan, check_plan
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import Indicator, Target


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
    """Create or replace the plan of an indicator for a unit and year (refused if it cannot be evaluated)."""
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
