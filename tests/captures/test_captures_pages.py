"""Bản lưu pages and WARC export over real captures: bytes kept under their SHA-256 (as the crawler
keeps them), stored in the document's transaction, served back as captured, and a WARC that warcio
reads back with the original headers and digests that check."""
from __future__ import annotations

import hashlib
import io
from datetime import datetime, timezone

import pytest
from fastapi.testclient import TestClient
from warcio.archiveiterator import ArchiveIterator

from parwatch.settings import load_settings
from search_api.app import create_app
from store.captures import keep_bytes
from store.ingest import ingest
from store.models import AttachmentIn, DocumentIn, SnapshotIn

PAGE = ("<html><head><meta charset='utf-8'><title>Kế hoạch 252/KH-UBND</title>"
        "<script>document.title='chạy'</script></head><body><h1>Kế hoạch số 252/KH-UBND</h1>"
        "<p>Ủy ban nhân dân tỉnh Tiền Giang ban hành Kế hoạch cải cách hành chính năm 2018.</p></body></html>").encode()
PDF = b"%PDF-1.4\n% Tien Giang 252/KH-UBND\n" + bytes(range(256)) * 4 + b"\n%%EOF\n"
PAGE_URL = "https://tiengiang.gov.vn/tin-tuc/ke-hoach-252"
FILE_URL = "https://tiengiang.gov.vn/uploads/252-KH-UBND.pdf"


def _snap(root, url, kind, body, headers, at):
    sha, rel = keep_bytes(root, body)
    return SnapshotIn(url=url, source_id="tiengiang", kind=kind, sha256=sha, size=len(body), path=rel,
                      headers=headers, fetched_at=at)


@pytest.fixture
def app_and_doc(store):
    settings = load_settings(store=store.path)
    root = settings.snapshot_root()
    page = _snap(root, PAGE_URL, "article", PAGE, {"Content-Type": ["text/html; charset=utf-8"],
                 "Last-Modified": ["Wed, 19 Sep 2018 08:00:00 GMT"], "Content-Encoding": ["gzip"]},
                 "2024-06-01T03:04:05+00:00")
    pdf = _snap(root, FILE_URL, "file", PDF, {"Content-Type": ["application/pdf"], "ETag": ['"abc"']},
                "2024-06-01T03:04:06+00:00")
    doc = DocumentIn(url=PAGE_URL, source_id="tiengiang", title="Kế hoạch 252/KH-UBND",
                     text="Ủy ban nhân dân tỉnh Tiền Giang ban hành Kế hoạch cải cách hành chính năm 2018.",
                     fetched_at=datetime(2024, 6, 1, 3, 4, 5, tzinfo=timezone.utc), raw_sha256=page.sha256,
                     raw_path=page.path, facts={"province": "Tiền Giang", "primary": "252/KH-UBND",
                                                "doc_refs": [{"number": "252/KH-UBND", "date": "2018-09-19"}]},
                     attachments=[AttachmentIn(url=FILE_URL, media_type="application/pdf", size=len(PDF),
                                               sha256=pdf.sha256, text="Kế hoạch 252")],
                     snapshots=[page, pdf])
    doc_id = ingest(store, doc).id
    with TestClient(create_app(settings)) as client:
        yield client, doc_id, page, pdf


def test_ban_luu_page_lists_captures_with_time_headers_and_hash(app_and_doc):
    client, doc_id, page, pdf = app_and_doc
    r = client.get(f"/ban-luu/{doc_id}")
    assert r.status_code == 200
    for s in (page.sha256, pdf.sha256, "2024-06-01T03:04:05+00:00", "Wed, 19 Sep 2018 08:00:00 GMT", '"abc"'):
        assert s in r.text.replace("&#34;", '"')
    assert f'href="/ban-luu/{doc_id}/tep/1"' in r.text and f'href="/ban-luu/{doc_id}.warc.gz"' in r.text
    assert f'href="/ban-luu/{doc_id}"' in client.get(f"/van-ban/{doc_id}").text


def test_originals_are_served_as_captured_in_a_sandbox(app_and_doc):
    client, doc_id, page, pdf = app_and_doc
    r = client.get(f"/ban-luu/{doc_id}/trang")
    assert r.status_code == 200 and r.content == PAGE
    assert r.headers["content-type"].startswith("text/html")
    assert r.headers["content-security-policy"].startswith("sandbox")          # its script does not run here
    assert r.headers["x-parwatch-sha256"] == hashlib.sha256(PAGE).hexdigest()
    assert r.headers["x-parwatch-captured-at"] == "2024-06-01T03:04:05+00:00"
    f = client.get(f"/ban-luu/{doc_id}/tep/1")
    assert f.status_code == 200 and f.content == PDF and f.headers["content-type"] == "application/pdf"
    assert "attachment" in f.headers["content-disposition"]
    assert client.get(f"/ban-luu/{doc_id}/tep/2").status_code == 404
    assert client.get("/ban-luu/99999").status_code == 404
    assert client.get("/ban-luu/abc").status_code == 404


def test_a_damaged_capture_is_refused_not_served(app_and_doc, store):
    client, doc_id, page, _ = app_and_doc
    path = load_settings(store=store.path).snapshot_root() / page.path
    import gzip
    path.write_bytes(gzip.compress(PAGE.replace(b"2018", b"2019")))
    r = client.get(f"/ban-luu/{doc_id}/trang")
    assert r.status_code == 410 and "SHA-256" in r.text


def test_warc_of_a_document_round_trips_through_warcio(app_and_doc):
    client, doc_id, page, pdf = app_and_doc
    r = client.get(f"/ban-luu/{doc_id}.warc.gz")
    assert r.status_code == 200 and r.headers["content-type"] == "application/warc"
    responses, metadata, types = {}, [], []
    for rec in ArchiveIterator(io.BytesIO(r.content), check_digests="raise"):
        types.append(rec.rec_type)
        if rec.rec_type == "response":
            body = rec.content_stream().read()
            responses[rec.rec_headers.get_header("WARC-Target-URI")] = (rec, body)
        elif rec.rec_type == "metadata":
            metadata.append(rec.content_stream().read())
    assert types[0] == "warcinfo" and len(metadata) == 2
    rec, body = responses[PAGE_URL]
    assert body == PAGE and hashlib.sha256(body).hexdigest() == page.sha256
    assert rec.http_headers.get_header("Last-Modified") == "Wed, 19 Sep 2018 08:00:00 GMT"
    assert rec.http_headers.get_header("X-Archive-Orig-Content-Encoding") == "gzip"   # body kept decoded
    assert rec.rec_headers.get_header("WARC-Date") == "2024-06-01T03:04:05Z"
    assert rec.rec_headers.get_header("WARC-Payload-Digest").startswith("sha256:")
    rec, body = responses[FILE_URL]
    assert hashlib.sha256(body).hexdigest() == pdf.sha256 and rec.http_headers.get_header("ETag") == '"abc"'


def test_warc_of_a_province_year_dossier(app_and_doc):
    client, doc_id, page, _ = app_and_doc
    r = client.get("/minh-chung/ban-luu.warc.gz", params={"province": "Tiền Giang", "year": "2018"})
    assert r.status_code == 200
    uris = [rec.rec_headers.get_header("WARC-Target-URI") for rec in ArchiveIterator(io.BytesIO(r.content))
            if rec.rec_type == "response"]
    assert uris == [PAGE_URL, FILE_URL]
    assert client.get("/minh-chung/ban-luu.warc.gz", params={"province": "Atlantis", "year": "2018"}).status_code == 400
    assert client.get("/minh-chung/ban-luu.warc.gz", params={"province": "Tiền Giang"}).status_code == 400


def test_captures_as_json(app_and_doc):
    client, doc_id, page, pdf = app_and_doc
    j = client.get(f"/documents/{doc_id}/captures").json()
    assert j["page"]["sha256"] == page.sha256 and j["page"]["href"] == f"/ban-luu/{doc_id}/trang"
    assert j["files"][0]["capture"]["headers"]["ETag"] == ['"abc"'] and j["warc"].endswith(".warc.gz")
    assert client.get(f"/documents/{doc_id}").json()["seen_at"][0]["url"] == PAGE_URL
    assert client.get("/documents/424242/captures").status_code == 404
