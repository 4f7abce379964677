"""Reads from read replicas: the settings, the router's choices, the pin after a write, end to end.

The router and the middleware are tested here against the test database alone (the choices they make
are aliases); one test runs this module again in a subprocess with CHITIEU_REPLICA_URLS set, where the
replica is a test mirror of the default database and really serves the reads.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache.backends.db import DatabaseCache
from django.db import connections, transaction
from django.http import HttpRequest, HttpResponse
from django.test import Client, RequestFactory, override_settings
from django.urls import path

from chitieu.replicas import (
    PIN_COOKIE,
    PinAfterWriteMiddleware,
    ReplicaRouter,
    is_pinned,
    replica_aliases,
    request_scope,
    wrote,
)

ROOT = Path(__file__).resolve().parent.parent
REPLICAS = ("replica1", "replica2")
MIDDLEWARE = "chitieu.replicas.PinAfterWriteMiddleware"
configured = "replica1" in settings.DATABASES  # only in the end-to-end subprocess


def django_settings(env_overrides: dict[str, str]) -> dict[str, object]:
    """The settings the server would start with, in this environment (as tests/test_settings.py does)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHITIEU_")}
    code = (
        "import json, django; django.setup(); from django.conf import settings as s; "
        "print(json.dumps({'DATABASES': s.DATABASES, 'DATABASE_ROUTERS': s.DATABASE_ROUTERS, "
        "'MIDDLEWARE': s.MIDDLEWARE, 'REPLICA_PIN_SECONDS': s.REPLICA_PIN_SECONDS}, default=str))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={**env, "CHITIEU_DEBUG": "1", **env_overrides, "DJANGO_SETTINGS_MODULE": "chitieu.settings"},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    loaded: dict[str, object] = json.loads(result.stdout)
    return loaded


@pytest.fixture(autouse=True)
def unpinned():
    """Every test starts unpinned (creating the test database pins this thread: migrate writes)."""
    with request_scope():
        yield


# --- settings ------------------------------------------------------------------------------------


def test_without_replicas_nothing_changes():
    loaded = django_settings({})
    assert list(loaded["DATABASES"]) == ["default"]
    assert loaded["DATABASE_ROUTERS"] == []
    assert MIDDLEWARE not in loaded["MIDDLEWARE"]


def test_replica_urls_add_mirrored_databases_the_router_and_the_middleware():
    loaded = django_settings(
        {
            "DATABASE_URL": "postgres://app:pw@primary.example:5432/chitieu",
            "CHITIEU_REPLICA_URLS": " postgres://app:pw@r1.example/chitieu , "
            "postgres://app:p%40ss@r2.example:5433/x ",
            "CHITIEU_REPLICA_PIN_SECONDS": "30",
        }
    )
    databases = loaded["DATABASES"]
    assert list(databases) == ["default", "replica1", "replica2"]
    one, two = databases["replica1"], databases["replica2"]
    assert (one["ENGINE"], one["HOST"], one["PORT"], one["NAME"]) == (
        "django.db.backends.postgresql",
        "r1.example",
        "",
        "chitieu",
    )
    assert (two["HOST"], two["PORT"], two["NAME"], two["PASSWORD"]) == ("r2.example", "5433", "x", "p@ss")
    assert one["TEST"]["MIRROR"] == two["TEST"]["MIRROR"] == "default"
    assert databases["default"]["HOST"] == "primary.example"
    assert loaded["DATABASE_ROUTERS"] == ["chitieu.replicas.ReplicaRouter"]
    middleware = loaded["MIDDLEWARE"]
    # outside the sessions' middleware, so that a session saved on the way out counts as a write
    assert middleware.index(MIDDLEWARE) < middleware.index(
        "django.contrib.sessions.middleware.SessionMiddleware"
    )
    assert loaded["REPLICA_PIN_SECONDS"] == 30


def test_the_pin_lasts_ten_seconds_by_default():
    assert django_settings({})["REPLICA_PIN_SECONDS"] == 10


def test_the_replicas_are_found_by_alias_in_order():
    databases = {"default": {}, "replica10": {}, "replica2": {}, "replica1": {}, "replicas": {}}
    assert replica_aliases(databases) == ("replica1", "replica2", "replica10")


# --- the router ----------------------------------------------------------------------------------

User = get_user_model()


@pytest.fixture
def replica_router() -> ReplicaRouter:
    return ReplicaRouter(replicas=REPLICAS)


def test_reads_go_to_a_replica_and_writes_to_the_primary(replica_router):
    with request_scope():
        assert replica_router.db_for_read(User) in REPLICAS
        assert not is_pinned()
        assert replica_router.db_for_write(User) == "default"


def test_one_request_reads_from_one_replica_and_the_next_from_the_next(replica_router):
    chosen = []
    for _ in range(4):
        with request_scope():
            first = replica_router.db_for_read(User)
            assert replica_router.db_for_read(Group) == replica_router.db_for_read(User) == first
            chosen.append(first)
    assert chosen == ["replica1", "replica2", "replica1", "replica2"]


def test_after_a_write_every_read_of_the_request_goes_to_the_primary(replica_router):
    with request_scope():
        assert replica_router.db_for_read(User) in REPLICAS
        replica_router.db_for_write(Group)
        assert (is_pinned(), wrote()) == (True, True)
        assert replica_router.db_for_read(User) == "default"
        assert replica_router.db_for_read(Group) == "default"
    with request_scope():  # the next request starts afresh
        assert replica_router.db_for_read(User) in REPLICAS


def test_the_pin_does_not_leak_out_of_its_request(replica_router):
    with request_scope():
        replica_router.db_for_write(User)
    assert (is_pinned(), wrote()) == (False, False)
    with request_scope(pinned=True):
        assert replica_router.db_for_read(User) == "default"
        assert not wrote()  # pinned by a cookie, not by a write: no new cookie
    assert not is_pinned()


def test_the_database_cache_stays_on_the_primary_and_pins_nothing(replica_router):
    cache_entry = DatabaseCache("chitieu_cache", {}).cache_model_class
    with request_scope():
        assert replica_router.db_for_read(cache_entry) == "default"
        assert replica_router.db_for_write(cache_entry) == "default"
        assert (is_pinned(), wrote()) == (False, False)
        assert replica_router.db_for_read(User) in REPLICAS


def test_migrations_run_on_the_primary_only(replica_router):
    assert replica_router.allow_migrate("replica1", "auth", "user") is False
    assert replica_router.allow_migrate("replica2", "orgunits") is False
    assert not is_pinned()
    assert replica_router.allow_migrate("default", "auth", "user") is True


def test_after_a_migrate_reads_go_to_the_primary(replica_router):
    # post_migrate handlers read what migrate made, which a replica may not have yet (the end-to-end
    # run below creates its test database through this router: the monitoring app's handler reads).
    replica_router.allow_migrate("default", "monitoring", "datastate")
    assert replica_router.db_for_read(User) == "default"


def test_objects_of_the_primary_and_the_replicas_may_be_related(replica_router):
    from_primary, from_replica, elsewhere = User(), Group(), Group()
    from_primary._state.db, from_replica._state.db, elsewhere._state.db = "default", "replica2", "other"
    assert replica_router.allow_relation(from_primary, from_replica) is True
    assert replica_router.allow_relation(from_replica, from_primary) is True
    assert replica_router.allow_relation(from_primary, elsewhere) is None


def test_without_replicas_everything_goes_to_the_primary():
    with request_scope():
        assert ReplicaRouter(replicas=()).db_for_read(User) == "default"


@pytest.mark.django_db(transaction=True)
def test_a_read_inside_a_transaction_on_the_primary_goes_there_and_pins(replica_router):
    with request_scope():
        assert not connections["default"].in_atomic_block
        assert replica_router.db_for_read(User) in REPLICAS
        with transaction.atomic():
            assert replica_router.db_for_read(User) == "default"
        assert replica_router.db_for_read(User) == "default"  # what was written there is read there
        assert wrote()


# --- the middleware ------------------------------------------------------------------------------

ROUTER = ReplicaRouter(replicas=REPLICAS)


def where_reads_go(request: HttpRequest) -> HttpResponse:
    """Says where a read goes; writes first when asked (?write=1)."""
    if request.GET.get("write"):
        ROUTER.db_for_write(Group)
    return HttpResponse(ROUTER.db_for_read(User))


def fails(request: HttpRequest) -> HttpResponse:
    ROUTER.db_for_write(Group)
    raise RuntimeError("the view failed")


urlpatterns = [path("where/", where_reads_go), path("fails/", fails)]

with_the_middleware = override_settings(
    ROOT_URLCONF=__name__, MIDDLEWARE=[MIDDLEWARE], SESSION_COOKIE_SECURE=False, REPLICA_PIN_SECONDS=10
)


@with_the_middleware
def test_a_read_only_request_reads_from_a_replica_and_sets_no_cookie():
    response = Client().get("/where/")
    assert response.content.decode() in REPLICAS
    assert PIN_COOKIE not in response.cookies


@with_the_middleware
def test_a_post_reads_from_the_primary_and_pins_the_next_requests_with_a_cookie():
    client = Client()
    response = client.post("/where/")
    assert response.content.decode() == "default"
    cookie = response.cookies[PIN_COOKIE]
    assert cookie["max-age"] == 10
    assert cookie["httponly"] is True
    assert cookie["samesite"] == "Lax"
    assert not cookie["secure"]
    assert client.get("/where/").content.decode() == "default"  # the page after the redirect
    assert not is_pinned()  # nothing leaked into this thread
    client.cookies.pop(PIN_COOKIE)  # the cookie expired
    assert client.get("/where/").content.decode() in REPLICAS


@with_the_middleware
@pytest.mark.parametrize("method", ["put", "patch", "delete"])
def test_every_unsafe_method_pins(method):
    response = getattr(Client(), method)("/where/")
    assert response.content.decode() == "default"
    assert PIN_COOKIE in response.cookies


@with_the_middleware
def test_a_get_that_writes_reads_its_write_and_sets_the_cookie():
    response = Client().get("/where/?write=1")
    assert response.content.decode() == "default"
    assert PIN_COOKIE in response.cookies


@with_the_middleware
def test_a_request_pinned_by_the_cookie_alone_does_not_renew_it():
    client = Client()
    client.cookies[PIN_COOKIE] = "1"
    response = client.get("/where/")
    assert response.content.decode() == "default"
    assert PIN_COOKIE not in response.cookies


@with_the_middleware
def test_the_next_request_without_the_cookie_is_not_pinned():
    Client().post("/where/")
    assert Client().get("/where/").content.decode() in REPLICAS


@override_settings(SESSION_COOKIE_SECURE=True, REPLICA_PIN_SECONDS=3)
def test_the_cookie_is_secure_when_the_session_cookie_is_and_lasts_as_configured():
    middleware = PinAfterWriteMiddleware(lambda request: HttpResponse())
    cookie = middleware(RequestFactory().post("/")).cookies[PIN_COOKIE]
    assert (cookie["secure"], cookie["max-age"]) == (True, 3)


def test_the_pin_ends_with_the_request_even_when_the_view_fails():
    middleware = PinAfterWriteMiddleware(fails)
    with pytest.raises(RuntimeError):
        middleware(RequestFactory().get("/"))
    assert (is_pinned(), wrote()) == (False, False)


# --- end to end: a replica that mirrors the test database -----------------------------------------


def subprocess_database_url() -> str | None:
    """This run's database under a name of its own: the subprocess makes and drops its test database."""
    url = os.environ.get("DATABASE_URL")
    if not url or urlparse(url).scheme not in {"postgres", "postgresql"}:
        return None
    parsed = urlparse(url)
    return urlunparse(parsed._replace(path=f"{parsed.path.rstrip('/')}_replicas_{os.getpid()}"))


def test_with_a_replica_configured_the_replica_serves_the_reads(tmp_path):
    primary = subprocess_database_url()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHITIEU_")}
    env.pop("DATABASE_URL", None)
    env.update(CHITIEU_DEBUG="1", CHITIEU_REPLICA_URLS=primary or f"sqlite:///{tmp_path}/replica.sqlite3")
    if primary:
        env["DATABASE_URL"] = primary
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/replica_mirror.py",  # not collected by itself: it needs the replica set up here
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout, result.stdout
