"""Indicators kept between requests, under the version of their definitions.

A district's dashboard evaluates 400 targets and needs their 400 indicators, with their groups
and regimes: made from the database on every look, they cost more than the figures. They change
rarely, and every write of an indicator, a group or a regime moves the definitions' version
(:func:`chitieu.monitoring.versions.definitions_version`, bumped by the same signals as the data
version). So the indicators read under one version are kept for the next look at that version,
and each look gets its own copies: what a page does to its indicators stays its own.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models.base import ModelState

from chitieu.monitoring.versions import definitions_version
from chitieu.planning.models import Indicator

# (version, indicators by id): replaced whole, never changed in place, so a reader in another
# thread always sees one version's indicators
_kept: tuple[int, dict[int, Indicator]] = (-1, {})


def indicators(ids: Iterable[int]) -> dict[int, Indicator]:
    """The indicators of ``ids`` with their groups and regimes, as the database has them now."""
    global _kept
    wanted = set(ids)
    version = definitions_version()
    kept_version, kept = _kept
    if kept_version != version:
        kept = {}
    missing = wanted - kept.keys()
    if missing:
        loaded = Indicator.objects.filter(pk__in=missing).select_related("group", "regime").order_by()
        kept = {**kept, **{indicator.pk: indicator for indicator in loaded}}
        _kept = (version, kept)
    return {pk: _copy(kept[pk]) for pk in wanted if pk in kept}


def forget() -> None:
    """Drop what is kept (tests that change indicators around the signals)."""
    global _kept
    _kept = (-1, {})


def _copy(indicator: Indicator) -> Indicator:
    """A copy of a kept indicator, its group and regime included (a tenth of making one from a row)."""
    state = ModelState()
    state.db, state.adding = indicator._state.db, False
    state.fields_cache = {
        name: _copy_related(related) for name, related in indicator._state.fields_cache.items()
    }
    copy = Indicator.__new__(Indicator)
    copy.__dict__.update(indicator.__dict__)
    copy._state = state
    return copy


def _copy_related(related: object) -> object:
    if related is None:
        return None
    copy = related.__class__.__new__(related.__class__)
    copy.__dict__.update(related.__dict__)
    state = ModelState()
    state.db, state.adding = related._state.db, False  # type: ignore[attr-defined]
    copy._state = state  # type: ignore[attr-defined]
    return copy
