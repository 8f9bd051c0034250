"""The search contract: every SearchBackend (SQLite FTS5, Elasticsearch) answers the same way.

Each test runs once per backend (see conftest.pair); documents go in through the real ingest path
(store.upsert_document / store.ingest.ingest, then sync_index)."""
from __future__ import annotations

import threading
from datetime import date

import pytest

from crawler.document import build_document
from store.ingest import ingest, sync_index
from store.backend import FACET_FIELDS, SearchBackend
from store.models import DocumentIn, SearchQuery
from store.reindex import reindex
from tests.contract.corpus import ALL, DOCS, FETCHED

CCHC = {"tg-kh252", "dt-qd30", "bt-nq09", "ag-bc", "vl-da", "news"}


@pytest.fixture
def loaded(pair):
    """The corpus, ingested; returns (store, backend, ids by key, keys by id)."""
    store, backend = pair
    ids = {}
    for k, doc in DOCS.items():
        ids[k] = store.upsert_document(doc).id
    assert sync_index(store, backend) == len(DOCS)
    backend.refresh()
    return store, backend, ids, {v: k for k, v in ids.items()}


def keys(loaded, **q) -> list[str]:
    _, backend, _, by_id = loaded
    res = backend.search(SearchQuery(size=100, **q))
    assert res.total == len(res.hits)
    return [by_id[h.id] for h in res.hits]


def test_is_a_search_backend(pair):
    assert isinstance(pair[1], SearchBackend)


def test_health_and_count(loaded):
    _, backend, _, _ = loaded
    h = backend.health()
    assert h["ok"] is True and h["backend"] == backend.name
    assert backend.count() == len(DOCS)


def test_words_without_diacritics_find_documents_with_them(loaded):
    assert set(keys(loaded, q="cai cach hanh chinh")) == CCHC
    assert set(keys(loaded, q="cải cách hành chính")) == CCHC
    assert set(keys(loaded, q="CẢI CÁCH hành CHÍNH")) == CCHC


def test_every_word_must_match(loaded):
    assert set(keys(loaded, q="cải cách SIPAS")) == {"tg-kh252", "vl-da"}
    assert keys(loaded, q="cải cách xyzzyx") == []


def test_d_folds_to_d(loaded):
    assert keys(loaded, q="dao tao") == ["hg-ctr"]
    assert keys(loaded, q="đào tạo") == ["hg-ctr"]
    assert keys(loaded, q="ĐÀO TẠO") == ["hg-ctr"]
    assert set(keys(loaded, q="dong thap")) == {"dt-qd30"}


def test_exact_diacritics_rank_first(loaded):
    # "tính" (reckon) and "tỉnh" (province) fold to the same "tinh"
    found = keys(loaded, q="tinh")
    assert "ag-bc" in found and len(found) >= 5
    assert keys(loaded, q="tính")[0] == "ag-bc"
    assert set(keys(loaded, q="tính")) == set(found)
    # "đóng" (contribute) once in a body beats "Đồng" (Tháp) in a title and three times in a body
    assert set(keys(loaded, q="dong")) == {"dt-qd30", "tg-kh252", "hg-ctr"}
    assert keys(loaded, q="đóng")[0] == "hg-ctr"
    assert keys(loaded, q="đồng")[0] == "dt-qd30"


def test_phrases_keep_words_together_and_in_order(loaded):
    assert set(keys(loaded, q='"cải cách hành chính"')) == CCHC - {"bt-nq09"}
    assert set(keys(loaded, q='"cai cach hanh chinh"')) == CCHC - {"bt-nq09"}
    assert keys(loaded, q='"chính hành cách cải"') == []
    assert set(keys(loaded, q='"một cửa liên thông" "hồ sơ điện tử"')) == {"dt-qd30"}


def test_document_numbers_typed_bare_act_as_phrases(loaded):
    assert keys(loaded, q="252/KH-UBND") == ["tg-kh252"]
    assert keys(loaded, q="30/2018/QĐ-UBND") == ["dt-qd30"]
    assert keys(loaded, q="30/2018/qd-ubnd") == ["dt-qd30"]
    assert keys(loaded, q="09-NQ/TU") == ["bt-nq09"]


def test_excluded_words(loaded):
    # with diacritics an exclusion drops the exact word only: "Đồng" (Tháp), not "tồn đọng" ...
    assert set(keys(loaded, q="hành chính -Đồng")) == {"tg-kh252", "bt-nq09", "ag-bc", "vl-da", "news"}
    # ... without them it folds: "dong" drops "Đồng", "đọng" and "đóng"
    assert set(keys(loaded, q="hanh chinh -dong -sipas")) == {"bt-nq09", "ag-bc", "news"}
    assert set(keys(loaded, q='cải cách -"PAR INDEX"')) == {"dt-qd30", "bt-nq09", "vl-da"}


def test_excluded_word_with_diacritics_keeps_other_spellings(loaded):
    # "-tuyên" (as in "tuyên truyền") must not drop "trực tuyến"; "-tuyen" drops it
    assert set(keys(loaded, q="cải cách -tuyên")) == set(keys(loaded, q="cải cách"))
    assert set(keys(loaded, q="cải cách -tuyen")) == set(keys(loaded, q="cải cách")) - {"tg-kh252", "news"}


def test_phrases_respect_diacritics_when_typed_with_them(loaded):
    assert keys(loaded, q='"tồn đọng"') == ["tg-kh252"]
    assert keys(loaded, q='"tồn đồng"') == []
    assert keys(loaded, q='"ton dong"') == ["tg-kh252"]


def test_an_exclusion_alone_matches_nothing(loaded):
    for q in ("-cải", "-cai", '-"PAR INDEX"', "-cai -cach"):
        res = loaded[1].search(SearchQuery(q=q))
        assert res.total == 0 and res.hits == [] and res.facets == {}


def test_query_syntax_is_never_an_error(loaded):
    for q in ['"', '""', "-", "a AND OR NOT", "title:x", "(*)", "cải {cách}", "\\", "NEAR(a b)", "^2"]:
        loaded[1].search(SearchQuery(q=q))


def test_filters_ignore_case_and_diacritics(loaded):
    assert keys(loaded, province="tien giang") == ["tg-kh252"]
    assert keys(loaded, province="TIỀN GIANG") == ["tg-kh252"]
    assert keys(loaded, province="Tiền") == []                       # province is an exact key, not a substring
    assert keys(loaded, type="ke hoach") == ["tg-kh252"]
    assert keys(loaded, type="Quyết định") == ["dt-qd30"]
    assert keys(loaded, issuer="nội vụ") == ["ag-bc"]                # issuer is a substring
    assert set(keys(loaded, issuer="ubnd tinh")) == {"tg-kh252", "dt-qd30", "vl-da", "hg-ctr"}
    assert set(keys(loaded, index="par index")) == {"tg-kh252", "dt-qd30", "ag-bc"}
    assert set(keys(loaded, index="SIPAS")) == {"tg-kh252", "vl-da"}
    assert set(keys(loaded, q="cai cach", province="an giang", index="papi")) == {"ag-bc"}


def test_issuer_filter_takes_wildcard_characters_literally(loaded):
    assert keys(loaded, issuer="%") == []
    assert keys(loaded, issuer="_") == []
    assert keys(loaded, issuer="*") == []
    assert keys(loaded, issuer="?") == []


def test_date_filters(loaded):
    assert set(keys(loaded, date_from=date(2022, 1, 1))) == {"tg-kh252", "ag-bc", "ct-tb", "hg-ctr", "news"}
    assert set(keys(loaded, date_to=date(2021, 12, 31))) == {"dt-qd30", "bt-nq09", "vl-da"}
    assert keys(loaded, date_from=date(2023, 12, 19), date_to=date(2023, 12, 19)) == ["tg-kh252"]
    assert set(keys(loaded, q="cai cach", date_from=date(2024, 1, 1))) == {"news"}
    # dates beyond what an engine can store are answered, not errors
    assert keys(loaded, date_from=date(2263, 1, 1)) == []
    assert set(keys(loaded, date_from=date(1, 1, 1), date_to=date(9999, 12, 31))) == ALL


def test_doc_ids_restrict_the_search(loaded):
    _, _, ids, _ = loaded
    assert set(keys(loaded, q="cải cách", doc_ids=[ids["ag-bc"], ids["hg-ctr"], ids["news"]])) == {"ag-bc", "news"}
    assert keys(loaded, doc_ids=[]) == []
    assert keys(loaded, doc_ids=[999999]) == []


def test_empty_query_lists_everything_newest_first(loaded):
    found = keys(loaded)
    assert set(found) == ALL
    assert found == ["news", "ct-tb", "tg-kh252", "hg-ctr", "ag-bc", "bt-nq09", "vl-da", "dt-qd30"]


def test_sort_by_date(loaded):
    assert keys(loaded, q="cai cach hanh chinh", sort="date") == ["news", "tg-kh252", "ag-bc", "bt-nq09", "vl-da",
                                                                  "dt-qd30"]


def test_relevance_puts_title_matches_and_denser_documents_first(loaded):
    found = keys(loaded, q="chuyển đổi số")
    assert found[0] == "bt-nq09"
    found = keys(loaded, q="tiếp công dân")
    assert found[0] == "ct-tb"


def test_scores_descend_in_relevance_order(loaded):
    res = loaded[1].search(SearchQuery(q="cải cách hành chính", size=100))
    scores = [h.score for h in res.hits]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0


def test_facets_count_the_whole_match_set(loaded):
    res = loaded[1].search(SearchQuery(q="cai cach hanh chinh", size=1))
    assert res.total == len(CCHC) and len(res.hits) == 1
    assert set(res.facets) == set(FACET_FIELDS)
    f = {name: {v.value: v.count for v in values} for name, values in res.facets.items()}
    assert f["province"] == {"Tiền Giang": 1, "Đồng Tháp": 1, "Bến Tre": 1, "An Giang": 1, "Vĩnh Long": 1}
    assert f["index"] == {"PAR INDEX": 3, "SIPAS": 2, "PCI": 1, "PAPI": 1}
    assert f["year"] == {"2024": 1, "2023": 1, "2022": 1, "2021": 1, "2020": 1, "2018": 1}
    assert f["type"] == {"Kế hoạch": 1, "Quyết định": 1, "Nghị quyết": 1, "Báo cáo": 1, "Đề án": 1}
    assert f["issuer"]["UBND tỉnh Tiền Giang"] == 1 and "Sở Nội vụ tỉnh An Giang" in f["issuer"]
    # most frequent first, then by value
    assert [v.value for v in res.facets["index"]] == ["PAR INDEX", "SIPAS", "PAPI", "PCI"]


def test_facets_follow_filters_and_vanish_without_matches(loaded):
    res = loaded[1].search(SearchQuery(index="sipas"))
    assert {v.value: v.count for v in res.facets["province"]} == {"Tiền Giang": 1, "Vĩnh Long": 1}
    assert loaded[1].search(SearchQuery(q="xyzzyx")).facets == {}


def test_pagination(loaded):
    _, backend, _, by_id = loaded
    everything = [h.id for h in backend.search(SearchQuery(q="tinh", size=100)).hits]
    pages = []
    for page in range(1, 5):
        res = backend.search(SearchQuery(q="tinh", size=2, page=page))
        assert res.total == len(everything) and res.page == page and res.size == 2
        pages.extend(h.id for h in res.hits)
    assert pages == everything[:8]
    beyond = backend.search(SearchQuery(q="tinh", size=5, page=50))
    assert beyond.total == len(everything) and beyond.hits == []


def test_hits_carry_the_record_fields(loaded):
    _, backend, ids, _ = loaded
    hit = backend.search(SearchQuery(q="252/KH-UBND")).hits[0]
    assert hit.id == ids["tg-kh252"] and hit.url == "https://portal.example.vn/tg-kh252"
    assert hit.title == DOCS["tg-kh252"].title
    assert (hit.doc_number, hit.doc_type, hit.issuer, hit.province) == (
        "252/KH-UBND", "Kế hoạch", "UBND tỉnh Tiền Giang", "Tiền Giang")
    assert hit.indices == ["PAR INDEX", "SIPAS"] and hit.date == date(2023, 12, 19)
    news = backend.search(SearchQuery(q="hội nghị trực tuyến")).hits[0]
    assert news.doc_number is None and news.province is None and news.date == date(2024, 3, 8)


def test_highlights_mark_matches_regardless_of_diacritics(loaded):
    snippet = loaded[1].search(SearchQuery(q="cai cach hanh chinh", province="tien giang")).hits[0].snippet
    assert "<mark>cải cách hành chính</mark>" in snippet.lower()
    snippet = loaded[1].search(SearchQuery(q="dao tao")).hits[0].snippet
    assert "<mark>đào tạo</mark>" in snippet


def test_highlights_mark_the_query_words_where_they_stand_together(loaded):
    # "ban hành" holds a "hành" of "cải cách hành chính": on its own it is not marked
    snippet = loaded[1].search(SearchQuery(q="cải cách hành chính", province="tien giang")).hits[0].snippet
    assert "ban hành" in snippet and "<mark>hành</mark>" not in snippet
    snippet = loaded[1].search(SearchQuery(q='"một cửa liên thông"')).hits[0].snippet
    assert "<mark>một cửa liên thông</mark>" in snippet and "<mark>một cửa</mark>," not in snippet


def test_snippets_are_html_escaped(loaded):
    snippet = loaded[1].search(SearchQuery(q="trễ hạn")).hits[0].snippet
    assert "&lt; 5% &amp;" in snippet
    assert snippet.replace("<mark>", "").replace("</mark>", "").count("<") == 0


def test_changed_documents_are_updated(loaded):
    store, backend, ids, _ = loaded
    old = DOCS["ct-tb"]
    new = old.model_copy(update={"text": old.text.replace("tiếp công dân định kỳ", "đối thoại với doanh nghiệp"),
                                 "fetched_at": FETCHED.replace(month=7)})
    outcome = ingest(store, new, backend)
    assert outcome.status == "changed" and outcome.id == ids["ct-tb"]
    backend.refresh()
    assert keys(loaded, q="đối thoại doanh nghiệp") == ["ct-tb"]
    assert "ct-tb" not in keys(loaded, q="định kỳ")
    assert backend.count() == len(DOCS)
    assert ingest(store, new, backend).status == "unchanged"


def test_deleted_documents_disappear(loaded):
    store, backend, ids, _ = loaded
    assert store.delete_document(ids["hg-ctr"])
    assert sync_index(store, backend) == 1
    assert keys(loaded, q="dao tao") == []
    assert backend.count() == len(DOCS) - 1
    backend.delete([999999])          # unknown ids are ignored
    assert backend.count() == len(DOCS) - 1


def test_ingest_through_the_extractors(pair):
    store, backend = pair
    doc = build_document(
        url="https://sonoivu.tiengiang.gov.vn/kh-cchc-2025", title="Kế hoạch cải cách hành chính năm 2025",
        text="ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG\nSố: 301/KH-UBND\nTiền Giang, ngày 27 tháng 12 năm 2024\n"
             "KẾ HOẠCH Cải cách hành chính năm 2025 của tỉnh Tiền Giang, nâng cao Chỉ số PAR INDEX.",
        province_hint="Tiền Giang")
    out = ingest(store, doc, backend)
    backend.refresh()
    res = backend.search(SearchQuery(q="ke hoach cai cach 2025"))
    assert [h.id for h in res.hits] == [out.id]
    assert res.hits[0].province == store.get_document(out.id)["province"]


def test_reindex_rebuilds_without_a_gap(loaded):
    store, backend, _, _ = loaded
    stop = threading.Event()
    seen: list[int] = []
    errors: list[BaseException] = []

    def watch():
        while not stop.is_set():
            try:
                seen.append(backend.search(SearchQuery(q="cai cach hanh chinh")).total)
            except BaseException as e:  # noqa: BLE001 - recorded and asserted below
                errors.append(e)

    t = threading.Thread(target=watch)
    t.start()
    try:
        for _ in range(3):
            assert reindex(store, backend) == len(DOCS)
    finally:
        stop.set()
        t.join()
    assert not errors and seen and set(seen) == {len(CCHC)}
    assert backend.count() == len(DOCS)
    assert store.pending_index() == []


def test_words_found_together_rank_first(loaded):
    # the Bến Tre resolution has "cải cách", "cải thiện", "hành chính" but never together
    found = keys(loaded, q="cải cách hành chính")
    assert found[-1] == "bt-nq09" and set(found) == CCHC
    found = keys(loaded, q="cai cach hanh chinh")
    assert found[-1] == "bt-nq09"


@pytest.mark.parametrize("q", ["252/KH-UBND", "252 KH UBND", "252/kh-ubnd", "252 kh-ubnd", "kế hoạch 252/KH-UBND"])
def test_document_numbers_in_any_spelling_come_first(loaded, q):
    assert keys(loaded, q=q)[0] == "tg-kh252"


def test_issuer_facet_has_one_entry_per_body(loaded):
    store, backend, _, _ = loaded
    base = DOCS["tg-kh252"]
    for i, issuer in enumerate(["Ủy ban nhân dân tỉnh Tiền Giang", "UBND", "UBND TỈNH TIỀN GIANG"]):
        number = f"{300 + i}/KH-UBND"
        facts = base.facts.to_dict()
        facts.update(primary=number, doc_refs=[{**facts["doc_refs"][0], "number": number, "issuer": issuer}])
        store.upsert_document(DocumentIn(**{**base.model_dump(), "url": f"{base.url}-{i}", "facts": facts,
                                            "text": base.text.replace("252/", f"{300 + i}/")}))
    sync_index(store, backend)
    backend.refresh()
    res = backend.search(SearchQuery(province="Tiền Giang"))
    assert {v.value: v.count for v in res.facets["issuer"]} == {"UBND tỉnh Tiền Giang": 4}
    assert {h.issuer for h in res.hits} == {"UBND tỉnh Tiền Giang"}


def test_a_merged_unit_filter_covers_its_predecessors(loaded):
    # Đồng Tháp after 01/07/2025 includes the old Tiền Giang; the old name still filters alone
    assert set(keys(loaded, province="Đồng Tháp")) == {"dt-qd30", "tg-kh252"}
    assert keys(loaded, province="tien giang") == ["tg-kh252"]


def test_min_relevance_filters_on_the_crawlers_score(pair):
    from store.crawl_records import set_relevance
    store, backend = pair
    ids = {k: store.upsert_document(doc).id for k, doc in DOCS.items()}
    set_relevance(store, ids["tg-kh252"], 0.9, ["document number"])
    set_relevance(store, ids["news"], 0.1, ["weak cue"])
    sync_index(store, backend)
    backend.refresh()
    found = {h.id for h in backend.search(SearchQuery(size=100, min_relevance=0.25)).hits}
    assert found == {ids["tg-kh252"]}          # unscored documents (stored before the score) never pass
