"""A crawl whose child dies (kill -9) ends within seconds, says so with a non-zero code, counts
what was stored, and leaves no worker process behind."""
from __future__ import annotations

import os
import signal
import time

from crawler.run import run_crawl
from crawler.sources import parse_sources
from parwatch.settings import Settings
from portal_sim import start_simulator
from store.sqlite import Store


def test_a_killed_crawl_child_is_noticed_and_its_workers_ended(tmp_path):
    sim = start_simulator(scale=3)
    try:
        st = Settings(store=tmp_path / "s.sqlite", download_timeout=5)
        child = {}
        stored = []

        def progress(ev):
            if ev.get("event") == "start":
                child["pid"] = ev["pid"]
            if ev.get("event") == "document":
                stored.append(ev["url"])
                if len(stored) == 10:
                    os.kill(child["pid"], signal.SIGKILL)
        t0 = time.monotonic()
        s = run_crawl(st, sources=parse_sources(sim.source_yaml()), ocr=False, on_progress=progress, timeout=120)
        took = time.monotonic() - t0
        assert s.exit_code != 0 and s.errors.get("crawler_failed") == 1
        assert "signal 9" in s.error_samples[0]["message"]
        assert s.new == len(stored) >= 10
        assert Store(st.store).count_documents() >= len(stored)
        assert took < 60
        deadline = time.monotonic() + 5          # SIGKILL is delivered, then processes go
        while (group := [p for p in os.listdir("/proc") if p.isdigit() and _pgid(p) == child["pid"]]) \
                and time.monotonic() < deadline:
            time.sleep(0.1)
        assert group == [], f"processes of the killed crawl still running: {group}"
    finally:
        sim.stop()


def _pgid(pid: str) -> int | None:
    try:
        stat = open(f"/proc/{pid}/stat").read()
        fields = stat.rsplit(")", 1)[1].split()
        return None if fields[0] == "Z" else int(fields[2])
    except (OSError, IndexError, ValueError):
        return None
