"""Production-safe defaults: no secret key, no start; DEBUG off unless asked; SQLite in WAL mode."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from chitieu.settings import database_from_url
from tests.environment import production_env

ROOT = Path(__file__).resolve().parent.parent


def run_django(env_overrides: dict[str, str]) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHITIEU_")}
    env.update(env_overrides)
    code = "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)"
    return subprocess.run(
        [sys.executable, "-c", code],
        env={**env, "DJANGO_SETTINGS_MODULE": "chitieu.settings"},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_it_refuses_to_start_without_a_secret_key_outside_development(tmp_path):
    result = run_django({"CHITIEU_SECRET_KEY_FILE": str(tmp_path / "no-such-file")})
    assert result.returncode != 0
    assert "CHITIEU_SECRET_KEY is not set" in result.stderr


def test_the_key_file_make_demo_writes_lets_the_commands_run_in_any_shell(tmp_path):
    key_file = tmp_path / "secret_key"
    key_file.write_text("f" * 50 + "\n")
    code = (
        "import django; django.setup(); from django.conf import settings as s; print(s.SECRET_KEY, s.DEBUG)"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHITIEU_")}
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={**env, "CHITIEU_SECRET_KEY_FILE": str(key_file), "DJANGO_SETTINGS_MODULE": "chitieu.settings"},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stdout.split() == ["f" * 50, "False"]  # the key read, DEBUG still off


def test_debug_is_off_unless_asked_for():
    result = run_django({"CHITIEU_SECRET_KEY": "k" * 50})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_the_production_defaults_are_safe():
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings as s; "
            "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.ALLOWED_HOSTS, s.PASSWORD_HASHERS[0])",
        ],
        env={
            **{k: v for k, v in os.environ.items() if not k.startswith("CHITIEU_")},
            "CHITIEU_SECRET_KEY": "k" * 50,
            "DJANGO_SETTINGS_MODULE": "chitieu.settings",
        },
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.stdout.split() == ["True", "True", "[]", "django.contrib.auth.hashers.Argon2PasswordHasher"]


def test_csrf_protection_is_on():
    assert "django.middleware.csrf.CsrfViewMiddleware" in settings.MIDDLEWARE


@pytest.mark.parametrize(
    ("url", "engine", "name"),
    [
        ("postgres://u:p%40ss@db.example:5433/chitieu", "django.db.backends.postgresql", "chitieu"),
        ("postgresql://postgres@127.0.0.1/x", "django.db.backends.postgresql", "x"),
        (
            "sqlite:////tmp/chitieu-test.sqlite3",
            "django.db.backends.sqlite3",
            Path("/tmp/chitieu-test.sqlite3"),
        ),
    ],
)
def test_database_urls(url, engine, name):
    config = database_from_url(url)
    assert (config["ENGINE"], config["NAME"]) == (engine, name)


def test_a_postgres_url_keeps_its_credentials():
    config = database_from_url("postgres://u:p%40ss@db.example:5433/chitieu")
    assert (config["USER"], config["PASSWORD"], config["HOST"], config["PORT"]) == (
        "u",
        "p@ss",
        "db.example",
        "5433",
    )


def test_an_unknown_database_scheme_is_refused():
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured, match="mysql"):
        database_from_url("mysql://x/y")


def test_the_embedded_database_runs_in_wal_mode(tmp_path, django_db_blocker):
    from django.db.backends.sqlite3.base import DatabaseWrapper

    config = database_from_url(f"sqlite:///{tmp_path}/chitieu.sqlite3")
    wrapper = DatabaseWrapper(
        {
            **config,
            "TIME_ZONE": None,
            "CONN_HEALTH_CHECKS": False,
            "CONN_MAX_AGE": 0,
            "AUTOCOMMIT": True,
            "ATOMIC_REQUESTS": False,
            "TEST": {},
        }
    )
    with django_db_blocker.unblock():
        try:
            with wrapper.cursor() as cursor:
                cursor.execute("PRAGMA journal_mode")
                assert cursor.fetchone()[0] == "wal"
        finally:
            wrapper.close()


def test_djangos_deployment_check_passes_with_the_production_settings_of_env_example(tmp_path):
    """`chitieu check --deploy` is Django's check (the claim checker is `check-report`): with the
    settings .env.example recommends it finds nothing to warn about."""
    env = production_env()
    env.update(
        {
            "CHITIEU_SECRET_KEY": "k" * 20 + "-production-like-secret-" + "q" * 30,
            "DATABASE_URL": f"sqlite:///{tmp_path / 'deploy.sqlite3'}",
            "CHITIEU_CACHE_LOCATION": str(tmp_path / "cache"),
        }
    )
    result = subprocess.run(
        [sys.executable, "-m", "chitieu.cli", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_hsts_and_the_https_redirect_can_be_turned_on_from_the_environment():
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.SECURE_HSTS_SECONDS, s.SECURE_SSL_REDIRECT, s.SECURE_PROXY_SSL_HEADER)"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHITIEU_")}
    env.update(
        {
            "CHITIEU_DEBUG": "1",
            "CHITIEU_HSTS_SECONDS": "31536000",
            "CHITIEU_SSL_REDIRECT": "1",
            "CHITIEU_SECURE_PROXY_HEADER": "1",
            "DJANGO_SETTINGS_MODULE": "chitieu.settings",
        }
    )
    shown = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert shown.stdout.split() == ["31536000", "True", "('HTTP_X_FORWARDED_PROTO',", "'https')"]


@pytest.mark.django_db
def test_pages_carry_a_content_security_policy_without_inline_scripts(client):
    response = client.get("/login/")
    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["script-src"] == "'self'"
    assert directives["default-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in directives["style-src"]
    assert "<script>" not in response.content.decode()  # nothing inline the policy would block


@pytest.mark.django_db
def test_hsts_is_sent_where_configured(client, settings):
    settings.SECURE_HSTS_SECONDS = 3600
    response = client.get("/login/", secure=True)
    assert response["Strict-Transport-Security"].startswith("max-age=3600")


def test_the_development_server_keeps_no_connection_per_thread():
    """runserver answers each request on a new thread: with CHITIEU_CONN_MAX_AGE=60 its kept
    connections were never reused and PostgreSQL ran out of them."""
    code = (
        "import sys; sys.argv = ['chitieu', '{command}']; import django; django.setup(); "
        "from django.conf import settings; print(settings.DATABASES['default']['CONN_MAX_AGE'])"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("CHITIEU_")}
    env.update(
        {
            "CHITIEU_DEBUG": "1",
            "CHITIEU_CONN_MAX_AGE": "60",
            "DATABASE_URL": "postgres://u@127.0.0.1:5432/db",
            "DJANGO_SETTINGS_MODULE": "chitieu.settings",
        }
    )
    shown = {}
    for command in ("runserver", "migrate"):
        result = subprocess.run(
            [sys.executable, "-c", code.format(command=command)],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        shown[command] = result.stdout.strip()
    assert shown == {"runserver": "0", "migrate": "60"}
