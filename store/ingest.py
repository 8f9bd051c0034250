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
