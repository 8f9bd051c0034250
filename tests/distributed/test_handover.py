"""The crawl frontier's bookkeeping on a real redis-server: queuing checks the duplicate filter in the
same step, a redirect's copy replaces its in-flight entry, and a popped request stays in flight
until every output of its callback has left the worker (not merely been produced)."""
from __future__ import annotations

import uuid

import redis
import scrapy
from scrapy import Request

from crawler.distributed.handover import Handover
from crawler.distributed.inflight import (META, PARENT, QUEUED, SEEN, STALE, Inflight, ReliablePriorityQueue,
                                         alive_key, frontier_idle)
from crawler.distributed.streams import WorkQueue


def queue(redis_url: str) -> tuple[redis.Redis, ReliablePriorityQueue, str]:
    r = redis.Redis.from_url(redis_url)
    key = f"t:{uuid.uuid4().hex}:requests"
    return r, ReliablePriorityQueue(r, scrapy.Spider("t"), key), key + ":dupefilter"


def test_push_once_checks_the_filter_and_queues_in_one_step(redis_url):
    r, q, df = queue(redis_url)
    assert q.push_once(Request("http://a.test/1"), "fp1", df) == QUEUED
    assert q.push_once(Request("http://a.test/1"), "fp1", df) == SEEN
    assert q.push_once(Request("http://a.test/1", dont_filter=True), None, df) == QUEUED
    assert len(q) == 2 and r.scard(df) == 1


def test_a_redirect_copy_replaces_its_in_flight_entry(redis_url):
    r, q, df = queue(redis_url)
    q.push_once(Request("http://a.test/old"), "fp-old", df)
    popped = q.pop()
    assert r.hlen(q.inflight) == 1 and popped.meta[META]
    copy = popped.replace(url="http://a.test/new")          # what RedirectMiddleware queues
    assert q.push_once(copy, "fp-new", df) == QUEUED
    assert r.hlen(q.inflight) == 0 and len(q) == 1
    assert META not in r.zrange(q.key, 0, 0)[0].decode("latin-1")   # stored without the old token
    assert not frontier_idle(r, q.key)
    # a copy refused as already seen still ends the entry it replaces
    q.pop()
    q.push_once(Request("http://a.test/x"), "fp-x", df)
    assert r.hlen(q.inflight) == 1
    x = q.pop()
    assert q.push_once(x.replace(url="http://a.test/new"), "fp-new", df) == SEEN
    assert r.hlen(q.inflight) == 1        # the entry of the first pop above is left, x's is gone


def test_a_request_is_done_only_when_its_outputs_have_left(redis_url):
    r, q, df = queue(redis_url)
    q.push_once(Request("http://a.test/list"), "fp-list", df)
    parent = q.pop()
    token = parent.meta.pop(META)
    h = Handover(Inflight(r, q.key))
    item = {"url": "http://a.test/article"}
    child = Request("http://a.test/article", meta=dict(parent.meta, **{META: "stale"}))
    out = list(h.each(token, [child, item]))      # the callback ran to its end ...
    assert out == [child, item] and child.meta[PARENT] == token and META not in child.meta
    assert r.hexists(q.inflight, token)           # ... but its outputs are still in this process
    h.left(child.meta.pop(PARENT))                # the scheduler queued the new request
    assert r.hexists(q.inflight, token)
    h.item_left(item=item)                        # the item pipeline put the page in the stream
    assert not r.hexists(q.inflight, token)
    assert frontier_idle(r, q.key)


def test_an_errback_output_is_counted_too(redis_url):
    r, q, df = queue(redis_url)
    q.push_once(Request("http://a.test/f.pdf"), "fp-f", df)
    token = q.pop().meta.pop(META)
    h = Handover(Inflight(r, q.key))
    item = {"url": "http://a.test/page"}

    def errback(failure):
        yield item

    assert list(h.errback(errback, token)(None)) == [item]
    assert r.hexists(q.inflight, token)
    h.item_left(item=item)
    assert not r.hexists(q.inflight, token)


def test_a_dead_workers_domain_leases_are_freed(redis_url):
    from crawler.distributed.frontier import free_leases
    from crawler.distributed.keys import JobKeys
    r = redis.Redis.from_url(redis_url)
    keys = JobKeys(f"lease-{uuid.uuid4().hex[:8]}")
    r.zadd(keys.lease("a.test"), {"dead-1|x": 1e12, "live-2|y": 1e12})
    r.zadd(keys.lease("b.test:8080"), {"dead-1|z": 1e12})
    r.zadd(JobKeys("other").lease("a.test"), {"dead-1|q": 1e12})      # another job's lease stays
    assert free_leases(r, keys, {"dead-1"}) == 2
    assert r.zrange(keys.lease("a.test"), 0, -1) == [b"live-2|y"]
    assert r.zcard(keys.lease("b.test:8080")) == 0
    assert r.zcard(JobKeys("other").lease("a.test")) == 1


def test_the_heartbeat_outlives_a_busy_reactor_but_not_a_hung_one(redis_url):
    """A worker whose reactor is blocked for longer than the TTL keeps its requests; one whose
    reactor stays silent past Heartbeat.HUNG loses them to the other workers."""
    import time

    from crawler.distributed.frontier import Heartbeat
    r, q, df = queue(redis_url)
    q.push_once(Request("http://a.test/slow"), "fp-slow", df)
    q.pop()
    heart = Heartbeat({"REDIS_URL": redis_url}, q.key, ttl=0.6)
    heart.HUNG = 2.0
    heart.start()
    try:
        time.sleep(1.5)         # the reactor blocked for 2.5 TTLs (no tick): the thread still beats
        assert Inflight(r, q.key).recover() == set() and r.hlen(q.inflight) == 1
        time.sleep(2.0)         # silent past HUNG: taken for dead, its request queued again
        assert Inflight(r, q.key).recover() and r.hlen(q.inflight) == 0 and len(q) == 1
    finally:
        heart.stop()


def test_a_worker_taken_for_dead_hands_on_nothing_for_requests_taken_back(redis_url):
    """A worker paused past its heartbeat is alive when it resumes: its request was re-queued
    and another worker fetches it, so the retry, the new requests and the page it produces for
    it are dropped, and the page reaches the stream once, from the other worker."""
    r, q, df = queue(redis_url)
    stream = f"t:{uuid.uuid4().hex}:pages"
    for name in ("list", "slow"):
        q.push_once(Request(f"http://a.test/{name}"), f"fp-{name}", df)
    listing, slow = q.pop(), q.pop()
    token = listing.meta.pop(META)
    h = Handover(Inflight(r, q.key))
    item = {"url": "http://a.test/list"}
    child = Request("http://a.test/article", dont_filter=True)
    list(h.each(token, [child, item]))
    h.hold(token, stream, item)
    assert not r.exists(alive_key(q.key, token.split("|")[0]))       # no heartbeat: taken for dead
    assert Inflight(r, q.key).recover() and r.hlen(q.inflight) == 0 and len(q) == 2
    # ... and then it resumes
    assert q.push_once(slow.replace(dont_filter=True), None, df) == STALE      # its retry
    assert q.push_once(child, None, df, parent=child.meta.pop(PARENT)) == STALE
    h.left(token)
    h.item_left(item=item)
    assert r.xlen(stream) == 0 and len(q) == 2 and r.hlen(q.inflight) == 0
    # the worker that took the request back streams the page once
    again = q.pop()
    h2 = Handover(Inflight(r, q.key))
    again_token = again.meta.pop(META)
    list(h2.each(again_token, [item]))
    assert h2.inflight.finish(again_token, [(stream, item)])
    assert [WorkQueue.pack(item)] == [f for _, f in r.xrange(stream)]


class _Spider(scrapy.Spider):
    name = "t"

    def __init__(self):
        super().__init__()
        self.forgotten: list[str] = []

    def forget(self, request):
        self.forgotten.append(request.url)


def _worker(r: redis.Redis, key: str, spider: scrapy.Spider):
    """One crawl worker's scheduler (ReliableScheduler on the shared queue key) and handover."""
    from scrapy_redis.dupefilter import RFPDupeFilter

    from crawler.distributed.frontier import ReliableScheduler
    sched = ReliableScheduler(r, persist=True, queue_key=key,
                              queue_cls="crawler.distributed.inflight.ReliablePriorityQueue",
                              dupefilter=RFPDupeFilter(r, key + ":dupefilter"))
    sched.handover = Handover(Inflight(r, key))
    sched.open(spider)
    return sched


def test_an_unfiltered_output_is_queued_once_though_its_request_was_taken_back(redis_url):
    """The page streamed twice under load (CI, SIGSTOP / SIGKILL tests): an article's first attachment
    request is dont_filter (the duplicate filter cannot refuse a second copy) and is not the callback's
    last output (the page's links follow it). A worker stopped after queuing it but before its last
    link left had the article re-queued; the worker that fetched the article again queued the
    attachment again, and each copy's chain streamed the article's page. Outputs are queued only in
    the Redis step that ends their request, so the stopped worker's copy goes with its request."""
    r = redis.Redis.from_url(redis_url)
    key = f"t:{uuid.uuid4().hex}:requests"
    spider_a, spider_b = _Spider(), _Spider()
    a, b = _worker(r, key, spider_a), _worker(r, key, spider_b)
    a.queue.push_once(Request("http://a.test/article"), "fp-article", a.df.key)

    def outputs(sched, fetched_at: str):
        article = sched.queue.pop()
        token = article.meta.pop(META)
        # what parse_page yields: the first attachment (its item in meta: bytes differ per fetch), a link
        out = [Request("http://a.test/f.pdf", dont_filter=True, meta={"item": {"fetched_at": fetched_at}}),
               Request("http://a.test/next")]
        return token, list(sched.handover.each(token, out))

    token_a, (file_a, link_a) = outputs(a, "t1")
    assert a.enqueue_request(file_a)              # the attachment leaves worker A, then A stops
    assert not r.exists(alive_key(key, token_a.split("|")[0]))      # no heartbeat: taken for dead
    assert Inflight(r, key).recover() and r.hlen(key + ":inflight") == 0
    _, (file_b, link_b) = outputs(b, "t2")        # worker B fetches the article again
    assert b.enqueue_request(file_b) and b.enqueue_request(link_b)
    assert r.hlen(key + ":inflight") == 0
    a.enqueue_request(link_a)                     # A resumes: its request was taken back
    files = [b.queue._decode_request(d).url for d in r.zrange(key, 0, -1)]
    assert sorted(files) == ["http://a.test/f.pdf", "http://a.test/next"], "an output was queued twice"
    assert spider_b.forgotten == []
    assert sorted(spider_a.forgotten) == ["http://a.test/f.pdf", "http://a.test/next"]   # linked again if refetched
