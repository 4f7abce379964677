"""Login with Django auth, throttled per user name and address; the interface in two languages."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def attempt(client: Client, password: str, username: str = "bob", address: str = "10.0.0.1", **headers: str):
    return client.post(
        "/login/", {"username": username, "password": password}, REMOTE_ADDR=address, **headers
    )


def test_it_logs_in_and_goes_to_the_users_unit(small):
    response = attempt(Client(), "x-long-password-1")
    assert response.status_code == 302
    assert response["Location"] == "/"


def test_it_locks_a_user_name_and_address_after_too_many_failures(small, settings):
    settings.AXES_FAILURE_LIMIT = 3
    client = Client()
    for _ in range(3):
        assert attempt(client, "wrong").status_code in (200, 429)
    locked = attempt(client, "x-long-password-1")
    assert locked.status_code == 429
    assert "Quá nhiều lần đăng nhập sai" in locked.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_lock_is_for_that_address_only(small, settings):
    settings.AXES_FAILURE_LIMIT = 2
    for _ in range(2):
        attempt(Client(), "wrong", address="10.0.0.1")
    assert attempt(Client(), "x-long-password-1", address="10.0.0.2").status_code == 302
    assert attempt(Client(), "x-long-password-1", address="10.0.0.1").status_code == 429


def test_a_success_clears_the_failures(small, settings):
    settings.AXES_FAILURE_LIMIT = 2
    client = Client()
    attempt(client, "wrong")
    assert attempt(client, "x-long-password-1").status_code == 302
    assert attempt(Client(), "wrong").status_code == 200
    assert attempt(Client(), "x-long-password-1").status_code == 302


def admin_attempt(password: str, username: str = "bob", address: str = "10.0.0.1", **headers: str):
    return Client().post(
        "/admin/login/?next=/admin/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        **headers,
    )


def test_the_admin_login_is_throttled_too_and_shares_the_count(small, settings):
    """Twelve wrong passwords on /admin/login/ used to be followed by a login with the right one."""
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(2):
        assert admin_attempt("wrong", username="alice").status_code == 200
    attempt(Client(), "wrong", username="alice")  # the third failure, on the pages' login
    locked = admin_attempt("x-long-password-1", username="alice")
    assert locked.status_code == 429
    assert "Quá nhiều lần đăng nhập sai" in locked.content.decode()
    assert attempt(Client(), "x-long-password-1", username="alice").status_code == 429
    assert admin_attempt("x-long-password-1", username="alice", address="10.0.0.2").status_code == 302


def test_behind_a_trusted_proxy_each_client_is_counted_apart(small, settings):
    """Behind the reverse proxy every request comes from its address: the forwarded one is counted,
    so failures from one client do not lock out the same user on another."""
    settings.AXES_FAILURE_LIMIT = 2
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    proxy = "127.0.0.1"
    for _ in range(2):
        attempt(Client(), "wrong", address=proxy, HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert (
        attempt(Client(), "x-long-password-1", address=proxy, HTTP_X_FORWARDED_FOR="203.0.113.9").status_code
        == 429
    )
    assert (
        attempt(Client(), "x-long-password-1", address=proxy, HTTP_X_FORWARDED_FOR="198.51.100.4").status_code
        == 302
    )


def test_a_forged_forwarded_header_is_ignored_from_an_untrusted_peer(small, settings):
    settings.AXES_FAILURE_LIMIT = 2
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    for n in range(2):  # the attacker changes the header on every try: it is not trusted
        attempt(Client(), "wrong", address="10.9.9.9", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}")
    assert (
        attempt(
            Client(), "x-long-password-1", address="10.9.9.9", HTTP_X_FORWARDED_FOR="192.0.2.77"
        ).status_code
        == 429
    )


def test_sessions_expire(settings):
    assert settings.SESSION_COOKIE_AGE <= 12 * 3600
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE


def test_the_login_page_is_vietnamese_and_switches_to_english(db):
    client = Client()
    assert "Đăng nhập" in client.get("/login/").content.decode()
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/login/"})
    assert response.status_code == 302
    assert "Log in" in client.get("/login/").content.decode()
