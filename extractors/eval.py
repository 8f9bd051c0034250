"""Cross-validated quality: the rule baseline and the learned decisions on grouped held-out folds.

    python -m extractors.eval [--k 5] [--repeats N] [--seed S] [--with-url] [--strict] [--ablation]
                              [--baseline DIR] [--show-misses] [--by-part] [CASES.jsonl ...]

--baseline DIR adds a column for another version of the package (e.g. the rule extractor before
the learned decisions: `git archive af0935f extractors | tar -x -C DIR`), run as a subprocess.

Every figure is computed on test-fold predictions of models trained on the other folds only
(corpus.folds: a site's and a province's pages never on both sides), with the scorer's rules.
"""
from __future__ import annotations

import argparse
import json
import sys
from contextlib import nullcontext

from extractors import corpus
from extractors.scoring import score

FIELDS = ("docref_f1", "date", "issuer", "primary", "province", "period", "targets_f1", "indices_f1")
TARGETS = {"docref_f1": 0.98, "date": 0.97, "issuer": 0.97, "primary": 0.93, "province": 0.95,
           "period": 0.92, "targets_f1": 0.90}


def _predict_other(cases: list[dict], root: str, with_url: bool) -> dict[str, dict]:
    """Outputs of another checkout's `python -m extractors.cli_jsonl` (it trains nothing)."""
    import os
    import subprocess
    feed = "".join(json.dumps({"id": c["id"], "text": c["text"],
                               **({"url": c.get("source_url")} if with_url else {})}, ensure_ascii=False) + "\n"
                   for c in cases)
    run = subprocess.run([sys.executable, "-m", "extractors.cli_jsonl"], input=feed, capture_output=True, text=True,
                         check=True, env={**os.environ, "PYTHONPATH": root}, cwd=root)
    return {o["id"]: o for o in map(json.loads, run.stdout.splitlines())}


def _predict(cases: list[dict], models, with_url: bool = False) -> dict[str, dict]:
    from extractors.facts import extract_facts
    return {c["id"]: {"id": c["id"], **extract_facts(c["text"], url=c.get("source_url") if with_url else None,
                                                     models=models).to_dict()} for c in cases}


def cross_validate(cases: list[dict], k: int = 5, hub_min: int | None = 3, options: dict | None = None,
                   systems=("rules", "learned"), with_url: bool = False,
                   seed: int | None = None) -> dict[str, dict[str, dict]]:
    """-> {system: {case id: output}} with every output predicted by a model that never saw
    its case's group."""
    from extractors.models import RULES
    from extractors.train import SHIPPED, fit_shipped
    opts = options or SHIPPED
    out: dict[str, dict[str, dict]] = {s: {} for s in systems}
    with corpus.fresh_shares(opts.get("jt33")), corpus.training_jval() if opts.get("jt28") else nullcontext():
        splits = corpus.folds(cases, k, hub_min, seed)     # the training sides hold J1-J4 (jt28) and jt33's shares
    for tr, te in splits:
        train = [cases[i] for i in tr]
        test = [cases[i] for i in te]
        for s in systems:
            models = RULES if s == "rules" else fit_shipped(train, **opts)
            out[s].update(_predict(test, models, with_url))
    return out


def table(cases: list[dict], preds: dict[str, list[dict[str, dict]]]) -> tuple[str, dict]:
    """preds: system -> one prediction set per repetition; figures are their means."""
    figs = {}
    for s, runs in preds.items():
        runs = runs if isinstance(runs, list) else [runs]
        each = [score(cases, p)[0] for p in runs]
        figs[s] = {f: sum(e[f] for e in each) / len(each) for f in each[0]}
    names = list(preds)
    lines = ["| field | " + " | ".join(names) + " | target |", "|---" * (len(names) + 2) + "|"]
    for f in FIELDS:
        t = TARGETS.get(f)
        lines.append(f"| {f} | " + " | ".join(f"{figs[s][f]:.3f}" for s in names)
                     + f" | {'>= %.2f' % t if t else ''} |")
    return "\n".join(lines), figs


def subsets(cases: list[dict]) -> list[tuple[str, list[dict]]]:
    """(name, cases) for the parts models train on, then each test-only part (pages no rule or model
    was fitted on)."""
    out = [("trained parts", [c for c in cases if corpus.trainable(c)])]
    for part in sorted(corpus.TEST_ONLY_PARTS):
        out.append((f"test-only part {part}", [c for c in cases if c.get("part") == part]))
    return [(n, sub) for n, sub in out if sub]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cases", nargs="*", help="annotated JSON lines (default: devset + corpus parts)")
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--strict", action="store_true", help="join hub sites to their provinces too")
    ap.add_argument("--ablation", action="store_true", help="also each underthesea component on/off")
    ap.add_argument("--show-misses", action="store_true")
    ap.add_argument("--with-url", action="store_true", help="give each page its source URL, as the crawler does")
    ap.add_argument("--repeats", type=int, default=1, help="mean over this many grouped partitions")
    ap.add_argument("--seed", type=int, help="first seed of the partitions (fresh ones: never used for a choice)")
    ap.add_argument("--baseline", metavar="DIR", help="another checkout of the package, as a first column")
    ap.add_argument("--by-part", action="store_true",
                    help="also a table for the trained parts and one for each test-only part (fresh pages)")
    a = ap.parse_args(argv)
    cases = corpus.load(a.cases) if a.cases else corpus.load()
    if not cases:
        sys.exit("no annotated cases found")
    hub_min = None if a.strict else 3
    g = corpus.groups(cases, hub_min)
    print(f"{len(cases)} cases, {len(set(g))} groups, {a.k} grouped folds, "
          f"{sum(1 for c in cases if corpus.site_of(c) in corpus.hub_sites(cases))} pages on hub sites")
    seeds = [None] + list(range(1, a.repeats)) if a.seed is None else list(range(a.seed, a.seed + a.repeats))
    preds: dict[str, list] = {}
    if a.baseline:
        preds["baseline"] = [_predict_other(cases, a.baseline, a.with_url)]
    preds.update({"rules": [], "learned": []})
    for seed in seeds:
        run = cross_validate(cases, a.k, hub_min, with_url=a.with_url, seed=seed)
        preds["rules"].append(run["rules"])
        preds["learned"].append(run["learned"])
    if a.ablation:
        from extractors.train import ABLATIONS
        for name, opts in ABLATIONS.items():
            preds[name] = [cross_validate(cases, a.k, hub_min, opts, ("learned",), a.with_url, seed)["learned"]
                           for seed in seeds]
    text, _ = table(cases, preds)
    print(text)
    if a.by_part:
        for name, sub in subsets(cases):
            print(f"\n{name} ({len(sub)} cases)\n" + table(sub, preds)[0])
    if a.show_misses:
        for m in score(cases, preds["learned"][0])[1]:
            print("  MISS", *m)


if __name__ == "__main__":
    main()
