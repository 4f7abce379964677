"""Whether a figure may be written: the checks every write, the entry grid and the import's dry run ask.

A figure of an indicator for a unit and a period is refused, in this order, when

1. the unit does not enter the indicator for that period (:mod:`chitieu.planning.applicability`:
   not planned or assigned, a computed rate, the wrong frequency, an indicator no longer used);
2. the period is closed, or the unit's figures for it are submitted or approved (locks: they
   hold for everyone, the system included);
3. the person may not enter the unit's figures (reporter or approver of it or above);
4. the deadline of the indicator's reporting regime has passed, unless the figures were returned
   or the person approves them.

:class:`WriteChecks` reads what these need once for a whole batch (one grid, one import, one bulk
request) and answers cell by cell; the services raise the refusal it gives, the grid shows it
beside the cell, the import lists it with its row.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from chitieu.core import periods as core_periods
from chitieu.core.errors import DomainError
from chitieu.core.evaluation import Direction
from chitieu.core.numbers import NumberLimitError, check_storable, format_exact
from chitieu.monitoring.models import DataValue, Period, Submission, SubmissionState
from chitieu.orgunits.models import OrgUnit, Role
from chitieu.orgunits.services import has_role
from chitieu.planning.applicability import EntryRules, entry_rules
from chitieu.planning.models import Indicator

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

MAX_DECIMALS = DataValue._meta.get_field("value").decimal_places  # type: ignore[union-attr]


class WriteRefused(DomainError, ValueError):
    """A write that the rules do not allow; nothing was written."""

    templates = {
        "unknown_indicator": ("Unknown indicator code '{code}'.", "Không có chỉ tiêu mã '{code}'."),
        "unknown_unit": ("Unknown unit code '{code}'.", "Không có đơn vị mã '{code}'."),
        "bad_period": ("{detail}", "{detail_vi}"),
        "negative": (
            "Indicator {indicator} does not take negative values (got {value}).",
            "Chỉ tiêu {indicator} không nhận giá trị âm (đã nhập {value}).",
        ),
        "yes_no": (
            "Indicator {indicator} takes 1 (done) or 0 (not done), not {value}.",
            "Chỉ tiêu {indicator} chỉ nhận 1 (hoàn thành) hoặc 0 (chưa hoàn thành), không nhận {value}.",
        ),
        **NumberLimitError.templates,  # too large, too many decimals or digits: see check_storable
        "no_permission": (
            "You may not {action} figures of {unit}.",
            "Bạn không có quyền {action_vi} số liệu của {unit}.",
        ),
        "period_closed": (
            "Period {period} is closed: no more changes.",
            "Kỳ {period} đã khóa sổ, không sửa được nữa.",
        ),
        "approved": (
            "The figures of {unit} for {period} are approved and locked; ask an approver to unlock them.",
            "Số liệu của {unit} kỳ {period} đã được duyệt và khóa; cần người duyệt mở khóa.",
        ),
        "submitted": (
            "The figures of {unit} for {period} were submitted and await approval.",
            "Số liệu của {unit} kỳ {period} đã gửi và đang chờ duyệt.",
        ),
        "deadline_passed": (
            "The deadline for {period} was {deadline}; only an approver can still change it.",
            "Đã quá hạn báo cáo kỳ {period} ({deadline}); chỉ người duyệt mới sửa được.",
        ),
        "bad_transition": (
            "Cannot {action} figures that are {state}.",
            "Không thể {action_vi} số liệu đang ở trạng thái {state_vi}.",
        ),
        "reason_required": ("A reason is required.", "Cần ghi rõ lý do."),
        "unknown_version": (
            "There is no value yet, so version {version} cannot be changed.",
            "Chưa có số liệu nên không thể sửa phiên bản {version}.",
        ),
    }


def validate_value(indicator: Indicator, value: Decimal | None) -> None:
    """Refuse a number the indicator cannot take (None, a cleared value, is always allowed).

    The one check of a value every way in asks (the grid, the API, imports, DHIS2, the command
    line, the admin): first whether it can be stored exactly (:func:`check_storable`), then
    whether the indicator takes it.
    """
    if value is None:
        return
    try:
        check_storable(value, decimals=MAX_DECIMALS)
    except NumberLimitError as error:
        raise WriteRefused(error.code, **error.params) from error
    shown = format_exact(value)
    if indicator.direction == Direction.YES_NO and value not in (0, 1):
        raise WriteRefused("yes_no", indicator=indicator.code, value=shown)
    if value < 0 and not indicator.allow_negative:
        raise WriteRefused("negative", indicator=indicator.code, value=shown)


@dataclass
class WriteChecks:
    """The write rules for one person (``user`` None: the system) on one day, asked cell by cell.

    What the answers need — which indicators each unit enters, each unit's workflow state per
    period, the person's roles — is read once per unit and period and kept.
    """

    user: AbstractBaseUser | None
    today: date
    # When only some indicators will be asked about (one write): the plans read are theirs alone,
    # not the 400 a unit may enter.
    only: frozenset[int] | None = None
    _rules: EntryRules = field(default_factory=lambda: EntryRules({}))
    _loaded: set[tuple[int, int]] = field(default_factory=set)
    _states: dict[tuple[int, str], str] = field(default_factory=dict)
    _roles: dict[tuple[int, bool], bool] = field(default_factory=dict)
    _core_periods: dict[str, core_periods.Period] = field(default_factory=dict)
    _deadlines: dict[tuple[int | None, str], date] = field(default_factory=dict)

    def prepare(
        self,
        units: Iterable[OrgUnit],
        periods: Iterable[Period],
        *,
        rules: EntryRules | None = None,
        states: dict[tuple[int, str], str] | None = None,
    ) -> WriteChecks:
        """Read what the checks of these units and periods need, in a fixed number of queries.

        ``rules`` (for every unit and year asked) and ``states`` (workflow state by unit id and
        period id) are what the caller has read already: they are not read again.
        """
        units, periods = list(units), list(periods)
        years = {period.start.year for period in periods}
        if rules is not None:
            self._rules = EntryRules({**self._rules.entered, **rules.entered})
            self._loaded |= {(unit.pk, year) for unit in units for year in years}
        self._states.update(states or {})
        wanted = {(unit.pk, year) for unit in units for year in years} - self._loaded
        if wanted:
            more = entry_rules({u for u, _ in wanted}, {y for _, y in wanted}, indicator_ids=self.only)
            self._rules = EntryRules({**self._rules.entered, **more.entered})
            self._loaded |= {(u, y) for u in {u for u, _ in wanted} for y in {y for _, y in wanted}}
        missing = {(unit.pk, period.pk) for unit in units for period in periods} - self._states.keys()
        if missing:
            found = Submission.objects.filter(
                unit_id__in={u for u, _ in missing}, period_id__in={p for _, p in missing}
            ).values_list("unit_id", "period_id", "state")
            states = {(unit_id, period_id): state for unit_id, period_id, state in found}
            for key in missing:
                self._states[key] = states.get(key, SubmissionState.DRAFT)
        return self

    def refusal(self, indicator: Indicator, unit: OrgUnit, period: Period) -> DomainError | None:
        """Why this person may not write this figure now; None when they may."""
        if self.only is not None and indicator.pk not in self.only:
            raise ValueError(f"these checks were prepared for indicators {sorted(self.only)} only")
        if (unit.pk, period.pk) not in self._states or (unit.pk, period.start.year) not in self._loaded:
            self.prepare([unit], [period])
        core = self._core_periods.get(period.pk)
        if core is None:
            core = self._core_periods[period.pk] = period.as_core()
        not_entered = self._rules.refusal(indicator, unit, core)
        if not_entered is not None:
            return not_entered
        key = (indicator.regime_id, period.pk)
        if key not in self._deadlines:
            self._deadlines[key] = indicator.reporting_regime.deadline(core)
        return self.lock_refusal(unit, period, self._deadlines[key])

    def lock_refusal(self, unit: OrgUnit, period: Period, deadline: date) -> WriteRefused | None:
        """Why the unit's figures for the period cannot be changed by this person before ``deadline``."""
        if (unit.pk, period.pk) not in self._states:
            self.prepare([unit], [period])
        if period.closed:
            return WriteRefused("period_closed", period=period.id)
        state = self._states[(unit.pk, period.pk)]
        if state == SubmissionState.APPROVED:
            return WriteRefused("approved", unit=unit.code, period=period.id)
        if state == SubmissionState.SUBMITTED:
            return WriteRefused("submitted", unit=unit.code, period=period.id)
        if self.user is None:
            return None
        if not self.may_enter(unit):
            return WriteRefused("no_permission", action="enter", action_vi="nhập", unit=unit.code)
        late = self.today > deadline
        if late and state != SubmissionState.RETURNED and not self.may_approve(unit):
            return WriteRefused("deadline_passed", period=period.id, deadline=deadline.strftime("%d/%m/%Y"))
        return None

    def may_enter(self, unit: OrgUnit) -> bool:
        """Whether the person reports or approves the unit's figures (roles on it or above)."""
        return self.user is None or self._has_role(unit, approver=False)

    def may_approve(self, unit: OrgUnit) -> bool:
        return self.user is None or self._has_role(unit, approver=True)

    def _has_role(self, unit: OrgUnit, *, approver: bool) -> bool:
        key = (unit.pk, approver)
        if key not in self._roles:
            roles = [Role.APPROVER] if approver else [Role.REPORTER, Role.APPROVER]
            self._roles[key] = self.user is not None and has_role(self.user, unit, roles)
        return self._roles[key]
