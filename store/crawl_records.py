"""Crawl records kept beside the documents (migration 0002): snapshots, runs, source health.
Functions over a Store (not methods) so store/sqlite.py stays as it is."""
from __future__ import annotations

import json
from datetime import datetime, timezone

from store.sqlite import Store, insert_snapshots


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def add_snapshots(store: Store, rows: list[dict], document_id: int | None = None) -> None:
    """rows: url, source_id, kind, status, sha256, size, path, headers (dict), fetched_at, run_id."""
    if not rows:
        return
    with store.transaction() as c:
        insert_snapshots(c, rows, document_id)


def snapshots_for(store: Store, url: str) -> list[dict]:
    return [dict(r) | {"headers": json.loads(r["headers"])} for r in store.conn.execute(
        "SELECT * FROM snapshots WHERE url=? ORDER BY fetched_at, id", (url,))]


def attachment_by_url(store: Store, url: str) -> dict | None:
    """The latest stored text of an attachment (to reuse it when the file answers 304)."""
    r = store.conn.execute(
        "SELECT url, media_type, size, sha256, text, text_method, error, filename FROM attachments WHERE url=? "
        "ORDER BY id DESC LIMIT 1", (url,)).fetchone()
    return dict(r) if r else None


def attachment_by_sha(store: Store, sha256: str) -> dict | None:
    """Text already read from these exact bytes (any URL, any document), when it was read without
    error: the same file attached to several pages, or re-sent unchanged, is not parsed twice."""
    r = store.conn.execute(
        "SELECT media_type, size, sha256, text, text_method FROM attachments WHERE sha256=? AND error IS NULL "
        "AND text_method IS NOT NULL ORDER BY id DESC LIMIT 1", (sha256,)).fetchone()
    return dict(r) if r else None


def set_relevance(store: Store, doc_id: int | None, score: float | None, reasons: list[str]) -> None:
    """crawler.relevance's score and reasons of a stored document (migration 0007)."""
    if doc_id is not None:
        store.conn.execute("UPDATE documents SET relevance=?, relevance_reasons=? WHERE id=?",
                           (score, json.dumps(reasons, ensure_ascii=False), doc_id))


def ensure_crawl_indexes(store: Store) -> None:
    """Indexes behind attachment_by_url / attachment_by_sha (one lookup per attachment fetched)."""
    with store.transaction() as c:
        c.execute("CREATE INDEX IF NOT EXISTS attachments_url ON attachments(url)")
        c.execute("CREATE INDEX IF NOT EXISTS attachments_sha256 ON attachments(sha256)")


def start_run(store: Store) -> int:
    with store.transaction() as c:
        # a run still 'running' was killed: mark it so
        c.execute("UPDATE crawl_runs SET status='interrupted' WHERE status='running'")
        return c.execute("INSERT INTO crawl_runs(started_at) VALUES (?)", (_now(),)).lastrowid


def interrupted_runs(store: Store) -> int:
    return store.conn.execute("SELECT count(*) FROM crawl_runs WHERE status IN ('interrupted','running')").fetchone()[0]


def finish_run(store: Store, run_id: int, summary: dict) -> None:
    store.conn.execute("UPDATE crawl_runs SET finished_at=?, status='finished', summary=? WHERE id=?",
                       (_now(), json.dumps(summary, ensure_ascii=False, default=str), run_id))


def save_source_run(store: Store, run_id: int, source_id: str, row: dict) -> None:
    cols = ["pages", "documents", "new", "changed", "errors", "http_403", "http_503", "challenges", "unreachable",
            "started_at", "finished_at"]
    vals = [row.get(k, 0 if k not in ("unreachable", "started_at", "finished_at") else None) for k in cols]
    vals[cols.index("started_at")] = row.get("started_at") or _now()
    store.conn.execute(
        f"INSERT OR REPLACE INTO source_runs(run_id, source_id, {', '.join(cols)}) VALUES (?,?,{', '.join('?' * len(cols))})",
        [run_id, source_id, *vals])


def source_runs(store: Store, source_id: str | None = None, limit: int = 20) -> list[dict]:
    q = ("SELECT sr.*, cr.status AS run_status FROM source_runs sr JOIN crawl_runs cr ON cr.id = sr.run_id "
         + ("WHERE sr.source_id=? " if source_id else "") + "ORDER BY sr.run_id DESC LIMIT ?")
    args = (source_id, limit) if source_id else (limit,)
    return [dict(r) for r in store.conn.execute(q, args)]
