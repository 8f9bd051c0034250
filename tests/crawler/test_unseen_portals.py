"""Recall on portal shapes the crawler was not written against (portal_sim/unseen.py): every shape
is given to the crawler as a base URL and nothing else, as a user adds a portal, and crawled once.

`python -m tests.crawler.test_unseen_portals` prints the per-shape table of docs/crawler.md
("Held-out portal shapes")."""
from __future__ import annotations

import sys
import time
import unicodedata
from pathlib import Path

import pytest

from crawler.run import run_crawl
from crawler.sources import parse_sources
from parwatch.settings import Settings
from portal_sim.unseen import all_shapes, start_unseen
from store.sqlite import Store


def _nfc(s: str | None) -> str:
    return unicodedata.normalize("NFC", s or "")


def crawl_all(tmp: Path, only: tuple[str, ...] = (), wave: int = 1) -> tuple[dict, object]:
    """One crawl of every shape (or of the variations named); per shape (variation, variant) -> its
    measured recall."""
    portals = {(v.name, k): start_unseen(v, k, code=10 + i) for i, (v, k) in enumerate(all_shapes(wave))
               if not only or v.name in only}
    try:
        yaml = "sources:\n" + "".join(p.source_yaml(f"unseen-{n}-{k}").split("sources:\n", 1)[1]
                                      for (n, k), p in portals.items())
        st = Settings(store=tmp / "unseen.sqlite", download_timeout=10)
        summary = run_crawl(st, sources=parse_sources(yaml), ocr=False)
        store = Store(st.store)
        return {key: measure(p, store, f"unseen-{key[0]}-{key[1]}") for key, p in portals.items()}, summary
    finally:
        for p in portals.values():
            p.stop()


def measure(portal, store: Store, source_id: str) -> dict:
    want = portal.expected()
    rows = store.conn.execute("SELECT id, title, published_date FROM documents WHERE source_id=?", (source_id,)).fetchall()
    got = {_nfc(t): day for _, t, day in rows}
    found = [t for t in want["articles"] if t in got]
    texts = [_nfc(r[0]) for r in store.conn.execute(
        "SELECT a.text FROM attachments a JOIN documents d ON d.id=a.document_id WHERE d.source_id=?", (source_id,))]
    files = [n for n in want["files"] if any(n in t for t in texts)]
    return {"articles": len(want["articles"]), "found": len(found),
            "dates": sum(got[t] == want["articles"][t] for t in found),
            "files": len(want["files"]), "fetched": len(files), "stored": len(rows), "requests": len(portal.log),
            "missing": sorted(set(want["articles"]) - set(found))[:3],
            "wrong_dates": [(t, got[t], want["articles"][t]) for t in found if got[t] != want["articles"][t]][:2],
            "missing_files": sorted(set(want["files"]) - set(files))[:3]}


@pytest.fixture(scope="module")
def unseen(tmp_path_factory):
    return crawl_all(tmp_path_factory.mktemp("unseen"))


def test_every_reform_article_of_every_shape_is_found_with_its_posting_day(unseen):
    results, summary = unseen
    assert summary.exit_code == 0
    short = {k: (r["found"], r["articles"], r["missing"]) for k, r in results.items() if r["found"] < r["articles"]}
    assert not short, short
    wrong = {k: r["wrong_dates"] for k, r in results.items() if r["dates"] < r["found"]}
    assert not wrong, wrong


def test_every_document_only_inside_a_file_is_read(unseen):
    """Numbers written only in a PDF/DOCX: read whether the file is linked by an icon, a script
    handler, an iframe or viewer, a detail page, a redirect or a <base href>-relative URL."""
    results, _ = unseen
    short = {k: (r["fetched"], r["files"], r["missing_files"]) for k, r in results.items() if r["fetched"] < r["files"]}
    assert not short, short


def test_shapes_add_no_duplicate_documents(unseen):
    """Detail pages may be documents of their own; nothing else is stored twice."""
    results, _ = unseen
    extra = {k: r["stored"] - r["articles"] for k, r in results.items() if k[0] != "detail" and r["stored"] != r["articles"]}
    assert not extra, extra


@pytest.fixture(scope="module")
def second_wave(tmp_path_factory):
    return crawl_all(tmp_path_factory.mktemp("unseen2"), wave=2)


def test_second_wave_articles_dates_and_files(second_wave):
    """Shapes written after the first fixes: entry pages that only redirect, table layouts, read-more
    items, mislabelled files, dates, session ids, 12-page archives (300 articles)."""
    results, summary = second_wave
    assert summary.exit_code == 0
    short = {k: (r["found"], r["articles"], r["missing"]) for k, r in results.items() if r["found"] < r["articles"]}
    assert not short, short
    assert all(r["dates"] == r["found"] for r in results.values())
    # ('types', 2): a link naming no file type whose answer is a file is still followed as a page (docs)
    short = {k: (r["fetched"], r["files"]) for k, r in results.items() if r["fetched"] < r["files"] and k != ("types", 2)}
    assert not short, short


def test_session_ids_in_urls_neither_duplicate_documents_nor_multiply_requests(second_wave):
    results, _ = second_wave
    for k in (("session", 0), ("session", 1)):
        r = results[k]
        assert r["stored"] == r["articles"], (k, r["stored"])
        assert r["requests"] <= results[("entry", 0)]["requests"] + 5, (k, r["requests"])


def table(results: dict) -> str:
    from portal_sim.unseen import SECOND_WAVE, VARIATIONS
    shapes = {(v.name, k): s for v in VARIATIONS + SECOND_WAVE for k, s in enumerate(v.shapes)}
    lines = ["| variation | shape | documents found | dates right | attachments read | stored / requests |",
             "|---|---|---|---|---|---|"]
    for (name, k), r in results.items():
        files = f"{r['fetched']}/{r['files']}" if r["files"] else "-"
        shape = shapes[(name, k)].replace("|", r"\|")
        lines.append(f"| {name} {k} | {shape} | {r['found']}/{r['articles']} | {r['dates']}/{r['found']} | {files} | {r['stored']} / {r['requests']} |")
    tot = {x: sum(r[x] for r in results.values()) for x in ("found", "articles", "dates", "fetched", "files")}
    lines.append(f"| **all** | {len(results)} shapes | **{tot['found']}/{tot['articles']}** | **{tot['dates']}/{tot['found']}** "
                 f"| **{tot['fetched']}/{tot['files']}** | |")
    return "\n".join(lines)


if __name__ == "__main__":
    import os
    import resource
    import shutil
    import tempfile
    t0, c0 = time.monotonic(), time.process_time()
    with tempfile.TemporaryDirectory() as d:
        wave = int(os.environ.get("WAVE", "1"))
        res, summary = crawl_all(Path(d), tuple(sys.argv[1:]), wave)
        if os.environ.get("KEEP"):
            import sqlite3
            sqlite3.connect(Path(d) / "unseen.sqlite").backup(sqlite3.connect(os.environ["KEEP"]))
    ch = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(table(res))
    for key, r in res.items():
        if r["missing"] or r["wrong_dates"] or r["missing_files"]:
            print(key, "stored", r["stored"], "missing", r["missing"], "dates", r["wrong_dates"], "files", r["missing_files"], file=sys.stderr)
    print(f"wall {time.monotonic() - t0:.1f} s, CPU parent {time.process_time() - c0:.1f} s + crawl child "
          f"{ch.ru_utime + ch.ru_stime:.1f} s; pages {summary.pages}", file=sys.stderr)
