"""Requests a crawl worker has taken from the shared frontier and not finished, kept in Redis so
that a killed worker's requests go back to the queue (scrapy-redis alone pops them for good).

Popping moves a request from the queue into the job's in-flight hash (one Lua script: nothing is
lost between the two), under "<worker>|<token>". The worker deletes the entry when the request is
done: everything its callback or errback produced has left the process (new requests queued,
items handed to the stream: crawler/distributed/handover.py). Every worker refreshes a heartbeat
key; any worker re-queues the in-flight entries of a worker whose heartbeat has lapsed.

Queuing is one Lua script too: the duplicate filter's SADD and the queue's ZADD happen together
(scrapy-redis does them one after the other, so a worker killed in between left a URL marked seen
and never queued), and a redirect or retry of a popped request is queued in the same step as its
first entry is deleted (no moment with both, or neither). The new requests a callback produces are
queued in the step that deletes their request's entry (_FINISH), all or none: queued one by one
before it, one the duplicate filter cannot refuse (dont_filter: an article's first attachment,
a postback pager) was queued twice when the worker was killed or taken for dead before its request
ended, once by it and once by the worker that fetched the request again, and each copy of an
attachment chain streamed the article's page.

A worker taken for dead may still be alive (paused, or its host stalled past the heartbeat TTL): its
requests were re-queued and another worker fetches them. Whatever it hands on afterwards for such a
request (new requests, retries, pages) is dropped in the same Redis step that finds the request's
in-flight entry gone, so each page reaches the stream once."""
from __future__ import annotations

import logging
import os
import socket
import uuid

from scrapy_redis.queue import PriorityQueue

from crawler.distributed.streams import FIELD, WorkQueue

META = "_parwatch_inflight"       # request.meta: the in-flight token of a popped request
PARENT = "_parwatch_parent"       # request.meta: the token of the request whose callback made this one

# pop the best request and record it as in flight in one step
_POP = """
local got = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #got == 0 then return nil end
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, 0)
redis.call('HSET', KEYS[2], ARGV[1], struct.pack('d', tonumber(got[2])) .. got[1])
return got[1]
"""
# queue a request unless its fingerprint is already seen (ARGV[3] '': not filtered). ARGV[4]: the
# in-flight entry it replaces (a redirect or retry); ARGV[5]: the entry of the request whose callback
# made it, which ends here when ARGV[6] is '1' (its last output). An entry already gone means another
# worker re-queued that request, taking this one for dead: the request's outputs come again from
# there, so this copy is dropped (-1). A copy refused as seen (0) still ends the entries.
_PUSH = """
if ARGV[4] ~= '' and redis.call('HDEL', KEYS[3], ARGV[4]) == 0 then return -1 end
if ARGV[5] ~= '' then
  local gone
  if ARGV[6] == '1' then gone = redis.call('HDEL', KEYS[3], ARGV[5]) == 0
  else gone = redis.call('HEXISTS', KEYS[3], ARGV[5]) == 0 end
  if gone then return -1 end
end
if ARGV[3] ~= '' and redis.call('SADD', KEYS[2], ARGV[3]) == 0 then return 0 end
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
return 1
"""
# end an in-flight entry (KEYS[1]) and hand on its request's held outputs, only if the entry is still
# there: if another worker re-queued the request, that worker hands them on. ARGV[3] = n new requests
# (score, data, fingerprint: '' not filtered) queued on KEYS[2] unless KEYS[3], the duplicate filter,
# has them; then the items, KEYS[i] <- ARGV[3n + i] for i >= 4
_FINISH = """
if redis.call('HDEL', KEYS[1], ARGV[1]) == 0 then return 0 end
local n = tonumber(ARGV[3])
for i = 0, n - 1 do
  local fp = ARGV[6 + 3 * i]
  if fp == '' or redis.call('SADD', KEYS[3], fp) == 1 then
    redis.call('ZADD', KEYS[2], ARGV[4 + 3 * i], ARGV[5 + 3 * i])
  end
end
for i = 4, #KEYS do redis.call('XADD', KEYS[i], '*', ARGV[2], ARGV[3 * n + i]) end
return 1
"""
# give one in-flight entry back to the queue
_REQUEUE = """
local v = redis.call('HGET', KEYS[2], ARGV[1])
if not v then return 0 end
local score = struct.unpack('d', string.sub(v, 1, 8))
redis.call('ZADD', KEYS[1], score, string.sub(v, 9))
redis.call('HDEL', KEYS[2], ARGV[1])
return 1
"""

log = logging.getLogger(__name__)
QUEUED, SEEN, STALE = 1, 0, -1      # what push_once did

WORKER_ID = f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"


def inflight_key(queue_key: str) -> str:
    return queue_key + ":inflight"


def alive_key(queue_key: str, worker: str) -> str:
    return f"{queue_key}:alive:{worker}"


def frontier_idle(server, queue_key: str) -> bool:
    """Nothing queued and nothing in flight: no crawl worker will add another page to the stream
    (a request leaves the in-flight hash only after its items are in the stream)."""
    return server.zcard(queue_key) == 0 and server.hlen(inflight_key(queue_key)) == 0


class Inflight:
    """The in-flight records of one job's frontier (queue_key), for one worker."""

    def __init__(self, server, queue_key: str):
        self.server, self.queue = server, queue_key
        self.key = inflight_key(queue_key)
        self._requeue = server.register_script(_REQUEUE)
        self._finish = server.register_script(_FINISH)

    def finish(self, token: str, outputs: list[tuple[str, object]] = (),
               requests: list[tuple[float, bytes, str | None]] = (), dupefilter: str | None = None) -> bool:
        """End `token`'s entry, queue its new `requests` ((score, data, fingerprint) from
        ReliablePriorityQueue.encode; fingerprint None: not filtered, else checked against
        `dupefilter`) and put its (stream, item) outputs in their streams, in one step; False
        (nothing queued or streamed) when the entry was gone: another worker took the request back."""
        if requests and not dupefilter:
            raise ValueError("requests to queue need the duplicate filter's key")
        keys = [self.key, self.queue, dupefilter or self.key, *(stream for stream, _ in outputs)]
        args = [token, FIELD, len(requests)]
        for score, data, fp in requests:
            args += [score, data, fp or ""]
        args += [WorkQueue.pack(item)[FIELD] for _, item in outputs]
        return bool(self._finish(keys=keys, args=args))

    def heartbeat(self, ttl: float) -> None:
        self.server.set(alive_key(self.queue, WORKER_ID), b"1", px=int(ttl * 1000))

    def recover(self) -> set[str]:
        """Re-queue the in-flight requests of workers whose heartbeat lapsed; those workers."""
        dead, alive = set(), {}
        for token in self.server.hkeys(self.key):
            worker = token.decode().split("|", 1)[0]
            if worker not in alive:
                alive[worker] = bool(self.server.exists(alive_key(self.queue, worker)))
            if not alive[worker] and self._requeue(keys=[self.queue, self.key], args=[token]):
                log.debug("re-queued %s", token.decode())
                dead.add(worker)
        return dead

    def count(self) -> int:
        return self.server.hlen(self.key)


class ReliablePriorityQueue(PriorityQueue):
    """scrapy-redis' priority queue whose pops are recorded in flight until their request is done,
    and whose pushes check the duplicate filter in the same step."""

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.inflight = inflight_key(self.key)
        self._pop = self.server.register_script(_POP)
        self._push = self.server.register_script(_PUSH)

    def push_once(self, request, fingerprint: str | None, dupefilter_key: str, parent: str | None = None,
                  last: bool = False) -> int:
        """Queue `request` unless `fingerprint` (None: not filtered) was seen: QUEUED, SEEN or STALE
        (its request was re-queued by another worker). `parent`: the in-flight entry of the request
        whose callback made this one, ended here when this is its `last` output. (The scheduler
        does not queue a callback's requests one by one: Handover.queue_later, Inflight.finish.)"""
        replaces = request.meta.pop(META, None)     # a redirect or retry: its first entry is done
        score, data = self.encode(request)
        return int(self._push(keys=[self.key, dupefilter_key, self.inflight],
                              args=[score, data, fingerprint or "", replaces or "", parent or "",
                                    "1" if last else ""]))

    def encode(self, request) -> tuple[float, bytes]:
        """(score, data) of `request` in the queue's sorted set (scrapy-redis' PriorityQueue.push)."""
        return -request.priority, self._encode_request(request)

    def pop(self, timeout=0):
        token = f"{WORKER_ID}|{uuid.uuid4().hex}"
        data = self._pop(keys=[self.key, self.inflight], args=[token])
        if not data:
            return None
        request = self._decode_request(data)
        request.meta[META] = token
        log.debug("popped %s as %s", request.url, token)
        return request
