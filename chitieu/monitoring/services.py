"""Writes to results: values with versions and revisions, and the approval workflow.

Every function here is one transaction: either everything it writes is written, with its
revision rows, or nothing is. A refused write raises a :class:`~chitieu.core.errors.DomainError`
saying exactly why, in English for logs and Vietnamese for people: the refusals of
:mod:`chitieu.monitoring.write_checks` (:class:`WriteRefused`, and
:class:`~chitieu.planning.applicability.NotApplicable` for a figure the unit does not enter), or
:class:`StaleVersion` when someone else saved first.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from chitieu.core.errors import DomainError
from chitieu.core.evaluation import ValueKind
from chitieu.core.numbers import format_number
from chitieu.core.periods import PeriodError
from chitieu.monitoring import aggregates, notices, versions
from chitieu.monitoring.models import (
    DataValue,
    DataValueRevision,
    Period,
    RevisionAction,
    Submission,
    SubmissionEvent,
    SubmissionState,
)
from chitieu.monitoring.write_checks import WriteChecks, WriteRefused, validate_value
from chitieu.orgunits.models import OrgUnit, Role
from chitieu.orgunits.services import has_role
from chitieu.planning.models import Indicator

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

logger = logging.getLogger(__name__)


class StaleVersion(DomainError, ValueError):
    """Someone else saved first: the write named an old version (HTTP 409)."""

    templates = {
        "stale": (
            "Someone else changed this value first (now {current} at version {version});"
            " reload and try again.",
            "Người khác đã sửa số liệu này trước (hiện là {current}, phiên bản {version});"
            " hãy tải lại rồi nhập lại.",
        ),
        "exists": (
            "A value already exists (now {current} at version {version}); give its version to change it.",
            "Số liệu này đã có (hiện là {current}, phiên bản {version}); cần nêu phiên bản để sửa.",
        ),
    }

    def __init__(self, code: str, /, *, current: DataValue, **params: Any) -> None:
        self.current = current
        shown = "—" if current.value is None else format_number(current.value, current.indicator.decimals)
        super().__init__(code, current=shown, version=current.version, **params)


@dataclass(frozen=True)
class ValueWrite:
    """One value to write: the cell, the number (None clears it) and the version it was read at."""

    indicator: Indicator
    unit: OrgUnit
    period_id: str
    value: Decimal | None
    kind: ValueKind = ValueKind.ACTUAL
    expected_version: int | None = None  # None: the writer believes there is no value yet
    comment: str = ""


def resolve_period(period_id: str) -> Period:
    try:
        return Period.objects.for_id(period_id)
    except PeriodError as error:
        raise WriteRefused("bad_period", detail=error.message("en"), detail_vi=error.message("vi")) from error


@transaction.atomic
def record_values(
    *,
    writes: Iterable[ValueWrite],
    user: AbstractBaseUser | None,
    reason: str = "",
    today: date | None = None,
) -> list[DataValue]:
    """Write several values at once: all of them, with a revision each, or none.

    ``user`` None means the system itself (demo loading, migrations): locks still apply,
    permissions and deadlines do not.
    """
    versions.bump()  # first, before any other lock (see chitieu.monitoring.versions)
    today = today or timezone.localdate()
    writes = list(writes)
    cells = [(w.indicator.pk, w.unit.pk, w.period_id, w.kind) for w in writes]
    if len(writes) > 1 and len(set(cells)) == len(cells):
        return _record_batch(writes, user=user, reason=reason, today=today)
    # One value, or the same cell twice: one after the other, each seeing the one before.
    saved = []
    for write in writes:
        try:
            saved.append(_record_one(write, user=user, reason=reason, today=today))
        except DomainError as error:
            _log_refusal(error, write, user)
            raise
    return saved


def _log_refusal(error: DomainError, write: ValueWrite, user: AbstractBaseUser | None) -> None:
    logger.info(
        "value refused (%s): %s [indicator=%s unit=%s period=%s user=%s]",
        error.code,
        error,
        write.indicator.code,
        write.unit.code,
        write.period_id,
        user,
    )


def _record_batch(
    writes: list[ValueWrite], *, user: AbstractBaseUser | None, reason: str, today: date
) -> list[DataValue]:
    """Many distinct cells in a fixed number of queries, with exactly the checks of :func:`_record_one`.

    The checks run write by write, in order, so the first refused write is the one reported;
    then the new rows, the changed rows, their revisions and the firmest-value flags are
    written in bulk.
    """
    periods = {pid: resolve_period(pid) for pid in dict.fromkeys(w.period_id for w in writes)}
    checks = WriteChecks(user=user, today=today).prepare({w.unit for w in writes}, periods.values())
    existing = _current_rows(writes, periods)
    now = timezone.now()
    created: list[DataValue] = []
    changed: list[DataValue] = []
    revisions: list[tuple[DataValue, str, Decimal | None, Decimal | None]] = []
    saved: list[DataValue] = []
    for write in writes:
        try:
            period = periods[write.period_id]
            indicator, unit = write.indicator, write.unit
            validate_value(indicator, write.value)
            refusal = checks.refusal(indicator, unit, period)
            if refusal is not None:
                raise refusal
            current = existing.get((indicator.pk, unit.pk, period.pk, write.kind.rank))
            if current is None:
                if write.expected_version not in (None, 0):
                    raise WriteRefused("unknown_version", version=write.expected_version)
                row = DataValue(
                    indicator=indicator,
                    unit=unit,
                    period=period,
                    kind=write.kind.rank,
                    value=write.value,
                    comment=write.comment,
                    updated_by=user,
                    updated_at=now,
                )
                created.append(row)
                revisions.append((row, RevisionAction.CREATE, None, write.value))
                saved.append(row)
                continue
            if write.expected_version is None:
                raise StaleVersion("exists", current=current)
            if write.expected_version != current.version:
                raise StaleVersion("stale", current=current)
            if current.value == write.value and current.comment == write.comment:
                saved.append(current)  # nothing changed: no new version, no revision
                continue
            action = RevisionAction.CLEAR if write.value is None else RevisionAction.UPDATE
            revisions.append((current, action, current.value, write.value))
            current.value, current.comment = write.value, write.comment
            current.version += 1
            current.updated_by, current.updated_at = user, now
            if write.value is None:
                current.is_best = False
            changed.append(current)
            saved.append(current)
        except DomainError as error:
            _log_refusal(error, write, user)
            raise
    DataValue.objects.bulk_create(created, batch_size=1000)
    DataValue.objects.bulk_update(
        changed, ["value", "comment", "version", "updated_by", "updated_at", "is_best"], batch_size=1000
    )
    DataValueRevision.objects.bulk_create(
        [
            DataValueRevision(
                data_value=row,
                version=row.version,
                action=action,
                old_value=old,
                new_value=new,
                reason=reason,
                changed_by=user,
            )
            for row, action, old, new in revisions
        ],
        batch_size=1000,
    )
    _refresh_best_of(saved)
    return saved


def _current_rows(
    writes: list[ValueWrite], periods: dict[str, Period]
) -> dict[tuple[int, int, str, int], DataValue]:
    """The stored rows of the batch's cells, locked until the transaction ends."""
    wanted = {(w.indicator.pk, w.unit.pk, periods[w.period_id].pk, w.kind.rank) for w in writes}
    rows = DataValue.objects.select_for_update().filter(
        indicator_id__in={c[0] for c in wanted},
        unit_id__in={c[1] for c in wanted},
        period_id__in={c[2] for c in wanted},
    )
    indicators = {w.indicator.pk: w.indicator for w in writes}  # not joined: FOR UPDATE would lock them
    found = {}
    for row in rows:
        key = (row.indicator_id, row.unit_id, row.period_id, row.kind)
        if key in wanted:
            row.indicator = indicators[row.indicator_id]
            found[key] = row
    return found


def _refresh_best_of(rows: list[DataValue], cell_rows: list[DataValue] | None = None) -> None:
    """Mark the firmest non-empty value of every cell the rows belong to as the one that counts, on
    the rows given too, and keep the figures it feeds (one read of the cells, an UPDATE per flag that
    changes).

    ``cell_rows``: every row of those cells as they stand, when the caller holds them (locked) already.
    """
    cells = {(r.indicator_id, r.unit_id, r.period_id) for r in rows}
    if not cells:
        return
    everything = cell_rows
    if everything is None:
        everything = DataValue.objects.filter(
            indicator_id__in={c[0] for c in cells},
            unit_id__in={c[1] for c in cells},
            period_id__in={c[2] for c in cells},
        ).only("pk", "indicator_id", "unit_id", "period_id", "kind", "value", "is_best")
    by_cell: dict[tuple[int, int, str], list[DataValue]] = {}
    for row in everything:
        cell = (row.indicator_id, row.unit_id, row.period_id)
        if cell in cells:
            by_cell.setdefault(cell, []).append(row)
    flips: list[DataValue] = []
    best_ids: set[int] = set()
    for cell_rows in by_cell.values():
        filled = [r for r in cell_rows if r.value is not None]
        best = max(filled, key=lambda r: r.kind) if filled else None
        if best is not None:
            best_ids.add(best.pk)
        for row in cell_rows:
            should = best is not None and row.pk == best.pk
            if row.is_best != should:
                row.is_best = should
                flips.append(row)
    # Clear first, then set: at no point do two rows of a cell both count. One UPDATE per chunk
    # of ids (the new value is the same for all of them), not a CASE per row.
    for flag in (False, True):
        ids = [r.pk for r in flips if r.is_best is flag]
        for start in range(0, len(ids), 900):
            DataValue.objects.filter(pk__in=ids[start : start + 900]).update(is_best=flag)
    for row in rows:
        row.is_best = row.pk in best_ids
    aggregates.refresh(cells)


def record_value(
    *,
    indicator: Indicator,
    unit: OrgUnit,
    period_id: str,
    value: Decimal | None,
    kind: ValueKind = ValueKind.ACTUAL,
    expected_version: int | None = None,
    user: AbstractBaseUser | None,
    reason: str = "",
    comment: str = "",
    today: date | None = None,
) -> DataValue:
    """Write one value (None clears it), refusing a stale version; see :func:`record_values`."""
    write = ValueWrite(indicator, unit, period_id, value, kind, expected_version, comment)
    return record_values(writes=[write], user=user, reason=reason, today=today)[0]


def _record_one(write: ValueWrite, *, user: AbstractBaseUser | None, reason: str, today: date) -> DataValue:
    period = resolve_period(write.period_id)
    indicator, unit = write.indicator, write.unit
    validate_value(indicator, write.value)
    refusal = WriteChecks(user=user, today=today, only=frozenset({indicator.pk})).refusal(
        indicator, unit, period
    )
    if refusal is not None:
        raise refusal

    # The whole cell, every kind, locked: which of them counts is worked out from it afterwards.
    # The cell's rows alone, locked: not joined to the indicator (the writer's own is used), which
    # FOR UPDATE would lock as well, and which costs the read a join.
    cell = list(
        DataValue.objects.select_for_update()
        .filter(indicator=indicator, unit=unit, period=period)
        .order_by("kind")
    )
    for row in cell:
        row.indicator = indicator  # the writer's own, as read: no second read of it
    others = [row for row in cell if row.kind != write.kind.rank]
    current = next((row for row in cell if row.kind == write.kind.rank), None)
    if current is None:
        if write.expected_version not in (None, 0):
            # Rows are never deleted, so a version for a cell that has none was never read here.
            raise WriteRefused("unknown_version", version=write.expected_version)
        data_value = DataValue.objects.create(
            indicator=indicator,
            unit=unit,
            period=period,
            kind=write.kind.rank,
            value=write.value,
            comment=write.comment,
            updated_by=user,
        )
        action, old = RevisionAction.CREATE, None
    else:
        if write.expected_version is None:
            raise StaleVersion("exists", current=current)
        if write.expected_version != current.version:
            raise StaleVersion("stale", current=current)
        if current.value == write.value and current.comment == write.comment:
            return current  # nothing changed: no new version, no revision
        old = current.value
        action = RevisionAction.CLEAR if write.value is None else RevisionAction.UPDATE
        current.value = write.value
        current.comment = write.comment
        current.version += 1
        current.updated_by = user
        if write.value is None:
            current.is_best = False  # an empty value never counts; _refresh_best_of picks another
        current.save(update_fields=["value", "comment", "version", "updated_by", "updated_at", "is_best"])
        data_value = current
    DataValueRevision.objects.create(
        data_value=data_value,
        version=data_value.version,
        action=action,
        old_value=old,
        new_value=write.value,
        reason=reason,
        changed_by=user,
    )
    _refresh_best_of([data_value], cell_rows=[*others, data_value])
    return data_value


# --- workflow --------------------------------------------------------------------------------

_ACTIONS = {
    "submit": ("submit", "gửi"),
    "approve": ("approve", "duyệt"),
    "return": ("return", "trả lại"),
    "unlock": ("unlock", "mở khóa"),
}
_ALLOWED_FROM = {
    "submit": {SubmissionState.DRAFT, SubmissionState.RETURNED},
    "approve": {SubmissionState.SUBMITTED},
    "return": {SubmissionState.SUBMITTED},
    "unlock": {SubmissionState.APPROVED},
}
_TARGET_STATE = {
    "submit": SubmissionState.SUBMITTED,
    "approve": SubmissionState.APPROVED,
    "return": SubmissionState.RETURNED,
    "unlock": SubmissionState.DRAFT,
}
_ROLES = {
    "submit": [Role.REPORTER, Role.APPROVER],
    "approve": [Role.APPROVER],
    "return": [Role.APPROVER],
    "unlock": [Role.APPROVER],
}
_STATE_VI = {"draft": "nháp", "submitted": "đã gửi", "approved": "đã duyệt", "returned": "trả lại"}


@transaction.atomic
def change_state(
    *,
    unit: OrgUnit,
    period_id: str,
    action: str,
    user: AbstractBaseUser | None,
    reason: str = "",
    notify: bool = True,
) -> Submission:
    """Move a unit's figures for a period through nháp → đã gửi → đã duyệt / trả lại.

    Returning and unlocking need a reason; approving, returning and unlocking need the
    approver role on the unit or a unit above it. A return is e-mailed to the unit's reporters
    (:mod:`chitieu.monitoring.notices`) unless ``notify`` is off.
    """
    versions.bump()  # first, before any other lock
    period = resolve_period(period_id)
    english, vietnamese = _ACTIONS[action]
    if period.closed:
        raise WriteRefused("period_closed", period=period.id)
    if user is not None and not has_role(user, unit, _ROLES[action]):
        raise WriteRefused("no_permission", action=english, action_vi=vietnamese, unit=unit.code)
    if action in ("return", "unlock") and not reason.strip():
        raise WriteRefused("reason_required")
    submission, _ = Submission.objects.select_for_update().get_or_create(unit=unit, period=period)
    if submission.state not in _ALLOWED_FROM[action]:
        raise WriteRefused(
            "bad_transition",
            action=english,
            action_vi=vietnamese,
            state=submission.state,
            state_vi=_STATE_VI[submission.state],
        )
    previous = submission.state
    submission.state = _TARGET_STATE[action]
    submission.reason = reason
    submission.updated_by = user
    submission.save()
    SubmissionEvent.objects.create(
        submission=submission, from_state=previous, to_state=submission.state, reason=reason, by=user
    )
    if action == "return" and notify:
        notices.tell_returned(submission, user)
    return submission


def units_by_code(codes: Iterable[str]) -> dict[str, OrgUnit]:
    codes = set(codes)
    found = {u.code: u for u in OrgUnit.objects.filter(code__in=codes)}
    for code in sorted(codes - found.keys()):
        raise WriteRefused("unknown_unit", code=code)
    return found


def indicator_by_code(code: str) -> Indicator:
    indicator = Indicator.objects.filter(Q(code=code)).select_related("regime").first()
    if indicator is None:
        raise WriteRefused("unknown_indicator", code=code)
    return indicator
