"""Requests a crawl worker has taken from the shared frontier and not finished, kept in Redis so
that a killed worker's requests go back to the queue (scrapy-redis alone pops them for good).

Popping moves a request from the queue into the job's in-flight hash (one Lua script: nothing is
lost between the two), under "<worker>|<token>". The worker deletes the entry when the request is
done: its callback's output consumed (new requests queued, items handed to the stream), or its
download failed. Every worker refreshes a heartbeat key; any worker re-queues the in-flight
entries of a worker whose heartbeat has lapsed. Known window: a request redirected or retried is
queued again as a new request while its first entry waits for the worker's end; a worker killed
in that moment has that URL fetched twice."""
from __future__ import annotations

import os
import socket
import uuid

from scrapy_redis.queue import PriorityQueue

META = "_parwatch_inflight"

# pop the best request and record it as in flight in one step
_POP = """
local got = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #got == 0 then return nil end
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, 0)
redis.call('HSET', KEYS[2], ARGV[1], struct.pack('d', tonumber(got[2])) .. got[1])
return got[1]
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


class Inflight:
    """The in-flight records of one job's frontier (queue_key), for one worker."""

    def __init__(self, server, queue_key: str):
        self.server, self.queue = server, queue_key
        self.key = inflight_key(queue_key)
        self._requeue = server.register_script(_REQUEUE)

    def done(self, request) -> None:
        token = request.meta.pop(META, None)
        if token:
            self.server.hdel(self.key, token)

    def heartbeat(self, ttl: float) -> None:
        self.server.set(alive_key(self.queue, WORKER_ID), b"1", px=int(ttl * 1000))

    def recover(self) -> int:
        """Re-queue the in-flight requests of workers whose heartbeat lapsed; how many."""
        n, alive = 0, {}
        for token in self.server.hkeys(self.key):
            worker = token.decode().split("|", 1)[0]
            if worker not in alive:
                alive[worker] = bool(self.server.exists(alive_key(self.queue, worker)))
            if not alive[worker]:
                n += self._requeue(keys=[self.queue, self.key], args=[token])
        return n

    def count(self) -> int:
        return self.server.hlen(self.key)


class ReliablePriorityQueue(PriorityQueue):
    """scrapy-redis' priority queue whose pops are recorded in flight until Inflight.done()."""

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.inflight = inflight_key(self.key)
        self._pop = self.server.register_script(_POP)

    def pop(self, timeout=0):
        token = f"{WORKER_ID}|{uuid.uuid4().hex}"
        data = self._pop(keys=[self.key, self.inflight], args=[token])
        if not data:
            return None
        request = self._decode_request(data)
        old = request.meta.get(META)
        if old:     # a redirect or retry of a request whose entry is still recorded: that one is done
            self.server.hdel(self.inflight, old)
        request.meta[META] = token
        return request
