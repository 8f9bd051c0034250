"""SSRF guard (addresses, DNS, redirects), retries with back-off, dead letters, timeouts and
response-size limits, against a real receiver on 127.0.0.1."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

from alerts import deliver_due, match_new_documents
from alerts import subscriptions as subs_db
from alerts.models import InvalidSubscription, SubscriptionIn
from alerts.outbox import get_delivery, list_deliveries, requeue
from alerts.ssrf import UnsafeURL, check_url
from alerts.webhook import WebhookSender
from tests.alerts.helpers import doc, publish


def drain(store, cfg, timeout: float = 10.0, **kw) -> dict:
    """deliver_due until nothing is pending any more (retries come due after their back-off)."""
    import time

    from alerts.outbox import counts

    total = {"delivered": 0, "failed": 0, "dead": 0, "messages": 0}
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        r = deliver_due(store, cfg, **kw)
        for k in total:
            total[k] += r[k]
        c = counts(store)
        if not c.get("pending") and not c.get("sending"):
            return total
        time.sleep(0.02)
    raise AssertionError(f"deliveries still pending after {timeout} s: {counts(store)}")


def resolver_for(table: dict[str, list[str]]):
    def resolve(host: str, port: int) -> list[str]:
        if host not in table:
            raise OSError(f"unknown host {host}")
        return table[host]
    return resolve


@pytest.mark.parametrize("url,words", [
    ("http://127.0.0.1:8080/hook", "127.0.0.1 is a loopback address"),
    ("http://10.1.2.3/hook", "10.1.2.3 is a private address"),
    ("http://192.168.1.10/hook", "private address"),
    ("http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a cloud metadata address"),
    ("http://[::1]/hook", "::1 is a loopback address"),
    ("http://[::ffff:10.0.0.1]/hook", "private address"),
    ("http://0.0.0.0/hook", "unspecified"),
    ("http://localhost:9000/hook", "localhost resolves to 127.0.0.1"),
    ("http://hooks.example.org/x", "hooks.example.org resolves to 10.9.8.7"),
    ("ftp://example.org/hook", "must use http or https"),
    ("file:///etc/passwd", "must use http or https"),
])
def test_guard_refuses_non_public_addresses_with_a_clear_message(url, words):
    resolve = resolver_for({"localhost": ["127.0.0.1"], "hooks.example.org": ["93.184.216.34", "10.9.8.7"]})
    with pytest.raises(UnsafeURL) as e:
        check_url(url, (), resolve)
    assert words in str(e.value)


def test_guard_allows_public_addresses_and_configured_networks():
    resolve = resolver_for({"hooks.example.org": ["93.184.216.34"], "localhost": ["127.0.0.1"]})
    t = check_url("https://hooks.example.org/x?y=1", (), resolve)
    assert t.ip == "93.184.216.34" and str(t.pinned) == "https://93.184.216.34/x?y=1"
    import ipaddress
    assert check_url("http://localhost:81/", [ipaddress.ip_network("127.0.0.0/8")], resolve).ip == "127.0.0.1"


def test_subscription_with_a_private_literal_address_is_refused_when_saved(store, cfg):
    strict = replace(cfg, webhook_allow_networks=())
    for url in ("http://10.0.0.5/hook", "http://169.254.169.254/", "http://localhost/hook", "gopher://x/"):
        with pytest.raises(InvalidSubscription):
            subs_db.create(store, SubscriptionIn(name="x", channel="webhook", webhook_url=url), strict, actor="t")


def _one_alert(store, backend, cfg, url):
    sub = subs_db.create(store, SubscriptionIn(name="hook", channel="webhook", webhook_url=url), cfg, actor="t")
    o = publish(store, backend, doc())
    assert match_new_documents(store, backend, [o], cfg=cfg) == 1
    return sub


def test_delivery_to_loopback_is_refused_unless_allowed(store, backend, cfg, receiver):
    allowed = _one_alert(store, backend, cfg, receiver.url)            # saved while loopback was allowed
    strict = replace(cfg, webhook_allow_networks=())
    report = deliver_due(store, strict)
    assert report["dead"] == 1 and receiver.requests == []
    [dead] = list_deliveries(store, status="dead")
    assert "127.0.0.1 is a loopback address" in dead.last_error
    requeue(store, dead.id, actor="t")                                   # after fixing the settings
    assert deliver_due(store, cfg)["delivered"] == 1 and len(receiver.requests) == 1
    del allowed


def test_a_name_resolving_to_a_private_address_is_refused(store, backend, cfg, receiver):
    _one_alert(store, backend, cfg, "http://hooks.example.org/x")
    report = deliver_due(store, cfg, resolver=resolver_for({"hooks.example.org": ["10.20.30.40"]}))
    assert report["dead"] == 1
    assert "hooks.example.org resolves to 10.20.30.40" in list_deliveries(store, status="dead")[0].last_error


@pytest.mark.parametrize("location", ["http://10.0.0.1/internal", "http://169.254.169.254/latest/meta-data/"])
def test_a_redirect_to_a_private_address_is_refused(store, backend, cfg, receiver, location):
    receiver.default = (307, b"", {"Location": location})
    _one_alert(store, backend, cfg, receiver.url)
    report = deliver_due(store, cfg)
    assert report["dead"] == 1 and len(receiver.requests) == 1
    err = list_deliveries(store, status="dead")[0].last_error
    assert err.startswith(f"redirect to {location} refused") and "address" in err


def test_a_redirect_to_an_allowed_address_is_followed_and_resigned(store, backend, cfg, receiver):
    receiver.script = [(308, b"", {"Location": "/hook/moved"})]
    _one_alert(store, backend, cfg, receiver.url)
    assert deliver_due(store, cfg)["delivered"] == 1
    assert [r["path"] for r in receiver.requests] == ["/hook", "/hook/moved"]
    assert receiver.requests[0]["body"] == receiver.requests[1]["body"]


def test_receiver_failing_three_times_then_succeeding_gets_it_once(store, backend, cfg, receiver):
    receiver.script = [(500, b"boom", {})] * 3
    _one_alert(store, backend, cfg, receiver.url)
    report = drain(store, cfg)      # back-off of 10-50 ms in this configuration
    assert report["delivered"] == 1 and report["failed"] == 3 and report["dead"] == 0
    keys = [r["headers"]["X-Parwatch-Delivery"] for r in receiver.requests]
    assert len(keys) == 4 and len(set(keys)) == 1          # same idempotency key on every retry
    [d] = list_deliveries(store, status="delivered")
    detail = get_delivery(store, d.id)
    assert [a.ok for a in detail.attempts_log] == [False, False, False, True]
    assert detail.attempts_log[0].status_code == 500 and "HTTP 500" in detail.attempts_log[0].error
    assert deliver_due(store, cfg)["messages"] == 0 and len(receiver.requests) == 4


def test_back_off_grows_exponentially(store, backend, cfg, receiver):
    from datetime import datetime, timezone

    from alerts.schedule import parse_ts

    receiver.default = (503, b"", {})
    slow = replace(cfg, retry_base_seconds=60, retry_max_seconds=3600)
    _one_alert(store, backend, slow, receiver.url)
    gaps = []
    now = datetime.now(timezone.utc)
    for _ in range(4):
        deliver_due(store, slow, now=now)
        [d] = list_deliveries(store)
        nxt = parse_ts(d.next_attempt_at)
        gaps.append((nxt - now).total_seconds())
        now = nxt
    assert [round(g / 60) for g in gaps] == pytest.approx([1, 2, 4, 8], abs=2)
    assert all(0.75 < g / (60 * 2 ** i) < 1.25 for i, g in enumerate(gaps))


def test_always_failing_receiver_is_dead_lettered_and_visible(store, backend, cfg, receiver):
    receiver.default = (500, b"no", {})
    _one_alert(store, backend, replace(cfg, max_attempts=3), receiver.url)
    report = drain(store, replace(cfg, max_attempts=3))
    assert report["dead"] == 1 and len(receiver.requests) == 3
    [dead] = list_deliveries(store, status="dead")
    assert dead.attempts == 3 and "HTTP 500" in dead.last_error


def test_timeouts_and_oversized_answers_are_bounded(cfg, receiver):
    sender = WebhookSender(replace(cfg, webhook_timeout=0.5, webhook_max_response_bytes=1000))
    try:
        receiver.default = (200, b"x" * 2_000_000, {})
        big = sender.send(receiver.url, "s" * 20, {"a": 1}, key="k1")
        assert big.ok and len(big.response_excerpt) <= 1000
        receiver.hold_from = 2
        slow = sender.send(receiver.url, "s" * 20, {"a": 1}, key="k2")
        assert not slow.ok and "timed out" in slow.error
    finally:
        receiver.release.set()
        sender.close()
    assert json.loads(receiver.requests[0]["body"]) == {"a": 1}
