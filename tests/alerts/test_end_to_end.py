"""A newly published document -> exactly one signed webhook call and one e-mail per matching
subscription, none for the others, and an entry in the Atom feed (parsed back and checked)."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET

from fastapi.testclient import TestClient

from alerts import deliver_due, match_new_documents
from alerts import subscriptions as subs_db
from alerts.models import Filters, SubscriptionIn
from alerts.webhook import verify
from parwatch.settings import load_settings
from search_api.app import create_app
from tests.alerts.helpers import NEW_PLAN, doc, publish
from tests.conftest import SAMPLE_DOCS, make_doc

ATOM = "{http://www.w3.org/2005/Atom}"


def _sub(store, cfg, **kw):
    filters = Filters(**kw.pop("filters", {}))
    return subs_db.create(store, SubscriptionIn(filters=filters, **kw), cfg, actor="test")


def _setup(store, backend, cfg, receiver):
    for d in SAMPLE_DOCS:                       # what was there before anyone subscribed
        publish(store, backend, make_doc(d))
    assert match_new_documents(store, backend, None, cfg=cfg) == 0
    subs = {
        "hook": _sub(store, cfg, name="Tiền Giang CCHC", query="cải cách hành chính", channel="webhook",
                     webhook_url=receiver.url + "/a", filters={"provinces": ["tien giang"]}),
        "hook_other": _sub(store, cfg, name="Dịch vụ công", query="dịch vụ công trực tuyến", channel="webhook",
                           webhook_url=receiver.url + "/b"),
        "mail": _sub(store, cfg, name="Kế hoạch CCHC", query="cai cach hanh chinh", channel="email",
                     email="cchc@sonoivu.example.vn", filters={"types": ["Kế hoạch"]}),
        "mail_other": _sub(store, cfg, name="Hà Nội", query="", channel="email", email="hn@example.vn",
                           filters={"provinces": ["Hà Nội"]}),
        "feed": _sub(store, cfg, name="PAR INDEX", query='"PAR INDEX"', channel="atom", filters={"indices": ["par index"]}),
        "criterion": _sub(store, cfg, name="Tiêu chí 1.1.1", channel="atom", filters={"criteria": ["1.1.1"]}),
        "feed_other": _sub(store, cfg, name="PAPI", query="PAPI", channel="atom"),
    }
    return subs


def test_new_document_alerts_each_matching_subscription_once(store, backend, cfg, receiver, smtp):
    subs = _setup(store, backend, cfg, receiver)
    outcome = publish(store, backend, doc())
    assert outcome.status == "new"
    added = match_new_documents(store, backend, [outcome], cfg=cfg)
    assert added == 4                                     # hook, mail, feed, criterion
    report = deliver_due(store, cfg)
    assert report["delivered"] == 2 and report["dead"] == 0 and report["failed"] == 0

    # webhook: exactly one call, to the matching subscription, signed
    assert [r["path"] for r in receiver.requests] == ["/hook/a"]
    req = receiver.requests[0]
    h = {k.lower(): v for k, v in req["headers"].items()}
    assert h["x-parwatch-signature"].startswith("sha256=")
    assert verify(subs["hook"].secret, h["x-parwatch-timestamp"], req["body"], h["x-parwatch-signature"])
    assert not verify("wrong-secret-0123456789", h["x-parwatch-timestamp"], req["body"], h["x-parwatch-signature"])
    body = json.loads(req["body"])
    assert body["event"] == "alert" and h["x-parwatch-delivery"] == body["idempotency_key"]
    [d] = body["documents"]
    assert d["number"] == "15/KH-UBND" and d["date"] == "2025-01-20" and d["issuer"] == "UBND tỉnh Tiền Giang"
    assert d["url"] == NEW_PLAN["url"] and d["change"] == "new"
    assert d["reason"]["terms"] == ["cải", "cách", "hành", "chính"]
    assert d["reason"]["filters"] == {"province": "Tiền Giang"}

    # e-mail: one message, to the matching address, text and HTML in Vietnamese
    assert [m["to"] for m in smtp.messages] == [["cchc@sonoivu.example.vn"]]
    msg = smtp.messages[0]["msg"]
    assert "15/KH-UBND" in msg["Subject"] and msg["X-Parwatch-Delivery"]
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    for part in (text, html):
        assert "15/KH-UBND" in part and "20/01/2025" in part and "UBND tỉnh Tiền Giang" in part
        assert NEW_PLAN["url"] in part and "Vì sao" in part and "loại văn bản Kế hoạch" in part
    assert "Số hiệu" in text and "Cơ quan ban hành" in text and "<a href=" in html

    # nothing more to send; recrawling the same content alerts nobody again
    assert deliver_due(store, cfg)["messages"] == 0
    again = publish(store, backend, doc())
    assert again.status == "unchanged"
    assert match_new_documents(store, backend, [again], cfg=cfg) == 0
    assert match_new_documents(store, backend, [again.id], cfg=cfg) == 0   # even when asked by id
    assert match_new_documents(store, backend, None, cfg=cfg) == 0
    assert len(receiver.requests) == 1 and len(smtp.messages) == 1

    # the feeds, read through the API and parsed back
    app = create_app(load_settings(store=store.path))
    with TestClient(app) as client:
        token = subs["feed"].feed_url.rsplit("/", 1)[1].removesuffix(".atom")
        r = client.get(f"/feeds/{token}.atom")
        assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml")
        entries = _check_atom(r.content)
        assert len(entries) == 1
        assert "15/KH-UBND" in entries[0].findtext(f"{ATOM}title")
        assert entries[0].find(f"{ATOM}link").get("href") == NEW_PLAN["url"]
        assert "PAR INDEX" in entries[0].findtext(f"{ATOM}summary")
        crit_token = subs["criterion"].feed_url.rsplit("/", 1)[1].removesuffix(".atom")
        [crit_entry] = _check_atom(client.get(f"/feeds/{crit_token}.atom").content)
        assert "tiêu chí 1.1.1" in crit_entry.findtext(f"{ATOM}summary")
        other = subs["feed_other"].feed_url.rsplit("/", 1)[1].removesuffix(".atom")
        assert _check_atom(client.get(f"/feeds/{other}.atom").content) == []
        assert client.get("/feeds/" + "x" * 32 + ".atom").status_code == 404


def _check_atom(xml: bytes) -> list:
    """RFC 4287 essentials: feed id/title/updated/author, each entry id/title/updated/link."""
    root = ET.fromstring(xml)
    assert root.tag == f"{ATOM}feed"
    for tag in ("id", "title", "updated"):
        assert (root.findtext(f"{ATOM}{tag}") or "").strip(), f"feed lacks {tag}"
    assert root.find(f"{ATOM}author/{ATOM}name") is not None
    assert root.find(f"{ATOM}link[@rel='self']") is not None
    entries = root.findall(f"{ATOM}entry")
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert len(set(ids)) == len(ids)
    for e in entries:
        for tag in ("id", "title", "updated"):
            assert (e.findtext(f"{ATOM}{tag}") or "").strip(), f"entry lacks {tag}"
        assert e.find(f"{ATOM}link") is not None or e.find(f"{ATOM}content") is not None
    return entries


def test_changed_document_alerts_again_only_when_asked(store, backend, cfg, receiver, smtp):
    once = _sub(store, cfg, name="once", query="cải cách", channel="webhook", webhook_url=receiver.url + "/once")
    every = _sub(store, cfg, name="changes", query="cải cách", channel="webhook", webhook_url=receiver.url + "/every",
                 on_changes=True)
    first = publish(store, backend, doc())
    assert match_new_documents(store, backend, [first], cfg=cfg) == 2
    changed = publish(store, backend, doc(text=NEW_PLAN["text"] + " Bổ sung: phụ lục nhiệm vụ."))
    assert changed.status == "changed" and changed.version == 2
    assert match_new_documents(store, backend, [changed], cfg=cfg) == 1
    deliver_due(store, cfg)
    paths = sorted(r["path"] for r in receiver.requests)
    assert paths == ["/hook/every", "/hook/every", "/hook/once"]
    keys = [json.loads(r["body"])["idempotency_key"] for r in receiver.requests if r["path"] == "/hook/every"]
    assert sorted(keys) == [f"s{every.id}-d{first.id}-v1", f"s{every.id}-d{first.id}-v2"]
    later = [json.loads(r["body"])["documents"][0] for r in receiver.requests if r["path"] == "/hook/every"]
    assert {d["change"] for d in later} == {"new", "changed"}
    del once


def test_the_store_queue_catches_documents_nobody_passed_on(store, backend, cfg, receiver, smtp):
    """Ingest without calling the matcher (a crash, or a path that forgot): the queue the store
    fills in the same transaction still brings the document to the subscriptions."""
    _sub(store, cfg, name="all", query="", channel="webhook", webhook_url=receiver.url)
    publish(store, backend, doc())
    assert match_new_documents(store, backend, None, cfg=cfg) == 1
    assert match_new_documents(store, backend, None, cfg=cfg) == 0
    deliver_due(store, cfg)
    assert len(receiver.requests) == 1


def test_daily_digest_sends_one_message_for_many_documents(store, backend, cfg, smtp):
    from datetime import datetime, timedelta, timezone

    from tests.alerts.helpers import numbered

    _sub(store, cfg, name="Bản tin", query="cải cách hành chính", channel="email", email="bt@example.vn", digest=True)
    outcomes = [publish(store, backend, numbered(i)) for i in range(1, 4)]
    assert match_new_documents(store, backend, outcomes, cfg=cfg) == 3
    assert deliver_due(store, cfg)["messages"] == 0            # not before the digest hour
    report = deliver_due(store, cfg, now=datetime.now(timezone.utc) + timedelta(days=1, minutes=1))
    assert report == {"delivered": 3, "failed": 0, "dead": 0, "messages": 1, "errors": []}
    [m] = smtp.messages
    text = m["msg"].get_body(("plain",)).get_content()
    assert "3 văn bản mới" in m["msg"]["Subject"]
    assert all(f"{i}/KH-UBND" in text for i in range(1, 4))


def test_feed_entries_link_to_the_document_page_at_the_serving_address(store, backend, cfg):
    from dataclasses import replace

    from alerts import match_new_documents
    from alerts import subscriptions as subs_db
    from alerts.feed import atom
    from alerts.models import SubscriptionIn

    cfg = replace(cfg, public_base_url="http://reform.example.gov.vn:8010")
    created = subs_db.create(store, SubscriptionIn(name="feed", channel="atom"), cfg, actor="t")
    outcome = publish(store, backend, doc())
    match_new_documents(store, backend, [outcome], cfg=cfg)
    doc_id = outcome.id
    body = atom(store, subs_db.get(store, created.id), cfg, self_url=created.feed_url).decode()
    assert f"http://reform.example.gov.vn:8010/van-ban/{doc_id}" in body
    assert "/documents/" not in body


def test_documents_stored_before_the_subscription_never_alert_it(store, backend, cfg):
    """The queue still holds documents nobody matched yet (no subscription, no `alerts match`
    run): a subscription made afterwards does not get that backlog, only what comes next."""
    for d in SAMPLE_DOCS:
        publish(store, backend, make_doc(d))
    sub = _sub(store, cfg, name="Mọi văn bản", query="", channel="atom")
    assert match_new_documents(store, backend, None, cfg=cfg) == 0
    publish(store, backend, doc())
    assert match_new_documents(store, backend, None, cfg=cfg) == 1
    [row] = store.conn.execute("SELECT subscription_id, change FROM alert_deliveries").fetchall()
    assert tuple(row) == (sub.id, "new")


def test_a_default_subscription_name_is_not_quoted_twice(store, backend, cfg):
    from alerts.feed import atom
    from alerts.render import why_filters

    filters = Filters(provinces=["Tiền Giang"])
    name = why_filters("kế hoạch cải cách", filters)      # the name the sign-up page gives
    created = subs_db.create(store, SubscriptionIn(name=name, query="kế hoạch cải cách", filters=filters,
                                                   channel="atom"), cfg, actor="t")
    body = atom(store, subs_db.get(store, created.id), cfg, self_url=created.feed_url).decode()
    subtitle = ET.fromstring(body).find("{http://www.w3.org/2005/Atom}subtitle").text
    assert "«kế hoạch cải cách»" in subtitle and "««" not in subtitle and "»»" not in subtitle
