"""Fixtures of the Elasticsearch-only tests: the shared node (tests/es_cluster.py)."""
from __future__ import annotations

import pytest

from tests.contract.conftest import make_es_backend  # noqa: F401 - re-exported for the tests


@pytest.fixture
def es_backend(es_url):
    backend = make_es_backend(es_url)
    yield backend
    backend.client.options(ignore_status=404).indices.delete(index=f"{backend.prefix}-documents-*")
    backend.client.options(ignore_status=404).indices.delete_index_template(name=backend.template)
    backend.client.close()
