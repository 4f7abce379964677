"""Web page fixtures: demo personas logged in through Django's test client, and a frozen today."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client


@pytest.fixture(autouse=True)
def fresh_cache():
    """The login throttle keeps its counters in the cache: every test starts with none."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def login():
    """A client logged in as a user (by name): ``login("bennghe.baocao")``."""

    def as_user(username: str) -> Client:
        client = Client()
        client.force_login(get_user_model().objects.get(username=username))
        return client

    return as_user
