"""The HTML pages without a browser: plain HTTP GETs (no JavaScript), escaping, bad input (4xx with a
message, never 500), the fact highlighter. The browser tests are in tests/browser/."""
from __future__ import annotations

import io
import re

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from store.ingest import sync_index
from parwatch.settings import load_settings
from search_api.app import create_app
from search_api.pages.highlight import fact_spans, mark_facts
from tests.conftest import make_doc

HOSTILE = dict(url="https://tiengiang.gov.vn/x/<script>", title='Kế hoạch <script>alert("tiêu đề")</script> cải cách',
               text='Nội dung <img src=x onerror=alert(1)> về cải cách hành chính & "trích dẫn".',
               published="2024-02-02", facts={"province": "Tiền Giang", "primary": "7/KH-UBND",
                                              "doc_refs": [{"number": "7/KH-UBND", "issuer": "<b>UBND</b>"}]})


@pytest.fixture
def client(filled):
    store, backend, ids = filled
    store.upsert_document(make_doc(HOSTILE))
    sync_index(store, backend)
    with TestClient(create_app(load_settings(store=store.path))) as c:
        c.ids = {**ids, HOSTILE["url"]: store.document_id_for_url(HOSTILE["url"])}
        yield c


def test_search_page_works_without_javascript(client):
    for path in ("/", "/tim-kiem"):
        r = client.get(path, params={"q": "cai cach hanh chinh"})
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
        body = r.text
        assert '<html lang="vi">' in body and "<script" not in body.lower().replace("&lt;script", "")
        assert re.search(r"<mark>c[ảa]i</mark>", body, re.I)                      # highlighted snippet
        assert 'href="/van-ban/' in body and 'method="get"' in body               # plain links and a GET form
        assert re.search(r"Tiền Giang</span> <span class=\"count\"[^>]*>\d+</span>", body)  # facet with count
    # a facet link is an ordinary URL: following it filters
    r = client.get("/tim-kiem", params={"q": "cai cach hanh chinh", "province": "Tien Giang"})
    assert r.status_code == 200 and "Bạc Liêu</span>" not in r.text.split('id="bo-loc"')[0]
    assert "Đang lọc:" in r.text


def test_search_page_year_facet_sort_and_pages(client):
    r = client.get("/tim-kiem", params={"q": "", "size": "2", "sort": "date"})
    assert r.status_code == 200
    assert 'aria-label="Các trang kết quả"' in r.text and "page=2" in r.text
    assert "from=2018-01-01&amp;to=2018-12-31" in r.text                       # the year facet sets a date range
    r = client.get("/tim-kiem", params={"from": "2018-01-01", "to": "2018-12-31"})
    assert r.status_code == 200 and "252/KH-UBND" in r.text and "145/KH-UBND" not in r.text


def test_everything_from_the_store_is_escaped(client):
    r = client.get("/tim-kiem", params={"q": "cai cach"})
    assert "<script>alert" not in r.text and "&lt;script&gt;" in r.text
    doc = client.get(f"/van-ban/{client.ids[HOSTILE['url']]}").text
    assert "<script>alert" not in doc and "<img src=x" not in doc and "<b>UBND</b>" not in doc
    assert "&lt;img src=x onerror=alert(1)&gt;" in doc
    assert 'content-security-policy' in {k.lower() for k in client.get("/tim-kiem").headers}


def test_document_page_marks_facts_and_shows_provenance(client):
    doc_id = client.ids["https://tiengiang.gov.vn/a/252"]
    r = client.get(f"/van-ban/{doc_id}")
    assert r.status_code == 200
    assert re.search(r'<mark class="fact fact-number" title="[^"]*">252/KH-UBND</mark>', r.text)
    assert re.search(r'<mark class="fact fact-date"[^>]*>19/9/2018</mark>', r.text)
    assert '<table class="facts">' in r.text and "Văn bản chính" in r.text
    assert "Mã băm nội dung" in r.text and "25/09/2018" in r.text               # hash and posting date
    assert "Chuỗi văn bản" in r.text and "Minh chứng cho tiêu chí" in r.text


def test_evidence_pages_and_export_links(client):
    r = client.get("/minh-chung", params={"province": "Tien Giang", "year": "2018"})
    assert r.status_code == 200 and 'class="matrix"' in r.text and "Tiền Giang · năm 2018" in r.text
    xlsx = re.search(r'href="(/evidence/matrix\?[^"]*format=xlsx)"', r.text).group(1).replace("&amp;", "&")
    got = client.get(xlsx)
    assert got.status_code == 200
    assert "Tiền Giang" in str(load_workbook(io.BytesIO(got.content)).active["A1"].value)
    assert client.get(xlsx.replace("xlsx", "csv")).text.startswith("\ufeffTên lĩnh vực,")
    r = client.get("/minh-chung", params={"province": "Tiền Giang", "year": "2018", "criterion": "1.1"})
    assert r.status_code == 200 and 'id="chi-tiet"' in r.text
    r = client.get("/minh-chung/so-sanh", params={"criterion": "1.1", "year": "2018"})
    assert r.status_code == 200 and "Bạc Liêu" in r.text and "Tiền Giang" in r.text


def test_alerts_page_offers_the_choices_and_its_script(client):
    r = client.get("/canh-bao")
    assert r.status_code == 200 and 'src="/static/alerts.js"' in r.text
    assert 'for="api-key"' in r.text and 'value="Tiền Giang"' in r.text
    js = client.get("/static/alerts.js")
    assert js.status_code == 200 and "X-API-Key" in js.text and ".innerHTML" not in js.text
    css = client.get("/static/style.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")


@pytest.mark.parametrize("path, params, status", [
    ("/tim-kiem", {"from": "2024-13-45"}, 400),
    ("/tim-kiem", {"from": "2024-05-01", "to": "2024-01-01"}, 400),
    ("/tim-kiem", {"page": "0"}, 400),
    ("/tim-kiem", {"page": "abc"}, 400),
    ("/tim-kiem", {"size": "100000"}, 400),
    ("/tim-kiem", {"sort": "'; drop table"}, 400),
    ("/tim-kiem", {"q": "x" * 600}, 400),
    ("/van-ban/abc", {}, 404),
    ("/van-ban/0", {}, 404),
    ("/van-ban/99999999999999999999999", {}, 404),
    ("/van-ban/424242", {}, 404),
    ("/minh-chung", {"province": "Atlantis", "year": "2024"}, 422),
    ("/minh-chung", {"province": "Tiền Giang", "year": "abc"}, 400),
    ("/minh-chung", {"province": "Tiền Giang", "year": "1990"}, 400),
    ("/minh-chung", {"province": "Tiền Giang", "year": "2024", "as_of": "hôm qua"}, 400),
    ("/minh-chung", {"province": "Tiền Giang", "year": "2024", "criterion": "9.9.9"}, 404),
    ("/minh-chung/so-sanh", {"criterion": "nope", "year": "2024"}, 404),
    ("/minh-chung/so-sanh", {"criterion": "1.1", "year": "x"}, 400),
    ("/static/..%2Fapp.py", {}, 404),
    ("/static/none.css", {}, 404),
])
def test_bad_input_gets_a_4xx_page_with_a_message(client, path, params, status):
    r = client.get(path, params=params)
    assert r.status_code == status, r.text[:500]
    if path.startswith("/static"):
        return
    assert r.headers["content-type"].startswith("text/html")
    assert re.search(r'class="alert error" role="alert">[^<]{10,}', r.text)


def test_pages_are_not_in_the_openapi_schema(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert not {"/", "/tim-kiem", "/van-ban/{doc_id}", "/minh-chung", "/canh-bao", "/static/{name}"} & set(paths)


def test_pages_follow_public_read(filled):
    store, _, _ = filled
    from store.auth_records import create_key

    key = create_key(store, "reader-pages", "reader")
    with TestClient(create_app(load_settings(store=store.path, public_read=False))) as c:
        r = c.get("/tim-kiem", params={"q": "cai cach"})
        assert r.status_code == 401 and "khóa API" in r.text
        assert c.get("/tim-kiem", params={"q": "cai cach"}, headers={"X-API-Key": key}).status_code == 200


def test_highlighter_uses_offsets_strings_and_escapes():
    title = "Kế hoạch"
    text = "Ngày 19/9/2018, Ủy ban nhân dân (UBND) tỉnh Tiền Giang ban hành Kế hoạch số 252/KH-UBND <i>.\n" \
           "Phấn đấu đến năm 2025 đạt 90% hồ sơ trực tuyến. Ngày 19 tháng 9 năm 2018."
    facts = {"doc_refs": [{"number": "252/KH-UBND", "date": "2018-09-19", "issuer": "Ủy ban nhân dân tỉnh Tiền Giang",
                           "start": len(title) + 2 + text.index("252/")}],
             "targets": [{"value": 90.0, "unit": "%", "sentence": "Phấn đấu đến năm 2025 đạt 90% hồ sơ trực tuyến."}]}
    kinds = [(s.kind, text[s.start:s.end]) for s in fact_spans(text, facts, offset=len(title) + 2)]
    assert kinds == [("date", "19/9/2018"), ("issuer", "Ủy ban nhân dân (UBND) tỉnh Tiền Giang"),
                     ("number", "252/KH-UBND"), ("target", "90%"), ("date", "19 tháng 9 năm 2018")]
    html = str(mark_facts(text, facts, paragraphs=True))
    assert "&lt;i&gt;" in html and "<i>" not in html and html.count("<p>") == 2
    assert str(mark_facts("a <b> c", {"doc_refs": [{"number": "<b>"}]})) == \
        'a <mark class="fact fact-number" title="Số hiệu văn bản: &lt;b&gt;">&lt;b&gt;</mark> c'


def test_verdict_reasons_are_shown_in_vietnamese(client):
    import html as html_lib

    r = client.get("/minh-chung", params={"province": "Tiền Giang", "year": "2018"})
    reasons = [html_lib.unescape(t) for t in re.findall(r'<td class="reason">(.*?)</td>', r.text, re.S)]
    assert reasons, "the matrix shows no reasons"
    english = ("on time", "after the deadline", "review it", "no published document", "possible evidence",
               "issue date was not read", "(mapped)")
    assert not [t for t in reasons if any(w in t for w in english)], reasons


def test_reason_translation_covers_every_verdict_sentence():
    from search_api.pages.labels import reason

    cases = {
        "Kế hoạch 355/KH-UBND issued 29/12/2017, before the year began: on time (mapped)": "đúng hạn",
        "Kế hoạch 118/KH-UBND issued 12/03/2024, after the deadline 31/12/2023 (before the year began): late": "trễ hạn",
        "possible evidence only: Kế hoạch 98/KH-UBND (score 0.40, below 0.5); review it": "cần thẩm định",
        "no published document of the province matches “Kiểm tra” for 2024": "chưa có văn bản",
        "no document for 2024; Kế hoạch 7/KH-UBND is for 2023": "dành cho năm 2023",
        "Kế hoạch 12/KH-UBND issued 02/01/2024 dated 02/01/2024: on time only if it is the 2024 one; review it":
            "chỉ đúng hạn nếu là văn bản của năm 2024",
        "Kế hoạch 12/KH-UBND matches but its issue date was not read; check the date": "chưa đọc được ngày",
        "document Sở Nội vụ kiểm tra (accepted by an appraiser) posted 11/07/2024": "đã được thẩm định viên chấp nhận",
    }
    for english, vietnamese in cases.items():
        assert vietnamese in reason(english), (english, reason(english))


def test_merged_unit_filter_marks_predecessor_documents(client):
    # Đồng Tháp (after 01/07/2025) includes Tiền Giang: its documents show, marked as the old province's
    r = client.get("/tim-kiem", params={"q": "", "province": "Đồng Tháp", "size": "50"})
    assert r.status_code == 200 and "252/KH-UBND" in r.text and "tỉnh cũ, nay thuộc Đồng Tháp" in r.text
    r = client.get("/tim-kiem", params={"q": "", "province": "Tiền Giang", "size": "50"})   # the old name still works
    assert "252/KH-UBND" in r.text and "tỉnh cũ, nay thuộc" not in r.text and "dongthap.gov.vn" not in r.text
    r = client.get("/minh-chung", params={"province": "Đồng Tháp", "year": "2018"})
    assert r.status_code == 200 and "gồm văn bản của tỉnh cũ trước sáp nhập: Tiền Giang" in r.text


def test_no_data_is_shown_apart_from_missing(client):
    r = client.get("/minh-chung", params={"province": "Lai Châu", "year": "2024"})   # nothing collected there
    assert r.status_code == 200
    assert 'class="verdict v-no_data"' in r.text and "Không đủ dữ liệu: <strong>" in r.text
    assert re.search(r"Thiếu: <strong>0</strong>", r.text)
    assert "Chưa cấu hình nguồn nào của tỉnh" in r.text


def test_matrix_groups_criteria_by_domain_with_the_inferred_caveat(client):
    r = client.get("/minh-chung", params={"province": "Tiền Giang", "year": "2018"})
    assert '<tr class="domain">' in r.text and "Lĩnh vực 1: " in r.text and "tối đa 10 điểm" in r.text
    assert "(suy luận)" in r.text and "độ tin cậy" in r.text


def test_document_page_says_which_year_it_is_evidence_for(client):
    r = client.get(f"/van-ban/{client.ids['https://tiengiang.gov.vn/a/252']}")
    assert r.status_code == 200
    assert "Văn bản này là minh chứng cho" in r.text and "giai đoạn 2018 - 2020" in r.text


def test_sources_page_lists_every_source_with_its_flags_and_why(tmp_path):
    from store import crawl_records as CR
    from store.models import Source
    from store.sqlite import Store

    store = Store(tmp_path / "src.sqlite")
    store.upsert_source(Source(id="tg", name="Cổng TTĐT tỉnh Tiền Giang", province="Tiền Giang",
                               base_url="https://tiengiang.gov.vn/"))
    store.upsert_source(Source(id="gl", name="Cổng TTĐT tỉnh Gia Lai", province="Gia Lai", base_url="https://gialai.gov.vn/"))
    store.upsert_source(Source(id="new", name="Sở Nội vụ (mới)", province="Huế", base_url="https://sonoivu.hue.gov.vn/"))
    for docs in (10, 11):
        run = CR.start_run(store)
        CR.save_source_run(store, run, "tg", {"pages": 40, "documents": docs})
        CR.save_source_run(store, run, "gl", {"pages": 30, "documents": 9})
        CR.finish_run(store, run, {})
    run = CR.start_run(store)
    CR.save_source_run(store, run, "tg", {"pages": 40, "documents": 12})
    CR.save_source_run(store, run, "gl", {"pages": 0, "documents": 0, "unreachable": "connection refused"})
    CR.finish_run(store, run, {})
    html = TestClient(create_app(load_settings(store=store.path))).get("/nguon").text
    assert html.index("Gia Lai") < html.index("Tiền Giang")             # flagged sources first
    assert "Không truy cập được" in html and "connection refused" in html
    assert "Chưa thu thập" in html and "Bình thường" in html
    assert "12, 11, 10" in html                                          # newest run first
    assert 'aria-current="page"' in html and ">Nguồn<" in html
