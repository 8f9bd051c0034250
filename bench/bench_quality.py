"""`make bench` rows for search quality: nDCG@10 and MRR on the judged query set (bench/quality.py)
for each backend (Elasticsearch when PARWATCH_BENCH_ES_URL names a running cluster)."""
from __future__ import annotations

from bench.quality import run


def rows() -> list[dict]:
    out = []
    for name, r in run().items():
        out.append({"benchmark": f"quality_{name}", "metric": "nDCG@10", "value": round(r["ndcg@10"], 3),
                    "unit": "", "target": f"{r['queries']} judged queries"})
        out.append({"benchmark": f"quality_{name}", "metric": "MRR", "value": round(r["mrr"], 3), "unit": "",
                    "target": ""})
    return out
