"""Crawl benchmark on the CMS-family simulators (portal_sim: Joomla, WordPress, Drupal, DotNetNuke):
a portal of PARWATCH_BENCH_FAMILY_DOCS articles (default 10,000) given to the crawler as a base URL
only; rows: recall of the document numbers the portal published (page text and attachments,
scanned PDFs included), pages fetched vs. refused by the page budget, documents/s, and the bytes
of a recrawl of the unchanged portal. PARWATCH_BENCH_FAMILY (default drupal) picks the family."""
from __future__ import annotations

import os
import tempfile
import time
import unicodedata
from pathlib import Path

from crawler.run import run_crawl
from crawler.sources import parse_sources
from parwatch.settings import Settings
from portal_sim.dnn import DotNetNuke
from portal_sim.drupal import Drupal
from portal_sim.generic import start_portal
from portal_sim.joomla import Joomla
from portal_sim.wordpress import WordPress
from store.sqlite import Store

FAMILIES = {"joomla": Joomla, "wordpress": WordPress, "drupal": Drupal, "dnn": DotNetNuke}


def recall(portal, store: Store) -> tuple[float, dict]:
    """Share of the portal's document numbers present in stored page or attachment text."""
    blob = "\n".join(unicodedata.normalize("NFC", r[0] or "") for r in store.conn.execute(
        "SELECT title || ' ' || text FROM documents UNION ALL SELECT text FROM attachments"))
    truth = portal.ground_truth()
    missing = {n: w for n, w in truth.items() if n not in blob}
    return 1 - len(missing) / len(truth), missing


def rows() -> list[dict]:
    n = int(os.environ.get("PARWATCH_BENCH_FAMILY_DOCS", "10000"))
    name = os.environ.get("PARWATCH_BENCH_FAMILY", "drupal")
    variant = int(os.environ.get("PARWATCH_BENCH_FAMILY_VARIANT", "0"))
    portal = start_portal(FAMILIES[name], variant=variant, n=n, scans=5, years=4.0)
    b = f"crawl {name}{variant}"
    try:
        with tempfile.TemporaryDirectory() as tmp:
            st = Settings(store=Path(tmp) / "bench.sqlite", download_timeout=30)
            src = parse_sources(portal.source_yaml())
            t0 = time.perf_counter()
            first = run_crawl(st, sources=src)
            wall = time.perf_counter() - t0
            r, missing = recall(portal, Store(st.store))
            t0 = time.perf_counter()
            again = run_crawl(st, sources=src)
            wall2 = time.perf_counter() - t0
        stored = first.new + first.changed
        return [
            {"benchmark": b, "metric": "articles on the portal", "value": n, "unit": "", "target": 10000},
            {"benchmark": b, "metric": "document numbers published (pages + attachments)",
             "value": len(portal.ground_truth()), "unit": "", "target": None},
            {"benchmark": b, "metric": "recall of document numbers after one crawl", "value": round(100 * r, 2),
             "unit": "%", "target": 99},
            {"benchmark": b, "metric": "documents stored / reform articles", "value": f"{stored}/{len(portal.reform_docs())}",
             "unit": "", "target": None},
            {"benchmark": b, "metric": "pages fetched", "value": first.pages, "unit": "", "target": None},
            {"benchmark": b, "metric": "links refused by the page budget", "value": first.misc.get("limit_max_pages", 0),
             "unit": "", "target": 0},
            {"benchmark": b, "metric": "documents/s (first crawl, wall)", "value": round(stored / wall, 1), "unit": "docs/s",
             "target": None},
            {"benchmark": b, "metric": "first crawl wall time", "value": round(wall, 1), "unit": "s", "target": None},
            {"benchmark": b, "metric": "recrawl bytes / first crawl bytes", "value": round(100 * again.bytes / max(1, first.bytes), 2),
             "unit": "%", "target": 10},
            {"benchmark": b, "metric": "recrawl wall time", "value": round(wall2, 1), "unit": "s", "target": None},
            {"benchmark": b, "metric": "numbers missing (first 5)", "value": "; ".join(list(missing)[:5]) or "-",
             "unit": "", "target": None},
        ]
    finally:
        portal.stop()


if __name__ == "__main__":
    for r in rows():
        print(f"{r['metric']:55} {r['value']!s:>12} {r['unit']:8} target={r['target']}")
