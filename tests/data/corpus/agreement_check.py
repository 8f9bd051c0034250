"""Agreement of a blind target file (agreement-*-blind.json) with the corpus gold.

Run from the repository root: `python tests/data/corpus/agreement_check.py agreement-I-blind.json`.
Targets are compared as the scorer compares them (extractors.scoring.target_key: value, folded
unit, deadline year; a multiset per text); the interval is a percentile bootstrap over the drawn
texts (2,000 draws, seed 0). `--diff` prints every text where the two readings differ.
Model-blind: reads only the gold files and the blind file.
"""
import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parents[2]), str(HERE)]    # the package and the sibling audit script
from audit_deadlines import cases  # noqa: E402
from extractors.scoring import prf as scorer_prf, target_key  # noqa: E402


def gold_targets(ids: set[str]) -> dict[str, list[dict]]:
    """-> gold targets of the given ids, from every corpus part file."""
    return {case["id"]: case.get("targets") or [] for _, case in cases() if case["id"] in ids}


def counts(gold: Counter, blind: Counter) -> tuple[int, int, int]:
    """-> (gold, blind, agreed) for one text's two multisets of keys."""
    return sum(gold.values()), sum(blind.values()), sum((gold & blind).values())


def prf(g: int, b: int, a: int) -> tuple[float, float, float]:
    """-> (P, R, F1) of the blind reading against the gold, as the scorer computes them."""
    return scorer_prf(a, b, g)


def bootstrap_f1(rows: list[tuple[int, int, int]], draws: int = 2000, seed: int = 0) -> tuple[float, float]:
    """-> 95 % percentile interval of F1 over texts resampled with replacement."""
    rng = random.Random(seed)
    f1s = []
    for _ in range(draws):
        pick = [rows[rng.randrange(len(rows))] for _ in rows]
        f1s.append(prf(*(sum(x[i] for x in pick) for i in range(3)))[2])
    f1s.sort()
    return f1s[int(0.025 * draws)], f1s[int(0.975 * draws) - 1]


def without_year(keys: Counter) -> Counter:
    """-> the same keys with the deadline year dropped (value and unit only)."""
    return Counter(k[:2] for k in keys.elements())


def blind_keys(targets: list) -> Counter:
    """-> scorer keys of one text's blind targets ([value, unit, year] lists or target dicts)."""
    return Counter(target_key(t if isinstance(t, dict) else
                              {"value": t[0], "unit": t[1], "deadline_year": t[2]}) for t in targets)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("blind", help="file name in tests/data/corpus")
    ap.add_argument("--diff", action="store_true")
    args = ap.parse_args()
    blind = json.loads((HERE / args.blind).read_text(encoding="utf-8"))
    picks = blind.get("picks") or blind["drawn"]  # part H's file names them "drawn"
    gold = gold_targets(set(picks))
    rows, same_value_unit = [], 0
    for tid in picks:
        g = Counter(target_key(t) for t in gold[tid])
        b = blind_keys(blind["targets"][tid])
        rows.append(counts(g, b))
        same_value_unit += counts(without_year(g), without_year(b))[2]
        if args.diff and g != b:
            print(tid, "gold only:", sorted((g - b).elements(), key=str),
                  "| blind only:", sorted((b - g).elements(), key=str))
    g, b, a = (sum(x[i] for x in rows) for i in range(3))
    p, r, f = prf(g, b, a)
    lo, hi = bootstrap_f1(rows)
    with_targets = sum(1 for x in rows if x[0] or x[1])
    print(f"texts {len(rows)} (with targets in either reading: {with_targets})")
    print(f"gold / blind / agreed: {g} / {b} / {a}")
    print(f"agreed on value and unit, the deadline aside: {same_value_unit}")
    print(f"P / R / F1: {p:.3f} / {r:.3f} / {f:.3f}  (bootstrap 95 %: {lo:.3f} - {hi:.3f})")


if __name__ == "__main__":
    main()
