"""Item pipeline: attachment text, then parwatch.ingest.build_document + ingest into the store.
Runs in Twisted's thread pool so OCR and SQLite writes never stall the downloads."""
from __future__ import annotations

import hashlib
import logging
import time

from twisted.internet.threads import deferToThread

from crawler.files import extract_text
from store.models import AttachmentIn

log = logging.getLogger(__name__)

try:
    from parwatch.ingest import build_document, ingest, sync_index
except ImportError:  # extractors.extract_facts not there yet (written concurrently): store without facts
    from datetime import datetime, timezone

    from extractors.normalize import normalize_text
    from store.models import DocumentIn

    def build_document(*, url, title, text, source_id=None, province_hint=None, published_date=None,
                       fetched_at=None, attachments=None, **http):
        atts = [a.model_copy(update={"text": normalize_text(a.text)}) for a in attachments or []]
        return DocumentIn(url=url, title=normalize_text(title), text=normalize_text(text), source_id=source_id,
                          published_date=published_date, fetched_at=fetched_at or datetime.now(timezone.utc),
                          attachments=atts, facts={"province": province_hint} if province_hint else {}, **http)

    def ingest(store, doc, backend=None):
        return store.upsert_document(doc)

    sync_index = None


class IngestPipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.since_sync = 0

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_item(self, item, spider=None):
        from scrapy.utils.defer import maybe_deferred_to_future
        spider = self.crawler.spider
        return await maybe_deferred_to_future(deferToThread(self._process, dict(item), spider))

    def _process(self, item: dict, spider) -> dict:
        store, tally = spider.store, spider.tally
        t0 = time.perf_counter()
        attachments = [self._attachment(f, spider) for f in item.pop("files")]
        t1 = time.perf_counter()
        doc = build_document(
            url=item["url"], title=item["title"], text=item["text"], source_id=item["source_id"],
            province_hint=item.get("province"), published_date=item.get("published_date"),
            fetched_at=item["fetched_at"], attachments=attachments, etag=item.get("etag"),
            last_modified=item.get("last_modified"), raw_path=item.get("raw_path"), raw_sha256=item.get("raw_sha256"))
        t2 = time.perf_counter()
        outcome = ingest(store, doc, None)
        t3 = time.perf_counter()
        tally.timed("attachment text (pdf/ocr/docx/doc)", t1 - t0)
        tally.timed("build_document (normalize + extract_facts)", t2 - t1)
        tally.timed("store upsert", t3 - t2)
        # only now is the page "processed": conditional GETs may skip it from here on
        store.save_crawl_state(item["url"], source_id=item["source_id"], status=200, etag=item.get("etag"),
                               last_modified=item.get("last_modified"), content_hash=item["content_hash"])
        for f in item.get("_file_states", []):
            store.save_crawl_state(**f)
        tally.stored(item["source_id"], outcome.status, item["url"], doc.title)
        backend = getattr(spider, "backend", None)
        if backend is not None and sync_index is not None and outcome.status != "unchanged":
            self.since_sync += 1
            if self.since_sync >= 100:
                self.since_sync = 0
                try:
                    sync_index(store, backend)
                except Exception as e:  # backend down: the index queue keeps the work
                    log.warning("search index sync failed, will retry later: %s", e)
        return {"url": item["url"], "status": outcome.status, "id": outcome.id}

    def _attachment(self, f: dict, spider) -> AttachmentIn:
        from store.crawl_records import attachment_by_url
        store, tally = spider.store, spider.tally
        url = f["url"]
        if f.get("not_modified"):
            old = attachment_by_url(store, url)
            if old:
                tally.attachment("reused")
                return AttachmentIn(**old)
        if f.get("error") or "data" not in f:
            tally.attachment("error")
            return AttachmentIn(url=url, error=f.get("error") or "not downloaded", media_type=f.get("media_type"))
        data = f["data"]
        res = extract_text(data, url, f.get("media_type"), ocr=spider.ocr)
        if res.error:
            tally.error(res.error_kind or "file_error", url, res.error, None)
            tally.attachment("error")
        else:
            tally.attachment(res.method or "unknown")
        store.save_crawl_state(url, source_id=None, status=f.get("status", 200), etag=f.get("etag"),
                               last_modified=f.get("last_modified"), content_hash=f.get("sha256") or hashlib.sha256(data).hexdigest())
        return AttachmentIn(url=url, media_type=(f.get("media_type") or "").split(";")[0] or None, size=len(data),
                            sha256=f.get("sha256"), text=res.text, text_method=res.method, error=res.error)
