"""Dev tool: the deadline decision alone on held-out folds (a fast proxy, not the targets F1).

    python -m extractors.deadline_cv [--seeds none,1,2,3,4] [--opt key=value ...] [--two-stage] [--show SEED]
                                     [--explain FILE]

Every gold goal whose value is a candidate and whose gold year (or "none") is among its year
candidates is one example; the deadline ranking (and with --two-stage the null step,
train.fit_null) is fitted on the training folds' examples and scored on the held-out ones (the
grouped folds of `extractors.eval`). Each seed's line also splits the errors into those outside the
test-only parts (`corpus.TEST_ONLY_PARTS`: choose by these) and those in them (report only). Errors are counted as gold null given a year, a year lost
(none given) and another year. The goal decision is not run, so this costs seconds where
`extractors.target_cv` costs minutes; it measures the deadline choice only, on every gold goal
rather than on the emitted ones, and a variant it prefers must still win `target_cv`.
`--explain FILE` writes, for each error of the first seed, the stage that failed (the null step
said none, it let a year through, or the ranking picked the wrong year), the null step's
probability and every candidate with its ranking score and features; and the gold goals of that
seed whose gold year was never a candidate (stage "not a candidate").
"""
from __future__ import annotations

import argparse
import json
import time
from collections import Counter

from extractors import corpus


def examples(cases, opts, missing: list | None = None) -> list[tuple]:
    """(case position, id, year candidates, gold year, value) of each labelled gold goal
    (missing: gets the gold goals whose gold year is not among their candidates)."""
    from extractors.train import _NO, _SKIP, _target_labels, trace_of
    out = []
    for ci, c in enumerate(cases):
        if "targets" not in c:
            continue
        for v, year in _target_labels(c["targets"], trace_of(c, **opts).get("targets", [])):
            if year is _SKIP or year is _NO:
                continue
            if any(y == year for y, _ in v["years"]):
                out.append((ci, c["id"], v["years"], year, v))
            elif missing is not None:
                missing.append((ci, c["id"], v, year))
    return out


def _rows(exs) -> dict:
    return {"deadline_groups": ([(ci, cands) for ci, _, cands, _, _ in exs], [g for _, _, _, g, _ in exs])}


def chooser(cases, train, two_stage: bool, explain: bool = False):
    """The deadline decision fitted on the training examples, as targets._deadline applies it
    (explain: returns (choice, the null step's probability, each candidate's score) instead)."""
    from extractors.models import Models
    from extractors.targets import _deadline
    from extractors.train import C, fit_null, fit_one
    rows = _rows(train)
    feats = [f for _, cands, in rows["deadline_groups"][0] for _, f in cands]
    labels = [int(y == g) for (_, cands), g in zip(*rows["deadline_groups"]) for y, _ in cands]
    m = Models(deadline=fit_one(feats, labels, C["deadline"]))
    if two_stage:
        pos = sorted({ci for ci, *_ in train})
        local = {ci: i for i, ci in enumerate(pos)}
        m.deadline_null = fit_null([cases[ci] for ci in pos],
                                   {"deadline_groups": ([(local[ci], cands) for ci, cands in rows["deadline_groups"][0]],
                                                        rows["deadline_groups"][1])})
    if not explain:
        return lambda cands: _deadline(m, cands)

    def why(cands):
        from extractors.deadline_features import null_features
        scores = [m.deadline.prob(f) for _, f in cands]
        pn = None
        if m.deadline_null is not None and any(y is not None for y, _ in cands):
            pn = m.deadline_null.prob(null_features(cands, m.deadline.prob))
        return _deadline(m, cands), pn, scores
    return why


def _stage(got, gold, pnull) -> str:
    """Which step of the deadline decision failed."""
    if got is None and gold is not None:
        return "null step said none" if pnull is not None else "ranking ranked none first"
    if gold is None:
        return "null step let a year through" if pnull is not None else "ranking ranked a year first"
    return "ranking picked another year"


def _explained(cid, v, got, gold, pnull, cands, scores) -> dict:
    return {"id": cid, "value": v["value"], "unit": v["unit"], "got": got, "gold": gold,
            "stage": _stage(got, gold, pnull), "p_null": pnull,
            "candidates": sorted(({"year": y, "score": round(s, 3), "features": {k: round(x, 3) for k, x in f.items() if x}}
                                  for (y, f), s in zip(cands, scores)), key=lambda d: -d["score"])}


def run(cases, opts, seeds, two_stage=False, show=None, explain=None) -> list[int]:
    missing: list = []
    exs = examples(cases, opts, missing)
    totals = []
    for si, s in enumerate(seeds):
        seed = None if s == "none" else int(s)
        errs, bad, why, fresh = Counter(), [], [], 0
        for tr, te in corpus.folds(cases, 5, 3, seed):
            trs, tes = set(tr), set(te)
            pick = chooser(cases, [e for e in exs if e[0] in trs], two_stage, explain=bool(explain and si == 0))
            for ci, cid, cands, gold, v in (e for e in exs if e[0] in tes):
                got = pick(cands)
                if explain and si == 0:
                    got, pnull, scores = got
                if got != gold:
                    errs["gold_null" if gold is None else "lost" if got is None else "other"] += 1
                    fresh += cases[ci].get("part") in corpus.TEST_ONLY_PARTS
                    bad.append((cid, v["value"], v["unit"], got, gold))
                    if explain and si == 0:
                        why.append(_explained(cid, v, got, gold, pnull, cands, scores))
        totals.append(sum(errs.values()))
        n_fresh = sum(cases[e[0]].get("part") in corpus.TEST_ONLY_PARTS for e in exs)
        print(f"seed {s}: {len(exs)} goals, errors {totals[-1]} {dict(errs)}; without the test-only parts "
              f"{totals[-1] - fresh} of {len(exs) - n_fresh}, test-only {fresh} of {n_fresh}", flush=True)
        if show == s:
            for b in sorted(bad, key=str):
                print("   ", b)
        if explain and si == 0:
            why += [{"id": cid, "value": v["value"], "unit": v["unit"], "gold": gold, "stage": "not a candidate",
                     "candidates": [{"year": y, "features": {k: round(x, 3) for k, x in f.items() if x}}
                                    for y, f in v["years"]]} for _, cid, v, gold in missing]
            with open(explain, "w", encoding="utf-8") as fh:
                for w in sorted(why, key=lambda w: (w["stage"], w["id"])):
                    fh.write(json.dumps(w, ensure_ascii=False) + "\n")
            print("stages:", dict(Counter(w["stage"] for w in why)))
    return totals


def main(argv=None) -> None:
    from extractors.train import SHIPPED
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", default="none,1,2,3,4")
    ap.add_argument("--opt", action="append", default=[], help="key=value added to the shipped options")
    ap.add_argument("--two-stage", action="store_true", help="the null step before the ranking")
    ap.add_argument("--show", help="list the errors of this seed")
    ap.add_argument("--explain", help="write the first seed's errors with their stage, candidates and scores here")
    a = ap.parse_args(argv)
    opts = dict(SHIPPED)
    for kv in a.opt:
        k, v = kv.split("=", 1)
        try:
            opts[k] = json.loads(v)
        except ValueError:
            opts[k] = v
    t0 = time.process_time()
    res = run(corpus.load(), opts, a.seeds.split(","), a.two_stage, a.show, a.explain)
    print(f"mean errors {sum(res) / len(res):.1f}  cpu {time.process_time() - t0:.0f}s")


if __name__ == "__main__":
    main()
