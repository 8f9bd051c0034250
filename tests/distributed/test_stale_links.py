"""A crawl worker taken for dead while alive (paused past its heartbeat) has the links of its
taken-back requests dropped in Redis as stale. If it is the one that fetches such a request again,
its spider must link those pages again: a spider that still remembered them as linked lost their
pages for good (the rare lost pages of the paused-worker scale-out test)."""
from __future__ import annotations

import uuid

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from crawler.distributed.frontier import ReliableScheduler, scrapy_settings
from crawler.distributed.inflight import PARENT
from crawler.distributed.keys import JobKeys
from crawler.spiders.portal import PortalSpider
from tests.crawler.test_saved_pages import FILES, _collect, spider_for


def scheduler_for(spider, redis_url: str) -> ReliableScheduler:
    """The distributed frontier's scheduler of a fresh job, opened on `spider`."""
    crawler = get_crawler(PortalSpider, scrapy_settings(redis_url, JobKeys(f"t-{uuid.uuid4().hex}"), 2, 0))
    spider._set_crawler(crawler)   # noqa: SLF001 (what Crawler does for the spider it builds)
    sched = ReliableScheduler.from_crawler(crawler)
    sched.open(spider)
    return sched


def listing_links(spider, family: str) -> list[Request]:
    """The requests the spider's callback yields for the saved listing page of `family`."""
    import yaml
    index = yaml.safe_load((FILES / family / "pages.yaml").read_text(encoding="utf-8"))
    sid = "sim-" + index["site"]
    url = next(p["url"] for p in index["pages"] if p["file"] == "listing.html")
    req = spider._req(spider.sources[sid], url, "page", depth=0, entry=True)
    if req is None:     # linked already by this spider: what its parent's callback gives
        req = Request(url, meta={"src": sid, "kind": "page", "depth": 0, "lp": 1, "entry": True},
                      callback=spider.parse_page, dont_filter=True)
    resp = HtmlResponse(url=url, body=(FILES / family / "listing.html").read_bytes(), request=req, status=200,
                        headers={"Content-Type": "text/html; charset=utf-8"})
    return [o for o in _collect(req.callback(resp)) if isinstance(o, Request)]


@pytest.mark.parametrize("family", ["liferay", "nukeviet", "sharepoint"])
def test_links_dropped_as_stale_are_linked_again_by_the_same_worker(redis_url, family):
    spider, _ = spider_for(family)
    sched = scheduler_for(spider, redis_url)
    first = listing_links(spider, family)
    assert first, "the saved listing links nothing"
    # outputs of a listing whose in-flight entry another worker took back: held, then dropped
    # with the listing's end, which finds the entry gone
    for req in sched.handover.each("gone-worker|token", first):
        assert req.meta[PARENT] == "gone-worker|token"
        sched.enqueue_request(req)
    assert "gone-worker|token" not in sched.handover.requests
    assert len(sched.queue) == 0 and sched.server.scard(sched.df.key) == 0    # dropped, not refused as seen
    again = listing_links(spider, family)
    assert {r.url for r in again} == {r.url for r in first}


def test_links_queued_stay_linked_once(redis_url):
    """Links queued (or refused as seen by the shared filter) are not linked twice by one spider."""
    spider, _ = spider_for("nukeviet")
    sched = scheduler_for(spider, redis_url)
    first = listing_links(spider, "nukeviet")
    assert all(sched.enqueue_request(r) for r in first)
    assert listing_links(spider, "nukeviet") == []
    assert len(sched.queue) == len(first)


def test_a_link_written_with_vietnamese_letters_is_forgotten_as_linked():
    """Scrapy escapes a URL's non-ASCII letters; the spider remembers the link as written."""
    spider, sid = spider_for("nukeviet")
    s = spider.sources[sid]
    url = "http://quangtri.portal.test/vi/news/cải-cách-hành-chính/kế-hoạch-2025.html"
    req = spider._req(s, url, "page", depth=1)
    assert req is not None and req.url != url
    assert spider._req(s, url, "page", depth=1) is None
    spider.forget(req)
    assert spider._req(s, url, "page", depth=1) is not None
