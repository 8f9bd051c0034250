import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from parwatch.settings import Settings
from search_api.app import create_app
from store.auth_records import create_key


@pytest.fixture
def api(world):
    store, _, ids = world
    appraiser = create_key(store, "appr", "appraiser")
    reader = create_key(store, "rdr", "reader")
    client = TestClient(create_app(Settings(store=store.path)))
    return client, ids, appraiser, reader, store.path


def test_criteria_endpoints(api):
    client, *_ = api
    r = client.get("/criteria", params={"year": 2024})
    assert r.status_code == 200 and any(c["id"] == "1.1" for c in r.json()["criteria"])
    one = client.get("/criteria/1.1", params={"year": 2018}).json()
    assert one["catalog"]["id"] == "par_index_2948" and one["evidence_rule"]["deadline"]["rule"] == "before_year_start"
    assert client.get("/criteria/9.9").status_code == 404


def test_evidence_endpoint_and_errors(api):
    client, ids, *_ = api
    r = client.get("/evidence", params={"province": "Tiền Giang", "year": 2018, "criterion": "1.1"})
    assert r.status_code == 200 and r.json()["verdict"] == "met"
    assert client.get("/evidence", params={"province": "Tiền Giang", "year": 2018, "criterion": "1.1",
                                           "as_of": "2018-01-01"}).json()["verdict"] == "missing"
    for params, code in [({"province": "Nowhere", "year": 2018, "criterion": "1.1"}, 422),
                         ({"province": "Tiền Giang", "year": 2018, "criterion": "7.7"}, 404),
                         ({"province": "Tiền Giang", "year": 1900, "criterion": "1.1"}, 422),
                         ({"province": "Tiền Giang", "year": 2018, "criterion": "1.1", "as_of": "x"}, 422),
                         ({"province": "Tiền Giang", "year": 2018, "criterion": "1.1'; --"}, 422)]:
        r = client.get("/evidence", params=params)
        assert r.status_code == code, (params, r.text)


def test_review_needs_the_appraiser_role(api):
    client, ids, appraiser, reader, _ = api
    body = {"province": "Tiền Giang", "year": 2018, "criterion": "1.1", "document_id": ids["plan2018"],
            "decision": "rejected", "reason": "signed by the wrong office"}
    assert client.post("/evidence/review", json=body).status_code == 401
    assert client.post("/evidence/review", json=body, headers={"X-API-Key": reader}).status_code == 403
    r = client.post("/evidence/review", json=body, headers={"X-API-Key": appraiser})
    assert r.status_code == 201 and r.json()["actor"] == "appr"
    v = client.get("/evidence", params={"province": "Tiền Giang", "year": 2018, "criterion": "1.1"}).json()
    assert v["verdict"] == "missing"
    bad = client.post("/evidence/review", json={**body, "document_id": 999}, headers={"X-API-Key": appraiser})
    assert bad.status_code == 404


def test_matrix_formats_and_related(api):
    client, ids, *_ = api
    p = {"province": "Tiền Giang", "year": 2018}
    assert client.get("/evidence/matrix", params=p).json()["counts"]["met"] >= 1
    csv = client.get("/evidence/matrix", params={**p, "format": "csv"})
    assert csv.headers["content-type"].startswith("text/csv") and "355/KH-UBND" in csv.text
    x = client.get("/evidence/matrix", params={**p, "format": "xlsx"})
    assert x.status_code == 200 and x.content[:2] == b"PK"
    assert client.get("/evidence/matrix", params={**p, "format": "pdf"}).status_code == 422
    rel = client.get(f"/documents/{ids['plan2018']}/related").json()
    assert rel["cited_by"][0]["id"] == ids["report"]
    assert client.get("/documents/999999/related").status_code == 404


def test_cli(api, tmp_path):
    from parwatch.cli import app
    *_, store_path = api
    runner = CliRunner()
    r = runner.invoke(app, ["evidence", "--province", "Tiền Giang", "--year", "2018", "--criterion", "1.1",
                            "--format", "json", "--store", str(store_path)])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["verdict"] == "met"
    out = tmp_path / "m.xlsx"
    r = runner.invoke(app, ["evidence", "--province", "Tiền Giang", "--year", "2018", "--format", "xlsx",
                            "-o", str(out), "--store", str(store_path)])
    assert r.exit_code == 0 and out.read_bytes()[:2] == b"PK"
    r = runner.invoke(app, ["evidence", "--province", "Tiền Giang", "--year", "2018", "--format", "csv",
                            "--store", str(store_path)])
    assert r.exit_code == 0 and r.output.startswith("\ufeffTên lĩnh vực,Điểm tối đa lĩnh vực,Lĩnh vực,Tiêu chí")
    r = runner.invoke(app, ["evidence", "--province", "Mars", "--year", "2018", "--store", str(store_path)])
    assert r.exit_code == 2 and "unknown province" in r.output
    r = runner.invoke(app, ["criteria", "list", "--year", "2024", "--json"])
    assert r.exit_code == 0 and any(c["id"] == "1.1" for c in json.loads(r.output))
