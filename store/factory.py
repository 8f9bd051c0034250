"""Opening the store and the configured search backend, once per process or request scope.

The shell's settings are read through StoreConfig: the fields the store needs, declared here,
so the store never imports the shell."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from store.backend import SearchBackend
from store.fts import SqliteSearch
from store.sqlite import Store


class StoreConfig(BaseModel):
    """Where the records live and which search backend indexes them."""
    model_config = ConfigDict(from_attributes=True, extra="ignore", frozen=True)

    store: Path
    search: Literal["tantivy", "sqlite", "elasticsearch"] = "tantivy"
    tantivy_dir: Path | None = None             # default: beside the store, "<store>.tantivy"
    # word-pair fields that count exact phrases faster in a large index, at ~2x indexing CPU:
    # auto = an index built or rebuilt with >= 500,000 documents (tantivy_backend.PAIRS_MIN_DOCS)
    tantivy_phrase_pairs: Literal["auto", "on", "off"] = "auto"
    es_url: str = "http://127.0.0.1:9200"
    es_api_key: str | None = None
    es_username: str | None = None
    es_password: str | None = None
    es_ca_certs: Path | None = None
    es_index_prefix: str = "parwatch"
    es_shards: int | None = Field(None, ge=1)     # primaries of a new index; None: the template's (1)

    def tantivy_root(self) -> Path:
        return self.tantivy_dir or self.store.with_suffix(".tantivy")

    @classmethod
    def of(cls, settings) -> "StoreConfig":
        """The store's part of any settings object (the shell's Settings, a StoreConfig, ...)."""
        return settings if isinstance(settings, cls) else cls.model_validate(settings, from_attributes=True)


def open_store(settings) -> Store:
    return Store(StoreConfig.of(settings).store)


def open_backend(settings, store: Store) -> SearchBackend:
    """The search backend the settings name (Tantivy by default); Elasticsearch is imported only
    when chosen."""
    cfg = StoreConfig.of(settings)
    if cfg.search == "elasticsearch":
        from store.elastic import ElasticBackend

        return ElasticBackend.from_settings(cfg)
    if cfg.search == "sqlite":
        return SqliteSearch(store)
    from store.tantivy_backend import TantivyBackend

    backend = TantivyBackend(cfg.tantivy_root(), phrase_pairs=cfg.tantivy_phrase_pairs)
    if backend.replace_stale():    # built by an older version: made again from the records
        from store.reindex import reindex

        logging.getLogger(__name__).warning("search index %s was built by an older parwatch: rebuilding it "
                                            "from the records", cfg.tantivy_root())
        reindex(store, backend)
    return backend
