"""A lexicon learned from labelled pages: which words of a page's title and head go with each
criterion (ninth pass, issue 15). Pure: fitted by train.py, stored in criteria_ranker.json.

The ranker's other similarities compare a page with the catalog's wording of a criterion; some
criteria are worded thinly (6.1: "quản lý tài chính công") while their pages share words the
catalog does not write ("dự toán", "thu chi ngân sách", "giải ngân"). Each criterion's vector is a
Rocchio centroid: the mean TF-IDF vector of its positive training pages minus a share of its
labelled-negative pages', cut to its strongest terms. A criterion with fewer than MIN_PAGES
positive pages has none (its pairs get `learn_none`). The trainer cross-fits it: a training
page's features come from a lexicon fitted without its province.
"""
from __future__ import annotations

import math
import re
from collections import Counter

MIN_PAGES = 3        # fewer positive training pages than this: no learned vector (fixed a priori)
TOP_TERMS = 60       # terms kept per criterion (keeps the model file small)
NEG_SHARE = 0.5      # Rocchio's gamma: the labelled negatives' mean is subtracted at this weight
MIN_DF = 2           # a term seen on one training page only is that page's, not the criterion's
MIN_PROVINCES = 2    # ... and one seen on one province's positive pages only is that province's


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
    """criterion id -> {term: weight}; a page's score is the cosine of its log-tf vector with it."""

    def __init__(self, vecs: dict[str, dict[str, float]]):
        self.vecs = vecs

    @classmethod
    def fit(cls, pages: list[tuple[Counter, list[str], list[str], str]]) -> "Learned":
        """pages: (page grams, positive criterion ids, negative criterion ids, province). A term is
        kept for a criterion only if its positive pages of MIN_PROVINCES provinces use it (else it
        is one province's: its name, its places, its programme)."""
        df = Counter(t for g, _, _, _ in pages for t in g)
        n = len(pages) or 1
        idf = {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items() if c >= MIN_DF}
        units = [_unit({t: w * idf[t] for t, w in _log_tf(g).items() if t in idf}) for g, _, _, _ in pages]
        pos: dict[str, list[int]] = {}
        neg: dict[str, list[int]] = {}
        for i, (_, p, q, _) in enumerate(pages):
            for c in p:
                pos.setdefault(c, []).append(i)
            for c in q:
                neg.setdefault(c, []).append(i)
        vecs = {}
        for c, idx in pos.items():
            if len(idx) < MIN_PAGES:
                continue
            spread = Counter(t for prov in {pages[i][3] for i in idx}
                             for t in set().union(*(pages[i][0] for i in idx if pages[i][3] == prov)))
            cen = {t: x for t, x in _mean([units[i] for i in idx]).items() if spread[t] >= MIN_PROVINCES}
            for t, x in _mean([units[i] for i in neg.get(c, [])]).items():
                if t in cen:
                    cen[t] -= NEG_SHARE * x
            top = sorted(((x, t) for t, x in cen.items() if x > 0), reverse=True)[:TOP_TERMS]
            vecs[c] = _unit({t: x for x, t in top})
        return cls(vecs)

    def scores(self, g: Counter) -> dict[str, float]:
        """criterion id -> the page's cosine with its learned vector (criteria without one absent)."""
        d = _unit(_log_tf(g))
        return {c: sum(x * d.get(t, 0.0) for t, x in v.items()) for c, v in self.vecs.items()}

    def to_json(self) -> dict:
        return {c: {t: round(x, 4) for t, x in v.items()} for c, v in sorted(self.vecs.items())}

    @classmethod
    def from_json(cls, d: dict) -> "Learned":
        return cls({c: {t: float(x) for t, x in v.items()} for c, v in d.items()})


def _mean(vs: list[dict[str, float]]) -> dict[str, float]:
    out: dict[str, float] = {}
    for v in vs:
        for t, x in v.items():
            out[t] = out.get(t, 0.0) + x / len(vs)
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
