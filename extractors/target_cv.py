"""Dev tool: targets-only cross-validation and the deadline / restatement error classes.

    python -m extractors.target_cv [--seeds none,1,2] [--opt key=value ...] [--refit all|deadline]
                                   [--errors FILE] [--train-fraction F --draw D]

The same grouped folds, fold models and scorer as `extractors.eval --with-url`; only the targets
are scored. With `--refit deadline` the fold models of the shipped options are fitted once (cached
in the process) and only the deadline ranking is refitted for a variant, which is exact for
options that touch the deadline candidates or the rules after the decisions and nothing else.
`--errors` writes every held-out deadline error and restatement of the first seed, with the gold
target, the emitted one and the text around the value, for reading and classifying.
`--train-fraction F` (learning curves, lc16): each fold's models are fitted on a random fraction F
of its training groups (whole province/site groups, `corpus.groups`), drawn by (partition, fold,
`--draw`); the test folds are untouched.
"""
from __future__ import annotations

import argparse
import copy
import json
import time
from collections import Counter

from extractors import corpus
from extractors.scoring import fold, prf, target_key


def _seed(s: str) -> int | None:
    return None if s == "none" else int(s)


def _opt(v: str):
    try:
        return json.loads(v)
    except ValueError:
        return v


_base_cache: dict = {}     # (seed, training fold) -> the shipped options' fold models, per process


def fold_models(cases, seed, tr, opts, refit: str):
    """The fold's models for `opts`: all refitted, or the shipped ones with only the deadline
    ranking refitted (and the rule options after the decisions set)."""
    from extractors.train import C, SHIPPED, _feature_options, _rows, fit, fit_one
    train = [cases[i] for i in tr]
    if refit == "all":
        return fit(train, **opts)
    key = (seed, tuple(tr))
    if key not in _base_cache:
        _base_cache[key] = fit(train, **SHIPPED)
    m = copy.copy(_base_cache[key])
    plain = {k: v for k, v in opts.items() if k not in ("decisions", "stack", "page_kind", "trees", "deadline_trees", "block", "clause")}
    feats, labels = _rows(train, **plain)["deadline"]
    m.deadline = fit_one(feats, labels, C["deadline"])
    if opts.get("null_step"):
        from extractors.train import fit_null
        m.deadline_null = fit_null(train, _rows(train, **plain))
    m.options = _feature_options(plain)
    if "stat_veto" in _base_cache[key].options:    # the veto list the fold's training set chose (fp19)
        m.options["stat_veto"] = _base_cache[key].options["stat_veto"]
    if "restate" in opts:          # a rule after the decisions, not a feature option
        m.options["restate"] = opts["restate"]
    return m


def training_folds(cases, seed, fraction: float = 1.0, draw: int = 0) -> list[tuple[list[int], list[int]]]:
    """corpus.folds' (train, test) indices with each training side cut to a random `fraction` of
    its groups (the grouping the folds use), drawn by (partition, fold, draw)."""
    groups = corpus.groups(cases, 3)
    return [(corpus.keep_groups(tr, groups, fraction, f"{seed}/{k}/{draw}"), te)
            for k, (tr, te) in enumerate(corpus.folds(cases, 5, 3, seed))]


def predict(cases, seed, opts, refit="deadline", fraction: float = 1.0, draw: int = 0,
            sizes: list | None = None) -> dict[str, dict]:
    """Each case's targets from the models of the fold that tests it; `fraction` < 1 fits them on
    part of the training groups (`corpus.keep_groups`), and `sizes` gets (training texts, gold targets)
    per fold."""
    from extractors.facts import extract_facts
    out = {}
    for tr, te in training_folds(cases, seed, fraction, draw):
        if sizes is not None:
            sizes.append((len(tr), sum(len(cases[i].get("targets") or []) for i in tr)))
        m = fold_models(cases, seed, tr, opts, refit)
        for i in te:
            c = cases[i]
            f = extract_facts(c["text"], url=c.get("source_url"), models=m)
            out[c["id"]] = {"targets": [t.__dict__ for t in f.targets]}
    return out


def targets_prf(cases, preds) -> tuple[float, float, float]:
    tp = got = gold = 0
    for c in cases:
        if "targets" not in c:
            continue
        gt = Counter(target_key(t) for t in c["targets"])
        ht = Counter(target_key(t) for t in preds[c["id"]]["targets"])
        tp += sum((gt & ht).values())
        got += sum(ht.values())
        gold += sum(gt.values())
    return prf(tp, got, gold)


def errors(cases, preds) -> list[dict]:
    """Deadline errors (a spurious and a missed target of one value and unit) and restatements
    (a spurious value the gold holds with the same year, i.e. emitted twice)."""
    out = []
    for c in cases:
        if "targets" not in c:
            continue
        gt = Counter(target_key(t) for t in c["targets"])
        emitted = preds[c["id"]]["targets"]
        ht = Counter(target_key(t) for t in emitted)
        missed, spur = gt - ht, ht - gt
        for k in list(spur.elements()):
            vu = k[:2]
            m = next((g for g in missed.elements() if g[:2] == vu), None)
            t = next(t for t in emitted if target_key(t) == k)
            row = {"id": c["id"], "emitted": list(k), "sentence": t.get("sentence", "")[:400],
                   "subject": t.get("subject")}
            if m is not None:
                missed[m] -= 1
                row.update(kind="deadline", gold=list(m))
            elif gt[k]:
                row.update(kind="restatement", gold=list(k))
            elif any(g[:2] == vu for g in gt):
                row.update(kind="restatement_other_year", gold=[g for g in gt if g[:2] == vu][0])
            else:
                continue
            out.append(row)
    return out


def main(argv=None) -> None:
    from extractors.train import SHIPPED
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", default="none,1,2")
    ap.add_argument("--opt", action="append", default=[], help="key=value added to the shipped options")
    ap.add_argument("--refit", default="deadline", choices=("all", "deadline"))
    ap.add_argument("--errors")
    ap.add_argument("--dump", help="write the first seed's predictions (JSON) here")
    ap.add_argument("--train-fraction", type=float, default=1.0,
                    help="fit each fold on this random fraction of its training groups (learning curves)")
    ap.add_argument("--draw", type=int, default=0, help="which random draw of --train-fraction")
    ap.add_argument("--test-only", help="comma-separated parts that test and never train "
                    f"(default {','.join(sorted(corpus.TEST_ONLY_PARTS))})")
    a = ap.parse_args(argv)
    if a.test_only is not None:
        corpus.TEST_ONLY_PARTS = frozenset(p for p in a.test_only.split(",") if p)
    cases = corpus.load()
    opts = dict(SHIPPED)
    for kv in a.opt:
        k, v = kv.split("=", 1)
        opts[k] = _opt(v)
    res = []
    for si, s in enumerate(a.seeds.split(",")):
        t0 = time.process_time()
        sizes: list = []
        p = predict(cases, _seed(s), opts, a.refit, a.train_fraction, a.draw, sizes)
        r = targets_prf(cases, p)
        res.append(r[2])
        errs = errors(cases, p)
        cnt = Counter(e["kind"] for e in errs)
        texts, gold = (sum(x) / len(sizes) for x in zip(*sizes))
        print(f"seed {s}: P/R/F1 {r[0]:.4f} / {r[1]:.4f} / {r[2]:.4f}  {dict(cnt)}  "
              f"train texts {texts:.1f} gold targets {gold:.1f} (mean per fold)  "
              f"cpu {time.process_time() - t0:.0f}s", flush=True)
        if a.dump and si == 0:
            with open(a.dump, "w", encoding="utf-8") as fh:
                json.dump(p, fh, ensure_ascii=False)
        if a.errors and si == 0:
            with open(a.errors, "w", encoding="utf-8") as fh:
                for e in errs:
                    fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(f"mean F1 {sum(res) / len(res):.4f}  opts {{{', '.join(a.opt)}}}  "
          f"train fraction {a.train_fraction} draw {a.draw}")


if __name__ == "__main__":
    main()
