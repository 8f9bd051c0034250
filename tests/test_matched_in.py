"""Search hits say where they matched: title, page text, or which attachment by file name."""
from __future__ import annotations

import json
from datetime import datetime, timezone

from typer.testing import CliRunner

from store.fts import SqliteSearch
from store.ingest import sync_index
from store.matched import annotate, file_label, matched_in
from store.models import AttachmentIn, DocumentIn, SearchQuery
from store.sqlite import Store


def test_file_label_from_path_query_or_script():
    assert file_label("http://x/wp-content/uploads/2024/03/ke-hoach-12.pdf") == "ke-hoach-12.pdf"
    assert file_label("http://x/sites/default/files/Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh.docx") == "Quyết định.docx"
    assert file_label("http://x/Download.aspx?file=bao-cao.xlsx&id=3") == "bao-cao.xlsx"
    assert file_label("http://x/DesktopModules/News/DownloadFile.aspx?id=7") == "DownloadFile.aspx?id=7"


def test_matched_in_names_the_parts():
    atts = [("http://x/a/phu-luc.docx", "Bảng số liệu hồ sơ trực tuyến"), ("http://x/b/qd.pdf", "Số: 12/QĐ-UBND")]
    assert matched_in("Kế hoạch cải cách", "Nội dung cải cách hành chính", atts, ["cai", "cach"]) == ["title", "page text"]
    assert matched_in("Kế hoạch", "Nội dung", atts, ["ho", "so", "truc", "tuyen"]) == ["attachment: phu-luc.docx"]
    assert matched_in("Kế hoạch", "Nội dung", atts, ["12", "qd", "ubnd"]) == ["attachment: qd.pdf"]
    assert matched_in("t", "x", atts, []) == []


def _store(tmp_path) -> Store:
    store = Store(tmp_path / "s.sqlite")
    store.upsert_document(DocumentIn(
        url="http://portal/a/1", title="Ban hành văn bản về dịch vụ công", text="Toàn văn xem tệp đính kèm.",
        fetched_at=datetime.now(timezone.utc), attachments=[
            AttachmentIn(url="http://portal/DesktopModules/News/DownloadFile.aspx?id=9", text="Số: 4521/QĐ-UBND"),
            AttachmentIn(url="http://portal/files/phu-luc-7.docx", text="Phụ lục tiếp nhận hồ sơ")]))
    sync_index(store, SqliteSearch(store))
    return store


def test_search_hit_says_which_attachment(tmp_path):
    store = _store(tmp_path)
    res = annotate(SqliteSearch(store).search(SearchQuery(q='"4521/QĐ-UBND"')), store, '"4521/QĐ-UBND"')
    assert res.total == 1 and res.hits[0].matched_in == ["attachment: DownloadFile.aspx?id=9"]
    res = annotate(SqliteSearch(store).search(SearchQuery(q="dịch vụ công")), store, "dịch vụ công")
    assert res.hits[0].matched_in == ["title"]


def test_cli_search_json_carries_matched_in(tmp_path, monkeypatch):
    from parwatch.cli import app
    _store(tmp_path)
    monkeypatch.setenv("PARWATCH_STORE", str(tmp_path / "s.sqlite"))
    monkeypatch.setenv("PARWATCH_SEARCH", "sqlite")        # the backend _store indexed into
    r = CliRunner().invoke(app, ["search", "phụ lục tiếp nhận", "--json"])
    assert r.exit_code == 0, r.output
    hit = json.loads(r.output)["hits"][0]
    assert hit["matched_in"] == ["attachment: phu-luc-7.docx"]


def test_api_search_hits_carry_matched_in(tmp_path):
    from fastapi.testclient import TestClient

    from parwatch.settings import load_settings
    from search_api.app import create_app
    _store(tmp_path)
    with TestClient(create_app(load_settings(store=tmp_path / "s.sqlite", search="sqlite"))) as c:
        r = c.get("/search", params={"q": '"4521/QĐ-UBND"'})
    assert r.status_code == 200
    assert r.json()["hits"][0]["matched_in"] == ["attachment: DownloadFile.aspx?id=9"]


def test_search_filters_on_the_crawlers_relevance_score(tmp_path):
    from store.crawl_records import set_relevance
    store = _store(tmp_path)
    doc_id = store.document_ids()[0]
    search = SqliteSearch(store)
    set_relevance(store, doc_id, 0.1, ["document number: 4521/QĐ-UBND"])
    assert search.search(SearchQuery(q="", min_relevance=0.25)).total == 0
    set_relevance(store, doc_id, 0.85, ["title: dich vu cong"])
    assert search.search(SearchQuery(q="", min_relevance=0.25)).total == 1
    assert store.index_doc(doc_id).relevance == 0.85
