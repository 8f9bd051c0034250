"""`parwatch worker ...`: help, and one-line errors for an unreachable Redis and a bad job name."""
from __future__ import annotations

import subprocess
import sys

from tests.distributed.conftest import ROOT, free_port


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "parwatch", "worker", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_worker_commands_have_help():
    for cmd in (["--help"], ["crawl", "--help"], ["process", "--help"], ["write", "--help"]):
        r = run(*cmd)
        assert r.returncode == 0 and "Usage" in r.stdout, (cmd, r.stderr)


def test_unreachable_redis_is_one_line():
    r = run("process", "--redis", f"redis://127.0.0.1:{free_port()}/0", "--job", "x")
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].split()[1] == "--redis:" and "redis-server" in lines[0], r.stderr


def test_bad_job_name_is_one_line(redis_url, tmp_path):
    r = run("write", "--redis", redis_url, "--job", "no spaces/please", "--store", str(tmp_path / "s.sqlite"))
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "job name" in lines[0], r.stderr
