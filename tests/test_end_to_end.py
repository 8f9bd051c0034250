"""The whole slice: a simulated portal on 127.0.0.1 -> the real spider -> the store -> the HTTP API."""
import pytest
from fastapi.testclient import TestClient

from search_api.app import create_app


@pytest.fixture(scope="module")
def client(simulator_crawl):
    settings, _ = simulator_crawl
    with TestClient(create_app(settings)) as c:
        yield c


def test_crawl_stores_reform_documents(simulator_crawl):
    _, summary = simulator_crawl
    assert summary.exit_code == 0
    assert summary.new >= 20


def test_seed_plan_is_searchable_without_diacritics_with_its_facts(client):
    body = client.get("/search", params={"q": "nang cao chi so cai cach hanh chinh", "province": "Tiền Giang"}).json()
    plan = next(h for h in body["hits"] if h["doc_number"] == "252/KH-UBND")
    assert plan["date"] == "2018-09-19" and plan["doc_type"] == "Kế hoạch"
    assert "<mark>" in plan["snippet"]
    doc = client.get(f"/documents/{plan['id']}").json()
    assert doc["facts"]["period"] == {"from": 2018, "to": 2020}
    assert doc["published_date"] == "2018-09-25"                 # the portal's posting date, kept apart
    assert len(doc["content_hash"]) == 64 and doc["fetched_at"]


def test_page_furniture_is_not_stored_or_found(client):
    assert client.get("/search", params={"q": '"Tổng lượt truy cập"'}).json()["total"] == 0
    assert client.get("/search", params={"q": '"độ mặn"'}).json()["total"] == 0


def test_facets_span_provinces_and_indices(client):
    facets = client.get("/search", params={"q": "cải cách hành chính"}).json()["facets"]
    assert len(facets["province"]) >= 3
    assert "PAR INDEX" in {f["value"] for f in facets["index"]}


def test_attachment_text_is_searchable(client):
    body = client.get("/search", params={"q": "", "size": 100}).json()
    with_files = [h for h in body["hits"] if client.get(f"/documents/{h['id']}").json()["attachments"]]
    assert with_files, "no document kept its attachments"
    doc = client.get(f"/documents/{with_files[0]['id']}").json()
    att = next(a for a in doc["attachments"] if a["text"])
    words = " ".join(att["text"].split()[5:9])
    hits = client.get("/search", params={"q": f'"{words}"'}).json()["hits"]
    assert doc["id"] in {h["id"] for h in hits}


def test_source_health_after_the_crawl(client):
    rows = client.get("/sources").json()
    assert rows and all(r["last_success_at"] for r in rows)
    assert all("never_crawled" not in r["flags"] for r in rows)
    one = client.get(f"/sources/{rows[0]['source_id']}").json()
    assert one["documents_last_run"] == rows[0]["documents_last_run"]
    assert client.get("/sources/nope").status_code == 404


def test_an_attached_annex_does_not_take_over_the_page(client):
    # The Tiền Giang page announces 412/KH-UBND; its PDF attachment is another province's plan.
    body = client.get("/search", params={"q": '"Kế hoạch cải cách hành chính năm 2024"', "province": "Tiền Giang"}).json()
    page = next(h for h in body["hits"] if h["title"] == "UBND tỉnh ban hành Kế hoạch cải cách hành chính năm 2024")
    assert page["doc_number"] == "412/KH-UBND" and page["date"] == "2023-12-26"
    assert "Tiền Giang" in page["issuer"]
