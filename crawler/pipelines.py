"""Item pipeline: attachment text, then crawler.document.build_document + store.ingest into the store.

Work is split so the reactor (downloads, parsing, link following) never waits and both cores are
used (crawler.workers):
  * attachment text and build_document run in a small pool of worker processes, and so does the
    spider's reading of each page (crawler.analysis, awaited by PortalSpider.parse_page);
  * OCR of a scanned PDF runs in a lane of its own, a thread of the crawl process waiting on
    pdftoppm/tesseract, so the worker process is not held up behind it;
  * every store access of the pipeline runs in ONE writer thread, in order (no SQLite lock
    contention between threads);
  * attachment text is reused by content (SHA-256 of the bytes, as in the snapshots): the same
    bytes at another URL, fetched again in the same run or stored by an earlier run, are not parsed
    (or OCR'd) again - portals attach one file to several pages.
Resume guarantee unchanged: a page's (and its files') crawl_state is written only after its
document is committed."""
from __future__ import annotations

import logging
import time
from concurrent.futures import Future, ThreadPoolExecutor

from twisted.internet import defer

from crawler import files as F
from crawler import workers as W
from crawler.items import FetchedFile, FetchedPage
from crawler.relevance import relevance
from store.crawl_records import set_relevance
from store.ingest import ingest, sync_index
from store.models import AttachmentIn, SnapshotIn

log = logging.getLogger(__name__)

TEXT_CACHE_MAX = 20000   # attachment texts kept in memory by content hash during one run


def deferred_of(fut: Future) -> defer.Deferred:
    """A Deferred fired in the reactor thread when a concurrent.futures Future completes."""
    from twisted.internet import reactor  # the one Scrapy installed (importing it earlier would install epoll)
    d: defer.Deferred = defer.Deferred()

    def done(f: Future) -> None:
        exc = f.exception()
        reactor.callFromThread(d.errback if exc else d.callback, exc if exc else f.result())
    fut.add_done_callback(done)
    return d


class IngestPipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.since_sync = 0
        self.pool = None
        self.writer: ThreadPoolExecutor | None = None
        self.texts: dict[str, defer.Deferred | F.FileText] = {}   # sha256 -> text (or in flight)
        self.worker_usage: dict[int, dict] = {}   # worker pid -> its last crawler.resources.usage_here()
        self.in_flight = 0

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    # -- life cycle ---------------------------------------------------------------
    def open_spider(self, spider=None):
        self.writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="parwatch-store")
        self.pool = W.take_pool(W.worker_count(self.crawler.spider.crawl_workers))
        if self.pool is None:   # the parsers run in this process's threads (worker processes import their own)
            F.warm_imports()
        self.cpu = ThreadPoolExecutor(max_workers=4, thread_name_prefix="parwatch-cpu") if self.pool is None else None
        # OCR's own lane: a thread here that waits on pdftoppm/tesseract (0.8 s a page), so the
        # worker process goes on reading pages meanwhile instead of holding them up behind it
        self.ocr_lane = ThreadPoolExecutor(max_workers=1, thread_name_prefix="parwatch-ocr") if self.pool is not None else None
        if self.pool is not None:   # the spider reads its pages there too (crawler.analysis)
            self.crawler.spider.offload = self._analyse
            self.crawler.spider.worker_backlog = self.worker_backlog   # CaptureMiddleware's choice
        self.crawler.spider.in_writer = self.writer.submit   # the frontier's periodic flush (PortalSpider._flush)
        store = getattr(self.crawler.spider, "store", None)
        if store is not None:
            from store.crawl_records import ensure_crawl_indexes
            self.writer.submit(ensure_crawl_indexes, store).result()

    def close_spider(self, spider=None):
        self.crawler.spider.in_writer = None   # the writer is shut down below: the spider flushes itself
        if self.pool is not None:   # while the workers are alive: their peak RSS is read from /proc
            from crawler.resources import tree_usage
            self.crawler.spider.tally.resources = tree_usage(self.worker_usage)
        for ex in (self.ocr_lane, self.pool, self.cpu, self.writer):
            if ex is not None:
                ex.shutdown(wait=True)

    def _usage(self, usage: dict) -> None:
        if self.pool is not None:     # threads (no pool) report the crawl process itself
            self.worker_usage[usage["pid"]] = usage

    def _in_writer(self, fn, *args, **kw):
        from scrapy.utils.defer import maybe_deferred_to_future
        return maybe_deferred_to_future(deferred_of(self.writer.submit(fn, *args, **kw)))

    def _in_worker(self, fn, *args):
        from scrapy.utils.defer import maybe_deferred_to_future
        ex = self.pool or self.cpu
        self.in_flight += 1
        d = deferred_of(ex.submit(fn, *args))
        d.addBoth(self._landed)
        return maybe_deferred_to_future(d)

    def _landed(self, result):
        self.in_flight -= 1
        return result

    def worker_backlog(self) -> int:
        """Tasks handed to the worker pool and not answered yet (the reactor thread's count)."""
        return self.in_flight

    def _in_ocr_lane(self, fn, *args):
        from scrapy.utils.defer import maybe_deferred_to_future
        return maybe_deferred_to_future(deferred_of(self.ocr_lane.submit(fn, *args)))

    async def _analyse(self, kwargs: dict):
        t0 = time.perf_counter()
        res = await self._in_worker(W.analyse, kwargs)
        self._usage(res[2])
        # the spider's wait for a page's reading (queue + worker), summed over pages: latency that
        # pagination chains pay once per hop
        self.crawler.spider.tally.timed("page analysis: wait for the worker's answer (summed)", time.perf_counter() - t0)
        return res

    # -- items --------------------------------------------------------------------
    async def process_item(self, item: FetchedPage, spider=None):
        spider = self.crawler.spider
        tally = spider.tally
        attachments = [await self._attachment(f, spider) for f in item.files]
        score, reasons = relevance(item.title, item.text, [a.text or "" for a in attachments])
        if not reasons:  # no reform cue and no document number, not even in the attachments
            tally.offtopic(item.source_id, item.url)
            return await self._in_writer(self._offtopic, item, spider)
        doc, secs, usage = await self._in_worker(W.build, dict(
            url=item.url, title=item.title, text=item.text, source_id=item.source_id,
            province_hint=item.province, published_date=item.published_date,
            fetched_at=item.fetched_at, attachments=attachments, etag=item.etag,
            last_modified=item.last_modified, raw_path=item.raw_path, raw_sha256=item.raw_sha256))
        tally.timed("build_document (normalize + extract_facts)", secs)
        self._usage(usage)
        snaps = [s for s in [item.snapshot, *(f.snapshot for f in item.files)] if s]
        doc = doc.model_copy(update={"snapshots": [SnapshotIn(**s) for s in snaps]})
        file_states = [{"url": f.url, "source_id": None, "status": f.status or 200, "etag": f.etag,
                        "last_modified": f.last_modified, "content_hash": f.sha256}
                       for f in item.files if f.downloaded and f.sha256]
        item.files = []   # the bytes are read: do not keep them while the store writes
        return await self._in_writer(self._store, item, doc, file_states, spider, (score, reasons))

    def _offtopic(self, item: FetchedPage, spider) -> dict:
        from store.sqlite import insert_snapshots
        store = spider.store
        snaps = [x for x in [item.snapshot, *(f.snapshot for f in item.files)] if x]
        with store.transaction() as c:   # what was fetched stays on record, without a document
            if snaps:
                insert_snapshots(c, snaps)
            store.save_crawl_state(item.url, source_id=item.source_id, status=200, etag=item.etag,
                                   last_modified=item.last_modified, content_hash="offtopic:" + (item.raw_sha256 or ""))
        if getattr(spider, "frontier", None) is not None and item.frontier_key:
            spider.frontier.done(item.frontier_key)
        return {"url": item.url, "status": "offtopic"}

    def _store(self, item: FetchedPage, doc, file_states: list[dict], spider, rel: tuple = (None, [])) -> dict:
        store, tally = spider.store, spider.tally
        t0 = time.perf_counter()
        outcome = ingest(store, doc, None)
        # only now is the page "processed": conditional GETs may skip it (and its files) from here on
        with store.transaction():
            set_relevance(store, outcome.id, *rel)
            store.save_crawl_state(item.url, source_id=item.source_id, status=200, etag=item.etag,
                                   last_modified=item.last_modified, content_hash=item.content_hash)
            for f in file_states:
                store.save_crawl_state(**f)
        if getattr(spider, "frontier", None) is not None and item.frontier_key:
            spider.frontier.done(item.frontier_key)   # after the commit: a kill before it re-fetches the page
        tally.timed("store upsert", time.perf_counter() - t0)
        tally.stored(item.source_id, outcome.status, item.url, doc.title)
        backend = getattr(spider, "backend", None)
        if backend is not None and outcome.status != "unchanged":
            self.since_sync += 1
            if self.since_sync >= 100:
                self.since_sync = 0
                try:
                    sync_index(store, backend)
                except Exception as e:  # backend down: the index queue keeps the work
                    log.warning("search index sync failed, will retry later: %s", e)
        return {"url": item.url, "status": outcome.status, "id": outcome.id}

    async def _attachment(self, f: FetchedFile, spider) -> AttachmentIn:
        from store.crawl_records import attachment_by_url
        store, tally = spider.store, spider.tally
        url = f.url
        if f.not_modified:
            old = await self._in_writer(attachment_by_url, store, url) if store is not None else None
            if old:
                tally.attachment("reused")
                return AttachmentIn(**old)
        if f.error or not f.downloaded:
            tally.attachment("error")
            return AttachmentIn(url=url, error=f.error or "not downloaded", media_type=f.media_type, filename=f.filename)
        data = f.data
        res = await self._text(f.sha256, data, url, f.media_type, spider)
        if res.error:
            tally.error(res.error_kind or "file_error", url, res.error, None)
            tally.attachment("error")
        else:
            tally.attachment(res.method or "unknown")
        return AttachmentIn(url=url, media_type=(f.media_type or "").split(";")[0] or None, size=len(data),
                            sha256=f.sha256, text=res.text, text_method=res.method, error=res.error, filename=f.filename)

    async def _text(self, sha: str, data: bytes, url: str, media_type: str | None, spider) -> F.FileText:
        """The text of these bytes: from this run's cache, from the store, or read once."""
        from scrapy.utils.defer import maybe_deferred_to_future
        tally = spider.tally
        hit = self.texts.get(sha)
        if isinstance(hit, F.FileText):
            tally.count("attachment text reused (same bytes)")
            return hit
        if hit is not None:  # the same bytes are being read for another page: wait for that
            tally.count("attachment text reused (same bytes)")
            waiter: defer.Deferred = defer.Deferred()
            hit.addBoth(lambda r: (waiter.callback(r), r)[1])
            return await maybe_deferred_to_future(waiter)
        pending: defer.Deferred = defer.Deferred()
        if len(self.texts) >= TEXT_CACHE_MAX:
            self.texts.clear()
        self.texts[sha] = pending
        try:
            res = None
            if spider.store is not None:
                from store.crawl_records import attachment_by_sha
                old = await self._in_writer(attachment_by_sha, spider.store, sha)
                if old and (old["text"] or "").strip():
                    tally.count("attachment text reused (stored, same bytes)")
                    res = F.FileText(old["text"], old["text_method"])
            if res is None:
                ocr = spider.ocr and F.OCR_STATS["seconds"] < F.OCR_SECONDS_PER_CRAWL
                later = F.OCR_LATER if ocr and self.ocr_lane is not None else ocr
                res, secs, ocr_pages, ocr_secs, usage = await self._in_worker(W.file_text, data, url, media_type, later)
                self._usage(usage)
                if res.error_kind == "needs_ocr":   # a scanned PDF: OCR in its lane (OCR_STATS counted here)
                    t0 = time.perf_counter()
                    res = await self._in_ocr_lane(F.ocr_text, data, res.ocr_pages)
                    secs += time.perf_counter() - t0
                if spider.ocr and not ocr and res.error_kind == "no_text":
                    res.error, res.error_kind = (f"scanned PDF not read: this crawl's OCR budget "
                                                 f"({F.OCR_SECONDS_PER_CRAWL:g} s) is spent"), "ocr_budget"
                tally.timed("attachment text (pdf/ocr/docx/doc)", secs)
                if ocr_pages and self.pool is not None:  # counted in the worker process: bring them home
                    F.OCR_STATS["pages"] += ocr_pages
                    F.OCR_STATS["seconds"] += ocr_secs
        except Exception as e:  # a broken worker must not stop the crawl
            res = F.FileText(error=f"{type(e).__name__}: {e}"[:300], error_kind="corrupt_file")
        self.texts[sha] = res
        pending.callback(res)
        return res
