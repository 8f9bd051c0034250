"""The (store, backend) pair every contract test runs against: Tantivy, SQLite FTS5 and a real
Elasticsearch node (started once per test session by tests/es_cluster.py)."""
from __future__ import annotations

import uuid

import pytest

from store.fts import SqliteSearch
from store.sqlite import Store
from store.tantivy_backend import TantivyBackend


def make_es_backend(url: str, prefix: str | None = None):
    from elasticsearch import Elasticsearch

    from store.elastic import ElasticBackend

    client = Elasticsearch(url, request_timeout=30, retry_on_timeout=True, max_retries=3)
    return ElasticBackend(client, prefix or f"t{uuid.uuid4().hex[:10]}", url=url)


@pytest.fixture(params=["tantivy", "sqlite", pytest.param("elasticsearch", marks=pytest.mark.es)])
def pair(request, tmp_path):
    """(store, backend): a fresh records store and an empty index on the chosen backend."""
    store = Store(tmp_path / "parwatch.sqlite")
    if request.param == "sqlite":
        yield store, SqliteSearch(store)
    elif request.param == "tantivy":
        yield store, TantivyBackend(tmp_path / "tantivy")
    else:
        backend = make_es_backend(request.getfixturevalue("es_url"))
        try:
            yield store, backend
        finally:
            backend.client.options(ignore_status=404).indices.delete(index=f"{backend.prefix}-documents-*")
            backend.client.options(ignore_status=404).indices.delete_index_template(name=backend.template)
            backend.client.close()
    store.close()
