"""Crawl benchmark: the real spider against the portal simulator, with full extraction and storage.

Rows: documents/s and pages/s of a first crawl (target >= 50 docs/s), bytes of a recrawl of the
unchanged simulator as a share of the first (target <= 10 %), OCR seconds per scanned page, and
where the time goes (wall stages of the run - process start, reactor, final index sync - then
seconds per stage summed over the worker processes and threads doing it).
PARWATCH_BENCH_CRAWL_SCALE (default 10: about 450 articles) sets the simulator's size."""
from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from crawler.run import run_crawl
from crawler.sources import parse_sources
from portal_sim import start_simulator
from parwatch.settings import Settings


def rows() -> list[dict]:
    scale = int(os.environ.get("PARWATCH_BENCH_CRAWL_SCALE", "10"))
    sim = start_simulator(scale=scale)
    out: list[dict] = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            st = Settings(store=Path(tmp) / "bench.sqlite", download_timeout=30)
            src = parse_sources(sim.source_yaml())
            t0 = time.perf_counter()
            first = run_crawl(st, sources=src)
            wall = time.perf_counter() - t0
            stored = first.new + first.changed
            t0 = time.perf_counter()
            again = run_crawl(st, sources=src)
            wall2 = time.perf_counter() - t0
        b = "crawl"
        out += [
            {"benchmark": b, "metric": f"articles in simulator (scale {scale})", "value": len(sim.articles), "unit": "", "target": None},
            {"benchmark": b, "metric": "documents stored", "value": stored, "unit": "", "target": len(sim.reform_articles())},
            {"benchmark": b, "metric": "documents/s (first crawl, wall incl. process start)", "value": round(stored / wall, 1),
             "unit": "docs/s", "target": 50},
            {"benchmark": b, "metric": "pages/s (first crawl)", "value": round((first.pages + first.files) / wall, 1),
             "unit": "pages/s", "target": None},
            {"benchmark": b, "metric": "first crawl wall time", "value": round(wall, 2), "unit": "s", "target": None},
            {"benchmark": b, "metric": "recrawl bytes / first crawl bytes", "value": round(100 * again.bytes / max(1, first.bytes), 2),
             "unit": "%", "target": 10},
            {"benchmark": b, "metric": "recrawl wall time (unchanged portal)", "value": round(wall2, 2), "unit": "s", "target": None},
            {"benchmark": b, "metric": "recrawl documents re-extracted", "value": again.new + again.changed, "unit": "", "target": 0},
        ]
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


if __name__ == "__main__":
    for r in rows():
        print(f"{r['metric']:60} {r['value']:>10} {r['unit']:8} target={r['target']}")
