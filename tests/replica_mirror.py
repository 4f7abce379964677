"""End to end with a replica: run by tests/test_replicas.py in a subprocess with CHITIEU_REPLICA_URLS set.

The file name does not start with ``test_``: the suite does not collect it by itself, since it
needs a replica configured (a test mirror of the default database) before Django starts.
"""

from __future__ import annotations

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connections, router
from django.test import Client
from django.test.utils import CaptureQueriesContext

from chitieu.replicas import PIN_COOKIE, ReplicaRouter, is_pinned, request_scope

MIDDLEWARE = "chitieu.replicas.PinAfterWriteMiddleware"
User = get_user_model()


@pytest.mark.django_db(transaction=True, databases=["default", "replica1"])
def test_a_replica_mirror_serves_the_reads_of_a_browser():
    assert settings.DATABASES["replica1"]["TEST"]["MIRROR"] == "default"
    assert [type(r) for r in router.routers] == [ReplicaRouter]
    assert MIDDLEWARE in settings.MIDDLEWARE
    with request_scope():  # a context of its own: the write pins it
        User.objects.create_user("reader", "reader@example.invalid", "x-long-password-1")
    with request_scope():
        readers = User.objects.filter(username="reader")
        assert readers.db == "replica1"
        with CaptureQueriesContext(connections["replica1"]) as on_replica:
            assert [user.username for user in readers] == ["reader"]  # committed, so the replica has it
        assert len(on_replica) == 1

    def browse(method: str, url: str, data: dict[str, str] | None = None):
        # This thread was pinned by the test database's migrate: browse from a fresh context.
        with (
            request_scope(),
            CaptureQueriesContext(connections["default"]) as on_primary,
            CaptureQueriesContext(connections["replica1"]) as on_replica,
        ):
            response = getattr(client, method)(url, data or {})
            assert not is_pinned()  # the request's pin ended with it
        return response, len(on_primary), len(on_replica)

    client = Client()
    logged_in, _, replica_reads = browse(
        "post", "/login/", {"username": "reader", "password": "x-long-password-1"}
    )
    assert logged_in.status_code == 302
    assert replica_reads == 0  # a POST reads what it checks from the primary
    assert PIN_COOKIE in logged_in.cookies

    # The page after the redirect: pinned by the cookie, the session just saved is read from the primary.
    home, primary_reads, replica_reads = browse("get", "/")
    assert home.status_code == 403  # logged in (a user without units); not sent back to the login page
    assert (primary_reads > 0, replica_reads) == (True, 0)

    # Once the cookie expired, the same page reads the session, the user and the units from the replica.
    client.cookies.pop(PIN_COOKIE)
    home, primary_reads, replica_reads = browse("get", "/")
    assert home.status_code == 403
    assert (primary_reads, replica_reads > 0) == (0, True)
