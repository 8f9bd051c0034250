"""Search quality on a judged query set: nDCG@10 and MRR per backend.

Corpus: the 60 real provincial texts of tests/data/devset/cases.jsonl (their hand-made facts:
number, type, date, issuer, province, indices) with the portal-style titles of
bench/judged/titles.json. Queries: bench/judged/queries.jsonl, typed the way appraisers and
reform offices search, each with graded judgments (2: should come first, 1: relevant), made from
the texts before any backend was run on them.

    .venv/bin/python -m bench.quality             # tantivy and sqlite
    PARWATCH_BENCH_ES_URL=http://127.0.0.1:9200 .venv/bin/python -m bench.quality   # and elasticsearch
"""
from __future__ import annotations

import json
import math
import tempfile
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Callable

from store.models import DocumentIn, SearchQuery
from store.sqlite import Store

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "data" / "devset" / "cases.jsonl"
JUDGED = Path(__file__).resolve().parent / "judged"
K = 10


def corpus() -> dict[str, DocumentIn]:
    titles = json.loads((JUDGED / "titles.json").read_text(encoding="utf-8"))
    out = {}
    for line in CASES.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        refs = case.get("doc_refs") or []
        primary = next((r for r in refs if r.get("number") == case.get("primary")), None)
        issued = primary.get("date") if primary else None
        out[case["id"]] = DocumentIn(
            url=case["source_url"], title=titles[case["id"]], text=case["text"],
            published_date=date.fromisoformat(issued) if issued else None,
            fetched_at=datetime(2025, 1, 1, tzinfo=timezone.utc),
            facts={"doc_refs": refs, "primary": case.get("primary"), "province": case.get("province"),
                   "indices": case.get("indices") or [], "targets": []},
        )
    return out


def queries() -> list[dict]:
    return [json.loads(x) for x in (JUDGED / "queries.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]


def dcg(gains: list[float]) -> float:
    return sum(g / math.log2(i + 2) for i, g in enumerate(gains))


def ndcg(ranked: list[str], grades: dict[str, int], k: int = K) -> float:
    gains = [2 ** grades.get(d, 0) - 1 for d in ranked[:k]]
    ideal = sorted((2 ** g - 1 for g in grades.values()), reverse=True)[:k]
    return dcg(gains) / dcg(ideal) if ideal and dcg(ideal) else 0.0


def reciprocal_rank(ranked: list[str], grades: dict[str, int]) -> float:
    return next((1.0 / (i + 1) for i, d in enumerate(ranked) if grades.get(d, 0) > 0), 0.0)


def evaluate(search: Callable[[str], list[str]]) -> dict:
    """Mean nDCG@10 and MRR of `search` (query -> ranked case ids) over the judged set."""
    per = []
    for j in queries():
        ranked = search(j["q"])
        per.append({"q": j["q"], "ndcg": ndcg(ranked, j["grades"]), "rr": reciprocal_rank(ranked, j["grades"])})
    n = len(per)
    return {"ndcg@10": sum(p["ndcg"] for p in per) / n, "mrr": sum(p["rr"] for p in per) / n,
            "queries": n, "per_query": per}


def load(store: Store, backend) -> Callable[[str], list[str]]:
    """Ingest the corpus into `store` and `backend`; returns query -> ranked case ids."""
    from store.ingest import sync_index

    by_id = {store.upsert_document(doc).id: key for key, doc in corpus().items()}
    sync_index(store, backend)
    backend.refresh()
    return lambda q: [by_id[h.id] for h in backend.search(SearchQuery(q=q, size=K)).hits]


def _tantivy(tmp: Path):
    from store.tantivy_backend import TantivyBackend

    return lambda store: TantivyBackend(tmp / "tantivy")


def _sqlite(tmp: Path):
    from store.fts import SqliteSearch

    return SqliteSearch


def _elastic(tmp: Path):
    """A running cluster named by PARWATCH_BENCH_ES_URL (skipped without it)."""
    import os
    import uuid

    from elasticsearch import Elasticsearch

    from store.elastic import ElasticBackend

    url = os.environ["PARWATCH_BENCH_ES_URL"]
    return lambda store: ElasticBackend(Elasticsearch(url, request_timeout=60), f"q{uuid.uuid4().hex[:8]}", url=url)


def _available(name: str) -> bool:
    import os

    return name != "elasticsearch" or bool(os.environ.get("PARWATCH_BENCH_ES_URL"))


BACKENDS = {"tantivy": _tantivy, "sqlite": _sqlite, "elasticsearch": _elastic}


def run(names: list[str] | None = None) -> dict[str, dict]:
    out = {}
    with tempfile.TemporaryDirectory(prefix="parwatch-quality-") as tmp:
        tmp = Path(tmp)
        for name, factory in BACKENDS.items():
            if (names and name not in names) or not _available(name):
                continue
            store = Store(tmp / f"{name}.sqlite")
            backend = factory(tmp)(store)
            out[name] = evaluate(load(store, backend))
            if name == "elasticsearch":
                backend.client.options(ignore_status=404).indices.delete(index=f"{backend.prefix}-documents-*")
            store.close()
    return out


if __name__ == "__main__":
    import sys

    for name, r in run(sys.argv[1:] or None).items():
        print(f"{name:<14} nDCG@10 {r['ndcg@10']:.3f}  MRR {r['mrr']:.3f}  ({r['queries']} queries)")
        for p in r["per_query"]:
            if "-v" in sys.argv or p["ndcg"] < 0.5:
                print(f"    {p['ndcg']:.2f} {p['rr']:.2f}  {p['q']}")
