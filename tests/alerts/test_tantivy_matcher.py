"""Alerts on the Tantivy engine agree with Tantivy search restricted to the new documents, including
where the old FTS batch matcher folded what search now keeps apart."""
from __future__ import annotations

import random

from alerts.matcher import DocInfo
from alerts.matching import matcher_for
from alerts.search_matcher import SearchMatcher
from alerts.sqlite_matcher import SqliteMatcher
from alerts.tantivy_matcher import TantivyMatcher
from bench.gen import documents
from store.ingest import sync_index
from store.sqlite import Store
from store.tantivy_backend import TantivyBackend
from tests.alerts.test_matching import _sub, _subs
from tests.conftest import SAMPLE_DOCS, make_doc
from tests.contract.corpus import DOCS


def _pairs(matches) -> set[tuple[int, int]]:
    return {(m.subscription.id, m.doc.id) for m in matches}


def test_tantivy_matcher_agrees_with_tantivy_search(tmp_path, cfg):
    store = Store(tmp_path / "s.sqlite")
    backend = TantivyBackend(tmp_path / "tantivy")
    ids = [store.upsert_document(make_doc(d)).id for d in SAMPLE_DOCS]
    ids += [store.upsert_document(d).id for d in documents(60, seed=3, size=600)]
    sync_index(store, backend)
    batch = [DocInfo(d, 1, "new") for d in store.iter_index_docs(ids[2:])]
    subs = _subs(random.Random(5), 120)
    fast = _pairs(TantivyMatcher(cfg).match(batch, subs))
    assert fast == _pairs(SearchMatcher(backend, cfg).match(batch, subs))
    assert len(fast) > 200
    assert isinstance(matcher_for(backend, cfg), TantivyMatcher)


def test_alert_follows_search_where_the_old_matcher_folded(tmp_path, cfg):
    store = Store(tmp_path / "s.sqlite")
    backend = TantivyBackend(tmp_path / "tantivy")
    ids = {k: store.upsert_document(d).id for k, d in DOCS.items()}
    sync_index(store, backend)
    batch = [DocInfo(d, 1, "new") for d in store.iter_index_docs(ids.values())]
    # "-tuyên" keeps "trực tuyến"; a phrase with diacritics keeps them; an exclusion alone matches nothing
    subs = [_sub(1, "cải cách -tuyên"), _sub(2, '"tồn đồng"'), _sub(3, "-cải"), _sub(4, "252 KH UBND")]
    got = _pairs(TantivyMatcher(cfg).match(batch, subs))
    assert got == _pairs(SearchMatcher(backend, cfg).match(batch, subs))
    assert (1, ids["tg-kh252"]) in got and (1, ids["news"]) in got
    assert not any(s in (2, 3) for s, _ in got)
    assert (4, ids["tg-kh252"]) in got
    # the old FTS matcher folded every exclusion: "-tuyên" acted as "-tuyen", which drops "trực tuyến"
    old_style = _pairs(SqliteMatcher(cfg).match(batch, [_sub(5, "cải cách -tuyen")]))
    assert (5, ids["tg-kh252"]) not in old_style
