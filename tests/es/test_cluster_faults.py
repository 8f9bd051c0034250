"""Scale-out and faults on a real three-node cluster (its own JVMs and ports)."""
from __future__ import annotations

import time
from datetime import datetime, timezone

import pytest
from elasticsearch import Elasticsearch

from store.ingest import ingest, sync_index
from store.elastic import ElasticBackend
from store.models import DocumentIn, SearchQuery
from store.sqlite import Store
from tests.es_cluster import Cluster

pytestmark = [pytest.mark.es, pytest.mark.slow]

PROVINCES = ["Tiền Giang", "Đồng Tháp", "Bến Tre", "An Giang", "Vĩnh Long", "Hậu Giang", "Cần Thơ", "Long An"]


def _doc(i: int) -> DocumentIn:
    p = PROVINCES[i % len(PROVINCES)]
    return DocumentIn(
        url=f"https://portal.example.vn/kh/{i}", title=f"Kế hoạch số {i}/KH-UBND về cải cách hành chính tỉnh {p}",
        text=f"Ủy ban nhân dân tỉnh {p} ban hành Kế hoạch số {i}/KH-UBND triển khai cải cách hành chính, "
             f"nâng cao Chỉ số PAR INDEX; mã văn bản vb{i}x.",
        fetched_at=datetime(2024, 1, 1, tzinfo=timezone.utc),
        facts={"doc_refs": [{"number": f"{i}/KH-UBND", "type": "Kế hoạch", "date": "2024-01-02",
                             "issuer": f"UBND tỉnh {p}"}], "primary": f"{i}/KH-UBND", "province": p,
               "indices": ["PAR INDEX"]})


@pytest.fixture(scope="module")
def three_nodes():
    c = Cluster(nodes=3, heap="512m").start()
    try:
        yield c
    finally:
        c.stop()


def _health(client, **kw):
    return client.options(request_timeout=60).cluster.health(**kw)


def test_losing_one_node_loses_nothing_and_it_recovers(three_nodes, tmp_path):
    c = three_nodes
    client = Elasticsearch(c.urls, request_timeout=20, retry_on_timeout=True, max_retries=5)
    backend = ElasticBackend(client, "fault", url=c.url, shards=3, replicas=1)
    store = Store(tmp_path / "s.sqlite")
    for i in range(300):
        store.upsert_document(_doc(i))
    assert sync_index(store, backend) == 300
    assert _health(client, index=backend.alias, wait_for_status="green", timeout="60s")["status"] == "green"
    shards = client.cat.shards(index=backend.alias, format="json")
    assert {s["node"] for s in shards} == {f"{c.name}-{i}" for i in range(3)}   # spread over every node

    c.stop_node(2)
    h = _health(client, wait_for_nodes="2", timeout="60s")
    assert h["number_of_nodes"] == 2 and h["status"] in ("yellow", "green")
    assert _health(client, index=backend.alias, wait_for_status="yellow", timeout="60s")["status"] != "red"
    # every document is still found, through whichever node still answers
    assert backend.count() == 300
    assert backend.search(SearchQuery(q="cai cach hanh chinh")).total == 300
    for i in (0, 123, 299):
        assert [h.id for h in backend.search(SearchQuery(q=f"vb{i}x")).hits] == [i + 1]
    # new documents still index
    for i in range(300, 340):
        ingest(store, _doc(i), backend)
    backend.refresh()
    assert backend.count() == 340 and store.pending_index() == []
    assert backend.search(SearchQuery(q="vb333x")).total == 1

    c.start_node(2)
    t0 = time.monotonic()
    h = _health(client, index=backend.alias, wait_for_status="green", wait_for_nodes="3", timeout="120s")
    assert h["status"] == "green" and h["number_of_nodes"] == 3 and not h["timed_out"], h
    assert backend.count() == 340
    assert backend.health()["ok"] and backend.health()["nodes"] == 3
    print(f"recovered to green in {time.monotonic() - t0:.1f}s")
    client.close()
