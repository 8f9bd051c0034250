"""Snapshot records are written in the document's transaction: a crawl killed with SIGKILL leaves
every committed document with the record of its captured page and files (nothing was buffered)."""
from __future__ import annotations

import gzip
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from crawler.sources import parse_sources
from portal_sim import start_simulator
from parwatch.settings import Settings
from store.captures import write_warc
from store.sqlite import Store

REPO = Path(__file__).resolve().parents[2]


def _crawl_then_kill(st: Settings, src, documents: int, with_files: set[str]) -> None:
    """Kill the crawl once `documents` are stored, one of them a page in `with_files` (a page
    with attachments: which documents come first depends on the machine's speed)."""
    payload = json.dumps({"settings": json.loads(st.model_dump_json()), "ocr": False,
                          "sources": [s.model_dump(mode="json") for s in src]})
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "crawler.settings"}
    p = subprocess.Popen([sys.executable, "-m", "crawler.run", "--child"], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=REPO, env=env,
                         start_new_session=True)
    p.stdin.write(payload.encode())
    p.stdin.close()
    stored, filed, deadline = 0, False, time.monotonic() + 90
    for line in p.stdout:
        ev = json.loads(line)
        if ev.get("event") == "document":
            stored += 1
            filed = filed or ev.get("url") in with_files
        if (stored >= documents and filed) or time.monotonic() > deadline:
            break
    os.killpg(p.pid, signal.SIGKILL)
    p.wait()
    p.stdout.close()


def test_kill_9_loses_no_snapshot_record_of_a_committed_document(tmp_path):
    sim = start_simulator(scale=3)
    try:
        st = Settings(store=tmp_path / "s.sqlite", download_timeout=5)
        with_files = {sim.article_url(a) for a in sim.reform_articles() if a.files}
        _crawl_then_kill(st, parse_sources(sim.source_yaml()), documents=40, with_files=with_files)
        store = Store(st.store)
        docs = store.conn.execute("SELECT id, url, raw_sha256 FROM documents").fetchall()
        assert 0 < len(docs) < len(sim.reform_articles())
        for d in docs:
            page = store.conn.execute("SELECT * FROM snapshots WHERE document_id=? AND kind='article'",
                                      (d["id"],)).fetchall()
            assert page, f"document {d['id']} committed without its page snapshot"
            assert page[0]["sha256"] == d["raw_sha256"]
            raw = gzip.decompress((st.snapshot_root() / page[0]["path"]).read_bytes())
            assert hashlib.sha256(raw).hexdigest() == d["raw_sha256"]
            files = {r["sha256"] for r in store.conn.execute(
                "SELECT sha256 FROM snapshots WHERE document_id=? AND kind='file'", (d["id"],))}
            wanted = {r["sha256"] for r in store.conn.execute(
                "SELECT sha256 FROM attachments WHERE document_id=? AND sha256 IS NOT NULL", (d["id"],))}
            assert wanted <= files, f"document {d['id']}: attachment snapshots missing"
        assert store.conn.execute("SELECT count(*) FROM snapshots WHERE kind='file'").fetchone()[0] > 0
        # the crawl's own captures export to a WARC that warcio reads back, digests checked
        out = tmp_path / "all.warc.gz"
        with open(out, "wb") as f:
            written = write_warc(f, store, st.snapshot_root(), [d["id"] for d in docs], description="test")
        kept = {r[0] for r in store.conn.execute("SELECT sha256 FROM snapshots WHERE document_id IS NOT NULL")}
        with open(out, "rb") as f:
            got = [hashlib.sha256(rec.content_stream().read()).hexdigest()
                   for rec in ArchiveIterator(f, check_digests="raise") if rec.rec_type == "response"]
        assert len(got) == written >= len(docs) and set(got) <= kept
    finally:
        sim.stop()
