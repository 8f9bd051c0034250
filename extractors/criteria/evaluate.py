"""Precision@1 and recall@3 of the criteria mapping on hand-labelled (document, criterion) pairs.

A labelled document is a dict with `text`, `title`, `positive` and `negative` criterion ids
(tests/data/criteria_pairs/*.jsonl). P@1: the top criterion is mapped and positive (documents with
a positive); R@3: each positive is among the top 3 with at least POSSIBLE; negatives: a labelled
negative stays below MAPPED. Beside P@1, the ranking alone: the top criterion is positive, mapped
or not (what the map-or-not cut costs is the difference).
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from extractors.criteria.catalog import catalogs
from extractors.criteria.mapping import MAPPED, POSSIBLE, SHIPPED, map_catalogs

CATALOG_IDS = ("par_index_876", "other_indices")    # the ids the labels are written in


def load_docs(path: Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).open(encoding="utf-8") if line.strip()]


def label_catalogs() -> list:
    return [c for c in catalogs() if c.id in CATALOG_IDS]


def domain_of(cid: str) -> str:
    return cid.split(".")[0]


def ranked(doc: dict, ranker=SHIPPED) -> list:
    return map_catalogs(doc["text"], doc.get("title") or "", None, catalogs=label_catalogs(), ranker=ranker)


def evaluate(docs: list[dict], ranker=SHIPPED, rankings: dict | None = None) -> dict:
    """Metrics of `ranker` on `docs`; `rankings` (doc id -> ranked mappings) overrides the
    ranking of a document (cross-validation: each document ranked by the model of its fold)."""
    p1 = defaultdict(lambda: [0, 0])      # domain -> [hits, docs]
    r3 = defaultdict(lambda: [0, 0])      # domain -> [hits, positive pairs]
    neg = [0, 0]                          # [correctly not mapped, negative pairs]
    rank1 = [0, 0]                        # [top criterion positive whatever its score, docs]
    failures = []
    for doc in docs:
        ranking = rankings[doc["id"]] if rankings is not None else ranked(doc, ranker)
        top3 = [m.criterion_id for m in ranking[:3] if m.score >= POSSIBLE]
        pos, negs = doc["positive"], doc["negative"]
        if pos:
            dom = domain_of(pos[0])
            top = ranking[0] if ranking else None
            ok = top is not None and top.score >= MAPPED and top.criterion_id in pos
            p1[dom][0] += ok
            p1[dom][1] += 1
            rank1[0] += top is not None and top.criterion_id in pos
            rank1[1] += 1
            if not ok:
                failures.append(f"{doc['id']}: top-1 {top.criterion_id if top else None} "
                                f"({top.score if top else 0}) not in {pos}")
            for c in pos:
                hit = c in top3
                r3[domain_of(c)][0] += hit
                r3[domain_of(c)][1] += 1
                if not hit:
                    failures.append(f"{doc['id']}: {c} not in top-3 {top3}")
        scores = {m.criterion_id: m.score for m in ranking}
        for c in negs:
            ok = scores.get(c, 0.0) < MAPPED
            neg[0] += ok
            neg[1] += 1
            if not ok:
                failures.append(f"{doc['id']}: negative {c} mapped ({scores.get(c)})")

    def total(d):
        h = sum(v[0] for v in d.values())
        n = sum(v[1] for v in d.values())
        return h / n if n else 0.0
    return {
        "precision_at_1": {k: v[0] / v[1] for k, v in sorted(p1.items())},
        "recall_at_3": {k: v[0] / v[1] for k, v in sorted(r3.items())},
        "support_p1": {k: v[1] for k, v in sorted(p1.items())},
        "support_r3": {k: v[1] for k, v in sorted(r3.items())},
        "precision_at_1_all": total(p1), "recall_at_3_all": total(r3),
        "ranking_at_1_all": rank1[0] / rank1[1] if rank1[1] else 0.0,
        "negatives_not_mapped": neg[0] / neg[1] if neg[1] else 1.0, "negative_pairs": neg[1],
        "positive_pairs": sum(v[1] for v in r3.values()), "failures": failures,
    }


def table(r: dict) -> str:
    rows = [f"{'domain':8} {'P@1':>6} {'n':>3} {'R@3':>6} {'n':>3}"]
    for d in sorted(set(r["precision_at_1"]) | set(r["recall_at_3"]), key=str):
        rows.append(f"{d:8} {r['precision_at_1'].get(d, float('nan')):6.2f} {r['support_p1'].get(d, 0):3} "
                    f"{r['recall_at_3'].get(d, float('nan')):6.2f} {r['support_r3'].get(d, 0):3}")
    rows.append(f"all      {r['precision_at_1_all']:6.2f}     {r['recall_at_3_all']:6.2f}   "
                f"negatives not mapped {r['negatives_not_mapped']:.2f} of {r['negative_pairs']}; "
                f"positive pairs {r['positive_pairs']}; top right, cut ignored {r['ranking_at_1_all']:.2f}")
    return "\n".join(rows)
