"""``make bench`` (web): the dashboard and the entry grid, alone and under 20 concurrent clients.

On the synthetic province of :mod:`bench.run` (built there, reused here):

1. server time of one district's dashboard (400 targets) and a ward's entry grid (400
   indicators), in process with Django's test client, median of several runs, with the query
   count: computed (the cache emptied first, as after any write) and taken from the cache
   (keyed by the data version; goal for both pages: 60 ms);
2. the same two pages served by gunicorn (3 worker processes) on 127.0.0.1 to 20
   concurrent clients (threads with their own session), a bounded number of requests each:
   median and 95th percentile of the response time (goal: p95 ≤ 1 s), and the number of server
   errors (goal: 0);
3. the district's year report built and written as PDF while the 20 clients keep asking for
   those pages (they go on until it is written): goal 3 s, building included.

A benchmark, not a test: missed goals are printed, not failed. The load goes to loopback only.
"""

from __future__ import annotations

import multiprocessing
import os
import secrets
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

from bench.run import DATABASE, ROOT, YEAR, ensure_database

CLIENTS = 20
WORKERS = 3  # gunicorn worker processes: 2 CPUs + 1
REQUESTS_PER_CLIENT = 10
GOAL_PAGE_SECONDS = 0.060  # server time of the dashboard and of the grid
GOAL_P95_SECONDS = 1.0  # under load
GOAL_PDF_SECONDS = 3.0  # a district's report as PDF, built and written, under the same load


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    os.environ["DATABASE_URL"] = f"sqlite:///{DATABASE}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "chitieu.settings"
    os.environ["CHITIEU_DEBUG"] = "0"
    os.environ["CHITIEU_ALLOWED_HOSTS"] = "127.0.0.1,localhost,testserver"
    os.environ["CHITIEU_SECURE_COOKIES"] = "0"
    os.environ.setdefault("CHITIEU_SECRET_KEY", secrets.token_urlsafe(32))
    ensure_database(220, 400, rebuild=False)

    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.contrib.sessions.backends.db import SessionStore
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from chitieu.orgunits.models import OrgUnit, UnitKind

    users = get_user_model().objects
    user = users.filter(username="bench").first() or users.create_superuser(
        "bench", "", secrets.token_urlsafe(16)
    )
    district = OrgUnit.objects.filter(kind=UnitKind.DISTRICT).order_by("code").first()
    ward = OrgUnit.objects.filter(kind=UnitKind.WARD, parent=district).order_by("code").first()
    assert district is not None and ward is not None
    dashboard = f"/u/{district.code}/{YEAR}/?as_of=31/12/{YEAR}"
    grid = f"/u/{ward.code}/entry/{YEAR}M06/"

    # 1. Server time, in process.
    client = Client()
    client.force_login(user)
    print(f"\nchitieu bench (web): {district.code} dashboard, {ward.code} entry grid, year {YEAR}")
    from django.core.cache import cache

    for name, url in (("dashboard (400 targets)", dashboard), ("entry grid (400 indicators)", grid)):
        assert client.get(url).status_code == 200, url
        for label, fresh in (("computed", True), ("cached", False)):
            times = []
            for _ in range(7):
                if fresh:
                    cache.clear()  # as after a write: the data version moved, nothing cached applies
                started = time.perf_counter()
                client.get(url)
                times.append(time.perf_counter() - started)
            if fresh:
                cache.clear()
            with CaptureQueriesContext(connection) as queries:
                client.get(url)
            median = statistics.median(times)
            met = "met" if median <= GOAL_PAGE_SECONDS else "MISSED"
            print(
                f"  {name:<28} {label:<9} server time median {median * 1000:5.0f} ms, {len(queries):2} q"
                f"  goal ≤ {GOAL_PAGE_SECONDS * 1000:.0f} ms: {met}"
            )

    # 2. Under load: gunicorn's worker processes, 20 clients on loopback.
    session = SessionStore()
    session["_auth_user_id"] = str(user.pk)
    session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
    session["_auth_user_hash"] = user.get_session_auth_hash()
    session.create()
    connection.close()
    writer = PdfWriter(district.code)  # the background worker's part: a process of its own
    port = _free_port()
    gunicorn = Path(sys.executable).with_name("gunicorn")
    server = subprocess.Popen(  # noqa: S603 - our own command, loopback only
        [str(gunicorn), "chitieu.wsgi:application", "--workers", str(WORKERS), "--bind", f"127.0.0.1:{port}"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=os.environ.copy(),
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/login/", timeout=2)  # noqa: S310 - loopback http
                break
            except OSError:
                time.sleep(0.2)
        latencies: dict[str, list[float]] = {dashboard: [], grid: []}
        errors: list[str] = []
        lock = threading.Lock()

        def work(n: int, until: threading.Event | None = None) -> None:
            """REQUESTS_PER_CLIENT requests, or (``until``) as many as it takes for the event to be set."""
            opener = urllib.request.build_opener()
            opener.addheaders = [("Cookie", f"sessionid={session.session_key}")]
            i = 0
            while (i < REQUESTS_PER_CLIENT) if until is None else not until.is_set():
                i += 1
                url = dashboard if (n + i) % 2 == 0 else grid
                started = time.perf_counter()
                try:
                    with opener.open(base + url, timeout=120) as response:
                        response.read()
                        ok = response.status == 200
                except Exception as error:  # every failure counts as an error
                    ok = False
                    with lock:
                        errors.append(f"{url}: {error}")
                elapsed = time.perf_counter() - started
                with lock:
                    if ok:
                        latencies[url].append(elapsed)

        started = time.perf_counter()
        threads = [threading.Thread(target=work, args=(n,)) for n in range(CLIENTS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wall = time.perf_counter() - started

        # 3. The district's PDF while the clients keep the server busy (their times not counted in 2).
        under_load = {url: list(times) for url, times in latencies.items()}
        errors_under_load = len(errors)
        done = threading.Event()
        counted = sum(len(v) for v in latencies.values())
        threads = [threading.Thread(target=work, args=(n, done)) for n in range(CLIENTS)]
        for thread in threads:
            thread.start()
        time.sleep(0.5)  # the load under way
        try:
            pdf_seconds, pages = writer.measure()
        finally:
            done.set()
            for thread in threads:
                thread.join()
        served = sum(len(v) for v in latencies.values()) - counted
    finally:
        writer.close()
        server.terminate()
        server.wait(timeout=10)
    extra_errors = len(errors) - errors_under_load
    latencies, errors = under_load, errors[:errors_under_load]
    total = sum(len(v) for v in latencies.values()) + len(errors)
    print(
        f"  under load: {CLIENTS} clients × {REQUESTS_PER_CLIENT} requests = {total} in {wall:.1f} s "
        f"(gunicorn, {WORKERS} workers, SQLite, {os.cpu_count()} CPUs, shared machine)"
    )
    for url, name in ((dashboard, "dashboard"), (grid, "entry grid")):
        values = latencies[url]
        if values:
            p95 = _percentile(values, 0.95)
            print(
                f"    {name:<12} median {statistics.median(values) * 1000:6.0f} ms, "
                f"p95 {p95 * 1000:6.0f} ms ({len(values)} ok)"
                f"  goal p95 ≤ {GOAL_P95_SECONDS:.0f} s: {'met' if p95 <= GOAL_P95_SECONDS else 'MISSED'}"
            )
    print(
        f"    server errors or failed requests: {len(errors)}" + (f" — first: {errors[0]}" if errors else "")
    )
    print(
        f"    {district.code}'s year report as PDF ({pages} pages), built and written meanwhile: "
        f"{pdf_seconds:.2f} s ({served} pages served to the clients meanwhile, {extra_errors} errors)"
        f"  goal ≤ {GOAL_PDF_SECONDS:.0f} s: {'met' if pdf_seconds <= GOAL_PDF_SECONDS else 'MISSED'}"
    )
    return 0


class PdfWriter:
    """A process that writes a unit's year report as PDF when asked, as the background worker does.

    It sets Django up and writes the report once before it is asked (a worker that has run
    keeps WeasyPrint, ReportLab and the fonts loaded), so that the time measured is the writing.
    """

    def __init__(self, unit_code: str) -> None:
        context = multiprocessing.get_context("spawn")
        self.pipe, child = context.Pipe()
        self.process = context.Process(target=_pdf_worker, args=(child, unit_code), daemon=True)
        self.process.start()
        assert self.pipe.recv() == "ready"

    def measure(self) -> tuple[float, int]:
        self.pipe.send("go")
        seconds, pages = self.pipe.recv()
        return float(seconds), int(pages)

    def close(self) -> None:
        self.pipe.send("stop")
        self.process.join(timeout=30)


def _pdf_worker(pipe: Any, unit_code: str) -> None:
    import django

    django.setup()
    from chitieu.orgunits.models import OrgUnit

    unit = OrgUnit.objects.get(code=unit_code)
    _pdf_of(unit, YEAR)
    pipe.send("ready")
    while pipe.recv() == "go":
        pipe.send(_pdf_of(unit, YEAR))


def _pdf_of(unit: Any, year_of: int) -> tuple[float, int]:
    """Seconds to build a unit's year report and write it as PDF, and its pages."""
    import io
    from datetime import date

    from pypdf import PdfReader

    from chitieu.core.periods import year
    from chitieu.rendering import pdf
    from chitieu.reporting.build import build_report

    day = date(year_of, 12, 31)
    started = time.perf_counter()
    report = build_report(unit=unit, period=year(year_of), lang="vi", as_of=day, issued_on=day)
    data = pdf.render(report)
    seconds = time.perf_counter() - started
    return seconds, len(PdfReader(io.BytesIO(data)).pages)


if __name__ == "__main__":
    sys.exit(main())
