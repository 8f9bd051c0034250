"""Captured originals: the page and the files of a document exactly as fetched (gzip files under
the snapshot root, named by SHA-256, recorded in `snapshots`), and their WARC export (warcio), the
format web archives read."""
from __future__ import annotations

import base64
import gzip
import hashlib
import json
import os
import threading
from io import BytesIO
from pathlib import Path
from typing import BinaryIO, Iterable

from store.sqlite import Store


class CaptureError(RuntimeError):
    """A capture that is not on disk or whose bytes no longer match their SHA-256."""


def keep_bytes(root: Path, body: bytes) -> tuple[str, str]:
    """Store the bytes gzip-compressed under their SHA-256 -> (sha256, path relative to root).
    The file is complete (written aside, then renamed) before any record can name it."""
    sha = hashlib.sha256(body).hexdigest()
    rel = Path(sha[:2]) / sha[2:4] / f"{sha}.gz"
    path = Path(root) / rel
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
        tmp.write_bytes(gzip.compress(body, 6))
        tmp.replace(path)
    return sha, str(rel)


def document_captures(store: Store, doc_id: int) -> dict | None:
    """The latest capture of the document's page and of each attachment (None where none was
    kept), with capture time, HTTP headers and SHA-256; None when there is no such document."""
    doc = store.conn.execute("SELECT id, url, title, raw_sha256 FROM documents WHERE id=?", (doc_id,)).fetchone()
    if doc is None:
        return None
    page = _latest(store, doc_id, "article", doc["url"], doc["raw_sha256"])
    files = []
    for i, a in enumerate(store.conn.execute(
            "SELECT url, media_type, size, sha256 FROM attachments WHERE document_id=? ORDER BY id", (doc_id,))):
        files.append({"n": i + 1, "url": a["url"], "media_type": a["media_type"],
                      "capture": _latest(store, doc_id, "file", a["url"], a["sha256"])})
    return {"id": doc["id"], "url": doc["url"], "title": doc["title"], "page": page, "files": files}


def _latest(store: Store, doc_id: int, kind: str, url: str, sha256: str | None) -> dict | None:
    """The document's own record first; else (captures made before records were tied to
    documents) the latest capture of that URL with the stored SHA-256."""
    r = store.conn.execute("SELECT * FROM snapshots WHERE document_id=? AND kind=? AND url=? "
                           "ORDER BY fetched_at DESC, id DESC LIMIT 1", (doc_id, kind, url)).fetchone()
    if r is None and sha256:
        r = store.conn.execute("SELECT * FROM snapshots WHERE url=? AND sha256=? ORDER BY fetched_at DESC, id DESC "
                               "LIMIT 1", (url, sha256)).fetchone()
    return {**dict(r), "headers": json.loads(r["headers"])} if r else None


def read_capture(root: Path, capture: dict) -> bytes:
    """The captured bytes, checked against their SHA-256."""
    path = Path(root) / capture["path"]
    try:
        data = gzip.decompress(path.read_bytes())
    except (OSError, EOFError) as e:
        raise CaptureError(f"capture {capture['sha256'][:12]}… of {capture['url']} is not readable: {e}") from e
    if hashlib.sha256(data).hexdigest() != capture["sha256"]:
        raise CaptureError(f"capture of {capture['url']} does not match its SHA-256 {capture['sha256']}")
    return data


def header_value(capture: dict, name: str) -> str | None:
    for k, vs in (capture.get("headers") or {}).items():
        if k.lower() == name.lower() and vs:
            return vs[0] if isinstance(vs, list) else vs
    return None


# -- WARC ---------------------------------------------------------------------------------
# Headers that describe the transfer, not the payload we kept (Scrapy has already undone them):
# renamed so the record stays consistent and the original value stays visible.
_TRANSFER = {"content-encoding", "transfer-encoding", "content-length"}


def write_warc(out: BinaryIO, store: Store, root: Path, doc_ids: Iterable[int], *, description: str) -> int:
    """A gzip WARC of the documents' pages and files as captured: one warcinfo record, then per
    capture a `response` record (original headers, SHA-256 payload digest) and a `metadata`
    record (document, capture time, SHA-256) that refers to it. Returns the responses written."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    writer = WARCWriter(out, gzip=True, warc_version="1.1")
    writer.write_record(writer.create_warcinfo_record("parwatch.warc.gz", {
        "software": "parwatch", "format": "WARC File Format 1.1", "description": description}))
    written = 0
    for doc_id in doc_ids:
        caps = document_captures(store, doc_id)
        if caps is None:
            continue
        for cap in [caps["page"], *(f["capture"] for f in caps["files"])]:
            if cap is None:
                continue
            data = read_capture(root, cap)
            headers = []
            for k, vs in cap["headers"].items():
                for v in (vs if isinstance(vs, list) else [vs]):
                    headers.append((("X-Archive-Orig-" + k) if k.lower() in _TRANSFER else k, v))
            headers.append(("Content-Length", str(len(data))))
            http = StatusAndHeaders(f"{cap['status']} OK", headers, protocol="HTTP/1.1")
            digest = "sha256:" + base64.b32encode(bytes.fromhex(cap["sha256"])).decode()
            warc_date = cap["fetched_at"].replace("+00:00", "Z")
            rec = writer.create_warc_record(cap["url"], "response", payload=BytesIO(data), length=len(data),
                                            http_headers=http, warc_headers_dict={
                                                "WARC-Date": warc_date, "WARC-Payload-Digest": digest})
            writer.write_record(rec)
            meta = json.dumps({"document_id": doc_id, "kind": cap["kind"], "sha256": cap["sha256"],
                               "size": cap["size"], "captured_at": cap["fetched_at"],
                               "source_id": cap.get("source_id")}, ensure_ascii=False).encode()
            writer.write_record(writer.create_warc_record(
                cap["url"], "metadata", payload=BytesIO(meta), length=len(meta), warc_content_type="application/json",
                warc_headers_dict={"WARC-Date": warc_date,
                                   "WARC-Concurrent-To": rec.rec_headers.get_header("WARC-Record-ID")}))
            written += 1
    return written
