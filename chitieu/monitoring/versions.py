"""The data version: one number that grows with every write, for caches that must never be stale.

Pages cache what they compute under the version they read first (:func:`data_version`); any
write bumps it (:func:`bump`) in its own transaction, so the next read after it — the writer's
own page included — computes afresh. Every writer bumps it before taking any other lock (the
services at their start, ``pre_save``/``pre_delete`` for any other write), so that writers
wait for each other in one order and never deadlock on it.
"""

from __future__ import annotations

import time

from django.db.models import F, Value
from django.db.models.functions import Greatest

from chitieu.monitoring.models import DataState


def bump(*, definitions: bool = False) -> None:
    """Say the data changed (inside the writer's transaction); ``definitions``: an indicator did.

    The new version is at least the current time in microseconds: a version is never used twice,
    not after a rolled-back write (whose page may have been cached under it) nor after a backup
    is restored.
    """
    now = time.time_ns() // 1000
    changed = {"version": Greatest(F("version") + 1, Value(now))}
    if definitions:
        changed["definitions"] = Greatest(F("definitions") + 1, Value(now))
    if not DataState.objects.filter(pk=1).update(**changed):
        DataState.objects.get_or_create(
            pk=1, defaults={"version": now, "definitions": now if definitions else 0}
        )


def data_version() -> int:
    """The current version (0 before the first write)."""
    return DataState.objects.filter(pk=1).values_list("version", flat=True).first() or 0


def definitions_version() -> int:
    """The version of the indicators' definitions (0 before the first write of one)."""
    return DataState.objects.filter(pk=1).values_list("definitions", flat=True).first() or 0
