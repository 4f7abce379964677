"""Ước thực hiện cả năm: each target's full year estimated before the year closes.

The months come from the one read model (:func:`chitieu.monitoring.figures.figures`, month by
month, rolled up like every other figure); the method is the core's
(:func:`chitieu.core.terms.estimate_year`); an estimate a person entered
(:class:`~chitieu.monitoring.models.YearEstimate`) wins over the computed one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from django.db import transaction

from chitieu.core import evaluation as ev
from chitieu.core import periods as core_periods
from chitieu.core import terms as core_terms
from chitieu.core.numbers import Rounding, check_storable, round_decimal, shown_number
from chitieu.core.periods import check_year
from chitieu.monitoring.figures import figures
from chitieu.monitoring.models import YearEstimate
from chitieu.monitoring.write_checks import WriteRefused
from chitieu.orgunits.models import OrgUnit, Role
from chitieu.orgunits.services import has_role
from chitieu.planning.applicability import NotApplicable, sees
from chitieu.planning.models import Indicator

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser


def month_values(
    indicators: Iterable[Indicator], *, unit: OrgUnit, year: int, as_of: date
) -> dict[int, dict[int, Decimal]]:
    """Each indicator's figure at ``unit`` for every month of ``year`` begun by ``as_of`` that has one."""
    indicators = list(indicators)
    found: dict[int, dict[int, Decimal]] = {indicator.pk: {} for indicator in indicators}
    if not indicators:
        return found
    for month in core_periods.periods_of_type(year, core_periods.PeriodType.MONTH):
        if month.start > as_of:
            break
        read = figures(indicators, root=unit, period=month, as_of=as_of, below=False, levels=0)
        for indicator in indicators:
            result = read.get(indicator.pk, unit.pk)
            if result is not None:
                found[indicator.pk][month.start.month] = result.value
    return found


def entered_estimates(indicator_ids: Iterable[int], *, unit: OrgUnit, year: int) -> dict[int, YearEstimate]:
    """The estimate in force per indicator that a person entered (the latest row, unless withdrawn)."""
    latest: dict[int, YearEstimate] = {}
    rows = YearEstimate.objects.filter(indicator_id__in=list(indicator_ids), unit=unit, year=year).order_by(
        "entered_at", "id"
    )
    for row in rows:
        latest[row.indicator_id] = row
    return {pk: row for pk, row in latest.items() if row.value is not None}


def year_estimates(
    indicators: Iterable[Indicator],
    *,
    unit: OrgUnit,
    year: int,
    as_of: date,
    method: core_terms.Method | None = None,
    people: bool = True,
) -> dict[int, core_terms.YearEstimate]:
    """The full-year estimate of each indicator at ``unit``: a person's, else computed from the months.

    ``method`` chooses how flows are computed (same share as last year, or straight-line);
    without it, the same share when last year is known in full. ``people=False``: only the
    computed ones (to show beside what a person entered).
    """
    indicators = list(indicators)
    entered = entered_estimates([i.pk for i in indicators], unit=unit, year=year) if people else {}
    estimates = {
        pk: core_terms.person_estimate(row.value, row.note)
        for pk, row in entered.items()
        if row.value is not None
    }
    to_compute = [indicator for indicator in indicators if indicator.pk not in estimates]
    if not to_compute:
        return estimates
    this_year = month_values(to_compute, unit=unit, year=year, as_of=as_of)
    flows = [i for i in to_compute if i.rule().time_aggregation == ev.TimeAggregation.SUM]
    last_year = (
        month_values(flows, unit=unit, year=year - 1, as_of=core_periods.year(year - 1).last_day)
        if flows and method != core_terms.Method.STRAIGHT_LINE
        else {}
    )
    for indicator in to_compute:
        try:
            made = core_terms.estimate_year(
                indicator.rule(), this_year[indicator.pk], last_year.get(indicator.pk), method
            )
        except core_terms.EstimateError:
            made = core_terms.estimate_year(
                indicator.rule(), this_year[indicator.pk], None, core_terms.Method.STRAIGHT_LINE
            )
        if made is not None:
            # a computed estimate is a figure like any other: the indicator's decimals, so that
            # "ước 96/74 đảng viên" and its % of plan are worked from the same number
            shown = round_decimal(made.value, indicator.decimals, Rounding(indicator.rounding))
            estimates[indicator.pk] = dataclasses.replace(made, value=shown)
    return estimates


ESTIMATE_ROLES = (Role.REPORTER, Role.PLANNER, Role.APPROVER)


@transaction.atomic
def enter_estimate(
    *,
    indicator: Indicator,
    unit: OrgUnit,
    year: int,
    value: Decimal | None,
    note: str = "",
    user: AbstractBaseUser | None,
) -> YearEstimate:
    """Record a person's year-end estimate (None withdraws it); the earlier ones stay as history.

    Refused (:class:`~chitieu.monitoring.write_checks.WriteRefused`) without a reporter's, planner's
    or approver's role on the unit, for an indicator the unit neither plans nor reports that year,
    and for a number that could not be stored exactly.
    """
    check_year(year)
    if user is not None and not has_role(user, unit, ESTIMATE_ROLES):
        raise WriteRefused("no_permission", action="estimate", action_vi="nhập số ước", unit=unit.code)
    if value is not None:
        check_storable(value, decimals=4)
        if value < 0 and not indicator.allow_negative:
            raise WriteRefused("negative", indicator=indicator.code, value=shown_number(value))
    if not sees(indicator, unit, year):
        raise NotApplicable("not_planned", indicator=indicator.code, unit=unit.code, year=year)
    return YearEstimate.objects.create(
        indicator=indicator, unit=unit, year=year, value=value, note=note.strip(), entered_by=user
    )
