"""Đơn vị: the units the caller may see, as a tree (filter by parent)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from chitieu.api.common import (
    DEFAULT_LIMIT,
    ERRORS,
    MAX_LIMIT,
    MAX_OFFSET,
    Code,
    PageOut,
    page,
    visible_unit,
    visible_units,
)
from chitieu.orgunits.models import OrgUnit

router = Router(tags=["units"])


class UnitOut(Schema):
    code: str
    name: str
    name_en: str
    kind: str
    parent: str | None = Field(description="the parent's code; null at the root")
    depth: int
    active: bool

    @staticmethod
    def resolve_parent(unit: OrgUnit) -> str | None:
        return unit.parent.code if unit.parent_id else None


class UnitPage(PageOut):
    items: list[UnitOut]


@router.get("/units", response={200: UnitPage, **ERRORS}, summary="List the units you may see")
def list_units(
    request: HttpRequest,
    parent: Code | None = None,
    limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
) -> dict[str, Any]:
    """In tree order (depth first); a unit's children with ``parent``."""
    units = visible_units(request).select_related("parent").order_by("path")
    if parent is not None:
        units = units.filter(parent=visible_unit(request, parent))
    return page(units, limit, offset)


@router.get("/units/{code}", response={200: UnitOut, **ERRORS}, summary="One unit")
def get_unit(request: HttpRequest, code: Code) -> OrgUnit:
    return visible_unit(request, code)
