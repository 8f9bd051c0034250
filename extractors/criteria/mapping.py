"""Scoring one document (text + facts) against the criteria of a catalog. Pure: no I/O.

Every mapping carries its explanation: which rule fired, on which phrase, in which sentence,
so that an appraiser can check it in seconds. Weights are explicit constants below.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache

from extractors.normalize import fold

from extractors.criteria import ranker as _ranker
from extractors.criteria.catalog import Catalog, Target
from extractors.criteria.levels import HEADER_LEVELS, SEP as _S, level_of as _level_of

MAPPER_VERSION = "9"       # 3: the learned ranker (ranker.py) re-scores the rules' candidates; 4: its
                          # confidence model reads the page-level evidence model (page_evidence.py);
                          # 5: the ranker retrained with session 19's fresh pages (fresh19.jsonl) joined;
                          # 6: fresh20.jsonl joined, the decision model maps too ("or", floor 0.91);
                          # 7: refitted on session 22's issuers and places (is30);
                          # 8: the act's head object read by both models, with the s24 cues (map33);
                          # 9: fresh21-24 joined, both cuts by the negatives' floor (train --shipped)
HEAD_CHARS = 900          # title + this much of the text = where the trích yếu / headline lives

W_TITLE_ZONE = 0.50       # a title phrase in the title zone (page title, headline, upper-case trích yếu)
W_TITLE_HEAD = 0.35       # ... elsewhere in the head (lead paragraph), not in a citation
W_TITLE_BODY = 0.15       # ... deeper in the body, or inside a citation ("Căn cứ ...", "Nghị định số ... về ...")
W_PHRASE = 0.05           # each supporting phrase (max W_PHRASES)
W_PHRASES = 0.20
W_TYPE = 0.15             # document type listed by the rule
W_TYPE_MISS = -0.10       # known type, not listed
W_LEVEL = 0.10            # issuer level listed by the rule
W_LEVEL_MISS = -0.25      # known issuer level, not listed (a ministry plan is not the province's)
W_INDEX = 0.05
W_EXCLUDE = -0.45         # an exclusion phrase in the title zone (a more specific document kind)

MAPPED = 0.5              # at or above: the document is evidence for the criterion
POSSIBLE = 0.3            # between POSSIBLE and MAPPED: worth a look, not counted
DEMOTED = MAPPED - 0.05   # a criterion that lost the document's subject to another stays a candidate

TYPE_ABBR = {
    "KH": "Kế hoạch", "QĐ": "Quyết định", "QD": "Quyết định", "NQ": "Nghị quyết", "CT": "Chỉ thị",
    "BC": "Báo cáo", "TB": "Thông báo", "HD": "Hướng dẫn", "CTr": "Chương trình", "CTR": "Chương trình",
    "ĐA": "Đề án", "DA": "Đề án", "TTr": "Tờ trình", "QC": "Quy chế", "QyĐ": "Quy định", "CV": "Công văn",
}
_TYPE_WORDS = [("ke hoach", "Kế hoạch"), ("quyet dinh", "Quyết định"), ("nghi quyet", "Nghị quyết"),
               ("chi thi", "Chỉ thị"), ("bao cao", "Báo cáo"), ("thong bao", "Thông báo"),
               ("huong dan", "Hướng dẫn"), ("chuong trinh", "Chương trình"), ("de an", "Đề án"),
               ("quy che", "Quy chế"), ("cong van", "Công văn")]
_SYMBOL = re.compile(r"\bs[oố]\s*:?\s*\d+[a-zđ]?\s*/\s*(?:\d{4}\s*/\s*)?([A-Za-zĐđ]{1,4})\s*-", re.I)
_SYMBOL_ANY = re.compile(r"\b\d+[a-z]?/(?:\d{4}/)?([A-Za-zĐđ]{1,4})-[A-ZĐ]", re.U)
_HEADER_RX = [(re.compile(p.replace(" ", _S)), lvl) for p, lvl in HEADER_LEVELS]
_PROVINCE_IN_HEAD = re.compile(r"\b(chu tich )?(uy ban nhan dan|ubnd) (tinh|thanh pho)\b|\bnoi ban hanh\W+tinh\b"
                               r"|\bco quan ban hanh\W+tinh\b|\btinh uy ban nhan dan\b".replace(" ", _S))
_YEAR = re.compile(r"\bnam ((?:19|20)\d\d)\b")
_PERIOD = re.compile(r"\bgiai doan ((?:19|20)\d\d) ?- ?((?:19|20)\d\d)\b")
_SENT_END = re.compile(r"[.;!?\n]")
_UPPER_RUN = re.compile(r"(?:\b[A-ZÀ-ỸĐ][A-ZÀ-ỸĐ0-9“”\"/-]*[,;]?\s+){5,}[A-ZÀ-ỸĐ][A-ZÀ-ỸĐ0-9“”\"/-]*")
_CITE_START = re.compile(r"^\W*(can cu|thuc hien|theo de nghi|xet de nghi)\b")
_DOC_REF = re.compile(r"\b(nghi dinh|thong tu|luat|nghi quyet|quyet dinh|chi thi|ke hoach|cong van|de an)\W+(so\W+)?\d")
# words that turn the rest of a title into its purpose ("... phục vụ chuyển đổi số", "... nhằm cải
# thiện Chỉ số PCI"): what follows is why the document exists, not what it is about
_PURPOSE = re.compile(r"\b(nham|phuc vu|gop phan|huong toi)\b")


@dataclass
class Signal:
    rule: str                 # title_phrase | phrase | doc_type | issuer_level | index | exclude
    weight: float
    detail: str
    phrase: str | None = None
    sentence: str | None = None


@dataclass
class Mapping:
    criterion_id: str
    criterion_name: str
    domain_id: str
    score: float
    signals: list[Signal] = field(default_factory=list)
    sentence: str | None = None          # the sentence of the strongest phrase
    doc_type: str | None = None
    issuer_level: str | None = None
    target_years: list[int] = field(default_factory=list)
    hit_span: tuple[int, int] | None = None   # where the title phrase matched (offsets in title + text)
    hit_tier: str | None = None               # title | purpose | head | citation | body

    @property
    def mapped(self) -> bool:
        return self.score >= MAPPED

    def explanation(self) -> str:
        parts = [f"{s.detail}" for s in self.signals if s.weight]
        return "; ".join(parts)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["explanation"] = self.explanation()
        return d


@lru_cache(maxsize=2048)
def _matcher(phrase: str) -> re.Pattern:
    """A phrase (or `re:` pattern) written for folded, lower-case, single-spaced text, matched on
    the folded lower-case original: any run of punctuation/space may separate words."""
    if phrase.startswith("re:"):
        src = phrase[3:].replace(" ", r"[\W_]+")
    else:
        words = re.findall(r"\w+", fold(phrase).lower())
        src = r"[\W_]+".join(re.escape(w) for w in words)
    return re.compile(r"(?<!\w)" + src + r"(?!\w)")


@dataclass
class DocView:
    """A document prepared once for scoring against many criteria."""
    title: str
    text: str
    full: str
    folded: str
    head_end: int
    doc_type: str | None
    issuer_level: str | None
    indices: list[str]
    target_years: list[int]
    period: tuple[int, int] | None
    title_zone: list[tuple[int, int]] = field(default_factory=list)

    def in_title_zone(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.title_zone)

    def cited(self, pos: int) -> bool:
        """Is the match inside a citation of another document rather than the document's subject?"""
        line_start = self.folded.rfind("\n", 0, pos) + 1
        k = pos
        while k > max(0, pos - 400) and self.folded[k - 1] not in ".;!?" and self.folded[k - 2:k] != "\n\n":
            k -= 1
        sentence_prefix = self.folded[k:pos]
        if _CITE_START.search(sentence_prefix) or "can cu " in self.folded[line_start:pos] \
                or "can cu " in sentence_prefix:
            return True
        return bool(_DOC_REF.search(sentence_prefix)) and "ban hanh" not in sentence_prefix

    def zone_of(self, pos: int) -> tuple[int, int] | None:
        return next(((a, b) for a, b in self.title_zone if a <= pos < b), None)

    def tier(self, start: int) -> tuple[float, str]:
        zone = self.zone_of(start)
        if zone:
            if _PURPOSE.search(self.folded, zone[0], start):
                return W_TITLE_HEAD, "purpose"
            return W_TITLE_ZONE, "title"
        if start < self.head_end and not self.cited(start):
            return W_TITLE_HEAD, "head"
        return W_TITLE_BODY, "citation" if start < self.head_end else "body"

    def sentence_at(self, start: int, end: int) -> str:
        a = start
        while a > 0 and not _SENT_END.match(self.full[a - 1]) and start - a < 300:
            a -= 1
        b = end
        while b < len(self.full) and not _SENT_END.match(self.full[b]) and b - end < 300:
            b += 1
        return " ".join(self.full[a:b].split())


def prepare(text: str, title: str = "", facts: dict | None = None) -> DocView:
    facts = facts or {}
    full = (title or "") + "\n" + (text or "")
    folded = fold(full).lower()
    if len(folded) != len(full):        # fold/lower must keep offsets; fall back to a safe copy
        folded = "".join(fold(c).lower()[:1] or " " for c in full)
    head_end = len(title or "") + 1 + HEAD_CHARS
    primary = next((r for r in facts.get("doc_refs") or [] if r.get("number") == facts.get("primary")), None)
    doc_type = (primary or {}).get("type") or _detect_type(title or "", full[:head_end])
    start = len(title or "") + 1
    level = _level_of((primary or {}).get("issuer")) or _detect_level(
        folded[start:start + 200].lstrip(), folded[:head_end], doc_type is not None)
    years = _years(fold(title or "").lower()) or _years(folded[:head_end])
    period = None
    p = facts.get("period")
    if isinstance(p, dict) and p.get("from") and p.get("to"):
        period = (int(p["from"]), int(p["to"]))
    else:
        m = _PERIOD.search(folded[:head_end])
        if m:
            period = (int(m.group(1)), int(m.group(2)))
    return DocView(title=title or "", text=text or "", full=full, folded=folded, head_end=head_end,
                   doc_type=doc_type, issuer_level=level, indices=list(facts.get("indices") or []),
                   target_years=years, period=period, title_zone=_title_zone(full, len(title or ""), head_end, doc_type is not None))


def _title_zone(full: str, title_len: int, head_end: int, is_document: bool) -> list[tuple[int, int]]:
    """Page title; the upper-case lines of the head (trích yếu); and — for pages that are not
    official documents and come without a page title — the short lines at the top (headlines)."""
    zones = [(0, title_len)] if title_len else []
    pos = title_len + 1
    for line in full[pos:head_end].split("\n"):
        letters = [c for c in line if c.isalpha()]
        words = len(re.findall(r"\w*[^\W\d_]\w*", line))
        if not title_len and not is_document and pos < title_len + 1 + 400 and 6 <= words and len(line) <= 250:
            zones.append((pos, pos + len(line)))
        elif len(letters) > 15 and sum(c.isupper() for c in letters) >= 0.8 * len(letters) \
                and "cong hoa xa hoi" not in fold(line).lower():
            zones.append((pos, pos + len(line)))
        pos += len(line) + 1
    # runs of upper-case words inside long lines (one-line texts from document mirrors)
    for m in _UPPER_RUN.finditer(full, title_len + 1, head_end):
        if "cong hoa xa hoi" not in fold(m.group()).lower():
            zones.append((m.start(), m.end()))
    return zones


def _detect_type(title: str, head: str) -> str | None:
    ft = fold(title).lower().strip()
    for word, name in _TYPE_WORDS:
        if ft.startswith(word):
            return name
    m = _SYMBOL.search(head) or _SYMBOL_ANY.search(head)
    if m:
        abbr = m.group(1)
        return TYPE_ABBR.get(abbr) or TYPE_ABBR.get(abbr.upper())
    fh = fold(head).lower()
    # an upper-case type heading after the header ("KẾ HOẠCH", "QUYẾT ĐỊNH")
    best = None
    for word, name in _TYPE_WORDS:
        i = fh.find("\n" + word)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, name)
    return best[1] if best else None


def _detect_level(text_start: str, head: str, is_document: bool) -> str | None:
    """The issuer level from the header of an official document; for other pages (news) only
    'province' when the head says the provincial People's Committee acted."""
    if is_document:
        for rx, lvl in _HEADER_RX:
            if rx.search(text_start):
                return lvl
    return "province" if _PROVINCE_IN_HEAD.search(head) else None


def _years(folded: str) -> list[int]:
    out = []
    for m in _YEAR.finditer(folded):
        before = folded[max(0, m.start() - 14): m.start()]
        if "thang" in before:           # "ngày 10 tháng 12 năm 2013" is a date, not a target year
            continue
        y = int(m.group(1))
        if y not in out:
            out.append(y)
    return out


def score(doc: DocView, target: Target) -> Mapping:
    rule = target.rule
    signals: list[Signal] = []
    total = 0.0
    best_sentence = None
    # title phrases: the strongest signal, counted once
    hit = None               # the strongest place, then the longest (most specific) phrase
    for p in rule.title_phrases:
        for m in _matcher(p).finditer(doc.folded):
            w, where = doc.tier(m.start())
            if hit is None or (w, m.end() - m.start()) > (hit[0], hit[3].end() - hit[3].start()):
                hit = (w, where, p, m)
            if w == W_TITLE_ZONE:
                break
    if hit:
        w, where, p, m = hit
        total += w
        best_sentence = doc.sentence_at(m.start(), m.end())
        label = p[3:] if p.startswith("re:") else p
        signals.append(Signal("title_phrase", w, f"{where} phrase “{' '.join(doc.full[m.start():m.end()].split())}” "
                              f"(rule: {label})", phrase=label, sentence=best_sentence))
    # supporting phrases
    got = 0.0
    for p in rule.phrases:
        m = _matcher(p).search(doc.folded)
        if m and got < W_PHRASES:
            w = min(W_PHRASE, W_PHRASES - got)
            got += w
            signals.append(Signal("phrase", round(w, 3), f"phrase “{' '.join(doc.full[m.start():m.end()].split())}”", phrase=p,
                                  sentence=doc.sentence_at(m.start(), m.end())))
    total += got
    for p in rule.exclude_phrases:
        m = next((m for m in _matcher(p).finditer(doc.folded, 0, doc.head_end) if doc.in_title_zone(m.start())), None)
        if m:
            total += W_EXCLUDE
            signals.append(Signal("exclude", W_EXCLUDE, f"head names “{doc.full[m.start():m.end()]}”: "
                                  "a more specific kind of document", phrase=p))
            break
    span = (hit[3].start(), hit[3].end()) if hit else None
    where = hit[1] if hit else None
    if hit is None:          # without its key phrase a document is at most a weak candidate
        return Mapping(criterion_id=target.id, criterion_name=target.name, domain_id=target.domain_id,
                       score=round(max(0.0, min(total, POSSIBLE - 0.05)), 3), signals=signals,
                       sentence=signals[0].sentence if signals else None, doc_type=doc.doc_type,
                       issuer_level=doc.issuer_level, target_years=doc.target_years)
    if doc.doc_type and rule.doc_types:
        if _fold_eq(doc.doc_type, rule.doc_types):
            total += W_TYPE
            signals.append(Signal("doc_type", W_TYPE, f"type {doc.doc_type} is listed"))
        else:
            total += W_TYPE_MISS
            signals.append(Signal("doc_type", W_TYPE_MISS, f"type {doc.doc_type} not among "
                                  f"{', '.join(rule.doc_types)}"))
    if doc.issuer_level and rule.issuer_levels:
        if doc.issuer_level in rule.issuer_levels:
            total += W_LEVEL
            signals.append(Signal("issuer_level", W_LEVEL, f"issued at {doc.issuer_level} level"))
        else:
            total += W_LEVEL_MISS
            signals.append(Signal("issuer_level", W_LEVEL_MISS, f"issued at {doc.issuer_level} level, "
                                  f"criterion wants {'/'.join(rule.issuer_levels)}"))
    if rule.indices and doc.indices and set(map(str.upper, rule.indices)) & set(map(str.upper, doc.indices)):
        total += W_INDEX
        signals.append(Signal("index", W_INDEX, f"names {', '.join(sorted(set(rule.indices) & set(doc.indices)))}"))
    return Mapping(criterion_id=target.id, criterion_name=target.name, domain_id=target.domain_id,
                   score=round(max(0.0, min(1.0, total)), 3), signals=signals, sentence=best_sentence,
                   doc_type=doc.doc_type, issuer_level=doc.issuer_level, target_years=doc.target_years,
                   hit_span=span, hit_tier=where)


def _fold_eq(value: str, options: list[str]) -> bool:
    v = fold(value).lower().strip()
    return any(v == fold(o).lower().strip() for o in options)


def _ranked(out: list[Mapping]) -> list[Mapping]:
    return sorted(out, key=lambda m: (-m.score, -len(m.signals), m.criterion_id))


def _demote(m: Mapping, why: str) -> None:
    delta = round(DEMOTED - m.score, 3)
    m.score = DEMOTED
    m.signals.append(Signal("subject", delta, why))


def one_subject(mappings: list[Mapping]) -> list[Mapping]:
    """A document has one subject: it counts (is *mapped*) only for the criteria whose key phrase
    is that subject. Two criteria matched on the same words keep the longer, more specific phrase
    (a PCI plan is PCI evidence, not also 'impact on the economy'); when the subject is in the
    title, a criterion named only in the lead or body is a side topic. The losers stay candidates
    (just under MAPPED), with the reason among their signals."""
    out = _ranked(mappings)
    winners: list[Mapping] = []
    mapped = [m for m in out if m.score >= MAPPED and m.hit_span]
    mapped.sort(key=lambda m: (-(m.hit_span[1] - m.hit_span[0]) if m.hit_tier == "title" else 0, -m.score,
                               -len(m.signals), m.criterion_id))
    title_subject = any(m.hit_tier == "title" for m in mapped)
    for m in mapped:
        rival = next((w for w in winners if m.hit_span[0] < w.hit_span[1] and w.hit_span[0] < m.hit_span[1]), None)
        if rival:
            _demote(m, f"the same words are the subject of {rival.criterion_id}")
        elif title_subject and m.hit_tier != "title":
            _demote(m, "a side topic: the title is about "
                       + ", ".join(w.criterion_id for w in winners if w.hit_tier == "title"))
        else:
            winners.append(m)
    return _ranked(out)


TOP_POSSIBLE = 3           # under the mapped cut, only a page's best 3 criteria stay 'possible'
BELOW_POSSIBLE = POSSIBLE - 0.01
SHIPPED = "shipped"         # map_catalogs(ranker=...): the packaged ranker; None = the rules alone


def map_document(text: str, title: str = "", facts: dict | None = None, *, catalog: Catalog,
                 minimum: float = 0.0, ranker=SHIPPED) -> list[Mapping]:
    """Score against every criterion (and sub-criterion with its own rule) of the catalog,
    best first; ties go to the more specific (sub-)criterion id."""
    return map_catalogs(text, title, facts, catalogs=[catalog], minimum=minimum, ranker=ranker)


def map_catalogs(text: str, title: str = "", facts: dict | None = None, *, catalogs: list[Catalog],
                 minimum: float = 0.0, ranker=SHIPPED) -> list[Mapping]:
    """Score against the criteria of several catalogs at once (the PAR INDEX version of the year
    and the companion indices), so that one subject is claimed by one criterion across them;
    then let the learned ranker re-score the rules' output (see ranker.py)."""
    doc = prepare(text, title, facts)
    out = [score(doc, t) for cat in catalogs for t in cat.mapping_targets()]
    out = one_subject(out)
    model = _ranker.shipped() if ranker == SHIPPED else ranker
    if model is not None and out:
        out = rerank(doc, out, catalogs, model)
    return [m for m in out if m.score > minimum or (minimum == 0.0 and m.score > 0)]


def rerank(doc: DocView, mappings: list[Mapping], catalogs: list[Catalog], model) -> list[Mapping]:
    """Replace each rule score by the ranker's, keeping the rules' signals as the explanation."""
    feats = _ranker.features(doc, mappings, _ranker.lexicon(catalogs), getattr(model, "learned", None),
                             getattr(model, "evidence", None), getattr(model, "within", None),
                             getattr(model, "within_gate", None), getattr(model, "domains", None),
                             getattr(model, "domain_mode", "page"))
    veto = _ranker.not_evidence(doc)
    title_subject = any(m.hit_tier == "title" and m.score >= MAPPED for m in mappings)
    probs = [model.prob(f) for f in feats]
    scores, lifts = (_two_model_scores if getattr(model, "order", None) else _scores)(model, mappings, feats, probs)
    for m, f, new, lift in zip(mappings, feats, scores, lifts):
        m.signals.append(Signal("ranker", round(new - m.score, 3),
                                f"learned ranker: rule score {m.score:.2f} → {new:.2f} "
                                f"(similarity to the criterion {f['sim']:.2f})"))
        if lift:
            m.signals.append(Signal("ranker", round(lift[0] - new, 3), f"learned ranker: {lift[1]}"))
            new = lift[0]
        m.score = new
        if new >= MAPPED and any(s.rule == "subject" for s in m.signals):
            m.score = DEMOTED        # the one-subject rule stands: the words belong to another criterion
        elif new >= MAPPED and title_subject and m.hit_tier == "citation":
            _demote(m, "named only in a citation of another document; the title is this one's subject")
        elif veto and new >= MAPPED:
            m.score = DEMOTED
            m.signals.append(Signal("not_evidence", round(DEMOTED - new, 3), f"nobody's evidence: {veto}"))
    out = _ranked(mappings)
    for m in out[TOP_POSSIBLE:]:     # 'worth a look' is the page's best few, not every faint match
        if POSSIBLE <= m.score < MAPPED:
            m.signals.append(Signal("ranker", round(BELOW_POSSIBLE - m.score, 3),
                                    f"not among the page's {TOP_POSSIBLE} best"))
            m.score = BELOW_POSSIBLE
    return out


def _scores(model, mappings: list[Mapping], feats: list[dict], probs: list[float]) -> tuple[list[float], list]:
    """One model: each pair's rescaled probability, and (score, why) for the page's clear best
    lifted to MAPPED (None elsewhere)."""
    scores = [round(max(0.0, min(1.0, model.score(p, MAPPED, POSSIBLE))), 3) for p in probs]
    lifts: list = [None] * len(scores)
    best = _page_best(mappings, probs)
    if best is not None and scores[best] < MAPPED and model_promotes(model, probs, best, feats[best]):
        lifts[best] = (MAPPED, "the page's clear best criterion")
    return scores, lifts


def _two_model_scores(model, mappings: list[Mapping], feats: list[dict], probs: list[float]) -> tuple[list[float], list]:
    """Two models (thirteenth pass): the order model (without the best-of-page flags) ranks the
    page's pairs; the confidence model (`probs`, with them) decides whether the page maps, from
    its own best pair (or the order model's top, `model.confidence == "top"`) against its cut or
    page model. A mapped page maps the order model's top and any pair over the confidence cut.
    Scores: the order model's, under MAPPED, and (score, why) lifting the mapped pairs over it."""
    order = [model.order[0].prob(f) for f in feats]
    top = _page_best(mappings, order)
    top = _sibling_swap(model, mappings, feats, order, top)
    judged = top if getattr(model, "confidence", "max") == "top" else _page_best(mappings, probs)
    maps = judged is not None and (probs[judged] >= model.threshold
                                   or model_promotes(model, probs, judged, feats[judged]))
    if getattr(model, "decision", None) is not None and top is not None:
        decided = model.decision[0].prob(_decision_features(mappings, feats, probs, order, top, judged)) >= model.decision[1]
        maps = decided if model.decision_mode == "replace" else maps or decided
    scores = [round(max(0.0, min(1.0, model.order_score(q, False, MAPPED, POSSIBLE))), 3) for q in order]
    lifts: list = [None] * len(scores)
    for i, (q, p) in enumerate(zip(order, probs)):
        if maps and (i == top or p >= model.threshold):
            why = ("the confidence model maps it" if p >= model.threshold
                   else "the page maps (confidence model) and this is its best criterion (order model)")
            lifts[i] = (round(min(1.0, model.order_score(q, True, MAPPED, POSSIBLE)), 3), why)
    return scores, lifts


def _decision_features(mappings: list[Mapping], feats: list[dict], probs: list[float], order: list[float], top: int,
                       judged: int | None) -> dict[str, float]:
    """The decision model's features (ranker.decision_features) of the order model's `top` pair."""
    q_next = max((order[i] for i in range(len(mappings)) if i != top
                  and not any(s.rule == "subject" for s in mappings[i].signals)), default=0.0)
    p_best = probs[judged] if judged is not None else 0.0
    return _ranker.decision_features(feats[top], p_best, probs[top], order[top], q_next, mappings[top].domain_id)


def _sibling_swap(model, mappings: list[Mapping], feats: list[dict], order: list[float], top: int | None) -> int | None:
    """The page's best pair after the sibling swap model (sixteenth pass; none in the file: `top`):
    when the order model's two best pairs are criteria of one domain and the swap model says the
    second is the likelier, their order probabilities are exchanged (in place) and the second leads."""
    swap = getattr(model, "swap", None)
    if swap is None or top is None:
        return top
    second = _page_best([m for i, m in enumerate(mappings) if i != top], [q for i, q in enumerate(order) if i != top])
    if second is None:
        return top
    second += second >= top
    if mappings[top].domain_id != mappings[second].domain_id:
        return top
    gap = _ranker.logit(order[top]) - _ranker.logit(order[second])
    if swap.prob(_ranker.swap_features(_order_view(model, feats[top]), _order_view(model, feats[second]), gap)) >= 0.5:
        return top
    order[top], order[second] = order[second], order[top]
    return second


def _order_view(model, f: dict) -> dict:
    """The features the order model reads (its weights' keys)."""
    w = model.order[0].weights
    return {k: v for k, v in f.items() if k in w}


def _page_best(mappings: list[Mapping], probs: list[float]) -> int | None:
    """Index of the most probable pair that the one-subject rule did not demote."""
    free = [i for i, m in enumerate(mappings) if not any(s.rule == "subject" for s in m.signals)]
    return max(free, key=lambda i: probs[i], default=None)


def model_promotes(model, probs: list[float], i: int, feats: dict | None = None) -> bool:
    promotes = getattr(model, "promotes", None)
    return bool(promotes) and promotes(probs[i], max((p for j, p in enumerate(probs) if j != i), default=0.0), feats)


def pair_features(text: str, title: str = "", facts: dict | None = None, *,
                  catalogs: list[Catalog]) -> list[tuple[str, dict]]:
    """(criterion id, ranker features) for every target: what the ranker is trained on."""
    doc = prepare(text, title, facts)
    out = one_subject([score(doc, t) for cat in catalogs for t in cat.mapping_targets()])
    return [(m.criterion_id, f) for m, f in zip(out, _ranker.features(doc, out, _ranker.lexicon(catalogs)))]
