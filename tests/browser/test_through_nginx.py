"""The production recipe of deploy/, brought up for real: gunicorn with deploy/gunicorn.conf.py
behind nginx with deploy/nginx/chitieu.conf (HTTPS, static files from nginx), the production
settings of .env.example (DEBUG off), the demo data in a database of its own (PostgreSQL when the
suite runs on it). Then a person logs in and reads the department's year in Chromium, and a program
calls the API with its token — all through nginx; the PDF report comes from the background worker.

Only the machine-specific parts of the two files are rewritten: paths (to a temporary directory),
ports (free ones on 127.0.0.1) and the certificate (self-signed, made here).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
from playwright.sync_api import expect

from tests.environment import production_env

ROOT = Path(__file__).resolve().parents[2]
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
PASSWORD = "chitieu-demo"


@dataclass
class Deployment:
    url: str  # https://127.0.0.1:PORT
    http_url: str  # the plain-HTTP port, which only redirects
    token: str


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _database_url(name: str, directory: Path) -> tuple[str, str | None]:
    """A database of the deployment's own, of the kind the suite runs on."""
    database = settings.DATABASES["default"]
    if database["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{directory / 'chitieu.sqlite3'}", None
    import psycopg

    dsn = f"host={database['HOST'] or '127.0.0.1'} port={database['PORT'] or 5432} user={database['USER']}"
    with psycopg.connect(dsn + " dbname=postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    url = f"postgres://{database['USER']}@{database['HOST'] or '127.0.0.1'}:{database['PORT'] or 5432}/{name}"
    return url, dsn


def _nginx_conf(directory: Path, http_port: int, https_port: int, socket_path: Path) -> Path:
    site = (ROOT / "deploy" / "nginx" / "chitieu.conf").read_text(encoding="utf-8")
    replacements = {
        "unix:/run/chitieu/gunicorn.sock": f"unix:{socket_path}",
        "/srv/chitieu/var/static/": f"{directory / 'static'}/",
        "/etc/chitieu/tls/": f"{directory}/",
        "/var/log/nginx/": f"{directory}/",
        "listen 80;": f"listen 127.0.0.1:{http_port};",
        "listen 443 ssl http2;": f"listen 127.0.0.1:{https_port} ssl http2;",
    }
    for old, new in replacements.items():
        assert old in site, f"deploy/nginx/chitieu.conf no longer holds {old!r}: update this test"
        site = site.replace(old, new)
    site = re.sub(r"\n\s*listen \[::\]:\d+[^;]*;", "", site)  # IPv6 may be off on the test machine
    main = f"""
{"user root;" if os.geteuid() == 0 else ""}
worker_processes 1;
pid {directory}/nginx.pid;
error_log {directory}/nginx-main.log;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    client_body_temp_path {directory}/body;
    proxy_temp_path {directory}/proxy;
    fastcgi_temp_path {directory}/fastcgi;
    uwsgi_temp_path {directory}/uwsgi;
    scgi_temp_path {directory}/scgi;
    {site}
}}
"""
    path = directory / "nginx.conf"
    path.write_text(main, encoding="utf-8")
    return path


def _wait_for(url: str, context: ssl.SSLContext, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"gunicorn stopped: {log.read_text(errors='replace')[-3000:]}")
        try:
            urllib.request.urlopen(url, context=context, timeout=5)
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.5)
    pytest.fail(f"no answer from {url}: {log.read_text(errors='replace')[-3000:]}")


def _insecure() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # the certificate is the self-signed one made above
    return context


@pytest.fixture(scope="module")
def deployment(tmp_path_factory) -> Iterator[Deployment]:
    if not Path(NGINX).exists():
        pytest.fail("The deployment test needs nginx: apt-get install nginx (.ci/run installs it).")
    directory = tmp_path_factory.mktemp("deployment")
    directory.chmod(0o755)
    (directory / "log").mkdir()
    http_port, https_port = _free_port(), _free_port()
    socket_path = directory / "gunicorn.sock"
    name = f"chitieu_deploy_{os.getpid()}"
    database_url, admin_dsn = _database_url(name, directory)
    env = production_env()  # as a server is started
    env.update(
        {
            "CHITIEU_SECRET_KEY": "deployment-test-" + "x" * 40,
            "CHITIEU_REPORT_DIR": str(directory / "reports"),
            "DATABASE_URL": database_url,
            "CHITIEU_ALLOWED_HOSTS": "127.0.0.1",
            "CHITIEU_CSRF_TRUSTED_ORIGINS": f"https://127.0.0.1:{https_port}",
            "CHITIEU_STATIC_ROOT": str(directory / "static"),
            "CHITIEU_CACHE_LOCATION": str(directory / "cache"),
            "CHITIEU_EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "CHITIEU_BIND": f"unix:{socket_path}",
            "CHITIEU_WORKERS": "2",
            "CHITIEU_LOG_DIR": str(directory / "log"),
        }
    )
    chitieu = [sys.executable, "-m", "chitieu.cli"]

    def run(*args: str) -> str:
        done = subprocess.run([*chitieu, *args], env=env, cwd=ROOT, capture_output=True, text=True)
        assert done.returncode == 0, f"chitieu {' '.join(args)}: {done.stdout}{done.stderr}"
        return done.stdout

    run("migrate", "--noinput", "--verbosity", "0")
    run("collectstatic", "--noinput", "--verbosity", "0")
    run("demo-data", "--force")
    run("check", "--deploy", "--fail-level", "WARNING")
    token = re.search(
        r"\b([A-Za-z0-9_-]{30,})\b", run("api-token", "create", "--user", "so.duyet", "--name", "ci")
    )
    assert token, "api-token create printed no token"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
         "-keyout", str(directory / "chitieu.key"), "-out", str(directory / "chitieu.crt")],
        check=True, capture_output=True,
    )  # fmt: skip
    gunicorn_log = directory / "gunicorn.out"
    gunicorn = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")),
         "--config", str(ROOT / "deploy" / "gunicorn.conf.py"), "chitieu.wsgi:application"],
        env=env, cwd=ROOT, stdout=gunicorn_log.open("wb"), stderr=subprocess.STDOUT,
    )  # fmt: skip
    worker_log = directory / "worker.out"
    worker = subprocess.Popen(
        [*chitieu, "db_worker", "--no-reload", "--interval", "1"],
        env=env, cwd=ROOT, stdout=worker_log.open("wb"), stderr=subprocess.STDOUT,
    )  # fmt: skip
    conf = _nginx_conf(directory, http_port, https_port, socket_path)
    tested = subprocess.run([NGINX, "-t", "-c", str(conf)], capture_output=True, text=True)
    assert tested.returncode == 0, tested.stderr
    subprocess.run([NGINX, "-c", str(conf)], check=True)
    url = f"https://127.0.0.1:{https_port}"
    try:
        _wait_for(url + "/login/", _insecure(), gunicorn, gunicorn_log)
        yield Deployment(url=url, http_url=f"http://127.0.0.1:{http_port}", token=token.group(1))
    finally:
        subprocess.run([NGINX, "-c", str(conf), "-s", "stop"], check=False)
        for process in (gunicorn, worker):
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)
        if admin_dsn is not None:
            import psycopg

            with psycopg.connect(admin_dsn + " dbname=postgres", autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return None


def _get(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    opener = urllib.request.build_opener(_NoRedirect, urllib.request.HTTPSHandler(context=_insecure()))
    try:
        with opener.open(urllib.request.Request(url, headers=headers or {}), timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_plain_http_is_sent_to_https(deployment):
    status, headers, _body = _get(deployment.http_url + "/login/")
    assert status == 301
    assert headers["Location"].startswith("https://")


def test_static_files_come_from_nginx_and_pages_carry_the_security_headers(deployment):
    status, headers, body = _get(deployment.url + "/static/web/app.css")
    assert status == 200 and b"{" in body
    assert headers["Cache-Control"] == "max-age=604800"  # nginx: expires 7d
    status, headers, body = _get(deployment.url + "/login/")
    assert status == 200
    assert "Đăng nhập" in body.decode()
    assert headers["Strict-Transport-Security"].startswith("max-age=31536000")
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "secure" in headers["Set-Cookie"].lower()  # the CSRF cookie, HTTPS only
    status, _headers, _body = _get(deployment.url + "/static/../chitieu/settings.py")
    assert status in (400, 404)


def test_a_program_calls_the_api_with_its_token(deployment):
    status, headers, body = _get(
        deployment.url + "/api/v1/units?limit=5", {"Authorization": f"Bearer {deployment.token}"}
    )
    assert status == 200, body
    assert headers["Content-Type"].startswith("application/json")
    assert b'"SO-LDTBXH"' in body
    status, _headers, _body = _get(deployment.url + "/api/v1/units", {"Authorization": "Bearer wrong"})
    assert status == 401


def test_a_leader_reads_the_departments_year_in_the_browser(deployment, browser, artifacts):
    context = browser.new_context(base_url=deployment.url, ignore_https_errors=True, locale="vi-VN")
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto("/")
    page.get_by_label("Tên đăng nhập").fill("so.duyet")
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(lambda url: "/login/" not in url)
    page.goto("/u/SO-LDTBXH/2022/?as_of=14/12/2022")
    expect(page.locator("h1")).to_contain_text("Sở Lao động")
    expect(page.locator("#status-counts")).to_be_visible()
    # the style sheet came through nginx: the page is laid out, not bare HTML
    assert page.evaluate("getComputedStyle(document.body).fontFamily") != ""
    assert page.evaluate("document.styleSheets.length") >= 1
    page.screenshot(path=str(artifacts / "through-nginx-dashboard.png"), full_page=False)
    # the year's PDF: the page says it is being written, the worker writes it, the file comes
    page.goto("/reports/SO-LDTBXH/2022.pdf?as_of=14/12/2022&lang=vi")
    expect(page.locator("#report-pending")).to_be_visible()
    with page.expect_download(timeout=90_000) as download:
        pass  # the page asks again by itself until the file is there
    assert download.value.suggested_filename.endswith(".pdf")
    assert Path(download.value.path()).read_bytes().startswith(b"%PDF")
    context.close()
    assert problems == []
