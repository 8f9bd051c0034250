"""Processes this test run started, found by an environment marker every child inherits, so that
a test leaving processes behind (orphans of a killed crawl, a server never stopped) fails."""
from __future__ import annotations

import os
import time
from pathlib import Path

MARK = "PARWATCH_TEST_RUN"
# long-lived helpers that session fixtures start and stop themselves
_SESSION_HELPERS = (b"java", b"chromium", b"chrome", b"playwright", b"node")


def mark_this_run() -> None:
    os.environ.setdefault(MARK, str(os.getpid()))


def _ours(pid_dir: Path, mark: bytes) -> bool:
    try:
        if (pid_dir / "stat").read_text().split(") ", 1)[1].startswith("Z"):
            return False          # a zombie waits for its parent to reap it: not running
        return mark in (pid_dir / "environ").read_bytes().split(b"\0")
    except (OSError, IndexError):
        return False


def strays(include_session_helpers: bool = False, grace: float = 3.0) -> list[str]:
    """Command lines of processes of this run still alive (other than pytest and its helpers)."""
    mark = f"{MARK}={os.environ.get(MARK, '')}".encode()
    me = os.getpid()
    deadline = time.monotonic() + grace
    while True:
        found = []
        for d in Path("/proc").iterdir():
            if not d.name.isdigit() or int(d.name) == me or not _ours(d, mark):
                continue
            try:
                cmd = (d / "cmdline").read_bytes().replace(b"\0", b" ").strip()
            except OSError:
                continue
            if not include_session_helpers and any(h in cmd for h in _SESSION_HELPERS):
                continue
            found.append(f"{d.name}: {cmd.decode(errors='replace')[:160]}")
        if not found or time.monotonic() > deadline:   # killed processes take a moment to go
            return found
        time.sleep(0.2)
