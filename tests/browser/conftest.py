"""Playwright (sync API) driving Debian's Chromium against a live server with the demo data.

The browser is the system's (``apt-get install chromium``): no browser is downloaded. Screenshots
go to test-artifacts/browser/.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("CHITIEU_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# Playwright's sync API runs an event loop in the test's thread; the ORM calls the tests make to
# set up data are still plain synchronous calls, one at a time.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(
            f"The browser tests need Chromium at {CHROMIUM}. Install it with `apt-get install chromium` "
            "(Debian/Ubuntu), or point CHITIEU_CHROMIUM at a Chromium binary."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def demo_live(transactional_db):
    """The demo data committed (a live server reads it from another thread); the month open today.

    The demo's live year has plans and figures up to last month, this month's report open and
    last month's in every state (see chitieu.demo.demo).
    """
    from django.utils import timezone

    from chitieu.core.periods import collecting_month
    from chitieu.demo.demo import load_demo

    load_demo()
    return collecting_month(timezone.localdate())


@pytest.fixture
def new_page(browser, live_server):
    """Open a fresh browser context (its own cookies) logged in as a demo persona.

    Any message of the browser about the Content Security Policy (something the pages would do
    that the policy blocks) or any uncaught script error fails the test.
    """
    contexts = []
    problems: list[str] = []

    def open_as(username: str | None, width: int = 1280):
        context = browser.new_context(
            viewport={"width": width, "height": 900}, base_url=live_server.url, locale="vi-VN"
        )
        contexts.append(context)
        page = context.new_page()
        page.on(
            "console",
            lambda message: (
                problems.append(message.text) if "Content Security Policy" in message.text else None
            ),
        )
        page.on("pageerror", lambda error: problems.append(str(error)))
        page.set_default_timeout(15_000)
        if username:
            page.goto("/login/")
            page.get_by_label("Tên đăng nhập").fill(username)
            page.get_by_label("Mật khẩu").fill("chitieu-demo")
            page.get_by_role("button", name="Đăng nhập").click()
            page.wait_for_url(lambda url: "/login/" not in url)
        return page

    yield open_as
    for context in contexts:
        context.close()
    assert problems == [], problems


@pytest.fixture(scope="session")
def artifacts():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


def write_index(root: Path) -> Path:
    """test-artifacts/index.html: every screenshot and drawn report page, by folder, to look through."""
    from html import escape

    sections = []
    for folder in sorted({png.parent for png in root.rglob("*.png")}):
        images = "\n".join(
            f'<figure><a href="{escape(str(png.relative_to(root)))}"><img loading="lazy" '
            f'src="{escape(str(png.relative_to(root)))}" alt="{escape(png.stem)}"></a>'
            f"<figcaption>{escape(png.stem)}</figcaption></figure>"
            for png in sorted(folder.glob("*.png"))
        )
        sections.append(f"<h2>{escape(str(folder.relative_to(root)))}</h2>\n<div>{images}</div>")
    index = root / "index.html"
    index.write_text(
        "<!doctype html><meta charset=utf-8><title>chitieu: screenshots</title>"
        "<style>body{font-family:sans-serif}div{display:flex;flex-wrap:wrap;gap:12px}"
        "figure{margin:0;width:240px}img{width:240px;border:1px solid #ccc}"
        "figcaption{font-size:12px}</style><h1>chitieu: screenshots and report pages</h1>\n"
        + "\n".join(sections),
        encoding="utf-8",
    )
    return index


def pytest_terminal_summary(terminalreporter):
    if ARTIFACTS.exists() and any(ARTIFACTS.rglob("*.png")):
        index = write_index(ARTIFACTS.parent)
        terminalreporter.write_line(f"browser screenshots: {ARTIFACTS} (all of them: {index})")
