"""The shared crawl frontier: Scrapy settings for scrapy-redis (requests and their fingerprints in
Redis, so N crawl workers on any machines share one queue and never fetch a URL twice) with a
scheduler that checks the filter and queues in one step and counts what each callback hands on, a
per-domain download lease in Redis (politeness holds across workers, not only inside one), an
extension that ends a worker once the shared frontier has stayed empty, and the item pipeline that
hands fetched pages to the process workers' stream."""
from __future__ import annotations

import logging
import threading
import time
import uuid
from urllib.parse import urlparse

from scrapy_redis.scheduler import Scheduler

from crawler.distributed.handover import Handover
from crawler.distributed.inflight import META as INFLIGHT_META
from crawler.distributed.inflight import PARENT, SEEN, STALE, WORKER_ID, Inflight
from crawler.distributed.keys import JobKeys
from crawler.distributed.streams import WorkQueue

log = logging.getLogger(__name__)


def scrapy_settings(redis_url: str, keys: JobKeys, per_domain: int, idle_exit: float, heartbeat: float = 10.0) -> dict:
    return {
        "SCHEDULER": "crawler.distributed.frontier.ReliableScheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_QUEUE_CLASS": "crawler.distributed.inflight.ReliablePriorityQueue",
        "SCHEDULER_QUEUE_KEY": keys.requests,
        "SCHEDULER_DUPEFILTER_KEY": keys.dupefilter,
        "SCHEDULER_PERSIST": True,          # one worker ending must not wipe the queue the others share
        "REDIS_URL": redis_url,
        "PARWATCH_JOB": keys.job,
        "PARWATCH_LEASES_PER_DOMAIN": per_domain,
        "PARWATCH_IDLE_EXIT": idle_exit,
        "PARWATCH_HEARTBEAT_TTL": heartbeat,
        # after RobotsTxtMiddleware (100): a request waiting for its robots.txt holds no lease that
        # the robots.txt download itself would need
        "DOWNLOADER_MIDDLEWARES": {"crawler.distributed.frontier.DomainLease": 150,
                                   "crawler.distributed.frontier.FailedDone": 10},
        "SPIDER_MIDDLEWARES": {"crawler.distributed.frontier.OutputDone": 50},
        "EXTENSIONS": {"crawler.distributed.frontier.IdleExit": 500},
        "ITEM_PIPELINES": {"crawler.distributed.frontier.ToStream": 300},
    }


class ReliableScheduler(Scheduler):
    """scrapy-redis' scheduler on ReliablePriorityQueue: the duplicate filter and the queue change
    in one step, and a callback's new requests are queued in the step that ends their request."""

    @classmethod
    def from_crawler(cls, crawler):
        sched = super().from_crawler(crawler)
        sched.handover = Handover.of(crawler)
        return sched

    def open(self, spider):
        super().open(spider)
        self.handover.dupefilter = self.df.key
        self.handover.forget = getattr(spider, "forget", None)

    def enqueue_request(self, request) -> bool:
        parent = request.meta.pop(PARENT, None)     # not stored with the request
        fp = None if request.dont_filter else self.df.request_fingerprint(request)
        if parent:
            # an output of a popped request's callback: queued with the request's other outputs in
            # the Redis step that ends it (Handover.queue_later). Queued here at once, an article's
            # first attachment (dont_filter, followed by the page's links) was queued twice when
            # this worker stopped before the links had left: the request, re-queued, was fetched
            # again and its attachment queued again, and each copy streamed the article's page.
            score, data = self.queue.encode(request)
            self.handover.queue_later(parent, request, score, data, fp)
            self.handover.left(parent)              # handed to the handover: it leaves with its request
            if self.stats:
                self.stats.inc_value("scheduler/enqueued/redis")
            return True
        got = self.queue.push_once(request, fp, self.df.key)
        if got == STALE:    # a retry or redirect of a request another worker took back
            log.info("dropped %s: another worker took its request back", request.url)
            forget = getattr(self.spider, "forget", None)
            if forget is not None:      # the spider's own memory of what it linked must drop it too
                forget(request)
            return False
        if got == SEEN:
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        return True


def _redis(settings):
    import redis
    return redis.Redis.from_url(settings.get("REDIS_URL"))


# Take a lease on a domain when fewer than `limit` unexpired ones exist. Redis' own clock decides
# expiry, so workers on machines with skewed clocks agree; an expired lease is one of a dead worker.
_ACQUIRE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1e6
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[3])
  redis.call('EXPIRE', KEYS[1], math.ceil(tonumber(ARGV[2])) + 5)
  return 1
end
return 0
"""


class DomainLease:
    """Downloader middleware: at most PARWATCH_LEASES_PER_DOMAIN downloads per domain at once over
    all the job's workers. A lease lives while its download does (released on response or error),
    and at most download timeout + 10 s; a dead worker's leases go when its requests are re-queued
    (free_leases)."""
    META = "_parwatch_lease"
    WAIT = 0.02

    def __init__(self, crawler):
        s = crawler.settings
        self.r = _redis(s)
        self.keys = JobKeys(s.get("PARWATCH_JOB"))
        self.limit = s.getint("PARWATCH_LEASES_PER_DOMAIN", 2)
        self.ttl = s.getfloat("DOWNLOAD_TIMEOUT", 30) + 10
        self.acquire = self.r.register_script(_ACQUIRE)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_request(self, request, spider=None):
        from scrapy.utils.defer import deferred_to_future
        from twisted.internet import reactor
        from twisted.internet.task import deferLater
        # a redirect or retry is a copy of a request whose answer came: its lease is done
        self._release(request)
        key = self.keys.lease(urlparse(request.url).netloc.lower())
        token = f"{WORKER_ID}|{uuid.uuid4().hex}"
        while not self.acquire(keys=[key], args=[self.limit, self.ttl, token]):
            await deferred_to_future(deferLater(reactor, self.WAIT, lambda: None))
        request.meta[self.META] = (key, token)
        return None

    def _release(self, request) -> None:
        lease = request.meta.pop(self.META, None)
        if lease:
            self.r.zrem(*lease)

    def process_response(self, request, response, spider=None):
        self._release(request)
        return response

    def process_exception(self, request, exception, spider=None):
        self._release(request)
        return None


def free_leases(r, keys: JobKeys, workers: set[str]) -> int:
    """Drop the domain leases of dead workers (their downloads ended with them): their portals
    need not wait out the lease expiry. A scan of the job's lease keys, done only when a worker died."""
    n = 0
    for key in r.scan_iter(match=keys.lease("*"), count=500):
        gone = [m for m in r.zrange(key, 0, -1) if m.decode().split("|", 1)[0] in workers]
        if gone:
            n += r.zrem(key, *gone)
    return n


class OutputDone:
    """Spider middleware (outermost): counts each output of a popped request's callback (or of its
    errback after an HTTP error) so that the request is done once they have all left the worker."""

    def __init__(self, crawler):
        self.handover = Handover.of(crawler)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_spider_output(self, response, result, spider=None):
        yield from self.handover.each(response.request.meta.pop(INFLIGHT_META, None), result)

    async def process_spider_output_async(self, response, result, spider=None):
        async for x in self.handover.each_async(response.request.meta.pop(INFLIGHT_META, None), result):
            yield x

    def process_spider_exception(self, response, exception, spider=None):
        # the errback raised (or there was none): no output will come
        self.handover.finished(response.request.meta.pop(INFLIGHT_META, None))
        return None


class FailedDone:
    """Downloader middleware (outermost): a popped request whose download failed or was refused is
    done once its errback's output has left the worker (no errback: at once)."""

    def __init__(self, crawler):
        self.handover = Handover.of(crawler)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_exception(self, request, exception, spider=None):
        token = request.meta.pop(INFLIGHT_META, None)
        if token:
            if request.errback is None:
                self.handover.finished(token)
            else:   # this request object is not queued again: its errback may be wrapped
                request.errback = self.handover.errback(request.errback, token)
        return None


class Heartbeat:
    """Refreshes this worker's alive key from a thread with its own Redis connection, so a reactor
    busy longer than the TTL (start-up on loaded cores, a long parse) does not make the worker look
    dead and its requests fetched twice. A reactor silent for HUNG seconds stops the refresh: a hung
    worker's requests still go back to the queue."""
    HUNG = 60.0

    def __init__(self, settings, queue_key: str, ttl: float):
        self.inflight = Inflight(_redis(settings), queue_key)
        self.ttl, self.every = ttl, max(0.2, min(1.0, ttl / 4))
        self.reactor_seen = time.monotonic()
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._run, name="parwatch-heartbeat", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.stopped.set()

    def reactor_alive(self) -> None:
        self.reactor_seen = time.monotonic()

    def _run(self) -> None:
        while not self.stopped.is_set():
            if time.monotonic() - self.reactor_seen < max(self.HUNG, self.ttl):
                try:
                    self.inflight.heartbeat(self.ttl)
                except Exception as e:  # Redis away for a moment: the next beat tries again
                    log.warning("frontier heartbeat failed: %s", e)
            self.stopped.wait(self.every)


class IdleExit:
    """Starts this worker's heartbeat, re-queues the requests of workers whose heartbeat lapsed, and
    ends the worker once the shared frontier has had nothing queued and nothing in flight anywhere
    for PARWATCH_IDLE_EXIT seconds (0: never; a long-running worker waits for new requests)."""
    TICK = 1.0

    def __init__(self, crawler):
        self.crawler = crawler
        s = crawler.settings
        self.idle_exit = s.getfloat("PARWATCH_IDLE_EXIT", 10)
        self.keys = JobKeys(s.get("PARWATCH_JOB"))
        self.inflight = Inflight(_redis(s), self.keys.requests)
        self.heart = Heartbeat(s, self.keys.requests, s.getfloat("PARWATCH_HEARTBEAT_TTL", 10))
        self.since: float | None = None
        self.loop = None

    @classmethod
    def from_crawler(cls, crawler):
        from scrapy import signals
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(ext.opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        return ext

    def opened(self, spider=None):
        from twisted.internet.task import LoopingCall
        self.heart.start()
        self.loop = LoopingCall(self.tick)
        self.loop.start(self.TICK, now=True)

    def closed(self, spider=None, reason=None):
        self.heart.stop()
        if self.loop is not None and self.loop.running:
            self.loop.stop()

    def tick(self) -> None:
        self.heart.reactor_alive()
        try:
            dead = self.inflight.recover()
            if dead:
                log.warning("re-queued requests of a crawl worker that stopped")
                free_leases(self.inflight.server, self.keys, dead)
        except Exception as e:  # Redis away for a moment: the next tick tries again
            log.warning("frontier recovery failed: %s", e)

    def spider_idle(self, spider=None):
        from scrapy.exceptions import DontCloseSpider
        now = time.monotonic()
        if len(self.crawler.engine._slot.scheduler) or self.inflight.count():  # noqa: SLF001
            self.since = None        # work queued, or in flight with a worker that may add more
            raise DontCloseSpider
        self.since = self.since if self.since is not None else now
        if self.idle_exit > 0 and now - self.since >= self.idle_exit:
            return          # idle long enough: let the spider close
        raise DontCloseSpider


class ToStream:
    """Item pipeline of a crawl worker: each FetchedPage (page text, metadata, attachment bytes)
    goes to the job's pages stream for the process workers; nothing touches the store here. The
    page is streamed in the transaction that takes its request out of the in-flight hash: at once
    when it is the request's last output, else when the request is done (Handover.hold), and only
    while that entry is there. A kill cannot leave the page streamed and its request to be fetched
    again, and a worker taken for dead streams nothing for a request another worker took back."""

    def __init__(self, crawler):
        self.r = _redis(crawler.settings)
        self.keys = JobKeys(crawler.settings.get("PARWATCH_JOB"))
        self.handover = Handover.of(crawler)
        self.count = 0

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item, spider=None):
        parent = self.handover.parent_of(item)
        last = self.handover.last(parent)
        self.count += 1
        url = getattr(item, "url", "")
        if not parent:          # not an output of a request from the shared frontier
            eid = WorkQueue.add(self.r, self.keys.pages, item)
            log.debug("streamed %s as %s: no in-flight request", url, eid)
        elif not last:
            log.debug("held %s until %s is done", url, parent)
            self.handover.hold(parent, self.keys.pages, item)
        else:
            if not self.handover.inflight.finish(parent, [(self.keys.pages, item)]):
                log.info("dropped the page %s: another worker took its request back", url)
            else:
                log.debug("streamed %s with the end of %s", url, parent)
            self.handover.streamed.add(parent)
        return item
