"""Kế hoạch: indicator groups and indicators (shared by all), targets and work items (per unit)."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Query, Router, Schema

from chitieu.api.common import (
    DEFAULT_LIMIT,
    ERRORS,
    MAX_LIMIT,
    MAX_OFFSET,
    Code,
    PageOut,
    check_date,
    page,
    refuse,
    visible_unit,
    visible_units,
)
from chitieu.core.numbers import decimal_text
from chitieu.core.workitems import work_item_status
from chitieu.planning.models import Indicator, IndicatorGroup, Target, WorkItem

router = Router(tags=["planning"])

Year = Query(None, ge=1900, le=2999)
WorkItemKindName = Literal["program", "task", "submission", "scheme", "resolution"]


class GroupOut(Schema):
    code: str
    name: str
    name_en: str
    order: int


class IndicatorOut(Schema):
    code: str
    name: str
    name_en: str
    group: str = Field(description="the group's code")
    unit_of_measure: str
    direction: str
    time_aggregation: str
    unit_aggregation: str
    numerator: str | None
    denominator: str | None
    decimals: int
    percent_decimals: int
    rounding: str
    tolerance: str
    allow_negative: bool
    period_type: str
    formula: str = Field(description="how % of plan is computed, in the caller's language")
    active: bool

    @staticmethod
    def resolve_group(ind: Indicator) -> str:
        return ind.group.code

    @staticmethod
    def resolve_numerator(ind: Indicator) -> str | None:
        return ind.numerator.code if ind.numerator_id else None

    @staticmethod
    def resolve_denominator(ind: Indicator) -> str | None:
        return ind.denominator.code if ind.denominator_id else None

    @staticmethod
    def resolve_tolerance(ind: Indicator) -> str:
        return decimal_text(ind.tolerance) or "0"

    @staticmethod
    def resolve_formula(ind: Indicator) -> str:
        from chitieu.api.common import language

        return ind.formula(language())


class IndicatorPage(PageOut):
    items: list[IndicatorOut]


class TargetOut(Schema):
    id: int
    indicator: str
    unit: str
    year: int
    target: str | None
    target_high: str | None
    baseline: str | None
    note: str

    @staticmethod
    def resolve_indicator(row: Target) -> str:
        return row.indicator.code

    @staticmethod
    def resolve_unit(row: Target) -> str:
        return row.unit.code

    @staticmethod
    def resolve_target(row: Target) -> str | None:
        return decimal_text(row.target)

    @staticmethod
    def resolve_target_high(row: Target) -> str | None:
        return decimal_text(row.target_high)

    @staticmethod
    def resolve_baseline(row: Target) -> str | None:
        return decimal_text(row.baseline)


class TargetPage(PageOut):
    items: list[TargetOut]


class WorkItemOut(Schema):
    id: int
    kind: str
    code: str
    title: str
    year: int
    lead_unit: str
    supporting_units: list[str]
    source_document: str
    submitted_to: str
    deadline: date | None
    completed_on: date | None
    status: str = Field(description="done_on_time, done_late, in_progress or overdue, as of the date asked")


class WorkItemPage(PageOut):
    items: list[WorkItemOut]


@router.get("/groups", response={200: list[GroupOut], **ERRORS}, summary="Indicator groups")
def list_groups(request: HttpRequest) -> QuerySet[IndicatorGroup]:
    return IndicatorGroup.objects.order_by("order", "code")


@router.get("/indicators", response={200: IndicatorPage, **ERRORS}, summary="Indicators")
def list_indicators(
    request: HttpRequest,
    group: Code | None = None,
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
) -> dict[str, Any]:
    indicators = Indicator.objects.select_related("group", "numerator", "denominator").order_by(
        "group__order", "order", "code"
    )
    if group is not None:
        indicators = indicators.filter(group__code=group)
    return page(indicators, limit, offset)


@router.get("/indicators/{code}", response={200: IndicatorOut, **ERRORS}, summary="One indicator")
def get_indicator(request: HttpRequest, code: Code) -> Indicator:
    indicator = (
        Indicator.objects.select_related("group", "numerator", "denominator").filter(code=code).first()
    )
    if indicator is None:
        raise refuse(404, "indicator_not_found", code=code)
    return indicator


@router.get("/targets", response={200: TargetPage, **ERRORS}, summary="Targets (chỉ tiêu giao)")
def list_targets(
    request: HttpRequest,
    unit: Code | None = None,
    subtree: bool = False,
    year: int | None = Year,
    group: Code | None = None,
    indicator: Code | None = None,
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
) -> dict[str, Any]:
    targets = Target.objects.select_related("indicator", "unit")
    if unit is not None:
        root = visible_unit(request, unit)
        targets = targets.in_subtree(root) if subtree else targets.filter(unit=root)
    else:
        targets = targets.filter(unit__in=visible_units(request))
    if year is not None:
        targets = targets.for_year(year)
    if group is not None:
        targets = targets.filter(indicator__group__code=group)
    if indicator is not None:
        targets = targets.filter(indicator__code=indicator)
    return page(
        targets.order_by("year", "unit__path", "indicator__group__order", "indicator__order", "pk"),
        limit,
        offset,
    )


@router.get(
    "/workitems", response={200: WorkItemPage, **ERRORS}, summary="Work items (chương trình, nhiệm vụ…)"
)
def list_work_items(
    request: HttpRequest,
    unit: Code | None = None,
    year: int | None = Year,
    kind: WorkItemKindName | None = None,
    as_of: date | None = None,
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
) -> dict[str, Any]:
    day = check_date(as_of) or timezone.localdate()
    items = WorkItem.objects.select_related("lead_unit").prefetch_related("supporting_units")
    if unit is not None:
        items = items.led_by(visible_unit(request, unit))
    else:
        items = items.filter(lead_unit__in=visible_units(request))
    if year is not None:
        items = items.for_year(year)
    if kind is not None:
        items = items.filter(kind=kind)
    result = page(items.order_by("year", "kind", "deadline", "id"), limit, offset)
    result["items"] = [
        {
            "id": item.pk,
            "kind": item.kind,
            "code": item.code,
            "title": item.title,
            "year": item.year,
            "lead_unit": item.lead_unit.code,
            "supporting_units": sorted(u.code for u in item.supporting_units.all()),
            "source_document": item.source_document,
            "submitted_to": item.submitted_to,
            "deadline": item.deadline,
            "completed_on": item.completed_on,
            "status": work_item_status(item.deadline, item.completed_on, day).value,
        }
        for item in result["items"]
    ]
    return result
