"""Faults, recrawls (conditional GET, changed articles), SIGKILL and resume, source health."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crawler.health import source_status
from crawler.run import run_crawl
from crawler.sources import parse_sources
from portal_sim import start_simulator
from parwatch.settings import Settings
from store.sqlite import Store

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def fsim():
    s = start_simulator(faults=True, fault_delay=4)
    yield s
    s.stop()


@pytest.fixture(scope="module")
def fcrawl(fsim, tmp_path_factory):
    d = tmp_path_factory.mktemp("faults")
    st = Settings(store=d / "s.sqlite", download_timeout=2, max_file_bytes=5 * 1024 * 1024)
    summary = run_crawl(st, sources=parse_sources(fsim.source_yaml()))
    return st, summary


def test_faults_counted_and_crawl_goes_on(fsim, fcrawl):
    st, s = fcrawl
    for kind in ("timeout", "http_5xx", "redirect_loop", "http_404", "too_large", "zip_bomb", "corrupt_file", "botwall"):
        assert s.errors.get(kind), (kind, s.errors)
        assert any(e["kind"] == kind and e["url"].startswith("http") for e in s.error_samples)
    assert "sim-unreachable" in s.unreachable
    assert any("sim-unreachable" in line for line in s.unreachable_lines())
    store = Store(st.store)
    urls = {r[0] for r in store.conn.execute("SELECT url FROM documents")}
    # the healthy portals are complete despite the faulty one
    assert {fsim.article_url(a) for a in fsim.reform_articles()} <= urls
    # malformed HTML and mislabelled charset still give proper documents
    for aid in (905, 906):
        doc = store.get_document(store.document_id_for_url(fsim.article_url(aid)))
        assert "Chỉ số cải cách hành chính" in doc["text"], doc["text"][:200]
    # a document whose attachments failed is stored, with the error recorded
    for aid, frag in ((904, "HTTP 404"), (908, "zip bomb"), (909, "corrupt PDF"), (907, "larger than the size limit")):
        doc = store.get_document(store.document_id_for_url(fsim.article_url(aid)))
        assert doc and doc["attachments"][0]["error"] and frag in doc["attachments"][0]["error"], (aid, doc and doc["attachments"])


def test_health_flags(fcrawl):
    st, _ = fcrawl
    status = {r["source_id"]: r for r in source_status(Store(st.store))}
    assert "unreachable" in status["sim-unreachable"]["flags"]
    assert status["sim-tiengiang"]["flags"] == [] and status["sim-tiengiang"]["last_success_at"]
    assert status["sim-tiengiang"]["documents_last_run"] > 5


def test_recrawl_unchanged_then_changed(tmp_path):
    sim = start_simulator(scale=2)
    try:
        st = Settings(store=tmp_path / "s.sqlite", download_timeout=5)
        src = parse_sources(sim.source_yaml())
        first = run_crawl(st, sources=src, ocr=False)
        sim.reset_log()
        again = run_crawl(st, sources=src, ocr=False)
        assert again.new == 0 and again.changed == 0 and again.unchanged == first.new
        assert again.bytes <= 0.10 * first.bytes, (again.bytes, first.bytes)
        # no attachment or article body was sent again
        assert all(status == 304 or body == 0 or "/-/view_content/" not in path
                   for _, _, path, status, body in sim.log)
        assert again.files == 0
        # change one article, publish another
        a = sim.reform_articles()[0]
        url = sim.update(a.id, body=a.body + ["Bổ sung: chỉ tiêu dịch vụ công trực tuyến toàn trình năm 2025 đạt 80%."])
        new_url = sim.publish("quangtri", "Kế hoạch số 999/KH-UBND về cải cách hành chính năm 2026",
                              ["UBND tỉnh ban hành Kế hoạch số 999/KH-UBND về cải cách hành chính năm 2026."])
        third = run_crawl(st, sources=src, ocr=False)
        assert third.changed == 1 and third.new == 1
        store = Store(st.store)
        doc = store.get_document(store.document_id_for_url(url))
        assert doc["version"] == 2 and len(doc["versions"]) == 1 and "80%" in doc["text"]
        assert store.document_id_for_url(new_url)
    finally:
        sim.stop()


def test_sigkill_and_resume(tmp_path):
    sim = start_simulator(scale=3)
    try:
        st = Settings(store=tmp_path / "s.sqlite", download_timeout=5)
        src = parse_sources(sim.source_yaml())
        payload = json.dumps({"settings": json.loads(st.model_dump_json()), "ocr": False,
                              "sources": [s.model_dump(mode="json") for s in src]})
        env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "crawler.settings"}
        p = subprocess.Popen([sys.executable, "-m", "crawler.run", "--child"], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=REPO, env=env,
                             start_new_session=True)
        p.stdin.write(payload.encode())
        p.stdin.close()
        stored = 0
        deadline = time.monotonic() + 60
        for line in p.stdout:
            if json.loads(line).get("event") == "document":
                stored += 1
            if stored >= 15 or time.monotonic() > deadline:
                break
        os.killpg(p.pid, signal.SIGKILL)      # the whole crawl tree, as kill -9 of its group would
        p.wait()
        store = Store(st.store)
        before = store.count_documents()
        assert 0 < before < len(sim.reform_articles())
        s = run_crawl(st, sources=src, ocr=False)
        assert s.resumed
        urls = [r[0] for r in store.conn.execute("SELECT url FROM documents")]
        assert len(urls) == len(set(urls)) == len(sim.reform_articles())
        assert set(urls) == {sim.article_url(a) for a in sim.reform_articles()}
        # every document with files has them all
        for a in sim.reform_articles():
            if a.files:
                doc = store.get_document(store.document_id_for_url(sim.article_url(a)))
                assert len(doc["attachments"]) == len(a.files), a.id
    finally:
        sim.stop()
