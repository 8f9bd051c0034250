"""The learned text models' features, rebuilt without scikit-learn: tf-idf vectors of the page's
opening (page kind), of a value's paragraph and headings (block) and of its masked clause (clause),
and the goal features made of their probabilities."""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

# --- page kind: a learned page-level signal (goals announced vs results reviewed) ------------
_WORD = re.compile(r"[^\W\d_]+")
PAGE_CHARS = 8000


def page_text(t: str) -> str:
    """What the page kind is read from: the first 8,000 characters (title, lead, headings and
    the body's wording; held out, the whole opening told pages with goals from results-only pages
    better than title, lead and headings alone: AUC 0.94 vs 0.87)."""
    return t[:PAGE_CHARS]


def page_tokens(t: str) -> list[str]:
    """Lower-cased syllables and syllable pairs of page_text (Vietnamese words are mostly one or
    two syllables: "kết quả", "mục tiêu", "phấn đấu")."""
    w = _WORD.findall(page_text(t).lower())
    return w + [a + " " + b for a, b in zip(w, w[1:])]


def page_kind_features(tokens: Iterable[str], idf: dict[str, float]) -> dict[str, float]:
    """tf-idf (sublinear tf, l2-normalised) over the trained vocabulary, as sklearn's
    TfidfVectorizer(sublinear_tf=True) computes it, so the shipped weights apply unchanged."""
    counts = Counter(filter(idf.__contains__, tokens))     # in C; keys in first-seen order, as before
    vec = {tok: (1.0 + math.log(n)) * idf[tok] for tok, n in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {tok: v / norm for tok, v in vec.items()}


def page_kind_prob(model, t: str) -> float:
    """The page-kind model's probability that the page announces goals."""
    return model.prob(page_kind_features(page_tokens(t), model.meta["idf"]))


def page_kind_goal_features(p: float) -> dict[str, float]:
    """The page kind as goal features: its probability, centred so "unsure" weighs nothing."""
    return {"pk": p - 0.5}


# miss23: a page that opens with a news lede and lists a plan's goals further down reads as a
# report from its opening; the page kind of the text from its first goal lead on is read too
_GOAL_LEAD = re.compile(r"mục tiêu|chỉ tiêu|phấn đấu", re.I)
LEAD_SKIP = 300         # a cue in the title / first lines: the tail would be the opening again


def goal_tail(t: str) -> str | None:
    """The page from the line of its first goal lead on, when that line is past the opening's
    first LEAD_SKIP characters; None when the page names no goal lead there."""
    m = _GOAL_LEAD.search(t, LEAD_SKIP)
    if m is None:
        return None
    return t[t.rfind("\n", 0, m.start()) + 1:]


def tail_goal_features(p: float | None) -> dict[str, float]:
    """The tail's page kind, centred; absent when the page has no tail."""
    return {} if p is None else {"pkt": p - 0.5}


def gate_pk(f: dict[str, float]) -> dict[str, float]:
    """A value under a goal lead (its list heading names goals, or a strong forward cue opens its
    block) does not take the report-like page's prior: pk floored at "unsure"."""
    if f.get("pk", 0.0) < 0 and (f.get("head_goal") or f.get("block_forward")):
        return {"pk": 0.0}
    return {}


def pk_interactions(f: dict[str, float]) -> dict[str, float]:
    """What the linear goal model cannot make of `pk` alone: how far the page reads as a report,
    times the value's own goal cues (its clause, its paragraph, its list heading, its block's
    probability), so a goal cue can overrule the page prior on pages that read as reports."""
    low = max(0.0, -f.get("pk", 0.0))
    if not low:
        return {}
    own = max(f.get("muc_tieu_before", 0.0), f.get("phan_dau", 0.0), f.get("toi_thieu", 0.0))
    return {"pkx_cue": low * own, "pkx_para": low * f.get("para_goal_any", 0.0),
            "pkx_head": low * f.get("head_goal", 0.0), "pkx_blk": low * max(0.0, f.get("blk", 0.0))}


# --- fourteenth pass: the value's block as learned context ---------------------------------------
BLOCK_CHARS = 1500      # a run-on paragraph is read from its start only (one tokenisation per block)
HEAD_CHARS = 200


def block_text(t: str, para: tuple[int, int], spans) -> tuple[str, str]:
    """A value's block: its paragraph (bounded) and the heading lines above it (the list's lead-in
    and the top / numbered section headings), lower-cased; the same for every value of a paragraph."""
    s, e = para
    heads = "\n".join(t[hs:min(he, hs + HEAD_CHARS)] for hs, he in dict.fromkeys(x for x in spans if x))
    return t[s:min(e, s + BLOCK_CHARS)].lower(), heads.lower()


def _marked(mark: str, text: str) -> list[str]:
    w = _WORD.findall(text)
    return [mark + x for x in w] + [mark + a + " " + b for a, b in zip(w, w[1:])]


def block_tokens(block: tuple[str, str]) -> list[str]:
    """Syllables and syllable pairs of the block's paragraph, and of its headings marked "h:"
    (a goal cue in a heading governs a list; the same cue in the paragraph is one sentence's).
    Digits are not syllables, so the value itself is never a token."""
    return _marked("", block[0]) + _marked("h:", block[1])


def block_prob(model, block: tuple[str, str]) -> float:
    """The block model's probability that this block's values are goals."""
    return model.prob(page_kind_features(block_tokens(block), model.meta["idf"]))


def block_goal_features(p: float) -> dict[str, float]:
    return {"blk": p - 0.5}


CLAUSE_BEFORE, CLAUSE_AFTER = 8, 6      # syllables read each side of the value


def clause_text(t: str, clause: tuple[int, int], start: int, end: int) -> tuple[str, str]:
    """The value's clause around it, the value itself left out: up to 8 syllables before and 6 after
    (80 / 60 characters at most), lower-cased."""
    before = _WORD.findall(t[max(clause[0], start - 80):start].lower())[-CLAUSE_BEFORE:]
    after = _WORD.findall(t[end:min(clause[1], end + 60)].lower())[:CLAUSE_AFTER]
    return " ".join(before), " ".join(after)


def clause_tokens(c: tuple[str, str]) -> list[str]:
    """Syllables and pairs before ("b:") and after ("a:") the masked value."""
    return _marked("b:", c[0]) + _marked("a:", c[1])


def clause_prob(model, c: tuple[str, str]) -> float:
    return model.prob(page_kind_features(clause_tokens(c), model.meta["idf"]))


def clause_goal_features(p: float) -> dict[str, float]:
    return {"cls": p - 0.5}
