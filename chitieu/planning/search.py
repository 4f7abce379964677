"""Tìm kiếm: the units and indicators a person may see whose code or name holds every word typed.

Marks and case do not matter ("ben nghe" finds "UBND Phường Bến Nghé", "viec lam" finds "Giải
quyết việc làm"). Units are the person's own subtrees; indicators are those planned in them.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

from chitieu.core.text import search_key
from chitieu.orgunits.models import OrgUnit
from chitieu.planning.models import Indicator, Target

MAX_FOUND = 50


@dataclass(frozen=True)
class Found:
    units: list[OrgUnit]
    indicators: list[
        tuple[Indicator, OrgUnit, int]
    ]  # the indicator, a unit it is planned in, the latest year


def _matches(words: list[str], *texts: str) -> bool:
    haystack = search_key(" ".join(texts))
    return all(word in haystack for word in words)


def search(user: AbstractBaseUser | AnonymousUser, text: str, *, limit: int = MAX_FOUND) -> Found:
    """Units and indicators matching every word of ``text``, within ``user``'s units."""
    words = search_key(text).split()
    if not words:
        return Found([], [])
    visible = OrgUnit.objects.visible_to(user).filter(active=True)
    units = [
        unit
        for unit in visible.order_by("path").only("pk", "code", "name", "name_en", "path", "depth")
        if _matches(words, unit.code, unit.name, unit.name_en)
    ][:limit]
    indicators = [
        indicator
        for indicator in Indicator.objects.order_by("order", "code").only("pk", "code", "name", "name_en")
        if _matches(words, indicator.code, indicator.name, indicator.name_en)
    ]
    # where each is planned within the person's units: the highest unit, the latest year (one
    # indexed read per indicator found, at most ``limit``)
    shown: list[tuple[Indicator, OrgUnit, int]] = []
    for indicator in indicators:
        target = (
            Target.objects.filter(indicator=indicator, unit__in=visible)
            .select_related("unit")
            .order_by("unit__depth", "-year")
            .first()
        )
        if target is not None:
            shown.append((indicator, target.unit, target.year))
        if len(shown) == limit:
            break
    return Found(units, shown)
