"""HTTP hardening: bodies bounded before they are read, slow bodies timed out, rate limits with
Retry-After, webhook tests that cannot starve searches, one error shape, settings checked at start."""
from __future__ import annotations

import concurrent.futures
import socket
import threading
import time

import httpx
import pytest
from fastapi.testclient import TestClient

from parwatch.settings import SettingsError, load_settings
from search_api.app import create_app
from store.auth_records import create_key
from tests.security.conftest import serving


def _app(store, **settings):
    return create_app(load_settings(store=store.path, **settings))


def test_an_oversized_body_is_refused_before_auth_and_before_reading(store):
    client = TestClient(_app(store, max_body_bytes=64 * 1024))
    r = client.post("/alerts/subscriptions", content=b"x" * (1024 * 1024),
                    headers={"content-type": "application/json"})
    assert r.status_code == 413 and "bytes" in r.json()["detail"]


def test_a_chunked_body_growing_past_the_limit_is_refused(store):
    client = TestClient(_app(store, max_body_bytes=64 * 1024))

    def chunks():
        for _ in range(64):
            yield b"x" * 4096
    r = client.post("/alerts/subscriptions", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_a_body_that_never_arrives_is_timed_out(store):
    with serving(_app(store, body_timeout=0.5)) as base:
        host, port = base.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=10) as s:
            s.sendall(b"POST /alerts/subscriptions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      b"Content-Length: 1000\r\n\r\n{\"name\":")
            answer = s.recv(4096)
    assert answer.startswith(b"HTTP/1.1 408")


def test_searches_over_the_rate_get_429_with_retry_after(store):
    client = TestClient(_app(store, rate_search_per_minute=5))
    codes = [client.get("/search", params={"q": "cải cách"}).status_code for _ in range(7)]
    assert codes[:5] == [200] * 5 and codes[5:] == [429, 429]
    r = client.get("/search", params={"q": "x"})
    assert int(r.headers["retry-after"]) >= 1


def test_repeated_wrong_keys_from_one_address_get_429(store):
    client = TestClient(_app(store, rate_auth_failures_per_minute=3, rate_search_per_minute=0))
    codes = [client.get("/alerts/subscriptions", headers={"X-API-Key": f"pw_wrong{i}"}).status_code
             for i in range(5)]
    assert codes[:3] == [401, 401, 401] and codes[3:] == [429, 429]
    assert client.get("/search", params={"q": "x"}).status_code == 200   # public reading goes on


def test_slow_webhook_tests_do_not_starve_searches(store):
    release = threading.Event()

    class Slow(httpx.MockTransport):
        pass

    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class H(BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_POST(self):
            self.rfile.read(int(self.headers.get("content-length") or 0))
            release.wait(20)
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()
    slow = ThreadingHTTPServer(("127.0.0.1", 0), H)
    slow.daemon_threads = True
    threading.Thread(target=slow.serve_forever, daemon=True).start()
    key = create_key(store, "ed", "editor")
    app = _app(store, alerts_webhook_allow_networks="127.0.0.0/8", alerts_webhook_timeout=20,
               rate_search_per_minute=0)
    try:
        with serving(app) as base, httpx.Client(base_url=base, timeout=30) as c:
            sub = c.post("/alerts/subscriptions", headers={"X-API-Key": key}, json={
                "name": "slow", "channel": "webhook",
                "webhook_url": f"http://127.0.0.1:{slow.server_address[1]}/hook"}).json()
            with concurrent.futures.ThreadPoolExecutor(45) as pool:
                tests = [pool.submit(httpx.post, f"{base}/alerts/subscriptions/{sub['id']}/test",
                                     headers={"X-API-Key": key}, timeout=30) for _ in range(45)]
                time.sleep(1.0)
                t0 = time.monotonic()
                assert c.get("/search", params={"q": "cải cách"}).status_code == 200
                waited = time.monotonic() - t0
                release.set()
                codes = [f.result().status_code for f in tests]
            # without its own pool a search waits for the slow receiver (20 s); a loaded machine adds seconds
            assert waited < 8.0, f"a search waited {waited:.1f} s behind slow webhook tests"
            assert set(codes) <= {200, 429} and 429 in codes
    finally:
        release.set()
        slow.shutdown()
        slow.server_close()


@pytest.mark.parametrize("env, words", [
    ({"PARWATCH_ALERTS_WEBHOOK_ALLOW_NETWORKS": "not-a-cidr"}, ["alerts_webhook_allow_networks", "not-a-cidr"]),
    ({"PARWATCH_ALERTS_PUBLIC_BASE_URL": "ftp:/x"}, ["alerts_public_base_url"]),
])
def test_bad_settings_stop_the_start_with_one_line(monkeypatch, env, words):
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    with pytest.raises(SettingsError) as e:
        load_settings()
    assert all(w in str(e.value) for w in words) and "\n" not in str(e.value)


@pytest.mark.parametrize("content", ["- a\n- b\n", "just a string\n", "42\n"])
def test_a_config_file_that_is_not_a_table_is_one_line(tmp_path, monkeypatch, content):
    f = tmp_path / "parwatch.yaml"
    f.write_text(content)
    monkeypatch.setenv("PARWATCH_CONFIG", str(f))
    with pytest.raises(SettingsError) as e:
        load_settings()
    assert "parwatch.yaml" in str(e.value) and "\n" not in str(e.value)


def test_a_subscription_name_with_a_line_break_is_refused(store):
    key = create_key(store, "ed", "editor")
    client = TestClient(_app(store))
    r = client.post("/alerts/subscriptions", headers={"X-API-Key": key},
                    json={"name": "x\r\nBcc: victim@example.org", "channel": "atom"})
    assert r.status_code == 422 and "line breaks" in r.json()["error"]


@pytest.mark.parametrize("params", [{"from": "0"}, {"to": "20240101"}, {"from": "2024-05-01", "to": "2024-01-01"}])
def test_bad_date_filters_are_a_422_not_1970(filled, params):
    store, _, _ = filled
    r = TestClient(_app(store)).get("/search", params={"q": "kế hoạch", **params})
    assert r.status_code == 422 and r.json()["error"]


def test_cli_names_the_flags_of_a_bad_date_range(filled):
    from typer.testing import CliRunner

    from parwatch.cli import app
    store, _, _ = filled
    r = CliRunner().invoke(app, ["search", "kế hoạch", "--from", "2024-05-01", "--to", "2024-01-01",
                                 "--store", str(store.path)])
    assert r.exit_code == 2 and "--from" in r.output and "--to" in r.output
    r = CliRunner().invoke(app, ["search", "kế hoạch", "--from", "0", "--store", str(store.path)])
    assert r.exit_code == 2 and "--from" in r.output and "YYYY-MM-DD" in r.output


def test_private_servers_do_not_list_the_store_on_the_alerts_page(filled):
    store, _, _ = filled
    key = create_key(store, "office", "reader")
    client = TestClient(_app(store, public_read=False))
    assert client.get("/canh-bao").status_code == 401
    assert "Tiền Giang" not in client.get("/canh-bao").text
    assert client.get("/canh-bao", headers={"X-API-Key": key}).status_code == 200
