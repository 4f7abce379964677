"""Nhập số liệu: the figures a unit enters for a period, as the entry grid and the Excel template show them.

One row per unit × indicator the unit enters (:mod:`chitieu.planning.applicability`), with what
is stored for each value kind, the year's plan, the previous period's figure, and — for the
person asking — whether it may be written now and, if not, why (:mod:`~chitieu.monitoring.write_checks`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from chitieu.core import evaluation as ev
from chitieu.core import periods as core_periods
from chitieu.core.errors import DomainError
from chitieu.core.evaluation import ValueKind
from chitieu.monitoring import definitions
from chitieu.monitoring.figures import Figures, figures, has_values
from chitieu.monitoring.models import (
    KIND_BY_RANK,
    DataValue,
    Period,
    Submission,
    SubmissionEvent,
    SubmissionState,
)
from chitieu.monitoring.write_checks import WriteChecks
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.applicability import entry_rules
from chitieu.planning.models import Indicator, Target

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser


@dataclass(frozen=True)
class EntryRow:
    """One indicator a unit enters for the period."""

    unit: OrgUnit
    indicator: Indicator
    stored: dict[int, DataValue]  # value kind rank -> the stored row (a cleared value too)
    plan: Decimal | None  # the unit's target for the year
    previous: Decimal | None  # the firmest figure of the period before
    refusal: DomainError | None  # why it cannot be written now; None when it can
    to_date: ev.Result | None = None  # lũy kế: from January to the period before, same year
    a_year_earlier: ev.Result | None = None  # cùng kỳ năm trước: the same period a year before

    @property
    def shown(self) -> DataValue | None:
        """The stored row a reader sees: the firmest non-empty kind, else the one written last."""
        filled = [row for row in self.stored.values() if row.value is not None]
        if filled:
            return max(filled, key=lambda row: row.kind)
        return max(self.stored.values(), key=lambda row: row.updated_at) if self.stored else None

    @property
    def kind(self) -> ValueKind:
        shown = self.shown
        return KIND_BY_RANK[shown.kind] if shown else ValueKind.ACTUAL

    @property
    def value(self) -> Decimal | None:
        shown = self.shown
        return shown.value if shown else None


@dataclass(frozen=True)
class EntrySheet:
    """A unit's figures for one period, row by row, and where its workflow stands."""

    unit: OrgUnit
    period: core_periods.Period
    rows: list[EntryRow]
    state: str
    submission: Submission | None
    regime: core_periods.ReportingRegime  # of the row due first: its window and deadline are shown
    may_enter: bool  # the person reports or approves the unit's figures
    may_approve: bool

    @property
    def deadline(self) -> date:
        return self.regime.deadline(self.period)

    def history(self) -> list[SubmissionEvent]:
        """The report's workflow so far, oldest first: who sent, approved, returned or unlocked it, why."""
        if self.submission is None:
            return []
        return list(self.submission.events.select_related("by").order_by("at", "pk"))

    @property
    def editable(self) -> bool:
        """Whether the person asking may write at least one of the rows now."""
        return any(row.refusal is None for row in self.rows)


def entry_sheet(
    *,
    unit: OrgUnit,
    period: core_periods.Period,
    user: AbstractBaseUser | None,
    today: date,
    subunits: bool = False,
) -> EntrySheet:
    """The rows ``unit`` (and with ``subunits`` every active unit below it) enters for ``period``.

    ``user`` is the person who would write them (None: the system, to whom only locks apply).
    A fixed number of queries, whatever the number of units and indicators.
    """
    units = [unit]
    if subunits:
        units = list(OrgUnit.objects.subtree_of(unit).filter(active=True).order_by("path"))
    rules = entry_rules([u.pk for u in units], [period.year])
    wanted = set().union(*(rules.enters(u.pk, period.year) for u in units))
    # the order from the database (its collation), the indicators as kept between requests
    order = Indicator.objects.filter(pk__in=wanted).order_by("group__order", "order", "code")
    kept = definitions.indicators(wanted)
    indicators = [kept[pk] for pk in order.values_list("pk", flat=True)]
    stored_period = Period.objects.filter(pk=period.id).first() or Period(
        id=period.id, type=period.type.value, start=period.start, end=period.end
    )
    submissions = {
        (row.unit_id, row.period_id): row
        for row in Submission.objects.filter(unit__in=units, period_id=period.id).select_related("updated_by")
    }
    states = {(each.pk, period.id): SubmissionState.DRAFT for each in units}
    states.update({key: row.state for key, row in submissions.items()})
    checks = WriteChecks(user=user, today=today).prepare(units, [stored_period], rules=rules, states=states)
    before = core_periods.previous(period).id
    # The units' values of the two periods, every indicator's: those of indicators the units do
    # not enter are never looked up (cheaper than naming 400 indicators in the query).
    unit_ids = [each.pk for each in units]
    stored: dict[tuple[int, int, str], dict[int, DataValue]] = defaultdict(dict)
    for row in DataValue.objects.filter(unit_id__in=unit_ids, period_id=period.id).select_related(
        "updated_by"
    ):
        stored[(row.unit_id, row.indicator_id, row.period_id)][row.kind] = row
    earlier: dict[tuple[int, int], tuple[int, Decimal]] = {}  # the previous period's firmest value
    for unit_id, indicator_id, kind, value in DataValue.objects.filter(
        unit_id__in=unit_ids, period_id=before, value__isnull=False
    ).values_list("unit_id", "indicator_id", "kind", "value"):
        if (unit_id, indicator_id) not in earlier or kind > earlier[(unit_id, indicator_id)][0]:
            earlier[(unit_id, indicator_id)] = (kind, value)
    plans = dict(
        ((unit_id, indicator_id), target)
        for unit_id, indicator_id, target in Target.objects.filter(
            unit_id__in=unit_ids, year=period.year
        ).values_list("unit_id", "indicator_id", "target")
    )
    to_date, a_year_earlier = _beside(indicators, unit, period, today)
    rows = []
    for each in units:
        for indicator in indicators:
            if rules.refusal(indicator, each, period) is not None:
                continue
            last = earlier.get((each.pk, indicator.pk))
            rows.append(
                EntryRow(
                    unit=each,
                    indicator=indicator,
                    stored=stored.get((each.pk, indicator.pk, period.id), {}),
                    plan=plans.get((each.pk, indicator.pk)),
                    previous=last[1] if last else None,
                    refusal=checks.refusal(indicator, each, stored_period),
                    to_date=to_date.get(indicator.pk, each.pk) if to_date else None,
                    a_year_earlier=a_year_earlier.get(indicator.pk, each.pk) if a_year_earlier else None,
                )
            )
    submission = submissions.get((unit.pk, period.id))
    regimes = {row.indicator.reporting_regime for row in rows if row.unit == unit}
    regime = min(regimes, key=lambda r: r.deadline(period), default=core_periods.DECREE_09)
    return EntrySheet(
        unit=unit,
        period=period,
        rows=rows,
        state=submission.state if submission else SubmissionState.DRAFT,
        submission=submission,
        regime=regime,
        may_enter=checks.may_enter(unit),
        may_approve=checks.may_approve(unit),
    )


def _beside(
    indicators: list[Indicator], unit: OrgUnit, period: core_periods.Period, today: date
) -> tuple[Figures | None, Figures | None]:
    """What a cell is entered beside: the year to the period before, and the same period a year before.

    The figures of :func:`~chitieu.monitoring.figures.figures`, as every page shows them: the
    period before read as of today, last year's as of its own default day.
    """
    if not indicators:
        return None, None
    before = core_periods.previous(period)
    to_date = None
    if before.year == period.year:
        to_date = figures(indicators, root=unit, period=before, as_of=today, year_to_date=True, below=False)
    earlier = core_periods.a_year_earlier(period)
    if has_values(unit, earlier.year):
        a_year_earlier = figures(
            indicators,
            root=unit,
            period=earlier,
            as_of=core_periods.reading_day(earlier, None, today),
            below=False,
        )
    else:
        a_year_earlier = None  # a first year: nothing to read
    return to_date, a_year_earlier
