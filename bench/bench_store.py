"""SQLite store + FTS5: ingest (upsert + index) rate and search latency on generated documents."""
from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from bench.gen import QUERIES, documents
from store.ingest import sync_index
from store.fts import SqliteSearch
from store.models import SearchQuery
from store.sqlite import Store


def rows() -> list[dict]:
    n = int(os.environ.get("PARWATCH_BENCH_SQLITE_DOCS", "20000"))
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.sqlite")
        backend = SqliteSearch(store)
        t0 = time.perf_counter()
        for doc in documents(n):
            store.upsert_document(doc)
        t_store = time.perf_counter() - t0
        t0 = time.perf_counter()
        sync_index(store, backend)
        t_index = time.perf_counter() - t0
        latencies = []
        for _ in range(5):
            for q in QUERIES:
                t = time.perf_counter()
                backend.search(SearchQuery(q=q, size=10))
                latencies.append((time.perf_counter() - t) * 1000)
        latencies.sort()
        store.close()
    p = lambda f: latencies[min(len(latencies) - 1, int(f * len(latencies)))]
    name = f"sqlite store+FTS5 ({n:,} docs of 2 KB)"
    return [
        {"benchmark": name, "metric": "store upserts", "value": n / t_store, "unit": "docs/s", "target": None},
        {"benchmark": name, "metric": "FTS5 indexing", "value": n / t_index, "unit": "docs/s", "target": None},
        {"benchmark": name, "metric": "search p50 (with facets)", "value": statistics.median(latencies), "unit": "ms", "target": None},
        {"benchmark": name, "metric": "search p95 (with facets)", "value": p(0.95), "unit": "ms", "target": None},
    ]
