"""Fixtures of the scale-out tests: Debian's redis-server on a free loopback port (no persistence),
killed at teardown, and helpers to start `parwatch worker ...` processes."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.redis_server import free_port, start_redis_server  # noqa: F401 (free_port: used by the tests)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def redis_url():
    try:
        proc, url = start_redis_server()
    except RuntimeError as e:
        pytest.fail(str(e), pytrace=False)
    try:
        yield url
    finally:
        proc.kill()
        proc.wait()


class Workers:
    """`parwatch worker ...` processes of one test, each in its own process group; all killed at the end."""

    def __init__(self, tmp: Path):
        self.tmp = tmp
        self.procs: list[subprocess.Popen] = []

    def start(self, *args: str, env: dict | None = None) -> subprocess.Popen:
        e = dict(os.environ, **(env or {}))
        e["PYTHONPATH"] = str(ROOT) + (os.pathsep + e["PYTHONPATH"] if e.get("PYTHONPATH") else "")
        log = open(self.tmp / f"worker-{len(self.procs)}.log", "wb")
        p = subprocess.Popen([sys.executable, "-m", "parwatch", "worker", *args], stdout=log, stderr=log,
                             env=e, cwd=ROOT, start_new_session=True)
        self.procs.append(p)
        return p

    def log(self, i: int) -> str:
        return (self.tmp / f"worker-{i}.log").read_text(errors="replace")

    def stop(self) -> None:
        for p in self.procs:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            p.wait()


@pytest.fixture
def workers(tmp_path):
    w = Workers(tmp_path)
    yield w
    w.stop()
