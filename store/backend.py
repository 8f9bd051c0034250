"""The one search protocol both backends (SQLite FTS5, Elasticsearch) implement."""
from __future__ import annotations

from typing import Iterable, Protocol, runtime_checkable

from store.models import IndexDoc, SearchQuery, SearchResult

FACET_FIELDS = ("province", "type", "issuer", "index", "year")


class BackendUnavailable(RuntimeError):
    """The search engine cannot be reached; the records store still works."""


@runtime_checkable
class SearchBackend(Protocol):
    name: str

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
