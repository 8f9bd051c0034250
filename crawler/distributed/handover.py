"""When a request taken from the shared frontier is done: once everything its callback (or errback)
produced has left this process - each new request queued in Redis, each item added to the pages
stream. Only then is its in-flight entry deleted (crawler/distributed/inflight.py).

"The callback's generator is exhausted" is not enough: Scrapy's scraper drains a callback's whole
output into an in-memory asyncio queue first and schedules the requests and runs the item pipeline
afterwards (scrapy.utils.asyncio._parallel_asyncio), so a worker killed in between lost that output
while its request was no longer recorded in flight. Here each output is counted against the
request that produced it, and the count goes down when the scheduler has taken a new request (it
is queued with the request's end, below) and when the item pipeline has finished with an item (item_scraped / item_dropped /
item_error: an item whose pipeline failed is logged by Scrapy and lost, as on a single machine).

What is not the request's last output is held here and handed on when the request is done, in the
Redis step that deletes its entry (Inflight.finish): pages (hold) and new requests (queue_later).
A request's outputs thus leave all at once or not at all: a worker killed or taken for dead before
that step leaves nothing of them behind, and the worker that fetches the request again hands
them all on. (New requests queued one by one let a dont_filter one, which the duplicate filter
cannot refuse, be queued by both workers: an article's page was streamed twice.)"""
from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable

from crawler.distributed.inflight import META, PARENT, Inflight
from crawler.distributed.keys import JobKeys

_ATTR = "_parwatch_handover"
log = logging.getLogger(__name__)


class Handover:
    def __init__(self, inflight: Inflight):
        self.inflight = inflight
        self.open: dict[str, list] = {}    # token -> [outputs still in this process, producer finished]
        self.items: dict[int, str] = {}    # id(item) -> token of the request that produced it
        self.streamed: set[str] = set()    # tokens whose entry went with their last item (ToStream)
        self.held: dict[str, list] = {}    # token -> [(stream, item)] kept back until it is done (hold)
        # token -> [(request, score, data, fingerprint)] queued when it is done (queue_later)
        self.requests: dict[str, list] = {}
        self.dupefilter: str | None = None  # the duplicate filter's key (set by the scheduler)
        self.forget = None                  # request -> None: one of ours dropped, its request taken back

    @classmethod
    def of(cls, crawler) -> Handover:
        """The crawler's one handover (the scheduler, the middlewares and the signals share it)."""
        h = getattr(crawler, _ATTR, None)
        if h is None:
            import redis
            from scrapy import signals
            s = crawler.settings
            h = cls(Inflight(redis.Redis.from_url(s.get("REDIS_URL")), JobKeys(s.get("PARWATCH_JOB")).requests))
            setattr(crawler, _ATTR, h)
            for sig in (signals.item_scraped, signals.item_dropped, signals.item_error):
                crawler.signals.connect(h.item_left, signal=sig)
        return h

    # -- counting ------------------------------------------------------------------------
    def output(self, token: str | None, x):
        """Count x (a new request or an item) as an output of request `token` still in this process."""
        from scrapy import Request
        if isinstance(x, Request):
            x.meta.pop(META, None)      # built from its parent's meta: the parent's token is not its own
            if token:
                x.meta[PARENT] = token
        elif x is not None and token:
            self.items[id(x)] = token
        if token and x is not None:
            self.open.setdefault(token, [0, False])[0] += 1
        return x

    def last(self, token: str | None) -> bool:
        """Is this output of `token` the last one to leave? Then whoever hands it on deletes the
        in-flight entry in the same Redis step (no moment where the output is out and the entry
        still there: a kill then would have the request fetched, and its page streamed, twice)."""
        st = self.open.get(token) if token else None
        return bool(st and st[1] and st[0] == 1 and token not in self.held and token not in self.requests)

    def hold(self, token: str, stream: str, item) -> None:
        """An item that is not yet its request's last output (the callback may still be running: an
        item is piped before its generator is resumed to its end). It is streamed when the request is
        done, in the Redis step that deletes its in-flight entry: a kill before that step re-fetches
        the page, which is then streamed once; a kill after it finds nothing to re-fetch."""
        self.held.setdefault(token, []).append((stream, item))

    def queue_later(self, token: str, request, score: float, data: bytes, fingerprint: str | None) -> None:
        """A new request made by `token`'s callback, (score, data) as ReliablePriorityQueue.encode
        gives them: queued when `token` is done, in the Redis step that deletes its entry, so that a
        worker stopped before that step has queued nothing the request's next fetch queues again (a
        dont_filter request would be queued twice: the duplicate filter does not refuse it)."""
        self.requests.setdefault(token, []).append((request, score, data, fingerprint))

    def left(self, token: str | None, deleted: bool = False) -> None:
        """One output of `token` has left this process (deleted: with its in-flight entry)."""
        st = self.open.get(token) if token else None
        if st is not None:
            st[0] -= 1
            self._maybe_done(token, st, deleted)

    def finished(self, token: str | None) -> None:
        """The callback or errback of `token` has produced all its output (or raised)."""
        if token:
            st = self.open.setdefault(token, [0, False])
            st[1] = True
            self._maybe_done(token, st)

    def _maybe_done(self, token: str, st: list, deleted: bool = False) -> None:
        if st[1] and st[0] <= 0:
            del self.open[token]
            if not deleted:
                self._done(token)

    def _done(self, token: str) -> None:
        held = self.held.pop(token, [])
        requests = self.requests.pop(token, [])
        if self.inflight.finish(token, held, [(score, data, fp) for _, score, data, fp in requests], self.dupefilter):
            if held:
                log.debug("streamed %s with the end of %s", [getattr(i, "url", "") for _, i in held], token)
            return
        if held:
            log.info("dropped %d page(s): another worker took their request back", len(held))
        for request, *_ in requests:
            log.info("dropped %s: another worker took its request back", request.url)
            if self.forget is not None:     # the spider's memory of what it linked must drop it too
                self.forget(request)

    def parent_of(self, item) -> str | None:
        return self.items.get(id(item))

    def item_left(self, item=None, **kw) -> None:
        token = self.items.pop(id(item), None)
        self.left(token, deleted=token is not None and token in self.streamed)
        self.streamed.discard(token)

    # -- producers -----------------------------------------------------------------------
    def counted(self, token: str | None, result):
        """`result` (a callback's or errback's output) with each element counted, and the
        producer finished once it is exhausted or fails."""
        if isinstance(result, AsyncIterator):
            return self.each_async(token, result)
        from itemadapter import is_item
        from scrapy import Request
        if isinstance(result, Request) or is_item(result):     # one output, returned as it is
            self.output(token, result)
        elif isinstance(result, Iterable) and not isinstance(result, (str, bytes)):
            return self.each(token, result)
        self.finished(token)        # None, a Failure: no output to wait for
        return result

    def each(self, token: str | None, result: Iterable):
        try:
            for x in result:
                yield self.output(token, x)
        finally:
            self.finished(token)

    async def each_async(self, token: str | None, result: AsyncIterator):
        try:
            async for x in result:
                yield self.output(token, x)
        finally:
            self.finished(token)

    def errback(self, errback, token: str):
        """The request's errback, its output counted against `token` (the errback of a download
        that failed gets no spider middleware, so OutputDone never sees that output)."""
        def counted_errback(failure):
            try:
                out = errback(failure)
            except BaseException:
                self.finished(token)
                raise
            return self.counted(token, out)
        return counted_errback
