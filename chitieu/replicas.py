"""Reads from PostgreSQL read replicas (CHITIEU_REPLICA_URLS), writes to the primary ("default").

Replicas lag behind the primary, so whoever just wrote must not read from one. Within a request or
thread, a write (the router asked where to write, a transaction open on the primary, a migrate)
pins all later reads to the primary. Across requests, the page after a POST's redirect must show
what was just saved: a request that was unsafe or wrote sets a short-lived cookie, and requests
carrying it read from the primary. An unsafe request reads there from its start (what it checks must
be current). The pin is a ContextVar, undone when the request ends; a request reads from one replica
only, so that what it reads is one moment of the data (as the data version and its caches need).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.http import HttpRequest, HttpResponseBase

PRIMARY: str = DEFAULT_DB_ALIAS
PIN_COOKIE = "chitieu_primary"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
# Models read and written on the primary only, without pinning anything: the database cache's table
# (cache.set on a page view is not the user's data, and the login throttle must count exactly).
PRIMARY_ONLY_APPS = frozenset({"django_cache"})
_REPLICA_ALIAS = re.compile(r"replica\d+")

# Pinned: every read of this request or thread goes to the primary.
_pinned: ContextVar[bool] = ContextVar("chitieu_replicas_pinned", default=False)
# Wrote: this request wrote (the middleware then sets the cookie for the next ones).
_wrote: ContextVar[bool] = ContextVar("chitieu_replicas_wrote", default=False)
# The replica this request or thread reads from, once it has chosen one.
_replica: ContextVar[str | None] = ContextVar("chitieu_replicas_replica", default=None)


def replica_aliases(databases: Mapping[str, object] | None = None) -> tuple[str, ...]:
    """The replicas' aliases among the configured databases (replica1, replica2, …), in order."""
    names = settings.DATABASES if databases is None else databases
    return tuple(sorted((a for a in names if _REPLICA_ALIAS.fullmatch(a)), key=lambda a: int(a[7:])))


def pin_to_primary() -> None:
    """Send every later read of this request or thread to the primary."""
    _pinned.set(True)


def is_pinned() -> bool:
    return _pinned.get()


def wrote() -> bool:
    """Whether this request (or thread) wrote, or opened a transaction on the primary."""
    return _wrote.get()


@contextmanager
def request_scope(pinned: bool = False) -> Iterator[None]:
    """A fresh pin for one request (pinned from the start if asked), undone when it ends."""
    tokens = (_pinned.set(pinned), _wrote.set(False), _replica.set(None))
    try:
        yield
    finally:
        _replica.reset(tokens[2])
        _wrote.reset(tokens[1])
        _pinned.reset(tokens[0])


def _note_write() -> None:
    _pinned.set(True)
    _wrote.set(True)


def _app_label(model: Any) -> str:
    return str(model._meta.app_label)


class ReplicaRouter:
    """Writes to default; reads to a replica unless this request or thread is pinned to default."""

    def __init__(self, replicas: Iterable[str] | None = None) -> None:
        self.replicas = tuple(replicas) if replicas is not None else replica_aliases()
        self._turns = itertools.count()  # round-robin over the replicas, one turn per request

    def db_for_read(self, model: Any, **hints: Any) -> str:
        if not self.replicas or _pinned.get() or _app_label(model) in PRIMARY_ONLY_APPS:
            return PRIMARY
        if connections[PRIMARY].in_atomic_block:
            _note_write()  # a transaction on the primary: it, and what follows it, reads there
            return PRIMARY
        chosen = _replica.get()
        if chosen is None:
            chosen = self.replicas[next(self._turns) % len(self.replicas)]
            _replica.set(chosen)
        return chosen

    def db_for_write(self, model: Any, **hints: Any) -> str:
        if _app_label(model) not in PRIMARY_ONLY_APPS:
            _note_write()
        return PRIMARY

    def allow_relation(self, obj1: Any, obj2: Any, **hints: Any) -> bool | None:
        ours = {PRIMARY, *self.replicas}
        return True if obj1._state.db in ours and obj2._state.db in ours else None

    def allow_migrate(self, db: str, app_label: str, model_name: str | None = None, **hints: Any) -> bool:
        if db != PRIMARY:
            return False
        # Asked by migrate, flush or loaddata: tables or rows are about to change on the primary, and
        # what runs after them (post_migrate handlers) must read there (a replica may lack a new table).
        pin_to_primary()
        return True


class PinAfterWriteMiddleware:
    """Pins a request to the primary if it is unsafe or carries the cookie; sets it after writes."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        unsafe = request.method not in SAFE_METHODS
        with request_scope(pinned=unsafe or PIN_COOKIE in request.COOKIES):
            response = self.get_response(request)
            if unsafe or wrote():
                response.set_cookie(
                    PIN_COOKIE,
                    "1",
                    max_age=int(getattr(settings, "REPLICA_PIN_SECONDS", 10)),
                    secure=bool(settings.SESSION_COOKIE_SECURE),
                    httponly=True,
                    samesite="Lax",
                )
        return response
