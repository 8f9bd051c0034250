"""Subscriptions through the HTTP API (keys, roles, owners, audit log, dead letters) and the CLI."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from alerts import match_new_documents
from parwatch.cli import app as cli_app
from parwatch.settings import load_settings
from search_api.app import create_app
from store.auth_records import audit_entries, create_key
from store.fts import SqliteSearch
from tests.alerts.helpers import doc, publish

REPO = Path(__file__).resolve().parents[2]
BODY = {"name": "Kế hoạch CCHC Tiền Giang", "query": "cải cách hành chính", "channel": "webhook",
        "webhook_url": "https://hooks.example.org/parwatch", "filters": {"provinces": ["Tiền Giang"]}}


@pytest.fixture
def api(store, criteria_dir, monkeypatch):
    monkeypatch.setenv("PARWATCH_ALERTS_CRITERIA_DIR", str(criteria_dir))
    keys = {role: create_key(store, f"{role}-1", role) for role in ("admin", "editor", "appraiser", "reader")}
    keys["appraiser2"] = create_key(store, "appraiser-2", "appraiser")
    with TestClient(create_app(load_settings(store=store.path))) as client:
        yield client, {k: {"X-API-Key": v} for k, v in keys.items()}


@pytest.mark.parametrize("method,path", [
    ("post", "/alerts/subscriptions"), ("get", "/alerts/subscriptions"), ("patch", "/alerts/subscriptions/1"),
    ("delete", "/alerts/subscriptions/1"), ("post", "/alerts/subscriptions/1/test"),
    ("get", "/alerts/deliveries"), ("post", "/alerts/deliveries/1/retry"),
])
def test_alert_endpoints_need_a_writer_key(api, method, path):
    client, keys = api
    kw = {"json": BODY} if method in ("post", "patch") else {}
    assert getattr(client, method)(path, **kw).status_code == 401
    r = getattr(client, method)(path, headers={"X-API-Key": "pw_not-a-key"}, **kw)
    assert r.status_code == 401 and "unknown or revoked" in r.json()["detail"]
    r = getattr(client, method)(path, headers=keys["reader"], **kw)
    assert r.status_code == 403 and "role 'reader'" in r.json()["detail"]


def test_subscription_crud_with_roles_owners_and_audit(api, store):
    client, keys = api
    r = client.post("/alerts/subscriptions", json=BODY, headers=keys["appraiser"])
    assert r.status_code == 201, r.text
    created = r.json()
    sid = created["id"]
    assert created["secret"].startswith("whsec_") and created["owner"] == "appraiser-1"
    assert created["target"] == BODY["webhook_url"]
    got = client.get(f"/alerts/subscriptions/{sid}", headers=keys["appraiser"]).json()
    assert "secret" not in got and got["filters"]["provinces"] == ["Tiền Giang"]
    # another appraiser neither sees nor changes it; editors and admins do
    assert client.get(f"/alerts/subscriptions/{sid}", headers=keys["appraiser2"]).status_code == 404
    assert client.delete(f"/alerts/subscriptions/{sid}", headers=keys["appraiser2"]).status_code == 404
    assert client.get("/alerts/subscriptions", headers=keys["appraiser2"]).json() == []
    assert [s["id"] for s in client.get("/alerts/subscriptions", headers=keys["editor"]).json()] == [sid]
    r = client.patch(f"/alerts/subscriptions/{sid}", json={"active": False, "filters": {"criteria": ["1.1.1"]}},
                     headers=keys["editor"])
    assert r.status_code == 200 and r.json()["active"] is False and r.json()["filters"]["criteria"] == ["1.1.1"]
    r = client.patch(f"/alerts/subscriptions/{sid}", json={"rotate_secret": True}, headers=keys["appraiser"])
    assert r.json()["secret"].startswith("whsec_") and r.json()["secret"] != created["secret"]
    assert client.delete(f"/alerts/subscriptions/{sid}", headers=keys["admin"]).json() == {"deleted": sid}
    assert client.get(f"/alerts/subscriptions/{sid}", headers=keys["admin"]).status_code == 404
    actions = [(e["action"], e["actor"]) for e in audit_entries(store, target=f"subscription:{sid}")]
    assert actions == [("alert_subscription.delete", "admin-1"), ("alert_subscription.update", "appraiser-1"),
                       ("alert_subscription.update", "editor-1"), ("alert_subscription.create", "appraiser-1")]
    assert all("whsec_" not in json.dumps(e["detail"]) for e in audit_entries(store))


@pytest.mark.parametrize("change,words", [
    ({"channel": "webhook", "webhook_url": None}, "needs webhook_url"),
    ({"webhook_url": "http://169.254.169.254/latest"}, "cloud metadata address"),
    ({"webhook_url": "http://10.0.0.8/hook"}, "private address"),
    ({"channel": "email", "webhook_url": None, "email": "not-an-address"}, "not an e-mail address"),
    ({"channel": "atom", "webhook_url": None, "digest": True}, "digest applies"),
    ({"filters": {"criteria": ["9.9.9"]}}, "unknown criterion 9.9.9"),
    ({"name": ""}, "name"),
    ({"query": "x" * 501}, "query"),
])
def test_bad_subscriptions_get_a_422_with_a_message(api, change, words):
    client, keys = api
    r = client.post("/alerts/subscriptions", json={**BODY, **change}, headers=keys["editor"])
    assert r.status_code == 422
    body = r.json()
    assert words in json.dumps(body, ensure_ascii=False)


def test_dead_letters_are_listed_and_can_be_requeued(api, store, backend, cfg, receiver, monkeypatch):
    from dataclasses import replace

    from alerts import deliver_due

    client, keys = api
    r = client.post("/alerts/subscriptions", headers=keys["editor"],
                    json={"name": "x", "channel": "webhook", "webhook_url": receiver.url})
    assert r.status_code == 422 and "loopback" in r.json()["error"]
    monkeypatch.setenv("PARWATCH_ALERTS_WEBHOOK_ALLOW_NETWORKS", "127.0.0.0/8")
    client = TestClient(create_app(load_settings(store=store.path)))   # settings are read when the app starts
    r = client.post("/alerts/subscriptions", headers=keys["editor"],
                    json={"name": "x", "channel": "webhook", "webhook_url": receiver.url})
    sid = r.json()["id"]
    receiver.default = (500, b"down", {})
    match_new_documents(store, backend, [publish(store, backend, doc())], cfg=cfg)
    deliver_due(store, replace(cfg, max_attempts=1))
    dead = client.get("/alerts/deliveries", params={"status": "dead"}, headers=keys["editor"]).json()
    assert len(dead) == 1 and dead[0]["subscription_id"] == sid and "HTTP 500" in dead[0]["last_error"]
    assert dead[0]["document"]["number"] == "15/KH-UBND" and dead[0]["reason"]["terms"] == []
    detail = client.get(f"/alerts/deliveries/{dead[0]['id']}", headers=keys["editor"]).json()
    assert detail["attempts_log"][0]["status_code"] == 500
    assert client.get("/alerts/deliveries", params={"status": "dead"}, headers=keys["appraiser"]).json() == []
    r = client.post(f"/alerts/deliveries/{dead[0]['id']}/retry", headers=keys["editor"])
    assert r.status_code == 200 and r.json()["status"] == "pending"
    receiver.default = (200, b"ok", {})
    assert deliver_due(store, cfg)["delivered"] == 1
    assert client.post(f"/alerts/deliveries/{dead[0]['id']}/retry", headers=keys["editor"]).status_code == 422
    assert client.get("/alerts/deliveries/999", headers=keys["editor"]).status_code == 404


def test_cli_add_list_test_remove(store, receiver, monkeypatch):
    monkeypatch.setenv("PARWATCH_ALERTS_WEBHOOK_ALLOW_NETWORKS", "127.0.0.0/8")
    run = CliRunner().invoke
    s = ["--store", str(store.path)]
    r = run(cli_app, ["alerts", "add", "--name", "CCHC", "-q", "cải cách hành chính", "--province", "Tiền Giang",
                      "--webhook", receiver.url, "--json", *s])
    assert r.exit_code == 0, r.output
    sid = json.loads(r.stdout)["id"]
    r = run(cli_app, ["alerts", "add", "--name", "feed", "--atom", *s])
    assert r.exit_code == 0 and "/feeds/" in r.stdout
    r = run(cli_app, ["alerts", "add", "--name", "two", "--atom", "--email", "a@b.vn", *s])
    assert r.exit_code == 2 and "hãy chọn đúng một kênh" in r.output
    r = run(cli_app, ["alerts", "add", "--name", "bad", "--email", "nope", *s])
    assert r.exit_code == 2 and "not an e-mail address" in r.output
    r = run(cli_app, ["alerts", "list", "--json", *s])
    assert [x["name"] for x in json.loads(r.stdout)] == ["CCHC", "feed"]
    publish(store, SqliteSearch(store), doc())         # stored after both subscriptions
    r = run(cli_app, ["alerts", "match", *s])
    assert r.exit_code == 0 and "1 cảnh báo chờ gửi (webhook, thư), 1 mục mới trong nguồn tin Atom" in r.output, r.output
    r = run(cli_app, ["alerts", "deliver", *s])
    assert r.exit_code == 0 and "đã gửi 1 (webhook, thư)" in r.output and "nguồn tin Atom đang có 1 mục" in r.output
    r = run(cli_app, ["alerts", "test", str(sid), *s])
    assert r.exit_code == 0, r.output
    req = receiver.requests[-1]
    assert req["headers"]["X-Parwatch-Event"] == "test"
    assert json.loads(req["body"])["documents"][0]["title"] == "Thông báo thử từ parwatch"
    monkeypatch.delenv("PARWATCH_ALERTS_WEBHOOK_ALLOW_NETWORKS")
    r = run(cli_app, ["alerts", "test", str(sid), *s])
    assert r.exit_code == 2 and "127.0.0.1 is a loopback address" in r.output
    r = run(cli_app, ["alerts", "remove", str(sid), *s])
    assert r.exit_code == 0
    r = run(cli_app, ["alerts", "remove", str(sid), *s])
    assert r.exit_code == 2 and (f"không có đăng ký {sid}" in r.output or f"no subscription {sid}" in r.output)


def test_run_cycle_and_watch_survive_failures_and_stop_on_sigterm(store, backend, receiver, tmp_path):
    from alerts.config import alert_config
    from alerts.subscriptions import create
    from alerts.models import SubscriptionIn
    from parwatch.watch import run_cycle

    cfg = alert_config(None, webhook_allow_networks=("127.0.0.0/8",))
    create(store, SubscriptionIn(name="ok", channel="webhook", webhook_url=receiver.url), cfg, actor="t")
    create(store, SubscriptionIn(name="broken", channel="webhook", webhook_url="http://127.0.0.1:9/closed"), cfg,
           actor="t")
    publish(store, backend, doc())
    report = run_cycle(load_settings(store=store.path), crawl=False, cfg=cfg)
    assert report["matched"] == 2 and report["delivery"]["delivered"] == 1 and report["delivery"]["failed"] == 1
    assert any("ConnectError" in e for e in report["errors"]) and len(receiver.requests) == 1

    env = {**{k: v for k, v in os.environ.items() if not k.startswith("PARWATCH_")}, "PYTHONPATH": str(REPO)}
    p = subprocess.Popen([sys.executable, "-c", "from parwatch.cli import app; app()", "watch", "--every", "1s",
                          "--no-crawl", "--store", str(store.path)], cwd=REPO, env=env, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    line = p.stdout.readline()                       # first cycle done
    assert json.loads(line)["errors"] is not None
    time.sleep(0.2)
    p.send_signal(signal.SIGTERM)
    out, err = p.communicate(timeout=20)
    assert p.returncode == 0, err
    assert "watch stopped after" in out or "đã dừng sau" in out     # in the CLI's language (parwatch.lang)
