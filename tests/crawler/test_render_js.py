"""`render: js` sources: a simulated portal whose listings are written by script is crawled
completely through headless Chromium (Debian's /usr/bin/chromium via scrapy-playwright); the same
portal read as plain HTML yields nothing, and a crawl of plain sources never loads the browser."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from crawler.run import run_crawl
from parwatch.settings import Settings
from portal_sim import start_simulator
from store.sqlite import Store

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def js_sim():
    s = start_simulator(js_portal=True)
    yield s
    s.stop()


def _crawl(tmp_path, sim, render: str):
    entry = next(e for e in sim.source_entries() if e["id"] == "sim-dienbien")
    entry["render"] = render
    d = tmp_path / "sources"
    d.mkdir()
    (d / "js.yaml").write_text(yaml.safe_dump({"sources": [entry]}, allow_unicode=True), encoding="utf-8")
    settings = Settings(store=tmp_path / "store.sqlite", download_timeout=10, sources_dir=d)
    summary = run_crawl(settings, ocr=False, timeout=240)
    return summary, Store(settings.store)


@pytest.mark.browser
def test_script_built_listing_is_crawled_completely(tmp_path, js_sim):
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    summary, store = _crawl(tmp_path, js_sim, "js")
    assert summary.exit_code == 0, summary.error_samples
    want = {js_sim.article_url(a) for a in js_sim.site_articles("dienbien")}
    assert len(want) == 12
    got = {u for u in want if store.document_id_for_url(u)}
    assert got == want, f"missing: {sorted(want - got)}"
    assert summary.misc.get("rendered_pages", 0) >= 3          # the three listing pages, through Chromium
    assert summary.misc.get("playwright_loaded") == 1
    assert summary.files >= 3                                  # the PDFs of articles 1, 5 and 9


def test_without_rendering_the_portal_shows_nothing_and_no_browser_starts(tmp_path, js_sim):
    summary, store = _crawl(tmp_path, js_sim, "html")
    assert summary.exit_code == 0
    assert store.count_documents() == 0                        # the listings hold no link without their script
    assert summary.misc.get("rendered_pages", 0) == 0
    assert summary.misc.get("browser_enabled") == 0
    assert summary.misc.get("playwright_loaded") == 0          # scrapy-playwright was never even imported


def test_the_shared_crawl_of_plain_portals_never_loads_the_browser(first_crawl):
    summary, _ = first_crawl
    assert summary.misc.get("browser_enabled") == 0 and summary.misc.get("playwright_loaded") == 0
    assert summary.misc.get("rendered_pages", 0) == 0
