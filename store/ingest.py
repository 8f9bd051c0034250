"""From a built document to a stored, indexed one: the one write path every entry point
(crawler, CLI, demo, tests) takes. Documents are built (facts extracted) in crawler.document."""
from __future__ import annotations

from store.backend import BackendUnavailable, SearchBackend
from store.models import DocumentIn, UpsertOutcome
from store.sqlite import Store


def ingest(store: Store, doc: DocumentIn, backend: SearchBackend | None = None) -> UpsertOutcome:
    """Store the document; new and changed ones go to the search index at once when a backend
    is given (or later, through sync_index, if it is down)."""
    outcome = store.upsert_document(doc)
    if backend is not None and outcome.status != "unchanged":
        try:
            sync_index(store, backend)
        except BackendUnavailable:
            pass  # kept in the index queue; the next sync or `parwatch reindex` catches up
    return outcome


def sync_index(store: Store, backend: SearchBackend, batch: int = 500) -> int:
    """Push queued documents (new, changed, deleted) to the backend; returns how many."""
    done = 0
    while ids := store.pending_index(batch):
        docs = list(store.iter_index_docs(ids))
        present = {d.id for d in docs}
        if docs:
            backend.index(docs)
        gone = [i for i in ids if i not in present]
        if gone:
            backend.delete(gone)
        store.mark_indexed(ids)
        done += len(ids)
    if done:
        backend.refresh()
    return done


def catch_up(store: Store, backend: SearchBackend) -> int:
    """On start: index what an earlier process committed but could not index (it was killed, or
    the backend was down). Never raises for a backend that is down: the queue waits."""
    try:
        return sync_index(store, backend)
    except BackendUnavailable:
        return 0


def index_health(store: Store, backend: SearchBackend) -> dict:
    """Store and index side by side: "ok", "degraded" (they differ, or documents wait in the
    index queue) or "down" (the backend cannot be reached)."""
    search = backend.health()
    stored, waiting = store.count_documents(), store.count_pending_index()
    indexed = search.get("documents") if search.get("ok") else None
    if indexed is None and search.get("ok"):
        indexed = backend.count()
    status = "down" if not search.get("ok") else ("ok" if indexed == stored and not waiting else "degraded")
    return {"status": status, "documents": stored, "indexed": indexed, "waiting": waiting, "search": search}
