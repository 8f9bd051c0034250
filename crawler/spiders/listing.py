"""Following a page's links: in-domain pages, pagination (links and ASP.NET postbacks), and the
stored links of a page answered 304."""
from __future__ import annotations

import functools
import hashlib
from urllib.parse import urljoin

from parsel import Selector
from scrapy.http import FormRequest, Request

from crawler import pages as P
from crawler.sources import SourceConfig
from crawler.spiders.scheduling import _priority


class ListingMixin:
    """Requests for the links of a page read (or of a page answered 304, from its stored links)."""

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
        depth, lp = meta.get("depth", 0), meta.get("lp", 1)
        paginate = self._paginates(s, info, lp)
        form = functools.cache(lambda: Selector(root=P.parse_html(text)))   # parsed for ASP.NET pagers only
        postbacks: set[tuple] = set()
        for link in links:
            if link.kind == "postback":
                key = (link.extra["target"], link.extra["argument"])
                if not paginate or key in postbacks:
                    continue
                postbacks.add(key)
                fr = self._postback(response, s, form, key, depth, lp)
                if fr is not None:
                    yield fr
                continue
            if link.kind != "page" or link.nofollow or not self._in_domain(s, link.url, page=True):
                continue
            if link.pager:
                if paginate:
                    r = self._req(s, link.url, "page", depth=depth, lp=lp + 1)
                    if r:
                        yield r
            elif depth + 1 <= s.limits.max_depth or link.extra.get("redirect"):
                r = self._req(s, link.url, "page", depth=depth if link.extra.get("redirect") else depth + 1)
                if r:
                    yield r

    def _paginates(self, s: SourceConfig, info: P.PageInfo, lp: int) -> bool:
        """Pagination goes on while the listing has items and is not older than the look-back window."""
        paginate = info.kind != "article" and info.item_links > 0 and lp < s.limits.max_listing_pages and (
            info.newest is None or self._horizon(s) is None or info.newest >= self._horizon(s))
        if paginate and s.id in self.recrawl and self.store is not None:
            # on a recrawl, older pages of a listing hold only older items: stop where nothing is new
            # (known documents are asked again directly, so an edit behind them is still seen)
            paginate = any(self.store.crawl_state(u) is None for u in info.item_urls if self._in_domain(s, u))
        return paginate

    def _postback(self, response, s: SourceConfig, form, key: tuple[str, str], depth: int, lp: int) -> Request | None:
        """The scheduled request for the listing page an ASP.NET pager names; None when asked already."""
        # one page of a listing whatever the form's state (__VIEWSTATE differs page to page)
        # ("Page$Next" is relative: it names another page from each page)
        where = key[1] if key[1][5:].isdigit() else f"{key[1]}@{lp}"
        pkey = "postback:" + hashlib.sha1(f"{response.url.split('?')[0]}|{key[0]}|{where}".encode()).hexdigest()
        if pkey in self.seen[s.id]:   # every page of the listing links the same pager
            return None
        fr = postback_request(response, form(), *key, callback=self.parse_page,
                              errback=self.on_error, priority=_priority("postback", s),
                              meta={"src": s.id, "kind": "postback", "depth": depth, "lp": lp + 1,
                                    "entry": False, "download_slot": response.meta.get("download_slot"),
                                    "download_maxsize": self.max_file_bytes, "handle_httpstatus_list": [304],
                                    **self._throttle(s)})
        if fr is None:
            return None
        fr = self._schedule(s, fr, "postback", key=pkey)
        if fr is not None:
            self.tally.count("postback_pages", s.id)
        return fr


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
