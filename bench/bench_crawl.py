"""Crawl benchmark: the real spider against the portal simulator, with full extraction and storage.

Rows: documents/s and pages/s of a first crawl (target >= 60 docs/s, issue 17), the same crawl's
documents per CPU-second of the crawl process (the figure that load from other work disturbs
least), `scrapy bench` pages/s measured right after it and the ratio of the two (bench/scrapy_ref.py),
peak RSS and CPU per process kind of the crawl's process tree (crawler/resources.py; the tree's
sum of peaks has target <= 400 MB), bytes of a recrawl of the unchanged simulator as a share of
the first (target <= 10 %), OCR seconds per scanned page, and where the time goes (wall stages of
the run - process start, reactor, final index sync - then seconds per stage summed over the
worker processes and threads doing it). The load average at the start is a row too.
The simulator stands in for remote servers: it makes its attachments before the clock starts
(Sim.warm) and its CPU during the crawl (it runs in this process's threads, on the same cores) is a
row of its own, with the TCP connections and the most requests at once per portal its servers saw.
PARWATCH_BENCH_CRAWL_SCALE (default 10: about 450 articles) sets the simulator's size."""
from __future__ import annotations

import os
import resource
import tempfile
import time
from pathlib import Path

from bench.scrapy_ref import pages_per_second
from crawler.run import run_crawl
from crawler.sources import parse_sources
from portal_sim import start_simulator
from parwatch.settings import Settings


def rows() -> list[dict]:
    scale = int(os.environ.get("PARWATCH_BENCH_CRAWL_SCALE", "10"))
    sim = start_simulator(scale=scale).warm()
    out: list[dict] = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            st = Settings(store=Path(tmp) / "bench.sqlite", download_timeout=30)
            src = parse_sources(sim.source_yaml())
            load = os.getloadavg()[0]
            c0, t0 = _cpu_here(), time.perf_counter()
            first = run_crawl(st, sources=src)
            wall, sim_cpu = time.perf_counter() - t0, _cpu_here() - c0
            n_req, conns = len(sim.log), sum(sim.stats.connections.values())
            peak = max(sim.stats.peak.values(), default=0)
            stored = first.new + first.changed
            ref = pages_per_second(10.0)     # right after the crawl: the same machine state
            t0 = time.perf_counter()
            again = run_crawl(st, sources=src)
            wall2 = time.perf_counter() - t0
        b = "crawl"
        out += [
            {"benchmark": b, "metric": f"articles in simulator (scale {scale})", "value": len(sim.articles), "unit": "", "target": None},
            {"benchmark": b, "metric": "documents stored", "value": stored, "unit": "", "target": len(sim.reform_articles())},
            {"benchmark": b, "metric": "documents/s (first crawl, wall incl. process start)", "value": round(stored / wall, 1),
             "unit": "docs/s", "target": 60},
            {"benchmark": b, "metric": "pages/s (first crawl)", "value": round((first.pages + first.files) / wall, 1),
             "unit": "pages/s", "target": None},
            {"benchmark": b, "metric": "first crawl wall time", "value": round(wall, 2), "unit": "s", "target": None},
            {"benchmark": b, "metric": "load average (1 min) at the start", "value": round(load, 1), "unit": "", "target": None},
            {"benchmark": b, "metric": "CPU: simulator (remote servers, in the bench process)", "value": round(sim_cpu, 2),
             "unit": "s", "target": None},
            {"benchmark": b, "metric": "requests to the simulator (first crawl)", "value": n_req, "unit": "", "target": None},
            {"benchmark": b, "metric": "TCP connections to the simulator (first crawl)", "value": conns, "unit": "",
             "target": None},
            {"benchmark": b, "metric": "most requests at once on one portal (server side)", "value": peak, "unit": "",
             "target": st.concurrent_per_domain},
            {"benchmark": b, "metric": "scrapy bench pages/s (same run, Scrapy defaults, 10 s)", "value": ref["pages_per_s"],
             "unit": "pages/s", "target": None},
            {"benchmark": b, "metric": "crawl pages/s / scrapy bench pages/s",
             "value": round((first.pages + first.files) / wall / ref["pages_per_s"], 2) if ref["pages_per_s"] else None,
             "unit": "", "target": None},
            {"benchmark": b, "metric": "recrawl bytes / first crawl bytes", "value": round(100 * again.bytes / max(1, first.bytes), 2),
             "unit": "%", "target": 10},
            {"benchmark": b, "metric": "recrawl wall time (unchanged portal)", "value": round(wall2, 2), "unit": "s", "target": None},
            {"benchmark": b, "metric": "recrawl documents re-extracted", "value": again.new + again.changed, "unit": "", "target": 0},
        ]
        main = first.resources.get("crawl process") or {}
        if main.get("cpu_s"):
            out.append({"benchmark": b, "metric": "documents per CPU-second of the crawl process", "unit": "docs/s",
                        "value": round(stored / main["cpu_s"], 1), "target": None})
        for kind, r in first.resources.items():
            peak = r["peak_rss_mb_sum"] if r["peak_rss_mb_sum"] is not None else r["peak_rss_mb_max"]
            n = f"{r['processes']} process{'es' if r['processes'] != 1 else ''}" if r["processes"] else "largest"
            out.append({"benchmark": b, "metric": f"peak RSS: {kind} ({n})", "value": peak, "unit": "MB",
                        "target": 400 if kind.startswith("whole tree") else None})
            out.append({"benchmark": b, "metric": f"CPU: {kind}", "value": r["cpu_s"], "unit": "s", "target": None})
        if first.ocr_pages:
            out.append({"benchmark": b, "metric": "OCR seconds per scanned page (300 dpi, tesseract vie)",
                        "value": round(first.ocr_seconds / first.ocr_pages, 2), "unit": "s/page", "target": None})
        # where the time goes: wall stages of the run, then seconds per stage summed over the
        # processes/threads doing it (they overlap each other and the downloads)
        for stage, secs in sorted(first.timing.items(), key=lambda kv: ("(wall)" not in kv[0], -kv[1])):
            out.append({"benchmark": b, "metric": f"where the time goes: {stage}", "value": round(secs, 2), "unit": "s",
                        "target": None})
        for what, n in sorted(first.misc.items()):
            if what.startswith("attachment text reused"):
                out.append({"benchmark": b, "metric": what, "value": n, "unit": "", "target": None})
    finally:
        sim.stop()
    return out


def _cpu_here() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)     # the simulator's threads; the crawl is a child
    return r.ru_utime + r.ru_stime


if __name__ == "__main__":
    for r in rows():
        print(f"{r['metric']:60} {r['value']:>10} {r['unit']:8} target={r['target']}")
