"""Search benchmarks on generated 2 KB Vietnamese documents, side by side in one run: Tantivy (the
embedded default), the FTS5 backend, a plain FTS5 table (the baseline), Elasticsearch (one local
node started by scripts/es-node) at the largest size; indexing throughput and search latency over
a mix of broad, medium and selective queries, every one computing all five facets.

    .venv/bin/python bench/bench_search.py                          # 10,000 and 100,000 documents
    PARWATCH_BENCH_SIZES=5000 PARWATCH_BENCH_ES=0 .venv/bin/python bench/bench_search.py
    PARWATCH_BENCH_1M=1 ...                                         # adds Tantivy at 1,000,000
    PARWATCH_BENCH_ES_ONLY=1 PARWATCH_BENCH_SIZES=100000 ...        # Elasticsearch rows alone

rows() returns [{benchmark, metric, value, unit, target}, ...]. Set PARWATCH_BENCH_ES_URL to use
a running cluster instead of starting a node (PARWATCH_BENCH_HEAP: heap of that node, default 1g).
"""
from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store.fts import SqliteSearch  # noqa: E402
from store.models import DocumentIn, SearchQuery  # noqa: E402
from store.reindex import reindex  # noqa: E402
from store.sqlite import Store  # noqa: E402

PROVINCES = ["Tiền Giang", "Đồng Tháp", "Bến Tre", "An Giang", "Vĩnh Long", "Hậu Giang", "Cần Thơ", "Long An",
             "Kiên Giang", "Cà Mau", "Bạc Liêu", "Sóc Trăng", "Trà Vinh", "Hà Nội", "Đà Nẵng", "Quảng Ninh",
             "Thừa Thiên Huế", "Nghệ An", "Lâm Đồng", "Đắk Lắk"]
TYPES = [("KH", "Kế hoạch"), ("QĐ", "Quyết định"), ("BC", "Báo cáo"), ("NQ", "Nghị quyết"), ("TB", "Thông báo"),
         ("CTr", "Chương trình"), ("HD", "Hướng dẫn"), ("ĐA", "Đề án")]
INDICES = ["PAR INDEX", "SIPAS", "PAPI", "PCI", "DTI"]
SENTENCES = [
    "Đẩy mạnh cải cách hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp",
    "100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình",
    "tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%, không để xảy ra tình trạng hồ sơ tồn đọng",
    "thực hiện cơ chế một cửa, một cửa liên thông tại Trung tâm Phục vụ hành chính công",
    "rà soát, đơn giản hóa thủ tục hành chính và cắt giảm điều kiện kinh doanh",
    "xây dựng chính quyền điện tử hướng tới chính quyền số, chuyển đổi số toàn diện",
    "nâng cao Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng (SIPAS) của tỉnh",
    "cải thiện Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) và Chỉ số hiệu quả quản trị (PAPI)",
    "kiện toàn tổ chức bộ máy, tinh giản biên chế gắn với cơ cấu lại đội ngũ công chức",
    "đào tạo, bồi dưỡng cán bộ, công chức, viên chức về kỹ năng số và đạo đức công vụ",
    "tăng cường kỷ luật, kỷ cương hành chính, thanh tra công vụ và kiểm tra đột xuất",
    "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo quy định của Chính phủ",
    "triển khai thanh toán trực tuyến phí, lệ phí trên Cổng Dịch vụ công quốc gia",
    "đánh giá mức độ hài lòng của tổ chức, cá nhân đối với sự phục vụ của cơ quan nhà nước",
    "các sở, ban, ngành, Ủy ban nhân dân cấp huyện chịu trách nhiệm tổ chức thực hiện",
    "kinh phí thực hiện từ nguồn ngân sách nhà nước và các nguồn hợp pháp khác",
]
TYPE_INDEX = {abbr: i for i, (abbr, _) in enumerate(TYPES)}
PROVINCE_INDEX = {p: i for i, p in enumerate(PROVINCES)}
QUERIES = [
    {"q": "cải cách hành chính"},
    {"q": "cai cach hanh chinh"},
    {"q": '"dịch vụ công trực tuyến"'},
    {"q": "chuyển đổi số", "province": "Tiền Giang"},
    {"q": "PAR INDEX", "index": "par index", "sort": "date"},
    {"q": "tinh gian bien che -ngân sách"},
    {"q": "hồ sơ tồn đọng", "date_from": date(2020, 1, 1), "date_to": date(2022, 12, 31)},
    {"q": "thanh toán trực tuyến", "type": "Kế hoạch", "page": 3},
    {"q": "252/KH-UBND"},
    {"q": "", "province": "Đồng Tháp"},
]


def _unique_number(rnd: random.Random, abbr: str, province: str, year: int, used: set[int] | None) -> int:
    """A number not yet given to (type, province, year): the store keeps one record per
    (number, issuer, year) and folds a second document under the same identity with near-identical
    text into it as a sighting, which the generated texts (16 sentences) always are."""
    top = 400
    while True:
        n = rnd.randrange(1, top)
        k = ((n * 16 + TYPE_INDEX[abbr]) * 64 + PROVINCE_INDEX[province]) * 10_000 + year
        if used is None or k not in used:
            if used is not None:
                used.add(k)
            return n
        top += 400


def make_doc(i: int, rnd: random.Random, used: set[int] | None = None) -> DocumentIn:
    """Document i; pass the same `used` set for every document of one corpus so that no two share an
    identity (number, issuer, year)."""
    p = rnd.choice(PROVINCES)
    abbr, typ = rnd.choice(TYPES)
    issued = date(2016, 1, 1) + timedelta(days=rnd.randrange(3300))
    number = f"{_unique_number(rnd, abbr, p, issued.year, used)}/{abbr}-UBND"
    parts = [f"ỦY BAN NHÂN DÂN TỈNH {p.upper()}", f"Số: {number}",
             f"{p}, ngày {issued.day} tháng {issued.month} năm {issued.year}", f"{typ.upper()} về cải cách hành chính"]
    size = 0
    while size < 2048:
        s = rnd.choice(SENTENCES) + f" trên địa bàn tỉnh {p}."
        parts.append(s[0].upper() + s[1:])
        size += len(s.encode())
    return DocumentIn(
        url=f"https://bench.example.vn/{i}", title=f"{typ} số {number} của tỉnh {p} về cải cách hành chính năm {issued.year}",
        text="\n".join(parts), fetched_at=datetime(2024, 1, 1, tzinfo=timezone.utc),
        facts={"doc_refs": [{"number": number, "type": typ, "date": issued.isoformat(), "issuer": f"UBND tỉnh {p}"}],
               "primary": number, "province": p, "indices": rnd.sample(INDICES, rnd.randrange(0, 3))},
    )


def _percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    k = (len(values) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def _latencies(backend, rounds: int, budget_s: float, cpu: list[float] | None = None,
               warm: list | None = None) -> list[float]:
    """Latencies (ms) of QUERIES, `rounds` times after a warm-up, within about budget_s seconds;
    the CPU time of this process per query (ms, every thread: time.process_time) goes to `cpu`,
    one entry per warm-up query to `warm`."""
    out = []
    cpu = [] if cpu is None else cpu
    start = time.perf_counter()
    for _ in range(3):                      # warm-up (the JVM compiles the hot paths)
        for q in QUERIES:
            backend.search(SearchQuery(**q))
        if warm is not None:
            warm.extend(QUERIES)
        if time.perf_counter() - start > budget_s / 4:
            break
    start = time.perf_counter()
    for _ in range(rounds):
        if out and time.perf_counter() - start > budget_s:
            break
        for q in QUERIES:
            t, c = time.perf_counter(), time.process_time()
            backend.search(SearchQuery(**q))
            out.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - c) * 1000)
    return out


def _start_node(tmp: Path) -> tuple[str, callable]:
    from tests.es_cluster import free_port_block

    port = free_port_block(1)
    es_node = [sys.executable, str(ROOT / "scripts" / "es-node")]
    subprocess.run([*es_node, "start", "--nodes", "1", "--port", str(port), "--data", str(tmp / "es"),
                    "--name", "parwatch-bench", "--heap", os.environ.get("PARWATCH_BENCH_HEAP", "1g")],
                   check=True, capture_output=True, text=True)
    return f"http://127.0.0.1:{port}", lambda: subprocess.run([*es_node, "stop", "--data", str(tmp / "es")],
                                                             capture_output=True)


def _plain_fts5(store: Store, tmp: Path):
    """The baseline of issue 14: one plain FTS5 table of folded title and text (no exact columns,
    no facets, no filters), answering a count and the top 10 by bm25. Returns a search function."""
    import sqlite3

    from extractors.normalize import fold
    from store.query import parse_query

    conn = sqlite3.connect(tmp / "plain.sqlite", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize='unicode61 remove_diacritics 2')")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO t(rowid, title, body) VALUES (?,?,?)",
                     ((d.id, fold(d.title), fold(d.text)) for d in store.iter_index_docs()))
    conn.execute("COMMIT")

    def search(q: SearchQuery) -> None:
        pq = parse_query(q.q)
        if pq.empty:
            conn.execute("SELECT rowid FROM t ORDER BY rowid DESC LIMIT 10").fetchall()
            return
        expr = " AND ".join('"' + " ".join(fold(w) for w in u) + '"' for u in pq.units())
        conn.execute("SELECT count(*) FROM t WHERE t MATCH ?", (expr,)).fetchone()
        conn.execute("SELECT rowid FROM t WHERE t MATCH ? ORDER BY rank LIMIT 10", (expr,)).fetchall()

    return search


class _Fn:
    """A bare search function dressed as a backend for _latencies."""

    def __init__(self, fn):
        self.search = fn


def _search_rows(row, label: str, backend, n: int, rounds: int, budget: float, target_p95: str = "",
                 target_p50: str = "", cpu_rows: bool = True, warm: list | None = None) -> list[float]:
    """p50/p95 wall latency; for a backend running in this process also its CPU time per query,
    which other processes on the machine do not stretch; the load average while measuring."""
    cpu: list[float] = []
    lat = _latencies(backend, rounds, budget, cpu, warm)
    row(label, "p50", statistics.median(lat), "ms", f"{n} docs" + (f"; {target_p50}" if target_p50 else ""))
    row(label, "p95", _percentile(lat, 0.95), "ms", target_p95)
    if cpu_rows:
        row(label, "cpu p50", statistics.median(cpu), "ms", "CPU time per query")
        row(label, "cpu p95", _percentile(cpu, 0.95), "ms")
    row(label, "samples", len(lat), "queries")
    row(label, "load", os.getloadavg()[0], "1-min", "load average after")
    return lat


def _tantivy_rows(row, docs, n: int, tmp: Path, rounds: int, budget: float, targets: bool) -> float:
    from store.tantivy_backend import TantivyBackend

    backend = TantivyBackend(tmp / f"tantivy-{n}")
    t, c = time.perf_counter(), time.process_time()
    indexed, _ = backend.build(docs, expected=n)     # phrase pairs when n >= PAIRS_MIN_DOCS (auto)
    assert indexed == n, f"indexed {indexed} of {n}"
    pairs = backend.has_pairs()
    # the target is for an index without phrase pairs (at 10k and 100k): pairs cost ~2x the CPU
    row(f"tantivy_index_{_label(n)}", "throughput", n / (time.perf_counter() - t), "docs/s",
        ("(with phrase pairs)" if pairs else ">= 10000") if targets else "")
    row(f"tantivy_index_{_label(n)}", "phrase pairs", float(pairs), "1 = yes",
        "setting auto: built with >= 500000 docs")
    row(f"tantivy_index_{_label(n)}", "cpu", (time.process_time() - c) / n * 1e6, "us/doc",
        "CPU time, every thread" + ("; includes generating the documents" if not isinstance(docs, list) else ""))
    row(f"tantivy_index_{_label(n)}", "load", os.getloadavg()[0], "1-min", "load average after")
    lat = _search_rows(row, f"tantivy_search_{_label(n)}", backend, n, rounds, budget,
                       ("<= 100" if n >= 1_000_000 else "<= 20") if targets else "", "<= 5" if targets and n < 10**6 else "")
    size = sum(f.stat().st_size for f in (tmp / f"tantivy-{n}").rglob("*") if f.is_file())
    row(f"tantivy_index_{_label(n)}", "disk", size / 2**20, "MiB")
    return statistics.median(lat)


def _label(n: int) -> str:
    return f"{n // 1_000_000}m" if n >= 1_000_000 and n % 1_000_000 == 0 else f"{n // 1000}k"


def _generated_index_docs(n: int):
    """IndexDocs straight from the generator (the 1M row skips the records store)."""
    from store.models import IndexDoc

    rnd, used = random.Random(20240601), set()
    for i in range(n):
        facts = (d := make_doc(i, rnd, used)).facts.to_dict()
        ref = facts["doc_refs"][0]
        yield IndexDoc(id=i + 1, url=d.url, title=d.title, text=d.text, doc_number=facts["primary"],
                       doc_type=ref["type"], issuer=ref["issuer"], province=facts["province"],
                       indices=facts["indices"], date=date.fromisoformat(ref["date"]))


def rows() -> list[dict]:
    """Side by side at each size of PARWATCH_BENCH_SIZES (default 10000,100000): tantivy, the
    current FTS5 backend, a plain FTS5 table; Elasticsearch at the largest size unless
    PARWATCH_BENCH_ES=0; tantivy at 1,000,000 when PARWATCH_BENCH_1M=1."""
    sizes = [int(x) for x in os.environ.get("PARWATCH_BENCH_SIZES",
                                            os.environ.get("PARWATCH_BENCH_DOCS", "10000,100000")).split(",") if x]
    rounds = int(os.environ.get("PARWATCH_BENCH_ROUNDS", "30"))
    budget = float(os.environ.get("PARWATCH_BENCH_SEARCH_SECONDS", "120"))
    out: list[dict] = []

    def row(benchmark, metric, value, unit, target=""):
        out.append({"benchmark": benchmark, "metric": metric, "value": round(value, 2), "unit": unit, "target": target})

    with tempfile.TemporaryDirectory(prefix="parwatch-bench-") as tmp:
        tmp = Path(tmp)
        for n in sizes:
            sub = tmp / str(n)
            sub.mkdir()
            store = _fill_store(row, sub, n)
            docs = list(store.iter_index_docs())
            if os.environ.get("PARWATCH_BENCH_ES_ONLY") != "1":
                _embedded_rows(row, store, docs, n, sub, rounds, budget)
            if n == max(sizes) and os.environ.get("PARWATCH_BENCH_ES", "1") != "0":
                _es_rows(row, store, docs, n, tmp, rounds, budget)
            store.close()
            del docs
        if os.environ.get("PARWATCH_BENCH_1M") == "1":
            _tantivy_rows(row, _generated_index_docs(1_000_000), 1_000_000, tmp, rounds, budget, targets=True)
    return out


def _embedded_rows(row, store: Store, docs, n: int, sub: Path, rounds: int, budget: float) -> None:
    tantivy_p50 = _tantivy_rows(row, docs, n, sub, rounds, budget, targets=True)
    sqlite = SqliteSearch(store)
    t = time.perf_counter()
    reindex(store, sqlite)
    row(f"fts5_index_{_label(n)}", "throughput", n / (time.perf_counter() - t), "docs/s")
    _search_rows(row, f"fts5_search_{_label(n)}", sqlite, n, rounds, budget)
    plain = _Fn(_plain_fts5(store, sub))
    plain_p50 = statistics.median(_search_rows(row, f"fts5_plain_search_{_label(n)}", plain, n, rounds, budget))
    row(f"tantivy_vs_plain_{_label(n)}", "p50 ratio", plain_p50 / tantivy_p50, "x", ">= 10")


def _fill_store(row, tmp: Path, n: int) -> Store:
    rnd, used = random.Random(20240601), set()
    store = Store(tmp / "bench.sqlite")
    t = time.perf_counter()
    for i in range(n):                  # records (upsert queues; the index rows are built below)
        store.upsert_document(make_doc(i, rnd, used))
    row(f"store_upsert_{_label(n)}", "throughput", n / (time.perf_counter() - t), "docs/s")
    stored = store.count_documents()
    assert stored == n, f"the store kept {stored} of {n} generated documents (identities collide?)"
    store.mark_indexed(store.document_ids())
    return store


def _node_cpu_s(client) -> float:
    """CPU seconds the cluster's node processes have used (node stats, millisecond resolution;
    the node refreshes them once a second, hence the wait)."""
    time.sleep(1.1)
    stats = client.nodes.stats(metric="process")["nodes"].values()
    return sum(v["process"]["cpu"]["total_in_millis"] for v in stats) / 1000


WARM_DOCS = 5000


def _es_rows(row, store: Store, docs, n: int, tmp: Path, rounds: int, budget: float) -> None:
    from elasticsearch import Elasticsearch

    from store.elastic import ElasticBackend

    url = os.environ.get("PARWATCH_BENCH_ES_URL")
    stop = None
    if not url:
        url, stop = _start_node(tmp)
    try:
        backend = ElasticBackend(Elasticsearch(url, request_timeout=120), "bench", url=url, chunk_size=1000)
        backend.client.options(ignore_status=404).indices.delete(index="bench-documents-*")
        # a fresh JVM compiles its hot paths during the first thousands of documents: a throwaway
        # index takes that, so the row measures the steady state of a running cluster
        warm = backend.new_index_name()
        backend.create_index(warm, building=True)
        backend.bulk_index(docs[:WARM_DOCS], index=warm)
        backend.client.indices.delete(index=warm)
        new = backend.new_index_name()
        backend.create_index(new, building=True)
        t, c, node = time.perf_counter(), time.process_time(), _node_cpu_s(backend.client)
        indexed = backend.bulk_index(docs, index=new)
        backend.finish_index(new)
        elapsed = time.perf_counter() - t - 1.1        # less _node_cpu_s's wait
        client_cpu = (time.process_time() - c) / n * 1e6
        node_cpu = (_node_cpu_s(backend.client) - node) / n * 1e6
        assert indexed == n, f"indexed {indexed} of {n}"
        row(f"es_bulk_index_{_label(n)}", "throughput", n / elapsed, "docs/s", ">= 5000 (wall, on the shared machine)")
        row(f"es_bulk_index_{_label(n)}", "node cpu", node_cpu, "us/doc", "CPU time of the node(s)")
        row(f"es_bulk_index_{_label(n)}", "client cpu", client_cpu, "us/doc")
        row(f"es_bulk_index_{_label(n)}", "cpu bound", 2e6 / (node_cpu + client_cpu), "docs/s",
            "2 cores / (node + client CPU per doc): an idle 2-core machine")
        row(f"es_bulk_index_{_label(n)}", "load", os.getloadavg()[0], "1-min", "load average after")
        backend.swap_alias(new)
        backend.client.options(request_timeout=900).indices.forcemerge(index=new, max_num_segments=1)
        _es_search_rows(row, backend, f"es_search_{_label(n)}", n, rounds, budget)
        # the same queries with the shard request cache off: every count and facet pass computed
        backend.client.indices.put_settings(index=new, settings={"index.requests.cache.enable": False})
        backend.client.indices.clear_cache(index=new, request=True)
        _es_search_rows(row, backend, f"es_search_{_label(n)}_nocache", n, rounds, budget)
        backend.client.options(ignore_status=404).indices.delete(index="bench-documents-*")
    finally:
        if stop:
            stop()


def _es_search_rows(row, backend, label: str, n: int, rounds: int, budget: float) -> None:
    node, warm = _node_cpu_s(backend.client), []
    lat = _search_rows(row, label, backend, n, rounds, budget, "<= 50", cpu_rows=False, warm=warm)
    row(label, "node cpu", (_node_cpu_s(backend.client) - node) * 1000 / (len(lat) + len(warm)), "ms",
        "mean CPU time of the node per query")


if __name__ == "__main__":
    for r in rows():
        print(f"{r['benchmark']:<24} {r['metric']:<11} {r['value']:>12} {r['unit']:<7} {r['target']}")
