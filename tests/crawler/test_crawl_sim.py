"""The real spider against the simulator (Liferay, SharePoint postback paging, NukeViet feeds/sitemaps)."""
from __future__ import annotations

import gzip
import hashlib

from store.crawl_records import snapshots_for
from store.fts import SqliteSearch
from store.models import SearchQuery


def stored_urls(store) -> set[str]:
    return {r[0] for r in store.conn.execute("SELECT url FROM documents")}


def test_every_reform_article_found(sim, first_crawl, store):
    summary, _ = first_crawl
    want = {sim.article_url(a) for a in sim.reform_articles()}
    got = stored_urls(store)
    assert want <= got, sorted(want - got)
    assert summary.new == len(want)
    assert summary.exit_code == 0 and not summary.errors


def test_off_topic_not_stored(sim, first_crawl, store):
    summary, _ = first_crawl
    off = {sim.article_url(a) for a in sim.offtopic_articles()}
    assert not (off & stored_urls(store))
    assert summary.documents.get("offtopic", 0) >= 3      # some were fetched and rejected, not just skipped
    assert store.count_documents() == len(sim.reform_articles())


def test_furniture_stripped(store):
    for (text,) in store.conn.execute("SELECT text FROM documents"):
        for junk in ("Tổng lượt truy cập", "Đang truy cập", "Độ mặn", "Slideshow Image", "Liên kết website",
                     "Giấy phép số", "Tin liên quan"):
            assert junk not in text


def test_posting_dates_and_titles(sim, store):
    a = next(a for a in sim.reform_articles() if a.title.startswith("Bạc Liêu triển khai xác định"))
    doc = store.get_document(store.document_id_for_url(sim.article_url(a)))
    assert doc["published_date"] == "2021-01-15"
    assert doc["title"] == a.title
    assert "Kế hoạch triển khai xác định chỉ số cải cách hành chính năm 2020" in doc["text"]


def test_attachment_text_and_methods(store):
    methods = {r[0] for r in store.conn.execute("SELECT DISTINCT text_method FROM attachments")}
    assert {"pdf-text", "ocr", "antiword", "docx", "docx+tcvn3", "html/windows-1258", "xlsx"} <= methods
    ocr = store.conn.execute("SELECT text FROM attachments WHERE text_method='ocr'").fetchone()[0]
    assert "cải cách hành chính" in ocr.lower()
    tcvn = store.conn.execute("SELECT text FROM attachments WHERE text_method='docx+tcvn3'").fetchone()[0]
    assert "thủ tục hành chính được cắt giảm" in tcvn


def test_attachment_text_searchable(store):
    search = SqliteSearch(store)
    from store.ingest import sync_index
    sync_index(store, search)
    # "12.345 hồ sơ" is only in the Word 97 attachment; "phiếu khảo sát điện tử" only in the PDF
    for q in ('"tiếp nhận 12.345 hồ sơ"', '"phiếu khảo sát điện tử"'):
        res = search.search(SearchQuery(q=q))
        assert res.total >= 1, q


def test_snapshots_are_evidence(sim, store, settings):
    url = sim.article_url(sim.reform_articles()[0])
    snaps = snapshots_for(store, url)
    assert snaps, url
    s = snaps[-1]
    raw = gzip.decompress((settings.snapshot_root() / s["path"]).read_bytes())
    assert hashlib.sha256(raw).hexdigest() == s["sha256"]
    assert s["headers"].get("Etag") or s["headers"].get("ETag")
    doc = store.get_document(store.document_id_for_url(url))
    assert doc["raw_sha256"] == s["sha256"] and doc["raw_path"] == s["path"]


def test_robots_and_postback(sim, first_crawl):
    paths = [(site, m, p) for site, m, p, *_ in sim.log]
    assert not any(p.startswith("/c/") for _, _, p in paths)            # Disallow: /c/ on the Liferay portal
    assert any(m == "POST" and "cai-cach-hanh-chinh.aspx" in p for _, m, p in paths)  # __doPostBack paging replayed
    assert any("_101_cur=2" in p for _, _, p in paths)                  # Liferay paging
    assert any("/page-2" in p for _, _, p in paths)                     # NukeViet paging
    assert any("/vi/news/rss/" in p for _, _, p in paths)


def test_progress_events(first_crawl):
    _, events = first_crawl
    kinds = {e["event"] for e in events}
    assert {"start", "progress", "document"} <= kinds


def test_summary_rows(first_crawl):
    summary, _ = first_crawl
    rows = dict(summary.rows())
    assert rows["documents new"] == str(summary.new)
    assert any(k.startswith("attachments: ocr") for k in rows)
