"""Writes to the unit tree and the permission question every write asks."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import F, Value
from django.db.models.functions import Concat, Substr

from chitieu.core.errors import DomainError
from chitieu.orgunits.models import OrgUnit, Role, UnitKind, UnitRole
from chitieu.orgunits.signals import unit_moved, unit_moving

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser


class TreeError(DomainError, ValueError):
    templates = {
        "cycle": (
            "Unit {unit} cannot be moved under {parent}, which is inside it.",
            "Không thể chuyển đơn vị {unit} vào {parent} vì {parent} nằm trong {unit}.",
        ),
    }


@transaction.atomic
def create_unit(
    *,
    code: str,
    name: str,
    parent: OrgUnit | None = None,
    kind: str = UnitKind.OTHER,
    name_en: str = "",
    place_name: str = "",
) -> OrgUnit:
    """Add a unit to the tree and give it its materialised path."""
    unit = OrgUnit.objects.create(
        code=code, name=name, parent=parent, kind=kind, name_en=name_en, place_name=place_name
    )
    unit.path = f"{parent.path if parent else '/'}{unit.pk}/"
    unit.depth = parent.depth + 1 if parent else 0
    unit.save(update_fields=["path", "depth"])
    return unit


@transaction.atomic
def move_unit(*, unit: OrgUnit, new_parent: OrgUnit | None) -> OrgUnit:
    """Put a unit (with its subtree) under another parent, rewriting the subtree's paths."""
    if new_parent is not None and new_parent.is_within(unit):
        raise TreeError("cycle", unit=unit.code, parent=new_parent.code)
    unit_moving.send(sender=OrgUnit, unit=unit)
    old_path, old_depth = unit.path, unit.depth
    new_path = f"{new_parent.path if new_parent else '/'}{unit.pk}/"
    depth_change = (new_parent.depth + 1 if new_parent else 0) - old_depth
    OrgUnit.objects.filter(path__startswith=old_path).update(
        path=Concat(Value(new_path), Substr("path", len(old_path) + 1)),
        depth=F("depth") + depth_change,
    )
    OrgUnit.objects.filter(pk=unit.pk).update(parent=new_parent)
    unit.refresh_from_db()
    above_before = [int(part) for part in old_path.strip("/").split("/")[:-1]]
    unit_moved.send(sender=OrgUnit, unit=unit, old_ancestor_ids=above_before)
    return unit


def has_role(
    user: AbstractBaseUser | AnonymousUser, unit: OrgUnit, roles: Iterable[str] = tuple(Role)
) -> bool:
    """Whether ``user`` holds one of ``roles`` on ``unit`` or on a unit above it."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return UnitRole.objects.filter(
        user=user, unit_id__in=unit.ancestor_ids(), role__in=[*roles, Role.ADMIN]
    ).exists()
