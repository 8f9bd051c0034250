"""Elasticsearch percolator matcher: the same (subscription, document) pairs as the SQLite batch
matcher, on a real node (marked es; started by tests/es_cluster.py)."""
from __future__ import annotations

import random

import pytest

from alerts.matcher import DocInfo
from alerts.matching import matcher_for
from alerts.sqlite_matcher import SqliteMatcher
from bench.gen import documents
from tests.alerts.test_matching import _subs
from tests.conftest import SAMPLE_DOCS, make_doc

pytestmark = pytest.mark.es


@pytest.fixture
def es_backend(es_url):
    from tests.contract.conftest import make_es_backend

    backend = make_es_backend(es_url)
    yield backend
    backend.client.options(ignore_status=404).indices.delete(index=f"{backend.prefix}-*")
    backend.client.close()


def test_percolator_agrees_with_the_sqlite_matcher(store, cfg, es_backend):
    ids = [store.upsert_document(make_doc(d)).id for d in SAMPLE_DOCS]
    ids += [store.upsert_document(d).id for d in documents(60, seed=3, size=600)]
    batch = [DocInfo(d, 1, "new") for d in store.iter_index_docs(ids)]
    subs = _subs(random.Random(5), 120)
    perc = matcher_for(es_backend, cfg)
    assert perc.name == "es-percolator"
    got = {(m.subscription.id, m.doc.id) for m in perc.match(batch, subs)}
    want = {(m.subscription.id, m.doc.id) for m in SqliteMatcher(cfg).match(batch, subs)}
    assert got == want and len(got) > 200
    if perc.fallback is not None:
        pytest.skip("this node has no percolator module: matched with the SQLite batch matcher (checked above)")
    # a changed subscription set is re-registered
    subs[0] = subs[0].model_copy(update={"query": "xyzzy"})
    assert not any(m.subscription.id == subs[0].id for m in perc.match(batch, subs))
