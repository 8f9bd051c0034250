"""rank13 driver: the trainer's own fit / evaluate on cached pair features (per page: DocView, rule
mappings after one_subject, base ranker features), as rank12's driver. mapping.rerank runs unchanged;
only ranker.features is served from the cache (+ extra feature groups, + the learned lexicon's
features as features() adds them). Leave one province out also records, per page, the top three
(probability and mapper score), the fold's cut, and for a wrong top the features that carried it
(weight x (wrong top's value - the gold pair's value)).

    python bench/criteria_rank13_drv.py NAME [lopo] [cv] [held]      -> $OUT/res_NAME.json
    env EXTRA=comma list of extra feature groups (extra_<name> below: cite, rulenc, rtsplit, basis)
        DROP=comma list of feature names left out (e.g. rule_top,sim_top,sim_top_nohit,learn_top)
        LEARN_NC=1 / LEARN_SUB=1: the learned lexicon also scored without citations / on the subject lead
        INNER=inner folds (4 shipped); TREES=share of trees (only with 32e1fd7's train.py option)
        ORDER=0: one model (train.ORDER_WITHOUT emptied); CONF=top: the confidence model judges the
        order model's top instead of its own page best (order14, thirteenth pass)
        OUT=folder of the cache and results (/tmp/rank13); delete cache.pkl after changing ranker code.
Measured in docs/criteria.md, twelfth pass.
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

OUT = Path(os.environ.get("OUT", "/tmp/rank13"))
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

EXTRA = [e for e in os.environ.get("EXTRA", "").split(",") if e]
_extra_cache: dict = {}
_orig_features = R.features


def extras(did):
    if did not in _extra_cache:
        fs = [dict() for _ in maps[did]]
        for e in EXTRA:
            fn = globals().get("extra_" + e) or getattr(R, "extra_" + e)
            for f, x in zip(fs, fn(views[did], maps[did], lex)):
                f.update(x)
        _extra_cache[did] = fs
    return _extra_cache[did]



import re  # noqa: E402
_CITE_SEG = re.compile(r"^\W*(can cu|thuc hien|xet de nghi|theo de nghi|xet to trinh)\b")


def split_head(doc):
    """The head after the title, in segments (lines and ';' clauses): (citation text, the rest)."""
    head = doc.folded[len(doc.title) + 1:doc.head_end]
    cite, rest = [], []
    for seg in re.split(r"[\n;]", head):
        (cite if _CITE_SEG.match(seg) else rest).append(seg)
    title = doc.folded[:len(doc.title)]
    return " ".join(cite), title + "\n" + " ".join(rest)


def extra_cite(doc, mappings, lx):
    """The legal basis as its own channel: similarity of the citation segments and of the head
    without them, with the page and sibling leads of the latter."""
    cite, rest = split_head(doc)
    cv, rv = lx.doc_vector(cite), lx.doc_vector(rest)
    cs = [lx.cosine(cv, m.criterion_id) for m in mappings]
    rs = [lx.cosine(rv, m.criterion_id) for m in mappings]
    lead = R._page_lead({"nc": rs})
    sib = R._sibling_lead(mappings, lx, {"nc": rs})
    return [{"cite_sim": c, "nc_sim": r, "nc_lead": pl["nc"], "nc_sib": sl["nc"]}
            for c, r, pl, sl in zip(cs, rs, lead, sib)]


_TARGETS = {t.id: t for c in cats for t in c.mapping_targets()}


def extra_rulenc(doc, mappings, lx):
    """The rule score without supporting phrases whose first match is inside a citation ("Căn cứ
    Luật Ban hành văn bản QPPL"), with its own top flag and gap."""
    vals = []
    for m in mappings:
        cited = 0.0
        for s_ in m.signals:
            if s_.rule == "phrase" and s_.phrase:
                hit = M._matcher(s_.phrase).search(doc.folded)
                if hit and doc.cited(hit.start()):
                    cited += s_.weight
        vals.append(m.score - cited)
    top = max(vals, default=0.0)
    return [{"rule_nc": v, "rule_nc_gap": top - v, "rule_nc_top": float(v == top > 0)} for v in vals]


def extra_rtsplit(doc, mappings, lx):
    """The rule's top flag apart when the top has no key phrase (its lead is supporting phrases
    found anywhere, the legal basis included)."""
    rules = [m.score for m in mappings]
    top = max(rules, default=0.0)
    return [{"rule_top_nohit": 1.0} if (r == top > 0 and not m.hit_tier) else {} for r, m in zip(rules, mappings)]


def extra_basis(doc, mappings, lx):
    """The legal basis as its own channel, replacing rather than adding: the catalog-wording
    similarities (sim and its top / gap / no-hit flags, distinct terms and their leads) read from
    the head without its citation segments; the citation segments' similarity and the supporting
    phrases found only inside citations apart, so the model weighs them itself."""
    cite, rest = split_head(doc)
    cv, rv = lx.doc_vector(cite), lx.doc_vector(rest)
    zone_vec = lx.doc_vector(" ".join(doc.folded[a:b] for a, b in doc.title_zone))
    sims = [lx.cosine(rv, m.criterion_id) for m in mappings]
    dists = [lx.cosine(rv, m.criterion_id, True) + lx.cosine(zone_vec, m.criterion_id, True) for m in mappings]
    top = max(sims, default=0.0)
    sib = R._sibling_lead(mappings, lx, {"dist": dists, "sim": sims})
    page = R._page_lead({"dist": dists})
    out = []
    for i, m in enumerate(mappings):
        cited = 0
        for s_ in m.signals:
            if s_.rule == "phrase" and s_.phrase:
                hit = M._matcher(s_.phrase).search(doc.folded)
                cited += bool(hit and doc.cited(hit.start()))
        n = sum(1 for s_ in m.signals if s_.rule == "phrase")
        f = {"sim": sims[i], "sim_gap": top - sims[i], "sim_top": float(sims[i] == top > 0), "dist": dists[i],
             "sib_sim": sib[i]["sim"], "sib_dist": sib[i]["dist"], "page_dist": page[i]["dist"],
             "cite_sim": lx.cosine(cv, m.criterion_id), "phrases": float(n - cited), "phrases_cited": float(cited)}
        if not m.hit_tier:
            f["sim_nohit"], f["sim_top_nohit"] = f["sim"], f["sim_top"]
        out.append(f)
    return out

CUR = [None]


def cached_features(doc, mappings, lx, learned=None):
    did = CUR[0]
    out = [dict(b, **x) for b, x in zip(base[did], extras(did))]
    if learned is not None:
        R.add_learned(out, learned.scores(L.page_grams(doc)), [m.criterion_id for m in mappings], lx)
        add_learned_channels(out, learned, did, [m.criterion_id for m in mappings], lx)
    return [drop(f) for f in out]


DROP = [e for e in os.environ.get("DROP", "").split(",") if e]


def drop(f):
    for k in DROP:
        f.pop(k, None)
    return f


LEARN_NC = bool(os.environ.get("LEARN_NC"))
LEARN_SUB = bool(os.environ.get("LEARN_SUB"))
_grams_nc: dict = {}


def add_learned_channels(feats, learned, did, cids, lx):
    """rank13 variant: the learned lexicon also scored on the head without its citation segments
    and on the citation segments alone (same lexicon), as separate features."""
    if LEARN_SUB:
        if ("sub", did) not in _grams_nc:
            v = views[did]
            _grams_nc[("sub", did)] = L.grams(R.subject_lead(v, 12))
        sub = learned.scores(_grams_nc[("sub", did)])
        for f, x in zip(feats, L.features(sub, cids, lx.domain)):
            f.update({"lsub" + k[5:]: v for k, v in x.items() if k != "learn_none"})
    if not LEARN_NC:
        return
    if did not in _grams_nc:
        v = views[did]
        cite, rest = split_head(v)
        zone = " ".join(v.folded[a:b] for a, b in v.title_zone)
        _grams_nc[did] = (L.grams(rest + "\n" + zone), L.grams(cite))
    g_nc, g_cite = _grams_nc[did]
    nc, ci = learned.scores(g_nc), learned.scores(g_cite)
    for f, x in zip(feats, L.features(nc, cids, lx.domain)):
        f.update({"lnc" + k[5:]: v for k, v in x.items() if k != "learn_none"})
    for f, c in zip(feats, cids):
        if c in ci:
            f["lcite"] = ci[c]


def cross_fitted(docs, ex_):
    from sklearn.model_selection import GroupKFold
    groups = [T.group_of(d) for d in docs]
    out = {}
    for tr, te in GroupKFold(n_splits=min(T.INNER_FOLDS, len(set(groups)))).split(docs, groups=groups):
        learned = T.fit_learned([docs[i] for i in tr])
        for i in te:
            rows = ex_[docs[i]["id"]]
            feats = [dict(f) for _, f, _ in rows]
            cids = [c for c, _, _ in rows]
            R.add_learned(feats, learned.scores(T._grams(docs[i])), cids, lex)
            add_learned_channels(feats, learned, docs[i]["id"], cids, lex)
            feats = [drop(f) for f in feats]
            out[docs[i]["id"]] = [(c, f, y) for (c, _, y), f in zip(rows, feats)]
    return out


T.cross_fitted = cross_fitted


R.features = cached_features


def ranked(doc, model):
    CUR[0] = doc["id"]
    ms = copy.deepcopy(maps[doc["id"]])
    return M.rerank(views[doc["id"]], ms, cats, model)


ev.ranked = ranked
ex = {d["id"]: [(m.criterion_id, drop(f), int(m.criterion_id in set(d["positive"])))
                for m, f in zip(maps[d["id"]], [dict(b, **x) for b, x in zip(base[d["id"]], extras(d["id"]))])]
      for d in every}


def summary(r):
    return {k: round(r[k], 4) for k in ("precision_at_1_all", "recall_at_3_all", "negatives_not_mapped",
                                        "ranking_at_1_all")}


def page_record(doc, model):
    """Top three (criterion, probability, mapper score), the cut, and what carried a wrong top."""
    CUR[0] = doc["id"]
    feats = cached_features(views[doc["id"]], maps[doc["id"]], lex, getattr(model, "learned", None))
    probs = {m.criterion_id: model.prob(f) for m, f in zip(maps[doc["id"]], feats)}
    fmap = {m.criterion_id: f for m, f in zip(maps[doc["id"]], feats)}
    ranking = ranked(doc, model)
    rec = {"top3": [(m.criterion_id, round(probs[m.criterion_id], 3), m.score) for m in ranking[:3]],
           "cut": round(model.threshold, 3), "pos": doc["positive"], "neg": doc["negative"],
           "veto": doc["id"] in veto}
    top = ranking[0].criterion_id if ranking else None
    if doc["positive"] and top not in doc["positive"] and hasattr(model.model, "weights"):
        gold = max(doc["positive"], key=lambda c: probs.get(c, 0.0))
        w = model.model.weights
        keys = set(fmap[top]) | set(fmap.get(gold, {}))
        contrib = sorted(((w.get(k, 0.0) * (fmap[top].get(k, 0.0) - fmap.get(gold, {}).get(k, 0.0)), k)
                          for k in keys), reverse=True)
        rec["carried"] = [(k, round(c, 2)) for c, k in contrib[:5] if c > 0]
        rec["against"] = [(k, round(c, 2)) for c, k in contrib[::-1][:3] if c < 0]
    return rec


def lopo():
    from sklearn.model_selection import LeaveOneGroupOut
    groups = [T.province_of(d) for d in every]
    rankings, pages = {}, {}
    for tr, te in LeaveOneGroupOut().split(every, groups=groups):
        model = T.fit([every[i] for i in tr], ex, veto)
        for i in te:
            rankings[every[i]["id"]] = ev.ranked(every[i], model)
            pages[every[i]["id"]] = page_record(every[i], model)
    return ev.evaluate(every, rankings=rankings), pages


if __name__ == "__main__":
    name = sys.argv[1]
    what = sys.argv[2:] or ["lopo"]
    from threadpoolctl import threadpool_limits
    import sklearn.linear_model  # noqa: F401
    T.TREES_SHARE = float(os.environ.get("TREES", "0")) if hasattr(T, "TREES_SHARE") else 0.0
    T.INNER_FOLDS = int(os.environ.get("INNER", T.INNER_FOLDS))
    if hasattr(T, "ORDER_WITHOUT"):    # order14: ORDER=0 one model; CONF=top the order's top judged
        T.ORDER_WITHOUT = T.ORDER_WITHOUT if os.environ.get("ORDER", "1") == "1" else ()
        T.CONFIDENCE = os.environ.get("CONF", T.CONFIDENCE)
    res = {"name": name, "extra": EXTRA, "order_without": list(getattr(T, "ORDER_WITHOUT", ())),
           "confidence": getattr(T, "CONFIDENCE", "")}
    t0 = time.process_time()
    with threadpool_limits(1):
        if "cv" in what:
            cv = T.grouped_cv(every, ex, veto)
            res["cv"] = summary(cv)
            print("cv", res["cv"], flush=True)
        if "held" in what:
            h = ev.evaluate(sets["heldout"], T.fit(sets["docs"], ex, veto))
            res["held"] = summary(h)
            print("held", res["held"], flush=True)
        if "lopo" in what:
            lo, pages = lopo()
            res["lopo"] = summary(lo)
            res["lopo_p1_dom"] = {k: round(v, 3) for k, v in lo["precision_at_1"].items()}
            res["lopo_r3_dom"] = {k: round(v, 3) for k, v in lo["recall_at_3"].items()}
            res["lopo_fail"] = lo["failures"]
            res["pages"] = pages
            print("lopo", res["lopo"], flush=True)
    res["cpu"] = round(time.process_time() - t0, 1)
    print("cpu", res["cpu"], os.getloadavg())
    (OUT / f"res_{name}.json").write_text(json.dumps(res, indent=1, ensure_ascii=False))
