"""A lexicon learned from labelled pages: which words of a page's title and head go with each
criterion (ninth pass, issue 15). Pure: fitted by train.py, stored in criteria_ranker.json.

The ranker's other similarities compare a page with the catalog's wording of a criterion; some
criteria are worded thinly (6.1: "quản lý tài chính công") while their pages share words the
catalog does not write ("dự toán", "thu chi ngân sách", "giải ngân"). Each criterion's vector is
the weights of a logistic model telling its positive training pages from all the others (words of
other criteria's pages weigh against it), cut to its strongest terms. A criterion with fewer than
MIN_PAGES positive pages has none (its pairs get `learn_none`). The trainer cross-fits it: a
training page's features come from a lexicon fitted without its province.
"""
from __future__ import annotations

import math
import re
from collections import Counter

MIN_PAGES = 3        # fewer positive training pages than this: no learned vector (all fixed a priori)
TOP_TERMS = 60       # terms kept per criterion, by |weight| (keeps the model file small)
C = 10.0             # inverse L2 strength of each criterion's logistic model
MIN_DF = 3           # terms of fewer training pages are those pages', not a criterion's
MIN_PROVINCES = 2    # a positive term of one province's positive pages only is that province's
MIN_SIBLING_PAGES = 3  # within a domain (sixteenth pass): fewer sibling pages than this, nothing to tell apart


def grams(folded: str) -> Counter:
    """Syllable unigrams and bigrams of folded lower-case text (Vietnamese words are 1-3 syllables)."""
    syl = re.findall(r"[a-z0-9]+", folded)
    return Counter(syl) + Counter(a + "_" + b for a, b in zip(syl, syl[1:]))


def page_grams(doc) -> Counter:
    """The page's title, title zone and head (mapping.DocView), as the ranker reads them."""
    zone = " ".join(doc.folded[a:b] for a, b in doc.title_zone)
    return grams(doc.folded[:doc.head_end] + "\n" + zone)


def _log_tf(g: Counter) -> dict[str, float]:
    return {t: 1 + math.log(c) for t, c in g.items()}


def _unit(v: dict[str, float]) -> dict[str, float]:
    n = math.sqrt(sum(x * x for x in v.values())) or 1.0
    return {t: x / n for t, x in v.items()}


class Learned:
    """criterion id -> {term: weight}; a page's score is the dot product of its unit log-tf vector
    with it (the logistic model's margin without its intercept)."""

    def __init__(self, vecs: dict[str, dict[str, float]]):
        self.vecs = vecs

    @classmethod
    def fit(cls, pages: list[tuple[Counter, list[str], list[str], str]],
            domain: dict[str, str] | None = None) -> "Learned":
        """pages: (page grams, positive criterion ids, negative criterion ids, province). One
        logistic model per criterion (its positive pages against every other page) over the pages'
        unit log-tf vectors, on the terms of MIN_DF training pages; its TOP_TERMS largest weights
        kept. A positive weight needs the term on the criterion's positive pages of MIN_PROVINCES
        provinces (else it is one province's: its name, its places, its programme). With `domain`
        (criterion id -> domain id; the within-domain lexicon of the sixteenth pass) each model
        tells the criterion's positive pages only from the pages positive for a sibling and not for
        it: the words that tell 2.1 from 2.3, not a domain's pages from the rest. Needs
        scikit-learn (the trainer's)."""
        import numpy as np
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
        df = Counter(t for g, _, _, _ in pages for t in g)
        rows = [{t: x for t, x in _unit(_log_tf(g)).items() if df[t] >= MIN_DF} for g, _, _, _ in pages]
        vec = DictVectorizer()
        x = vec.fit_transform(rows).tocsr()
        x.indices, x.indptr = x.indices.astype(np.int32), x.indptr.astype(np.int32)   # liblinear's index type
        names = vec.get_feature_names_out()
        vecs = {}
        for c, n in Counter(c for _, p, _, _ in pages for c in p).items():
            if n < MIN_PAGES or n == len(pages):      # nothing to tell its pages from
                continue
            spread = _spread([(g, prov) for g, p, _, prov in pages if c in p])
            rows_c = _rows(pages, c, domain)
            if rows_c is None:
                continue
            coef = LogisticRegression(C=C, solver="liblinear").fit(
                x[rows_c], [int(c in pages[i][1]) for i in rows_c]).coef_[0]
            keep = sorted(((abs(w), names[j], float(w)) for j, w in enumerate(coef)
                           if w < 0 or (w > 0 and spread[names[j]] >= MIN_PROVINCES)), reverse=True)[:TOP_TERMS]
            vecs[c] = {t: w for _, t, w in keep}
        return cls(vecs)

    def scores(self, g: Counter) -> dict[str, float]:
        """criterion id -> the dot product of the page's unit log-tf vector with its learned weights (criteria without one absent)."""
        d = _unit(_log_tf(g))
        return {c: sum(x * d.get(t, 0.0) for t, x in v.items()) for c, v in self.vecs.items()}

    def to_json(self) -> dict:
        return {c: {t: round(x, 4) for t, x in v.items()} for c, v in sorted(self.vecs.items())}

    @classmethod
    def from_json(cls, d: dict) -> "Learned":
        return cls({c: {t: float(x) for t, x in v.items()} for c, v in d.items()})


def _rows(pages: list, c: str, domain: dict[str, str] | None) -> list[int] | None:
    """The training pages of criterion `c`'s model: every page, or with `domain` the pages positive for
    `c` or for one of its siblings (None when fewer than MIN_SIBLING_PAGES are a sibling's alone)."""
    if domain is None:
        return list(range(len(pages)))
    dom = domain.get(c)
    rows = [i for i, (_, p, _, _) in enumerate(pages) if any(domain.get(o) == dom for o in p)]
    if sum(1 for i in rows if c not in pages[i][1]) < MIN_SIBLING_PAGES:
        return None
    return rows


def _spread(pages: list[tuple[Counter, str]]) -> Counter:
    """term -> on how many provinces' pages it occurs."""
    by_prov: dict[str, set] = {}
    for g, prov in pages:
        by_prov.setdefault(prov, set()).update(g)
    return Counter(t for terms in by_prov.values() for t in terms)


def within_features(scores: dict[str, float], cids: list[str], domain: dict[str, str],
                    gate: str | None = None, flag_gated: bool = True) -> list[dict[str, float]]:
    """Per pair, the within-domain lexicon's score (`dom`) and its lead over the best sibling's
    (`dom_sib`), or `dom_none`. With `gate` (a domain id) only the pairs of that domain get them:
    a within-domain score says nothing about a page of another domain; the other domains' pairs get
    `dom_none` too, or nothing without `flag_gated` (the flag lifts the gated domain as a whole)."""
    out = []
    for c in cids:
        if gate is not None and domain.get(c) != gate:
            out.append({"dom_none": 1.0} if flag_gated else {})
            continue
        if c not in scores:
            out.append({"dom_none": 1.0})
            continue
        sib = [scores[o] for o in cids if o != c and o in scores and domain.get(o) == domain.get(c)]
        out.append({"dom": scores[c], "dom_sib": scores[c] - max(sib, default=0.0)})
    return out


def features(scores: dict[str, float], cids: list[str], domain: dict[str, str]) -> list[dict[str, float]]:
    """Per pair (same order as `cids`): its learned score, its lead over the page's best other
    criterion and over its best sibling (same domain), whether it is the page's best; or
    `learn_none` when its criterion has no learned vector."""
    known = [c for c in cids if c in scores]
    ranked = sorted((scores[c] for c in known), reverse=True) + [0.0, 0.0]
    out = []
    for c in cids:
        if c not in scores:
            out.append({"learn_none": 1.0})
            continue
        s = scores[c]
        other = ranked[1] if s == ranked[0] else ranked[0]
        sib = max((scores[o] for o in known if o != c and domain.get(o) == domain.get(c)), default=0.0)
        out.append({"learn": s, "learn_lead": s - other, "learn_sib": s - sib, "learn_top": float(s == ranked[0] > 0)})
    return out


def domain_pages(pages: list[tuple[Counter, list[str], list[str], str]],
                 domain: dict[str, str]) -> list[tuple[Counter, list[str], list[str], str]]:
    """The pages with each criterion id replaced by its domain's (seventeenth pass): a page is
    positive for a domain when it is positive for any of its criteria. `Learned.fit` on them gives
    one vector per domain, each fitted on every page of the domain (siblings' pages pooled)."""
    return [(g, sorted({domain.get(c, c) for c in pos}), [], prov) for g, pos, _, prov in pages]


def domain_features(scores: dict[str, float], cids: list[str], domain: dict[str, str]) -> list[dict[str, float]]:
    """Per pair, what the domain lexicon (seventeenth pass) says of the page's domain: the score of the
    pair's domain (`pdom`), its lead over the page's best other domain (`pdom_lead`: > 0 only for the
    page's most probable domain) and whether the pair's domain is that one (`pdom_top`); `pdom_none`
    when its domain has no vector."""
    out = []
    for c in cids:
        d = domain.get(c)
        if d not in scores:
            out.append({"pdom_none": 1.0})
            continue
        s = scores[d]
        other = max((v for k, v in scores.items() if k != d), default=0.0)
        out.append({"pdom": s, "pdom_lead": s - other, "pdom_top": float(s > other)})
    return out
