"""The one search protocol both backends (SQLite FTS5, Elasticsearch) implement."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Protocol, runtime_checkable

from store.models import IndexDoc, SearchQuery, SearchResult

if TYPE_CHECKING:
    from store.sqlite import Store

Progress = Callable[[int, int], None]      # (done, total)
# What a backend can do beyond search, for callers that choose a strategy by it
# (alerts: "percolate" -> stored queries run by the engine; otherwise batch matching).
PERCOLATE = "percolate"

FACET_FIELDS = ("province", "type", "issuer", "index", "year")


class BackendUnavailable(RuntimeError):
    """The search engine cannot be reached; the records store still works."""


@runtime_checkable
class SearchBackend(Protocol):
    name: str
    capabilities: frozenset[str]

    def index(self, docs: Iterable[IndexDoc]) -> int:
        """Add or replace documents (by id); returns how many were indexed."""

    def delete(self, ids: Iterable[int]) -> None:
        """Remove documents from the index; unknown ids are ignored."""

    def search(self, query: SearchQuery) -> SearchResult:
        """Ranked hits with snippets and facet counts over the whole match set."""

    def count(self) -> int:
        """Number of documents in the index."""

    def health(self) -> dict:
        """{"ok": bool, "backend": name, ...details}; never raises."""

    def refresh(self) -> None:
        """Make recent writes visible to search (no-op where writes are immediate)."""

    def rebuild(self, store: "Store", progress: Progress | None = None) -> int:
        """Rebuild the whole index from the store without a moment when searches fail or come back
        empty; returns how many documents were indexed (store.reindex.reindex calls it)."""


def batches(docs: Iterable[IndexDoc], size: int) -> Iterator[list[IndexDoc]]:
    batch: list[IndexDoc] = []
    for d in docs:
        batch.append(d)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
