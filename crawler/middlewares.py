"""Downloader middlewares: conditional GET (ETag / Last-Modified from the store's crawl_state),
and evidence capture (bytes as fetched, gzip-compressed and content-addressed under
CrawlConfig.snapshot_root(), with SHA-256, headers and time of retrieval) plus byte accounting."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path

from scrapy.http import Response

from crawler.capture import now_iso, record_capture


class ConditionalGetMiddleware:
    """Adds If-None-Match / If-Modified-Since to GETs of pages and files already processed.

    A page counts as processed once its outcome is safe: a document committed (the pipeline writes
    crawl_state after the store transaction), or a listing / off-topic / variant page whose links
    were written down (page_links), so that a 304 can still yield them. A crawl killed in between
    re-fetches the page in full next time (nothing lost, nothing duplicated)."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request, spider=None):
        spider = self.crawler.spider
        store = getattr(spider, "store", None)
        kind = request.meta.get("kind")
        if store is None or request.method != "GET" or kind not in ("page", "file"):
            return None
        st = store.crawl_state(request.url)
        if not st or not st.get("content_hash") or not (st.get("etag") or st.get("last_modified")):
            return None
        h = str(st["content_hash"])
        if kind == "page":
            frontier = getattr(spider, "frontier", None)
            if frontier is None or frontier.links_of(request.url) is None:
                return None
            if ":" not in h and not store.document_id_for_url(request.url):
                return None
        if kind == "file":
            from store.crawl_records import attachment_by_url
            if not attachment_by_url(store, request.url):
                return None
        if st.get("etag"):
            request.headers["If-None-Match"] = st["etag"]
        if st.get("last_modified"):
            request.headers["If-Modified-Since"] = st["last_modified"]
        return None


def retry_after(response) -> float | None:
    """Seconds asked for by a Retry-After header (delta-seconds or an HTTP date), if any."""
    v = response.headers.get("Retry-After")
    if not v:
        return None
    v = v.decode("latin-1").strip()
    if v.isdigit():
        return float(v)
    try:
        from email.utils import parsedate_to_datetime
        return max(0.0, (parsedate_to_datetime(v) - datetime.now(timezone.utc)).total_seconds())
    except (TypeError, ValueError):
        return None


class BackoffRetryMiddleware:
    """Retries 5xx/429/408 answers and connection failures RETRY_TIMES times, waiting Retry-After
    when the portal sends one, else RETRY_BACKOFF_BASE * 2**n seconds (both capped at
    RETRY_BACKOFF_MAX). A request that still fails goes to its errback, and the spider keeps it as
    failed in the frontier: first in line next run. Replaces Scrapy's RetryMiddleware (no delay)."""
    CODES = {500, 502, 503, 504, 522, 524, 408, 429}

    def __init__(self, crawler):
        st = crawler.settings
        self.times = st.getint("RETRY_TIMES", 3)
        self.base = st.getfloat("RETRY_BACKOFF_BASE", 0.5)
        self.cap = st.getfloat("RETRY_BACKOFF_MAX", 30.0)
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def _retry(self, request, wait: float | None, why: str):
        n = request.meta.get("retry_times", 0)
        if request.meta.get("dont_retry") or n >= self.times:
            return None
        delay = min(self.cap, wait if wait is not None else self.base * 2 ** n)
        if delay > 0:
            from scrapy.utils.defer import maybe_deferred_to_future
            from twisted.internet import reactor, task
            await maybe_deferred_to_future(task.deferLater(reactor, delay, lambda: None))
        tally = getattr(self.crawler.spider, "tally", None)
        if tally is not None:
            tally.count(f"retried ({why})", request.meta.get("src"))
        r = request.copy()
        r.meta["retry_times"] = n + 1
        r.dont_filter = True
        r.priority = request.priority + 1
        return r

    async def process_response(self, request, response, spider=None):
        if response.status not in self.CODES:
            return response
        return await self._retry(request, retry_after(response), f"HTTP {response.status}") or response

    async def process_exception(self, request, exception, spider=None):
        from scrapy.exceptions import IgnoreRequest
        if isinstance(exception, IgnoreRequest) or "Cancelled" in type(exception).__name__:
            return None  # refused on purpose (robots, size limit): asking again gives the same answer
        return await self._retry(request, None, type(exception).__name__)


class CaptureMiddleware:
    """Keeps the bytes of every 200 response as evidence; nothing is buffered in memory. Pages
    read in a worker process are kept by that worker, with their reading (PortalSpider.parse_page).

    Articles and files: the snapshot record rides with the page (request.meta["snapshot"]) and is
    written in the same transaction as its document (store.sqlite.upsert_document), so kill -9
    leaves both or neither. Listings, feeds, sitemaps: with the frontier's next batch of writes
    (crawler.frontier, every 0.5 s), before the page's done mark; without a frontier, at once."""

    def __init__(self, crawler):
        self.crawler = crawler
        # one thread of its own writes the files: hashing, gzip and the file system calls release
        # the GIL, and on the reactor thread they were ~5 % of its CPU (docs/crawler-history.md);
        # one, not the reactor's pool of 4: each thread would grow a malloc arena of its own
        self.writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="parwatch-capture")
        # worker tasks not answered yet below which a page's bytes are kept by the worker that reads
        # it: a worker with a queue (a loaded machine) is the crawl's bottleneck then, not this process
        self.in_worker_below = crawler.settings.getint("CAPTURE_IN_WORKER_BELOW", _capture_in_worker_default())

    @classmethod
    def from_crawler(cls, crawler):
        mw = cls(crawler)
        from scrapy import signals
        crawler.signals.connect(mw.close, signal=signals.spider_closed)
        return mw

    def close(self, spider=None, reason=None):
        self.writer.shutdown(wait=True)

    async def process_response(self, request, response: Response, spider=None):
        spider = self.crawler.spider
        root = getattr(spider, "snapshot_root", None)
        kind = request.meta.get("kind")
        if root is None or response.status != 200 or kind is None:
            return response
        backlog = getattr(spider, "worker_backlog", None)
        if kind == "page" and backlog is not None and backlog() < self.in_worker_below and in_worker(response):
            # a page the spider sends to a worker process to be read: while that worker keeps up,
            # it keeps the bytes too (one task instead of two thread hand-offs in this process,
            # whose one core bounds the crawl); the spider records the capture
            # (PortalSpider.parse_page) before anything else is done with the page
            request.meta["capture_later"] = now_iso()
            return response
        from scrapy.utils.defer import maybe_deferred_to_future

        from crawler.pipelines import deferred_of
        from store.captures import keep_bytes
        body = response.body
        sha, rel = await maybe_deferred_to_future(deferred_of(self.writer.submit(keep_bytes, Path(root), body)))
        record_capture(spider, request, response, sha, rel)
        return response


def in_worker(response) -> bool:
    """A page that PortalSpider.parse_page reads in a worker process (HTML text, not a download)."""
    from scrapy.http import TextResponse

    from crawler.spiders.portal import _is_download
    return isinstance(response, TextResponse) and not _is_download(response)


class ByteCountMiddleware:
    """Counts bytes as received on the wire (before gzip/deflate decoding): body + headers."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request, response: Response, spider=None):
        tally = getattr(self.crawler.spider, "tally", None)
        if tally is not None:
            header_bytes = sum(len(k) + sum(len(v) for v in vs) + 4 for k, vs in response.headers.items()) + 17
            tally.add_bytes(len(response.body) + header_bytes)
        return response


def _capture_in_worker_default() -> int:
    """CrawlConfig's default, for a crawler not started by crawler.run (which sets the setting)."""
    from crawler.config import CrawlConfig
    return CrawlConfig.model_fields["crawl_capture_in_worker_below"].default
