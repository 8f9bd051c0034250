"""Precision@1 and recall@3 of the criteria mapping on the hand-labelled pairs: the development
set (tests/data/criteria_pairs/docs.jsonl) and the held-out set (heldout.jsonl). The metrics live
in extractors/criteria/evaluate.py; the honest figures of the learned ranker (grouped-by-province
cross-validation) come from `python -m extractors.criteria.train --no-save`.
Run as a script to print the tables of the shipped mapper: `python -m tests.evidence.quality [docs|heldout]`."""
from __future__ import annotations

from pathlib import Path

from extractors.criteria import evaluate as ev
from extractors.criteria.evaluate import CATALOG_IDS, domain_of, table  # noqa: F401
from extractors.criteria.mapping import SHIPPED

PAIRS = Path(__file__).resolve().parents[1] / "data" / "criteria_pairs"
DOCS = PAIRS / "docs.jsonl"
HELDOUT = PAIRS / "heldout.jsonl"


def load_docs(path: Path | None = None) -> list[dict]:
    return ev.load_docs(path or DOCS)


def ranked(doc: dict, ranker=SHIPPED) -> list:
    return ev.ranked(doc, ranker)


def evaluate(path: Path | None = None, ranker=SHIPPED) -> dict:
    return ev.evaluate(load_docs(path), ranker)


if __name__ == "__main__":
    import sys
    which = sys.argv[1:] or ["docs", "heldout"]
    for name in which:
        r = evaluate(PAIRS / f"{name}.jsonl")
        print(f"== {name}.jsonl\n{table(r)}")
        print("\n".join(r["failures"]))
