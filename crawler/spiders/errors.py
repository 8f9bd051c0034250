"""Failed requests: classified (HTTP, DNS, timeout, size, robots...) and tallied; a page that failed
is kept as failed in the frontier, first in line next run."""
from __future__ import annotations

import scrapy.exceptions as _sx
from scrapy.exceptions import IgnoreRequest
from scrapy.http import TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import (ConnectError, ConnectionRefusedError, DNSLookupError, TCPTimedOutError,
                                    TimeoutError)

from crawler import extract as X

_SCRAPY_TIMEOUT = tuple(c for c in [getattr(_sx, "DownloadTimeoutError", None)] if c)
_SCRAPY_CANCELLED = tuple(c for c in [getattr(_sx, "DownloadCancelledError", None)] if c)
_SCRAPY_CONNECT = tuple(c for c in [getattr(_sx, "DownloadConnectionRefusedError", None),
                                    getattr(_sx, "DownloadFailedError", None)] if c)


class ErrorsMixin:
    """The errback of page, feed and sitemap requests."""

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
