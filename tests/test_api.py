"""The HTTP API over a real store: search, documents, health, auth, bad parameters."""
import pytest
from fastapi.testclient import TestClient

from parwatch.settings import load_settings
from search_api.app import create_app
from store.auth_records import create_key


@pytest.fixture
def client(filled, tmp_path):
    store, _, _ = filled
    app = create_app(load_settings(store=store.path))
    with TestClient(app) as c:
        yield c


def test_search_returns_hits_highlights_and_facets(client):
    r = client.get("/search", params={"q": "cai cach hanh chinh", "province": "Tiền Giang"})
    assert r.status_code == 200
    body = r.json()
    assert body["total"] == 2
    plan = next(h for h in body["hits"] if h["doc_number"] == "252/KH-UBND")
    assert plan["date"] == "2018-09-19" and plan["province"] == "Tiền Giang"
    assert "<mark>" in plan["snippet"]
    assert {f["value"] for f in body["facets"]["province"]} == {"Tiền Giang"}


def test_document_shows_text_facts_and_provenance(client, filled):
    _, _, ids = filled
    doc_id = ids["https://haillang.quangtri.gov.vn/b/145"]
    d = client.get(f"/documents/{doc_id}").json()
    assert d["url"] == "https://haillang.quangtri.gov.vn/b/145"
    assert d["facts"]["primary"] == "145/KH-UBND"
    assert len(d["content_hash"]) == 64 and d["fetched_at"].startswith("2024-06-01")
    assert d["attachments"] == []


@pytest.mark.parametrize("path,params,status", [
    ("/search", {"page": 0}, 422),
    ("/search", {"size": 1000}, 422),
    ("/search", {"from": "19/9/2018"}, 422),
    ("/search", {"from": "2024-01-01", "to": "2023-01-01"}, 422),
    ("/search", {"sort": "popularity"}, 422),
    ("/documents/999999", {}, 404),
    ("/documents/abc", {}, 422),
])
def test_bad_parameters_get_a_4xx_with_a_message(client, path, params, status):
    r = client.get(path, params=params)
    assert r.status_code == status
    body = r.json()
    assert body.get("error") or body.get("detail")


def test_health_reports_store_and_search(client):
    body = client.get("/health").json()
    assert body["ok"] is True and body["store"]["documents"] == 5 and body["search"]["backend"] == "sqlite"


def test_reading_can_require_a_key(filled):
    store, _, _ = filled
    key = create_key(store, "office", "reader")
    app = create_app(load_settings(store=store.path, public_read=False))
    with TestClient(app) as c:
        assert c.get("/search", params={"q": "kế hoạch"}).status_code == 401
        assert c.get("/search", params={"q": "kế hoạch"}, headers={"X-API-Key": "pw_wrong"}).status_code == 401
        assert c.get("/search", params={"q": "kế hoạch"}, headers={"X-API-Key": key}).status_code == 200
        assert c.get("/health").status_code == 200


def test_openapi_docs_are_served(client):
    assert client.get("/openapi.json").json()["info"]["title"] == "parwatch"
    assert client.get("/docs").status_code == 200


def test_a_validator_error_is_a_422_not_a_500():
    from fastapi import FastAPI
    from pydantic import BaseModel, field_validator

    from search_api.errors import add_error_handlers

    class Body(BaseModel):
        year: int

        @field_validator("year")
        @classmethod
        def plausible(cls, v):
            if v < 1990:
                raise ValueError("before the first reform programme")
            return v

    app = FastAPI()
    add_error_handlers(app)

    @app.post("/x")
    def x(body: Body):
        return {}

    r = TestClient(app).post("/x", json={"year": 1900})
    assert r.status_code == 422 and "first reform programme" in r.json()["error"]
