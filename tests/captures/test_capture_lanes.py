"""A page's bytes are kept either by the crawl process's capture thread or by the worker process that
reads the page (while that worker keeps up, CrawlConfig.crawl_capture_in_worker_below): both ways
give every fetched page one complete, matching capture record."""
from __future__ import annotations

import gzip
import hashlib

import pytest

from crawler.config import CrawlConfig
from crawler.run import run_crawl
from crawler.sources import parse_sources
from portal_sim import start_simulator
from store.sqlite import Store

KEPT_BY_WORKER = "page captures kept by the worker that read the page"


@pytest.mark.parametrize("below", [0, 10**6])   # never / always in the worker
def test_pages_are_captured_whichever_process_keeps_the_bytes(tmp_path, below):
    sim = start_simulator(scale=1)
    try:
        cfg = CrawlConfig(store=tmp_path / "s.sqlite", crawl_workers=1, crawl_capture_in_worker_below=below)
        got = run_crawl(cfg, sources=parse_sources(sim.source_yaml()), ocr=False)
    finally:
        sim.stop()
    assert got.new > 0 and set(got.errors) <= {"no_text"}   # no_text: the scanned PDF, OCR off here
    store = Store(cfg.store)
    rows = store.conn.execute("SELECT url, kind, path, sha256, size FROM snapshots").fetchall()
    pages = [r for r in rows if r["kind"] not in ("file", "robots", "sitemap", "feed", "postback")]
    assert pages
    for r in rows:
        body = gzip.decompress((cfg.snapshot_root() / r["path"]).read_bytes())
        assert hashlib.sha256(body).hexdigest() == r["sha256"] and len(body) == r["size"]
    in_worker = got.misc.get(KEPT_BY_WORKER, 0)
    assert in_worker == (0 if below == 0 else len(pages))
    # every stored document has its page's capture tied to it
    orphans = store.conn.execute("SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM snapshots s "
                                 "WHERE s.document_id = d.id AND s.kind = 'article')").fetchone()[0]
    assert orphans == 0
