"""pair15 development driver (removed before the session's last commit): the trainer's own fit /
grouped_cv / evaluate on cached pair features, as rank13's driver (git show 0f691a9:bench/criteria_rank13_drv.py);
only ranker.features and evaluate.ranked are served from the cache (monkeypatched).

    OBJ=pointwise|pairwise|softmax|hard10|blend python bench/criteria_pair15_drv.py NAME [cv] [held] [lopo]
    POSONLY=1: the order model fitted on the pages with a positive only
    FLAGS=in: the order model keeps the four best-of-page flags
    OUT=folder of the cache and results (/tmp/pair15)
"""
import copy
import json
import os
import pickle
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from extractors.criteria import evaluate as ev, learned as L, mapping as M, ranker as R, train as T  # noqa: E402

OUT = Path(os.environ.get("OUT", "/tmp/pair15"))
OUT.mkdir(exist_ok=True)
CACHE = OUT / "cache.pkl"
sets = T.load(T.PAIRS)
every = [d for n in sets for d in sets[n]]
cats = ev.label_catalogs()
lex = R.lexicon(cats)
if CACHE.exists():
    views, maps, base, veto = pickle.loads(CACHE.read_bytes())
else:
    views, maps, base = {}, {}, {}
    for d in every:
        v = M.prepare(d["text"], d.get("title") or "")
        ms = M.one_subject([M.score(v, t) for c in cats for t in c.mapping_targets()])
        views[d["id"]], maps[d["id"]] = v, ms
        base[d["id"]] = R.features(v, ms, lex)
    veto = T.vetoed(every)
    CACHE.write_bytes(pickle.dumps((views, maps, base, veto)))
CUR = [None]


def cached_features(doc, mappings, lx, learned=None):
    out = [dict(b) for b in base[CUR[0]]]
    if learned is not None:
        R.add_learned(out, learned.scores(L.page_grams(doc)), [m.criterion_id for m in mappings], lx)
    return out


R.features = cached_features


def ranked(doc, model):
    CUR[0] = doc["id"]
    return M.rerank(views[doc["id"]], copy.deepcopy(maps[doc["id"]]), cats, model)


ev.ranked = ranked
ex = {d["id"]: [(m.criterion_id, dict(f), int(m.criterion_id in set(d["positive"])))
                for m, f in zip(maps[d["id"]], base[d["id"]])] for d in every}


def summary(r):
    return {k: round(r[k], 4) for k in ("precision_at_1_all", "recall_at_3_all", "negatives_not_mapped",
                                        "ranking_at_1_all")}


def lopo():
    from sklearn.model_selection import LeaveOneGroupOut
    groups = [T.province_of(d) for d in every]
    rankings, tops = {}, {}
    for tr, te in LeaveOneGroupOut().split(every, groups=groups):
        model = T.fit([every[i] for i in tr], ex, veto)
        for i in te:
            r = ev.ranked(every[i], model)
            rankings[every[i]["id"]] = r
            tops[every[i]["id"]] = [(m.criterion_id, m.score) for m in r[:3]]
    return ev.evaluate(every, rankings=rankings), tops


if __name__ == "__main__":
    name, what = sys.argv[1], sys.argv[2:] or ["lopo"]
    from threadpoolctl import threadpool_limits
    import sklearn.linear_model  # noqa: F401
    T.ORDER_OBJECTIVE = os.environ.get("OBJ", T.ORDER_OBJECTIVE)
    if os.environ.get("POSONLY"):            # ablation: the order model sees only pages with a positive
        _fit_order = T._fit_order
        T._fit_order = lambda pages, *a: _fit_order([rows for rows in pages if any(y for _, _, y in rows)], *a)
    if os.environ.get("FLAGS") == "in":      # the order model keeps the best-of-page flags
        T.ORDER_WITHOUT = ("__nothing__",)
    res = {"name": name, "objective": T.ORDER_OBJECTIVE}
    t0 = time.process_time()
    with threadpool_limits(1):
        if "cv" in what:
            cv = T.grouped_cv(every, ex, veto)
            res["cv"] = summary(cv)
            res["cv_counts"] = [cv["precision_at_1_all"] * 336, cv["negatives_not_mapped"] * cv["negative_pairs"]]
            print("cv", res["cv"], flush=True)
        if "held" in what:
            h = ev.evaluate(sets["heldout"], T.fit(sets["docs"], ex, veto))
            res["held"] = summary(h)
            print("held", res["held"], flush=True)
        if "lopo" in what:
            lo, tops = lopo()
            res["lopo"] = summary(lo)
            res["lopo_p1_dom"] = {k: round(v, 3) for k, v in lo["precision_at_1"].items()}
            res["lopo_r3_dom"] = {k: round(v, 3) for k, v in lo["recall_at_3"].items()}
            res["lopo_fail"], res["tops"] = lo["failures"], tops
            print("lopo", res["lopo"], flush=True)
    res["cpu"] = round(time.process_time() - t0, 1)
    print("cpu", res["cpu"], os.getloadavg())
    (OUT / f"res_{name}.json").write_text(json.dumps(res, indent=1, ensure_ascii=False))
