"""The one generic spider: every portal is data (crawler/sources/*.yaml), not code.

Per source: start URLs / sections, feeds (RSS/Atom), sitemaps; listing pages are recognised by
their links, pagination by page-N paths, trang-N.html, ?page=/_101_cur= parameters, pager texts and
ASP.NET __doPostBack forms (replayed with __VIEWSTATE/__EVENTVALIDATION). Articles are followed when
their link text or URL names reform vocabulary (or when they sit in a reform section), read with
trafilatura, kept only when on-topic (crawler.relevance), and handed to the pipeline with their
attachments' bytes. Articles and files are fetched conditionally (ETag/Last-Modified, see
crawler.middlewares); content hashes spare re-extraction when a portal ignores conditional GET.
"""
from __future__ import annotations

import hashlib
import re
import time
from datetime import date, datetime, timezone
from urllib.parse import urljoin, urlparse

import scrapy
from parsel import Selector
from scrapy.exceptions import IgnoreRequest
from scrapy.http import FormRequest, Request, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import (ConnectError, ConnectionRefusedError, DNSLookupError, TCPTimedOutError,
                                    TimeoutError)

from crawler import extract as X
from crawler.items import FetchedFile, FetchedPage
from crawler.relevance import is_on_topic, link_score, reform_terms, section_worth
from crawler.sources import SourceConfig, by_priority
from crawler.tally import Tally
from store.sqlite import content_hash as page_hash

import scrapy.exceptions as _sx

_SCRAPY_TIMEOUT = tuple(c for c in [getattr(_sx, "DownloadTimeoutError", None)] if c)
_SCRAPY_CANCELLED = tuple(c for c in [getattr(_sx, "DownloadCancelledError", None)] if c)
_SCRAPY_CONNECT = tuple(c for c in [getattr(_sx, "DownloadConnectionRefusedError", None),
                                    getattr(_sx, "DownloadFailedError", None)] if c)
FILE_STATUSES = [304, 404, 403, 410, 500, 502, 503]
# Scheduling order. Attachments first: an article's item waits for them. Then listings, feeds,
# sitemaps and postback pages: they discover the articles, and pagination is a chain (page N+1 is
# only known once page N is parsed), so a listing queued behind every known article would leave
# the download slots idle between bursts. Articles last.
PRIORITY = {"file": 3, "listing": 2, "postback": 2, "feed": 2, "sitemap": 2, "article": 1}
# Within a kind, denser sources first: the Scrapy priority is kind*10 + (9 - source priority).
# Listings of `render: js` sources are loaded in headless Chromium (scrapy-playwright) and read
# once the page's scripts have fetched what they fetch.
RENDER_WAIT = "networkidle"


def _priority(kind: str, s: SourceConfig) -> int:
    return PRIORITY.get(kind, 0) * 10 + (9 - s.priority)


def _now() -> datetime:
    return datetime.now(timezone.utc)


class PortalSpider(scrapy.Spider):
    name = "portal"
    custom_settings: dict = {}

    def __init__(self, sources: list[SourceConfig] | None = None, store=None, tally: Tally | None = None,
                 max_file_bytes: int = 50 * 1024 * 1024, ocr: bool = True, crawl_workers: int | None = None, **kw):
        super().__init__(**kw)
        self.crawl_workers = crawl_workers          # the pipeline's worker processes (None: its default)
        self.sources = {s.id: s for s in sources or []}
        self.store = store
        self.tally = tally or Tally()
        self.max_file_bytes = max_file_bytes
        self.ocr = ocr
        self.pages_scheduled: dict[str, int] = {s: 0 for s in self.sources}
        self.postbacks_seen: set[tuple] = set()
        self._netlocs: dict[str, set[str]] = {}
        self._patterns = {s.id: s.effective_article_pattern() for s in self.sources.values()}
        fams = {s.id: s.family() for s in self.sources.values()}
        self._print = {sid: re.compile(f.print) for sid, f in fams.items() if f and f.print}
        self._selectors = {sid: _merged_selectors(s, fams[sid]) for sid, s in self.sources.items()}
        self._cutoff = {s.id: _cutoff(s.limits.lookback_years) for s in self.sources.values()}

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        from scrapy import signals
        crawler.signals.connect(spider.on_dropped, signal=signals.request_dropped)
        return spider

    def on_dropped(self, request, spider=None):
        """A redirect back to a URL already visited is dropped by the duplicate filter: a loop."""
        urls = request.meta.get("redirect_urls") or []
        if urls and request.url in urls:
            self.tally.error("redirect_loop", urls[0], f"redirect loop: {' -> '.join(urls + [request.url])}"[:300],
                             request.meta.get("src"))

    # -- start ------------------------------------------------------------------
    async def start(self):
        for s in by_priority(list(self.sources.values())):
            self.tally.source(s.id)
            for u in s.entry_urls():
                yield self._req(s, u, "listing", depth=0, reform=bool(reform_terms(u.replace("-", " "))), entry=True)
            for u in s.feeds:
                yield self._req(s, u, "feed", depth=0, entry=True)
            for u in s.sitemaps:
                yield self._req(s, u, "sitemap", depth=0, entry=True)

    def _req(self, s: SourceConfig, url: str, kind: str, *, depth: int, reform: bool = False, lp: int = 1,
             entry: bool = False, **meta) -> Request | None:
        if kind in ("listing", "article", "feed", "sitemap"):
            if self.pages_scheduled[s.id] >= s.limits.max_pages:
                self.tally.count("limit_max_pages", s.id)
                return None
            self.pages_scheduled[s.id] += 1
        m = {"src": s.id, "kind": kind, "depth": depth, "reform": reform, "lp": lp, "entry": entry,
             "download_slot": urlparse(url).netloc, **meta}
        if s.limits.delay == 0:
            # delay 0 (a local mirror or the simulator): no AutoThrottle on this portal's slot, which
            # would otherwise turn the crawler's own processing time into a growing delay
            m["autothrottle_dont_adjust_delay"] = True
        if kind in ("article", "file"):
            m["handle_httpstatus_list"] = [304] if kind == "article" else FILE_STATUSES
        if kind == "listing" and s.render == "js":
            from scrapy_playwright.page import PageMethod
            m["playwright"] = True
            m["playwright_page_methods"] = [PageMethod("wait_for_load_state", RENDER_WAIT)]
        m["download_maxsize"] = self.max_file_bytes
        cb = {"listing": self.parse_page, "article": self.parse_page, "feed": self.parse_feed,
              "sitemap": self.parse_sitemap}.get(kind, self.parse_page)
        return Request(url, callback=cb, errback=self.on_error, meta=m, priority=_priority(kind, s))

    def _source(self, response_or_request) -> SourceConfig:
        return self.sources[response_or_request.meta["src"]]

    def _in_domain(self, s: SourceConfig, url: str) -> bool:
        if s.id not in self._netlocs:
            locs = {urlparse(u).netloc.lower() for u in [s.base_url, *s.start_urls, *s.feeds, *s.sitemaps]}
            self._netlocs[s.id] = locs | {n[4:] for n in locs if n.startswith("www.")} | {"www." + n for n in locs}
        p = urlparse(url)
        return p.netloc.lower() in self._netlocs[s.id] or (p.hostname or "").lower() in s.allowed_domains

    # -- pages ------------------------------------------------------------------
    def parse_page(self, response):
        s = self._source(response)
        meta = response.meta
        self.tally.page(s.id, response)
        if "playwright" in (response.flags or []):
            self.tally.count("rendered_pages", s.id)
        if response.status == 304:
            self.tally.not_modified(s.id, response.url, self.store)
            return
        if not isinstance(response, TextResponse):
            return
        text = decode_page(response)
        if X.looks_like_challenge(text[:5000]) and len(text) < 20000:
            self.tally.error("botwall", response.url, "challenge page instead of content", s.id)
            self.tally.challenge(s.id)
            return
        t0 = time.perf_counter()
        sel = Selector(text=text)
        links = X.classify_links(sel, response.url, self._patterns[s.id], s.selectors.article_links)
        if s.id in self._print:
            links = [x for x in links if not self._print[s.id].search(x.url)]
        self.tally.timed("link classification", time.perf_counter() - t0)
        is_article = meta["kind"] == "article" or (X.is_article_url(response.url, self._patterns[s.id])
                                                   and meta["kind"] != "listing")
        if is_article:
            # the page is parsed and its links classified once; extract_article reuses both
            yield from self.handle_article(response, s, text, sel=sel,
                                           links=None if s.selectors.article_links else links)
        else:
            heading = " ".join(sel.css("h1::text, h2::text, title::text").getall()[:3])
            reform = meta["reform"] or bool(reform_terms(heading))
            yield from self.follow_listing(response, s, sel, links, reform)
            return
        # from an article: follow related links that look relevant
        for link in links:
            if link.kind == "article" and self._in_domain(s, link.url) and link_score(link.text, link.url) > 0:
                r = self._req(s, link.url, "article", depth=meta["depth"] + 1)
                if r:
                    yield r

    def follow_listing(self, response, s: SourceConfig, sel: Selector, links: list[X.Link], reform: bool):
        meta = response.meta
        depth, lp = meta["depth"], meta["lp"]
        for link in links:
            if link.kind == "postback":
                if lp >= s.limits.max_listing_pages:
                    continue
                key = (s.id, response.url.split("?")[0], link.extra["target"], link.extra["argument"])
                if key in self.postbacks_seen:
                    continue
                self.postbacks_seen.add(key)
                fr = postback_request(response, sel, link.extra["target"], link.extra["argument"],
                                      callback=self.parse_page, errback=self.on_error, priority=_priority("postback", s),
                                      meta={**{k: meta[k] for k in ("src", "depth")}, "kind": "listing", "reform": reform,
                                            "lp": lp + 1, "entry": False, "download_slot": meta.get("download_slot"),
                                            "download_maxsize": self.max_file_bytes,
                                            **({"autothrottle_dont_adjust_delay": True} if s.limits.delay == 0 else {})})
                if fr is None:
                    continue
                if self.pages_scheduled[s.id] < s.limits.max_pages:
                    self.pages_scheduled[s.id] += 1
                    self.tally.count("postback_pages", s.id)
                    yield fr
                continue
            if link.kind == "file" or not self._in_domain(s, link.url):
                continue
            if link.kind == "article":
                if depth + 1 > s.limits.max_depth + 1:
                    continue
                if reform or link_score(link.text, link.url) > 0:
                    r = self._req(s, link.url, "article", depth=depth + 1)
                    if r:
                        yield r
            elif link.kind == "pagination":
                if lp < s.limits.max_listing_pages:
                    r = self._req(s, link.url, "listing", depth=depth, reform=reform, lp=lp + 1)
                    if r:
                        yield r
            elif link.kind == "listing" and depth + 1 <= s.limits.max_depth and section_worth(link.text, link.url):
                r = self._req(s, link.url, "listing", depth=depth + 1,
                              reform=bool(reform_terms(link.text) or reform_terms(link.url.replace("-", " "))))
                if r:
                    yield r

    # -- articles -----------------------------------------------------------------
    def handle_article(self, response, s: SourceConfig, text: str, sel: Selector | None = None,
                       links: list[X.Link] | None = None):
        t0 = time.perf_counter()
        art = X.extract_article(text, response.url, selectors=self._selectors[s.id], sel=sel,
                                links=links)
        self.tally.timed("page extraction (trafilatura, lxml)", time.perf_counter() - t0)
        raw_sha = hashlib.sha256(response.body).hexdigest()
        cutoff = self._cutoff[s.id]
        if cutoff and art.published_date and art.published_date < cutoff:
            self.tally.count("older_than_lookback", s.id)
            return
        if not is_on_topic(art.title, art.text):
            self.tally.offtopic(s.id, response.url)
            if self.store is not None:
                self.store.save_crawl_state(response.url, source_id=s.id, status=response.status,
                                            etag=_h(response, "ETag"), last_modified=_h(response, "Last-Modified"),
                                            content_hash="offtopic:" + raw_sha)
                _record_snapshot(self.store, response)
            return
        content_hash = page_hash(art.title, art.text, [(a.url, "") for a in art.attachments])
        state = self.store.crawl_state(response.url) if self.store is not None else None
        if state and state.get("content_hash") == content_hash and self.store.document_id_for_url(response.url):
            self.tally.unchanged_by_hash(s.id, response.url)
            self.store.save_crawl_state(response.url, source_id=s.id, status=response.status, etag=_h(response, "ETag"),
                                        last_modified=_h(response, "Last-Modified"), content_hash=content_hash)
            _record_snapshot(self.store, response, self.store.document_id_for_url(response.url))
            return
        item = FetchedPage(
            source_id=s.id, province=s.province, url=response.url, title=art.title, text=art.text,
            published_date=art.published_date, date_text=art.date_text, etag=_h(response, "ETag"),
            last_modified=_h(response, "Last-Modified"), raw_sha256=raw_sha, raw_path=response.meta.get("snapshot_path"),
            fetched_at=_now(), content_hash=content_hash, snapshot=response.meta.get("snapshot"))
        pending = [a.url for a in art.attachments if self._file_allowed(s, a.url)]
        yield from self._next_file(item, pending, response.meta)

    def _file_allowed(self, s: SourceConfig, url: str) -> bool:
        return urlparse(url).scheme in ("http", "https")

    def _next_file(self, item: FetchedPage, pending: list[str], meta: dict):
        while pending:
            url = pending.pop(0)
            s = self.sources[item.source_id]
            r = self._req(s, url, "file", depth=meta.get("depth", 0), item=item, pending=pending)
            if r is not None:
                r = r.replace(callback=self.parse_file, errback=self.on_file_error)
                yield r
                return
        yield item

    def parse_file(self, response):
        item, pending = response.meta["item"], response.meta["pending"]
        s = self._source(response)
        self.tally.file_fetched(s.id, response)
        entry = FetchedFile(url=response.request.url, status=response.status, size=len(response.body),
                            media_type=_h(response, "Content-Type"), etag=_h(response, "ETag"),
                            last_modified=_h(response, "Last-Modified"))
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

    # -- feeds and sitemaps ---------------------------------------------------------
    def parse_feed(self, response):
        s = self._source(response)
        self.tally.page(s.id, response)
        sel = Selector(text=response.text, type="xml")
        sel.remove_namespaces()
        for it in sel.xpath("//item | //entry"):
            url = (it.xpath("link/text()").get() or it.xpath("link/@href").get() or "").strip()
            title = it.xpath("title/text()").get() or ""
            if url and self._in_domain(s, url) and (link_score(title, url) > 0):
                r = self._req(s, url, "article", depth=1)
                if r:
                    yield r

    def parse_sitemap(self, response):
        s = self._source(response)
        self.tally.page(s.id, response)
        sel = Selector(text=response.text, type="xml")
        sel.remove_namespaces()
        for loc in sel.xpath("//sitemap/loc/text()").getall():
            if self._in_domain(s, loc.strip()):
                r = self._req(s, loc.strip(), "sitemap", depth=0)
                if r:
                    yield r
        for loc in sel.xpath("//url/loc/text()").getall():
            url = loc.strip()
            if self._in_domain(s, url) and X.is_article_url(url, self._patterns[s.id]) and link_score("", url) > 0:
                r = self._req(s, url, "article", depth=1)
                if r:
                    yield r

    # -- errors ---------------------------------------------------------------------
    def on_error(self, failure):
        req = failure.request
        kind, msg = classify_failure(failure)
        src = req.meta.get("src")
        if kind == "robots":
            self.tally.count("robots_forbidden", src)
            return
        if failure.check(HttpError):
            resp = failure.value.response
            self.tally.page(src, resp)
            if resp.status in (403, 503, 429) and X.looks_like_challenge(resp.text if isinstance(resp, TextResponse) else ""):
                self.tally.challenge(src)
                kind = "botwall"
        self.tally.error(kind, req.url, msg, src, entry=req.meta.get("entry", False))


def _merged_selectors(s: SourceConfig, fam) -> dict:
    """The source's selectors, the family's where the source gives none."""
    out = s.selectors.model_dump(exclude_none=True)
    if fam:
        for k, v in fam.selectors.model_dump(exclude_none=True).items():
            if k in ("title", "date", "body"):
                out.setdefault(k, v)
    return out


def _cutoff(years: int | None) -> date | None:
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


def _record_snapshot(store, response, document_id: int | None = None) -> None:
    """A capture that produces no document item (off-topic, unchanged): recorded at once."""
    row = response.meta.get("snapshot")
    if store is not None and row:
        from store.sqlite import insert_snapshots
        with store.transaction() as c:
            insert_snapshots(c, [row], document_id)
