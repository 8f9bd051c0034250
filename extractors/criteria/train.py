"""Train and cross-validate the criteria ranker (ranker.py) on the labelled pairs.

    python -m extractors.criteria.train [--pairs DIR] [--out FILE] [--no-save] [--lopo [--failures FILE]] [--no-learned]
                                        [--order-objective pointwise|pairwise|softmax|hard10|blend]
                                        [--page-evidence confidence|off|page|cross]
                                        [--within off|all|gate|gate-noflag [--within-order-only]] [--swap]
                                        [--domain-first off|page|lead [--domain-order-only]] [--more-actions]
                                        [--own-act] [--act-object off|both|confidence|sib]
                                        [--decision off|replace|or [--decision-cut f1|floor]] [--threshold-floor]
                                        [--train-fraction F --draw D] [--without-fresh19] [--without-fresh20]
                                        [--with-fresh21] [--with-fresh22] [--with-fresh23] [--with-fresh24] [--with-fresh25] [--with-fresh26] [--with-fresh27] [--joint-cut] [--decision-label all|measured]
                                        [--kind-cut off|title|domain] [--head-object off|all|is|later]
                                        [--head-cues s23|s24] [--head-order-only] [--order-pages all|positive]

Prints (1) cross-validation grouped by province (with --lopo also leave-one-province-out) over all labelled documents (docs.jsonl +
heldout.jsonl + extra.jsonl + fresh19.jsonl + fresh20.jsonl, the last two left out by --without-fresh19 / --without-fresh20,
fresh21.jsonl with --with-fresh21, fresh22.jsonl with --with-fresh22, fresh23.jsonl with --with-fresh23, fresh24.jsonl with --with-fresh24, fresh25.jsonl with --with-fresh25, fresh26.jsonl with
--with-fresh26 and fresh27.jsonl with --with-fresh27; a province's documents are never split between training and test), (2) the
held-out-by-construction figure (trained on docs.jsonl only, tested on heldout.jsonl), then
trains on everything and writes criteria_ranker.json. Hyper-parameters are fixed below, never
chosen on a test fold; the mapping threshold is fitted inside the training data (inner grouped
folds). Two models are fitted on the same rows (thirteenth pass): one without the best-of-page
flags (ORDER_WITHOUT) orders a page's criteria, the other (every feature) decides whether the page
maps; the page-level evidence model's score (fifteenth pass) is read by the latter only.
`--train-fraction F` (learning curves, lc16): the 5-fold models are fitted on a random fraction F
of each fold's training groups (`group_of`), drawn by (fold, `--draw`); only that CV is run.
`--within` and `--swap` (sixteenth pass, not shipped): the within-domain lexicon and the sibling swap model.
`--domain-first` (seventeenth pass, not shipped): the page's domain read first, by a lexicon per domain.
`--own-act`, `--act-object` (eighteenth pass, not shipped): the province's own act, and what the act is about.
`--decision`, `--decision-cut` (twentieth pass; `or` shipped since the twenty-first): whether a page maps, decided by a page-level model on the order
model's top with its own cut; `--threshold-floor`: that cut's objective on the confidence cut alone (the control);
`--joint-cut` (twenty-third pass): the confidence cut chosen with the decision cut by that one floor objective.
`--decision-label measured`, `--kind-cut` (twenty-fourth pass, not shipped): the decision model fitted on the pages a
figure measures; a decision cut per kind of page (title or not, the top's domain).
`--head-object`, `--head-order-only`, `--order-pages` (twenty-fifth pass): the head criterion of the page's
subject (the first object of its act) as pair features; the order model fitted on the pages with a positive only.
`--head-cues s24`, `--with-fresh22` (twenty-seventh pass): cues for the objects fresh22's pages lost; fresh22 joined.
Shipped since the twenty-seventh pass: `--head-object later --head-cues s24 --order-pages positive` (both models read
the head); the ranker before it is `--head-object off --head-cues s23 --order-pages all`.
Shipped since the twenty-ninth pass (MAPPER_VERSION 9): `--shipped`, the same as `--with-fresh21 --with-fresh22
--with-fresh23 --with-fresh24 --joint-cut` (every readable set joined, both cuts chosen by the negatives' floor).
`--with-fresh25`, `--with-fresh26`, `--ranking-cues s27`, `--act-cues` (thirtieth pass, none shipped): fresh25/26 joined,
a wider cue of rankings published by others, the province's own act and goals read by the confidence and decision models.
`--with-fresh27`, `--titleless-cues`, `--titleless-split` (thirty-first pass, none shipped): fresh27 joined, a title-less
page's cues of a relayed plan or goals, results and events read by the confidence and decision models, and the decision
model's features read again apart on title-less pages.
`--fact-cues tl|all` (thirty-second pass, not shipped): the page's extracted facts (the primary act's issuer and kind,
cited acts, targets ahead of the page's date, values judged results, period) read by the confidence and decision models.
`--named-acts tl|all` (thirty-third pass, not shipped): the acts the page names in words without a number
(extractors.named_acts), read by the confidence and the decision model.
Needs scikit-learn (the `train` extra); the service only reads the JSON.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from extractors.models import Linear

from extractors.criteria import evaluate as ev
from extractors.criteria import ranker as _ranker
from extractors.criteria.learned import Learned, page_grams
from extractors.criteria.mapping import TOP_POSSIBLE, pair_features, prepare
from extractors.criteria.page_evidence import FEATURE as PAGE_EV, PageEvidence, page_text_grams
from extractors.criteria.ranker import (MODEL_FILE, Ranker, add_learned, add_page_evidence, add_within, lexicon,
                                        not_evidence, page_features)

PAIRS = Path(__file__).resolve().parents[2] / "tests" / "data" / "criteria_pairs"
C = 1.0                   # L2 strength, fixed a priori (not searched)
FOLDS = 5
INNER_FOLDS = 4
CANDIDATE_RECALL = 0.95   # the 'worth a look' cut keeps this share of the positives (out-of-fold)
LEARNED = True            # the learned lexicon's features (learned.py); --no-learned: without them
# the page-level evidence model (page_evidence.py, fifteenth pass): its cross-fitted score a feature of
# the confidence model only (never of the order model); --page-evidence off: without it
PAGE_EVIDENCE = True
# the order model (thirteenth pass): the same rows without the binary "page's best" flags orders a
# page's pairs; the model with them decides whether the page maps. () : one model, as before
ORDER_WITHOUT: tuple[str, ...] = ("rule_top", "sim_top", "sim_top_nohit", "learn_top")
CONFIDENCE = "max"        # the confidence read from its own page best ("max") or the order model's top ("top")
# how the order model is fitted (fourteenth pass): "pointwise" (a logistic regression over every pair,
# as before), or within each page — "pairwise" (gold minus other differences), "softmax" (conditional
# logit per page), "hard10" (pairwise against the HARD_K best-scored others) — then Platt-calibrated;
# "blend": pointwise and pairwise averaged in the logit
ORDER_OBJECTIVE = "pointwise"
HARD_K = 10
# the within-domain lexicon (sixteenth pass, learned.Learned.fit with domains): each criterion's words
# against its siblings' pages only, read by both models; "off", "all" (every pair), "gate" (the pairs
# of the domain the one-vs-all learned lexicon puts first on the page: ranker.WITHIN_GATE), "gate-noflag"
# (the same without the `dom_none` flag on the other domains' pairs)
WITHIN = "off"
WITHIN_ORDER_ONLY = False   # the within-domain features read by the order model only (--within-order-only)
# the sibling swap model (sixteenth pass): fitted on the inner folds' out-of-fold order-model tops, when
# the page's two best pairs are siblings and exactly one is right; is the top the right one?
SWAP = False
# the domain lexicon (seventeenth pass): one vector per domain (its criteria's positive pages pooled
# against every other page), cross-fitted; per pair the page's score for the pair's domain, its lead
# over the best other domain and whether it is the page's most probable domain (that flag, like the
# other best-of-page flags, is the confidence model's only). "off", "page" (the learned lexicon's
# grams) or "lead" (the subject's first words counted again: ranker.domain_grams)
DOMAIN_FIRST = "off"
DOMAIN_ORDER_ONLY = False   # the domain features read by the order model only (--domain-order-only)
# eighteenth pass (not shipped): the province's own act (ranker.own_act, page features read by the confidence
# model only) and what the act is about (ranker.object_features, per pair; --act-object confidence: the
# confidence model's only)
OBJECT_CONFIDENCE_ONLY = False
# the pages the order model is fitted on (twenty-fifth pass, `--order-pages`): every page (shipped), or those
# with a positive — on the others every pair is 0, which teaches it that a page's head pair is no more
# likely right than the rest (most of them are other bodies' acts whose head is a labelled negative); "positive"
# shipped since the twenty-seventh pass, with the head object
ORDER_PAGES = "positive"
HEAD_ORDER_ONLY = False     # the head-object features read by the order model only (--head-order-only)
_HEAD_FEATURES = ("head_is", "head_sib", "head_other", "head_later", "head_gated", "head_gated_rule")
# twentieth pass (`--decision`): whether a page maps decided by a page-level model on the order model's
# top (ranker.decision_features), fitted and cut on the inner folds' out-of-fold scores; "replace" the
# confidence cut, or map when either says so ("or": shipped since the twenty-first pass, with fresh20 joined)
DECISION = "or"
# its cut: the F1 of mapped right tops, as the threshold ("f1"), or the most right tops that keep the inner
# folds' labelled negatives not mapped at NEG_FLOOR or more ("floor"; the issue asks both of the mapper)
DECISION_CUT = "floor"
NEG_FLOOR = 0.91          # 0.90 kept 0.877 of them leaving one province out (the inner folds' optimism)
# twenty-third pass (`--joint-cut`): the confidence cut chosen with the decision cut under the one floor objective
# (most right tops mapped at NEG_FLOOR), instead of by an F1 whose optimum moves with the share of pages without a positive
JOINT_CUT = False
# twenty-fourth pass (`--decision-label measured`): the decision model fitted only on the pages a mapping of theirs is
# measured on (a positive, or a labelled negative it would map); "all": every page, a page without a positive counting
# as a wrong top whether or not anybody labelled it, so its share in the labels moves the model
DECISION_LABEL = "all"
# twenty-fourth pass (`--kind-cut`): the floor's room spent per kind of page (title or not, or the top's domain), each
# kind's cut where one more right top costs as many labelled negatives as in every other kind (a Lagrangian split of
# the floor), folded into the decision model's weight of the kind's feature so that the mapper reads one cut
KIND_CUT = "off"
KIND_MIN_ROWS = 40        # a kind with fewer inner-fold pages keeps the common cut (shrinkage to it)
THRESHOLD_FLOOR = False   # the control (`--threshold-floor`): the confidence cut chosen by the floor, no decision model
_DOMAIN_FEATURES = ("pdom", "pdom_lead", "pdom_top", "pdom_none")


def group_of(doc: dict) -> str:
    """CV groups: the province; a national page (no province) is its own group."""
    return doc.get("province") or f"national:{doc['id']}"


def province_of(doc: dict) -> str:
    """Leave-one-province-out groups: the province; national pages pooled in one group."""
    return doc.get("province") or "national"


def examples(docs: list[dict]) -> dict[str, list[tuple[str, dict, int]]]:
    """doc id -> [(criterion id, features, label)] over every target of the label catalogs."""
    cats = ev.label_catalogs()
    out = {}
    for d in docs:
        pos = set(d["positive"])
        out[d["id"]] = [(cid, f, int(cid in pos))
                        for cid, f in pair_features(d["text"], d.get("title") or "", None, catalogs=cats)]
    return out


def vetoed(docs: list[dict]) -> set[str]:
    """Pages the mapper never maps whatever the model says (ranker.not_evidence): the threshold is
    fitted as the mapper will apply it, so they do not count as false positives."""
    return {d["id"] for d in docs if not_evidence(prepare(d["text"], d.get("title") or ""))}


def _fit_linear(rows: list[tuple[str, dict, int]]) -> Linear:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    vec = DictVectorizer(sparse=False)
    x = vec.fit_transform([f for _, f, _ in rows])
    y = [lab for _, _, lab in rows]
    lr = LogisticRegression(C=C, max_iter=5000).fit(x, y)
    weights = dict(zip(vec.get_feature_names_out(), lr.coef_[0].tolist()))
    return Linear(weights, float(lr.intercept_[0]), {"examples": len(y), "positives": sum(y)})


def _best_threshold(scored: list[tuple[str, float, int]], veto: set[str] = frozenset()) -> float:
    """The probability cut maximising F1 of each document's top pair being mapped and right
    (out-of-fold probabilities): what P@1 and 'negatives not mapped' ask of the mapper. A vetoed
    page is never mapped, so its top pair counts as below every cut."""
    top: dict[str, tuple[float, int]] = {}
    has_pos = {d for d, _, y in scored if y}
    for d, p, y in scored:
        p = 0.0 if d in veto else p
        if d not in top or p > top[d][0]:
            top[d] = (p, y)
    best, best_f1 = 0.5, -1.0
    for t in [i / 100 for i in range(5, 96)]:
        tp = sum(1 for p, y in top.values() if p >= t and y)
        fp = sum(1 for p, y in top.values() if p >= t and not y)
        fn = len(has_pos) - tp
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best_f1:
            best, best_f1 = t, f1
    return best


def _recall_cut(scored: list[tuple[str, float, int]]) -> float:
    """The highest probability cut at which CANDIDATE_RECALL of the positive pairs are shown as
    candidates: among their page's TOP_POSSIBLE most probable pairs (only those are shown) and at
    or above the cut. Positives ranked lower are lost whatever the cut, so the cut is not spent on
    them (before, it kept that share of every positive pair, and the 'possible' band missed its
    share of the shown ones)."""
    pages: dict[str, list[tuple[float, int]]] = {}
    for d, p, y in scored:
        pages.setdefault(d, []).append((p, y))
    shown = sorted((p for rows in pages.values() for p, y in sorted(rows, reverse=True)[:TOP_POSSIBLE] if y),
                   reverse=True)
    need = math.ceil(CANDIDATE_RECALL * sum(y for _, _, y in scored))
    return shown[min(len(shown), need) - 1] if shown else 0.0


def _best_promotion(scored: list[tuple[str, float, int, bool]], threshold: float,
                    veto: set[str] = frozenset()) -> tuple[float, float]:
    """(probability, margin) at which a page's best pair is mapped although under `threshold`,
    because it is that far ahead of the page's next pair: the pair maximising the same F1 as
    the threshold, on the same out-of-fold probabilities. The best pair is the most probable
    one the one-subject rule did not demote (the mapper caps those under the cut)."""
    has_pos = {d for d, _, y, _ in scored if y}
    tops = [(top[1], top[1] - runner, top[2]) for top, runner in _best_pairs(scored, veto)]
    def f1(cut: float, margin: float) -> float:
        hits = [y for p, gap, y in tops if p >= threshold or (p >= cut and gap >= margin)]
        tp, fp = sum(hits), len(hits) - sum(hits)
        return 2 * tp / (2 * tp + fp + len(has_pos) - tp) if tp else 0.0
    best = (1.0, 1.0)                      # no promotion, unless one does strictly better
    best_f1 = f1(*best)
    for cut in [i / 100 for i in range(5, 96, 2)]:
        if cut > threshold:
            break
        for margin in [i / 100 for i in range(0, 61, 3)]:
            if f1(cut, margin) > best_f1 + 1e-9:
                best, best_f1 = (cut, margin), f1(cut, margin)
    return best


def _best_pairs(scored: list[tuple], veto: set[str]) -> list[tuple[tuple, float]]:
    """Each page's best row (doc, probability, is it right, demoted, ...): the most probable one
    the one-subject rule did not demote, with the page's next probability; vetoed pages left out."""
    pages: dict[str, list] = {}
    for row in scored:
        pages.setdefault(row[0], []).append(row)
    out = []
    for d, rows in pages.items():
        free = [r for r in rows if not r[3]]
        if d in veto or not free:
            continue
        top = max(free, key=lambda r: r[1])
        out.append((top, max((r[1] for r in rows if r is not top), default=0.0)))
    return out


def _page_tops(scored: list[tuple[str, float, int, bool, dict]], veto: set[str]) -> list[tuple[dict, float, int]]:
    """Each page's best pair as the page model reads it: (page features, probability, is it right)."""
    return [(page_features(top[4], top[1], runner), top[1], top[2]) for top, runner in _best_pairs(scored, veto)]


def _fit_page(scored: list[tuple[str, float, int, bool, dict]], threshold: float,
              veto: set[str] = frozenset()) -> tuple[Linear, float] | None:
    """A second logistic model on each page's best pair (out-of-fold): is it right? Its cut
    maximises the same F1 as the threshold (a best pair is mapped at or above the threshold, or
    when the page model says so); kept only if it does strictly better than no promotion."""
    tops = _page_tops(scored, veto)
    has_pos = len({d for d, _, y, _, _ in scored if y})
    if not tops or len({y for _, _, y in tops}) < 2:
        return None
    page = _fit_linear([("", f, y) for f, _, y in tops])
    qs = [(page.prob(f), p, y) for f, p, y in tops]
    def f1(cut: float) -> float:
        hits = [y for q, p, y in qs if p >= threshold or q >= cut]
        tp = sum(hits)
        return 2 * tp / (2 * tp + len(hits) - tp + has_pos - tp) if tp else 0.0
    best, best_f1 = None, f1(2.0)
    for cut in [i / 100 for i in range(5, 96)]:
        if f1(cut) > best_f1 + 1e-9:
            best, best_f1 = cut, f1(cut)
    return (Linear(page.weights, page.bias), best) if best is not None else None


_GRAMS: dict[str, object] = {}


def _grams(doc: dict):
    """The page's title + title zone + head grams (learned.page_grams), once per page."""
    if doc["id"] not in _GRAMS:
        _GRAMS[doc["id"]] = page_grams(prepare(doc["text"], doc.get("title") or ""))
    return _GRAMS[doc["id"]]


def fit_learned(docs: list[dict]) -> Learned:
    return Learned.fit([(_grams(d), d["positive"], d["negative"], province_of(d)) for d in docs])


def fit_within(docs: list[dict]) -> Learned:
    """The within-domain lexicon: each criterion's positive pages against its siblings' (WITHIN)."""
    return Learned.fit([(_grams(d), d["positive"], d["negative"], province_of(d)) for d in docs],
                       domain=lexicon(ev.label_catalogs()).domain)


_DOMAIN_GRAMS: dict[tuple[str, str], object] = {}


def _domain_grams(doc: dict):
    """What the domain lexicon reads of the page (ranker.domain_grams, DOMAIN_FIRST's mode), once per page."""
    key = (doc["id"], DOMAIN_FIRST)
    if key not in _DOMAIN_GRAMS:
        _DOMAIN_GRAMS[key] = _ranker.domain_grams(prepare(doc["text"], doc.get("title") or ""), DOMAIN_FIRST)
    return _DOMAIN_GRAMS[key]


def fit_domains(docs: list[dict]) -> Learned:
    """The domain lexicon: each domain's positive pages (any of its criteria) against every other page."""
    from extractors.criteria.learned import domain_pages
    pages = [(_domain_grams(d), d["positive"], d["negative"], province_of(d)) for d in docs]
    return Learned.fit(domain_pages(pages, lexicon(ev.label_catalogs()).domain))


_TEXT_GRAMS: dict[str, object] = {}


def _text_grams(doc: dict):
    """The page's title + text grams (page_evidence.page_text_grams), once per page."""
    if doc["id"] not in _TEXT_GRAMS:
        _TEXT_GRAMS[doc["id"]] = page_text_grams(prepare(doc["text"], doc.get("title") or "").folded)
    return _TEXT_GRAMS[doc["id"]]


def fit_evidence(docs: list[dict]) -> PageEvidence:
    """Is the page somebody's evidence (has a positive pair), from its words; groups by province."""
    return PageEvidence.fit([(_text_grams(d), bool(d["positive"]), province_of(d)) for d in docs])


def cross_fitted(docs: list[dict], ex: dict) -> dict:
    """`ex` with the learned lexicon's features (and, with PAGE_EVIDENCE, the page evidence score),
    each page's from a model fitted on inner grouped folds that leave out its province: the ranker
    must not learn to trust an in-sample score (at prediction time they are fitted on every training
    page)."""
    from sklearn.model_selection import GroupKFold
    lex = lexicon(ev.label_catalogs())
    groups = [group_of(d) for d in docs]
    out = {}
    for tr, te in GroupKFold(n_splits=min(INNER_FOLDS, len(set(groups)))).split(docs, groups=groups):
        learned = fit_learned([docs[i] for i in tr]) if LEARNED else None
        evidence = fit_evidence([docs[i] for i in tr]) if PAGE_EVIDENCE else None
        within = fit_within([docs[i] for i in tr]) if WITHIN != "off" else None
        domains = fit_domains([docs[i] for i in tr]) if DOMAIN_FIRST != "off" else None
        for i in te:
            rows = ex[docs[i]["id"]]
            feats = [dict(f) for _, f, _ in rows]
            learned_scores = learned.scores(_grams(docs[i])) if learned is not None else {}
            if learned is not None:
                add_learned(feats, learned_scores, [c for c, _, _ in rows], lex)
            if within is not None:
                add_within(feats, within.scores(_grams(docs[i])), learned_scores, [c for c, _, _ in rows], lex,
                           _ranker.WITHIN_GATE)
            if evidence is not None:
                add_page_evidence(feats, evidence.centred(_text_grams(docs[i])))
            if domains is not None:
                _ranker.add_domains(feats, domains.scores(_domain_grams(docs[i])), [c for c, _, _ in rows], lex)
            out[docs[i]["id"]] = [(c, f, y) for (c, _, y), f in zip(rows, feats)]
    return out


def fit(docs: list[dict], ex: dict, veto: set[str] = frozenset()) -> Ranker:
    """Weights on all of `docs`; the cuts and the page model from inner grouped folds of the
    same documents (never from the documents a fold tests on)."""
    from sklearn.model_selection import GroupKFold
    learned = evidence = None
    if LEARNED or PAGE_EVIDENCE or WITHIN != "off" or DOMAIN_FIRST != "off":
        ex = cross_fitted(docs, ex)
    if LEARNED:
        learned = fit_learned(docs)
    if PAGE_EVIDENCE:
        evidence = fit_evidence(docs)
    scored, ordered, swaps, cids = [], {obj: [] for obj in _order_parts()}, [], []
    groups = [group_of(d) for d in docs]
    domain = lexicon(ev.label_catalogs()).domain if SWAP else {}
    for tr, te in GroupKFold(n_splits=min(INNER_FOLDS, len(set(groups)))).split(docs, groups=groups):
        lin = _fit_linear([r for i in tr for r in _confidence_rows(ex[docs[i]["id"]])])
        scored += [(docs[i]["id"], lin.prob(f), y, bool(f.get("demoted")), f)
                   for i in te for _, f, y in ex[docs[i]["id"]]]
        cids += [c for i in te for c, _, _ in ex[docs[i]["id"]]]
        for obj in ordered if ORDER_WITHOUT else ():
            olin = _fit_order([_without_flags(ex[docs[i]["id"]]) for i in tr], obj)
            ordered[obj] += [(docs[i]["id"], _logit(olin, f), y) for i in te for _, f, y in _without_flags(ex[docs[i]["id"]])]
            if SWAP and obj == "pointwise":
                swaps += [s for i in te if (s := _swap_example(_without_flags(ex[docs[i]["id"]]), olin, domain))]
    lin = _fit_linear([r for d in docs for r in _confidence_rows(ex[d["id"]])])
    lin.meta["trained_on"] = sorted({d["_set"] for d in docs})
    plain = [(d, p, y) for d, p, y, _, _ in scored]
    threshold = _best_threshold(plain, veto)
    if JOINT_CUT and DECISION != "off" and ORDER_WITHOUT:
        threshold = _joint_threshold(scored, _order_probs(ordered), cids, veto, docs)
    if THRESHOLD_FLOOR and ORDER_WITHOUT:
        rows = _decision_rows(scored, _order_probs(ordered), cids, veto, {d["id"]: set(d["negative"]) for d in docs})
        threshold = _floor_cut(rows, [r[3] for r in rows], [i / 100 for i in range(5, 96)], 1.0,
                               sum(len(d["negative"]) for d in docs))
    page = _fit_page(scored, threshold, veto)
    top = None if page else _best_promotion([r[:4] for r in scored], threshold, veto)
    order = None
    if ORDER_WITHOUT:
        order = _calibrated_order([_without_flags(ex[d["id"]]) for d in docs], ordered)
    model = Ranker(lin, threshold, _recall_cut(plain), top, page, learned, order, evidence)
    model.confidence = CONFIDENCE
    model.within = fit_within(docs) if WITHIN != "off" else None
    model.within_gate = _ranker.WITHIN_GATE if model.within is not None else None
    if SWAP and len({y for _, f, y in swaps}) == 2:
        model.swap = _fit_linear(swaps)
    if DOMAIN_FIRST != "off":
        model.domains, model.domain_mode = fit_domains(docs), DOMAIN_FIRST
    if DECISION != "off" and ORDER_WITHOUT:
        rows = _decision_rows(scored, _order_probs(ordered), cids, veto, {d["id"]: set(d["negative"]) for d in docs},
                              threshold)
        model.decision, model.decision_mode = _fit_decision(rows, docs, scored, threshold), DECISION
    return model


def _order_probs(ordered: dict[str, list]) -> list[float]:
    """The inner folds' out-of-fold order probabilities, pair by pair (a within-page part through _platt)."""
    parts = []
    for obj, rows in ordered.items():
        a, b = (1.0, 0.0) if obj == "pointwise" else _platt(rows)
        parts.append([a * z + b for _, z, _ in rows])
    return [1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, sum(col) / len(col))))) for col in zip(*parts)]


def _decision_rows(scored: list[tuple], order: list[float], cids: list[str], veto: set[str],
                   negatives: dict[str, set[str]] | None = None, threshold: float = 1.0) -> list[tuple]:
    """(doc id, decision features, is the order model's top right, the confidence model's best probability,
    labelled negatives mapped if the page maps: its top and the free pairs over `threshold`) per page not
    vetoed, as the mapper reads them (mapping._decision_features; demoted pairs never lead)."""
    negatives = negatives or {}
    domain = lexicon(ev.label_catalogs()).domain
    pages: dict[str, list] = {}
    for row, q, c in zip(scored, order, cids):
        pages.setdefault(row[0], []).append((row, q, c))
    out = []
    for d, rows in pages.items():
        free = [r for r in rows if not r[0][3]]
        if d in veto or not free:
            continue
        top = max(free, key=lambda r: r[1])
        best = max(r[0][1] for r in free)
        q_next = max((r[1] for r in free if r is not top), default=0.0)
        f = _ranker.decision_features(top[0][4], best, top[0][1], top[1], q_next, domain.get(top[2], ""))
        neg = negatives.get(d, set())
        wrong = sum(1 for r in free if r[2] in neg and (r is top or r[0][1] >= threshold))
        out.append((d, f, top[0][2], best, wrong))
    return out


def _fit_decision(rows: list[tuple], docs: list[dict], scored: list[tuple], threshold: float) -> tuple[Linear, float]:
    """The decision model on every page's row, and its cut (DECISION_CUT: `_floor_cut`, or the F1 of the
    mapped top being right over pages with a positive, vetoed ones included, as `_best_threshold`), on
    probabilities cross-fitted by province so that the cut is not chosen in-sample."""
    has_pos = len({d for d, _, y, _, _ in scored if y})
    qs = _cross_fitted_decision(rows, docs)
    def f1(cut: float) -> float:
        hits = [r[2] for r, q in zip(rows, qs) if _decision_maps(r, q, cut, threshold)]
        tp = sum(hits)
        return 2 * tp / (2 * tp + len(hits) - tp + has_pos - tp) if tp else 0.0
    cuts = [i / 100 for i in range(5, 96)]
    if DECISION_CUT == "floor":
        cut = _floor_cut(rows, qs, cuts, threshold, sum(len(d["negative"]) for d in docs))
    else:
        cut = max(cuts, key=lambda c: (f1(c), -c))
    fitted = _decision_fitted(rows, docs)
    lin = _fit_linear([("", r[1], r[2]) for r, keep in zip(rows, fitted) if keep])
    if KIND_CUT != "off" and DECISION_CUT == "floor":
        cuts_by_kind = _kind_cuts(rows, qs, cuts, threshold, sum(len(d["negative"]) for d in docs), cut)
        lin = _fold_kind_cuts(lin, cuts_by_kind, cut)
    return lin, cut


def _kind(f: dict[str, float]) -> str:
    """The decision feature naming a page's kind for KIND_CUT ("" for a title page: no feature of its own)."""
    if KIND_CUT == "title":
        return "no_title" if f.get("no_title") else ""
    return next((k for k in f if k.startswith("dom_")), "")


def _kind_cuts(rows: list[tuple], qs: list[float], cuts: list[float], threshold: float, negative_pairs: int,
               common: float) -> dict:
    """Kind -> its cut: for a price λ (labelled negatives per right top), each kind's cut maximises right tops − λ ×
    negatives mapped; the λ of the most right tops that keep the floor. Kinds under KIND_MIN_ROWS pages are left out
    (they keep the common cut)."""
    import numpy as np
    kinds = [_kind(r[1]) for r in rows]
    counts = {k: kinds.count(k) for k in set(kinds)}
    budget = negative_pairs * (1 - NEG_FLOOR) + 1e-9
    tables = {}
    for k in (k for k, n in counts.items() if n >= KIND_MIN_ROWS):
        idx = [i for i, kk in enumerate(kinds) if kk == k]
        maps = np.array([[_decision_maps(rows[i], qs[i], c, threshold) for i in idx] for c in cuts])
        tables[k] = (maps @ np.array([rows[i][2] for i in idx], float), maps @ np.array([rows[i][4] for i in idx], float))
    # the small kinds keep the common cut: their negatives are spent first
    fixed = sum(r[4] for r, q, k in zip(rows, qs, kinds) if k not in tables and _decision_maps(r, q, common, threshold))
    best, best_hits = {}, -1.0
    for lam in [i / 4 for i in range(0, 81)]:
        choice = {k: max(range(len(cuts)), key=lambda j: (h[j] - lam * w[j], cuts[j])) for k, (h, w) in tables.items()}
        hits = sum(tables[k][0][j] for k, j in choice.items())
        wrong = sum(tables[k][1][j] for k, j in choice.items())
        if wrong + fixed <= budget and hits > best_hits:
            best, best_hits = {k: cuts[j] for k, j in choice.items()}, hits
    return best


def _fold_kind_cuts(lin: Linear, cuts_by_kind: dict[str, float], cut: float) -> Linear:
    """The decision model whose one cut `cut` acts as each kind's own: the kind's feature (the bias for "") shifted
    by logit(cut) − logit(its cut)."""
    weights, bias = dict(lin.weights), lin.bias
    base = _ranker.logit(cut) - _ranker.logit(cuts_by_kind[""]) if "" in cuts_by_kind else 0.0
    bias += base
    for k, c in cuts_by_kind.items():
        if k:
            weights[k] = weights.get(k, 0.0) + _ranker.logit(cut) - _ranker.logit(c) - base
    return Linear(weights, bias, lin.meta)


def _decision_fitted(rows: list[tuple], docs: list[dict]) -> list[bool]:
    """Which rows the decision model is fitted on (DECISION_LABEL): every one, or ("measured") those of a page
    with a positive or whose mapping would map a labelled negative (row[4])."""
    if DECISION_LABEL == "all":
        return [True] * len(rows)
    has_pos = {d["id"] for d in docs if d["positive"]}
    return [r[0] in has_pos or r[4] > 0 for r in rows]


def _cross_fitted_decision(rows: list[tuple], docs: list[dict]) -> list[float]:
    """The decision model's probabilities on `rows`, each from a fit on the other inner folds (by province)."""
    from sklearn.model_selection import GroupKFold
    group = {d["id"]: group_of(d) for d in docs}
    groups = [group[r[0]] for r in rows]
    fitted = _decision_fitted(rows, docs)
    qs = [0.0] * len(rows)
    for tr, te in GroupKFold(n_splits=min(INNER_FOLDS, len(set(groups)))).split(rows, groups=groups):
        lin = _fit_linear([("", rows[i][1], rows[i][2]) for i in tr if fitted[i]])
        for i in te:
            qs[i] = lin.prob(rows[i][1])
    return qs


def _joint_threshold(scored: list[tuple], order: list[float], cids: list[str], veto: set[str], docs: list[dict]) -> float:
    """The confidence cut that, with the decision cut `_floor_cut` then picks, maps the most right tops while
    the labelled negatives not mapped stay at NEG_FLOOR (ties: the higher cut). One objective for both cuts,
    a rate over labelled negatives, so pages without a positive do not pull the cut up as they do F1's."""
    import numpy as np
    negatives = {d["id"]: set(d["negative"]) for d in docs}
    rows = _decision_rows(scored, order, cids, veto, negatives, 1.0)
    qs = np.array(_cross_fitted_decision(rows, docs))
    right = np.array([r[2] for r in rows], dtype=bool)
    best = np.array([r[3] for r in rows])
    # per page: is the top a labelled negative, and the confidence of its other free labelled negatives
    pages: dict[str, list] = {}
    for row, c in zip(scored, cids):
        pages.setdefault(row[0], []).append((row, c))
    top_neg = np.array([float(r[4]) for r in rows])
    p_top = np.array([1.0 / (1.0 + math.exp(-r[1]["conf_top"])) for r in rows])
    others = []
    for r in rows:
        free = [(row[1], c) for row, c in pages[r[0]] if not row[3] and c in negatives[r[0]]]
        others.append(sorted(p for p, _ in free))
    n_neg = sum(len(v) for v in negatives.values())
    return _joint_choice(right, best, top_neg, p_top, others, qs, n_neg)


def _joint_choice(right, best, top_neg, p_top, others: list[list[float]], qs, n_neg: int) -> float:
    """Per page (numpy arrays): is the order top right, the confidence best, is the top a labelled negative, its
    confidence, the confidences of the page's free labelled negatives, the decision probability. The confidence
    cut whose best decision cut maps the most right tops with labelled negatives not mapped ≥ NEG_FLOOR."""
    import numpy as np
    cuts = np.array([i / 100 for i in range(5, 96)])
    winner, score = 0.95, -1
    for t in [i / 100 for i in range(5, 96)]:
        # a mapped page maps its top and its other free pairs over t
        extra = np.array([sum(1 for p in o if p >= t) for o in others], dtype=float)
        wrong = top_neg + extra - top_neg * (p_top >= t)   # the top is one of the free pairs: counted once
        maps = (qs[None, :] >= cuts[:, None]) | (best >= t)[None, :]
        kept = 1 - (maps * wrong[None, :]).sum(axis=1) / max(n_neg, 1) >= NEG_FLOOR
        hits = (maps & right[None, :]).sum(axis=1)
        cand = hits[kept].max() if kept.any() else -1
        if cand >= score:
            winner, score = t, cand
    return winner


def _floor_cut(rows: list[tuple], qs: list[float], cuts: list[float], threshold: float, negative_pairs: int) -> float:
    """The cut mapping the most right tops while the labelled negatives not mapped stay at NEG_FLOOR or more
    (the highest cut when none does)."""
    def kept(c):
        wrong = sum(r[4] for r, q in zip(rows, qs) if _decision_maps(r, q, c, threshold))
        return 1 - wrong / negative_pairs >= NEG_FLOOR if negative_pairs else True
    ok = [c for c in cuts if kept(c)] or [cuts[-1]]
    return max(ok, key=lambda c: (sum(r[2] for r, q in zip(rows, qs) if _decision_maps(r, q, c, threshold)), c))


def _decision_maps(row: tuple, q: float, cut: float, threshold: float) -> bool:
    """Whether a page maps at this decision cut: the decision model says so, or ("or") the confidence cut does."""
    return q >= cut or (DECISION == "or" and row[3] >= threshold)


def _confidence_rows(rows: list[tuple[str, dict, int]]) -> list[tuple[str, dict, int]]:
    """The rows as the confidence model reads them: without the within-domain features when
    WITHIN_ORDER_ONLY (they are for ordering siblings, not for whether the page maps), without the
    domain lexicon's when DOMAIN_ORDER_ONLY, without the head object's when HEAD_ORDER_ONLY."""
    drop = (("dom", "dom_sib", "dom_none") if WITHIN_ORDER_ONLY else ()) + (_DOMAIN_FEATURES if DOMAIN_ORDER_ONLY else ()) \
        + (_HEAD_FEATURES if HEAD_ORDER_ONLY else ())
    if not drop:
        return rows
    return [(c, {k: v for k, v in f.items() if k not in drop}, y) for c, f, y in rows]


def _swap_example(rows: list[tuple[str, dict, int]], olin: Linear, domain: dict[str, str]) -> tuple | None:
    """("", swap features, is the top right) for a page whose two best pairs by `olin` (the one-subject
    rule's demoted pairs left out) are siblings with exactly one of them right; else None."""
    free = sorted(((_logit(olin, f), c, f, y) for c, f, y in rows if not f.get("demoted")), key=lambda r: -r[0])
    if len(free) < 2:
        return None
    (za, ca, fa, ya), (zb, cb, fb, yb) = free[:2]
    if domain.get(ca) != domain.get(cb) or ya == yb:
        return None
    return ("", _ranker.swap_features(fa, fb, za - zb), ya)


def _logit(lin: Linear, f: dict[str, float]) -> float:
    return lin.bias + sum(lin.weights.get(k, 0.0) * v for k, v in f.items())


def _platt(scored: list[tuple[str, float, int]]) -> tuple[float, float]:
    """(a, b) with P(right) = logistic(a * score + b), fitted on out-of-fold (page, score, label)."""
    from sklearn.linear_model import LogisticRegression
    lr = LogisticRegression(C=C, max_iter=5000).fit([[z] for _, z, _ in scored], [y for _, _, y in scored])
    return float(lr.coef_[0][0]), float(lr.intercept_[0])


def _order_parts() -> tuple[str, ...]:
    return ("pointwise", "pairwise") if ORDER_OBJECTIVE == "blend" else (ORDER_OBJECTIVE,)


def _calibrated_order(pages: list[list[tuple[str, dict, int]]], oof: dict[str, list]) -> tuple[Linear, float]:
    """The order model on every page and its recall cut: each part (`_order_parts`) fitted on all
    pages and calibrated on its inner folds' out-of-fold scores `oof` (a pointwise model is its own
    probability, a within-page score goes through `_platt`), the parts averaged in the logit."""
    parts = []
    for obj, scored in oof.items():
        a, b = (1.0, 0.0) if obj == "pointwise" else _platt(scored)
        lin = _fit_order(pages, obj)
        parts.append((Linear({k: a * w for k, w in lin.weights.items()}, a * lin.bias + b, lin.meta),
                      [a * z + b for _, z, _ in scored]))
    n, weights = len(parts), {}
    for lin, _ in parts:
        for k, w in lin.weights.items():
            weights[k] = weights.get(k, 0.0) + w / n
    zs = [sum(col) / n for col in zip(*(z for _, z in parts))]
    probs = [(d, 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), y) for (d, _, y), z in zip(next(iter(oof.values())), zs)]
    meta = dict(parts[0][0].meta, objective=ORDER_OBJECTIVE)
    return Linear(weights, sum(lin.bias for lin, _ in parts) / n, meta), _recall_cut(probs)


def _fit_order(pages: list[list[tuple[str, dict, int]]], objective: str | None = None) -> Linear:
    """The order model on the pages' rows (one list a page), by `objective` (ORDER_OBJECTIVE): a
    pointwise logistic model, or a within-page one whose bias is 0 (its scores order a page's
    pairs; calibrated apart, `_platt`)."""
    objective = objective or ORDER_OBJECTIVE
    if ORDER_PAGES == "positive":     # a page without a positive has no order to learn
        pages = [rows for rows in pages if any(y for _, _, y in rows)]
    if objective == "pointwise":
        return _fit_linear([r for rows in pages for r in rows])
    from sklearn.feature_extraction import DictVectorizer
    vec = DictVectorizer(sparse=False)
    x = vec.fit_transform([f for rows in pages for _, f, _ in rows])
    groups, start = [], 0            # (index of a positive, indices of its page's non-positives)
    hard = _fit_linear([r for rows in pages for r in rows]) if objective == "hard10" else None
    for rows in pages:
        idx = range(start, start + len(rows))
        others = [i for i, (_, _, y) in zip(idx, rows) if not y]
        if hard is not None:
            others = sorted(others, key=lambda i: -_logit(hard, rows[i - start][1]))[:HARD_K]
        groups += [(i, others) for i, (_, _, y) in zip(idx, rows) if y and others]
        start += len(rows)
    w = _softmax_weights(x, groups) if objective == "softmax" else _pairwise_weights(x, groups)
    return Linear(dict(zip(vec.get_feature_names_out(), w.tolist())), 0.0,
                  {"examples": len(x), "positives": len(groups), "objective": objective})


def _pairwise_weights(x, groups: list[tuple[int, list[int]]]):
    """RankNet-style: logistic regression without intercept on x(positive) - x(other), label 1,
    and its negation, label 0 (balanced)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    diff = np.vstack([x[g] - x[others] for g, others in groups])
    lr = LogisticRegression(C=C, fit_intercept=False, max_iter=5000)
    lr.fit(np.vstack([diff, -diff]), np.r_[np.ones(len(diff)), np.zeros(len(diff))])
    return lr.coef_[0]


def _softmax_weights(x, groups: list[tuple[int, list[int]]]):
    """Conditional logit: each positive against its page's others, sum of -log softmax + |w|^2/(2C)."""
    import numpy as np
    from scipy.optimize import minimize
    width = 1 + max(len(o) for _, o in groups)
    idx = np.zeros((len(groups), width), dtype=int)
    mask = np.zeros((len(groups), width), dtype=bool)
    for r, (g, others) in enumerate(groups):
        idx[r, :1 + len(others)], mask[r, :1 + len(others)] = [g, *others], True
    gold = idx[:, 0]

    def loss(w):
        s = np.where(mask, (x @ w)[idx], -np.inf)
        top = s.max(axis=1, keepdims=True)
        e = np.exp(s - top)
        z = e.sum(axis=1, keepdims=True)
        p = e / z
        val = float(np.sum(np.log(z[:, 0]) + top[:, 0] - s[:, 0])) + w @ w / (2 * C)
        coef = np.zeros(len(x))
        np.add.at(coef, idx[mask], p[mask])
        np.add.at(coef, gold, -1.0)
        return val, x.T @ coef + w / C
    return minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 5000}).x


def _without_flags(rows: list[tuple[str, dict, int]]) -> list[tuple[str, dict, int]]:
    """The rows as the order model reads them: without the ORDER_WITHOUT features, nor the page
    evidence score and the domain lexicon's best-of-page flag `pdom_top` (the confidence model's only)."""
    return [(c, {k: v for k, v in f.items() if k not in ORDER_WITHOUT and k != "pdom_top" and not k.startswith(PAGE_EV)
                 and not k.startswith(("own_", "tl_", "fx_", "na_")) and not (OBJECT_CONFIDENCE_ONLY and k.startswith("obj_"))}, y)
            for c, f, y in rows]


def cv_folds(docs: list[dict], fraction: float = 1.0, draw: int = 0) -> list[tuple[list[int], list[int]]]:
    """(train, test) indices of the grouped folds; `fraction` < 1 keeps a random part of each
    training side's groups (corpus.keep_groups), drawn by (fold, draw)."""
    from sklearn.model_selection import GroupKFold

    from extractors.corpus import keep_groups
    groups = [group_of(d) for d in docs]
    return [(keep_groups(list(tr), groups, fraction, f"criteria/{k}/{draw}"), list(te))
            for k, (tr, te) in enumerate(GroupKFold(n_splits=FOLDS).split(docs, groups=groups))]


def grouped_cv(docs: list[dict], ex: dict, veto: set[str] = frozenset(), fraction: float = 1.0,
               draw: int = 0, sizes: list | None = None) -> dict:
    """Each page ranked by the model of the fold that tests it (`cv_folds`); `sizes` gets the
    training pages per fold."""
    rankings = {}
    for tr, te in cv_folds(docs, fraction, draw):
        if sizes is not None:
            sizes.append(len(tr))
        model = fit([docs[i] for i in tr], ex, veto)
        for i in te:
            rankings[docs[i]["id"]] = ev.ranked(docs[i], model)
    return {**ev.evaluate(docs, rankings=rankings), "rankings": rankings}


def leave_one_province_out(docs: list[dict], ex: dict, veto: set[str] = frozenset()) -> dict:
    """Every province ranked by a model (weights and cuts) fitted without any of its pages."""
    from sklearn.model_selection import LeaveOneGroupOut
    groups = [province_of(d) for d in docs]
    rankings = {}
    for tr, te in LeaveOneGroupOut().split(docs, groups=groups):
        model = fit([docs[i] for i in tr], ex, veto)
        for i in te:
            rankings[docs[i]["id"]] = ev.ranked(docs[i], model)
    return {**ev.evaluate(docs, rankings=rankings), "rankings": rankings}


def print_apart(sets: dict[str, list[dict]], r: dict) -> None:
    """With fresh pages joined: the same cross-validated rankings scored on the older pages, on each fresh set
    apart, and (with the optional fresh21 / fresh22) on the pages a run without them reads (the figure comparable
    with such a run)."""
    joined = [name for name in FRESH_SETS if name in sets]
    if not joined:
        return
    parts = [("older pages", [d for name in sets if name not in FRESH_SETS for d in sets[name]])]
    parts += [(f"{name} alone", sets[name]) for name in joined]
    optional = [name for name in OPTIONAL_SETS if name in sets]
    for k in range(len(optional), 0, -1):    # all but fresh22 (a --with-fresh21 run), then all but both (the default)
        left = optional[k - 1:]
        parts.append((f"all but {' + '.join(left)}", [d for name in sets if name not in left for d in sets[name]]))
    for label, docs in parts:
        sub = ev.evaluate(docs, rankings=r["rankings"])
        hits = sum(1 for d in docs if d["positive"]) * sub["precision_at_1_all"]
        print(f"  {label} ({len(docs)} pages): {summary(sub)}  (P@1 {round(hits)}/{sum(1 for d in docs if d['positive'])})")


def summary(r: dict) -> str:
    """The four headline figures to three decimals (ev.table gives two), the negatives also as a count
    (the floor is read in labelled pairs)."""
    kept = round(r["negatives_not_mapped"] * r.get("negative_pairs", 0))
    return (f"P@1 {r['precision_at_1_all']:.3f}  R@3 {r['recall_at_3_all']:.3f}  "
            f"negatives not mapped {r['negatives_not_mapped']:.3f} ({kept}/{r.get('negative_pairs', 0)})  "
            f"ranking alone {r['ranking_at_1_all']:.3f}")


SETS = ("docs", "heldout", "extra")    # extra.jsonl is optional
FRESH = "fresh19"                       # session 19's fresh pages (optional): left out with --without-fresh19
FRESH20 = "fresh20"                     # session 20's fresh pages (optional): left out with --without-fresh20
FRESH21 = "fresh21"                     # session 20's third set: read with --with-fresh21 (the join lost P@1, not shipped)
FRESH22 = "fresh22"                     # session 21's fourth set, read since session 24: with --with-fresh22
FRESH23 = "fresh23"                     # session 24's fifth set, read since session 25: with --with-fresh23
FRESH24 = "fresh24"                     # session 25's sixth set (a random draw), read since session 26: with --with-fresh24
FRESH25 = "fresh25"                     # session 26's seventh set (a random draw), read since session 27: with --with-fresh25
FRESH26 = "fresh26"                     # session 26's eighth set (a random draw), read since session 27: with --with-fresh26
FRESH27 = "fresh27"                     # session 26's ninth set (a random draw), read since the thirty-first pass: with --with-fresh27
FRESH_SETS = (FRESH, FRESH20, FRESH21, FRESH22, FRESH23, FRESH24, FRESH25, FRESH26, FRESH27)  # only these are read: a later set stays unseen until named here
OPTIONAL_SETS = (FRESH21, FRESH22, FRESH23, FRESH24, FRESH25, FRESH26, FRESH27)  # read only when told to (--with-...)


def load(pairs: Path, fresh: bool = True, fresh20: bool = True, fresh21: bool = False,
         fresh22: bool = False, fresh23: bool = False, fresh24: bool = False, fresh25: bool = False,
         fresh26: bool = False, fresh27: bool = False) -> dict[str, list[dict]]:
    out = {}
    keeps = (fresh, fresh20, fresh21, fresh22, fresh23, fresh24, fresh25, fresh26, fresh27)
    for name in SETS + tuple(n for n, keep in zip(FRESH_SETS, keeps) if keep):
        path = pairs / f"{name}.jsonl"
        if name in ("extra",) + FRESH_SETS and not path.exists():
            continue
        out[name] = ev.load_docs(path)
        for d in out[name]:
            d["_set"] = name
    return out


# the optional sets `--with-NAME` joins, and when each became readable (the loader's keyword of the same name)
_JOINABLE = {
    "fresh21": "session 20's third set; twenty-second pass: the join lost P@1 leaving one province out, so the "
               "shipped ranker is fitted without it",
    "fresh22": "session 21's fourth set, unseen until session 24's twenty-seventh pass",
    "fresh23": "session 24's fifth set, unseen until session 25's twenty-eighth pass",
    "fresh24": "session 25's sixth set, a random draw, unseen until session 26's twenty-ninth pass",
    "fresh25": "session 26's seventh set, a random draw, unseen until session 27's thirtieth pass",
    "fresh26": "session 26's eighth set, a random draw, unseen until session 27's thirtieth pass",
    "fresh27": "session 26's ninth set, a random draw, unseen until session 27's thirty-first pass",
}


def main(argv: list[str] | None = None) -> int:
    global LEARNED, ORDER_OBJECTIVE, PAGE_EVIDENCE, WITHIN, SWAP, WITHIN_ORDER_ONLY, DOMAIN_FIRST, DOMAIN_ORDER_ONLY
    global OBJECT_CONFIDENCE_ONLY, HEAD_ORDER_ONLY, ORDER_PAGES, DECISION, DECISION_CUT, THRESHOLD_FLOOR, NEG_FLOOR, JOINT_CUT, DECISION_LABEL, KIND_CUT
    ap = argparse.ArgumentParser(prog="python -m extractors.criteria.train", description=__doc__.split("\n")[0])
    ap.add_argument("--pairs", type=Path, default=PAIRS, help="folder with docs.jsonl and heldout.jsonl")
    ap.add_argument("--out", type=Path, default=MODEL_FILE)
    ap.add_argument("--no-save", action="store_true")
    ap.add_argument("--lopo", action="store_true",
                    help="also leave one province out (one fit per province: slower)")
    ap.add_argument("--failures", type=Path, help="write the misses (one a line) here: LOPO's with --lopo, else the grouped CV's")
    ap.add_argument("--no-learned", action="store_true",
                    help="without the learned lexicon per criterion (the eighth pass's ranker)")
    ap.add_argument("--order-objective", choices=("pointwise", "pairwise", "softmax", "hard10", "blend"), default=ORDER_OBJECTIVE,
                    help="how the order model is fitted (fourteenth pass; pointwise is shipped)")
    ap.add_argument("--page-evidence", choices=("off", "confidence", "page", "cross"), default="confidence",
                    help="the page-level evidence model (fifteenth pass): its score read by the confidence model "
                         "(shipped), also by the page model, or also apart on news / title-less pages (not kept); "
                         "off: without it")
    ap.add_argument("--within", choices=("off", "all", "gate", "gate-noflag"), default=WITHIN,
                    help="the within-domain lexicon (sixteenth pass): off (shipped), on every pair, or gated "
                         "to the domain the learned lexicon puts first on the page")
    ap.add_argument("--within-order-only", action="store_true",
                    help="with --within: the order model reads the within-domain features, the confidence model not")
    ap.add_argument("--swap", action="store_true",
                    help="the sibling swap model over the order model's two best pairs (sixteenth pass; not shipped)")
    ap.add_argument("--domain-first", choices=("off", "page", "lead"), default=DOMAIN_FIRST,
                    help="the domain lexicon (seventeenth pass; off is shipped): the page's most probable domain, "
                         "read from the learned lexicon's grams (page) or with the subject's lead counted again (lead)")
    ap.add_argument("--domain-order-only", action="store_true",
                    help="with --domain-first: the order model reads the domain features, the confidence model not")
    ap.add_argument("--more-actions", action="store_true",
                    help="the page's action x the criterion's kind also for digitising and delegating "
                         "(ranker.MORE_ACTIONS; seventeenth pass, not shipped)")
    ap.add_argument("--own-act", action="store_true",
                    help="the province's own act as page features of the confidence model (ranker.own_act; "
                         "eighteenth pass, not shipped)")
    ap.add_argument("--act-object", choices=("off", "both", "confidence", "sib"), default="off",
                    help="each criterion against what the page's act is about (ranker.object_features; eighteenth "
                         "pass, not shipped): read by both models, by the confidence model only, or only its leads over the "
                         "siblings (sib, both models)")
    ap.add_argument("--act-cues", action="store_true",
                    help="own_act's features and a goal cue read by the confidence and the decision model (ranker.ACT_CUES; "
                         "thirtieth pass, not shipped)")
    ap.add_argument("--titleless-cues", action="store_true",
                    help="on title-less pages, the head's cues of a relayed plan or goals, of results told and of an event, "
                         "read by the confidence and the decision model (ranker.TITLELESS_CUES; thirty-first pass, not shipped)")
    ap.add_argument("--fact-cues", choices=("off", "tl", "all"), default="off",
                    help="the page's extracted facts (primary act's issuer and kind, cited acts, targets ahead of the "
                         "page's date, values judged results, period) read by the confidence and the decision model, "
                         "on title-less pages (tl) or every page (ranker.FACT_CUES; thirty-second pass, not shipped)")
    ap.add_argument("--named-acts", choices=("off", "tl", "all"), default="off",
                    help="the acts the page names in words without a number (extractors.named_acts: the province's own "
                         "or relayed, another body's, kind, issuing verb, year, topic against each criterion), read by "
                         "the confidence and the decision model, on title-less pages (tl) or every page "
                         "(ranker.NAMED_ACTS; thirty-third pass, not shipped)")
    ap.add_argument("--titleless-split", action="store_true",
                    help="the decision model reads its features again apart on title-less pages (ranker.TITLELESS_SPLIT; "
                         "thirty-first pass, not shipped)")
    ap.add_argument("--ranking-cues", choices=("s26", "s27"), default=_ranker.RANKING_CUES,
                    help="the cue of a ranking published by others: as shipped (s26) or wider (s27: 'xếp thứ N cả nước', "
                         "'top N địa phương dẫn đầu'; thirtieth pass, not shipped)")
    ap.add_argument("--head-object", choices=("off", "all", "is", "later"), default=None,
                    help="each pair against the head criterion of the page's subject, its first object "
                         "(ranker.head_features; twenty-fifth pass): all its features, or only whether the pair "
                         "is the head (is), or that and whether its cue comes later in the subject (later: shipped since the "
                         "twenty-seventh pass); off: without them")
    ap.add_argument("--head-cues", choices=tuple(_ranker.HEAD_CUE_SETS), default=_ranker.HEAD_CUE_SET,
                    help="with --head-object: the head cues of the twenty-fifth pass (s23) or with the twenty-seventh "
                         "pass's (s24: repeals of normative acts, law-enforcement monitoring, re-engineered workflows, "
                         "public-service units' finance; cited acts' dates skipped)")
    ap.add_argument("--head-order-only", action="store_true",
                    help="with --head-object: the order model reads the head features, the confidence model not")
    ap.add_argument("--head-gate", choices=("off", "flag", "move", "title"), default=_ranker.HEAD_GATE,
                    help="the head criterion gating another criterion's key phrase (ranker.head_gated; twenty-sixth "
                         "pass): a flag and the rule score apart (flag), that on title phrases only (title), or the phrase's "
                         "tier features renamed (move)")
    ap.add_argument("--head-decision", action="store_true",
                    help="the decision model reads the head features of the order model's top (twenty-sixth pass)")
    ap.add_argument("--order-pages", choices=("all", "positive"), default=ORDER_PAGES,
                    help="the pages the order model is fitted on: all, or those with a positive (twenty-fifth "
                         "pass; shipped since the twenty-seventh)")
    ap.add_argument("--decision", choices=("off", "replace", "or"), default=DECISION,
                    help="the decision model (twentieth pass; or is shipped since the twenty-first): whether a page maps, judged on the "
                         "order model's top from both models' scores, its margin, the page's kind and the top's "
                         "domain; replaces the confidence cut, or maps too (or)")
    ap.add_argument("--decision-cut", choices=("f1", "floor"), default=DECISION_CUT,
                    help="with --decision: its cut maximises the F1 of mapped right tops (f1), or the right tops "
                         "with the inner folds' labelled negatives not mapped at NEG_FLOOR or more (floor)")
    ap.add_argument("--neg-floor", type=float, default=NEG_FLOOR,
                    help="the floor of the inner folds' labelled negatives not mapped (--decision-cut floor)")
    ap.add_argument("--threshold-floor", action="store_true",
                    help="the control of --decision-cut floor: the confidence cut chosen by the same floor, "
                         "without the decision model")
    ap.add_argument("--joint-cut", action="store_true",
                    help="the confidence cut chosen with the decision cut by the same floor objective (twenty-third "
                         "pass) instead of by F1")
    ap.add_argument("--decision-label", choices=("all", "measured"), default=DECISION_LABEL,
                    help="the pages the decision model is fitted on: all (shipped), or those with a positive or a "
                         "labelled negative it would map (twenty-fourth pass)")
    ap.add_argument("--kind-cut", choices=("off", "title", "domain"), default=KIND_CUT,
                    help="with --decision-cut floor: a decision cut per kind of page (title or not, or the top's domain), "
                         "the floor's room split at one price (twenty-fourth pass)")
    ap.add_argument("--without-fresh19", action="store_true",
                    help="leave out fresh19.jsonl (session 19's pages; joined since the nineteenth pass): the older "
                         "pages alone, as before session 19. With them, the cross-validated figures are also printed "
                         "for the older pages and the fresh pages apart")
    ap.add_argument("--without-fresh20", action="store_true",
                    help="leave out fresh20.jsonl (session 20's pages; joined since the twenty-first pass): the "
                         "pages as before it")
    for name, note in _JOINABLE.items():
        ap.add_argument(f"--with-{name}", action="store_true", help=f"also read {name}.jsonl ({note})")
    ap.add_argument("--train-fraction", type=float, default=1.0,
                    help="learning curves: fit each fold on this random fraction of its training groups; "
                         "only the grouped CV is run, nothing saved")
    ap.add_argument("--draw", type=int, default=0, help="which random draw of --train-fraction")
    ap.add_argument("--shipped", action="store_true",
                    help="the shipped ranker's settings (twenty-ninth pass): --with-fresh21 --with-fresh22 "
                         "--with-fresh23 --with-fresh24 --joint-cut")
    a = ap.parse_args(argv)
    if a.shipped:
        a.with_fresh21 = a.with_fresh22 = a.with_fresh23 = a.with_fresh24 = a.joint_cut = True
    LEARNED, ORDER_OBJECTIVE = not a.no_learned, a.order_objective
    PAGE_EVIDENCE = a.page_evidence != "off"
    WITHIN, SWAP, WITHIN_ORDER_ONLY = a.within, a.swap, a.within_order_only
    DOMAIN_FIRST, DOMAIN_ORDER_ONLY = a.domain_first, a.domain_order_only
    _ranker.USE_MORE_ACTIONS = a.more_actions
    _ranker.OWN_ACT, _ranker.ACT_OBJECT = a.own_act, a.act_object != "off"
    _ranker.ACT_CUES, _ranker.RANKING_CUES = a.act_cues, a.ranking_cues
    _ranker.TITLELESS_CUES, _ranker.TITLELESS_SPLIT = a.titleless_cues, a.titleless_split
    _ranker.FACT_CUES, _ranker.NAMED_ACTS = a.fact_cues, a.named_acts
    if a.head_object is not None:
        _ranker.HEAD_OBJECT, _ranker.HEAD_KEYS = a.head_object != "off", _ranker.HEAD_SETS[a.head_object]
    HEAD_ORDER_ONLY = a.head_order_only
    _ranker.HEAD_CUE_SET = a.head_cues
    _ranker.HEAD_GATE, _ranker.HEAD_DECISION = a.head_gate, a.head_decision
    ORDER_PAGES = a.order_pages
    OBJECT_CONFIDENCE_ONLY = a.act_object == "confidence"
    DECISION, DECISION_CUT, THRESHOLD_FLOOR, NEG_FLOOR = a.decision, a.decision_cut, a.threshold_floor, a.neg_floor
    JOINT_CUT, DECISION_LABEL, KIND_CUT = a.joint_cut, a.decision_label, a.kind_cut
    _ranker.OBJECT_SIBLINGS_ONLY = a.act_object == "sib"
    _ranker.WITHIN_GATE = {"gate": "learned", "gate-noflag": "learned-noflag"}.get(a.within)
    _ranker.PAGE_MODEL_EVIDENCE = a.page_evidence == "page"
    _ranker.PAGE_EV_CROSS = a.page_evidence == "cross"
    try:
        sets = load(a.pairs, fresh=not a.without_fresh19, fresh20=not a.without_fresh20,
                    **{name: getattr(a, f"with_{name}") for name in _JOINABLE})
    except (OSError, ValueError, KeyError) as e:
        print(f"error: cannot read the labelled pairs in {a.pairs}: {e}", file=sys.stderr)
        return 2
    import sklearn.linear_model  # noqa: F401  (loads scipy's BLAS now: the limit only reaches loaded libraries)
    from threadpoolctl import threadpool_limits     # comes with scikit-learn
    # one BLAS thread: the fits are small, and spinning threads cost ~30x the CPU on a shared machine
    with threadpool_limits(1):
        return _run(a, sets)


def _run(a: argparse.Namespace, sets: dict[str, list[dict]]) -> int:
    every = [d for name in sets for d in sets[name]]
    ex, veto = examples(every), vetoed(every)
    sizes: list = []
    cv = grouped_cv(every, ex, veto, a.train_fraction, a.draw, sizes)
    print(f"== grouped by province, {FOLDS}-fold CV over {' + '.join(sets)} ({len(every)} pages)\n{ev.table(cv)}")
    print(f"train fraction {a.train_fraction} draw {a.draw}: {sum(sizes) / len(sizes):.1f} training pages per fold; "
          + summary(cv))
    print_apart(sets, cv)
    if a.failures and not a.lopo:
        a.failures.write_text("".join(f + "\n" for f in cv["failures"]), encoding="utf-8")
    if a.train_fraction < 1:          # the figures below and the saved model are for all the pages
        return 0
    if a.lopo:
        lo = leave_one_province_out(every, ex, veto)
        n = len({province_of(d) for d in every})
        print(f"== leave one province out ({n} groups, national pages pooled)\n{ev.table(lo)}")
        print(summary(lo))
        print_apart(sets, lo)
        if a.failures:
            a.failures.write_text("".join(f + "\n" for f in lo["failures"]), encoding="utf-8")
    r = ev.evaluate(sets["heldout"], fit(sets["docs"], ex, veto))
    print(f"== trained on docs.jsonl, tested on heldout.jsonl\n{ev.table(r)}")
    model = fit(every, ex, veto)
    if not a.no_save:
        a.out.write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                         encoding="utf-8")
        print(f"wrote {a.out} (threshold {model.threshold:.2f}, {model.model.meta['examples']} pairs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
