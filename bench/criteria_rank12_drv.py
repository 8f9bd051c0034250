"""rank12 driver: the trainer's own fit / evaluate on cached pair features (per page: DocView,
rule mappings after one_subject, base ranker features). mapping.rerank runs unchanged; only
ranker.features is served from the cache (+ the learned lexicon's features, as features() adds).

    python drv.py NAME [lopo] [cv] [held]   (env EXTRA=comma list of extra feature groups)
"""
import copy, json, os, pickle, sys, time
from pathlib import Path
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from extractors.criteria import train as T, evaluate as ev, mapping as M, ranker as R
from extractors.criteria import learned as L

CACHE = Path("/tmp/rank12/cache.pkl")
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

T.TREES_SHARE = float(os.environ.get("TREES", "0"))
L.BODY_WORDS = int(os.environ.get("BODY", "0"))
R.CROSS = bool(os.environ.get("CROSS"))
EXTRA = [e for e in os.environ.get("EXTRA", "").split(",") if e]
_extra_cache = {}


def extras(did):
    if did not in _extra_cache:
        fs = [dict() for _ in maps[did]]
        for e in EXTRA:
            for f, x in zip(fs, getattr(R, "extra_" + e)(views[did], maps[did], lex)):
                f.update(x)
        _extra_cache[did] = fs
    return _extra_cache[did]


CUR = [None]


def cached_features(doc, mappings, lx, learned=None):
    did = CUR[0]
    out = [dict(b, **x) for b, x in zip(base[did], extras(did))]
    if learned is not None:
        R.add_learned(out, learned.scores(L.page_grams(doc)), [m.criterion_id for m in mappings], lx)
    return out


R.features = cached_features


def ranked(doc, model):
    CUR[0] = doc["id"]
    ms = copy.deepcopy(maps[doc["id"]])
    return M.rerank(views[doc["id"]], ms, cats, model)


ev.ranked = ranked
ex = {d["id"]: [(m.criterion_id, f, int(m.criterion_id in set(d["positive"])))
                for m, f in zip(maps[d["id"]], [dict(b, **x) for b, x in zip(base[d["id"]], extras(d["id"]))])]
      for d in every}


def summary(r):
    return {k: round(r[k], 4) for k in ("precision_at_1_all", "recall_at_3_all", "negatives_not_mapped", "ranking_at_1_all")}


if __name__ == "__main__":
    name = sys.argv[1]
    what = sys.argv[2:] or ["lopo"]
    from threadpoolctl import threadpool_limits
    import sklearn.linear_model  # noqa
    res = {"name": name, "extra": EXTRA}
    t0 = time.process_time()
    with threadpool_limits(1):
        if "lopo" in what:
            lo = T.leave_one_province_out(every, ex, veto)
            res["lopo"] = summary(lo)
            res["lopo_p1_dom"] = {k: round(v, 3) for k, v in lo["precision_at_1"].items()}
            res["lopo_fail"] = lo["failures"]
            # per page: top right?
            print("lopo", res["lopo"], flush=True)
        if "cv" in what:
            cv = T.grouped_cv(every, ex, veto)
            res["cv"] = summary(cv)
            print("cv", res["cv"], flush=True)
        if "held" in what:
            h = ev.evaluate(sets["heldout"], T.fit(sets["docs"], ex, veto))
            res["held"] = summary(h)
            print("held", res["held"], flush=True)
    res["cpu"] = round(time.process_time() - t0, 1)
    print("cpu", res["cpu"], os.getloadavg())
    Path(f"/tmp/rank12/res_{name}.json").write_text(json.dumps(res, indent=1, ensure_ascii=False))
