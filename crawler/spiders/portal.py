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
from datetime import date, datetime, timezone
from urllib.parse import urljoin, urlparse

import scrapy
from scrapy.http import Request, TextResponse

from crawler import analysis as A
from crawler import extract as X
from crawler import pages as P
from crawler.sources import SourceConfig, by_priority
from crawler.spiders.articles import ArticleMixin
from crawler.spiders.discovery import DiscoveryMixin
from crawler.spiders.errors import ErrorsMixin
from crawler.spiders.files import FilesMixin, _is_download, disposition_filename
from crawler.spiders.listing import ListingMixin
from crawler.spiders.recording import RecordingMixin, _record_snapshot
from crawler.spiders.responses import _h, decode_page
from crawler.spiders.scheduling import SchedulingMixin, _priority
from crawler.tally import Tally

# imported from here by crawler.middlewares and the tests
__all__ = ["PortalSpider", "_is_download", "_merged_selectors", "_priority", "disposition_filename"]


class PortalSpider(SchedulingMixin, DiscoveryMixin, ListingMixin, ArticleMixin, FilesMixin, RecordingMixin,
                   ErrorsMixin, scrapy.Spider):
    """The crawl's state and its page callback; each mixin is one concern of the crawl (its module says which)."""
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
            self._challenged(response, s, captured_at)
            return
        res = await self._analyse(s, text, response.url, response.body if captured_at else None)
        if captured_at:   # recorded before anything else is done with the page, as the middleware would
            self._capture(response, captured_at, res.capture or self._keep(response.body))
            self.tally.count("page captures kept by the worker that read the page")
        info, links = res.info, res.links
        self._remember(response, info, links)
        for f in info.feeds:
            if self._in_domain(s, f):
                r = self._req(s, f, "feed", depth=meta.get("depth", 0) + 1)
                if r:
                    yield r
        elsewhere = self._canonical_elsewhere(response, s, info)
        if elsewhere:
            r = self._req(s, elsewhere, "page", depth=meta.get("depth", 0))
            if r:
                yield r
        # the article first (its attachments are asked first), then the links: both before the page
        # is marked done, so a kill in between re-reads the page
        article = self._article_output(response, s, res, links, elsewhere)
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

    def _challenged(self, response, s: SourceConfig, captured_at: str | None) -> None:
        """A bot wall's challenge instead of the page: an error of the source; the page is done."""
        if captured_at:
            self._capture(response, captured_at, self._keep(response.body))
        self.tally.error("botwall", response.url, "challenge page instead of content", s.id)
        self.tally.challenge(s.id)
        self._done(response)

    def _remember(self, response, info: P.PageInfo, links: list[P.Link]) -> None:
        """What the page turned out to be, in its capture; its links, for a later 304."""
        if response.meta.get("snapshot"):
            response.meta["snapshot"]["kind"] = info.kind
        if _h(response, "ETag") or _h(response, "Last-Modified"):
            # a later 304 for this page yields these links again
            self.frontier and self.frontier.save_links(response.url, [[l.url, l.text, l.kind, l.pager] for l in links
                                                                       if l.kind != "postback"])

    def _canonical_elsewhere(self, response, s: SourceConfig, info: P.PageInfo) -> str | None:
        """The page's in-domain rel=canonical when it names another URL than this one."""
        here = {P.norm_url(response.url), P.norm_url(response.request.url)}
        canonical = info.canonical if info.canonical and self._in_domain(s, info.canonical, page=True) else None
        return canonical if canonical and canonical not in here else None

    def _article_output(self, response, s: SourceConfig, res: A.PageResult, links: list[P.Link],
                        elsewhere: str | None) -> list | None:
        """handle_article's requests and item; None when no article is kept here (the page is written
        down as a page)."""
        if res.article is not None and not elsewhere:
            return list(self.handle_article(response, s, res.article, links))
        if res.info.kind == "article":
            self.tally.count("article variant skipped (canonical elsewhere / noindex)", s.id)
        self._state(response, s, "page:" + hashlib.sha256(response.body).hexdigest())
        _record_snapshot(self.store, response, frontier=self.frontier)
        return None

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
