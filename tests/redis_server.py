"""Debian's redis-server on a free loopback port, without persistence: for the scale-out tests and
bench_scaleout (a realistic local stand-in, as tests/es_cluster.py is for Elasticsearch)."""
from __future__ import annotations

import shutil
import socket
import subprocess
import time


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_redis_server() -> tuple[subprocess.Popen, str]:
    """(process, redis:// URL) of a running server; RuntimeError with the fix when it cannot start."""
    import redis

    exe = shutil.which("redis-server")
    if not exe:
        raise RuntimeError("redis-server is not installed: run scripts/setup-system (Debian package redis-server)")
    for _ in range(3):      # the port might be taken between choosing and binding it
        port = free_port()
        proc = subprocess.Popen([exe, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                                 "--daemonize", "no"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"redis://127.0.0.1:{port}/0"
        for _ in range(200):
            try:
                redis.Redis.from_url(url).ping()
                return proc, url
            except redis.ConnectionError:
                if proc.poll() is not None:
                    break
                time.sleep(0.05)
        proc.kill()
        proc.wait()
    raise RuntimeError("redis-server did not start on a free loopback port")
