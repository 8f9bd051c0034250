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
`--opt jt28=goal+trees` (with `--refit all`) fits the named model groups (`train.JVAL_GROUPS`) on the
fold's J1-J4 texts too, the same grouped folds (J1-J4 are still tested in theirs); `--jt28-sweep
none,all,goal,...` scores several such variants from one fit with and one without J1-J4 per fold,
one dump per variant (DUMP's stem + "." + variant + ".json"); with `--opt jt33=J5+J6+K1+K2` the variants
compose the shipped fit (J1-J4 train) with one fitted on jt33's shares too, per model group.
"""
from __future__ import annotations

import argparse
import copy
import json
import time
from collections import Counter
from contextlib import nullcontext

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
    from extractors.train import C, SHIPPED, _feature_options, _rows, fit_one, fit_shipped, jval_groups
    train = [cases[i] for i in tr]
    if refit == "all":
        return fit_shipped(train, **opts)
    key = (seed, tuple(tr))
    if key not in _base_cache:
        _base_cache[key] = fit_shipped(train, **SHIPPED)
    m = copy.copy(_base_cache[key])
    plain = {k: v for k, v in opts.items() if k not in ("decisions", "stack", "page_kind", "trees", "deadline_trees", "block", "clause")}
    groups = jval_groups(opts.get("jt28"))
    own = [c for c in train if not corpus.jval(c)]      # the deadline models jt28 leaves out skip J1-J4
    feats, labels = _rows(train if "deadline" in groups else own, **plain)["deadline"]
    m.deadline = fit_one(feats, labels, C["deadline"])
    if opts.get("null_step"):
        from extractors.train import fit_null
        with corpus.training_jval():
            on = train if "null" in groups else own
            m.deadline_null = fit_null(on, _rows(on, **plain))
    m.options = _feature_options(plain)
    if "stat_veto" in _base_cache[key].options:    # the veto list the fold's training set chose (fp19)
        m.options["stat_veto"] = _base_cache[key].options["stat_veto"]
    if "restate" in opts:          # a rule after the decisions, not a feature option
        m.options["restate"] = opts["restate"]
    return m


def training_folds(cases, seed, fraction: float = 1.0, draw: int = 0,
                   jval: bool = False, shares: str | None = None) -> list[tuple[list[int], list[int]]]:
    """corpus.folds' (train, test) indices with each training side cut to a random `fraction` of
    its groups (the grouping the folds use), drawn by (partition, fold, draw); `jval`: the
    training sides hold the fold's J1-J4 texts too, and those of the shares option jt33 names (`shares`)."""
    groups = corpus.groups(cases, 3)
    with corpus.fresh_shares(shares), corpus.training_jval() if jval else nullcontext():
        splits = corpus.folds(cases, 5, 3, seed)
    return [(corpus.keep_groups(tr, groups, fraction, f"{seed}/{k}/{draw}"), te)
            for k, (tr, te) in enumerate(splits)]


def predict(cases, seed, opts, refit="deadline", fraction: float = 1.0, draw: int = 0,
            sizes: list | None = None) -> dict[str, dict]:
    """Each case's targets from the models of the fold that tests it; `fraction` < 1 fits them on
    part of the training groups (`corpus.keep_groups`), and `sizes` gets (training texts, gold targets)
    per fold."""
    from extractors.facts import extract_facts
    out = {}
    jval = bool(opts.get("jt28"))
    for tr, te in training_folds(cases, seed, fraction, draw, jval, opts.get("jt33")):
        if sizes is not None:
            sizes.append((len(tr), sum(len(cases[i].get("targets") or []) for i in tr)))
        m = fold_models(cases, seed, tr, opts, refit)
        for i in te:
            c = cases[i]
            f = extract_facts(c["text"], url=c.get("source_url"), models=m)
            out[c["id"]] = {"targets": [t.__dict__ for t in f.targets]}
    return out


def predict_jval(cases, seed, opts, variants: list[str]) -> dict[str, dict]:
    """jt28's ablation: each variant's (a jt28 value, "none" for no group) predictions, composed per fold
    from one fit without and one with the fold's J1-J4 texts (train.with_jval_models). With option jt33
    the two fits are the shipped one (J1-J4 train) and one with jt33's shares too (jt33's ablation)."""
    from extractors.facts import extract_facts
    from extractors.train import fit_jval, fit_shipped, jval_groups, with_jval_models
    out: dict[str, dict] = {v: {} for v in variants}
    extra = opts.get("jt33")
    for tr, te in training_folds(cases, seed, jval=True, shares=extra):
        train = [cases[i] for i in tr]
        if extra:
            with corpus.fresh_shares(None):
                own = [c for c in train if corpus.trainable(c) or corpus.jval(c)]
            base, full = fit_shipped(own, **{**opts, "jt33": None}), fit_shipped(train, **opts)
        else:
            base, full = fit_jval(train, **{**opts, "jt28": "all"})
        for v in variants:
            m = with_jval_models(base, full, [] if v == "none" else jval_groups(v))
            for i in te:
                c = cases[i]
                f = extract_facts(c["text"], url=c.get("source_url"), models=m)
                out[v][c["id"]] = {"targets": [t.__dict__ for t in f.targets]}
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
    ap.add_argument("--jt28-sweep", help="comma-separated jt28 variants (none, all, goal, goal+trees, ...), "
                    "scored from one fit with and one without J1-J4 per fold (needs --dump)")
    a = ap.parse_args(argv)
    if a.test_only is not None:
        corpus.TEST_ONLY_PARTS = frozenset(p for p in a.test_only.split(",") if p)
    cases = corpus.load()
    opts = dict(SHIPPED)
    for kv in a.opt:
        k, v = kv.split("=", 1)
        opts[k] = _opt(v)
    if a.jt28_sweep:
        return sweep_jval(cases, a.seeds.split(","), opts, a.jt28_sweep.split(","), a.dump)
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


def sweep_jval(cases, seeds: list[str], opts: dict, variants: list[str], dump: str) -> None:
    """Print and dump (one file per seed and variant) predict_jval's variants."""
    stem = dump.removesuffix(".json")
    for s in seeds:
        t0 = time.process_time()
        preds = predict_jval(cases, _seed(s), opts, variants)
        for v, p in preds.items():
            r = targets_prf(cases, p)
            print(f"seed {s} jt28={v}: P/R/F1 {r[0]:.4f} / {r[1]:.4f} / {r[2]:.4f}", flush=True)
            with open(f"{stem}.{s}.{v}.json", "w", encoding="utf-8") as fh:
                json.dump(p, fh, ensure_ascii=False)
        print(f"seed {s} cpu {time.process_time() - t0:.0f}s", flush=True)


if __name__ == "__main__":
    main()
