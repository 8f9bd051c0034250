"""The record of a capture (bytes kept by store.captures.keep_bytes): made by CaptureMiddleware, or
by the spider for a page whose bytes the worker that read it kept (PortalSpider.parse_page)."""
from __future__ import annotations

from datetime import datetime, timezone


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def record_capture(spider, request, response, sha: str, rel: str, fetched_at: str | None = None) -> None:
    """The capture's record: it rides with a page or file (request.meta["snapshot"]; written with
    its document, or by the spider when it is none), else with the frontier's next batch of writes
    (before the page's done mark), else at once."""
    kind = request.meta.get("kind")
    request.meta["snapshot_path"] = rel
    headers = {k.decode("latin-1"): [v.decode("latin-1") for v in vs] for k, vs in response.headers.items()}
    row = {"url": response.url, "source_id": request.meta.get("src"), "kind": kind,
           "status": response.status, "sha256": sha, "size": len(response.body), "path": rel,
           "headers": headers, "fetched_at": fetched_at or now_iso(), "run_id": getattr(spider, "run_id", None)}
    if kind in ("article", "file", "page"):
        # pages: the spider records it with its document, or at once when the page is no document
        request.meta["snapshot"] = row
        return
    save_record(getattr(spider, "store", None), getattr(spider, "frontier", None), row)


def save_record(store, frontier, row: dict, document_id: int | None = None) -> None:
    """A capture record that rides with no document: with the frontier's next batch of writes
    (before the page's done mark, and the reactor never waits for the store writer's lock), else
    at once in a transaction of its own."""
    if store is None:
        return
    if frontier is not None:
        frontier.save_snapshot(row, document_id)
        return
    from store.crawl_records import add_snapshots
    add_snapshots(store, [row], document_id)
