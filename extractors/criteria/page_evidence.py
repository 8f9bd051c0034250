"""Is a page anybody's evidence? A page-level model over the page's own words (fifteenth pass, issue 15).

The ranker's features are shaped for a (page, criterion) pair; what tells a province's own news of
its reform act from a national news item or a relayed ranking may be in the page's words as a whole
("UBND tỉnh đã ban hành", "toàn tỉnh" against "công bố", "theo báo cáo của Bộ"). One logistic model
over the sublinear tf-idf (l2-normalised) of the folded syllable uni+bigrams of the page's title and
text (capped at TEXT_CHARS), labelled "the page has a positive pair" against "nobody's evidence". Its
centred probability (minus the share of positive pages it was fitted on) is the feature `page_ev` of
the confidence model only. Pure at run time: the vocabulary's idf and the weights are plain JSON
(`Linear` with `meta["idf"]`, as extractors/models/page_kind.json); fitting needs scikit-learn.
"""
from __future__ import annotations

import math
from collections import Counter

from extractors.models import Linear
from extractors.text_models import page_kind_features

from extractors.criteria.learned import grams

TEXT_CHARS = 3000    # title + text read (the labelled pages are excerpts: all but 16 of 586 fit in 900)
MIN_DF = 3           # terms of fewer training pages are those pages' (fixed a priori, as learned.py)
MIN_GROUPS = 2       # a term of one province's pages only is that province's (its name, its places)
C = 10.0             # inverse L2 strength, as the learned lexicon's (fixed a priori, not searched)
FEATURE = "page_ev"


def page_text_grams(folded: str) -> Counter:
    """The grams of the folded lower-case title + text (mapping.DocView.folded), capped."""
    return grams(folded[:TEXT_CHARS])


def _vector(g: Counter, idf: dict[str, float]) -> dict[str, float]:
    """Sublinear, l2-normalised tf-idf of the grams (the extractors' text models' own vector)."""
    return page_kind_features(g.elements(), idf)


class PageEvidence:
    """P(the page is somebody's evidence) from its words; `centred` is the feature the ranker reads."""

    def __init__(self, model: Linear):
        self.model = model
        self.idf: dict[str, float] = model.meta["idf"]
        self.base: float = float(model.meta["base"])

    @classmethod
    def fit(cls, pages: list[tuple[Counter, bool, str]]) -> "PageEvidence":
        """pages: (grams, has a positive pair, group). Vocabulary: terms of MIN_DF pages of MIN_GROUPS
        groups; smooth idf (as scikit-learn's); one logistic regression (liblinear, C)."""
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
        df, groups = Counter(), {}
        for g, _, grp in pages:
            df.update(g.keys())
            for t in g:
                groups.setdefault(t, set()).add(grp)
        n = len(pages)
        idf = {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()
               if c >= MIN_DF and len(groups[t]) >= MIN_GROUPS}
        y = [int(pos) for _, pos, _ in pages]
        base = sum(y) / n if n else 0.5
        if len(set(y)) < 2:
            return cls(Linear({}, math.log(max(base, 1e-6) / max(1 - base, 1e-6)), {"idf": {}, "base": base}))
        import numpy as np
        vec = DictVectorizer()
        x = vec.fit_transform([_vector(g, idf) for g, _, _ in pages]).tocsr()
        x.indices, x.indptr = x.indices.astype(np.int32), x.indptr.astype(np.int32)   # liblinear's index type
        lr = LogisticRegression(C=C, solver="liblinear").fit(x, y)
        weights = {t: float(w) for t, w in zip(vec.get_feature_names_out(), lr.coef_[0]) if w}
        return cls(Linear(weights, float(lr.intercept_[0]), {"idf": idf, "base": base}))

    def prob(self, g: Counter) -> float:
        return self.model.prob(_vector(g, self.idf))

    def centred(self, g: Counter) -> float:
        return self.prob(g) - self.base

    def to_json(self) -> dict:
        return {"bias": round(self.model.bias, 6), "weights": {t: round(w, 5) for t, w in sorted(self.model.weights.items())},
                "idf": {t: round(x, 5) for t, x in sorted(self.idf.items())}, "base": round(self.base, 6)}

    @classmethod
    def from_json(cls, d: dict) -> "PageEvidence":
        return cls(Linear({t: float(w) for t, w in d["weights"].items()}, float(d["bias"]),
                          {"idf": {t: float(x) for t, x in d["idf"].items()}, "base": float(d["base"])}))
