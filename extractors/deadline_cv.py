"""Dev tool: the deadline decision alone on held-out folds (a fast proxy, not the targets F1).

    python -m extractors.deadline_cv [--seeds none,1,2,3,4] [--opt key=value ...] [--two-stage] [--show SEED]

Every gold goal whose value is a candidate and whose gold year (or "none") is among its year
candidates is one example; the deadline ranking (and with --two-stage the null step,
train.fit_null) is fitted on the training folds' examples and scored on the held-out ones (the
grouped folds of `extractors.eval`). Errors are counted as gold null given a year, a year lost
(none given) and another year. The goal decision is not run, so this costs seconds where
`extractors.target_cv` costs minutes; it measures the deadline choice only, on every gold goal
rather than on the emitted ones, and a variant it prefers must still win `target_cv`.
"""
from __future__ import annotations

import argparse
import json
import time
from collections import Counter

from extractors import corpus


def examples(cases, opts) -> list[tuple]:
    """(case position, id, year candidates, gold year, value) of each labelled gold goal."""
    from extractors.train import _NO, _SKIP, _target_labels, trace_of
    out = []
    for ci, c in enumerate(cases):
        if "targets" not in c:
            continue
        for v, year in _target_labels(c["targets"], trace_of(c, **opts).get("targets", [])):
            if year is not _SKIP and year is not _NO and any(y == year for y, _ in v["years"]):
                out.append((ci, c["id"], v["years"], year, v))
    return out


def _rows(exs) -> dict:
    return {"deadline_groups": ([(ci, cands) for ci, _, cands, _, _ in exs], [g for _, _, _, g, _ in exs])}


def chooser(cases, train, two_stage: bool):
    """The deadline decision fitted on the training examples, as targets._deadline applies it."""
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
    return lambda cands: _deadline(m, cands)


def run(cases, opts, seeds, two_stage=False, show=None) -> list[int]:
    exs = examples(cases, opts)
    totals = []
    for s in seeds:
        seed = None if s == "none" else int(s)
        errs, bad = Counter(), []
        for tr, te in corpus.folds(cases, 5, 3, seed):
            trs, tes = set(tr), set(te)
            pick = chooser(cases, [e for e in exs if e[0] in trs], two_stage)
            for ci, cid, cands, gold, v in (e for e in exs if e[0] in tes):
                got = pick(cands)
                if got != gold:
                    errs["gold_null" if gold is None else "lost" if got is None else "other"] += 1
                    bad.append((cid, v["value"], v["unit"], got, gold))
        totals.append(sum(errs.values()))
        print(f"seed {s}: {len(exs)} goals, errors {totals[-1]} {dict(errs)}", flush=True)
        if show == s:
            for b in sorted(bad):
                print("   ", b)
    return totals


def main(argv=None) -> None:
    from extractors.train import SHIPPED
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", default="none,1,2,3,4")
    ap.add_argument("--opt", action="append", default=[], help="key=value added to the shipped options")
    ap.add_argument("--two-stage", action="store_true", help="the null step before the ranking")
    ap.add_argument("--show", help="list the errors of this seed")
    a = ap.parse_args(argv)
    opts = dict(SHIPPED)
    for kv in a.opt:
        k, v = kv.split("=", 1)
        try:
            opts[k] = json.loads(v)
        except ValueError:
            opts[k] = v
    t0 = time.process_time()
    res = run(corpus.load(), opts, a.seeds.split(","), a.two_stage, a.show)
    print(f"mean errors {sum(res) / len(res):.1f}  cpu {time.process_time() - t0:.0f}s")


if __name__ == "__main__":
    main()
