"""A learned re-ranking of the rule mapper's (document, criterion) scores. Pure: no I/O at call time.

The rules (mapping.score + one_subject) fire on the phrases written for each criterion; on
provinces they were not written from they over- and under-fire. The ranker combines their
signals with lexical similarity of the document's title + head to the criterion's wording
(TF-IDF over folded syllable uni+bigrams, IDF over the catalogs' criteria), the document type
and the issuer level, in one logistic model stored as JSON (criteria_ranker.json, trained by
`python -m extractors.criteria.train`) and read once per process.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from extractors.models import Linear
from extractors.normalize import fold

from extractors.criteria.catalog import Catalog, Target

MODEL_FILE = Path(__file__).with_name("criteria_ranker.json")
TYPES = ("Kế hoạch", "Quyết định", "Báo cáo", "Chỉ thị", "Nghị quyết", "Công văn", "Thông báo", "Hướng dẫn",
         "Đề án", "Chương trình", "Quy chế")
# page kinds that are nobody's evidence (the labelling rule): cues in the folded title + head
_KINDS = {
    "kind_research": r"\b(luan van|luan an|khoa luan|tap chi|tu khoa|ths|pgs)\b",
    "kind_draft": r"^\W*(du thao|(\w+\W+){0,12}du thao v?\d)",
    "kind_national_act": r"^\W*(nghi dinh|thong tu|luat|quyet dinh \d+/\d{4}/qd-ttg)\b",
    "kind_ministry_actor": r"^\W*(bo (noi vu|tu phap|tai chinh|thong tin|ke hoach|y te|giao duc|cong an)|chinh phu|thu tuong)\b",
}
_KIND_RX = {k: re.compile(v) for k, v in _KINDS.items()}


# ---- lexical similarity ---------------------------------------------------------------------------

def grams(folded: str) -> Counter:
    """Syllable unigrams and bigrams of folded lower-case text (Vietnamese words are 1-3 syllables)."""
    syl = re.findall(r"[a-z0-9]+", folded)
    return Counter(syl) + Counter(a + "_" + b for a, b in zip(syl, syl[1:]))


def _phrase_text(p: str) -> str:
    """The words of a rule phrase; for a `re:` pattern, its literal words without regex syntax."""
    if p.startswith("re:"):
        p = re.sub(r"\\[a-zA-Z]|\[[^\]]*\]|\{[^}]*\}|[()?|+*^$.]", " ", p[3:])
    return p


def criterion_text(t: Target, subs: list[str] = ()) -> str:
    """Name (twice: it is the criterion), sub-criteria names, and the rule's phrases."""
    r = t.rule
    return fold(" ".join([t.name, t.name, *subs, *map(_phrase_text, r.title_phrases), *r.phrases])).lower()


def _sub_names(cat: Catalog) -> dict[str, list[str]]:
    return {c.id: [s.name for s in c.sub_criteria] for d in cat.model.domains for c in d.criteria}


class Lexicon:
    """IDF over the criteria of a set of catalogs, and each criterion's unit TF-IDF vector."""

    def __init__(self, targets: list[Target], subs: dict[str, list[str]] | None = None):
        subs = subs or {}
        vecs = {t.id: grams(criterion_text(t, subs.get(t.id, []))) for t in targets}
        df = Counter(g for v in vecs.values() for g in v)
        n = len(vecs) or 1
        self.idf = {g: math.log((1 + n) / (1 + c)) + 1.0 for g, c in df.items()}
        self.vecs = {cid: self._unit(v) for cid, v in vecs.items()}

    def _unit(self, counts: Counter) -> dict[str, float]:
        v = {g: (1 + math.log(c)) * self.idf[g] for g, c in counts.items() if g in self.idf}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {g: x / norm for g, x in v.items()}

    def doc_vector(self, folded: str) -> dict[str, float]:
        return self._unit(grams(folded))

    def cosine(self, doc_vec: dict[str, float], cid: str) -> float:
        cv = self.vecs.get(cid) or {}
        return sum(x * cv.get(g, 0.0) for g, x in doc_vec.items())


_LEXICONS: dict[tuple[str, ...], Lexicon] = {}


def lexicon(catalogs: list[Catalog]) -> Lexicon:
    """One lexicon per set of catalog versions (keyed by their digests), built once per process."""
    key = tuple(c.digest for c in catalogs)
    if key not in _LEXICONS:
        subs = {k: v for c in catalogs for k, v in _sub_names(c).items()}
        _LEXICONS[key] = Lexicon([t for c in catalogs for t in c.mapping_targets()], subs)
    return _LEXICONS[key]


# ---- features -------------------------------------------------------------------------------------

def features(doc, mappings: list, lex: Lexicon) -> list[dict[str, float]]:
    """One feature dict per mapping (same order); `doc` is the mapping.DocView they were scored on."""
    title_vec = lex.doc_vector(doc.folded[:len(doc.title) + 1] if doc.title.strip() else "")
    head_vec = lex.doc_vector(doc.folded[:doc.head_end])
    sims = [lex.cosine(head_vec, m.criterion_id) for m in mappings]
    tsims = [lex.cosine(title_vec, m.criterion_id) for m in mappings]
    rules = [m.score for m in mappings]
    top_sim, top_rule = max(sims, default=0.0), max(rules, default=0.0)
    out = []
    for m, sim, tsim, rule in zip(mappings, sims, tsims, rules):
        f: dict[str, float] = {"rule": rule, "rule_gap": top_rule - rule, "rule_top": float(rule == top_rule > 0),
                               "sim": sim, "sim_title": tsim, "sim_gap": top_sim - sim,
                               "sim_top": float(sim == top_sim > 0)}
        kinds = Counter(s.rule for s in m.signals)
        for s in m.signals:
            if s.rule in ("doc_type", "issuer_level"):
                f[f"{s.rule}_{'ok' if s.weight > 0 else 'miss'}"] = 1.0
        f["phrases"] = float(kinds.get("phrase", 0))
        f["exclude"] = float("exclude" in kinds)
        f["demoted"] = float("subject" in kinds)
        if m.hit_tier:
            f[f"tier_{m.hit_tier}"] = 1.0
            f["hit_len"] = min(1.0, (m.hit_span[1] - m.hit_span[0]) / 80)
        else:
            f["tier_none"] = 1.0
        f[f"level_{doc.issuer_level or 'none'}"] = 1.0
        f[f"type_{_slug(doc.doc_type) if doc.doc_type in TYPES else ('other' if doc.doc_type else 'none')}"] = 1.0
        f["no_title"] = float(not doc.title.strip())
        if not m.hit_tier:               # no key phrase: the wording alone has to carry it
            f["sim_nohit"], f["sim_top_nohit"] = sim, f["sim_top"]
        out.append(f)
    return out


def not_evidence(doc) -> str | None:
    """Why the page is nobody's evidence whatever it is about (the labelling rule: other levels'
    documents, research, drafts), or None. Rankings are not vetoed: a province ranking its own
    departments, or publishing its PAPI result, files that as evidence."""
    if doc.issuer_level in ("ministry", "national"):
        return f"issued at {doc.issuer_level} level"
    kinds = page_kinds(doc)
    return next((k.removeprefix("kind_").replace("_", " ") for k in _KINDS if k in kinds), None)


def page_kinds(doc) -> dict[str, float]:
    """Document-level cues: the kind of page, whatever criterion it is about."""
    head = doc.folded[:doc.head_end]
    starts = [doc.folded[:len(doc.title)], doc.folded[len(doc.title) + 1:doc.head_end]]
    out = {}
    for k, rx in _KIND_RX.items():
        hit = any(rx.search(s) for s in starts) if rx.pattern.startswith("^") else rx.search(head)
        if hit:
            out[k] = 1.0
    return out


def _slug(s: str) -> str:
    return re.sub(r"\W+", "_", fold(s).lower()).strip("_")


# ---- the model ------------------------------------------------------------------------------------

class Ranker:
    """A logistic model, the probability at which a pair counts as mapped and the lower one at
    which it is still worth a look (both fitted with it, on training data only)."""

    def __init__(self, model: Linear, threshold: float, possible: float):
        self.model, self.threshold, self.possible = model, threshold, min(possible, threshold)

    def prob(self, feats: dict[str, float]) -> float:
        return self.model.prob(feats)

    def score(self, p: float, mapped: float, possible: float) -> float:
        """Rescale piecewise-linearly so that the fitted cuts land on MAPPED and POSSIBLE
        (monotone: the ranking is the model's)."""
        t, q = self.threshold, self.possible
        if p >= t:
            return mapped + (1 - mapped) * (p - t) / (1 - t)
        if p >= q:
            return possible + (mapped - possible) * (p - q) / (t - q) if t > q else possible
        return possible * p / q if q > 0 else 0.0

    def to_json(self) -> dict:
        d = self.model.to_json()
        d["threshold"], d["possible"] = round(self.threshold, 6), round(self.possible, 6)
        return d

    @classmethod
    def from_json(cls, d: dict) -> "Ranker":
        lin = Linear.from_json({k: v for k, v in d.items() if k not in ("threshold", "possible")})
        return cls(lin, float(d["threshold"]), float(d["possible"]))


@lru_cache(maxsize=1)
def shipped() -> Ranker | None:
    """The ranker shipped in the package, read once per process (None: rules only)."""
    return load(MODEL_FILE) if MODEL_FILE.exists() else None


def load(path: Path) -> Ranker:
    try:
        return Ranker.from_json(json.loads(Path(path).read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise ValueError(f"{path}: not a criteria ranker ({type(e).__name__}: {e})") from None
