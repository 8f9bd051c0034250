"""Real receivers on 127.0.0.1 for the alert tests: an HTTP webhook receiver and an SMTP server."""
from __future__ import annotations

import json
import socket
import threading
import time
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from alerts.config import alert_config

CRITERIA_YAML = """
schema: parwatch.criteria/1
id: test_par
index: PAR INDEX
name: "Bộ tiêu chí thử"
version: {decision: "thử"}
applies: {from_year: 2020}
domains:
  - id: "1"
    name: "Công tác chỉ đạo, điều hành cải cách hành chính"
    criteria:
      - id: "1.1"
        name: "Kế hoạch cải cách hành chính năm"
        evidence: {title_phrases: ["Ban Chỉ đạo cải cách hành chính", "chỉ đạo, điều hành"]}
        sub_criteria:
          - id: "1.1.1"
            name: "Ban hành kế hoạch CCHC năm đúng thời hạn"
            evidence: {title_phrases: ["Kế hoạch cải cách hành chính năm", "Kế hoạch CCHC năm"]}
"""
SIPAS_YAML = """
schema: parwatch.criteria/1
id: test_sipas
index: SIPAS
name: "Chỉ số hài lòng (thử)"
version: {decision: "thử"}
applies: {from_year: 2020}
domains:
  - id: "S"
    name: "Sự hài lòng"
    criteria:
      - id: SIPAS
        name: "Chỉ số hài lòng"
        evidence: {title_phrases: ["SIPAS", "Chỉ số hài lòng"]}
"""


@dataclass
class Receiver:
    """Records every POST; `script` decides the answers: a list of (status, body, headers) used in
    order, then `default`. `hold` makes requests wait until released (to kill a sender mid-call)."""
    url: str = ""
    requests: list[dict] = field(default_factory=list)
    script: list[tuple] = field(default_factory=list)
    default: tuple = (200, b'{"ok":true}', {})
    hold_from: int | None = None          # requests number >= this wait on `release`
    release: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def bodies(self) -> list[dict]:
        return [json.loads(r["body"]) for r in self.requests]

    def wait_for(self, n: int, timeout: float = 10) -> None:
        end = time.monotonic() + timeout
        while len(self.requests) < n and time.monotonic() < end:
            time.sleep(0.02)
        assert len(self.requests) >= n, f"receiver got {len(self.requests)} requests, expected {n}"


def _handler(rec: Receiver):
    class H(BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("content-length") or 0))
            with rec.lock:
                rec.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
                n = len(rec.requests)
                status, payload, headers = rec.script.pop(0) if rec.script else rec.default
            if rec.hold_from is not None and n >= rec.hold_from:
                rec.release.wait(30)
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
    return H


@pytest.fixture
def receiver():
    rec = Receiver()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(rec))
    server.daemon_threads = True
    rec.url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    yield rec
    rec.release.set()
    server.shutdown()
    server.server_close()


class _Mailbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append({"to": list(envelope.rcpt_tos),
                              "msg": message_from_bytes(envelope.original_content or envelope.content,
                                                        policy=policy.default)})
        return "250 OK"


@pytest.fixture
def smtp():
    from aiosmtpd.controller import Controller

    box = _Mailbox()
    with socket.socket() as s:          # a free port: the controller's readiness check needs a real one
        s.bind(("127.0.0.1", 0))
        box.port = s.getsockname()[1]
    ctl = Controller(box, hostname="127.0.0.1", port=box.port)
    ctl.start()
    yield box
    ctl.stop()


@pytest.fixture
def criteria_dir(tmp_path) -> Path:
    d = tmp_path / "criteria"
    d.mkdir()
    (d / "catalog.yaml").write_text(CRITERIA_YAML, encoding="utf-8")
    (d / "sipas.yaml").write_text(SIPAS_YAML, encoding="utf-8")
    return d


@pytest.fixture
def cfg(smtp, criteria_dir):
    return alert_config(None, webhook_allow_networks=("127.0.0.0/8",), smtp_host="127.0.0.1", smtp_port=smtp.port,
                        smtp_starttls=False, retry_base_seconds=0.01, retry_max_seconds=0.05,
                        webhook_timeout=3.0, criteria_dir=criteria_dir, public_base_url="http://127.0.0.1:8000")
