"""Dev tool: the null step alone on held-out folds, with and without the null text model (nullstk15).

    python -m extractors.null_step_cv [--seed none]

For each outer fold of `extractors.eval`'s grouped partition, the deadline ranking and the null step
are fitted on the training fold (the null step as `train.fit_null`, with `text` off, on, "title") and
scored on the held-out gold goals the null step decides (a year among the candidates): the AUC of
"no single deadline" and the errors at 0.5; and the AUC of the text model's probability alone.
"""
from __future__ import annotations

import argparse

from extractors import corpus
from extractors.target_features import null_features, null_text_prob
from extractors.targets import _null_text_model
from extractors.train import C, SHIPPED, _null_texts, _rows, fit_null, fit_one

_PLAIN = {k: v for k, v in SHIPPED.items() if k not in ("decisions", "stack", "page_kind", "trees", "deadline_trees", "block", "clause")}


def held_out(cases: list[dict], seed: int | None) -> dict:
    """variant -> (labels, null step probabilities, text probabilities) over the held-out goals."""
    out = {v: ([], [], []) for v in (False, True, "title")}
    for tr, te in corpus.folds(cases, 5, 3, seed):
        train, test = [cases[i] for i in tr], [cases[i] for i in te]
        rtr, rte = _rows(train, **_PLAIN), _rows(test, **_PLAIN)
        rank = fit_one(*rtr["deadline"], C["deadline"])
        for v, (ys, ps, ts) in out.items():
            null = fit_null(train, rtr, text=v, **_PLAIN)
            tm = _null_text_model(null)
            texts = _null_texts(test, rte, title=v == "title", **_PLAIN) if v else {}
            for gi, ((_, cands), gold) in enumerate(zip(*rte["deadline_groups"])):
                if not any(y is not None for y, _ in cands):
                    continue
                pt = null_text_prob(tm, texts[gi][0][1]) if v else None
                ys.append(int(gold is None))
                ps.append(null.prob(null_features(cands, rank.prob, pt)))
                ts.append(pt)
    return out


def main(argv=None) -> None:
    from sklearn.metrics import roc_auc_score
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", default="none")
    a = ap.parse_args(argv)
    res = held_out(corpus.load(), None if a.seed == "none" else int(a.seed))
    for v, (ys, ps, ts) in res.items():
        dec = [p > 0.5 for p in ps]
        fp = sum(d and not y for y, d in zip(ys, dec))
        fn = sum(y and not d for y, d in zip(ys, dec))
        text = f"  text model alone AUC {roc_auc_score(ys, ts):.4f}" if v else ""
        print(f"text={v!s:5}  goals {len(ys)} ({sum(ys)} gold null)  null step AUC {roc_auc_score(ys, ps):.4f}  "
              f"errors {fp + fn} (null given {fp}, year given to a null {fn}){text}")


if __name__ == "__main__":
    main()
