"""A second `parwatch demo` changes nothing a reader sees: the demo runs twice against one store (its
simulated portals on fixed ports, as `make demo` does), and after each run Chromium reads the pages
served over that store: the same hits with the same ids, criterion 1.1 of Tiền Giang 2024 listing
each plan once, and every link of the first run still answering."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from parwatch.settings import load_settings
from tests.browser.conftest import DESKTOP, Page, _context, serve
from tests.test_cli import VI, free_port_block

pytestmark = pytest.mark.browser

SEARCH = "/tim-kiem?q=cai+cach+hanh+chinh&size=50"
CRITERION = "/minh-chung?province=Tiền+Giang&year=2024&criterion=1.1"


def _demo(store: Path, sim_port: int) -> str:
    r = subprocess.run([sys.executable, "-m", "parwatch", "demo", "--no-serve", "--store", str(store),
                        "--sim-port", str(sim_port)], capture_output=True, text=True, timeout=600,
                       env={**os.environ, **VI})
    assert r.returncode == 0, r.stderr[-2000:]
    return r.stdout


def _what_a_reader_sees(browser, store: Path, name: str) -> dict:
    """Hits of the search page and the evidence of criterion 1.1, as (link, text), read in Chromium."""
    with serve(load_settings(store=store)) as (base_url, _app):
        ctx = _context(browser, DESKTOP, base_url)
        page = Page(ctx.new_page())
        try:
            p = page.page
            p.goto(SEARCH)
            total = int(re.search(r"trong (\d+) văn bản", p.locator("#ket-qua").inner_text()).group(1))
            hits = [(a.get_attribute("href"), a.inner_text().strip()) for a in p.locator("ol.hits li h3 a").all()]
            page.shot(f"demo-{name}-search")
            p.goto(CRITERION)
            detail = p.locator("#chi-tiet")
            assert "Tiêu chí 1.1" in detail.inner_text()
            evidence = [(a.get_attribute("href"), a.inner_text().strip())
                        for a in detail.locator("ol.evidence li .ev-head a").all()]
            page.shot(f"demo-{name}-criterion-1.1")
        finally:
            ctx.close()
        assert not page.errors, page.errors
    return {"total": total, "hits": hits, "evidence": evidence}


def _statuses(browser, store: Path, paths: list[str]) -> dict[str, int]:
    with serve(load_settings(store=store)) as (base_url, _app):
        ctx = _context(browser, DESKTOP, base_url)
        try:
            return {path: ctx.request.get(base_url + path).status for path in paths}
        finally:
            ctx.close()


def test_a_second_demo_run_changes_nothing_in_the_pages(browser, tmp_path):
    store, sim_port = tmp_path / "demo.sqlite", free_port_block()
    printed = _demo(store, sim_port)
    first = _what_a_reader_sees(browser, store, "first")
    assert first["total"] >= 10 and len(first["hits"]) == min(first["total"], 50)
    assert first["evidence"], "criterion 1.1 of Tiền Giang 2024 has no evidence after the demo"
    links = sorted({href for href, _ in first["hits"] + first["evidence"]}
                   | {m for m in re.findall(r"http://[^/\s]+(/van-ban/\d+)", printed)})
    assert all(re.fullmatch(r"/van-ban/\d+", h) for h in links), links

    again = _demo(store, sim_port)
    rows = dict(re.findall(r"^\s+(văn bản [^\d]+?)\s+(\d+)$", again, re.M))
    assert rows["văn bản mới"] == "0" and rows["văn bản đã sửa đổi"] == "0", again

    second = _what_a_reader_sees(browser, store, "second")
    assert second["total"] == first["total"]
    assert second["hits"] == first["hits"]                  # same documents, same ids, same order
    assert second["evidence"] == first["evidence"]
    plans = Counter(text for _, text in second["evidence"])
    assert all(n == 1 for n in plans.values()), f"listed more than once: {plans}"
    assert len({href for href, _ in second["evidence"]}) == len(second["evidence"])
    statuses = _statuses(browser, store, links)
    assert set(statuses.values()) == {200}, {p: s for p, s in statuses.items() if s != 200}
