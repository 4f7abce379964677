"""Login with Django auth, throttled per user name and address; the interface in two languages."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def attempt(client: Client, password: str, username: str = "bob", address: str = "10.0.0.1"):
    return client.post("/login/", {"username": username, "password": password}, REMOTE_ADDR=address)


def test_it_logs_in_and_goes_to_the_users_unit(small):
    response = attempt(Client(), "x-long-password-1")
    assert response.status_code == 302
    assert response["Location"] == "/"


def test_it_locks_a_user_name_and_address_after_too_many_failures(small, settings):
    settings.LOGIN_MAX_FAILURES = 3
    client = Client()
    for _ in range(3):
        assert attempt(client, "wrong").status_code == 200
    locked = attempt(client, "x-long-password-1")
    assert locked.status_code == 200
    assert "Quá nhiều lần đăng nhập sai" in locked.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_lock_is_for_that_address_only(small, settings):
    settings.LOGIN_MAX_FAILURES = 2
    for _ in range(2):
        attempt(Client(), "wrong", address="10.0.0.1")
    assert attempt(Client(), "x-long-password-1", address="10.0.0.2").status_code == 302


def test_a_success_clears_the_failures(small, settings):
    settings.LOGIN_MAX_FAILURES = 2
    client = Client()
    attempt(client, "wrong")
    assert attempt(client, "x-long-password-1").status_code == 302
    assert attempt(Client(), "wrong").status_code == 200
    assert attempt(Client(), "x-long-password-1").status_code == 302


def test_sessions_expire(settings):
    assert settings.SESSION_COOKIE_AGE <= 12 * 3600
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE


def test_the_login_page_is_vietnamese_and_switches_to_english(db):
    client = Client()
    assert "Đăng nhập" in client.get("/login/").content.decode()
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/login/"})
    assert response.status_code == 302
    assert "Log in" in client.get("/login/").content.decode()
