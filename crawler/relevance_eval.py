"""Precision and recall of crawler.relevance on the labelled set of real pages
(tests/data/relevance: reform texts of tests/data/devset/cases.jsonl vs real off-topic pages).

    python -m crawler.relevance_eval [--threshold 0.25]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from crawler.relevance import REFORM_THRESHOLD, relevance, worth_keeping

ROOT = Path(__file__).resolve().parent.parent / "tests" / "data"


def labelled() -> list[tuple[str, bool]]:
    pos = [json.loads(l)["text"] for l in (ROOT / "devset" / "cases.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    neg = [json.loads(l)["text"] for l in (ROOT / "relevance" / "offtopic.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    return [(t, True) for t in pos] + [(t, False) for t in neg]


def evaluate(threshold: float = REFORM_THRESHOLD) -> dict:
    rows = labelled()
    tp = fp = fn = kept_pos = kept_neg = 0
    for text, is_reform in rows:
        said = relevance("", text)[0] >= threshold
        tp += said and is_reform
        fp += said and not is_reform
        fn += (not said) and is_reform
        if worth_keeping("", text):
            kept_pos += is_reform
            kept_neg += not is_reform
    npos = sum(1 for _, y in rows if y)
    return {"threshold": threshold, "positives": npos, "negatives": len(rows) - npos, "tp": tp, "fp": fp, "fn": fn,
            "precision": round(tp / (tp + fp), 3) if tp + fp else 0.0, "recall": round(tp / npos, 3),
            "kept_positives": kept_pos, "kept_negatives": kept_neg}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m crawler.relevance_eval")
    ap.add_argument("--threshold", type=float, default=REFORM_THRESHOLD)
    print(json.dumps(evaluate(ap.parse_args(argv).threshold), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
