"""`parwatch worker write`: the one store writer of a job (SQLite stays single-writer). Reads the
docs stream in consumer group "write", ingests each document and its crawl states in the store,
and acknowledges the entry only after the SQLite commit. A writer killed between commit and
acknowledgement sees the entry again when restarted: ingesting the same document again finds it
unchanged (same URL, same content), so the store holds every document once."""
from __future__ import annotations

import time

import redis

from crawler.distributed.inflight import frontier_idle
from crawler.distributed.keys import JobKeys
from crawler.distributed.process_worker import consumer_name
from crawler.distributed.streams import WorkQueue
from store.ingest import ingest, sync_index

GROUP = "write"
SYNC_EVERY = 100


def write_one(store, payload: dict) -> str:
    outcome = ingest(store, payload["doc"], None)
    with store.transaction():
        for st in payload["states"]:
            store.save_crawl_state(**st)
    return outcome.status


def run(store, backend, redis_url: str, job: str, *, idle_exit: float = 0.0, claim_idle: float = 30.0,
        name: str | None = None) -> dict:
    """Write until stopped (or idle_exit seconds with nothing pending upstream - frontier, pages - or here)."""
    from store.crawl_records import ensure_crawl_indexes
    ensure_crawl_indexes(store)
    keys = JobKeys(job)
    r = redis.Redis.from_url(redis_url)
    q = WorkQueue(r, keys.docs, GROUP, name or consumer_name("write"), claim_idle=claim_idle)
    pages = WorkQueue(r, keys.pages, "process", "writer-probe")   # only to see the upstream backlog
    counts: dict[str, int] = {}
    since_sync, idle_since = 0, time.monotonic()
    while True:
        entries = q.read(count=20, block=1.0)
        if not entries:
            if since_sync and backend is not None:
                since_sync = _sync(store, backend)
            # upstream first (frontier, pages, docs): a page acknowledged after our look at the
            # docs stream would have left its document behind us
            if idle_exit > 0 and time.monotonic() - idle_since >= idle_exit and frontier_idle(r, keys.requests) \
                    and pages.done() and q.done():
                return counts
            continue
        for e in entries:
            status = write_one(store, e.payload)
            q.ack(e.id)        # only now: the document is committed
            counts[status] = counts.get(status, 0) + 1
            since_sync += status != "unchanged"
        if backend is not None and since_sync >= SYNC_EVERY:
            since_sync = _sync(store, backend)
        idle_since = time.monotonic()


def _sync(store, backend) -> int:
    try:
        sync_index(store, backend)
    except Exception as e:  # backend down: the store's index queue keeps the work
        print(f"search index sync failed, will retry: {e}")
    return 0
