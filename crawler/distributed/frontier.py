"""The shared crawl frontier: Scrapy settings for scrapy-redis (requests and their fingerprints in
Redis, so N crawl workers on any machines share one queue and never fetch a URL twice), a
per-domain download lease in Redis (politeness holds across workers, not only inside one), an
extension that ends a worker once the shared frontier has stayed empty, and the item pipeline that
hands fetched pages to the process workers' stream."""
from __future__ import annotations

import logging
import time
import uuid
from urllib.parse import urlparse

from crawler.distributed.keys import JobKeys
from crawler.distributed.streams import WorkQueue

log = logging.getLogger(__name__)


def scrapy_settings(redis_url: str, keys: JobKeys, per_domain: int, idle_exit: float) -> dict:
    return {
        "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
        "SCHEDULER_QUEUE_KEY": keys.requests,
        "SCHEDULER_DUPEFILTER_KEY": keys.dupefilter,
        "SCHEDULER_PERSIST": True,          # one worker ending must not wipe the queue the others share
        "REDIS_URL": redis_url,
        "PARWATCH_JOB": keys.job,
        "PARWATCH_LEASES_PER_DOMAIN": per_domain,
        "PARWATCH_IDLE_EXIT": idle_exit,
        # after RobotsTxtMiddleware (100): a request waiting for its robots.txt holds no lease that
        # the robots.txt download itself would need
        "DOWNLOADER_MIDDLEWARES": {"crawler.distributed.frontier.DomainLease": 150},
        "EXTENSIONS": {"crawler.distributed.frontier.IdleExit": 500},
        "ITEM_PIPELINES": {"crawler.distributed.frontier.ToStream": 300},
    }


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
    and at most download timeout + 10 s (a killed worker's leases lapse)."""
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
        token = uuid.uuid4().hex
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


class IdleExit:
    """A crawl worker stays up while the shared frontier may still grow (another worker is parsing
    a page) and ends once it has been idle, with the Redis queue empty, for PARWATCH_IDLE_EXIT
    seconds (0: never; a long-running worker then waits for new requests)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.idle_exit = crawler.settings.getfloat("PARWATCH_IDLE_EXIT", 10)
        self.since: float | None = None

    @classmethod
    def from_crawler(cls, crawler):
        from scrapy import signals
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_idle, signal=signals.spider_idle)
        return ext

    def spider_idle(self, spider=None):
        from scrapy.exceptions import DontCloseSpider
        now = time.monotonic()
        self.since = self.since if self.since is not None else now
        if self.idle_exit > 0 and now - self.since >= self.idle_exit:
            return          # idle long enough: let the spider close
        # the next idle signal comes after new work was found or the next engine heartbeat
        if len(self.crawler.engine._slot.scheduler):   # noqa: SLF001 - requests other workers queued
            self.since = None
        raise DontCloseSpider


class ToStream:
    """Item pipeline of a crawl worker: each FetchedPage (page text, metadata, attachment bytes)
    goes to the job's pages stream for the process workers; nothing touches the store here."""

    def __init__(self, crawler):
        self.r = _redis(crawler.settings)
        self.keys = JobKeys(crawler.settings.get("PARWATCH_JOB"))
        self.count = 0

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item, spider=None):
        WorkQueue.add(self.r, self.keys.pages, item)
        self.count += 1
        return item
