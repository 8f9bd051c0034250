"""A work queue on Redis Streams: producers XADD, a consumer group shares the entries between
consumers, an entry stays pending until its consumer XACKs it, and the pending entries of a dead
consumer are taken over by a live one (XAUTOCLAIM) once they have been idle for `claim_idle`.

Payloads are pickled Python objects (bytes of attachments included): the Redis of a parwatch job
must be reachable only by its own workers, as for scrapy-redis, which pickles requests too."""
from __future__ import annotations

import pickle
from dataclasses import dataclass

import redis

FIELD = b"p"


@dataclass
class Entry:
    id: bytes
    payload: object
    deliveries: int = 1


class WorkQueue:
    def __init__(self, r: redis.Redis, stream: str, group: str, consumer: str, claim_idle: float = 30.0):
        self.r, self.stream, self.group, self.consumer = r, stream, group, consumer
        self.claim_idle_ms = int(claim_idle * 1000)
        self._own_backlog = True      # first read our own pending entries (a restarted consumer)
        self.ensure_group()

    def ensure_group(self) -> None:
        try:
            self.r.xgroup_create(self.stream, self.group, id="0", mkstream=True)
        except redis.ResponseError as e:
            if "BUSYGROUP" not in str(e):
                raise

    @staticmethod
    def pack(payload: object) -> dict:
        return {FIELD: pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)}

    @staticmethod
    def add(r, stream: str, payload: object) -> bytes:
        """XADD one payload (r may be a pipeline / transaction)."""
        return r.xadd(stream, WorkQueue.pack(payload))

    def _entries(self, rows) -> list[Entry]:
        out = []
        for eid, fields in rows:
            if fields is None or FIELD not in fields:   # trimmed/deleted while pending: nothing to do
                self.r.xack(self.stream, self.group, eid)
                continue
            out.append(Entry(eid, pickle.loads(fields[FIELD])))
        return out

    def read(self, count: int = 1, block: float = 1.0) -> list[Entry]:
        """Up to `count` entries: our own pending ones first, then stale ones of other consumers,
        then new ones (waiting up to `block` seconds)."""
        if self._own_backlog:
            got = self.r.xreadgroup(self.group, self.consumer, {self.stream: "0"}, count=count)
            rows = got[0][1] if got else []
            if rows:
                return self._entries(rows)
            self._own_backlog = False
        claimed = self.claim_stale(count)
        if claimed:
            return claimed
        got = self.r.xreadgroup(self.group, self.consumer, {self.stream: ">"}, count=count,
                                block=max(1, int(block * 1000)))
        return self._entries(got[0][1]) if got else []

    def claim_stale(self, count: int = 1) -> list[Entry]:
        """Entries pending for longer than claim_idle with any consumer (a killed one), now ours."""
        res = self.r.xautoclaim(self.stream, self.group, self.consumer, self.claim_idle_ms, "0-0", count=count)
        return self._entries(res[1])

    def ack(self, *ids: bytes) -> None:
        if ids:
            self.r.xack(self.stream, self.group, *ids)

    # -- progress -----------------------------------------------------------------
    def backlog(self) -> dict:
        """{'pending': entries delivered and not acknowledged, 'lag': entries never delivered}."""
        try:
            info = next(g for g in self.r.xinfo_groups(self.stream) if g["name"] in (self.group, self.group.encode()))
        except (StopIteration, redis.ResponseError):
            return {"pending": 0, "lag": 0}
        lag = info.get("lag")
        if lag is None:   # Redis < 7 or an undefined lag: count what follows the last delivered id
            lag = len(self.r.xrange(self.stream, min=b"(" + info["last-delivered-id"], max="+"))
        return {"pending": int(info["pending"]), "lag": int(lag)}

    def done(self) -> bool:
        b = self.backlog()
        return b["pending"] == 0 and b["lag"] == 0
