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
first entry is deleted (no moment with both, or neither)."""
from __future__ import annotations

import os
import socket
import uuid

from scrapy_redis.queue import PriorityQueue

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
# queue a request unless its fingerprint is already seen (ARGV[3] '' : not filtered), and delete the
# in-flight entries it ends (ARGV[4], ARGV[5]; '' : none), whether it is queued or refused
_PUSH = """
for i = 4, 5 do
  if ARGV[i] ~= '' then redis.call('HDEL', KEYS[3], ARGV[i]) end
end
if ARGV[3] ~= '' and redis.call('SADD', KEYS[2], ARGV[3]) == 0 then return 0 end
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
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

    def done_token(self, token: str) -> None:
        self.server.hdel(self.key, token)

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

    def push_once(self, request, fingerprint: str | None, dupefilter_key: str, ends: str | None = None) -> bool:
        """Queue `request` unless `fingerprint` (None: not filtered) was seen; False when refused.
        `ends`: the in-flight entry of the request whose last output this is."""
        replaces = request.meta.pop(META, None)     # a redirect or retry: its first entry is done
        data = self._encode_request(request)
        return bool(self._push(keys=[self.key, dupefilter_key, self.inflight],
                               args=[-request.priority, data, fingerprint or "", replaces or "", ends or ""]))

    def pop(self, timeout=0):
        token = f"{WORKER_ID}|{uuid.uuid4().hex}"
        data = self._pop(keys=[self.key, self.inflight], args=[token])
        if not data:
            return None
        request = self._decode_request(data)
        request.meta[META] = token
        return request
