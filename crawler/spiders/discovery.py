"""Discovery that does not depend on the CMS: robots.txt Sitemap: lines, sitemaps and RSS/Atom feeds."""
from __future__ import annotations

from datetime import date
from urllib.parse import urljoin

from parsel import Selector
from scrapy.http import TextResponse

from crawler import pages as P
from crawler.sources import SourceConfig


class DiscoveryMixin:
    """Callbacks of robots.txt, sitemaps and feeds: page requests found without reading a page."""

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
