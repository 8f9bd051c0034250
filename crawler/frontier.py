"""The crawl frontier in SQLite (table crawl_frontier, migration 0007): what survives `kill -9`.

Every page request a crawl schedules is written down (pending) before it is yielded to Scrapy, and
marked done once its outcome is safe: a listing after its links were written down, an article after
its document was committed. Writes are buffered and committed in order every `flush_every` seconds
(one transaction): a kill loses at most the last batch, and since a page's links are always written
before the page is marked done, what is lost is re-fetched next run, never skipped. A crawl cycle of
a source ends when a run finishes it; its done rows are then cleared, failed rows stay and are tried
first by the next run.
"""
from __future__ import annotations

import json
import sqlite3
import threading
from datetime import datetime, timezone


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Frontier:
    def __init__(self, path: str):
        self.path = str(path)
        self.conn = self._connect()
        self.lock = threading.Lock()
        self.ops: list[tuple[str, tuple]] = []
        self._writers = threading.local()   # flush's connection in a thread other than the one that made this
        self._owner = threading.get_ident()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        return conn

    def _write_conn(self) -> sqlite3.Connection:
        """self.conn in the thread that made the frontier; a connection of its own in another
        (the crawl's store writer thread flushes too: one connection is never shared by two threads)."""
        if threading.get_ident() == self._owner:
            return self.conn
        conn = getattr(self._writers, "conn", None)
        if conn is None:
            conn = self._writers.conn = self._connect()
        return conn

    # -- reading (at start) -----------------------------------------------------------------
    def load(self, source_id: str) -> tuple[set[str], list[dict]]:
        """(keys already in this cycle, rows to (re)schedule: failed first, then pending)."""
        rows = self.conn.execute(
            "SELECT key, url, method, body, kind, meta, state, attempts FROM crawl_frontier WHERE source_id=? "
            "ORDER BY CASE state WHEN 'failed' THEN 0 WHEN 'pending' THEN 1 ELSE 2 END, rowid", (source_id,)).fetchall()
        keys = {r[0] for r in rows}
        todo = [{"key": r[0], "url": r[1], "method": r[2], "body": r[3], "kind": r[4], "meta": json.loads(r[5]),
                 "state": r[6], "attempts": r[7]} for r in rows if r[6] != "done"]
        return keys, todo

    def in_progress(self, source_id: str) -> bool:
        """A cycle was interrupted: rows other than carried-over failures exist."""
        return self.conn.execute("SELECT 1 FROM crawl_frontier WHERE source_id=? AND state != 'failed' LIMIT 1",
                                 (source_id,)).fetchone() is not None

    def counts(self, source_id: str) -> dict:
        return dict(self.conn.execute("SELECT state, count(*) FROM crawl_frontier WHERE source_id=? GROUP BY state",
                                      (source_id,)).fetchall())

    def links_of(self, url: str) -> list[list] | None:
        r = self.conn.execute("SELECT links FROM page_links WHERE url=?", (url,)).fetchone()
        return json.loads(r[0]) if r else None

    # -- writing (buffered) -------------------------------------------------------------------
    def _op(self, sql: str, args: tuple) -> None:
        with self.lock:
            self.ops.append((sql, args))

    def add(self, key: str, source_id: str, url: str, kind: str, meta: dict, method: str = "GET",
            body: bytes | None = None) -> None:
        self._op("INSERT INTO crawl_frontier(key, source_id, url, method, body, kind, meta, state, updated_at) "
                 "VALUES (?,?,?,?,?,?,?,'pending',?) ON CONFLICT(key) DO UPDATE SET state='pending', "
                 "updated_at=excluded.updated_at WHERE crawl_frontier.state='failed'",
                 (key, source_id, url, method, body, kind, json.dumps(meta, ensure_ascii=False), _now()))

    def done(self, key: str) -> None:
        self._op("UPDATE crawl_frontier SET state='done', updated_at=? WHERE key=?", (_now(), key))

    def failed(self, key: str, error: str) -> None:
        self._op("UPDATE crawl_frontier SET state='failed', attempts=attempts+1, error=?, updated_at=? WHERE key=?",
                 (error[:300], _now(), key))

    def save_links(self, url: str, links: list[list]) -> None:
        self._op("INSERT OR REPLACE INTO page_links(url, links, saved_at) VALUES (?,?,?)",
                 (url, json.dumps(links, ensure_ascii=False), _now()))

    def save_state(self, url: str, source_id: str, status: int, etag: str | None, last_modified: str | None,
                   content_hash: str) -> None:
        """crawl_state of a page that is not a stored document (listing, off-topic, alias of another URL)."""
        self._op("INSERT OR REPLACE INTO crawl_state(url, source_id, status, etag, last_modified, content_hash, fetched_at) "
                 "VALUES (?,?,?,?,?,?,?)", (url, source_id, status, etag, last_modified, content_hash, _now()))

    def save_snapshot(self, row: dict, document_id: int | None = None) -> None:
        """The capture record of a page that is no new document (listing, feed, off-topic, variant):
        written with the next batch, so before the page's own done mark, never after it. The crawl's
        reactor thread then never waits for the store writer's lock (store.sqlite.insert_snapshots)."""
        from store.sqlite import SNAPSHOT_INSERT, snapshot_args
        self._op(SNAPSHOT_INSERT, snapshot_args(row, document_id))

    def save_health(self, run_id: int, source_id: str, row: dict) -> None:
        """The run's per-source counts so far (a killed run leaves them; its run stays 'running'
        and is marked 'interrupted' by the next start)."""
        cols = ["pages", "documents", "new", "changed", "errors", "http_403", "http_503", "challenges"]
        self._op(f"INSERT OR REPLACE INTO source_runs(run_id, source_id, started_at, {', '.join(cols)}) "
                 f"VALUES (?,?,?,{','.join('?' * len(cols))})",
                 (run_id, source_id, row.get("started_at") or _now(), *[int(row.get(k, 0)) for k in cols]))

    def flush(self) -> int:
        with self.lock:
            ops, self.ops = self.ops, []
        if not ops:
            return 0
        conn = self._write_conn()
        with conn:
            conn.execute("BEGIN IMMEDIATE")
            for sql, args in ops:
                conn.execute(sql, args)
        return len(ops)

    def finish_cycle(self, source_id: str) -> None:
        """The source's crawl went to the end: forget what was done, keep what failed."""
        self.flush()
        with self.conn:
            self.conn.execute("DELETE FROM crawl_frontier WHERE source_id=? AND state != 'failed'", (source_id,))

    def close(self) -> None:
        self.flush()
        self.conn.close()
