"""Opening the store and the configured search backend, once per process or request scope."""
from __future__ import annotations

from store.backend import SearchBackend
from store.fts import SqliteSearch
from store.sqlite import Store

from parwatch.settings import Settings


def open_store(settings: Settings) -> Store:
    return Store(settings.store)


def open_backend(settings: Settings, store: Store) -> SearchBackend:
    """The search backend the settings name (Tantivy by default); Elasticsearch is imported only
    when chosen."""
    if settings.search == "elasticsearch":
        from store.elastic import ElasticBackend

        return ElasticBackend.from_settings(settings)
    if settings.search == "sqlite":
        return SqliteSearch(store)
    from store.tantivy_backend import TantivyBackend

    return TantivyBackend(settings.tantivy_root())
