"""Rebuild the search index from the records store, for any backend, without a moment when
searches fail or come back empty: each backend's `rebuild` knows how (SQLite: one transaction,
readers see the old rows until it commits; Elasticsearch: a new index, then an atomic alias swap)."""
from __future__ import annotations

from datetime import datetime, timezone

from store.backend import Progress, SearchBackend
from store.sqlite import Store


def reindex(store: Store, backend: SearchBackend, progress: Progress | None = None) -> int:
    """Rebuild the backend's index from every document in the store; returns how many were indexed.
    Raises store.backend.BackendUnavailable when the search engine cannot be reached."""
    started = datetime.now(timezone.utc)
    n = backend.rebuild(store, progress)
    # everything queued before the rebuild started is in the new index now
    with store.transaction() as c:
        c.execute("DELETE FROM index_queue WHERE queued_at < ?", (started.isoformat(timespec="seconds"),))
    return n
