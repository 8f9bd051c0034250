"""Requests and the frontier: what is asked, in which order, and what is written down before it is."""
from __future__ import annotations

from urllib.parse import urlparse

from scrapy.http import Request

from crawler.sources import SourceConfig

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


class SchedulingMixin:
    """Builds and schedules the spider's requests; PortalSpider holds the state it uses."""

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

    def forget(self, request: Request) -> None:
        """`request` was not scheduled after all: the distributed frontier dropped it as the output of
        a request another worker took back. That request is fetched again, maybe by this worker,
        whose parse must then link it again rather than find it already seen here."""
        sid = request.meta.get("src")
        if sid in self.seen:
            self.seen[sid].discard(request.meta.get("fkey"))
            self.seen_urls[sid].discard(request.meta.get("linked", request.url))

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
        req = Request(url, callback=cb, errback=self.on_error, meta=m, priority=_priority(role, s))
        if req.url != url:      # escaped by Scrapy: forget() needs the URL as linked
            req.meta["linked"] = url
        req = self._schedule(s, req, kind)
        if req is not None or self.fetched[s.id] < s.limits.max_pages:   # scheduled now or before
            self.seen_urls[s.id].add(url)
        return req
