"""The batch matcher returns what the search backend returns for the saved query restricted to
the new documents (SearchQuery.doc_ids), with the same filters; and it says why."""
from __future__ import annotations

import random


from alerts.matcher import DocInfo
from alerts.search_matcher import SearchMatcher
from alerts.sqlite_matcher import SqliteMatcher
from alerts.models import Filters, Subscription
from bench.gen import PROVINCES, QUERIES, documents
from store.ingest import sync_index
from tests.conftest import SAMPLE_DOCS, make_doc

EXTRA_QUERIES = ['"cải cách hành chính"', "cai cach -tien", "SIPAS PAPI", "252/KH-UBND", "dich vu cong truc tuyen",
                 "Hòa", "thuỷ", "đồng tháp", "-kế", "", "kế hoạch 2020", '"dịch vụ công" toàn trình', "xyzzy"]


def _subs(rng: random.Random, n: int) -> list[Subscription]:
    out = []
    for i in range(n):
        f = {}
        if rng.random() < 0.3:
            f["provinces"] = rng.sample(PROVINCES + ["tien giang", "ĐỒNG THÁP"], 2)
        if rng.random() < 0.2:
            f["types"] = [rng.choice(["Kế hoạch", "ke hoach", "Quyết định", "Báo cáo"])]
        if rng.random() < 0.15:
            f["indices"] = [rng.choice(["PAR INDEX", "sipas", "PCI"])]
        if rng.random() < 0.15:
            f["issuers"] = [rng.choice(["UBND tỉnh", "huyện hải lăng", "Tiền Giang"])]
        out.append(Subscription(id=i + 1, name=f"s{i}", owner="t", query=rng.choice(QUERIES + EXTRA_QUERIES),
                                filters=Filters(**f), channel="atom", on_changes=False, digest=False, active=True,
                                created_at="", updated_at=""))
    return out


def test_batch_matcher_agrees_with_search_restricted_to_the_batch(store, backend, cfg):
    ids = [store.upsert_document(make_doc(d)).id for d in SAMPLE_DOCS]
    ids += [store.upsert_document(d).id for d in documents(60, seed=3, size=600)]
    sync_index(store, backend)
    batch = [DocInfo(d, 1, "new") for d in store.iter_index_docs(ids[2:])]   # not every stored document
    subs = _subs(random.Random(5), 120)
    fast = {(m.subscription.id, m.doc.id) for m in SqliteMatcher(cfg).match(batch, subs)}
    slow = {(m.subscription.id, m.doc.id) for m in SearchMatcher(backend, cfg).match(batch, subs)}
    assert fast == slow
    assert len(fast) > 200                                  # the comparison is not vacuous
    assert all(doc_id in ids[2:] for _, doc_id in fast)


def _sub(sid, query, **filters) -> Subscription:
    return Subscription(id=sid, name="x", owner="t", query=query, channel="atom", filters=Filters(**filters),
                        on_changes=False, digest=False, active=True, created_at="", updated_at="")


def test_reasons_name_terms_filters_and_criteria(store, cfg):
    ids = [store.upsert_document(make_doc(d)).id for d in SAMPLE_DOCS]
    batch = [DocInfo(d, 1, "new") for d in store.iter_index_docs(ids)]
    terms = _sub(1, 'cai cach "chỉ số" -papi', provinces=["TIEN GIANG"], indices=["par index"])
    sipas = _sub(2, "", criteria=["SIPAS"])
    plan = _sub(3, "", criteria=["1.1.1"])
    m1, m2 = SqliteMatcher(cfg).match(batch, [terms, sipas, plan])
    assert m1.subscription.id == 1 and m1.doc.doc.doc_number == "252/KH-UBND"
    assert m1.reason["terms"] == ["cai", "cach", "chỉ số"] and m1.reason["excluded"] == ["papi"]
    assert m1.reason["filters"] == {"province": "Tiền Giang", "indices": ["PAR INDEX"]}
    assert m2.subscription.id == 2 and m2.doc.doc.doc_number == "145/KH-UBND"
    assert m2.reason["criteria"] == [{"id": "SIPAS", "name": "Chỉ số hài lòng", "keyword": "SIPAS"}]
    from alerts.render import why
    assert why(m1.reason) == ("khớp từ khóa «cai», «cach», «chỉ số»; không chứa «papi»; "
                              "bộ lọc: tỉnh/thành Tiền Giang; chỉ số PAR INDEX")
    assert "tiêu chí SIPAS (Chỉ số hài lòng) qua cụm từ «SIPAS»" in why(m2.reason)


def test_a_subscription_to_a_merged_unit_matches_its_predecessors(store, backend, cfg):
    # since 01/07/2025 Đồng Tháp includes the old Tiền Giang; Cà Mau includes Bạc Liêu
    ids = [store.upsert_document(make_doc(d)).id for d in SAMPLE_DOCS]
    sync_index(store, backend)
    batch = [DocInfo(d, 1, "new") for d in store.iter_index_docs(ids)]
    subs = [_sub(1, "", provinces=["Đồng Tháp"]), _sub(2, "", provinces=["Tiền Giang"]), _sub(3, "", provinces=["ca mau"])]
    for matcher in (SqliteMatcher(cfg), SearchMatcher(backend, cfg)):
        got = {}
        for m in matcher.match(batch, subs):
            got.setdefault(m.subscription.id, set()).add(m.doc.doc.province)
        assert got[1] == {"Đồng Tháp", "Tiền Giang"}, matcher
        assert got[2] == {"Tiền Giang"}                                  # the old name stays narrow
        assert got[3] == {"Bạc Liêu"}
