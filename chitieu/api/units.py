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
from chitieu.orgunits.models import OrgUnit, visible_paths, within

router = Router(tags=["units"])


class UnitOut(Schema):
    code: str
    name: str
    name_en: str
    kind: str
    parent: str | None = Field(
        description="the parent's code; null at the root and at the top of your subtree"
    )
    depth: int
    active: bool

    @staticmethod
    def resolve_parent(unit: OrgUnit, context: dict[str, Any]) -> str | None:
        """The parent's code, if the caller may see the parent too: the unit above one's own
        subtree is not theirs to know (null, as at the root)."""
        if not unit.parent_id:
            return None
        request = context["request"]
        if not hasattr(request, "_chitieu_paths"):
            request._chitieu_paths = visible_paths(request.user)
        return unit.parent.code if within(unit.parent.path, request._chitieu_paths) else None


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
