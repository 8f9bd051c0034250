"""A learned re-ranking of the rule mapper's (document, criterion) scores. Pure: no I/O at call time.

The rules (mapping.score + one_subject) fire on the phrases written for each criterion; on
provinces they were not written from they over- and under-fire. The ranker combines their
signals with lexical similarity of the document's title + head to the criterion's wording
(TF-IDF over folded syllable uni+bigrams, IDF over the catalogs' criteria), the document type
and the issuer level, and with the words of each criterion's labelled pages (learned.py, a
lexicon fitted with the model), in one logistic model stored as JSON (criteria_ranker.json,
trained by `python -m extractors.criteria.train`) and read once per process.
"""
from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path

from extractors import issuers, places
from extractors.models import Linear
from extractors.normalize import fold

from extractors.criteria import learned as _learned
from extractors.criteria import page_evidence as _evidence
from extractors.criteria.catalog import Catalog, Target
from extractors.criteria.learned import grams
from extractors.criteria.levels import level_of

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
# who acted, read from the page's words (news pages have no header): another level's body issuing
# or building the plan, or a ranking that someone else published and the page relays
_LOWER_ACTOR = re.compile(  # folded: "UBND xã Long Phụng đã ban hành", "Ủy ban nhân dân huyện ban hành"
    r"\b(uy ban nhan dan|ubnd) (huyen|xa|phuong|thi tran|thi xa|quan)\b(?! hoi)[^\n.;]{0,40}?"
    r"\b(da |vua )?(ban hanh|xay dung|trien khai)\b")
_LOWER_PLACE = re.compile(  # original case: a named district or commune ("tại huyện Thuỷ Nguyên")
    r"\b(?:tại|của|trên địa bàn|hành chính(?: nhà nước)?) (?:huyện|xã|phường|thị trấn|thị xã) [A-ZĐÀ-Ỹ]")
_DEPT_ACTOR = re.compile(  # original case ("Sở" is not "số"): one department issuing its own rule or plan
    r"\b(?:kế hoạch|quy chế|quyết định số \S+ ngày \S+)"
    r"(?:(?!chức năng|cơ cấu tổ chức|tổ chức và hoạt động|đề nghị|thẩm quyền)[^\n.;]){0,80}? của (?:Giám đốc )?Sở [A-ZĐÀ-Ỹ]"
    r"|\bSở [A-ZĐÀ-Ỹ][\w ]{1,40}? (?:đã |vừa )?ban hành (?:kế hoạch|quyết định|quy chế)", re.I)
_RANKING_BY_OTHERS = re.compile(  # folded: a ranking published by the ministry, VCCI, UNDP ...
    r"\b(bo noi vu|vcci|phong thuong mai va cong nghiep|undp|cecodes)\b[^\n.]{0,100}?\b(cong bo|xep hang)\b"
    r"|\b(xep thu|dung thu|xep hang) \d{1,2}/63\b|\bdan dau (toan quoc|ca nuoc)\b|\btang \d{1,2} (bac|hang)\b"
    r"|\btheo ket qua cong bo\b")
# thirtieth pass (`train --ranking-cues s27`; off): rankings the page relays in words the cue above misses, read from
# fresh25/26's negatives mapped ("xếp thứ 3 cả nước", "đứng vị trí thứ 4 trên tổng số 63 tỉnh", "top 5 địa phương dẫn
# đầu", "ngôi vương"); a province's publication of its own departments' ranking ("công bố xếp hạng Chỉ số") is not one
_RANKING_BY_OTHERS_S27 = re.compile(
    _RANKING_BY_OTHERS.pattern
    + r"|\b(xep|dung)( o)?( vi tri)? thu \d{1,2}( \w+){0,3} (ca nuoc|toan quoc|trong 63|63 tinh)\b"
    r"|\btop \d{1,2} (dia phuong|tinh|tinh, thanh)( \w+){0,3} dan dau\b|\bngoi vuong\b")
RANKING_CUES = "s26"      # "s27": the wider cue above (thirtieth pass; not shipped unless fresh27 says so)

# whose page it is (seventh pass): a province's own act names its province's bodies as the actor; a
# national page names a ministry, the Government or an index's publisher, many provinces, the whole
# country. Read from the title and head outside citations, with the project's issuer and place finders.
_PUBLISHER = re.compile(r"\b(vcci|cecodes|undp|phong thuong mai va cong nghiep viet nam)\b")
_NATIONAL_SCOPE = re.compile(r"\b(toan quoc|ca nuoc|63 tinh|63/63|63 dia phuong|cac bo, nganh|bo, nganh, dia phuong"
                             r"|cac tinh, thanh pho truc thuoc trung uong|cac dia phuong tren ca nuoc)\b")

# what a page's subject or a criterion does (folded): drafting legal acts (2.1) is not checking
# them (2.3), a plan is not a report of results (session 11, rank12)
ACTIONS = {
    "draft": r"xay dung|soan thao|ban hanh van ban",
    "check": r"kiem tra|thanh tra|giam sat",
    "review": r"ra soat|he thong hoa|bai bo|het hieu luc",
    "report": r"bao cao|so ket|tong ket",
    "result": r"ket qua|xep hang|xep thu|tang \d+ (bac|hang)|dat \d",
    "assess": r"danh gia|do luong|khao sat|xac dinh chi so|dieu tra",
    "publish": r"cong bo|cong khai",
    "plan": r"ke hoach|chuong trinh",
    "inform": r"tuyen truyen|pho bien",
    "train": r"dao tao|boi duong|tap huan",
}
_ACTION_RX = {k: re.compile(rf"\b({v})\b") for k, v in ACTIONS.items()}
# two kinds of work the ten actions leave out (seventeenth pass, `train --more-actions`; off): a TTHC
# page whose subject is digitising or delegating them is domain 7's or 4.3's, not domain 3's
MORE_ACTIONS = {
    "digitise": r"so hoa|truc tuyen|dien tu|chuyen doi so",
    "delegate": r"phan cap|uy quyen",
}
_MORE_RX = {k: re.compile(rf"\b({v})\b") for k, v in MORE_ACTIONS.items()}
USE_MORE_ACTIONS = False


def actions(folded: str) -> frozenset[str]:
    """The ACTIONS named in folded lower-case text (and MORE_ACTIONS', with USE_MORE_ACTIONS)."""
    rxs = {**_ACTION_RX, **_MORE_RX} if USE_MORE_ACTIONS else _ACTION_RX
    return frozenset(k for k, rx in rxs.items() if rx.search(folded))


# ---- lexical similarity ---------------------------------------------------------------------------

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
        # what a criterion says that its siblings (same domain) do not: tells 2.1 from 2.3
        self.domain = {t.id: t.domain_id for t in targets}
        self.distinct = {}
        for cid, v in vecs.items():
            shared = {g for o, ov in vecs.items() if o != cid and self.domain[o] == self.domain[cid] for g in ov}
            self.distinct[cid] = self._unit(Counter({g: c for g, c in v.items() if g not in shared}))
        # what each criterion asks to be done, from its name and key phrases (session 11)
        self.acts = {t.id: actions(fold(" ".join([t.name, *map(_phrase_text, t.rule.title_phrases)])).lower())
                     for t in targets}

    def _unit(self, counts: Counter) -> dict[str, float]:
        v = {g: (1 + math.log(c)) * self.idf[g] for g, c in counts.items() if g in self.idf}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {g: x / norm for g, x in v.items()}

    def doc_vector(self, folded: str) -> dict[str, float]:
        return self._unit(grams(folded))

    def cosine(self, doc_vec: dict[str, float], cid: str, distinct: bool = False) -> float:
        cv = (self.distinct if distinct else self.vecs).get(cid) or {}
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

def features(doc, mappings: list, lex: Lexicon, learned=None, evidence=None, within=None,
             within_gate: str | None = None, domains=None, domain_mode: str = "page") -> list[dict[str, float]]:
    """One feature dict per mapping (same order); `doc` is the mapping.DocView they were scored on;
    with a `learned` lexicon (learned.Learned), also the page's learned score for each pair; with an
    `evidence` model (page_evidence.PageEvidence), the page's centred evidence probability; with a
    `within` lexicon (learned.Learned fitted per domain, sixteenth pass), its sibling features, gated
    by `within_gate` (add_within); with a `domains` lexicon (one vector per domain, seventeenth pass),
    the page's domain features read from `domain_grams(doc, domain_mode)` (add_domains)."""
    title_vec = lex.doc_vector(doc.folded[:len(doc.title) + 1] if doc.title.strip() else "")
    head_vec = lex.doc_vector(doc.folded[:doc.head_end])
    sims = [lex.cosine(head_vec, m.criterion_id) for m in mappings]
    tsims = [lex.cosine(title_vec, m.criterion_id) for m in mappings]
    rules = [m.score for m in mappings]
    top_sim, top_rule = max(sims, default=0.0), max(rules, default=0.0)
    cues = issuer_cues(doc)
    cues.update(whose_page(doc))
    zone_vec = lex.doc_vector(" ".join(doc.folded[a:b] for a, b in doc.title_zone))
    zsims = [lex.cosine(zone_vec, m.criterion_id) for m in mappings]
    lead_vec = lex.doc_vector(subject_lead(doc))
    lsims = [lex.cosine(lead_vec, m.criterion_id) for m in mappings]
    dists = [lex.cosine(head_vec, m.criterion_id, True) + lex.cosine(zone_vec, m.criterion_id, True)
             for m in mappings]
    sib = _sibling_lead(mappings, lex, {"dist": dists, "sim": sims, "zone": zsims, "rule": rules, "lead": lsims})
    page_lead = _page_lead({"dist": dists, "zone": zsims, "lead": lsims})
    acts = action_features(doc, mappings, lex)
    own = own_act(doc) if OWN_ACT or ACT_CUES else {}
    if ACT_CUES and _GOAL_CUE.search(doc.folded[:doc.head_end]):
        own["own_goal"] = 1.0
    if TITLELESS_CUES:
        own.update(titleless_cues(doc))
    if FACT_CUES != "off":
        own.update(fact_cues(doc))
    named = named_act_cues(doc, mappings, lex) if NAMED_ACTS != "off" else []
    objs = object_features(doc, mappings, lex) if ACT_OBJECT else []
    heads = head_features(doc, mappings, lex) if HEAD_OBJECT else []
    gated = head_gated(doc, mappings) if HEAD_GATE != "off" else []
    out = []
    for i, (m, sim, tsim, rule) in enumerate(zip(mappings, sims, tsims, rules)):
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
        f.update(cues)
        f["sim_zone"], f["dist"], f["sim_lead"] = zsims[i], dists[i], lsims[i]
        for k, v in page_lead[i].items():
            f[f"page_{k}"] = v
        for k, v in sib[i].items():
            f[f"sib_{k}"] = v
        if not m.hit_tier:               # no key phrase: the wording alone has to carry it
            f["sim_nohit"], f["sim_top_nohit"] = sim, f["sim_top"]
        f.update(acts[i])
        if OWN_ACT or ACT_CUES or TITLELESS_CUES or FACT_CUES != "off":
            f.update(own)
        if named:
            f.update(named[i])
        if ACT_OBJECT:
            f.update(objs[i])
        if HEAD_OBJECT:
            f.update(heads[i])
        if gated and gated[i]:
            gate_key_phrase(f)
        out.append(f)
    cids = [m.criterion_id for m in mappings]
    g = _learned.page_grams(doc) if learned is not None or within is not None else None
    learned_scores = learned.scores(g) if learned is not None else {}
    if learned is not None:
        add_learned(out, learned_scores, cids, lex)
    if within is not None:
        add_within(out, within.scores(g), learned_scores, cids, lex, within_gate)
    if evidence is not None:
        add_page_evidence(out, evidence.centred(_evidence.page_text_grams(doc.folded)))
    if domains is not None:
        add_domains(out, domains.scores(domain_grams(doc, domain_mode)), cids, lex)
    return out


def domain_grams(doc, mode: str = "page") -> Counter:
    """What the domain lexicon reads of a page (seventeenth pass): its title, title zone and head as the
    learned lexicon does ("page"), or those with the subject's first 12 words counted once more ("lead":
    what the page is weighs over the programmes and purposes its title and legal basis name)."""
    g = _learned.page_grams(doc)
    return g + grams(subject_lead(doc, 12)) if mode == "lead" else g


def add_domains(feats: list[dict[str, float]], scores: dict[str, float], cids: list[str], lex: Lexicon) -> None:
    """Add the domain lexicon's features (learned.domain_features) to each pair's features, in place."""
    for f, extra in zip(feats, _learned.domain_features(scores, cids, lex.domain)):
        f.update(extra)


PAGE_EV_CROSS = False   # variant C (fifteenth pass; off): the score again on news / title-less pages


def add_page_evidence(feats: list[dict[str, float]], centred: float) -> None:
    """The page's evidence score (page_evidence.FEATURE), the same on every pair of the page, in place;
    with PAGE_EV_CROSS also apart on pages without a document type and without a page title (the
    pages whose right tops stay under the cut)."""
    for f in feats:
        f[_evidence.FEATURE] = centred
        if PAGE_EV_CROSS:
            for k in ("type_none", "no_title"):
                if f.get(k):
                    f[f"{_evidence.FEATURE}_{k}"] = centred


def add_learned(feats: list[dict[str, float]], scores: dict[str, float], cids: list[str], lex: Lexicon) -> None:
    """Add the learned lexicon's features (learned.features) to each pair's features, in place."""
    for f, extra in zip(feats, _learned.features(scores, cids, lex.domain)):
        f.update(extra)


# the within-domain features only on the domain of the page's best learned score, the other domains'
# pairs flagged `dom_none` ("learned") or not ("learned-noflag"); None: on every pair
WITHIN_GATE: str | None = "learned"


def add_within(feats: list[dict[str, float]], scores: dict[str, float], learned_scores: dict[str, float],
               cids: list[str], lex: Lexicon, mode: str | None) -> None:
    """Add the within-domain lexicon's features (learned.within_features) in place; with a gate `mode`
    (WITHIN_GATE's values) only on the domain whose criterion the one-vs-all learned lexicon scores
    highest on the page."""
    gate = None
    if mode in ("learned", "learned-noflag") and learned_scores:
        best = max(learned_scores, key=learned_scores.get)
        gate = lex.domain.get(best, "")
    for f, extra in zip(feats, _learned.within_features(scores, cids, lex.domain, gate, mode != "learned-noflag")):
        f.update(extra)


def logit(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))


def swap_features(top: dict[str, float], second: dict[str, float], gap: float) -> dict[str, float]:
    """What the sibling swap model (sixteenth pass) reads of a page's two best pairs when they are
    siblings: every feature of the order model as top minus second (the page's own features cancel),
    and the order model's logit gap between them."""
    keys = set(top) | set(second)
    out = {k: top.get(k, 0.0) - second.get(k, 0.0) for k in keys}
    out = {k: v for k, v in out.items() if v}
    out["order_gap"] = gap
    return out


_HEADER_LINE = re.compile(r"^\W*(uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|thuong truc|tinh uy|thanh uy|so [a-z]|bo [a-z]|cong hoa)")
_LEAD_SKIP = re.compile(r"^\W*((ve viec|ve|quyet dinh|nghi quyet|chi thi|so \S+|\d+/\S+|nam \d{4}|ban hanh)\W+)*")


def subject_lead(doc, words: int = 10) -> str:
    """The first words of the page's subject (page title, else the first title-zone line), after the
    document kind and number: what the page is, before the programmes and purposes it names
    ("KẾ HOẠCH VỐN ĐẦU TƯ CÔNG … thực hiện Chương trình … phát triển kinh tế - xã hội")."""
    spans = ([(0, len(doc.title))] if doc.title.strip() else []) + doc.title_zone
    text = next((t for t in (doc.folded[a:b] for a, b in spans) if not _HEADER_LINE.match(t)), "")
    text = text[_LEAD_SKIP.match(text).end():]
    return " ".join(re.findall(r"[a-z0-9]+", text)[:words])


def action_features(doc, mappings: list, lex: Lexicon) -> list[dict[str, float]]:
    """The action of the page's subject (its first 12 words, `subject_lead`) crossed with each
    criterion's: per action, whether the criterion asks for it too; whether they share any. One
    weight per action, learned over every criterion (a rule on checking legal acts is 2.3's kind)."""
    page = actions(subject_lead(doc, 12))
    out = []
    for m in mappings:
        crit = lex.acts.get(m.criterion_id, frozenset())
        # sorted: a set's order follows the string hash, and a model's sum follows the dict's order
        f = {f"act_{a}_{'both' if a in crit else 'page'}": 1.0 for a in sorted(page)}
        if page and crit:
            f["act_share" if page & crit else "act_none"] = 1.0
        out.append(f)
    return out


def _sibling_lead(mappings: list, lex: Lexicon, values: dict[str, list[float]]) -> list[dict[str, float]]:
    """Each pair's lead over the best of its siblings (the other criteria of its domain), per
    value: siblings are where the confusions are (2.1 / 2.3, 4.1 / 4.3, 7.x / 7.4)."""
    by_dom: dict[str, list[int]] = {}
    for i, m in enumerate(mappings):
        by_dom.setdefault(lex.domain.get(m.criterion_id, m.domain_id), []).append(i)
    out = []
    for i, m in enumerate(mappings):
        sibs = [j for j in by_dom[lex.domain.get(m.criterion_id, m.domain_id)] if j != i]
        out.append({k: v[i] - max((v[j] for j in sibs), default=0.0) for k, v in values.items()})
    return out


def _page_lead(values: dict[str, list[float]]) -> list[dict[str, float]]:
    """Each pair's lead over the best other criterion of the page, any domain, per value: the
    subject's words against every criterion (a budget resolution naming the national programme
    "phát triển kinh tế - xã hội" is still most like 6.1 in its subject)."""
    n = len(next(iter(values.values()), []))
    out: list[dict[str, float]] = [{} for _ in range(n)]
    for k, v in values.items():
        first, second = (sorted(v, reverse=True) + [0.0, 0.0])[:2]
        for i in range(n):
            out[i][k] = v[i] - (second if v[i] == first else first)
    return out


def not_evidence(doc) -> str | None:
    """Why the page is nobody's evidence whatever it is about (the labelling rule: other levels'
    documents, research, drafts), or None. Rankings are not vetoed: a province ranking its own
    departments, or publishing its PAPI result, files that as evidence."""
    if doc.issuer_level in ("ministry", "national"):
        return f"issued at {doc.issuer_level} level"
    kinds = page_kinds(doc)
    kind = next((k.removeprefix("kind_").replace("_", " ") for k in _KINDS if k in kinds), None)
    if kind:
        return kind
    cues = issuer_cues(doc)
    if "actor_lower" in cues:
        return "issued by a district or commune"
    if "actor_department" in cues:
        return "one department's own document"
    return None


def issuer_cues(doc) -> dict[str, float]:
    """Who acted, from the title and head of any page (the header only exists on documents): a
    district or commune, one department for itself, or others whose ranking the page relays.
    Citations ("Căn cứ Kế hoạch … của Sở …") do not count."""
    head_f = doc.folded[:doc.head_end]
    head = unicodedata.normalize("NFC", doc.full[:doc.head_end])
    out = {}
    if any(not doc.cited(m.start()) for m in _LOWER_ACTOR.finditer(head_f)) or _LOWER_PLACE.search(head):
        out["actor_lower"] = 1.0
    if any(not doc.cited(m.start()) for m in _DEPT_ACTOR.finditer(head)):
        out["actor_department"] = 1.0
    if (_RANKING_BY_OTHERS_S27 if RANKING_CUES == "s27" else _RANKING_BY_OTHERS).search(head_f):
        out["ranking_by_others"] = 1.0
    return out


def whose_page(doc) -> dict[str, float]:
    """Whose page it is, the same for every pair of the page: who acts first in the title and head
    (a national body or the province's; citations do not count), how often each acts, words of the
    whole country's scope, and how many provinces the title and head name (a national ranking names
    many, a province's own page one)."""
    head = unicodedata.normalize("NFC", doc.full[:doc.head_end])
    head_f = doc.folded[:doc.head_end]
    levels = [doc.issuer_level] if doc.issuer_level else []     # the header's issuer acts first
    own = _title_symbol(doc)              # then the page's own document, by its number in the title
    if own:
        levels.append(level_of(issuers.issuer_from_symbol(own)) or ("province" if own in ("UBND", "HĐND") else None))
        levels = [lv for lv in levels if lv]
    for m in issuers.ISSUER_RE.finditer(head):
        name = fold(m.group()).lower()
        if doc.cited(m.start()) or re.match(r"chinh phu\W+(dien tu|so)\b", fold(head[m.start():m.end() + 10]).lower()):
            continue
        # a bare "UBND" / "HĐND" on a page is the local government's (districts: actor_lower)
        lvl = level_of(m.group()) or ("province" if re.match(r"(tinh|thanh pho) |(ubnd|hdnd)$", name) else None)
        if lvl:
            levels.append("national" if lvl in ("ministry", "national") else lvl)
    levels += ["national" for m in _PUBLISHER.finditer(head_f) if not doc.cited(m.start())]
    first = levels[0] if levels else None
    named = places.find_provinces(head)
    out = {"whose_nat_first": float(first == "national"),
           "whose_prov_first": float(first in ("province", "party")),
           "whose_nat": min(3, levels.count("national")) / 3,
           "whose_prov": min(3, levels.count("province") + levels.count("party")) / 3,
           "whose_scope": float(any(not doc.cited(m.start()) for m in _NATIONAL_SCOPE.finditer(head_f)))}
    out["whose_nobody"] = float(not levels and not named)     # explainers, studies, national how-tos
    out["whose_places0"] = float(not named)
    out["whose_places_many"] = float(len(named) >= 3)
    zone = " ".join(doc.full[a:b] for a, b in doc.title_zone)
    out["whose_place_title"] = float(bool(places.find_provinces(zone)))
    return {k: v for k, v in out.items() if v}


# the province acting on its own document or work (eighteenth pass, `train --own-act`; off): news of a
# province's act ("Nghệ An ban hành Kế hoạch …", "UBND tỉnh yêu cầu …") against pages that are nobody's
_OWN_ACTOR = (r"(?:(?:chu tich )?(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|tinh uy|thanh uy|ban chi dao)"
              r"(?: (?:tinh|thanh pho|tp))?|tinh|thanh pho)")
_OWN_VERB = (r"(?:(?:da|vua|se|moi|cung|chinh thuc|tiep tuc) )*(?:ky )?(?:ban hanh|phe duyet|thong qua|trien khai|to chuc"
             r"|cong bo|yeu cau|chi dao|thuc hien|kiem tra|du kien|sap xep|hoan thanh|chu tri|giao|quyet dinh|xay dung)\b")
_OWN_ACT = re.compile(rf"\b{_OWN_ACTOR}\b[^\n.;:!?]{{0,40}}?\b(?P<verb>{_OWN_VERB})")
_OWN_ISSUE = re.compile(r"\b(ban hanh|phe duyet|thong qua|trien khai|to chuc thuc hien) (ke hoach|quyet dinh|quy che|quy dinh"
                        r"|de an|chuong trinh|chi thi|nghi quyet)\b")
_OWN_SYMBOL = re.compile(r"\b\d+[a-z]?/(?:\d{4}/)?[a-z]{1,4}-(ubnd|hdnd|tu|bcd)\b")
_NAME_ACT = re.compile(rf"[^\n.;:!?]{{0,40}}?\b(?P<verb>{_OWN_VERB})")     # after a province's name
OWN_ACT = False
# thirtieth pass (`train --act-cues`; off): own_act's features and a goal cue (the page states what the province aims
# at: "mục tiêu chung", "phấn đấu") read by the confidence and the decision model (never the order model). From
# fresh25/26's misses: relayed plans' goals left under the cut, results features naming no act mapped
ACT_CUES = False
_GOAL_CUE = re.compile(r"\b(muc tieu (chung|tong quat|cu the)|phan dau|dat muc tieu)\b")
# thirty-first pass (`train --titleless-cues`; off): on title-less pages only, what the head tells of the page: a plan
# or the year's goals relayed (goals, targets, tasks and solutions, "đến năm 20xx", a period), results told ("kết quả",
# "đã đạt", "đến nay", "thời gian qua", a rank), an event (a conference, a meeting, a ceremony, a speech): read by the
# confidence and the decision model (never the order model). From fresh25-27's misses: relayed plans left under the
# cut, results features and meetings naming no act mapped at 0.9+
TITLELESS_CUES = False
_TL_CUES = {
    "tl_goal": re.compile(r"\b(muc tieu|chi tieu|phan dau|nhiem vu,? giai phap|giai phap chu yeu|nhiem vu trong tam"
                          r"|nhiem vu chu yeu|dinh huong)\b"),
    "tl_ahead": re.compile(r"\b(den nam|den het nam|tam nhin den|giai doan) 20[2-5]\d\b"),
    "tl_plan": re.compile(r"\b(ke hoach|nghi quyet|chuong trinh|de an|chien luoc)\b"),
    "tl_result": re.compile(r"\b(ket qua|da dat|dat duoc|hoan thanh|den nay|thoi gian qua|nhung nam qua|xep thu|xep hang"
                            r"|tang \d+ bac|dung thu|buoc chuyen|chuyen bien|dau an)\b"),
    "tl_event": re.compile(r"\b(hoi nghi|hoi thao|toa dam|le (ky|khai|trao|phat dong|cong bo)|phat bieu|khai mac|ky ket"
                           r"|dien dan|buoi lam viec|lam viec voi|tiep va lam viec|ngay hoi)\b"),
}
# thirty-first pass (`train --titleless-split`; off): the decision model reads its features again, apart, on
# title-less pages ("nt_" copies): the same cue weighed differently on a title-less news page
TITLELESS_SPLIT = False


def titleless_cues(doc) -> dict[str, float]:
    """On a title-less page, the head's cues of a relayed plan or goals, results and events (see _TL_CUES), each
    as min(count, 3) / 3, and which of goals or results comes first; empty on a page with a title."""
    if doc.title.strip():
        return {}
    head = doc.folded[:doc.head_end]
    out: dict[str, float] = {}
    first: dict[str, int] = {}
    for k, rx in _TL_CUES.items():
        hits = [m.start() for m in rx.finditer(head) if not doc.cited(m.start())]
        if hits:
            out[k] = min(len(hits), 3) / 3
            first[k] = hits[0]
    if "tl_goal" in first and first["tl_goal"] < first.get("tl_result", len(head)):
        out["tl_goal_first"] = 1.0
    if "tl_result" in first and first["tl_result"] < first.get("tl_goal", len(head)):
        out["tl_result_first"] = 1.0
    return out
# thirty-second pass (`train --fact-cues`; off): what the page's extracted facts (extractors.extract_facts) tell of
# it: whose act is its primary document (the province's own, another body's) and of what kind, the acts it cites,
# whether its quantified values are targets ahead of the page's date or values the extractor judged not to be goals
# (results), and its period; read by the confidence and the decision model (never the order model). "tl": only on
# title-less pages (where the thirtieth and thirty-first passes' misses are), "all": on every page
FACT_CUES = "off"
_FACTS_CACHE: dict[int, dict[str, float]] = {}
_FACT_KINDS = {"Kế hoạch": "kh", "Quyết định": "qd", "Nghị quyết": "nq", "Báo cáo": "bc", "Chương trình": "kh",
               "Đề án": "kh", "Chỉ thị": "ct"}
_OWN_LEVELS = ("province", "party")


def fact_cues(doc) -> dict[str, float]:
    """The page's facts as page features (see FACT_CUES), each bounded to [0, 1]; cached per page."""
    if FACT_CUES == "tl" and doc.title.strip():
        return {}
    key = hash((doc.title, doc.text))
    if key not in _FACTS_CACHE:
        _FACTS_CACHE[key] = _fact_features(doc.text, doc.title)
    return dict(_FACTS_CACHE[key])


def _fact_features(text: str, title: str) -> dict[str, float]:
    from extractors.facts import extract_facts      # the extractor loads its models: only when the flag is on
    trace: dict = {}
    facts = extract_facts(text or "", title=title.strip() or None, trace=trace)
    values = trace.get("targets") or []
    as_of = max((v["as_of"] for v in values if v.get("as_of")), default=None)
    years = [r.date.year for r in facts.doc_refs if r.date]
    as_of = max([y for y in (as_of, max(years, default=None)) if y], default=None)
    out: dict[str, float] = {}
    prim = facts.primary_ref()
    if prim is not None:
        lvl = level_of(prim.issuer)
        out["fx_primary_own" if lvl in _OWN_LEVELS else ("fx_primary_other" if lvl else "fx_primary_nobody")] = 1.0
        out[f"fx_kind_{_FACT_KINDS.get(prim.type or '', 'other')}"] = 1.0
        if as_of and prim.date and prim.date.year >= as_of:
            out["fx_primary_recent"] = 1.0
    own_refs = [r for r in facts.doc_refs if level_of(r.issuer) in _OWN_LEVELS]
    if facts.doc_refs:
        out["fx_refs"] = min(len(facts.doc_refs), 4) / 4
    if own_refs:
        out["fx_own_refs"] = min(len(own_refs), 3) / 3
    if as_of is None:
        out["fx_undated"] = 1.0
    ahead = [t for t in facts.targets if t.deadline_year and as_of and t.deadline_year > as_of]
    now = [t for t in facts.targets if t not in ahead]
    results = [v for v in values if v.get("p") is not None and v["p"] < 0.5]
    if any(t.deadline_year for t in facts.targets):
        out["fx_deadline"] = 1.0
    if ahead:
        out["fx_ahead"] = min(len(ahead), 3) / 3
    if now:
        out["fx_targets_now"] = min(len(now), 3) / 3
    if results:
        out["fx_results"] = min(len(results), 5) / 5
        if not facts.targets:
            out["fx_only_results"] = 1.0
    if facts.period is not None and as_of and facts.period.end > as_of:
        out["fx_period_ahead"] = 1.0
    return out


# thirty-third pass (`train --named-acts tl|all`; off): the acts the page names in words, without a number
# (extractors.named_acts: "Kế hoạch … vừa được UBND tỉnh ban hành", "Theo Kế hoạch, …"): whether one is the province's
# own or relayed, another body's, its kind, an issuing verb, a year, and how near its topic words are to each criterion
# (per pair); read by the confidence and the decision model (never the order model). "tl": only on title-less pages
NAMED_ACTS = "off"
_NAMED_CACHE: dict[int, list] = {}
_NA_KINDS = {"ke hoach": "plan", "chuong trinh": "plan", "de an": "plan", "chien luoc": "plan", "quy hoach": "plan",
             "nghi quyet": "res", "chi thi": "res", "quyet dinh": "dec"}


def _page_named_acts(doc) -> list:
    from extractors.named_acts import named_acts, unnumbered
    key = hash((doc.title, doc.text[:2000]))
    if key not in _NAMED_CACHE:
        _NAMED_CACHE[key] = unnumbered(named_acts(doc.text, doc.title))
    return _NAMED_CACHE[key]


def named_act_cues(doc, mappings: list, lex: Lexicon) -> list[dict[str, float]]:
    """Per mapping, the page's acts named without a number (see NAMED_ACTS): page features `na_*` (the same on
    every pair) and `na_topic`, the cosine of the own or relayed acts' topic words with the pair's criterion."""
    if NAMED_ACTS == "off" or (NAMED_ACTS == "tl" and doc.title.strip()):
        return [{} for _ in mappings]
    acts = _page_named_acts(doc)
    own = [a for a in acts if a.own or (a.anaphoric and a.issuer is None)]
    page: dict[str, float] = {}
    if acts:
        page["na_act"] = 1.0
    if [a for a in acts if a.own]:
        page["na_own"] = 1.0
    if [a for a in acts if a.anaphoric]:
        page["na_relayed"] = 1.0
    if [a for a in acts if a.issuer and not a.own] and not own:
        page["na_other"] = 1.0
    if any(a.verb in ("ban hanh", "phe duyet", "thong qua") for a in own):
        page["na_issued"] = 1.0
    if any(a.year for a in own):
        page["na_year"] = 1.0
    for k in {_NA_KINDS.get(a.kind, "other") for a in own}:
        page[f"na_kind_{k}"] = 1.0
    topic = " ".join(a.topic for a in own if a.topic)
    tvec = lex.doc_vector(topic) if topic else {}
    out = []
    for m in mappings:
        f = dict(page)
        if tvec:
            f["na_topic"] = lex.cosine(tvec, m.criterion_id)
        out.append(f)
    return out


# what the act is about (eighteenth pass, `train --act-object`; off): the words an issuing or acting verb
# governs, in the title and head outside citations ("ban hành Kế hoạch kiểm soát thủ tục hành chính" ->
# "kiểm soát thủ tục hành chính"), compared with each criterion's wording
_ISSUE_VERBS = (r"ban hanh|phe duyet|thong qua|trien khai|to chuc thuc hien|to chuc|thuc hien|cong bo|yeu cau|chi dao"
                r"|du kien|quyet dinh")
_ACT_VERB = re.compile(rf"\b(?:{_ISSUE_VERBS})\b")
_OBJ_SKIP = re.compile(rf"^\W*((ky|da|vua|se|moi|cung|chinh thuc|tiep tuc|{_ISSUE_VERBS}|ke hoach|quyet dinh|quy che|quy dinh|de an|chuong trinh|chi thi|nghi quyet|van ban|so \S+"
                       r"|\d+/\S+|ve viec|ve|nam \d{4}|cua|cac|viec|ban hanh)\W+)*")
ACT_OBJECT = False
OBJECT_SIBLINGS_ONLY = False   # only the leads over the siblings (`train --act-object sib`)


def _named_acts(doc, head_f: str) -> list[tuple[int, re.Match]]:
    """(end of the name, its verb match) for each province's name in the head that acts (_NAME_ACT)."""
    cased = fold(doc.full[:doc.head_end])
    ends = (n.end() for n in places._mention_re().finditer(cased))
    return [(e, m) for e in ends if (m := _NAME_ACT.match(head_f, e))]


def act_objects(doc, words: int = 12) -> str:
    """The words after each acting verb of the province's act (`_OWN_ACT`, a province's name acting) and
    after each issuing verb of the page title or title zone, outside citations: the document kind,
    its number and "về việc" skipped. Empty when the page names no act."""
    head_f = doc.folded[:doc.head_end]
    ends = [m.start("verb") for m in _OWN_ACT.finditer(head_f) if not doc.cited(m.start())]
    ends += [m.start("verb") for e, m in _named_acts(doc, head_f) if not doc.cited(e)]
    spans = ([(0, len(doc.title))] if doc.title.strip() else []) + doc.title_zone
    ends += [m.end() for a, b in spans for m in _ACT_VERB.finditer(head_f, a, b) if not doc.cited(m.start())]
    out = []
    for e in sorted(set(ends)):
        text = head_f[e:e + 200].split("\n")[0]
        text = text[_OBJ_SKIP.match(text).end():]
        out.append(" ".join(re.findall(r"[a-z0-9]+", text)[:words]))
    return " | ".join(o for o in out if o)


def object_features(doc, mappings: list, lex: Lexicon) -> list[dict[str, float]]:
    """Each pair's similarity to what the page's act is about (act_objects), in all the criterion's
    wording and in what it says that its siblings do not, with the lead over its siblings and over the
    page's best other; `obj_none` on a page that names no act."""
    obj = act_objects(doc)
    if not obj:
        return [{} if OBJECT_SIBLINGS_ONLY else {"obj_none": 1.0} for _ in mappings]
    vec = lex.doc_vector(obj)
    sims = [lex.cosine(vec, m.criterion_id) for m in mappings]
    dists = [lex.cosine(vec, m.criterion_id, True) for m in mappings]
    sib = _sibling_lead(mappings, lex, {"sim": sims, "dist": dists})
    page = _page_lead({"sim": sims, "dist": dists})
    if OBJECT_SIBLINGS_ONLY:
        return [{"obj_sib_sim": sib[i]["sim"], "obj_sib_dist": sib[i]["dist"]} for i in range(len(mappings))]
    return [{"obj_sim": sims[i], "obj_dist": dists[i], "obj_sib_sim": sib[i]["sim"], "obj_sib_dist": sib[i]["dist"],
             "obj_page_sim": page[i]["sim"], "obj_page_dist": page[i]["dist"]} for i in range(len(mappings))]


# ---- the head object of the act (twenty-fifth pass, `train --head-object`; shipped since the twenty-seventh) ----
# What the page's act is *of* is its first object, not the modifiers after it: "phân cấp tuyển dụng viên
# chức" is a delegation (4.3) whose object is a recruitment, "công bố danh mục TTHC theo cơ chế một cửa"
# a publication (3.1) of one-stop procedures, "quy chế vận hành hệ thống thông tin giải quyết TTHC" the
# system (7.3), not the procedures. Each criterion's head cues (folded); the earliest match in the subject
# (the longest at one position) names the head criterion.
HEAD_CUES = {
    "1.4": r"tuyen truyen(,? pho bien)? (ve )?(cong tac )?(cai cach hanh chinh|cchc|chinh quyen dien tu|chinh quyen so)",
    "2.1": r"(xay dung|soan thao)(,? ban hanh)? van ban quy pham|lap de nghi xay dung",
    "2.3": r"kiem tra(,? xu ly)? van ban|ra soat,? he thong hoa|he thong hoa van ban",
    "2.4": r"(tuyen truyen,? )?pho bien,? giao duc phap luat",
    "3.1": r"cong bo (danh muc )?(cac )?thu tuc|cong khai (cac )?thu tuc|danh muc thu tuc hanh chinh|quy trinh noi bo",
    "3.2": r"don gian hoa|cat giam(,? don gian hoa)? (quy dinh|thu tuc)|ra soat,? danh gia (quy dinh,? )?thu tuc"
           r"|tai cau truc (quy trinh|thu tuc)",
    # a list of procedures received anywhere or by post is how the one-stop shop works, not their publication
    "3.3": r"mot cua|bo phan tiep nhan va tra ket qua|trung tam phuc vu hanh chinh cong|tiep nhan,? (luan chuyen )?ho so"
           r"|danh muc( \w+){0,25} (tiep nhan ho so|tra ket qua|khong phu thuoc (vao )?dia gioi)"
           r"|(thanh lap|chuc nang,? nhiem vu,? quyen han)( \w+){0,3} trung tam (phuc vu )?hanh chinh cong",
    "3.4": r"phan anh,? kien nghi",
    "3.5": r"danh gia (viec )?(giai quyet|chat luong giai quyet) thu tuc|chat luong phuc vu",
    "4.1": r"chuc nang,? nhiem vu,? quyen han|co cau to chuc|to chuc bo may|sap xep (to chuc )?bo may"
           r"|thanh lap (so|phong|chi cuc|trung tam|ban|don vi)|kien toan (to chuc|bo may)",
    "4.2": r"bien che|tinh gian",
    "4.3": r"phan cap|uy quyen|phan quyen",
    "4.4": r"sap xep (lai )?(cac )?(don vi hanh chinh|dvhc)|sap nhap (tinh|xa|huyen|cac tinh|cac xa)"
           r"|chinh quyen dia phuong (hai|2) cap",
    "5.1": r"vi tri viec lam",
    # delegating a budget's revenue and spending, or powers over public assets, is managing them (domain 6)
    "6.1": r"phan cap( \w+){0,3} (nguon thu|nhiem vu chi)",
    "6.3": r"phan cap( \w+){0,10} (tai san|tieu chuan,? dinh muc|may moc)",
    "5.2": r"tuyen dung|tiep nhan vao (cong chuc|vien chuc)|thi nang ngach|xet thang hang",
    "5.3": r"danh gia,? xep loai",
    "5.4": r"dao tao,? boi duong",
    "5.6": r"ky luat|ky cuong|kiem tra cong vu",
    "7.1": r"du lieu|trung tam tich hop|ha tang (ky thuat |so |cong nghe thong tin)|mang (tin hoc|dien rong|truyen so lieu)"
           r"|nen tang (so|tich hop)|kien truc chinh quyen|an toan thong tin|an ninh mang",
    "7.2": r"cong thong tin dien tu|van ban dien tu|quan ly van ban va dieu hanh|chu ky so|hop truc tuyen"
           r"|phong hop khong giay",
    "7.3": r"dich vu cong truc tuyen|he thong thong tin giai quyet thu tuc|cong dich vu cong|thanh toan truc tuyen"
           r"|ho so truc tuyen",
    "7.4": r"so hoa|de an 06|tai su dung (du lieu|ket qua)|du lieu (ve )?dan cu",
    "8.1": r"muc do hai long|su hai long|sipas",
    "DTI.1": r"chuyen doi so",
}
# Cues added in the twenty-seventh pass (session 24, `train --head-cues s24`; shipped): the objects fresh22's
# unseen pages lost. Repealing a normative act (its number carries a year: "số 10/2016/QĐ-UBND") is the review of
# normative acts (2.3) whatever the repealed act was about; an individual decision's number has no year.
HEAD_CUES_S24 = {
    "2.2": r"(kiem tra|theo doi)( tinh hinh| viec)? thi hanh phap luat|quan ly cong tac thi hanh phap luat",
    "2.3": HEAD_CUES["2.3"] + r"|bai bo( \w+){0,4} (van ban quy pham|(quyet dinh|nghi quyet|chi thi) so \d+ \d{4} (qd|nq|ct))",
    "3.2": HEAD_CUES["3.2"] + r"|tai cau truc(,? lien thong)? (quy trinh|thu tuc)",
    "6.2": r"tu chu tai chinh|co che tu chu|quyen tu chu|(danh muc|dinh muc kinh te,? ky thuat|gia) dich vu su nghiep cong"
           r"|co che tai chinh( ap dung)?( doi voi)?( cac)? (don vi su nghiep|co so( \w+){1,2} cong lap)",
}
HEAD_CUE_SETS = {"s23": HEAD_CUES, "s24": {**HEAD_CUES, **HEAD_CUES_S24}}
HEAD_CUE_SET = "s24"       # shipped since the twenty-seventh pass; s23: the twenty-fifth pass's cues


def _compile_cues(cues: dict[str, str]) -> dict[str, re.Pattern]:
    return {cid: re.compile(rf"\b(?:{rx})\b") for cid, rx in cues.items()}


_HEAD_RX_BY_SET = {name: _compile_cues(cues) for name, cues in HEAD_CUE_SETS.items()}
HEAD_OBJECT = True      # shipped since the twenty-seventh pass (read by both models, with the s24 cues)
# which of head_features' keys the models read (`train --head-object all|is|later`)
HEAD_SETS = {"off": (), "all": ("head_is", "head_sib", "head_other", "head_later"), "is": ("head_is",),
             "later": ("head_is", "head_later")}
HEAD_KEYS = HEAD_SETS["later"]
HEAD_WORDS = 30


def head_criterion(text: str) -> tuple[str | None, set[str]]:
    """The criterion whose head cue comes first in folded `text` (the longest at one position), and
    every criterion with a cue anywhere in it (the cues of HEAD_CUE_SET)."""
    rxs = _HEAD_RX_BY_SET[HEAD_CUE_SET]
    hits = [(m.start(), -(m.end() - m.start()), cid) for cid, rx in rxs.items() if (m := rx.search(text))]
    return (min(hits)[2] if hits else None), {h[2] for h in hits}


# a cited act's date ("ngày 22/7/2024", "ngày 28 tháng 02 năm 2025"): an amendment's or repeal's subject names
# the act it changes by number and date before what that act was about
_CITED_DATE = re.compile(r"\bngay \d{1,2}( thang)? \d{1,2}( nam)? \d{4}\b")


def head_subject(doc) -> str:
    """The words the head criterion is read from: the subject's first HEAD_WORDS words; with the s24 cues
    without the dates of cited acts and 40 words (an amendment's object comes after the amended act's name)."""
    if HEAD_CUE_SET == "s23":
        return subject_lead(doc, HEAD_WORDS)
    return " ".join(_CITED_DATE.sub(" ", subject_lead(doc, 60)).split()[:40])


def head_features(doc, mappings: list, lex: Lexicon) -> list[dict[str, float]]:
    """Each pair against the head criterion of the page's subject (`subject_lead`): the pair is it
    (`head_is`), a sibling of it (`head_sib`), another domain's (`head_other`); its cue later in the
    subject (`head_later`). Nothing when the subject names no cue."""
    head, named = head_criterion(head_subject(doc))
    if head is None:
        return [{} for _ in mappings]
    out = []
    for m in mappings:
        cid = m.criterion_id
        if cid == head:
            f = {"head_is": 1.0}
        elif lex.domain.get(cid) == lex.domain.get(head):
            f = {"head_sib": 1.0}
        else:
            f = {"head_other": 1.0}
        if cid != head and cid in named:
            f["head_later"] = 1.0
        out.append({k: v for k, v in f.items() if k in HEAD_KEYS})
    return out


# the head criterion gating the rule's key phrases (twenty-sixth pass, `train --head-gate`; off): when the
# subject names a head, another criterion's key phrase ("tuyển dụng" after "phân cấp", "thủ tục" after "hệ
# thống thông tin giải quyết") is a modifier of the act, not what it is. "flag": a gated flag and the rule
# score apart; "move": the phrase's tier features renamed, so their weight is learned apart from an ungated hit's;
# "title": the flag only on a phrase in the page's title (the subject's modifiers, not the body's mentions)
HEAD_GATE = "off"
_GATE_MOVED = ("tier_title", "tier_purpose", "tier_head", "tier_citation", "tier_body", "hit_len")


def head_gated(doc, mappings: list) -> list[bool]:
    """Per pair: the page's subject names a head criterion, the pair is another criterion and a key
    phrase of its own hit (mapping.Mapping.hit_tier)."""
    head, _ = head_criterion(head_subject(doc))
    tiers = ("title",) if HEAD_GATE == "title" else ("title", "purpose", "head", "citation", "body")
    return [head is not None and m.criterion_id != head and m.hit_tier in tiers for m in mappings]


def gate_key_phrase(f: dict[str, float]) -> None:
    """Mark a gated pair's key phrase in its features `f` (HEAD_GATE), in place."""
    f["head_gated"] = 1.0
    if HEAD_GATE in ("flag", "title"):
        f["head_gated_rule"] = f["rule"]
    elif HEAD_GATE == "move":
        for k in _GATE_MOVED:
            if k in f:
                f[f"gated_{k}"] = f.pop(k)


def own_act(doc) -> dict[str, float]:
    """Does the page report its province's own act (the same on every pair of the page)? In the title and
    head outside citations: a provincial body, "tỉnh" or a province's name acting (issuing, approving,
    requiring, organising …), an issuing verb with the kind of document it issues, a number of a
    provincial body's document; `own_act_title` when the actor and verb are in the page title."""
    head_f = doc.folded[:doc.head_end]
    out: dict[str, float] = {}
    acts = [m.start() for m in _OWN_ACT.finditer(head_f)] + [e for e, _ in _named_acts(doc, head_f)]
    acts = [a for a in acts if not doc.cited(a)]
    if acts:
        out["own_act"] = 1.0
        if min(acts) < len(doc.title):
            out["own_act_title"] = 1.0
    if any(not doc.cited(m.start()) for m in _OWN_ISSUE.finditer(head_f)):
        out["own_issue"] = 1.0
    if any(not doc.cited(m.start()) for m in _OWN_SYMBOL.finditer(head_f)):
        out["own_symbol"] = 1.0
    return out


_CITE_BEFORE = re.compile(r"\b(can cu|thuc hien|theo|trien khai)\b[^.;]*$")
_SYMBOL_BODY = re.compile(r"\b\d+[a-z]?/(?:\d{4}/)?[A-Za-zĐđ]{1,5}-([A-Za-zĐđ]+)\b")


def _title_symbol(doc) -> str | None:
    """The body code of the first document number in the page title or title zone that is not a
    citation ("Quyết định 30/QĐ-TTg về …" -> "TTg"): whose document the page is."""
    for a, b in ([(0, len(doc.title))] if doc.title else []) + doc.title_zone:
        for m in _SYMBOL_BODY.finditer(doc.full, a, b):
            if not _CITE_BEFORE.search(doc.folded[max(a, m.start() - 40):m.start()]):
                return m.group(1)
    return None


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


PAGE_MODEL_EVIDENCE = False   # the page model also reads page_ev (fifteenth pass, variant B; off)


def page_features(f: dict[str, float], p_best: float, p_next: float) -> dict[str, float]:
    """What the page model reads about a page's best pair: how probable and how far ahead it is,
    and what kind of page it is (news and title-only pages score lower when right)."""
    lg = lambda p: math.log(max(p, 1e-6) / max(1 - p, 1e-6))  # noqa: E731
    out = {"logit": lg(p_best), "gap": p_best - p_next, "logit_gap": lg(p_best) - lg(p_next), "sim": f.get("sim", 0.0)}
    for k in ("no_title", "type_none", "level_none", "tier_title", "tier_head", "tier_none"):
        out[k] = f.get(k, 0.0)
    out.update({k: v for k, v in f.items() if k.startswith("whose_")})
    if "learn" in f or "learn_none" in f:     # with a learned lexicon (the default; --no-learned trains without)
        out.update({k: f.get(k, 0.0) for k in ("learn", "learn_lead", "learn_none")})
    if PAGE_MODEL_EVIDENCE and _evidence.FEATURE in f:
        out[_evidence.FEATURE] = f[_evidence.FEATURE]
    return out


# the decision model (twentieth pass, `train --decision`; off): whether the page maps, judged on the
# pair the mapper maps (the order model's top), from both models' scores, the order model's margin, the
# kind and issuer of the page and the top's domain; "replace" the confidence cut, or "or" it
_DECISION_COPY = ("no_title", "tier_title", "tier_head", "tier_body", "tier_citation", "tier_none", "learn", "learn_lead",
                  "learn_none", "sim", "sim_lead", "page_lead", "page_dist", "rule", "ranking_by_others", _evidence.FEATURE)
_DECISION_PREFIXES = ("type_", "level_", "whose_", "act_")


HEAD_DECISION = False
_HEAD_DECISION_COPY = ("head_is", "head_sib", "head_other", "head_later", "head_gated")


def decision_features(f: dict[str, float], p_conf_best: float, p_conf_top: float, q_top: float, q_next: float,
                      domain: str) -> dict[str, float]:
    """What the decision model reads of a page: the order model's top pair `f` (its order probability
    `q_top`, the next pair's `q_next`), the confidence model's best probability on the page and on that
    top, whether the two models agree, and the page's kind, issuer and the top's domain."""
    out = {"conf_best": logit(p_conf_best), "conf_top": logit(p_conf_top), "order_top": logit(q_top),
           "order_gap": logit(q_top) - logit(q_next), "order_pgap": q_top - q_next,
           "agree": float(abs(p_conf_best - p_conf_top) < 1e-12), f"dom_{domain}": 1.0}
    out.update({k: f[k] for k in _DECISION_COPY if f.get(k)})
    if HEAD_DECISION:     # is the top the head of the page's subject (twenty-sixth pass; off)
        out.update({k: f[k] for k in _HEAD_DECISION_COPY if f.get(k)})
    out.update({k: v for k, v in f.items() if k.startswith(_DECISION_PREFIXES) and v})
    if ACT_CUES:          # the province's own act and its goals (thirtieth pass; off)
        out.update({k: v for k, v in f.items() if k.startswith("own_") and v})
    if TITLELESS_CUES:    # a title-less page's cues of plans, results, events (thirty-first pass; off)
        out.update({k: v for k, v in f.items() if k.startswith("tl_") and v})
    if FACT_CUES != "off":  # the page's extracted facts (thirty-second pass; off)
        out.update({k: v for k, v in f.items() if k.startswith("fx_") and v})
    if NAMED_ACTS != "off":  # the acts the page names without a number (thirty-third pass; off)
        out.update({k: v for k, v in f.items() if k.startswith("na_") and v})
    if TITLELESS_SPLIT and f.get("no_title"):   # the same features apart on title-less pages (thirty-first pass; off)
        out.update({f"nt_{k}": v for k, v in list(out.items()) if k != "no_title"})
    return out


def _slug(s: str) -> str:
    return re.sub(r"\W+", "_", fold(s).lower()).strip("_")


# ---- the model ------------------------------------------------------------------------------------

class Ranker:
    """A logistic model, the probability at which a pair counts as mapped and the lower one at
    which it is still worth a look, and the page's-best promotion (all fitted with it, on
    training data only). With an `order` model (thirteenth pass), that one orders the page's
    pairs and the first model only decides whether the page maps (see mapping.rerank)."""

    def __init__(self, model: Linear, threshold: float, possible: float,
                 top: tuple[float, float] | None = None, page: tuple[Linear, float] | None = None,
                 learned: "_learned.Learned | None" = None, order: tuple[Linear, float] | None = None,
                 evidence: "_evidence.PageEvidence | None" = None):
        self.model, self.threshold, self.possible = model, threshold, min(possible, threshold)
        self.learned = learned   # words of each criterion's labelled pages (None: catalog wording only)
        self.top = top       # (probability, margin): a page's best pair this far ahead is mapped
        self.page = page     # (model, cut): is the page's best pair right? Replaces `top` when set
        self.order = order   # (model without the best-of-page flags, its recall cut) or None
        self.evidence = evidence  # is the page anybody's evidence, from its words (None: not read)
        self.within = None       # the within-domain lexicon (sixteenth pass; None: not read)
        self.within_gate: str | None = None   # its gate (WITHIN_GATE's values), stored with it
        self.swap = None         # the sibling swap model (sixteenth pass): P(the order model's top is right)
        self.domains = None      # the domain lexicon (seventeenth pass; None: not read)
        self.domain_mode = "page"  # what it reads of a page (domain_grams)
        self.confidence = "max"  # with `order`: the page maps on this model's own best ("max") or on the order's top ("top")
        self.decision = None     # (model, cut): does the page map, judged on the order's top (twentieth pass; None: the cut)
        self.decision_mode = "replace"   # the decision model replaces the confidence cut, or maps too ("or")

    def promotes(self, p_best: float, p_next: float, feats: dict[str, float] | None = None) -> bool:
        """Is the page's best pair mapped although under the cut, because it is clearly ahead
        (the learned page model when there is one and the pair's features are given)?"""
        if self.page is not None and feats is not None:
            return self.page[0].prob(page_features(feats, p_best, p_next)) >= self.page[1]
        return self.top is not None and p_best >= self.top[0] and p_best - p_next >= self.top[1]

    def prob(self, feats: dict[str, float]) -> float:
        return self.model.prob(feats)

    def order_score(self, p: float, mapped: bool, mapped_at: float, possible: float) -> float:
        """The order model's probability as a mapper score: a mapped pair at or over `mapped_at`,
        any other under it (the 'worth a look' band from the order model's own recall cut);
        monotone in `p` within each."""
        if mapped:
            return mapped_at + (1 - mapped_at) * p
        q = self.order[1]
        if p >= q:
            return min(possible + (mapped_at - possible) * (p - q) / (1 - q), mapped_at - 0.001) if q < 1 else possible
        return possible * p / q if q > 0 else 0.0

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
        if self.top is not None:
            d["top_cut"], d["top_margin"] = round(self.top[0], 6), round(self.top[1], 6)
        if self.page is not None:
            d["page_model"] = {"bias": round(self.page[0].bias, 6), "weights": self.page[0].to_json()["weights"]}
            d["page_cut"] = round(self.page[1], 6)
        if self.learned is not None:
            d["learned"] = self.learned.to_json()
        if self.order is not None:
            d["order_model"] = {"bias": round(self.order[0].bias, 6), "weights": self.order[0].to_json()["weights"]}
            d["order_possible"] = round(self.order[1], 6)
            d["confidence"] = self.confidence
        if self.evidence is not None:
            d["page_evidence"] = self.evidence.to_json()
        if self.within is not None:
            d["within"] = self.within.to_json()
            d["within_gate"] = self.within_gate
        if self.swap is not None:
            d["swap_model"] = {"bias": round(self.swap.bias, 6), "weights": self.swap.to_json()["weights"]}
        if self.domains is not None:
            d["domain_lexicon"], d["domain_grams"] = self.domains.to_json(), self.domain_mode
        if self.decision is not None:
            d["decision_model"] = {"bias": round(self.decision[0].bias, 6), "weights": self.decision[0].to_json()["weights"]}
            d["decision_cut"], d["decision_mode"] = round(self.decision[1], 6), self.decision_mode
        return d

    @classmethod
    def from_json(cls, d: dict) -> "Ranker":
        own = ("threshold", "possible", "top_cut", "top_margin", "page_model", "page_cut", "learned",
               "order_model", "order_possible", "confidence", "page_evidence", "within", "within_gate", "swap_model",
               "domain_lexicon", "domain_grams", "decision_model", "decision_cut", "decision_mode")
        lin = Linear.from_json({k: v for k, v in d.items() if k not in own})
        top = (float(d["top_cut"]), float(d["top_margin"])) if "top_cut" in d else None
        page = (Linear.from_json(d["page_model"]), float(d["page_cut"])) if "page_model" in d else None
        learned = _learned.Learned.from_json(d["learned"]) if "learned" in d else None
        order = (Linear.from_json(d["order_model"]), float(d["order_possible"])) if "order_model" in d else None
        evidence = _evidence.PageEvidence.from_json(d["page_evidence"]) if "page_evidence" in d else None
        model = cls(lin, float(d["threshold"]), float(d["possible"]), top, page, learned, order, evidence)
        model.confidence = d.get("confidence", "max")
        model.within = _learned.Learned.from_json(d["within"]) if "within" in d else None
        model.within_gate = d.get("within_gate")
        model.swap = Linear.from_json(d["swap_model"]) if "swap_model" in d else None
        model.domains = _learned.Learned.from_json(d["domain_lexicon"]) if "domain_lexicon" in d else None
        model.domain_mode = d.get("domain_grams", "page")
        if "decision_model" in d:
            model.decision = (Linear.from_json(d["decision_model"]), float(d["decision_cut"]))
            model.decision_mode = d.get("decision_mode", "replace")
        return model


@lru_cache(maxsize=1)
def shipped() -> Ranker | None:
    """The ranker shipped in the package, read once per process (None: rules only)."""
    return load(MODEL_FILE) if MODEL_FILE.exists() else None


@lru_cache(maxsize=1)
def shipped_digest() -> str:
    """Digest of the shipped model file ('' without one): part of the mappings' cache key."""
    import hashlib
    return hashlib.sha256(MODEL_FILE.read_bytes()).hexdigest()[:16] if MODEL_FILE.exists() else ""


def load(path: Path) -> Ranker:
    try:
        return Ranker.from_json(json.loads(Path(path).read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise ValueError(f"{path}: not a criteria ranker ({type(e).__name__}: {e})") from None
