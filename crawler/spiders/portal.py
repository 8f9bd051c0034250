"""The one generic spider: every portal is data (crawler/sources/*.yaml), not code, and the default
(a base URL and nothing else) must already find everything.

Discovery does not depend on the CMS: robots.txt Sitemap: lines and /sitemap.xml, RSS/Atom feeds
named in the pages (<link rel=alternate>), every in-domain link, pagination recognised on the page
(pager controls, rel=next, page=/start=/limitstart=/trang= parameters, ASP.NET __doPostBack pagers)
and followed while the listing has items newer than the look-back window. What a page is (article,
listing, other) is read from the page (crawler.pages); rel=canonical, noindex/nofollow and print views
are honoured; variants of one article without a canonical link collapse by content. Links whose
type the URL does not tell are requested as files and decided from Content-Type/Content-Disposition.

Nothing found is lost: every page request is written to the frontier (crawler.frontier) before it
is scheduled and marked done only when its outcome is safe, so `kill -9` and a rerun end with the
documents of an uninterrupted crawl; a 304 answer still yields the page's stored links; failures are
retried with back-off (crawler.middlewares) and kept as failed, first in line next run. The page
budget (limits.max_pages) counts pages fetched, not links seen.
"""
from __future__ import annotations

import hashlib
import re
import time
import unicodedata
from datetime import date, datetime, timezone
from urllib.parse import urljoin, urlparse

import scrapy
from parsel import Selector
from scrapy.exceptions import IgnoreRequest
from scrapy.http import FormRequest, Request, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import (ConnectError, ConnectionRefusedError, DNSLookupError, TCPTimedOutError,
                                    TimeoutError)

from crawler import analysis as A
from crawler import extract as X
from crawler import pages as P
from crawler.items import FetchedFile, FetchedPage
from crawler.relevance import reform_terms
from crawler.sources import SourceConfig, by_priority
from crawler.tally import Tally
from store.sqlite import content_hash as page_hash

import scrapy.exceptions as _sx

_SCRAPY_TIMEOUT = tuple(c for c in [getattr(_sx, "DownloadTimeoutError", None)] if c)
_SCRAPY_CANCELLED = tuple(c for c in [getattr(_sx, "DownloadCancelledError", None)] if c)
_SCRAPY_CONNECT = tuple(c for c in [getattr(_sx, "DownloadConnectionRefusedError", None),
                                    getattr(_sx, "DownloadFailedError", None)] if c)
FILE_STATUSES = [304, 404, 403, 410, 500, 502, 503]
# Scheduling order: attachments first (an article's item waits for them), then what discovers pages
# (robots, sitemaps, feeds, listings: pagination is a chain), then the rest; failed-before first of all.
# Within a kind, denser sources first: the Scrapy priority is kind*10 + (9 - source priority).
# Pages are one kind until read; entry and pagination pages are scheduled as "listing" (pagination is
# a chain: page N+1 is only known once page N is parsed), any other page as "article".
PRIORITY = {"file": 4, "robots": 3, "sitemap": 3, "feed": 3, "listing": 2, "postback": 2, "page": 1, "article": 1}
# Entry and listing pages of `render: js` sources are loaded in headless Chromium (scrapy-playwright)
# and read once the page's scripts have fetched what they fetch.
RENDER_WAIT = "networkidle"


def _priority(kind: str, s: SourceConfig) -> int:
    return PRIORITY.get(kind, 0) * 10 + (9 - s.priority)


def _now() -> datetime:
    return datetime.now(timezone.utc)


class PortalSpider(scrapy.Spider):
    name = "portal"
    custom_settings: dict = {}

    def __init__(self, sources: list[SourceConfig] | None = None, store=None, tally: Tally | None = None,
                 max_file_bytes: int = 50 * 1024 * 1024, ocr: bool = True, frontier=None,
                 crawl_workers: int | None = None, **kw):
        super().__init__(**kw)
        self.crawl_workers = crawl_workers          # the pipeline's worker processes (None: its default)
        self.offload = None   # set by the pipeline: kwargs -> awaitable (PageResult, seconds, usage) from a worker
        self.in_writer = None   # set by the pipeline: fn -> Future, run in its store writer thread
        self.worker_backlog = None   # set by the pipeline: () -> worker tasks not answered yet
        self._flushing = None
        self.sources = {s.id: s for s in sources or []}
        self.store = store
        self.frontier = frontier
        self.tally = tally or Tally()
        self.max_file_bytes = max_file_bytes
        self.ocr = ocr
        self.fetched: dict[str, int] = {s: 0 for s in self.sources}
        self.seen: dict[str, set[str]] = {s: set() for s in self.sources}
        # URLs (as linked) already settled by _schedule: a page links the same menus and lists as
        # the last one, and building a Request and its fingerprint only to drop it was most of _req
        self.seen_urls: dict[str, set[str]] = {s: set() for s in self.sources}
        self.by_hash: dict[str, str] = {}            # content hash -> URL stored under it (this run)
        self._netlocs: dict[str, set[str]] = {}
        self.resumed: set[str] = set()
        fams = {s.id: s.family() for s in self.sources.values()}
        self._print = {sid: re.compile(f.print) for sid, f in fams.items() if f and f.print}
        self._selectors = {sid: _merged_selectors(s, fams[sid]) for sid, s in self.sources.items()}
        self._cutoff = {s.id: _cutoff(s.limits.lookback_years) for s in self.sources.values()}
        self.recrawl: set[str] = set()             # sources crawled before: pagination stops at known items

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        from scrapy import signals
        crawler.signals.connect(spider.on_dropped, signal=signals.request_dropped)
        crawler.signals.connect(spider.on_opened, signal=signals.spider_opened)
        crawler.signals.connect(spider.on_closed, signal=signals.spider_closed)
        return spider

    def on_opened(self, spider=None):
        if self.frontier is not None:
            from twisted.internet import task
            self._ticks = 0
            self._flusher = task.LoopingCall(self._flush)
            self._flusher.start(0.5, now=False)

    def _flush(self) -> None:
        self._ticks += 1
        run_id = getattr(self, "run_id", None)
        if run_id is not None and self._ticks % 10 == 1:   # the run's health record, every 5 s
            for sid in self.sources:
                c = self.tally.per_source.get(sid, {})
                self.frontier.save_health(run_id, sid, {**c, "started_at": self.tally.started.get(sid)})
        if self.in_writer is None:
            self.frontier.flush()
        elif self._flushing is None or self._flushing.done():
            # in the store writer's thread, in turn with the documents' transactions: here the
            # reactor waited on their lock (BEGIN IMMEDIATE); ops stay buffered in order meanwhile
            self._flushing = self.in_writer(self.frontier.flush)

    def on_closed(self, spider=None, reason=None):
        if self.frontier is None:
            return
        if getattr(self, "_flusher", None) and self._flusher.running:
            self._flusher.stop()
        self.frontier.flush()
        if reason == "finished":
            for sid in self.sources:
                self.frontier.finish_cycle(sid)

    def on_dropped(self, request, spider=None):
        """A redirect back to a URL already visited is dropped by the duplicate filter: a loop."""
        urls = request.meta.get("redirect_urls") or []
        if urls and request.url in urls:
            self.tally.error("redirect_loop", urls[0], f"redirect loop: {' -> '.join(urls + [request.url])}"[:300],
                             request.meta.get("src"))
        self._done(request)

    # -- frontier -----------------------------------------------------------------------
    def _fp(self, request: Request) -> str:
        crawler = getattr(self, "crawler", None)
        if crawler is None:  # a spider built without a crawler (saved-page tests): Scrapy's default
            from scrapy.utils.request import fingerprint
            return fingerprint(request).hex()
        return crawler.request_fingerprinter.fingerprint(request).hex()

    def _done(self, request_or_response) -> None:
        key = request_or_response.meta.get("fkey")
        if key and self.frontier is not None:
            self.frontier.done(key)

    def _schedule(self, s: SourceConfig, req: Request, kind: str, key: str | None = None) -> Request | None:
        """Charge nothing, remember everything: a request already seen this cycle is dropped, one
        beyond the budget of fetched pages is refused, the rest is written to the frontier."""
        key = key or self._fp(req)
        if key in self.seen[s.id]:
            return None
        if self.fetched[s.id] >= s.limits.max_pages:
            self.tally.count("limit_max_pages", s.id)
            return None
        self.seen[s.id].add(key)
        req.meta["fkey"] = key
        if self.frontier is not None:
            keep = {k: v for k, v in req.meta.items() if k in ("depth", "lp", "entry", "guess") and v is not None}
            self.frontier.add(key, s.id, req.url, kind, keep, req.method, req.body if req.method != "GET" else None)
        return req

    # -- start ------------------------------------------------------------------------
    async def start(self):
        for s in by_priority(list(self.sources.values())):
            self.tally.source(s.id)
            todo = []
            if self.frontier is not None:
                keys, todo = self.frontier.load(s.id)
                self.seen[s.id] |= keys
                if self.frontier.in_progress(s.id):
                    self.resumed.add(s.id)
            for row in todo:  # failed last time first, then what a killed run left pending
                yield self._from_row(s, row)
            yield self._meta_req(s, urljoin(s.base_url, "/robots.txt"), "robots", dont_filter=True)
            if s.id in self.resumed:
                continue
            known = self._known_documents(s)
            if known:  # a recrawl: every stored document is asked again (conditional GET: 304s)
                self.recrawl.add(s.id)
            for u in s.entry_urls():
                r = self._req(s, u, "page", depth=0, entry=True)
                if r:
                    yield r
            for u in s.feeds:
                r = self._req(s, u, "feed", depth=1, entry=True)
                if r:
                    yield r
            for u in s.sitemaps:
                r = self._req(s, u, "sitemap", depth=1)
                if r:
                    yield r
            # the usual place, even when robots.txt names none; its absence is no error
            r = self._req(s, urljoin(s.base_url, "/sitemap.xml"), "sitemap", depth=1, guess=True)
            if r:
                yield r
            for u in known:
                r = self._req(s, u, "page", depth=1)
                if r:
                    yield r

    def _known_documents(self, s: SourceConfig) -> list[str]:
        if self.store is None:
            return []
        return [r[0] for r in self.store.conn.execute(
            "SELECT url FROM crawl_state WHERE source_id=? AND content_hash NOT LIKE '%:%' ORDER BY rowid", (s.id,))]

    def _from_row(self, s: SourceConfig, row: dict) -> Request:
        meta = {"src": s.id, "kind": row["kind"], "fkey": row["key"], "depth": row["meta"].get("depth", 1),
                "lp": row["meta"].get("lp", 1), "entry": row["meta"].get("entry", False),
                "guess": row["meta"].get("guess", False),
                "download_slot": urlparse(row["url"]).netloc, "download_maxsize": self.max_file_bytes,
                **self._throttle(s)}
        cb = {"feed": self.parse_feed, "sitemap": self.parse_sitemap}.get(row["kind"], self.parse_page)
        prio = _priority(row["kind"], s) + (100 if row["state"] == "failed" else 0)
        if row["method"] == "POST":
            return Request(row["url"], method="POST", body=row["body"], callback=cb, errback=self.on_error, meta=meta,
                           headers={"Content-Type": "application/x-www-form-urlencoded"}, priority=prio,
                           dont_filter=True)
        return Request(row["url"], callback=cb, errback=self.on_error, meta=meta, priority=prio, dont_filter=True)

    @staticmethod
    def _throttle(s: SourceConfig) -> dict:
        # delay 0 (a local mirror or the simulator): no AutoThrottle on this portal's slot, which
        # would otherwise turn the crawler's own processing time into a growing delay
        return {"autothrottle_dont_adjust_delay": True} if s.limits.delay == 0 else {}

    def _meta_req(self, s: SourceConfig, url: str, kind: str, **kw) -> Request:
        return Request(url, callback=self.parse_robots, errback=self.on_error, priority=_priority(kind, s),
                       meta={"src": s.id, "kind": kind, "depth": 0, "handle_httpstatus_all": True,
                             "download_slot": urlparse(url).netloc, "dont_retry": True, **self._throttle(s)}, **kw)

    def _req(self, s: SourceConfig, url: str, kind: str, *, depth: int, lp: int = 1, entry: bool = False,
             **meta) -> Request | None:
        if kind != "file" and url in self.seen_urls[s.id]:
            return None
        m = {"src": s.id, "kind": kind, "depth": depth, "lp": lp, "entry": entry,
             "download_slot": urlparse(url).netloc, "download_maxsize": self.max_file_bytes, **self._throttle(s), **meta}
        if kind == "file":
            m["handle_httpstatus_list"] = FILE_STATUSES
            return Request(url, callback=self.parse_file, errback=self.on_file_error, meta=m,
                           priority=_priority("file", s), dont_filter=True)
        m["handle_httpstatus_list"] = [304] + ([404, 410, 403] if kind == "sitemap" else [])
        if kind == "page" and s.render == "js" and (entry or lp > 1):
            # entry pages and listing pages of a portal whose listings are written by script
            from scrapy_playwright.page import PageMethod
            m["playwright"] = True
            m["playwright_page_methods"] = [PageMethod("wait_for_load_state", RENDER_WAIT)]
        cb = {"feed": self.parse_feed, "sitemap": self.parse_sitemap}.get(kind, self.parse_page)
        role = "listing" if kind == "page" and (entry or lp > 1) else kind
        req = self._schedule(s, Request(url, callback=cb, errback=self.on_error, meta=m, priority=_priority(role, s)),
                             kind)
        if req is not None or self.fetched[s.id] < s.limits.max_pages:   # scheduled now or before
            self.seen_urls[s.id].add(url)
        return req

    def _source(self, response_or_request) -> SourceConfig:
        return self.sources[response_or_request.meta["src"]]

    def _in_domain(self, s: SourceConfig, url: str, page: bool = False) -> bool:
        """On the source's hosts; a page (not a file, feed or sitemap) also under its path_scope."""
        if s.id not in self._netlocs:
            locs = {urlparse(u).netloc.lower() for u in [s.base_url, *s.start_urls, *s.feeds, *s.sitemaps]}
            self._netlocs[s.id] = locs | {n[4:] for n in locs if n.startswith("www.")} | {"www." + n for n in locs}
        p = urlparse(url)
        on_host = p.netloc.lower() in self._netlocs[s.id] or (p.hostname or "").lower() in s.allowed_domains
        return on_host and (not page or s.in_path_scope(url))

    def _charge(self, s: SourceConfig, response) -> None:
        self.fetched[s.id] += 1
        self.tally.page(s.id, response)

    # -- robots, sitemaps, feeds ---------------------------------------------------------------
    def parse_robots(self, response):
        s = self._source(response)
        if response.status != 200 or not isinstance(response, TextResponse):
            return
        from scrapy.utils.sitemap import sitemap_urls_from_robots
        for u in sitemap_urls_from_robots(response.body, base_url=response.url):
            if self._in_domain(s, u):
                r = self._req(s, u, "sitemap", depth=1)
                if r:
                    yield r

    def parse_sitemap(self, response):
        s = self._source(response)
        self._charge(s, response)
        if response.status == 200:
            from scrapy.utils.gz import gunzip
            from scrapy.utils.sitemap import Sitemap
            body = response.body
            if body[:2] == b"\x1f\x8b":
                try:
                    body = gunzip(body, max_size=self.max_file_bytes)
                except Exception:
                    body = b""
            try:
                sm = Sitemap(body)
            except Exception:  # not XML (a portal's HTML 'sitemap' page): read it as a page
                sm = None
            if sm is not None:
                horizon = self._horizon(s)
                for entry in sm:
                    loc = (entry.get("loc") or "").strip()
                    if not loc or not self._in_domain(s, loc, page=sm.type != "sitemapindex"):
                        continue
                    if sm.type == "sitemapindex":
                        r = self._req(s, loc, "sitemap", depth=1)
                    else:
                        lastmod = (entry.get("lastmod") or "")[:10]
                        if lastmod and horizon and lastmod < horizon.isoformat():
                            continue
                        r = self._req(s, P.norm_url(loc), "page", depth=1)
                    if r:
                        yield r
        self._done(response)

    def parse_feed(self, response):
        s = self._source(response)
        self._charge(s, response)
        if response.status == 200:
            sel = Selector(text=response.text, type="xml")
            sel.remove_namespaces()
            for it in sel.xpath("//item | //entry"):
                url = (it.xpath("link/text()").get() or it.xpath("link/@href").get() or "").strip()
                if url and self._in_domain(s, urljoin(response.url, url), page=True):
                    r = self._req(s, P.norm_url(urljoin(response.url, url)), "page", depth=1)
                    if r:
                        yield r
        self._done(response)

    def _horizon(self, s: SourceConfig) -> date | None:
        return self._cutoff[s.id]

    # -- pages ---------------------------------------------------------------------------
    async def parse_page(self, response):
        s = self._source(response)
        self._charge(s, response)
        if "playwright" in (response.flags or []):
            self.tally.count("rendered_pages", s.id)
        meta = response.meta
        if response.status == 304:
            for o in self._not_modified(response, s):
                yield o
            return
        if not isinstance(response, TextResponse) or _is_download(response):
            self.tally.count("file found where a page was linked", s.id)  # not attached to an article
            self._done(response)
            return
        text = decode_page(response)
        captured_at = meta.pop("capture_later", None)   # CaptureMiddleware left the bytes to the worker
        if len(text) < 20000 and X.looks_like_challenge(text):
            if captured_at:
                self._capture(response, captured_at, self._keep(response.body))
            self.tally.error("botwall", response.url, "challenge page instead of content", s.id)
            self.tally.challenge(s.id)
            self._done(response)
            return
        res = await self._analyse(s, text, response.url, response.body if captured_at else None)
        if captured_at:   # recorded before anything else is done with the page, as the middleware would
            self._capture(response, captured_at, res.capture or self._keep(response.body))
            self.tally.count("page captures kept by the worker that read the page")
        info, links = res.info, res.links
        if response.meta.get("snapshot"):  # the capture says what the page turned out to be
            response.meta["snapshot"]["kind"] = info.kind
        if _h(response, "ETag") or _h(response, "Last-Modified"):
            # a later 304 for this page yields these links again
            self.frontier and self.frontier.save_links(response.url, [[l.url, l.text, l.kind, l.pager] for l in links
                                                                       if l.kind != "postback"])
        for f in info.feeds:
            if self._in_domain(s, f):
                r = self._req(s, f, "feed", depth=meta.get("depth", 0) + 1)
                if r:
                    yield r
        here = {P.norm_url(response.url), P.norm_url(response.request.url)}
        canonical = info.canonical if info.canonical and self._in_domain(s, info.canonical, page=True) else None
        if canonical and canonical not in here:
            r = self._req(s, canonical, "page", depth=meta.get("depth", 0))
            if r:
                yield r
        # the article first (its attachments are asked first), then the links: both before the page
        # is marked done, so a kill in between re-reads the page
        if res.article is not None and not (canonical and canonical not in here):
            article = list(self.handle_article(response, s, res.article, links))
        else:
            if info.kind == "article":
                self.tally.count("article variant skipped (canonical elsewhere / noindex)", s.id)
            self._state(response, s, "page:" + hashlib.sha256(response.body).hexdigest())
            _record_snapshot(self.store, response, frontier=self.frontier)
            article = None
        out = article or []
        for o in out:
            if isinstance(o, Request):        # its attachments
                yield o
        if not info.nofollow:
            for o in self._follow(response, s, text, info, links):
                yield o
        # the item after the links: the pipeline marks the page done only once they are written down
        for o in out:
            if not isinstance(o, Request):
                yield o
        if article is None or response.meta.get("settled"):
            self._done(response)

    async def _analyse(self, s: SourceConfig, text: str, url: str, body: bytes | None = None) -> A.PageResult:
        """The page read in a worker process when the pipeline has them (self.offload), else here.
        `body`: bytes the worker also keeps as the page's capture (PageResult.capture)."""
        kw = {"text": text, "url": url, "selectors": self._selectors[s.id],
              "print_pattern": self._print[s.id].pattern if s.id in self._print else None}
        if self.offload is not None:
            try:
                res, secs, usage = await self.offload(dict(kw, capture=(self.snapshot_root, body) if body else None))
                self.tally.timed("page analysis and extraction (lxml, trafilatura)", secs)
                return res
            except Exception as e:   # a broken pool (a worker killed) must not lose the page: read it here
                self.logger.warning("page analysis in a worker failed (%s: %s): read in the crawl process",
                                    type(e).__name__, e)
                self.tally.count("page analysis fell back to the crawl process")
        t0 = time.perf_counter()
        res = A.analyse_page(**kw)
        self.tally.timed("page analysis and extraction (lxml, trafilatura)", time.perf_counter() - t0)
        return res

    def _keep(self, body: bytes) -> tuple[str, str]:
        from pathlib import Path

        from store.captures import keep_bytes
        return keep_bytes(Path(self.snapshot_root), body)

    def _capture(self, response, fetched_at: str, kept: tuple[str, str]) -> None:
        from crawler.capture import record_capture
        record_capture(self, response.request, response, *kept, fetched_at=fetched_at)

    def _state(self, response, s: SourceConfig, content_hash: str) -> None:
        """crawl_state of a page that is not a stored document (its validators serve the next run)."""
        if self.frontier is not None:
            self.frontier.save_state(response.url, s.id, response.status, _h(response, "ETag"),
                                     _h(response, "Last-Modified"), content_hash)

    def _not_modified(self, response, s: SourceConfig):
        """304: the page is as it was; its links are followed from what was stored."""
        st = self.store.crawl_state(response.url) if self.store is not None else None
        h = str((st or {}).get("content_hash") or "")
        if h and ":" not in h or h.startswith("offtopic:"):
            self.tally.not_modified(s.id, response.url, self.store)
        else:
            self.tally.not_modified_page()
        stored = self.frontier.links_of(response.url) if self.frontier is not None else None
        links = [P.Link(u, t, k, pager=pg) for u, t, k, pg in (stored or [])]
        depth = response.meta.get("depth", 0)
        for link in links:
            if link.kind == "page" and self._in_domain(s, link.url, page=True):
                r = self._req(s, link.url, "page", depth=depth if link.pager else depth + 1,
                              lp=response.meta.get("lp", 1) + (1 if link.pager else 0))
                if r and (r.meta["depth"] <= s.limits.max_depth or link.pager):
                    yield r
        self._done(response)

    def _follow(self, response, s: SourceConfig, text: str, info: P.PageInfo, links: list[P.Link]):
        meta = response.meta
        sel = None
        depth, lp = meta.get("depth", 0), meta.get("lp", 1)
        # pagination goes on while the listing has items and is not older than the look-back window
        paginate = info.kind != "article" and info.item_links > 0 and lp < s.limits.max_listing_pages and (
            info.newest is None or self._horizon(s) is None or info.newest >= self._horizon(s))
        if paginate and s.id in self.recrawl and self.store is not None:
            # on a recrawl, older pages of a listing hold only older items: stop where nothing is new
            # (known documents are asked again directly, so an edit behind them is still seen)
            paginate = any(self.store.crawl_state(u) is None for u in info.item_urls if self._in_domain(s, u))
        postbacks: set[tuple] = set()
        for link in links:
            if link.kind == "postback":
                key = (link.extra["target"], link.extra["argument"])
                if not paginate or key in postbacks:
                    continue
                postbacks.add(key)
                # one page of a listing whatever the form's state (__VIEWSTATE differs page to page)
                # ("Page$Next" is relative: it names another page from each page)
                where = key[1] if key[1][5:].isdigit() else f"{key[1]}@{lp}"
                pkey = "postback:" + hashlib.sha1(f"{response.url.split('?')[0]}|{key[0]}|{where}".encode()).hexdigest()
                if pkey in self.seen[s.id]:   # every page of the listing links the same pager
                    continue
                if sel is None:   # the form's fields: parsed here for ASP.NET pagers only
                    sel = Selector(root=P.parse_html(text))
                fr = postback_request(response, sel, *key, callback=self.parse_page,
                                      errback=self.on_error, priority=_priority("postback", s),
                                      meta={"src": s.id, "kind": "postback", "depth": depth, "lp": lp + 1,
                                            "entry": False, "download_slot": meta.get("download_slot"),
                                            "download_maxsize": self.max_file_bytes, "handle_httpstatus_list": [304],
                                            **self._throttle(s)})
                if fr is not None:
                    fr = self._schedule(s, fr, "postback", key=pkey)
                    if fr is not None:
                        self.tally.count("postback_pages", s.id)
                        yield fr
                continue
            if link.kind != "page" or link.nofollow or not self._in_domain(s, link.url, page=True):
                continue
            if link.pager:
                if paginate:
                    r = self._req(s, link.url, "page", depth=depth, lp=lp + 1)
                    if r:
                        yield r
            elif depth + 1 <= s.limits.max_depth:
                r = self._req(s, link.url, "page", depth=depth + 1)
                if r:
                    yield r

    # -- articles -----------------------------------------------------------------------
    def handle_article(self, response, s: SourceConfig, art: A.ArticleText, links: list[P.Link]):
        raw_sha = hashlib.sha256(response.body).hexdigest()
        cutoff = self._cutoff[s.id]
        if cutoff and art.published_date and art.published_date < cutoff:
            self.tally.count("older_than_lookback", s.id)
            self._state(response, s, "old:" + raw_sha)
            _record_snapshot(self.store, response, frontier=self.frontier)
            response.meta["settled"] = True   # done once its links are written down (parse_page)
            return
        files = [l for l in links if l.kind in ("file", "maybe_file") and self._in_domain(s, l.url)]
        files = list({l.url: l for l in files}.values())
        if not (reform_terms(art.title) or reform_terms(art.text) or P.doc_numbers(art.title + "\n" + art.text)
                or files):
            self.tally.offtopic(s.id, response.url)
            self._state(response, s, "offtopic:" + raw_sha)
            _record_snapshot(self.store, response, frontier=self.frontier)
            response.meta["settled"] = True   # done once its links are written down (parse_page)
            return
        content_hash = page_hash(art.title, art.text, [(u, "") for u in sorted(l.url for l in files)])
        canonical = self._alias(response.url, content_hash)
        if canonical is not None and canonical != response.url:
            self.tally.count("article variant skipped (same content)", s.id)
            self._state(response, s, "alias:" + canonical)
            _record_snapshot(self.store, response, frontier=self.frontier)
            response.meta["settled"] = True   # done once its links are written down (parse_page)
            return
        self.by_hash[content_hash] = response.url
        state = self.store.crawl_state(response.url) if self.store is not None else None
        if state and state.get("content_hash") == content_hash and self.store.document_id_for_url(response.url):
            self.tally.unchanged_by_hash(s.id, response.url)
            self._state(response, s, content_hash)
            _record_snapshot(self.store, response, self.store.document_id_for_url(response.url), self.frontier)
            response.meta["settled"] = True   # done once its links are written down (parse_page)
            return
        item = FetchedPage(
            source_id=s.id, province=s.province, url=response.url, title=art.title, text=art.text,
            published_date=art.published_date, date_text=art.date_text, etag=_h(response, "ETag"),
            last_modified=_h(response, "Last-Modified"), raw_sha256=raw_sha, raw_path=response.meta.get("snapshot_path"),
            fetched_at=_now(), content_hash=content_hash, frontier_key=response.meta.get("fkey"),
            snapshot=response.meta.get("snapshot"))
        pending = [(l.url, l.kind) for l in files]
        yield from self._next_file(item, pending, response.meta)

    def _alias(self, url: str, content_hash: str) -> str | None:
        """The URL this content is already stored under (another variant of the same article)."""
        if content_hash in self.by_hash:
            return self.by_hash[content_hash]
        if self.store is None:
            return None
        st = self.store.crawl_state(url)
        if st and str(st.get("content_hash") or "").startswith("alias:"):
            return st["content_hash"][6:]
        r = self.store.conn.execute("SELECT url FROM crawl_state WHERE content_hash=? AND url != ? LIMIT 1",
                                    (content_hash, url)).fetchone()
        return r[0] if r else None

    def _next_file(self, item: FetchedPage, pending: list[tuple[str, str]], meta: dict):
        s = self.sources[item.source_id]
        while pending:
            url, kind = pending.pop(0)
            if any(f.url == url for f in item.files):
                continue
            r = self._req(s, url, "file", depth=meta.get("depth", 0), item=item, pending=pending, hint=kind)
            yield r
            return
        yield item

    def parse_file(self, response):
        item, pending = response.meta["item"], response.meta["pending"]
        s = self._source(response)
        self.tally.file_fetched(s.id, response)
        if response.status == 200 and isinstance(response, TextResponse) and not _is_download(response) \
                and "html" in (_h(response, "Content-Type") or "text/html").lower():
            # not a file but a page about one (a WordPress attachment page, a download page):
            # its file links join this article's attachments, one level deep
            if response.meta.get("hint") == "maybe_file" and not response.meta.get("via_page"):
                root = P.parse_html(decode_page(response))
                found = [(l.url, "file") for l in P.links(root, response.url)
                         if l.kind == "file" or (l.kind == "maybe_file" and _looks_downloadable(l.url))]
                for u, _ in found:
                    if self._in_domain(s, u):
                        pending.insert(0, (u, "via_page"))
            self.tally.count("link to a page, not a file", s.id)
            yield from self._next_file(item, pending, response.meta)
            return
        entry = FetchedFile(url=response.request.url, status=response.status, size=len(response.body),
                            media_type=_h(response, "Content-Type"), etag=_h(response, "ETag"),
                            last_modified=_h(response, "Last-Modified"),
                            filename=disposition_filename(_h(response, "Content-Disposition")))
        if response.status == 304:
            entry.not_modified = True
        elif response.status >= 400:
            kind = "http_404" if response.status in (404, 410) else f"http_{response.status // 100}xx"
            entry.error = f"HTTP {response.status}"
            self.tally.error(kind, response.request.url, f"attachment: HTTP {response.status}", s.id)
        else:
            entry.data = response.body
            entry.sha256 = hashlib.sha256(response.body).hexdigest()
            entry.snapshot = response.meta.get("snapshot")
        item.files.append(entry)
        yield from self._next_file(item, pending, response.meta)

    def on_file_error(self, failure):
        req = failure.request
        item, pending = req.meta["item"], req.meta["pending"]
        kind, msg = classify_failure(failure)
        self.tally.error(kind, req.url, "attachment: " + msg, req.meta["src"])
        item.files.append(FetchedFile(url=req.url, error=msg, error_kind=kind))
        yield from self._next_file(item, pending, req.meta)

    # -- errors ---------------------------------------------------------------------
    def on_error(self, failure):
        req = failure.request
        kind, msg = classify_failure(failure)
        src = req.meta.get("src")
        if req.meta.get("kind") == "robots":
            return
        if req.meta.get("guess"):  # /sitemap.xml asked on the off chance
            self._done(req)
            return
        if kind == "robots":
            self.tally.count("robots_forbidden", src)
            self._done(req)
            return
        if failure.check(HttpError):
            resp = failure.value.response
            self.tally.page(src, resp)
            if resp.status in (403, 503, 429) and X.looks_like_challenge(resp.text if isinstance(resp, TextResponse) else ""):
                self.tally.challenge(src)
                kind = "botwall"
            if resp.status in (404, 410):  # gone for good: nothing to try again
                self._done(req)
                if req.meta.get("entry"):
                    self.tally.error(kind, req.url, msg, src, entry=True)
                else:  # a broken link on the portal, not a failure of the crawl
                    self.tally.count("broken links (404/410)", src)
                return
        if req.meta.get("fkey") and self.frontier is not None:
            self.frontier.failed(req.meta["fkey"], msg)   # tried first next run
        self.tally.error(kind, req.url, msg, src, entry=req.meta.get("entry", False))


def _is_download(response) -> bool:
    cd = (_h(response, "Content-Disposition") or "").lower()
    ct = (_h(response, "Content-Type") or "").lower()
    return cd.startswith("attachment") or (bool(ct) and not any(t in ct for t in ("html", "xml", "text/plain")))


def disposition_filename(value: str | None) -> str | None:
    """The file name of a Content-Disposition header (RFC 6266: filename*=UTF-8''... wins over
    filename=), without any directory part; raw UTF-8 sent as header bytes is read as UTF-8."""
    if not value or "filename" not in value.lower():
        return None
    from email.message import Message
    m = Message()
    m["Content-Disposition"] = value
    name = m.get_filename()
    if not name:
        return None
    try:
        name = name.encode("latin-1").decode("utf-8")   # headers arrive decoded as Latin-1
    except (UnicodeEncodeError, UnicodeDecodeError):
        pass
    name = re.split(r"[/\\]", name.strip().strip('"'))[-1].strip()
    return unicodedata.normalize("NFC", name)[:200] or None


def _looks_downloadable(url: str) -> bool:
    return bool(P.FILE_EXT.search(urlparse(url).path) or P.MAYBE_FILE_URL.search(url))


def _merged_selectors(s: SourceConfig, fam) -> dict:
    """The source's selectors, the family's where the source gives none."""
    out = s.selectors.model_dump(exclude_none=True)
    if fam:
        for k, v in fam.selectors.model_dump(exclude_none=True).items():
            if k in ("title", "date", "body"):
                out.setdefault(k, v)
    return out


def _cutoff(years: int | None) -> date | None:
    """Start of the look-back window (None: no window)."""
    if not years:
        return None
    today = datetime.now(timezone.utc).date()
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


def postback_request(response, sel: Selector, target: str, argument: str, **kw) -> FormRequest | None:
    """Replay an ASP.NET WebForms postback: every field of the form holding __VIEWSTATE
    (hidden fields incl. __EVENTVALIDATION, text inputs) plus __EVENTTARGET/__EVENTARGUMENT."""
    form = sel.xpath("//form[.//input[@name='__VIEWSTATE']]")
    if not form:
        return None
    form = form[0]
    data: list[tuple[str, str]] = []
    for inp in form.xpath(".//input[@name]"):
        typ = (inp.attrib.get("type") or "text").lower()
        if typ in ("submit", "image", "button", "reset", "file") or (typ in ("checkbox", "radio") and "checked" not in inp.attrib):
            continue
        data.append((inp.attrib["name"], inp.attrib.get("value", "")))
    for sel_el in form.xpath(".//select[@name]"):
        val = sel_el.xpath("./option[@selected]/@value").get() or sel_el.xpath("./option[1]/@value").get() or ""
        data.append((sel_el.attrib["name"], val))
    data = [(k, v) for k, v in data if k not in ("__EVENTTARGET", "__EVENTARGUMENT")]
    data += [("__EVENTTARGET", target), ("__EVENTARGUMENT", argument)]
    action = urljoin(response.url, form.attrib.get("action") or response.url)
    return FormRequest(action, formdata=data, method="POST", dont_filter=True, **kw)


def decode_page(response: TextResponse) -> str:
    """The page's text; a page declared Latin-1/Windows-1252 whose bytes are valid UTF-8 with
    non-ASCII letters is UTF-8 mislabelled (a common portal misconfiguration)."""
    enc = (response.encoding or "").lower().replace("_", "-")
    if enc in ("cp1252", "iso-8859-1", "latin-1", "latin1", "windows-1252", "ascii", "us-ascii"):
        body = response.body
        if not body.isascii():
            try:
                return body.decode("utf-8")
            except UnicodeDecodeError:
                pass
    return response.text


def _h(response, name: str) -> str | None:
    v = response.headers.get(name)
    return v.decode("latin-1") if v else None


def classify_failure(failure) -> tuple[str, str]:
    v = failure.value
    if failure.check(HttpError):
        st = v.response.status
        kind = "http_404" if st in (404, 410) else ("http_403" if st == 403 else f"http_{st // 100}xx")
        return kind, f"HTTP {st}"
    if failure.check(IgnoreRequest):
        m = str(v)
        if "robots" in m.lower():
            return "robots", "forbidden by robots.txt"
        if "redirect" in m.lower():
            return "redirect_loop", "redirect loop (max redirections reached)"
        return "ignored", m[:200]
    if failure.check(*_SCRAPY_TIMEOUT, TimeoutError, TCPTimedOutError):
        return "timeout", f"timed out ({v})"[:200]
    if failure.check(DNSLookupError):
        return "dns", f"DNS lookup failed ({v})"[:200]
    if failure.check(*_SCRAPY_CANCELLED):
        return "too_large", f"aborted: larger than the size limit ({v})"[:200]
    if failure.check(*_SCRAPY_CONNECT, ConnectionRefusedError, ConnectError):
        return "connection", f"connection failed ({v})"[:200]
    name = type(v).__name__
    if "Cancelled" in name or "maxsize" in str(v).lower() or "max size" in str(v).lower():
        return "too_large", f"aborted: larger than the size limit ({v})"[:200]
    return name.lower(), f"{name}: {v}"[:200]


def _record_snapshot(store, response, document_id: int | None = None, frontier=None) -> None:
    """A capture that produces no document item (off-topic, unchanged): see crawler.capture.save_record."""
    row = response.meta.get("snapshot")
    if row:
        from crawler.capture import save_record
        save_record(store, frontier, row, document_id)
