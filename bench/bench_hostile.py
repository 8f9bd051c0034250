"""Hostile page: search latency of a 10,000-document store with and without one crawled page that
repeats a query term 10,000 times (90 KB). Target: p95 with it within 2x of p95 without it.

The embedded default backend (store.factory.open_backend) is measured, through the same
store.ingest path the crawler uses. PARWATCH_BENCH_HOSTILE_DOCS sets the store's size."""
from __future__ import annotations

import os
import statistics
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from bench.gen import QUERIES, documents
from store.factory import StoreConfig, open_backend
from store.ingest import sync_index
from store.models import DocumentIn, SearchQuery
from store.sqlite import Store


def _p95(backend, rounds: int = 10) -> float:
    times = []
    for _ in range(rounds):
        for q in QUERIES:
            t = time.perf_counter()
            backend.search(SearchQuery(q=q))
            times.append(time.perf_counter() - t)
    return statistics.quantiles(times, n=20)[-1] * 1000


def rows() -> list[dict]:
    n = int(os.environ.get("PARWATCH_BENCH_HOSTILE_DOCS", "10000"))
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "hostile.sqlite")
        for d in documents(n):
            store.upsert_document(d)
        backend = open_backend(StoreConfig(store=store.path), store)
        sync_index(store, backend)
        clean = _p95(backend)
        store.upsert_document(DocumentIn(url="https://hostile.example/x", title="cải cách", text="cải cách " * 10_000,
                                         fetched_at=datetime(2025, 1, 1, tzinfo=timezone.utc)))
        sync_index(store, backend)
        hostile = _p95(backend)
    b = "hostile page"
    return [
        {"benchmark": b, "metric": f"search p95, {n:,} docs", "value": round(clean, 1), "unit": "ms", "target": None},
        {"benchmark": b, "metric": f"search p95, {n:,} docs + one 90 KB page repeating a term", "value": round(hostile, 1),
         "unit": "ms", "target": None},
        {"benchmark": b, "metric": "ratio (with / without)", "value": round(hostile / clean, 2), "unit": "x", "target": 2},
    ]


if __name__ == "__main__":
    for r in rows():
        print(f"{r['metric']:60} {r['value']:>10} {r['unit']:4} target={r['target']}")
