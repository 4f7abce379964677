"""Kết quả thực hiện: data values (list, one, history) and the bulk write with versions.

The bulk write is one call to :func:`chitieu.monitoring.services.record_values`: every value is
written, with its revision, or none is. Each value carries the version it was read at (null for
a new one); a stale version is refused with 409 and the value that is there now.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any, Literal

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import Field, Path, Query, Router, Schema

from chitieu.api.common import (
    DEFAULT_LIMIT,
    ERRORS,
    MAX_ID,
    MAX_LIMIT,
    MAX_OFFSET,
    ApiError,
    Code,
    ErrorOut,
    Number,
    PageOut,
    PeriodId,
    Text,
    language,
    page,
    refuse,
    visible_unit,
    visible_units,
)
from chitieu.core.errors import DomainError
from chitieu.core.evaluation import ValueKind
from chitieu.core.numbers import decimal_text
from chitieu.monitoring.models import KIND_BY_RANK, DataValue, DataValueRevision
from chitieu.monitoring.services import StaleVersion, ValueWrite, WriteRefused, record_values
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import Indicator

router = Router(tags=["values"])

MAX_BATCH = 10_000  # values per bulk write
KindName = Literal["estimate", "actual", "preliminary", "official"]

# A refused write: 403 when the caller may not, 409 when the figures' state forbids it, else 422.
STATUS_OF_REFUSAL = {
    "no_permission": 403,
    "deadline_passed": 403,
    "approved": 409,
    "submitted": 409,
    "period_closed": 409,
    "unknown_version": 409,
}


class DataValueOut(Schema):
    id: int
    indicator: str
    unit: str
    period: str
    kind: KindName
    value: str | None = Field(description="a decimal number as a string; null once cleared")
    version: int
    comment: str
    is_best: bool = Field(description="the firmest non-empty value of its cell: the one that counts")
    updated_at: str

    @staticmethod
    def resolve_indicator(dv: DataValue) -> str:
        return dv.indicator.code

    @staticmethod
    def resolve_unit(dv: DataValue) -> str:
        return dv.unit.code

    @staticmethod
    def resolve_period(dv: DataValue) -> str:
        return dv.period_id

    @staticmethod
    def resolve_kind(dv: DataValue) -> str:
        return KIND_BY_RANK[dv.kind].value

    @staticmethod
    def resolve_value(dv: DataValue) -> str | None:
        return decimal_text(dv.value)

    @staticmethod
    def resolve_updated_at(dv: DataValue) -> str:
        return dv.updated_at.isoformat()


class DataValuePage(PageOut):
    items: list[DataValueOut]


class RevisionOut(Schema):
    version: int
    action: str
    old_value: str | None
    new_value: str | None
    reason: str
    changed_at: str
    changed_by: str | None

    @staticmethod
    def resolve_old_value(rev: DataValueRevision) -> str | None:
        return decimal_text(rev.old_value)

    @staticmethod
    def resolve_new_value(rev: DataValueRevision) -> str | None:
        return decimal_text(rev.new_value)

    @staticmethod
    def resolve_changed_at(rev: DataValueRevision) -> str:
        return rev.changed_at.isoformat()

    @staticmethod
    def resolve_changed_by(rev: DataValueRevision) -> str | None:
        return rev.changed_by.get_username() if rev.changed_by else None


class ValueIn(Schema):
    indicator: Code
    unit: Code
    period: PeriodId
    kind: KindName = "actual"
    value: Number | None = Field(description="a decimal number as a string; null clears the value")
    version: int | None = Field(
        default=None, ge=0, le=2**31 - 1, description="the version you read; null (or 0) for a new value"
    )
    comment: Text = ""


class BulkIn(Schema):
    values: list[ValueIn] = Field(max_length=MAX_BATCH, description=f"at most {MAX_BATCH} values")
    reason: Text = Field(default="", description="why: kept in every value's history")


class BulkOut(Schema):
    count: int
    items: list[DataValueOut]


def _visible_values(request: HttpRequest) -> QuerySet[DataValue]:
    return DataValue.objects.select_related("indicator", "unit").filter(unit__in=visible_units(request))


@router.get("/datavalues", response={200: DataValuePage, **ERRORS}, summary="Data values")
def list_values(
    request: HttpRequest,
    unit: Code | None = None,
    subtree: bool = False,
    period: PeriodId | None = None,
    indicator: Code | None = None,
    kind: KindName | None = None,
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
) -> dict[str, Any]:
    values = _visible_values(request)
    if unit is not None:
        root = visible_unit(request, unit)
        values = (
            values.filter(unit__in=OrgUnit.objects.subtree_of(root)) if subtree else values.filter(unit=root)
        )
    if period is not None:
        values = values.filter(period_id=period)
    if indicator is not None:
        values = values.filter(indicator__code=indicator)
    if kind is not None:
        values = values.filter(kind=ValueKind(kind).rank)
    return page(
        values.order_by("unit__path", "indicator__code", "period__start", "kind", "pk"), limit, offset
    )


@router.get("/datavalues/{value_id}", response={200: DataValueOut, **ERRORS}, summary="One data value")
def get_value(request: HttpRequest, value_id: int = Path(..., ge=1, le=MAX_ID)) -> DataValue:
    found = _visible_values(request).filter(pk=value_id).first()
    if found is None:
        raise refuse(404, "not_found")
    return found


@router.get(
    "/datavalues/{value_id}/revisions",
    response={200: list[RevisionOut], **ERRORS},
    summary="The history of a data value",
)
def list_revisions(
    request: HttpRequest, value_id: int = Path(..., ge=1, le=MAX_ID)
) -> QuerySet[DataValueRevision]:
    found = _visible_values(request).filter(pk=value_id).first()
    if found is None:
        raise refuse(404, "not_found")
    return found.revisions.select_related("changed_by").order_by("version")


@router.post(
    "/datavalues",
    response={200: BulkOut, 409: ErrorOut, **ERRORS},
    summary="Write values, all or nothing",
)
def write_values(request: HttpRequest, payload: BulkIn) -> dict[str, Any]:
    """Create, change or clear up to 10.000 values in one transaction; each names the version it read.

    A stale version is refused with 409, and ``errors[0].current`` holds the value and version
    there now; any refused value (``errors[0].index`` says which) means nothing is written.
    """
    writes = _writes(request, payload.values)
    position = -1

    def tracked() -> Iterator[ValueWrite]:
        nonlocal position
        for position, write in enumerate(writes):  # noqa: B007 - read below on failure
            yield write

    try:
        saved = record_values(writes=tracked(), user=request.user, reason=payload.reason)
    except StaleVersion as error:
        current = error.current
        item = _item_error(position, payload.values[position], error)
        item["current"] = {"value": decimal_text(current.value), "version": current.version}
        raise ApiError(409, error.message(language()), "stale_version", [item]) from error
    except WriteRefused as error:
        status = STATUS_OF_REFUSAL.get(error.code, 422)
        item = _item_error(position, payload.values[position], error)
        raise ApiError(status, error.message(language()), error.code, [item]) from error
    except DomainError as error:
        item = _item_error(position, payload.values[position], error)
        raise ApiError(422, error.message(language()), error.code, [item]) from error
    for data_value, write in zip(saved, writes, strict=True):  # already read: spare a query per value
        data_value.indicator, data_value.unit = write.indicator, write.unit
    return {"count": len(saved), "items": saved}


def _item_error(index: int, value: ValueIn, error: DomainError) -> dict[str, Any]:
    return {
        "index": index,
        "indicator": value.indicator,
        "unit": value.unit,
        "period": value.period,
        "kind": value.kind,
        "code": error.code,
        "detail": error.message(language()),
    }


def _writes(request: HttpRequest, values: list[ValueIn]) -> list[ValueWrite]:
    """The values as writes, their indicators and units read in two queries; unknown codes refused."""
    indicator_codes = {value.indicator for value in values}
    unit_codes = {value.unit for value in values}
    indicators = {
        ind.code: ind for ind in Indicator.objects.select_related("regime").filter(code__in=indicator_codes)
    }
    units = {unit.code: unit for unit in visible_units(request).filter(code__in=unit_codes)}
    missing_units = sorted(unit_codes - units.keys())
    if missing_units:  # outside the caller's subtrees is the same as not existing
        errors = [{"index": i, "unit": v.unit} for i, v in enumerate(values) if v.unit not in units][:100]
        raise refuse(404, "units_not_found", errors, codes=", ".join(missing_units[:20]))
    missing_indicators = sorted(indicator_codes - indicators.keys())
    if missing_indicators:
        errors = [
            {"index": i, "indicator": v.indicator}
            for i, v in enumerate(values)
            if v.indicator not in indicators
        ]
        raise refuse(422, "indicators_not_found", errors[:100], codes=", ".join(missing_indicators[:20]))
    seen: dict[tuple[str, str, str, str], int] = {}
    writes = []
    for index, value in enumerate(values):
        key = (value.indicator, value.unit, value.period, value.kind)
        if key in seen:
            raise refuse(422, "duplicate_value", [{"index": index}], first=seen[key], second=index)
        seen[key] = index
        writes.append(
            ValueWrite(
                indicator=indicators[value.indicator],
                unit=units[value.unit],
                period_id=value.period,
                value=None if value.value is None else Decimal(value.value),
                kind=ValueKind(value.kind),
                expected_version=value.version,
                comment=value.comment,
            )
        )
    return writes
