"""Document identity and relations: one record per (number, issuer, year) across URLs and portals,
near-duplicate texts grouped (MinHash), citations resolved by issuer and year with ambiguity shown,
relation types from the verbs, and validity derived from later documents that replace one."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

import evidence as ev
from crawler.document import build_document
from extractors.citations import relation_of
from extractors.refs import document_key
from store.identity import near_duplicates, sightings
from store.ingest import ingest
from store.models import DocumentIn
from store.sqlite import Store

PLAN_TEXT = ("Ngày 19/9/2018, Ủy ban nhân dân tỉnh Tiền Giang ban hành Kế hoạch số 252/KH-UBND về việc nâng cao "
             "Chỉ số cải cách hành chính cấp tỉnh (PAR Index) giai đoạn 2018 - 2020. Kế hoạch đề ra các nhiệm vụ: "
             "cải cách thể chế, cải cách thủ tục hành chính, cải cách tổ chức bộ máy, xây dựng đội ngũ cán bộ, "
             "cải cách tài chính công và xây dựng chính quyền điện tử; mỗi nhiệm vụ có cơ quan chủ trì và thời hạn.")


def _doc(url, number, issued, province, text=PLAN_TEXT, source="tiengiang", title="Kế hoạch nâng cao PAR Index",
         citations=(), refs=()):
    primary = [{"number": number, "type": "Kế hoạch", "date": issued, "issuer": f"UBND tỉnh {province}"}] if number else []
    return DocumentIn(url=url, source_id=source, title=title, text=text, published_date=date(2018, 9, 25),
                      fetched_at=datetime(2024, 6, 1, tzinfo=timezone.utc),
                      facts={"primary": number, "province": province, "doc_refs": [*primary, *refs],
                             "citations": [{"source": number, "target": t, "relation": r} for t, r in citations]})


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "id.sqlite")
    yield s
    s.close()


def test_key_and_verbs():
    assert document_key("252/ KH-UBND", "Ủy ban nhân dân tỉnh Tiền Giang", "2018-09-19") == \
        document_key("252/KH-UBND", "UBND tỉnh Tiền Giang", 2018)
    assert document_key("252/KH-UBND", "UBND tỉnh Tiền Giang", 2018) != document_key("252/KH-UBND", "UBND tỉnh Bến Tre", 2023)
    assert document_key("252/KH-UBND", None, 2018) is None
    assert [relation_of(v) for v in ("thực hiện", "sửa đổi, bổ sung", "thay thế", "căn cứ", "bãi bỏ")] == \
        ["implements", "amends", "replaces", "cites", "repeals"]


def test_one_record_across_urls_and_portals(store):
    first = ingest(store, _doc("https://tiengiang.gov.vn/tin/252", "252/KH-UBND", "2018-09-19", "Tiền Giang"))
    snv = ingest(store, _doc("https://sonoivu.tiengiang.gov.vn/cchc/ke-hoach-252", "252/KH-UBND", "2018-09-19",
                             "Tiền Giang", source="snv-tiengiang", title="KH 252 về PAR Index",
                             text=PLAN_TEXT + " Sở Nội vụ đăng lại."))
    again = ingest(store, _doc("https://tiengiang.gov.vn/tin/252?print=1", "252/KH-UBND", "2018-09-19", "Tiền Giang"))
    bentre = ingest(store, _doc("https://bentre.gov.vn/tin/252", "252/KH-UBND", "2023-03-02", "Bến Tre", source="bentre"))
    assert first.status == "new" and snv.id == again.id == first.id and snv.status == "unchanged"
    assert bentre.id != first.id and store.count_documents() == 2
    seen = sightings(store.conn, first.id)
    assert {s["url"] for s in seen} == {"https://sonoivu.tiengiang.gov.vn/cchc/ke-hoach-252",
                                        "https://tiengiang.gov.vn/tin/252",
                                        "https://tiengiang.gov.vn/tin/252?print=1"}
    assert {s["source_id"] for s in seen} == {"tiengiang", "snv-tiengiang"}
    assert store.document_id_for_url("https://sonoivu.tiengiang.gov.vn/cchc/ke-hoach-252") == first.id
    # a sighting URL seen again stays a sighting
    assert ingest(store, _doc("https://sonoivu.tiengiang.gov.vn/cchc/ke-hoach-252", "252/KH-UBND", "2018-09-19",
                              "Tiền Giang", source="snv-tiengiang")).id == first.id
    assert store.count_documents() == 2


def test_a_different_page_under_the_same_number_keeps_its_text(store):
    plan = ingest(store, _doc("https://tiengiang.gov.vn/tin/252", "252/KH-UBND", "2018-09-19", "Tiền Giang")).id
    news = ingest(store, _doc("https://tiengiang.gov.vn/tin-tuc/hoi-nghi", "252/KH-UBND", "2018-09-19", "Tiền Giang",
                              title="Hội nghị triển khai Kế hoạch 252/KH-UBND", text=(
                                  "Sáng 25/9, Sở Nội vụ tổ chức hội nghị quán triệt Kế hoạch số 252/KH-UBND tới lãnh "
                                  "đạo các sở, ngành và UBND các huyện; đồng chí Giám đốc Sở đề nghị các đơn vị khẩn "
                                  "trương xây dựng kế hoạch của đơn vị mình và báo cáo kết quả trước ngày 15/10."))).id
    assert news != plan and store.get_document(news)["text"].startswith("Sáng 25/9")
    from store.identity import same_document_pages
    assert [p["id"] for p in same_document_pages(store.conn, plan)] == [news]
    # a report citing 252/KH-UBND of 2018 resolves to one document, not "ambiguous" between its pages
    report = ingest(store, _doc("https://tiengiang.gov.vn/bao-cao/88", "88/BC-UBND", "2018-12-10", "Tiền Giang",
                                text="Báo cáo kết quả thực hiện Kế hoạch số 252/KH-UBND.",
                                citations=[("252/KH-UBND", "implements")])).id
    c = ev.related(store, report)["cites"][0]
    assert [d["id"] for d in c["documents"]] == [plan] and not c["ambiguous"]


def test_near_duplicate_texts_are_grouped(store):
    a = ingest(store, _doc("https://tiengiang.gov.vn/tin/252", "252/KH-UBND", "2018-09-19", "Tiền Giang")).id
    # the same text re-posted without its number (so no identity), lightly edited
    b = ingest(store, _doc("https://huyen.tiengiang.gov.vn/252", None, None, "Tiền Giang",
                           text=PLAN_TEXT.replace("mỗi nhiệm vụ", "từng nhiệm vụ") + " (Nguồn: UBND tỉnh)")).id
    c = ingest(store, _doc("https://tiengiang.gov.vn/tin/khac", "9/KH-UBND", "2018-02-01", "Tiền Giang",
                           text="Kế hoạch tổ chức hội thi tìm hiểu pháp luật về đất đai cho cán bộ, công chức các xã "
                                "trên địa bàn tỉnh năm 2018, thời gian từ tháng 5 đến tháng 8, địa điểm tại hội trường "
                                "Ủy ban nhân dân các huyện, thị xã, thành phố; mỗi đơn vị cử một đội thi.")).id
    dups = near_duplicates(store.conn, a)
    assert [d["id"] for d in dups] == [b] and dups[0]["similarity"] >= 0.8
    assert near_duplicates(store.conn, c) == []


def test_citation_resolved_by_issuer_and_year_not_number_alone(store):
    bentre = ingest(store, _doc("https://bentre.gov.vn/tin/252", "252/KH-UBND", "2023-03-02", "Bến Tre", source="bentre")).id
    report = ingest(store, _doc("https://tiengiang.gov.vn/bao-cao/88", "88/BC-UBND", "2018-12-10", "Tiền Giang",
                                text="Báo cáo kết quả thực hiện Kế hoạch số 252/KH-UBND của UBND tỉnh năm 2018.",
                                citations=[("252/KH-UBND", "implements")],
                                refs=[{"number": "252/KH-UBND", "type": "Kế hoạch", "date": None, "issuer": None}])).id
    r = ev.related(store, report)
    assert r["cites"][0]["documents"] == []                    # Bến Tre's 2023 plan is not it
    assert bentre not in [c["id"] for c in ev.related(store, bentre)["cited_by"]]
    assert ev.related(store, bentre)["cited_by"] == []
    tg = ingest(store, _doc("https://tiengiang.gov.vn/tin/252", "252/KH-UBND", "2018-09-19", "Tiền Giang")).id
    r = ev.related(store, report)
    assert [d["id"] for d in r["cites"][0]["documents"]] == [tg] and not r["cites"][0]["ambiguous"]
    assert [c["id"] for c in ev.related(store, tg)["cited_by"]] == [report]


def test_ambiguity_is_shown_not_guessed(store):
    tg = ingest(store, _doc("https://tiengiang.gov.vn/tin/252", "252/KH-UBND", "2018-09-19", "Tiền Giang")).id
    bt = ingest(store, _doc("https://bentre.gov.vn/tin/252", "252/KH-UBND", "2023-03-02", "Bến Tre", source="bentre")).id
    # a national page (no province) of 2024 citing "252/KH-UBND" with nothing else to go on
    page = ingest(store, _doc("https://moha.gov.vn/tin/1", "5/BC-BNV", "2024-01-05", None, source="moha",
                              text="Tổng hợp: Kế hoạch số 252/KH-UBND về nâng cao chỉ số cải cách hành chính.",
                              citations=[("252/KH-UBND", "cites")])).id
    c = ev.related(store, page)["cites"][0]
    assert c["ambiguous"] and {d["id"] for d in c["documents"]} == {tg, bt}


def test_replaced_by_from_a_later_document_read_by_the_real_extractors(store):
    old = ingest(store, _doc("https://tiengiang.gov.vn/tin/252", "252/KH-UBND", "2018-09-19", "Tiền Giang")).id
    assert ev.related(store, old)["validity"]["status"] == "in_force"
    newer = build_document(url="https://tiengiang.gov.vn/tin/300", source_id="tiengiang",
                           title="Kế hoạch cải cách hành chính giai đoạn 2021 - 2025", text=(
        "ỦY BAN NHÂN DÂN\nTỈNH TIỀN GIANG\nSố: 300/KH-UBND\nTiền Giang, ngày 20 tháng 12 năm 2020\nKẾ HOẠCH\n"
        "Kế hoạch này thay thế Kế hoạch số 252/KH-UBND ngày 19/9/2018 của UBND tỉnh Tiền Giang về nâng cao "
        "Chỉ số cải cách hành chính.\nCăn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ."),
        published_date=date(2020, 12, 22))
    new_id = ingest(store, newer).id
    r = ev.related(store, new_id)
    rel = {c["number"]: c["relation"] for c in r["cites"]}
    assert rel == {"252/KH-UBND": "replaces", "76/NQ-CP": "cites"}
    v = ev.related(store, old)["validity"]
    assert v["status"] == "replaces" and v["by"]["id"] == new_id and v["label"] == "bị thay thế bởi 300/KH-UBND"


def test_document_page_shows_sightings_validity_and_ambiguity(store):
    from fastapi.testclient import TestClient

    from parwatch.settings import load_settings
    from search_api.app import create_app

    old = ingest(store, _doc("https://tiengiang.gov.vn/tin/252", "252/KH-UBND", "2018-09-19", "Tiền Giang")).id
    ingest(store, _doc("https://sonoivu.tiengiang.gov.vn/cchc/252", "252/KH-UBND", "2018-09-19", "Tiền Giang",
                       source="snv-tiengiang"))
    ingest(store, _doc("https://bentre.gov.vn/tin/252", "252/KH-UBND", "2019-03-02", "Bến Tre", source="bentre"))
    newer = ingest(store, _doc("https://tiengiang.gov.vn/tin/300", "300/KH-UBND", "2020-12-20", "Tiền Giang",
                               text="Kế hoạch này thay thế Kế hoạch số 252/KH-UBND.",
                               citations=[("252/KH-UBND", "replaces")])).id
    page = ingest(store, _doc("https://moha.gov.vn/tin/1", "5/BC-BNV", "2024-01-05", None, source="moha",
                              text="Tổng hợp: Kế hoạch số 252/KH-UBND.", citations=[("252/KH-UBND", "cites")])).id
    with TestClient(create_app(load_settings(store=store.path))) as client:
        html = client.get(f"/van-ban/{old}").text
        assert "Cũng được đăng tại" in html and "https://sonoivu.tiengiang.gov.vn/cchc/252" in html
        assert "bị thay thế bởi" in html and f'href="/van-ban/{newer}"' in html
        html = client.get(f"/van-ban/{page}").text
        assert "Chưa xác định được: 2 văn bản cùng số hiệu" in html


def test_a_store_from_before_identity_gets_keys_and_signatures_once(tmp_path):
    import sqlite3

    s = Store(tmp_path / "old.sqlite")
    a = ingest(s, _doc("https://tiengiang.gov.vn/tin/252", "252/KH-UBND", "2018-09-19", "Tiền Giang")).id
    s.close()
    c = sqlite3.connect(tmp_path / "old.sqlite")     # as a store written before migration 0012 looked
    c.execute("UPDATE documents SET doc_key=NULL")
    c.execute("DELETE FROM document_minhash")
    c.execute("DELETE FROM document_lsh")
    c.execute("DELETE FROM schema_migrations WHERE version IN (12, 13)")   # the two whose objects go below
    for t in ("document_sightings", "document_minhash", "document_lsh", "page_sessions", "evidence_signoffs",
              "evidence_additions"):
        c.execute(f"DROP TABLE {t}")
    c.execute("DROP INDEX documents_doc_key")
    c.execute("ALTER TABLE documents DROP COLUMN doc_key")
    c.commit()
    c.close()
    s = Store(tmp_path / "old.sqlite")
    assert s.conn.execute("SELECT doc_key FROM documents WHERE id=?", (a,)).fetchone()[0].startswith("252/KH-UBND|")
    assert s.conn.execute("SELECT count(*) FROM document_lsh WHERE document_id=?", (a,)).fetchone()[0] > 0
    assert [x["url"] for x in sightings(s.conn, a)] == ["https://tiengiang.gov.vn/tin/252"]
    # the same plan at another URL now joins it
    assert ingest(s, _doc("https://snv.tiengiang.gov.vn/252", "252/KH-UBND", "2018-09-19", "Tiền Giang")).id == a
    s.close()
