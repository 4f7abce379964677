"""Đơn vị áp dụng: which indicators a unit plans, enters and sees in a year — one rule every skin asks.

In a year, a unit

- **plans** the indicators of its own targets;
- **enters** the indicators of its own targets, except rates computed from a numerator and a
  denominator (never typed in: their two inputs are entered instead), and the indicators it is
  explicitly assigned (:class:`~chitieu.planning.models.Assignment`), with the same exception;
- **sees** what it plans or enters, and what any unit below it plans or enters (their figures
  roll up into its own).

A figure is entered only for an active indicator and for a period its frequency can report (a
monthly indicator's month, or the estimate or official figure of a longer period). The entry
grid, the Excel templates, the imports, the API, DHIS2 and ``chitieu enter-value`` all ask
:func:`entry_rules`; the write services refuse what it refuses.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import connection
from django.db.models import Q

from chitieu.core import periods as core_periods
from chitieu.core.errors import DomainError
from chitieu.core.evaluation import UnitAggregation
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import Assignment, Indicator, Target

_FREQUENCY_VI = {
    core_periods.PeriodType.MONTH: "hằng tháng",
    core_periods.PeriodType.QUARTER: "hằng quý",
    core_periods.PeriodType.HALF_YEAR: "6 tháng một lần",
    core_periods.PeriodType.NINE_MONTHS: "9 tháng một lần",
    core_periods.PeriodType.YEAR: "hằng năm",
}
_FREQUENCY_EN = {
    core_periods.PeriodType.MONTH: "monthly",
    core_periods.PeriodType.QUARTER: "quarterly",
    core_periods.PeriodType.HALF_YEAR: "every six months",
    core_periods.PeriodType.NINE_MONTHS: "every nine months",
    core_periods.PeriodType.YEAR: "yearly",
}


class NotApplicable(DomainError, ValueError):
    """A figure a unit does not enter: not its indicator, a computed rate, the wrong period."""

    templates = {
        "not_planned": (
            "Indicator {indicator} is neither planned for nor assigned to {unit} in {year}.",
            "Chỉ tiêu {indicator} không được giao hay phân công cho đơn vị {unit} trong năm {year}.",
        ),
        "computed": (
            "Indicator {indicator} is a rate computed from its numerator and denominator; enter those two.",
            "Chỉ tiêu {indicator} là tỷ lệ tính từ tử số và mẫu số; hãy nhập hai chỉ tiêu thành phần.",
        ),
        "wrong_frequency": (
            "Indicator {indicator} is reported {frequency}: it has no figure for {period}.",
            "Chỉ tiêu {indicator} báo cáo {frequency_vi}: không có số liệu cho kỳ {period}.",
        ),
        "inactive": (
            "Indicator {indicator} is no longer in use.",
            "Chỉ tiêu {indicator} đã ngừng sử dụng.",
        ),
    }


def is_computed(indicator: Indicator) -> bool:
    """A rate rolled up from a numerator and a denominator: computed, never entered."""
    return indicator.unit_aggregation == UnitAggregation.RATIO


@dataclass(frozen=True)
class EntryRules:
    """The indicators each of some units enters, per year (read in two queries for all of them)."""

    entered: dict[tuple[int, int], frozenset[int]]  # (unit id, year) -> indicator ids

    def enters(self, unit_id: int, year: int) -> frozenset[int]:
        return self.entered.get((unit_id, year), frozenset())

    def refusal(
        self, indicator: Indicator, unit: OrgUnit, period: core_periods.Period
    ) -> NotApplicable | None:
        """Why ``unit`` does not enter ``indicator`` for ``period``; None when it does."""
        if is_computed(indicator):
            return NotApplicable("computed", indicator=indicator.code)
        if indicator.pk not in self.enters(unit.pk, period.year):
            return NotApplicable("not_planned", indicator=indicator.code, unit=unit.code, year=period.year)
        if not indicator.active:
            return NotApplicable("inactive", indicator=indicator.code)
        frequency = core_periods.PeriodType(indicator.period_type)
        if not frequency.can_report(period):
            return NotApplicable(
                "wrong_frequency",
                indicator=indicator.code,
                period=period.id,
                frequency=_FREQUENCY_EN[frequency],
                frequency_vi=_FREQUENCY_VI[frequency],
            )
        return None


def entry_rules(
    unit_ids: Iterable[int], years: Iterable[int], indicator_ids: Iterable[int] | None = None
) -> EntryRules:
    """What each unit enters in each year: its targets' and assignments' indicators, rates by their inputs.

    ``indicator_ids``: only whether these are entered (the plans that use them, directly or as the
    input of a rate), for a check of a few cells.
    """
    unit_ids, years = set(unit_ids), set(years)
    entered: dict[tuple[int, int], set[int]] = defaultdict(set)
    if not unit_ids or not years:
        return EntryRules({})
    for unit_id, year, indicator_id, numerator_id, denominator_id in _plans_and_assignments(
        unit_ids, years, None if indicator_ids is None else set(indicator_ids)
    ):
        if numerator_id is None and denominator_id is None:
            entered[(unit_id, year)].add(indicator_id)
        else:  # a computed rate: its inputs are what is entered
            entered[(unit_id, year)].update(i for i in (numerator_id, denominator_id) if i is not None)
    return EntryRules({key: frozenset(ids) for key, ids in entered.items()})


def _plans_and_assignments(
    unit_ids: set[int], years: set[int], indicator_ids: set[int] | None
) -> list[tuple[int, int, int, int | None, int | None]]:
    """(unit, year, indicator, numerator, denominator) of the units' targets and assignments.

    One plain query: written with the ORM, a union of two joins cost a write of one value more
    to build than the database took to answer it.
    """
    indicator = Indicator._meta.db_table
    units, when = ", ".join(["%s"] * len(unit_ids)), ", ".join(["%s"] * len(years))
    where, params = f"x.unit_id IN ({units}) AND x.year IN ({when})", [*unit_ids, *years]
    if indicator_ids is not None:
        if not indicator_ids:
            return []
        ids = ", ".join(["%s"] * len(indicator_ids))
        where += (
            f" AND (x.indicator_id IN ({ids}) OR i.numerator_id IN ({ids}) OR i.denominator_id IN ({ids}))"
        )
        params += [*indicator_ids] * 3
    sql = " UNION ALL ".join(
        f"SELECT x.unit_id, x.year, x.indicator_id, i.numerator_id, i.denominator_id FROM {table} x"
        f" JOIN {indicator} i ON i.id = x.indicator_id WHERE {where}"
        for table in (Target._meta.db_table, Assignment._meta.db_table)
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params + params)
        return cursor.fetchall()


def entered_indicators(unit: OrgUnit, period: core_periods.Period) -> list[Indicator]:
    """The indicators ``unit`` enters for ``period``, in report order: the rows of its grid and template."""
    rules = entry_rules([unit.pk], [period.year])
    candidates = (
        Indicator.objects.filter(pk__in=rules.enters(unit.pk, period.year))
        .select_related("group", "regime")
        .order_by("group__order", "order", "code")
    )
    return [indicator for indicator in candidates if rules.refusal(indicator, unit, period) is None]


def sees(indicator: Indicator, unit: OrgUnit, year: int) -> bool:
    """Whether ``unit`` has figures of ``indicator`` in ``year``: planned or entered at it or below it."""
    uses = Q(indicator=indicator) | Q(indicator__numerator=indicator) | Q(indicator__denominator=indicator)
    below = Q(unit__path__startswith=unit.path, year=year)
    return Target.objects.filter(uses, below).exists() or Assignment.objects.filter(uses, below).exists()
