"""Document identity: what MinHash (near-duplicate texts) adds to a store upsert, and how long a
near-duplicate lookup and a WARC export of one document take."""
from __future__ import annotations

import io
import os
import statistics
import tempfile
import time
from pathlib import Path

from bench.gen import documents
from store.captures import keep_bytes, write_warc
from store.identity import _minhash, near_duplicates
from store.models import SnapshotIn
from store.sqlite import Store


def rows() -> list[dict]:
    n = int(os.environ.get("PARWATCH_BENCH_IDENTITY_DOCS", "2000"))
    docs = list(documents(n))
    t0 = time.perf_counter()
    for d in docs[:500]:
        _minhash(d.title + "\n" + d.text)
    per_minhash = (time.perf_counter() - t0) / min(500, n) * 1000
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.sqlite")
        root = Path(tmp) / "snapshots"
        body = ("<html><body>" + docs[0].text + "</body></html>").encode()
        sha, rel = keep_bytes(root, body)
        t0 = time.perf_counter()
        for i, d in enumerate(docs):
            snap = SnapshotIn(url=d.url, kind="article", sha256=sha, size=len(body), path=rel,
                              headers={"Content-Type": ["text/html"]}, fetched_at=d.fetched_at.isoformat())
            store.upsert_document(d.model_copy(update={"snapshots": [snap]}))
        per_upsert = (time.perf_counter() - t0) / n * 1000
        lat = []
        for doc_id in range(1, min(n, 300) + 1):
            t = time.perf_counter()
            near_duplicates(store.conn, doc_id)
            lat.append((time.perf_counter() - t) * 1000)
        t = time.perf_counter()
        write_warc(io.BytesIO(), store, root, [1], description="bench")
        warc_ms = (time.perf_counter() - t) * 1000
        store.close()
    name = f"identity ({n:,} generated docs of 2 KB)"
    return [
        {"benchmark": name, "metric": "MinHash of one document", "value": per_minhash, "unit": "ms", "target": None},
        {"benchmark": name, "metric": "upsert incl. MinHash + snapshot record", "value": per_upsert, "unit": "ms/doc",
         "target": None},
        {"benchmark": name, "metric": "near-duplicate lookup p50", "value": statistics.median(lat), "unit": "ms",
         "target": None},
        {"benchmark": name, "metric": "WARC of one document", "value": warc_ms, "unit": "ms", "target": None},
    ]
