"""Real Elasticsearch nodes for the tests, started through scripts/es-node.

One shared single-node cluster serves every test marked `es` in a pytest process (start-up is slow,
so it is reused); tests that need their own topology (three nodes, faults) start a Cluster of their
own on other ports. Set PARWATCH_TEST_ES_URL to use a cluster that is already running instead.
"""
from __future__ import annotations

import atexit
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ES_NODE = ROOT / "scripts" / "es-node"


class ClusterError(RuntimeError):
    pass


def _free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind(("127.0.0.1", port))
            return True
        except OSError:
            return False


def free_port_block(n: int) -> int:
    """A base port such that base..base+n-1 (HTTP) and base+100..base+100+n-1 (transport) are free."""
    for _ in range(200):
        base = random.randrange(20000, 40000)
        if all(_free(base + i) and _free(base + 100 + i) for i in range(n)):
            return base
    raise ClusterError("no free block of ports on 127.0.0.1")


def run_es_node(*args: str, timeout: float = 600) -> str:
    r = subprocess.run([sys.executable, str(ES_NODE), *args], capture_output=True, text=True, timeout=timeout)
    if r.returncode != 0:
        msg = (r.stderr.strip() or r.stdout.strip()).splitlines()
        raise ClusterError(msg[-1] if msg else f"es-node {' '.join(args)} failed ({r.returncode})")
    return r.stdout


class Cluster:
    def __init__(self, nodes: int = 1, heap: str = "512m", data: Path | None = None, name: str | None = None):
        self.nodes = nodes
        self.heap = heap
        self._tmp = None if data else tempfile.TemporaryDirectory(prefix="parwatch-es-")
        self.data = Path(data or self._tmp.name)
        self.name = name or f"parwatch-test-{os.getpid()}-{random.randrange(10**6)}"
        self.port: int | None = None
        self.started = False

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def urls(self) -> list[str]:
        return [f"http://127.0.0.1:{self.port + i}" for i in range(self.nodes)]

    def start(self, timeout: float = 240) -> "Cluster":
        self.port = free_port_block(self.nodes)
        run_es_node("start", "--nodes", str(self.nodes), "--port", str(self.port), "--data", str(self.data),
                    "--name", self.name, "--heap", self.heap, "--timeout", str(timeout))
        self.started = True
        return self

    def stop_node(self, i: int) -> None:
        run_es_node("stop", "--data", str(self.data), "--only", str(i))

    def start_node(self, i: int, timeout: float = 180) -> None:
        run_es_node("start", "--data", str(self.data), "--only", str(i), "--timeout", str(timeout))

    def stop(self) -> None:
        if self.started:
            try:
                run_es_node("stop", "--data", str(self.data))
            finally:
                self.started = False
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None


_shared: dict = {}
_lock = threading.Lock()


def shared_url() -> str:
    """URL of the one single-node cluster shared by the tests of this process (started once,
    stopped when the process ends)."""
    env = os.environ.get("PARWATCH_TEST_ES_URL")
    if env:
        return env
    with _lock:
        if "error" in _shared:
            raise ClusterError(_shared["error"])
        if "cluster" not in _shared:
            try:
                run_es_node("prepare")
                c = Cluster(nodes=1).start()
            except (ClusterError, subprocess.TimeoutExpired) as e:
                _shared["error"] = f"cannot start a test Elasticsearch node: {e}"
                raise ClusterError(_shared["error"]) from e
            _shared["cluster"] = c
            atexit.register(c.stop)
        return _shared["cluster"].url


def stop_shared() -> None:
    with _lock:
        c = _shared.pop("cluster", None)
    if c is not None:
        c.stop()
