"""Browser fixtures: a store filled from the portal simulator by the real crawler, the app served
by a real uvicorn server on 127.0.0.1, and Debian's Chromium driven by Playwright."""
from __future__ import annotations

import socket
import sqlite3
import threading
import time
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"
DESKTOP = {"width": 1366, "height": 768}
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="session")
def crawled_settings(simulator_crawl):
    settings, summary = simulator_crawl
    assert summary.exit_code == 0 and summary.new >= 20, "the crawl of the simulator stored too little"
    return settings


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server(crawled_settings):
    """(base_url, app): uvicorn serving create_app() in a thread on 127.0.0.1."""
    with serve(crawled_settings) as got:
        yield got


@contextmanager
def serve_copy(crawled_settings, tmp_path: Path, **updates):
    """(base_url, app) over a copy of the crawled store, for tests that write to it (the shared
    store of the other browser tests stays as it was); `updates` change settings."""
    copy = tmp_path / "copy.sqlite"
    with closing(sqlite3.connect(crawled_settings.store)) as src, closing(sqlite3.connect(copy)) as dst:
        src.backup(dst)
    with serve(crawled_settings.model_copy(update={"store": copy, **updates})) as got:
        yield got


@contextmanager
def serve(settings):
    import uvicorn

    from search_api.app import create_app

    app = create_app(settings)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False))
    thread = threading.Thread(target=srv.run, name="uvicorn-pages", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}", app
    finally:
        srv.should_exit = True
        thread.join(10)


@pytest.fixture(scope="session")
def base_url(server) -> str:
    return server[0]


@pytest.fixture(scope="session")
def app_store(server):
    return server[1].state.parwatch.store


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


class Page:
    """A Playwright page that records console errors (CSP violations, script errors) and failed requests."""

    def __init__(self, page):
        self.page = page
        self.errors: list[str] = []
        self.expected: list[str] = []   # fragments of errors a test provokes on purpose (a 401 it asks for)
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def unexpected_errors(self) -> list[str]:
        """The console errors no test asked for; the browser may log an expected one after the test ends."""
        return [e for e in self.errors if not any(f in e for f in self.expected)]

    def shot(self, name: str) -> Path:
        """NAME.png: the first screen as the user sees it; NAME-full.png: the whole page."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        self.page.screenshot(path=str(path))
        self.page.screenshot(path=str(SCREENSHOTS / f"{name}-full.png"), full_page=True)
        return path


def _context(browser, viewport, base_url):
    ctx = browser.new_context(viewport=viewport, locale="vi-VN", base_url=base_url, accept_downloads=True)
    ctx.set_default_timeout(10_000)
    # Tests touch only 127.0.0.1: anything else is refused.
    ctx.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base_url)
              else route.abort())
    return ctx


@pytest.fixture
def page(browser, base_url):
    ctx = _context(browser, DESKTOP, base_url)
    p = Page(ctx.new_page())
    yield p
    ctx.close()
    assert not p.unexpected_errors(), f"browser console errors: {p.unexpected_errors()}"


@pytest.fixture
def phone(browser, base_url):
    ctx = _context(browser, PHONE, base_url)
    p = Page(ctx.new_page())
    yield p
    ctx.close()
    assert not p.unexpected_errors(), f"browser console errors: {p.unexpected_errors()}"
