"""Alerts: matching 10,000 subscriptions against 1,000 new documents (SQLite batch matcher), and
latency from ingest to a delivered, signed webhook on 127.0.0.1.

PARWATCH_BENCH_ALERT_SUBS / _DOCS change the sizes."""
from __future__ import annotations

import os
import random
import statistics
import tempfile
import threading
import time
import tracemalloc
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from alerts.config import alert_config
from alerts.matcher import DocInfo
from alerts.matching import enqueue, match_new_documents
from alerts.sqlite_matcher import SqliteMatcher
from alerts.models import Filters, Subscription, SubscriptionIn
from alerts.outbox import deliver_due
from alerts.subscriptions import create
from bench.gen import PROVINCES, QUERIES, TYPES, documents
from store.ingest import ingest
from store.fts import SqliteSearch
from store.sqlite import Store

WORDS = ["cải cách", "hành chính", "dịch vụ công", "trực tuyến", "chuyển đổi số", "một cửa", "SIPAS", "PAPI",
         "PCI", "PAR INDEX", "thủ tục", "số hóa", "kế hoạch", "tinh gọn", "bộ máy", "kỷ cương", "người đứng đầu",
         "hồ sơ", "liên thông", "toàn trình"]


def subscriptions(n: int, seed: int = 11) -> list[Subscription]:
    """Realistic mix: a third reuse a common query, the rest combine 1-3 words, -exclusions and
    quoted phrases; 60% have a province filter, 20% a type, 15% an index."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        if rng.random() < 0.33:
            q = rng.choice(QUERIES)
        else:
            parts = rng.sample(WORDS, rng.randint(1, 3))
            q = " ".join(f'"{p}"' if " " in p and rng.random() < 0.5 else p for p in parts)
            if rng.random() < 0.1:
                q += " -" + rng.choice(["PCI", "PAPI", "tinh"])
        f = {}
        if rng.random() < 0.6:
            f["provinces"] = rng.sample(PROVINCES, rng.randint(1, 3))
        if rng.random() < 0.2:
            f["types"] = [rng.choice(TYPES)[1]]
        if rng.random() < 0.15:
            f["indices"] = ["PAR INDEX"]
        out.append(Subscription(id=i + 1, name=f"s{i}", owner="bench", query=q, filters=Filters(**f),
                                channel="atom", on_changes=False, digest=False, active=True, created_at="",
                                updated_at=""))
    return out


def _matching(n_subs: int, n_docs: int, tmp: Path) -> list[dict]:
    store = Store(tmp / "match.sqlite")
    ids = [store.upsert_document(d).id for d in documents(n_docs, seed=21)]
    batch = [DocInfo(d, 1, "new") for d in store.iter_index_docs(ids)]
    subs = subscriptions(n_subs)
    matcher = SqliteMatcher(alert_config())
    t0 = time.perf_counter()
    matches = matcher.match(batch, subs)
    t_match = time.perf_counter() - t0
    # the same again under tracemalloc, for the peak memory of matching
    tracemalloc.start()
    matcher.match(batch, subs)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # enqueue needs the subscriptions in the store (foreign key): insert them directly
    with store.transaction() as c:
        c.executemany("INSERT INTO alert_subscriptions(id, name, owner, query, filters, channel, created_at, updated_at) "
                      "VALUES (?,?,?,?,?,?,?,?)",
                      [(s.id, s.name, "bench", s.query, s.filters.model_dump_json(), "atom", "", "") for s in subs])
    cfg = alert_config()
    t0 = time.perf_counter()
    added = enqueue(store, matches, cfg)
    t_enqueue = time.perf_counter() - t0
    store.close()
    distinct = len({s.query for s in subs})
    name = f"alerts: {n_subs:,} subscriptions x {n_docs:,} new docs (sqlite)"
    return [
        {"benchmark": name, "metric": "match (batch FTS5 index)", "value": t_match, "unit": "s", "target": "< 10 s"},
        {"benchmark": name, "metric": "match peak memory", "value": peak / 2**20, "unit": "MiB", "target": None},
        {"benchmark": name, "metric": "matches (alerts)", "value": len(matches), "unit": "", "target": None},
        {"benchmark": name, "metric": "distinct saved queries", "value": distinct, "unit": "", "target": None},
        {"benchmark": name, "metric": "enqueue into outbox", "value": t_enqueue, "unit": "s", "target": None},
        {"benchmark": name, "metric": "outbox rows added", "value": added, "unit": "", "target": None},
    ]


def _latency(tmp: Path, rounds: int = 40, background_subs: int = 1000) -> list[dict]:
    got: dict[str, float] = {}

    class H(BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_POST(self):
            self.rfile.read(int(self.headers.get("content-length") or 0))
            got[self.headers["X-Parwatch-Delivery"]] = time.perf_counter()
            self.send_response(204)
            self.end_headers()

    server = ThreadingHTTPServer(("127.0.0.1", 0), H)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    cfg = alert_config(webhook_allow_networks=("127.0.0.0/8",))
    store = Store(tmp / "latency.sqlite")
    backend = SqliteSearch(store)
    with store.transaction() as c:       # subscriptions that do not match, to make matching do some work
        c.executemany("INSERT INTO alert_subscriptions(name, owner, query, filters, channel, created_at, updated_at) "
                      "VALUES (?,?,?,?,?,?,?)",
                      [(f"bg{i}", "bench", s.query + " xyzzy", s.filters.model_dump_json(), "atom", "", "")
                       for i, s in enumerate(subscriptions(background_subs, seed=3))])
    sub = create(store, SubscriptionIn(name="hook", query="thủ tục hành chính", channel="webhook", webhook_url=url),
                 cfg, actor="bench")
    lat = []
    for i, d in enumerate(documents(rounds, seed=99)):
        d = d.model_copy(update={"url": f"https://latency.example/{i}"})
        t0 = time.perf_counter()
        outcome = ingest(store, d, backend)
        match_new_documents(store, backend, [outcome], cfg=cfg)
        deliver_due(store, cfg)
        key = f"s{sub.id}-d{outcome.id}"
        if key in got:
            lat.append((got[key] - t0) * 1000)
    server.shutdown()
    server.server_close()
    store.close()
    lat.sort()
    name = f"alerts: ingest -> signed webhook on 127.0.0.1 ({background_subs:,} other subscriptions)"
    p95 = lat[min(len(lat) - 1, int(0.95 * len(lat)))] if lat else float("nan")
    return [
        {"benchmark": name, "metric": "latency p50", "value": statistics.median(lat) if lat else float("nan"),
         "unit": "ms", "target": None},
        {"benchmark": name, "metric": "latency p95", "value": p95, "unit": "ms", "target": None},
        {"benchmark": name, "metric": "alerts delivered", "value": len(lat), "unit": f"of {rounds}", "target": None},
    ]


def rows() -> list[dict]:
    n_subs = int(os.environ.get("PARWATCH_BENCH_ALERT_SUBS", "10000"))
    n_docs = int(os.environ.get("PARWATCH_BENCH_ALERT_DOCS", "1000"))
    with tempfile.TemporaryDirectory() as tmp:
        return _matching(n_subs, n_docs, Path(tmp)) + _latency(Path(tmp))


if __name__ == "__main__":
    for r in rows():
        print(r)
