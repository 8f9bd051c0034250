"""Self-service e-mail sign-up over HTTP (no API key), with a real SMTP receiver: confirm,
receive with List-Unsubscribe, one-click unsubscribe; and the abuse bounds."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from alerts import deliver_due, match_new_documents, signup
from alerts import subscriptions as subs_db
from parwatch.settings import load_settings
from search_api.app import create_app
from tests.alerts.helpers import doc, publish

FORM = {"email": "cchc@sonoivu.example.vn", "q": "cải cách hành chính", "provinces": ["Tiền Giang"],
        "criteria": ["1.1.1"]}


@pytest.fixture
def web(store, smtp, criteria_dir, monkeypatch):
    monkeypatch.setenv("PARWATCH_ALERTS_CRITERIA_DIR", str(criteria_dir))
    monkeypatch.setenv("PARWATCH_ALERTS_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("PARWATCH_ALERTS_SMTP_PORT", str(smtp.port))
    monkeypatch.setenv("PARWATCH_ALERTS_SMTP_STARTTLS", "false")

    def client(**overrides):
        return TestClient(create_app(load_settings(store=store.path, **overrides)), base_url="http://testserver")
    return client


def _link(msg, path: str) -> str:
    body = msg.get_body(("plain",)).get_content()
    m = re.search(rf"http://testserver{path}[A-Za-z0-9_-]+", body)
    assert m, body
    return m.group(0).removeprefix("http://testserver")


def test_sign_up_confirm_receive_unsubscribe(web, store, backend, cfg, smtp):
    with web() as c:
        r = c.post("/canh-bao/dang-ky", data=FORM)
        assert r.status_code == 202 and "Đã gửi thư xác nhận tới" in r.text, r.text
        assert len(smtp.messages) == 1 and smtp.messages[0]["to"] == [FORM["email"]]
        confirm = _link(smtp.messages[0]["msg"], "/canh-bao/xac-nhan/")
        [sub] = subs_db.list_all(store)
        assert sub.pending and not sub.active and sub.owner == "public"
        assert sub.filters.provinces == ["Tiền Giang"] and sub.filters.criteria == ["1.1.1"]
        # pending: matched against nothing
        publish(store, backend, doc(url="https://tiengiang.gov.vn/tin/truoc",
                                    title="Tiền Giang ban hành Kế hoạch cải cách hành chính năm 2024",
                                    text="Ngày 05/02/2024, UBND tỉnh Tiền Giang ban hành Kế hoạch số 22/KH-UBND về "
                                         "cải cách hành chính năm 2024, tập trung vào thủ tục hành chính, chuyển "
                                         "đổi số và đo lường sự hài lòng của người dân."))
        assert match_new_documents(store, backend, None, cfg=cfg) == 0
        # a link scanner's GET changes nothing; the button's POST confirms
        assert "Xác nhận đăng ký" in c.get(confirm).text and subs_db.get(store, sub.id).pending
        r = c.post(confirm)
        assert r.status_code == 200 and "đã được xác nhận" in r.text
        assert subs_db.get(store, sub.id).active and not subs_db.get(store, sub.id).pending
        assert c.post(confirm).status_code == 404          # a token works once

        publish(store, backend, doc())
        assert match_new_documents(store, backend, None, cfg=cfg) == 1
        assert deliver_due(store, cfg)["delivered"] == 1
        alert = smtp.messages[-1]["msg"]
        assert alert["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        token = subs_db.unsubscribe_token(store, sub.id)
        assert alert["List-Unsubscribe"].strip() == f"<{signup.unsubscribe_url(cfg, token)}>"
        assert signup.unsubscribe_url(cfg, token) in alert.get_body(("plain",)).get_content()
        # the mail client's one-click POST (RFC 8058)
        r = c.post(f"/canh-bao/huy/{token}", content=b"List-Unsubscribe=One-Click",
                   headers={"Content-Type": "application/x-www-form-urlencoded"})
        assert r.status_code == 200 and "Đã hủy theo dõi" in r.text
        assert subs_db.list_all(store) == []
        r = c.post(f"/canh-bao/huy/{token}")
        assert r.status_code == 200 and "đã được hủy trước đó" in r.text


def test_bad_sign_ups_store_nothing(web, store, smtp):
    with web() as c:
        for form, status, words in [({**FORM, "email": "not-an-address"}, 422, "is not an e-mail address"),
                                    ({**FORM, "email": ""}, 422, "Hãy nhập địa chỉ thư"),
                                    ({**FORM, "criteria": ["9.9"]}, 422, "unknown criterion 9.9")]:
            r = c.post("/canh-bao/dang-ky", data=form)
            assert r.status_code == status and words in r.text, r.text
        assert subs_db.list_all(store) == [] and smtp.messages == []
        assert c.post("/canh-bao/xac-nhan/made-up-token-000000").status_code == 404


def test_pending_sign_ups_per_address_are_capped(web, store, smtp):
    with web(rate_signups_per_minute=0) as c:
        for i in range(signup.MAX_PENDING_PER_ADDRESS):
            assert c.post("/canh-bao/dang-ky", data={**FORM, "q": f"từ {i}"}).status_code == 202
        r = c.post("/canh-bao/dang-ky", data={**FORM, "email": FORM["email"].upper()})
        assert r.status_code == 429 and "chưa xác nhận" in r.text
        assert len(subs_db.list_all(store)) == signup.MAX_PENDING_PER_ADDRESS
        assert len(smtp.messages) == signup.MAX_PENDING_PER_ADDRESS
        assert c.post("/canh-bao/dang-ky", data={**FORM, "email": "khac@example.vn"}).status_code == 202


def test_sign_ups_are_rate_limited_per_client(web, store, smtp):
    with web(rate_signups_per_minute=2) as c:
        codes = [c.post("/canh-bao/dang-ky", data={**FORM, "email": f"a{i}@example.vn"}).status_code
                 for i in range(3)]
    assert codes == [202, 202, 429]
    assert len(subs_db.list_all(store)) == 2


def test_no_mail_server_keeps_nothing(web, store, monkeypatch):
    monkeypatch.setenv("PARWATCH_ALERTS_SMTP_PORT", "1")       # nothing listens there
    with web() as c:
        r = c.post("/canh-bao/dang-ky", data=FORM)
    assert r.status_code == 503 and "Không gửi được thư xác nhận" in r.text
    assert subs_db.list_all(store) == []


def test_search_results_offer_to_follow_the_search(web, store, backend):
    publish(store, backend, doc())
    with web() as c:
        page = c.get("/tim-kiem", params={"q": "cải cách", "province": "Tiền Giang"}).text
        m = re.search(r'href="(/canh-bao\?[^"]+)"[^>]*>Theo dõi tìm kiếm này', page)
        assert m, page
        form = c.get(m.group(1).replace("&amp;", "&")).text
    assert 'name="q" maxlength="500" value="cải cách"' in form
    assert re.search(r'name="provinces" value="Tiền Giang" checked', form)


def test_without_a_mail_server_the_page_offers_an_atom_feed(web, store, backend, cfg, monkeypatch):
    monkeypatch.delenv("PARWATCH_ALERTS_SMTP_HOST")
    with web() as c:
        form = c.get("/canh-bao").text
        assert 'id="no-mail"' in form and re.search(r'value="atom" checked', form)
        r = c.post("/canh-bao/dang-ky", data=FORM)
        assert r.status_code == 503 and "chưa cấu hình gửi thư" in r.text
        assert subs_db.list_all(store) == []
        r = c.post("/canh-bao/dang-ky", data={**FORM, "channel": "atom", "email": ""})
        assert r.status_code == 201, r.text
        feed = re.search(r'href="http://testserver(/feeds/[A-Za-z0-9_-]+\.atom)"', r.text).group(1)
        [sub] = subs_db.list_all(store)
        assert sub.active and sub.channel == "atom" and sub.owner == "public"
        publish(store, backend, doc())
        assert match_new_documents(store, backend, None, cfg=cfg) == 1
        atom = c.get(feed)
        assert atom.status_code == 200 and "15/KH-UBND" in atom.text


def test_the_criteria_to_pick_start_with_the_par_index(web):
    with web() as c:
        page = c.get("/canh-bao").text
    ids = re.findall(r'name="criteria" value="([^"]+)"', page)
    ids = ids[:ids.index(ids[0], 1)] if ids.count(ids[0]) > 1 else ids      # the page has two forms
    assert any(i.startswith(("SIPAS", "PAPI", "PCI")) for i in ids)
    first_other = next(n for n, i in enumerate(ids) if not i[0].isdigit())
    assert first_other > 0 and all(not i[0].isdigit() for i in ids[first_other:])
