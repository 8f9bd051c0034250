"""kill -9 of the whole crawl tree under load: the store stays sound, the index catches up by
itself at the next start, /health tells the truth meanwhile, and nothing is left running."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from fastapi.testclient import TestClient

from parwatch.settings import load_settings
from portal_sim import start_simulator
from search_api.app import create_app
from store.sqlite import Store
from tests.conftest import SAMPLE_DOCS, make_doc
from tests.processes import strays

REPO = Path(__file__).resolve().parents[2]


def test_health_says_degraded_while_documents_wait_for_the_index(store):
    client = TestClient(create_app(load_settings(store=store.path)))
    assert client.get("/health").json()["status"] == "ok"
    store.upsert_document(make_doc(SAMPLE_DOCS[0]))          # committed, not yet indexed
    h = client.get("/health").json()
    assert h["status"] == "degraded" and h["ok"] is False
    assert h["store"]["documents"] == 1 and h["store"]["waiting_for_index"] == 1 and h["search"]["documents"] == 0


def test_the_store_path_is_shown_only_when_reading_is_public(store):
    public = TestClient(create_app(load_settings(store=store.path))).get("/health").json()
    private = TestClient(create_app(load_settings(store=store.path, public_read=False))).get("/health").json()
    assert public["store"]["path"] == str(store.path) and "path" not in private["store"]


def test_killing_the_crawl_tree_loses_nothing_committed_and_the_index_catches_up(tmp_path):
    sim = start_simulator(scale=3)
    store_path = tmp_path / "s.sqlite"
    try:
        sources = tmp_path / "sources"
        sources.mkdir()
        (sources / "sim.yaml").write_text(sim.source_yaml(), encoding="utf-8")
        env = {**os.environ, "PARWATCH_STORE": str(store_path)}
        p = subprocess.Popen([sys.executable, "-m", "parwatch", "crawl", "--sources-dir", str(sources)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO, env=env,
                             start_new_session=True)
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:        # under load: kill once documents are being written
            time.sleep(0.3)
            if store_path.exists() and _count(store_path) >= 8:
                break
        _kill_tree(p.pid)
        p.wait(10)
        store = Store(store_path)
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        committed = store.count_documents()
        assert committed >= 8
        client = TestClient(create_app(load_settings(store=store_path)))   # a later start: serve
        h = client.get("/health").json()
        assert h["status"] == "ok" and h["search"]["documents"] == committed, h
        found = client.get("/search", params={"q": "", "size": 1}).json()
        assert found["total"] == committed
        assert strays() == []
    finally:
        sim.stop()


def _count(path: Path) -> int:
    import sqlite3
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as c:
            return c.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def _kill_tree(session_leader: int) -> None:
    """kill -9 of every process of the crawl: the CLI, the crawl child (its own group) and workers."""
    pids = [int(d) for d in os.listdir("/proc") if d.isdigit() and _session(d) == session_leader]
    children = [int(d) for d in os.listdir("/proc") if d.isdigit() and _env_has(d, f"PARWATCH_STORE=")
                and int(d) not in pids and int(d) != os.getpid()]
    for pid in pids + children:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def _session(pid: str) -> int | None:
    try:
        return int(open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[3])
    except (OSError, IndexError, ValueError):
        return None


def _env_has(pid: str, prefix: str) -> bool:
    try:
        return any(v.startswith(prefix.encode()) for v in open(f"/proc/{pid}/environ", "rb").read().split(b"\0"))
    except OSError:
        return False
