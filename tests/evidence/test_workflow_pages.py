"""The workflow's forms without a browser: login (bad key, open redirect), cross-site posts refused,
roles, evidence added by URL (fetched from a local HTTP server, kept as a capture), and a
signed-off province-year frozen for pages and API alike."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from fastapi.testclient import TestClient

from parwatch.settings import load_settings
from search_api.app import create_app
from store.auth_records import create_key

PAGE = ("<html><head><meta charset='utf-8'><title>Kế hoạch 500/KH-UBND</title></head><body><article>"
        "<h1>Kế hoạch số 500/KH-UBND cải cách hành chính năm 2018</h1>"
        "<p>Ngày 20/12/2017, Ủy ban nhân dân tỉnh Tiền Giang ban hành Kế hoạch số 500/KH-UBND về cải cách hành "
        "chính năm 2018 với các nhiệm vụ cải cách thể chế, cải cách thủ tục hành chính, cải cách tổ chức bộ máy "
        "hành chính nhà nước, xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức.</p></article></body></html>")


@pytest.fixture
def portal():
    class H(BaseHTTPRequestHandler):
        def do_GET(self):
            body = PAGE.encode()
            self.send_response(200 if self.path == "/ke-hoach-500" else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *a):
            pass
    srv = ThreadingHTTPServer(("127.0.0.1", 0), H)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


@pytest.fixture
def client(world):
    store, _, ids = world
    with TestClient(create_app(load_settings(store=store.path)), base_url="http://parwatch.test") as c:
        c.keys = {"appraiser": create_key(store, "td", "appraiser"), "reader": create_key(store, "dg", "reader")}
        c.ids = ids
        yield c


def _login(c, role):
    r = c.post("/dang-nhap", data={"api_key": c.keys[role], "next": "/minh-chung"}, follow_redirects=False)
    assert r.status_code == 303 and "httponly" in r.headers["set-cookie"].lower()
    assert "samesite=strict" in r.headers["set-cookie"].lower()


def test_login_refuses_bad_keys_and_foreign_redirects(client):
    r = client.post("/dang-nhap", data={"api_key": "pw_nope", "next": "/minh-chung"}, follow_redirects=False)
    assert r.status_code == 401 and "Khóa API không đúng" in r.text and "set-cookie" not in r.headers
    r = client.post("/dang-nhap", data={"api_key": client.keys["reader"], "next": "//evil.example/x"},
                    follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/minh-chung"


def test_forms_need_a_login_the_role_and_this_site(client):
    form = {"province": "Tiền Giang", "year": "2018", "comment": "ok"}
    r = client.post("/minh-chung/ky-duyet", data=form, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/dang-nhap")
    _login(client, "reader")
    assert client.post("/minh-chung/ky-duyet", data=form, follow_redirects=False).status_code == 403
    _login(client, "appraiser")
    r = client.post("/minh-chung/ky-duyet", data=form, headers={"Origin": "https://evil.example"},
                    follow_redirects=False)
    assert r.status_code == 403
    r = client.post("/minh-chung/ky-duyet", data={**form, "comment": " "}, follow_redirects=False)
    assert r.status_code == 422 and "comment" in r.text


def test_add_by_url_then_sign_off_freezes(client, world, portal):
    store = world[0]
    _login(client, "appraiser")
    url = portal + "/ke-hoach-500"
    r = client.post("/minh-chung/them", data={"province": "Tiền Giang", "year": "2018", "criterion": "1.1",
                                              "url": url, "comment": "Cổng tỉnh không đăng lên mục CCHC"},
                    follow_redirects=False)
    assert r.status_code == 303, r.text
    doc_id = store.document_id_for_url(url)
    assert doc_id and "500/KH-UBND" in store.get_document(doc_id)["title"]
    page = client.get("/minh-chung", params={"province": "Tiền Giang", "year": "2018", "criterion": "1.1"}).text
    assert "Minh chứng thêm tay" in page and "Cổng tỉnh không đăng lên mục CCHC" in page
    assert client.get(f"/ban-luu/{doc_id}/trang").content == PAGE.encode()
    bad = client.post("/minh-chung/them", data={"province": "Tiền Giang", "year": "2018", "criterion": "1.1",
                                                "url": portal + "/khong-co", "comment": "x"}, follow_redirects=False)
    assert bad.status_code == 400 and "HTTP 404" in bad.text
    before = client.get("/evidence/matrix", params={"province": "Tiền Giang", "year": 2018}).json()
    r = client.post("/minh-chung/ky-duyet", data={"province": "Tiền Giang", "year": "2018",
                                                  "comment": "Đã đối chiếu"}, follow_redirects=False)
    assert r.status_code == 303
    frozen = client.get("/evidence/matrix", params={"province": "Tiền Giang", "year": 2018}).json()
    assert frozen["signed_off"]["actor"] == "td" and frozen["rows"] == before["rows"]
    again = client.post("/minh-chung/them", data={"province": "Tiền Giang", "year": "2018", "criterion": "1.1",
                                                  "url": url, "comment": "lần nữa"}, follow_redirects=False)
    assert again.status_code == 409
    r = client.post("/evidence/review", headers={"X-API-Key": client.keys["appraiser"]},
                    json={"province": "Tiền Giang", "year": 2018, "criterion": "1.1",
                          "document_id": client.ids["plan2018"], "decision": "rejected", "reason": "muộn"})
    assert r.status_code == 409
    # another year is still open
    r = client.post("/evidence/review", headers={"X-API-Key": client.keys["appraiser"]},
                    json={"province": "Tiền Giang", "year": 2019, "criterion": "1.1",
                          "document_id": client.ids["plan2019"], "decision": "accepted", "reason": "đúng"})
    assert r.status_code == 201
