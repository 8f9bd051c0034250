"""Portals of CMS families the crawler was not written against (portal_sim: Joomla 3/4, WordPress
pretty/plain permalinks, Drupal 7/9, DotNetNuke with postback or path paging), each given to the
crawler as a base URL and nothing else. The simulator knows every document number it published,
in page text and only inside attachments (text PDFs, DOCX, scanned PDFs, extension-less downloads)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from crawler.run import run_crawl
from crawler.sources import parse_sources
from parwatch.settings import Settings
from portal_sim.dnn import DotNetNuke
from portal_sim.drupal import Drupal
from portal_sim.generic import start_portal
from portal_sim.joomla import Joomla
from portal_sim.wordpress import WordPress
from store.factory import StoreConfig, open_backend
from store.models import SearchQuery
from store.sqlite import Store

REPO = Path(__file__).resolve().parents[2]
FAMILIES = [(Joomla, 0), (Joomla, 1), (WordPress, 0), (WordPress, 1), (Drupal, 0), (Drupal, 1),
            (DotNetNuke, 0), (DotNetNuke, 1)]


def _nfc(s: str | None) -> str:
    return unicodedata.normalize("NFC", s or "")


@pytest.fixture(scope="module", params=FAMILIES, ids=[f"{f.name}{v}" for f, v in FAMILIES])
def family(request, tmp_path_factory):
    fam, variant = request.param
    portal = start_portal(fam, variant=variant, n=40, scans=1)
    d = tmp_path_factory.mktemp(f"{fam.name}{variant}")
    st = Settings(store=d / "s.sqlite", download_timeout=10)
    summary = run_crawl(st, sources=parse_sources(portal.source_yaml()))
    yield portal, Store(st.store), summary
    portal.stop()


def test_recall_of_document_numbers_from_the_base_url_alone(family):
    portal, store, summary = family
    assert summary.exit_code == 0
    truth = portal.ground_truth()
    search = open_backend(StoreConfig(store=store.path), store)      # the default backend the crawl indexed into
    found = {n for n in truth if search.search(SearchQuery(q=f'"{n}"')).total >= 1}
    missing = {n: where for n, where in truth.items() if n not in found}
    assert len(found) / len(truth) >= 0.99, missing
    # numbers that exist only inside a scanned PDF or an extension-less download are among them
    assert any(f.kind == "scan" for d in portal.docs for f in d.files)
    assert {f.numbers[0] for d in portal.docs for f in d.files if f.kind in ("scan", "blob")} <= found


def test_no_duplicates_from_print_canonical_or_slug_variants(family):
    portal, store, summary = family
    titles = [r[0] for r in store.conn.execute("SELECT title FROM documents")]
    assert len(titles) == len(set(titles)) == len(portal.reform_docs())
    assert {_nfc(t) for t in titles} == {d.title for d in portal.reform_docs()}


def test_posting_date_is_the_articles_own_not_a_side_list_date(family):
    portal, store, _ = family
    want = {d.title: d.posted.date().isoformat() for d in portal.docs}
    got = {_nfc(t): day for t, day in store.conn.execute("SELECT title, published_date FROM documents")}
    assert got == {t: want[t] for t in got}


def test_relevance_score_and_reasons_are_stored(family):
    _, store, _ = family
    rows = store.conn.execute("SELECT relevance, relevance_reasons FROM documents").fetchall()
    assert rows and all(r[0] is not None and r[0] > 0 and json.loads(r[1]) for r in rows)


def test_extension_less_downloads_keep_the_file_name_the_server_gave(family):
    """`…?download=27:slug`, `DownloadFile.aspx?id=…`: the URL names no file, the server's
    Content-Disposition does; search hits (`matched_in`) and the document page name it so."""
    from search_api.pages.labels import attachment_name
    from store.matched import annotate

    portal, store, _ = family
    blobs = {f.numbers[0]: f.name for d in portal.docs for f in d.files if f.kind == "blob"}
    assert blobs
    kept = {r[0]: r[1] for r in store.conn.execute("SELECT url, filename FROM attachments WHERE filename IS NOT NULL")}
    assert set(blobs.values()) <= set(kept.values())
    search = open_backend(StoreConfig(store=store.path), store)
    for number, name in blobs.items():
        hits = annotate(search.search(SearchQuery(q=f'"{number}"')), store, f'"{number}"').hits
        assert any(f"attachment: {name}" in h.matched_in for h in hits), (number, [h.matched_in for h in hits])
        url = next(u for u, n in kept.items() if n == name)
        doc_id = store.conn.execute("SELECT document_id FROM attachments WHERE url=?", (url,)).fetchone()[0]
        assert name in [attachment_name(a) for a in store.get_document(doc_id)["attachments"]]


def test_transient_500s_were_retried_and_nothing_failed(family):
    portal, _, summary = family
    assert any(k.startswith("retried (HTTP 500)") for k in summary.misc)
    assert not summary.errors, summary.error_samples


# -- never lose a found document ------------------------------------------------------------------
def _child(st: Settings, src) -> subprocess.Popen:
    payload = json.dumps({"settings": json.loads(st.model_dump_json()), "ocr": True,
                          "sources": [s.model_dump(mode="json") for s in src]})
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "crawler.settings"}
    p = subprocess.Popen([sys.executable, "-m", "crawler.run", "--child"], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=REPO, env=env, start_new_session=True)
    p.stdin.write(payload.encode())
    p.stdin.close()
    return p


def _kill_when(p: subprocess.Popen, done) -> None:
    """Read the child's events until done(events) holds, then kill -9 its whole process group."""
    events: list[dict] = []
    deadline = time.monotonic() + 90
    for line in p.stdout:
        try:
            events.append(json.loads(line))
        except ValueError:
            continue
        if done(events) or time.monotonic() > deadline:
            break
    os.killpg(p.pid, signal.SIGKILL)
    p.wait()


def _content(store: Store) -> list[tuple]:
    docs = []
    for doc_id, title, text in store.conn.execute("SELECT id, title, text FROM documents"):
        atts = sorted(_nfc(r[0]) for r in store.conn.execute("SELECT text FROM attachments WHERE document_id=?", (doc_id,)))
        docs.append((_nfc(title), _nfc(text), tuple(atts)))
    return sorted(docs)


def test_kill_9_at_three_points_then_rerun_equals_an_uninterrupted_crawl(tmp_path):
    portal = start_portal(Joomla, variant=0, n=60, scans=1)     # no canonical links: variants collapse by content
    try:
        src = parse_sources(portal.source_yaml())
        ref = Settings(store=tmp_path / "ref.sqlite", download_timeout=10)
        assert run_crawl(ref, sources=src).exit_code == 0
        want = _content(Store(ref.store))

        st = Settings(store=tmp_path / "killed.sqlite", download_timeout=10)
        docs = lambda evs: sum(e.get("event") == "document" for e in evs)    # noqa: E731
        # 1) while discovering (pages fetched, nothing stored yet), 2) after a few documents,
        # 3) in the middle of the attachments (a document waiting for its files)
        _kill_when(_child(st, src), lambda evs: any(e.get("event") == "progress" and e.get("pages", 0) >= 3 for e in evs))
        _kill_when(_child(st, src), lambda evs: docs(evs) >= 4)
        _kill_when(_child(st, src), lambda evs: docs(evs) >= 8)
        store = Store(st.store)
        assert 0 < store.count_documents() < len(want)
        final = run_crawl(st, sources=src)
        assert final.resumed and final.exit_code == 0
        got = _content(store)
        assert len(got) == len(set(got)) == len(want)           # 0 duplicated
        assert got == want                                      # 0 lost, same texts and attachments
    finally:
        portal.stop()


def test_recrawl_costs_little_and_finds_the_edited_article(tmp_path):
    portal = start_portal(WordPress, variant=0, n=60, scans=0)
    try:
        src = parse_sources(portal.source_yaml())
        st = Settings(store=tmp_path / "s.sqlite", download_timeout=10)
        first = run_crawl(st, sources=src, ocr=False)
        again = run_crawl(st, sources=src, ocr=False)
        assert again.new == 0 and again.changed == 0 and again.unchanged == first.new
        assert again.bytes <= 0.10 * first.bytes, (again.bytes, first.bytes)
        # an article far down the listings (not on any first page) is edited between crawls
        old = portal.reform_docs()[-3]
        url = portal.edit(old.id, "Bổ sung: tỷ lệ hồ sơ trực tuyến toàn trình năm 2026 đạt 85%.")
        third = run_crawl(st, sources=src, ocr=False)
        assert third.changed == 1 and third.new == 0
        store = Store(st.store)
        doc = store.get_document(store.document_id_for_url(url))
        assert doc["version"] == 2 and "85%" in doc["text"]
    finally:
        portal.stop()


def test_a_page_that_keeps_failing_is_kept_and_tried_first_next_run(tmp_path):
    portal = start_portal(Drupal, variant=1, n=20, scans=0, faults=False)
    try:
        d = portal.reform_docs()[2]
        path = portal.fam.article(d)
        portal.faults = True
        portal.fail_left = {path: 4}          # 1 try + 3 retries: all 500
        src = parse_sources(portal.source_yaml())
        st = Settings(store=tmp_path / "s.sqlite", download_timeout=10)
        first = run_crawl(st, sources=src, ocr=False)
        assert first.errors.get("http_5xx") == 1
        store = Store(st.store)
        assert store.document_id_for_url(portal.url(path)) is None
        assert store.conn.execute("SELECT state FROM crawl_frontier WHERE url=?", (portal.url(path),)).fetchone()[0] == "failed"
        portal.log.clear()
        second = run_crawl(st, sources=src, ocr=False)
        assert second.new == 1 and not second.errors
        assert store.document_id_for_url(portal.url(path))
        pages = [p for m, p, status, _ in portal.log if p not in ("/robots.txt",)]
        assert path in pages[:2]               # first in line (two requests run at once per portal)
    finally:
        portal.stop()
