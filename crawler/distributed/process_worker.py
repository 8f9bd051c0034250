"""`parwatch worker process`: turns fetched pages into documents. Reads the job's pages stream in
consumer group "process", reads each attachment's text (pypdf, converters, tesseract OCR), builds
the document (normalisation + fact extraction), then in ONE Redis transaction adds it to the docs
stream and acknowledges the page: a worker killed at any point leaves the page pending, and a live
worker claims it (XAUTOCLAIM) after `claim_idle` seconds; nothing is lost and nothing is handed on
twice."""
from __future__ import annotations

import logging
import os
import socket
import time

import redis

from crawler import files as F
from crawler.document import build_document
from crawler.items import FetchedFile, FetchedPage
from crawler.distributed.inflight import frontier_idle
from crawler.distributed.keys import JobKeys
from crawler.distributed.streams import WorkQueue
from store.models import AttachmentIn

GROUP = "process"


def consumer_name(kind: str) -> str:
    return f"{kind}-{socket.gethostname()}-{os.getpid()}"


def attachment(f: FetchedFile, ocr: bool, texts: dict) -> AttachmentIn:
    """AttachmentIn of one fetched file; its text read once per content hash in this worker."""
    if f.error or not f.downloaded:
        return AttachmentIn(url=f.url, error=f.error or "not downloaded", media_type=f.media_type)
    res = texts.get(f.sha256)
    if res is None:
        try:
            res = F.extract_text(f.data, f.url, f.media_type, ocr=ocr)
        except Exception as e:  # a broken file must not stop the worker
            res = F.FileText(error=f"{type(e).__name__}: {e}"[:300], error_kind="corrupt_file")
        if f.sha256:
            texts[f.sha256] = res
    return AttachmentIn(url=f.url, media_type=(f.media_type or "").split(";")[0] or None, size=len(f.data),
                        sha256=f.sha256, text=res.text, text_method=res.method, error=res.error)


def build(item: FetchedPage, ocr: bool, texts: dict) -> dict:
    """The docs-stream payload of one page: its document and the crawl states to save with it."""
    atts = [attachment(f, ocr, texts) for f in item.files]
    doc = build_document(url=item.url, title=item.title, text=item.text, source_id=item.source_id,
                         province_hint=item.province, published_date=item.published_date,
                         fetched_at=item.fetched_at, attachments=atts, etag=item.etag,
                         last_modified=item.last_modified, raw_path=item.raw_path, raw_sha256=item.raw_sha256)
    states = [{"url": item.url, "source_id": item.source_id, "status": 200, "etag": item.etag,
               "last_modified": item.last_modified, "content_hash": item.content_hash}]
    states += [{"url": f.url, "source_id": None, "status": f.status or 200, "etag": f.etag,
                "last_modified": f.last_modified, "content_hash": f.sha256}
               for f in item.files if f.downloaded and f.sha256]
    return {"doc": doc, "states": states, "source_id": item.source_id}


def run(redis_url: str, job: str, *, ocr: bool = True, idle_exit: float = 0.0, claim_idle: float = 30.0,
        name: str | None = None, log=print) -> int:
    """Process pages until stopped (or, with idle_exit > 0, until the stream has had nothing for us
    for that long and the crawl frontier is empty). Returns the number of pages processed."""
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    F.warm_imports()
    import extractors.facts  # noqa: F401  (patterns and models load once, before the first page)
    from extractors.models import shipped
    shipped()
    keys = JobKeys(job)
    r = redis.Redis.from_url(redis_url)
    q = WorkQueue(r, keys.pages, GROUP, name or consumer_name("process"), claim_idle=claim_idle)
    texts: dict = {}
    done, idle_since = 0, time.monotonic()
    while True:
        entries = q.read(count=1, block=1.0)
        if not entries:
            # upstream first: once the frontier is idle every page is in the stream
            if idle_exit > 0 and time.monotonic() - idle_since >= idle_exit and frontier_idle(r, keys.requests) \
                    and q.done():
                return done
            continue
        for e in entries:
            out = build(e.payload, ocr, texts)
            with r.pipeline(transaction=True) as tx:   # hand on and acknowledge atomically
                WorkQueue.add(tx, keys.docs, out)
                tx.xack(keys.pages, GROUP, e.id)
                tx.execute()
            done += 1
            if len(texts) > 5000:
                texts.clear()
        idle_since = time.monotonic()
