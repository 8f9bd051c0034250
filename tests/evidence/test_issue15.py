"""Issue 15: the year a document is evidence for, "không đủ dữ liệu" when nothing was collected,
and the 2025 mergers (a unit's filter, evidence and comparisons include its predecessors)."""
from __future__ import annotations

from datetime import date

import pytest

import evidence as ev
from store import crawl_records
from store.fts import SqliteSearch
from store.ingest import ingest
from store.models import SearchQuery, Source
from store.sqlite import Store
from tests.evidence.conftest import PLAN_BODY, make_doc


@pytest.fixture
def w(tmp_path):
    store = Store(tmp_path / "pw.sqlite")
    backend = SqliteSearch(store)
    docs = {
        # the 2024 CCHC plan, issued 26/12/2023: evidence for 2024, not for 2023
        "plan2024": make_doc(1, "355/KH-UBND", "KẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NĂM 2024", PLAN_BODY,
                             "2023-12-26", "2023-12-28"),
        # a communication plan for 2024, issued in December 2023 (its rule is not a deadline)
        "comm2024": make_doc(2, "360/KH-UBND", "KẾ HOẠCH\nTUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2024",
                             "Tổ chức cuộc thi tìm hiểu về cải cách hành chính.", "2023-12-27", "2023-12-29"),
        # Đồng Tháp's own document (the unit keeps the name after 01/07/2025)
        "dt": make_doc(3, "12/KH-UBND", "KẾ HOẠCH\nKIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2024",
                       "Đoàn kiểm tra làm việc với các sở.", "2024-02-01", "2024-02-02", province="Đồng Tháp"),
    }
    ids = {k: ingest(store, d, backend).id for k, d in docs.items()}
    yield store, backend, ids
    store.close()


def test_the_2024_plan_issued_in_december_2023_is_evidence_for_2024(w):
    store, backend, ids = w
    v = ev.verify(store, backend, "Tiền Giang", 2024, "1.1")
    assert v["verdict"] == "met" and v["best"] == ids["plan2024"]
    item = next(e for e in v["evidence"] if e["document_id"] == ids["plan2024"])
    assert item["evidence_years"] == [2024] and item["evidence_years_basis"] == "title"
    assert item["issue_date"] == "2023-12-26"                  # the dates stay what they are
    v23 = ev.verify(store, backend, "Tiền Giang", 2023, "1.1")
    assert v23["verdict"] != "met" and "is for 2024" in v23["reason"]


def test_a_plan_for_next_year_counts_for_that_year_whatever_its_issue_year(w):
    store, backend, ids = w
    assert ev.verify(store, backend, "Tiền Giang", 2024, "1.4")["verdict"] == "met"
    v23 = ev.verify(store, backend, "Tiền Giang", 2023, "1.4")
    assert v23["verdict"] == "missing" and "is for 2024" in v23["reason"]


def test_document_page_links_to_the_year_the_document_is_for(w):
    from search_api.pages.views import document_criteria

    class State:
        pass

    store, backend, ids = w
    state = State()
    state.store, state.backend = store, backend
    doc = dict(store.conn.execute("SELECT * FROM documents WHERE id=?", (ids["plan2024"],)).fetchone())
    got = document_criteria(state, doc)
    assert got["year"] == 2024 and got["years"] == [2024]
    one = next(i for i in got["items"] if i["id"] == "1.1")
    assert "year=2024" in one["evidence_url"]


def test_no_data_when_the_province_was_never_crawled(w):
    store, backend, _ = w
    store.upsert_source(Source(id="baclieu", name="Cổng TTĐT Bạc Liêu", province="Bạc Liêu",
                               base_url="https://baclieu.gov.vn/"))
    v = ev.verify(store, backend, "Bạc Liêu", 2024, "1.1")
    assert v["verdict"] == "no_data" and v["coverage"]["state"] == "not_crawled"
    assert "never crawled" in v["reason"] and ev.reason(v["reason"]).startswith("không đủ dữ liệu")
    m = ev.matrix(store, backend, "Bạc Liêu", 2024)
    assert m["counts"]["no_data"] == len(m["rows"]) and m["counts"]["missing"] == 0
    # a failed crawl is still no data; a successful one makes "nothing found" a real "Thiếu"
    run = crawl_records.start_run(store)
    crawl_records.save_source_run(store, run, "baclieu", {"unreachable": "DNS failure", "started_at": "2025-03-01T00:00:00"})
    v = ev.verify(store, backend, "Bạc Liêu", 2024, "1.1")
    assert v["verdict"] == "no_data" and "unreachable (DNS failure)" in v["reason"]
    run = crawl_records.start_run(store)
    crawl_records.save_source_run(store, run, "baclieu", {"pages": 40, "documents": 0, "started_at": "2025-03-02T00:00:00"})
    v = ev.verify(store, backend, "Bạc Liêu", 2024, "1.1")
    assert v["verdict"] == "missing" and v["coverage"]["state"] == "crawled"


def test_a_crawl_before_the_window_does_not_cover_it(w):
    store, backend, _ = w
    store.upsert_source(Source(id="baclieu", name="Bạc Liêu", province="Bạc Liêu", base_url="https://baclieu.gov.vn/"))
    run = crawl_records.start_run(store)
    crawl_records.save_source_run(store, run, "baclieu", {"pages": 40, "started_at": "2020-01-01T00:00:00"})
    assert ev.verify(store, backend, "Bạc Liêu", 2024, "1.1")["verdict"] == "no_data"
    assert ev.verify(store, backend, "Bạc Liêu", 2020, "1.1")["verdict"] == "missing"


def test_a_merged_unit_includes_its_predecessors_documents_marked_as_such(w):
    store, backend, ids = w
    v = ev.verify(store, backend, "Đồng Tháp", 2024, "1.1")
    assert v["family"] == ["Đồng Tháp", "Tiền Giang"] and v["verdict"] == "met"
    item = next(e for e in v["evidence"] if e["document_id"] == ids["plan2024"])
    assert item["predecessor"] == "Tiền Giang" and item["province"] == "Tiền Giang"
    own = ev.verify(store, backend, "Đồng Tháp", 2024, "1.3")
    assert next(e for e in own["evidence"] if e["document_id"] == ids["dt"])["predecessor"] is None
    # the old name still works, and covers only itself
    old = ev.verify(store, backend, "Tiền Giang", 2024, "1.3")
    assert old["family"] == ["Tiền Giang"] and all(e["document_id"] != ids["dt"] for e in old["evidence"])


def test_search_filter_by_a_merged_unit_finds_its_predecessors(w):
    store, backend, ids = w
    got = {h.id for h in backend.search(SearchQuery(q="cải cách hành chính", province="Đồng Tháp", size=20)).hits}
    assert {ids["plan2024"], ids["dt"]} <= got
    old = {h.id for h in backend.search(SearchQuery(q="cải cách hành chính", province="Tiền Giang", size=20)).hits}
    assert ids["plan2024"] in old and ids["dt"] not in old


def test_elasticsearch_filter_names_the_whole_family():
    from store.elastic import _filters
    from store.sqlite import key

    f = _filters(SearchQuery(q="x", province="Đồng Tháp"))
    assert len(f) == 1 and set(f[0]["terms"]["province.key"]) == {key("Đồng Tháp"), key("Tiền Giang")}


def test_evidence_years_of_a_stored_row(w):
    store, _, ids = w
    row = ev.candidate(store, ids["plan2024"])
    ey = ev.years_of(row)
    assert ey.years == (2024,) and date.fromisoformat(row.issue_date).year == 2023


def test_the_match_score_is_called_confidence_never_points():
    r = ev.reason("possible evidence only: Kế hoạch 98/KH-UBND (score 0.40, below 0.5); review it")
    assert "độ tin cậy 40%, dưới ngưỡng 50%" in r and "điểm" not in r
