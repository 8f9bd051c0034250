"""Dev tool: why each held-out gold goal was missed and what each false goal is.

    python -m extractors.goal_errors [--seed none] [--opt key=value ...] [--out FILE.jsonl]

The folds, fold models and pages of `extractors.target_cv` (one partition). Each text is run with
a trace, which records for every value its goal probability, its chosen year and what dropped it
(`targets.find_targets`: "goal", "as_of", "ratio", "dx_share", "similar", "restated"). A gold
target the page did not emit is classed by its value's candidates: none ("not a candidate"), or
the best-placed candidate's drop; one emitted with another year is a deadline error. A spurious
target whose value and unit the gold lacks is a false goal, listed with its top linear features.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter

from extractors import corpus
from extractors.scoring import fold, target_key     # the scorer's fold: "tỷ USD" is "ty usd"
from extractors.target_cv import _opt, _seed, fold_models, training_folds

_ORDER = {None: 0, "restated": 1, "similar": 2, "dx_share": 3, "ratio": 4, "as_of": 5, "goal": 6}


def _top(models, feats: dict, n: int = 5) -> list[tuple[str, float]]:
    """The linear goal model's largest contributions (weight × value) to one value's verdict."""
    w = models.goal.weights if models.goal else {}
    c = [(k, round(w.get(k, 0.0) * v, 2)) for k, v in feats.items() if w.get(k)]
    return sorted(c, key=lambda kv: -abs(kv[1]))[:n]


def _rows_of(case: dict, models) -> tuple[list[dict], list[dict]]:
    from extractors.facts import extract_facts
    tr: dict = {"_options": models.options}     # with a trace, extract_facts reads its options from it
    f = extract_facts(case["text"], url=case.get("source_url"), models=models, trace=tr)
    return tr.get("targets", []), [t.__dict__ for t in f.targets]


def _sentence(text: str, start: int, width: int = 160) -> str:
    return " ".join(text[max(0, start - width):start + 60].split())


def classify(case: dict, rows: list[dict], emitted: list[dict], models) -> list[dict]:
    gt = Counter(target_key(t) for t in case["targets"])
    ht = Counter(target_key(t) for t in emitted)
    missed, spur = gt - ht, ht - gt
    out = []
    for k in missed.elements():
        cands = [r for r in rows if (r["value"], fold(r["unit"])) == (k[0], k[1])]
        if not cands:
            out.append({"id": case["id"], "kind": "fn", "why": "not a candidate", "gold": list(k)})
            continue
        if any(target_key(e)[:2] == k[:2] for e in emitted) and any(s[:2] == k[:2] for s in spur):
            why = "deadline"
        else:
            why = min((r["drop"] for r in cands), key=lambda d: _ORDER.get(d, 9)) or "emitted"
        best = max(cands, key=lambda r: r.get("p") or 0)
        out.append({"id": case["id"], "kind": "fn", "why": why, "gold": list(k), "p": round(best.get("p") or 0, 3),
                    "year": best.get("year"), "as_of": best.get("as_of"), "top": _top(models, best["goal"]),
                    "text": _sentence(case["text"], best["start"]),
                    "drops": [r["drop"] for r in cands]})     # every candidate's (never_emitted)
    for k in spur.elements():
        if any(g[:2] == k[:2] for g in gt):
            continue                        # a deadline error or a restatement: target_cv --errors
        r = next((r for r in rows if (r["value"], fold(r["unit"])) == (k[0], k[1]) and r.get("drop") is None), None)
        out.append({"id": case["id"], "kind": "fp", "emitted": list(k), "p": round((r or {}).get("p") or 0, 3),
                    "page_has_goals": bool(case["targets"]), "top": _top(models, r["goal"]) if r else [],
                    "text": _sentence(case["text"], r["start"]) if r else ""})
    return out


def main(argv=None) -> None:
    from extractors.train import SHIPPED
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", default="none")
    ap.add_argument("--opt", action="append", default=[])
    ap.add_argument("--out", default="goal_errors.jsonl")
    a = ap.parse_args(argv)
    opts = dict(SHIPPED)
    for kv in a.opt:
        k, v = kv.split("=", 1)
        opts[k] = _opt(v)
    cases = corpus.load()
    res = []
    for tr, te in training_folds(cases, _seed(a.seed), jval=bool(opts.get("jt28")), shares=opts.get("jt33")):
        m = fold_models(cases, _seed(a.seed), tr, opts, "all")
        for i in te:
            if "targets" in cases[i]:
                res += classify(cases[i], *_rows_of(cases[i], m), m)
    with open(a.out, "w", encoding="utf-8") as fh:
        for r in res:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("missed gold goals:", dict(Counter(r["why"] for r in res if r["kind"] == "fn")))
    print("false goals (value absent from the gold):", len([r for r in res if r["kind"] == "fp"]),
          dict(Counter("page with goals" if r["page_has_goals"] else "page without goals"
                       for r in res if r["kind"] == "fp")))


if __name__ == "__main__":
    main()
