"""Rebuild the search index from the records store, for either backend, without a moment when
searches fail or come back empty.

- SQLite: the FTS rows are rebuilt inside one transaction; readers (WAL) see the old rows until
  it commits.
- Tantivy: a new index directory is built beside the live one and the `current` link swapped in one
  atomic rename; writes that went to the old directory meanwhile are copied over, documents deleted
  meanwhile removed, and the old directory dropped.
- Elasticsearch: a new concrete index is built beside the live one, then the alias is moved in one
  atomic step; documents written to the old index while the new one was being built are copied
  over, documents deleted meanwhile are removed, and the old index is dropped.
"""
from __future__ import annotations

import time
from datetime import datetime, timezone
from typing import Callable, Iterable, Iterator

from extractors.normalize import fold
from store.backend import SearchBackend
from store.models import IndexDoc
from store.sqlite import Store

OLD_INDEX_GRACE_S = 1.0
Progress = Callable[[int, int], None]      # (done, total)


def reindex(store: Store, backend: SearchBackend, progress: Progress | None = None) -> int:
    """Rebuild the backend's index from every document in the store; returns how many were indexed.
    Raises store.backend.BackendUnavailable when the search engine cannot be reached."""
    from store.fts import SqliteSearch

    started = datetime.now(timezone.utc)
    if isinstance(backend, SqliteSearch):
        n = _reindex_sqlite(store, progress)
    elif hasattr(backend, "rebuild"):
        n = _reindex_tantivy(store, backend, started, progress)
    elif hasattr(backend, "bulk_index") and hasattr(backend, "swap_alias"):
        n = _reindex_elastic(store, backend, started, progress)
    else:  # any other SearchBackend: replace every document in place
        n = 0
        total = store.count_documents()
        for batch in _batches(store.iter_index_docs(), 500):
            n += backend.index(batch)
            if progress:
                progress(n, total)
        backend.refresh()
    # everything queued before the rebuild started is in the new index now
    with store.transaction() as c:
        c.execute("DELETE FROM index_queue WHERE queued_at < ?", (started.isoformat(timespec="seconds"),))
    return n


def _batches(docs: Iterable[IndexDoc], size: int) -> Iterator[list[IndexDoc]]:
    batch: list[IndexDoc] = []
    for d in docs:
        batch.append(d)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _reindex_sqlite(store: Store, progress: Progress | None) -> int:
    total = store.count_documents()
    n = 0
    with store.transaction() as c:
        c.execute("DELETE FROM documents_fts")
        for d in store.iter_index_docs():
            c.execute(
                "INSERT INTO documents_fts(rowid, title, body, title_f, body_f) VALUES (?,?,?,?,?)",
                (d.id, d.title, d.text, fold(d.title), fold(d.text)),
            )
            n += 1
            if progress and n % 500 == 0:
                progress(n, total)
    if progress:
        progress(n, total)
    return n


def _reindex_tantivy(store: Store, backend, started: datetime, progress: Progress | None) -> int:
    total = store.count_documents()
    n, old = backend.rebuild(store.iter_index_docs(), (lambda done: progress(done, total)) if progress else None)
    if progress:
        progress(n, total)
    if old:
        changed = backend.changed_since(old, started)
        if changed:
            backend.index(store.iter_index_docs(changed))
    present = set(store.document_ids())
    gone = [i for i in backend.all_ids() if i not in present]
    if gone:
        backend.delete(gone)
    if old:
        backend.drop_old(old)
    return n


def _reindex_elastic(store: Store, backend, started: datetime, progress: Progress | None) -> int:
    from elasticsearch import helpers

    total = store.count_documents()
    new = backend.new_index_name()
    backend.create_index(new, building=True)
    n = 0
    try:
        for batch in _batches(store.iter_index_docs(), 1000):
            n += backend.bulk_index(batch, index=new)
            if progress:
                progress(n, total)
        backend.finish_index(new)
        backend._call(backend.client.cluster.health, index=new, wait_for_status="yellow", timeout="60s")
    except BaseException:
        backend._call(backend.client.indices.delete, index=new, ignore_unavailable=True)
        raise
    old = backend.swap_alias(new)
    # Catch up with writes that went to the old index while the new one was built ...
    since = started.isoformat(timespec="milliseconds")
    if old:
        changed = [int(h["_id"]) for h in helpers.scan(
            backend.client, index=",".join(old), _source=False,
            query={"query": {"range": {"indexed_at": {"gte": since}}}})]
        if changed:
            backend.bulk_index(store.iter_index_docs(changed), index=new)
    # ... and with documents deleted from the store meanwhile.
    present = set(store.document_ids())
    gone = [int(h["_id"]) for h in helpers.scan(backend.client, index=new, _source=False,
                                                query={"query": {"match_all": {}}})
            if int(h["_id"]) not in present]
    if gone:
        backend.delete(gone)
    backend.refresh()
    # searches that resolved the alias just before the swap may still be reading the old index
    time.sleep(OLD_INDEX_GRACE_S)
    for o in old:
        backend._call(backend.client.indices.delete, index=o, ignore_unavailable=True)
    return n
