"""``chitieu api-token create|list|revoke``: the secret is printed once and works until revoked."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tests.api.conftest import ApiClient

pytestmark = pytest.mark.django_db


def run(*args: str) -> str:
    out = StringIO()
    call_command("api_token", *args, stdout=out, stderr=StringIO())
    return out.getvalue().strip()


def test_a_token_is_created_listed_used_and_revoked(small):
    secret = run("create", "--user", "bob", "--name", "sync")
    assert secret.startswith("ct_")
    assert ApiClient(secret).get("/units").json()["items"][0]["code"] == "W-A"
    assert "sync" in run("list", "--user", "bob") and "active" in run("list", "--user", "bob")
    assert secret not in run("list", "--user", "bob")
    run("revoke", "--user", "bob", "--name", "sync")
    assert ApiClient(secret).get("/units").status_code == 401


def test_two_active_tokens_cannot_share_a_name(small):
    run("create", "--user", "bob", "--name", "sync")
    with pytest.raises(CommandError, match="already has an active token"):
        run("create", "--user", "bob", "--name", "sync")
    run("revoke", "--user", "bob", "--name", "sync")
    assert run("create", "--user", "bob", "--name", "sync").startswith("ct_")
