"""Elasticsearch-only behaviour: analysis, index layout, settings, an unreachable cluster."""
from __future__ import annotations

import socket

import pytest

from extractors.normalize import fold
from store.ingest import ingest, sync_index
from parwatch.settings import Settings
from store.backend import BackendUnavailable
from store.elastic import ElasticBackend
from store.models import SearchQuery
from store.reindex import reindex
from store.sqlite import Store
from tests.contract.corpus import DOCS
from tests.contract.conftest import make_es_backend

pytestmark = pytest.mark.es

VIETNAMESE = ("aàáảãạăằắẳẵặâầấẩẫậ eèéẻẽẹêềếểễệ iìíỉĩị oòóỏõọôồốổỗộơờớởỡợ uùúủũụưừứửữự yỳýỷỹỵ đ "
              "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ EÈÉẺẼẸÊỀẾỂỄỆ IÌÍỈĨỊ OÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ UÙÚỦŨỤƯỪỨỬỮỰ YỲÝỶỸỴ Đ")


def _tokens(backend, analyzer: str, text: str) -> list[str]:
    r = backend.client.indices.analyze(index=backend.alias, analyzer=analyzer, text=text)
    return [t["token"] for t in r["tokens"]]


def test_folded_analyzer_folds_every_vietnamese_letter_like_the_store(es_backend):
    es_backend.ensure_index()
    assert _tokens(es_backend, "vi_folded", VIETNAMESE) == fold(VIETNAMESE).lower().split()
    assert _tokens(es_backend, "vi_folded", "Đường đến Đồng Tháp") == ["duong", "den", "dong", "thap"]
    assert _tokens(es_backend, "vi_exact", "Đường đến") == ["đường", "đến"]


def test_versioned_index_behind_an_alias_and_reindex_swaps_it(es_backend, tmp_path):
    store = Store(tmp_path / "s.sqlite")
    for d in DOCS.values():
        ingest(store, d, es_backend)
    first = es_backend.current_indices()
    assert len(first) == 1 and first[0].startswith(f"{es_backend.prefix}-documents-v1-")
    mapping = es_backend.client.indices.get_mapping(index=first[0])[first[0]]["mappings"]
    assert mapping["_meta"]["parwatch_mapping_version"] == 1
    assert mapping["properties"]["targets"]["type"] == "nested"
    assert reindex(store, es_backend) == len(DOCS)
    second = es_backend.current_indices()
    assert len(second) == 1 and second != first
    assert not es_backend.client.indices.exists(index=first[0])
    assert es_backend.count() == len(DOCS)
    # targets are nested objects: value and unit of the same target match together
    hits = es_backend.client.search(index=es_backend.alias, query={"nested": {"path": "targets", "query": {
        "bool": {"filter": [{"term": {"targets.unit": "%"}}, {"range": {"targets.value": {"gte": 100}}}]}}}})
    assert hits["hits"]["total"]["value"] == 1


def test_reindex_picks_up_writes_to_the_old_index_and_deletes(es_backend, tmp_path, monkeypatch):
    store = Store(tmp_path / "s.sqlite")
    ids = {k: ingest(store, d, es_backend).id for k, d in DOCS.items()}
    from store import elastic as mod

    real = es_backend.swap_alias

    def swap_after_concurrent_writes(new):
        # another process changes and deletes documents while the new index is being built
        changed = DOCS["ct-tb"].model_copy(update={"text": DOCS["ct-tb"].text + " Đối thoại doanh nghiệp."})
        ingest(store, changed, es_backend)
        store.delete_document(ids["hg-ctr"])
        sync_index(store, es_backend)
        return real(new)

    monkeypatch.setattr(es_backend, "swap_alias", swap_after_concurrent_writes)
    monkeypatch.setattr(mod, "OLD_INDEX_GRACE_S", 0)
    assert reindex(store, es_backend) == len(DOCS)
    es_backend.refresh()
    assert [h.id for h in es_backend.search(SearchQuery(q="đối thoại doanh nghiệp")).hits] == [ids["ct-tb"]]
    assert es_backend.search(SearchQuery(q="dao tao")).total == 0
    assert es_backend.count() == len(DOCS) - 1


def test_from_settings_reads_url_prefix_and_credentials():
    s = Settings(search="elasticsearch", es_url="http://u:secret@127.0.0.1:9,http://127.0.0.1:10",
                 es_api_key="abc", es_index_prefix="prod")
    b = ElasticBackend.from_settings(s)
    assert b.alias == "prod-documents" and "secret" not in b.url and "127.0.0.1:10" in b.url
    assert b.shards is None and ElasticBackend.from_settings(Settings(search="elasticsearch", es_shards=2)).shards == 2


def test_one_primary_shard_by_default_and_es_shards_overrides_it(es_url):
    def primaries(backend) -> int:
        backend.ensure_index()
        (name,) = backend.current_indices()
        return int(backend.client.indices.get_settings(index=name)[name]["settings"]["index"]["number_of_shards"])

    one, two = make_es_backend(es_url), make_es_backend(es_url)
    two.shards = 2
    try:
        assert (primaries(one), primaries(two)) == (1, 2)
    finally:
        for b in (one, two):
            b.client.options(ignore_status=404).indices.delete(index=f"{b.prefix}-documents-*")
            b.client.options(ignore_status=404).indices.delete_index_template(name=b.template)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_cluster_keeps_documents_queued_then_catches_up(es_url, tmp_path):
    store = Store(tmp_path / "s.sqlite")
    down = make_es_backend(f"http://127.0.0.1:{_closed_port()}")
    down.client = down.client.options(max_retries=0, request_timeout=2)
    h = down.health()
    assert h["ok"] is False and h["backend"] == "elasticsearch" and "cannot be reached" in h["error"]
    for d in DOCS.values():
        assert ingest(store, d, down).status == "new"          # stored even though the index is down
    assert store.count_documents() == len(DOCS)
    assert len(store.pending_index()) == len(DOCS)
    with pytest.raises(BackendUnavailable, match="cannot be reached.*reindex"):
        down.search(SearchQuery(q="cải cách"))
    with pytest.raises(BackendUnavailable) as e:
        sync_index(store, down)
    assert "\n" not in str(e.value)
    assert len(store.pending_index()) == len(DOCS)

    up = make_es_backend(es_url, prefix=down.prefix)            # Elasticsearch is back
    try:
        assert sync_index(store, up) == len(DOCS)
        assert store.pending_index() == []
        assert up.search(SearchQuery(q="cai cach hanh chinh")).total == 6
        store.delete_document(store.document_ids()[0])          # and the reindex path brings it level too
        assert reindex(store, up) == len(DOCS) - 1
        sync_index(store, up)     # entries queued in the very second the rebuild began stay queued: harmless
        assert up.count() == len(DOCS) - 1 and store.pending_index() == []
    finally:
        up.client.options(ignore_status=404).indices.delete(index=f"{up.prefix}-documents-*")
        up.client.options(ignore_status=404).indices.delete_index_template(name=up.template)


def test_search_before_any_index_exists_answers_empty(es_backend):
    # both requests of the _msearch fail with index_not_found: sent again alone, the error is the
    # client's NotFoundError, which means no documents yet
    for q in (SearchQuery(q="cải cách"), SearchQuery(q="", province="Tiền Giang"), SearchQuery(q="x", sort="date")):
        res = es_backend.search(q)
        assert (res.total, res.hits, res.facets) == (0, [], {})
    assert es_backend.current_indices() == []


def test_total_and_facets_match_the_page_query(es_backend, tmp_path):
    store = Store(tmp_path / "s.sqlite")
    for d in DOCS.values():
        ingest(store, d, es_backend)
    es_backend.refresh()
    for q in (SearchQuery(q="hanh chinh", size=2), SearchQuery(q="hành chính -tuyến", size=50),
              SearchQuery(q="cai cach", sort="date", size=50)):
        res = es_backend.search(q)
        every = es_backend.search(q.model_copy(update={"size": 100, "page": 1}))
        assert res.total == len(every.hits) > 0
        assert sum(f.count for f in res.facets["province"]) == sum(1 for h in every.hits if h.province)
    store.close()
