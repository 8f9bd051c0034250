"""Features for the deadline decision: which year mention around a goal, if any, is its deadline
(a ranking over the candidates, plus "none"), and the null step's "is there one deadline at all"."""
from __future__ import annotations

import bisect
import math
import re
from functools import lru_cache

from extractors.target_features import _CHUNK_STOP, _LEAD_GOAL, _PARENS, _PAST_CTX, Context, _between, _log
from extractors.textutil import finditer_i, i_view, option_tokens, search_i, slice_search_i

# not "2023-04"; the "2" consumed before the lookbehind, so re skips to it in C (spd30; the same matches)
_YEAR_SHAPE = r"(2(?<![\d,]2)0[0-{}]\d)(?![\d/]|-\d{{1,2}}(?!\d))"
_YEAR = re.compile(_YEAR_SHAPE.format(4))
# fj26b (option fj26b "far"): a master plan's vision year "đến năm 2050" is a deadline too (J-0/J-2 gold holds 2050)
_YEAR_FAR = re.compile(_YEAR_SHAPE.format(5))
_DATE_YEAR = re.compile(r"(?<!\d)\d{1,2}\s*[/.-]\s*$")            # "31/12/" before the year
_SYMBOL_YEAR = re.compile(r"^\s*/\s*[A-ZĐ]")                 # "30/2018/QĐ-UBND"
_DEADLINE_CUE = re.compile(r"(?:đến|tới|trước|vào|hết|cuối|trong)\s+(?:cuối\s+|hết\s+)?(?:năm\s+)?$", re.I)
_HORIZON = re.compile(r"(?:định hướng|tầm nhìn)\s+(?:đến|tới)\s+(?:năm\s+)?$", re.I)
_PERIODISH = re.compile(r"(?:giai đoạn|thời kỳ|nhiệm kỳ)\s+(?:từ\s+)?(?:năm\s+)?$", re.I)
_RANGE_AFTER = re.compile(r"^\s*(?:-|–|—|đến|tới)\s*20\d\d")
_RANGE_BEFORE = re.compile(r"20\d\d\s*(?:-|–|—|đến|tới)\s*$")


_DUE_DATE = re.compile(r"(?:trước|đến|hạn|chậm nhất)\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*$", re.I)


_ABBR_YEAR = re.compile(r"(?<![^\W\d_])(?!NĂM)[A-ZĐ]{2,}[-_]?$")           # "QH2007", "KH-2020", not "NĂM2025"
_PART_OF_YEAR = {"quarter": re.compile(r"quý\s+\d\s*/\s*$", re.I),
                 "month": re.compile(r"(?:quý|tháng)\s+\d{1,2}\s*/\s*$", re.I)}


def year_mentions(text: str, parts: str | None = None, abbr: bool = False,
                  far: bool = False) -> list[tuple[int, int, int, bool]]:
    """(start, end, year, introduced as a deadline) of every bare year that is not part of a date or a symbol; the year
    of a due date ("hoàn thành trước 30/7/2025") counts, and with parts "quarter" (or "month") the year of a
    quarter "vào quý 2/2026" (or a month "tháng 6/2025"), its cue read before the quarter. abbr (option cand_fix
    "abbr", fj25): a year glued to a capitalised abbreviation names a document ("theo QH2007"), no deadline.
    far (option fj26b "far"): the years 2050-2059 too."""
    out = []
    part = _PART_OF_YEAR.get(parts or "")
    for m in (_YEAR_FAR if far else _YEAR).finditer(text):
        if _SYMBOL_YEAR.match(text, m.end()):
            continue
        if abbr and _ABBR_YEAR.search(text, max(0, m.start() - 12), m.start()):
            continue
        cue_end = m.start()
        if _DATE_YEAR.search(text, max(0, m.start() - 8), m.start()) and not \
                _DUE_DATE.search(text, max(0, m.start() - 30), m.start()):
            q = part.search(text, max(0, m.start() - 14), m.start()) if part else None
            if q is None:
                continue
            cue_end = q.start()
        cue = bool(_DEADLINE_CUE.search(text, max(0, cue_end - 30), cue_end))
        out.append((m.start(), m.end(), int(m.group(1)), cue))
    return out


_cue_cache: dict = {}


def _cue_counts(t: str, years) -> dict[int, int]:
    """How often each year is introduced as a deadline in the whole text (one cache slot)."""
    if _cue_cache.get("text") is not t:
        cnt: dict[int, int] = {}
        for _, _, yr, cue in years:
            if cue:
                cnt[yr] = cnt.get(yr, 0) + 1
        _cue_cache.update(text=t, counts=cnt)
    return _cue_cache["counts"]


_GOAL_WORD = re.compile(r"mục tiêu|chỉ tiêu|phấn đấu", re.I)


def year_candidates(c: Context, years: list[tuple], none_cues: bool = False,
                    windows: bool = False, scope: bool | str = False,
                    own_year: str = "") -> list[tuple[int | None, dict]]:
    """Years from 700 characters before the value to the end of its sentence, those of the
    heading that governs its list, the annual plan's year, and None; each with features
    (none_cues: also what says the goal has no single deadline, on the None candidate; own_year
    "paren": a year inside a parenthesis that holds a value of its own is that value's, not a
    candidate for the values outside it, and the only year candidate of the values inside it)."""
    t = c.text
    lo = max(0, c.start - 2500, min(c.block_start, c.sent[0], c.start - 700))   # bounded: linear work
    hi = c.sent[1]
    near = _between(years, lo, hi)
    head = c.head
    if head:
        near += _between(years, head[0], min(head[1], lo))
    # further back: years introduced as deadlines ("Phấn đấu đến năm 2030, ...") up to 2500 chars
    near += [y for y in _between(years, c.start - 2500, lo) if y[3]
             and not (head and head[0] <= y[0] < head[1])]
    if "paren" in own_year:
        near = [y for y in near if not _owned_by_paren(t, y[0], y[1], c.start)]
        shared = [y for y in near if _shares_paren(t, y[0], y[1], c.start)]
        near = shared or near       # "(năm 2030 đạt 100%)": 100%'s year is the one beside it
    else:
        shared = []
    cands: dict[int | None, dict] = {}
    cue_count = _cue_counts(t, years)
    vals_all = sorted({y[2] for y in near}) or [0]
    closest: dict[int, tuple[int, int, int]] = {}       # one mention per year: the nearest
    for y in near:
        d = c.start - y[1] if y[0] < c.start else y[0] - c.end
        if y[2] not in closest or d < closest[y[2]][0]:
            closest[y[2]] = (d, y[0], y[1])
    # the nearest year before the value governs it unless something says otherwise
    # ("Mục tiêu năm 2022 có 50% … và đến 2025, số hồ sơ … chiếm 80%")
    before_ends = sorted(y[1] for y in near if y[1] <= c.start)
    for yr, (_, ys, ye) in closest.items():
        before = ys < c.start
        gap = t[ye:c.start] if before else t[c.end:ys]
        pre = t[max(0, ys - 30):ys]
        f = {
            "year": 1.0,
            "before": float(before),
            "dist": _log(len(gap)) / 3,
            "far_back": float(ys < lo),
            "doc_cues": _log(cue_count.get(yr, 0)),
            "same_sent": float(c.sent[0] <= ys < c.sent[1]),
            "same_clause": float(c.clause[0] <= ys < c.clause[1]),
            "same_para": float(c.para[0] <= ys <= c.para[1]),
            "in_block": float(ys >= c.block_start),
            "heading": float(bool(head) and head[0] <= ys < head[1]),
            "cue": float(bool(_DEADLINE_CUE.search(pre))),
            "due_date": float(bool(_DUE_DATE.search(pre))),
            "horizon": float(bool(_HORIZON.search(pre))),
            "periodish": float(bool(_PERIODISH.search(pre))),
            "range_first": float(bool(_RANGE_AFTER.match(t, ye))),
            "range_second": float(bool(_RANGE_BEFORE.search(pre))),
            "nam": float(pre.rstrip().lower().endswith("năm")),
            "comma_after": float(t[ye:ye + 2].lstrip()[:1] in (",", ":")),
            "values_between": _log(len(re.findall(r"\d\s*%", gap))) if before else 0.0,
            "nearest_before": float(before and bool(before_ends) and ye == before_ends[-1]),
            "years_between": _log(len(before_ends) - bisect.bisect_right(before_ends, ye)) if before else 0.0,
            "sents_between": _log(len(re.findall(r"[.;]\s|\n", gap))),
            "paren": float("(" in gap and ")" not in gap) if not before else float(")" not in gap and "(" in gap),
            "rule": float(yr == c.rule_year),
            "annual": float(yr == c.default_year),
            "max": float(yr == vals_all[-1]),
            "min": float(yr == vals_all[0] and len(vals_all) > 1),
            "past_ctx": float(bool(search_i(_PAST_CTX, t, max(0, ys - 40), ys + 30))),
            "goal_ctx": float(bool(slice_search_i(_GOAL_WORD, t, max(0, ys - 60), ys))),
        }
        cands[yr] = f
    if shared:
        pass                        # the parenthesis's year only: no far rule or plan year
    elif c.rule_year is not None and c.rule_year not in cands:
        cands[c.rule_year] = {"far": 1.0, "rule": 1.0, "annual": float(c.rule_year == c.default_year)}
    if c.default_year is not None and c.default_year not in cands and not shared:
        cands[c.default_year] = {"annual": 1.0, "far": 1.0, "rule": float(c.default_year == c.rule_year)}
    cands[None] = {"none": 1.0, "rule": float(c.rule_year is None), "has_period": float(c.has_period),
                   "annual_doc": float(c.default_year is not None), "n_years": _log(len(cands))}
    if isinstance(scope, str) and "r20" in scope and not shared:
        backref_plan_features(c, cands)
    if none_cues:
        cands[None].update(_none_features(c, closest))
    if windows:
        cands[None].update(window_features(c))
    if scope:
        cands[None].update(scope_features(c))
    if isinstance(scope, str) and ("lead" in scope or "colon" in scope or "opening" in scope):
        lead_due_features(c, cands, "lead" in scope or "colon" in scope, "lead" in scope or "opening" in scope)
    wide = isinstance(scope, str) and "r19" in scope
    if isinstance(scope, str) and "q1" in scope:
        rule_features(c, cands, "q1all" in scope, "r18" in scope, wide)
    if isinstance(scope, str) and "r18" in scope:
        reach18_features(c, cands, years, wide)
    if wide:
        reach19_features(c, cands, years)
    if isinstance(scope, str) and "r21" in scope:
        rate_lead_features(cands)
    if isinstance(scope, str) and "r22" in scope and not shared:
        sibling_year_features(c, cands, years)
    if isinstance(scope, str) and "r23" in scope and not shared:
        after_value_features(c, cands, years, "r26" in scope)
    if isinstance(scope, str) and "r24" in scope:
        general_goal_features(c, cands, years)
    if isinstance(scope, str) and "r25" in scope and not shared:
        window_goal_features(c, cands, wide)
    return list(cands.items())


# an average over a window: "bình quân giai đoạn 2016 - 2020", "bình quân 5 năm", "thời kỳ 2021-2030";
# "bình quân đầu người" is per head, not over time
_AVERAGE = re.compile(r"bình quân(?!\s+(?:mỗi\s+)?(?:đầu người|người|lao động|hộ))|trung bình(?!\s+đầu người)|"
                      r"hằng năm|hàng năm|mỗi năm", re.I)
_SPAN = re.compile(r"(?:giai đoạn|thời kỳ)\s+(?:từ\s+)?(?:năm\s+)?20\d\d\s*(?:-|–|—|đến)\s*(?:năm\s+)?20\d\d|"
                   r"(?:trong|bình quân|của)\s+\d{1,2}\s+năm\b|\d{1,2}\s+năm\s+(?:tới|qua)", re.I)
_DUE_IN_CLAUSE = re.compile(r"(?:đến|tới|trước|vào|hết|cuối)\s+(?:cuối\s+|hết\s+)?(?:năm\s+)?20\d\d", re.I)


def window_features(c: Context) -> dict[str, float]:
    """On "none": the goal is an average (not per head) or states a window in its own clause,
    before or after the value ("… đạt khoảng 7%/năm thời kỳ 2021-2030"), and whether a deadline
    is written in that clause too ("đến năm 2030, … bình quân đạt 8,5%/năm" keeps 2030)."""
    t = c.text
    lo, hi = max(c.clause[0], c.start - 300), min(c.clause[1], c.end + 120)
    avg = search_i(_AVERAGE, t, lo, c.start)
    span = search_i(_SPAN, t, lo, hi)
    due = search_i(_DUE_IN_CLAUSE, t, lo, c.start)
    return {"w_avg": float(bool(avg)), "w_span": float(bool(span)), "w_rate": float(c.unit == "%/năm"),
            "w_due": float(bool(due)), "w_avg_nodue": float(bool(avg or span) and not due)}


_WINDOW = re.compile(r"(?:giai đoạn|thời kỳ|bình quân|trung bình|hằng năm|hàng năm|mỗi năm)", re.I)


def _none_features(c: Context, closest: dict) -> dict[str, float]:
    """What says a goal has no single deadline: no year in its sentence or paragraph, a window
    ("giai đoạn 2020-2025, phấn đấu …") or an average ("bình quân", "hằng năm") in its clause."""
    t = c.text
    yrs = [ys for _, ys, _ in closest.values()]
    return {"no_year_sent": float(not any(c.sent[0] <= y < c.sent[1] for y in yrs)),
            "no_year_para": float(not any(c.para[0] <= y <= c.para[1] for y in yrs)),
            "window_clause": float(bool(search_i(_WINDOW, t, max(c.clause[0], c.start - 300), c.start)))}


# the scope of a value names a party term or a programme window: "nhiệm kỳ 2020-2025",
# "Đại hội … lần thứ", "giai đoạn 2021 - 2025" (a window's goals have no single deadline unless
# their own sentence, or the heading over their list, gives one)
_TERM = re.compile(r"nhiệm kỳ|đại hội", re.I)
_SPAN_YEARS = re.compile(r"(?:giai đoạn|thời kỳ)\s+(?:từ\s+)?(?:năm\s+)?20\d\d\s*(?:-|–|—|đến)\s*(?:năm\s+)?20\d\d|"
                         r"(?<![\d/])20\d\d\s*(?:-|–|—)\s*20\d\d(?![\d/])", re.I)
# a deadline the value's clause, lead or heading gives it: "đến năm 2025", "Mục tiêu năm 2025: …"
_DUE_OWN = re.compile(r"(?:đến|tới|trước|vào|hết|cuối)\s+(?:cuối\s+|hết\s+)?(?:năm\s+)?20\d\d|năm\s+20\d\d\s*:", re.I)
_RECURRING = re.compile(r"hằng năm|hàng năm|mỗi năm|bình quân(?!\s+(?:mỗi\s+)?(?:đầu người|người|lao động|hộ))|"
                        r"trung bình(?!\s+đầu người)", re.I)
_SCOPE_REACH = 600      # characters of the block before a value read as its scope


@lru_cache(maxsize=64)
def _term_span(x: str) -> tuple[bool, bool]:
    """A term and a window named in x; the values of one sentence, heading or page share them."""
    return bool(_TERM.search(x)), bool(_SPAN_YEARS.search(x))


def scope_features(c: Context) -> dict[str, float]:
    """On "none": what the whole scope of a value says about a single deadline. The scope is the
    value's sentence, the heading over its list, the opening of its block of valued paragraphs
    (with the text just before the value) and the page's head. A term or window named in the
    scope with no deadline ("đến năm Y") in the value's own sentence or heading reads "no single
    deadline"; so does a recurring or average goal ("hằng năm", "bình quân") without one."""
    t = c.text
    sent = t[c.sent[0]:c.sent[1]]
    head = t[c.head[0]:c.head[1]] if c.head else ""
    page = t[:400]

    def in_opener(rx: re.Pattern) -> bool:
        """rx in the opening of the block and the text just before the value, joined by a space."""
        r, s = i_view(rx, t)
        return bool(r.search(s[c.block_start:min(c.block_start + 300, c.start)] + " "
                             + s[max(c.block_start, c.start - _SCOPE_REACH):c.start]))

    # the value's own deadline: in its clause (";"-bounded, either side of the value), in its
    # sentence's lead up to a colon ("Đến năm 2025: 100% …; 60% …") or in the heading over its list
    colon = t.rfind(":", c.sent[0], c.start)
    due_sent = bool(search_i(_DUE_OWN, t, c.clause[0], c.clause[1])) or (
        colon >= 0 and bool(search_i(_DUE_OWN, t, c.sent[0], colon + 1)))
    due_head = bool(c.head) and bool(slice_search_i(_DUE_OWN, t, *c.head))
    due = due_sent or due_head
    flags = {"sent": _term_span(sent), "head": _term_span(head), "page": _term_span(page),
             "block": (in_opener(_TERM), in_opener(_SPAN_YEARS))}
    term = {k: flags[k][0] for k in ("sent", "head", "block", "page")}
    span = {k: flags[k][1] for k in ("sent", "head", "block", "page")}
    recurring = bool(slice_search_i(_RECURRING, t, max(c.clause[0], c.start - 200), min(c.clause[1], c.end + 40))) \
        or c.unit == "%/năm"     # not "USD/năm" (per head)
    f = {"sc_due_sent": float(due_sent), "sc_due_head": float(due_head), "sc_recurring": float(recurring)}
    for k in ("sent", "head", "block", "page"):
        f["sc_term_" + k] = float(term[k])
        f["sc_span_" + k] = float(span[k])
    any_term, any_span = any(term.values()), any(span.values())
    f["sc_term_nodue"] = float(any_term and not due)
    f["sc_span_nodue"] = float(any_span and not due)
    f["sc_recurring_nodue"] = float(recurring and not due)
    f["sc_recurring_scope"] = float(recurring and (any_term or any_span))
    return f


_LEAD_DUE = re.compile(r"(?:đến|tới|trước|vào|hết|cuối)\s+(?:cuối\s+|hết\s+)?(?:năm\s+)?(20\d\d)|năm\s+(20\d\d)", re.I)
_LEAD_REACH = 1500      # characters before a value where the lead-in colon of its list is looked for


def _lead_due(c: Context) -> tuple[int | None, int | None]:
    """(deadline year, colon offset) of the lead-in that opens the value's list: the last ":" before
    the value in its block or just above it whose sentence names a goal and a deadline ("tỉnh đặt
    ra những chỉ tiêu đến năm 2030: …; … 55% …. Quy mô … 30%"; "Mục tiêu năm 2025: …")."""
    t = c.text
    lo = max(0, c.start - _LEAD_REACH, min(c.block_start, c.para[0]) - 300)
    k = t.rfind(":", lo, c.start)
    if k < 0:
        return None, None
    b = max(t.rfind(". ", max(0, k - 300), k), t.rfind("\n", max(0, k - 300), k), t.rfind("; ", max(0, k - 300), k))
    span = t[b + 1 if b >= 0 else max(0, k - 300):k]
    m = None
    for m in _LEAD_DUE.finditer(span):
        pass
    if m is None or not _LEAD_GOAL.search(span):
        return None, None
    return int(m.group(1) or m.group(2)), k


def _opening_due(c: Context) -> int | None:
    """The deadline that opens the value's sentence before its first ";" ("Trong khi đó, mục tiêu
    cơ bản đến 2030 là 100% …; … kinh tế số chiếm 40% GRDP"): it governs the sentence's goals."""
    t = c.text
    semi = t.find(";", c.sent[0], c.start)
    hi = min(c.start, c.sent[0] + 200, semi if semi >= 0 else c.start)
    m = _DUE_IN_CLAUSE.search(t, c.sent[0], hi)
    return int(m.group(0)[-4:]) if m else None


def lead_due_features(c: Context, cands: dict, colon: bool = True, opening: bool = True) -> None:
    """The year the lead-in of the value's list (or its sentence's opening) gives as deadline: on
    "none", that one exists and whether another deadline is written between it and the value; on
    that year's candidate, that it is the lead's year (the ranking and the null step both see it)."""
    t = c.text
    yr, k = _lead_due(c) if colon else (None, None)
    oy = _opening_due(c) if opening else None
    none = cands[None]
    clause = t[max(c.clause[0], c.start - 200):min(c.clause[1], c.end + 40)]
    recurring = bool(_RECURRING.search(clause)) or c.unit == "%/năm"
    if yr is not None and recurring:      # "Đến năm 2025: … Phấn đấu hằng năm có từ 80% …": a yearly goal
        none["ld_lead_recurring"] = 1.0
    elif yr is not None:
        between = _DUE_IN_CLAUSE.search(t, k, c.start)
        none["ld_lead"] = 1.0
        none["ld_lead_para"] = float(k >= c.para[0])
        none["ld_lead_sents"] = _log(len(re.findall(r"[.;]\s|\n", t[k:c.start]))) / 2
        none["ld_lead_other_due"] = float(bool(between))
        if yr in cands:
            cands[yr]["ld_lead_year"] = 1.0
    if oy is not None:
        none["ld_opening"] = 1.0
        if oy in cands:
            cands[oy]["ld_opening_year"] = 1.0


def null_features(cands: list[tuple], score) -> dict[str, float]:
    """The two-stage deadline's first question, "does this value have one deadline?", read from
    the "none" candidate's features, the best-ranked year's (prefixed "top:") and both ranking
    scores (score: a year candidate's features -> probability)."""
    years = [(y, f) for y, f in cands if y is not None]
    none = next(f for y, f in cands if y is None)
    out = {k: v for k, v in none.items() if k != "none"}
    out["no_years"] = float(not years)
    if years:
        p, f = max(((score(f), f) for _, f in years), key=lambda x: x[0])
        out.update({"top:" + k: v for k, v in f.items()})
        out["top_logit"] = _logit(p) / 5
        out["none_logit"] = _logit(score(none)) / 5
    return out


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


# --- seventh pass: how a year is tied to THIS value, and the value's own predicate ---------------
_BASE_YEAR = re.compile(r"(?:so với|so cùng kỳ|gốc|từ mức|tăng từ)\s+(?:cùng kỳ\s+)?(?:năm\s+)?$", re.I)


def _closed_paren(gap: str) -> bool:
    """A ")" in gap closes a parenthesis opened before it: the year sat inside a parenthetical
    that ends before the value ("90% … (năm 2030 đạt 100%), 80% …": 2030 is the first value's)."""
    depth = 0
    for m in _PARENS.finditer(gap):
        if m.group() == "(":
            depth += 1
        elif depth == 0:
            return True
        else:
            depth -= 1
    return False


def year_link_features(c: "Context", cands: list[tuple], years: list[tuple], as_of: int | None,
                       mode: object = True) -> None:
    """Adds to each year candidate how it is tied to this value: inside another value's
    parenthesis, separated by commas / other values / a result cue, a base year ("so với năm
    2020"), a year already past for the page; on "none", whether the nearest year before the value
    opens or closes a window ("giai đoạn 2016 - 2020, phấn đấu …; … bình quân 12%/năm").
    mode "paren" adds how a parenthesis ties the year (paren_features); mode "sub" (e.g. "paren+sub")
    adds on "none" that the value is a "trong đó" sub-item of an average or yearly goal; mode
    "pair" (off in SHIPPED) adds, in a sentence naming two or more years, which value each year's
    nearest mention is written for ("pairall": in every sentence)."""
    t = c.text
    mode = mode if isinstance(mode, str) else ""
    for yr, f in cands:
        if yr is None or "before" not in f:
            continue
        m = _closest_mention(years, yr, c.start, c.end, c.sent[1])
        if m is None:
            continue
        ys, ye = m
        before = ys < c.start
        gap = t[ye:c.start] if before else t[c.end:ys]
        f["closed_paren"] = float(before and _closed_paren(gap))
        f["commas_between"] = _log(len(re.findall(r";|,(?!\d)", gap))) / 2
        f["same_chunk"] = float(not _CHUNK_STOP.search(gap))
        f["values_after"] = 0.0 if before else _log(len(re.findall(r"\d\s*%", gap)))
        f["past_between"] = float(before and bool(slice_search_i(_PAST_CTX, t, ye, c.start)))
        f["base_year"] = float(bool(_BASE_YEAR.search(t, max(0, ys - 25), ys)))
        if as_of is not None:
            f["y_past"] = float(yr < as_of)
        if "paren" in mode:
            f.update(paren_features(c, yr, ys, ye, years))
    # the nearest year mention before the value, in its sentence or block
    i = bisect.bisect_left(years, (c.start,)) - 1
    none = next(f for yr, f in cands if yr is None)
    if i >= 0 and years[i][0] >= min(c.block_start, c.sent[0]) - 300:
        ys, ye, _, cue = years[i]
        pre = t[max(0, ys - 30):ys]
        rng = bool(_RANGE_AFTER.match(t, ye) or _RANGE_BEFORE.search(pre) or _PERIODISH.search(pre))
        none["ny_window"] = float(rng)
        none["ny_window_sent"] = float(rng and ys >= c.sent[0])
    if "sub" in mode:
        none["sub_recurring"] = float(_sub_of_recurring(c))
    if "pair" in mode and ("pairall" in mode or _year_series(c, years)):
        for yr, f in cands:
            if yr is not None and "before" in f:
                m = _closest_mention(years, yr, c.start, c.end, c.sent[1])
                if m is not None:
                    f.update(pair_features(c, m[0], m[1], years))


# --- fourteenth pass (win14): goals with no single deadline ---------------------------------------
_SUB_REACH = 400        # characters back from a value where the "trong đó" it hangs from is looked for


def _sub_of_recurring(c: "Context") -> bool:
    """The value is a sub-item ("trong đó …") of an average or yearly goal ("GRDP bình quân hằng
    năm tăng 7,0 - 7,5%; trong đó công nghiệp tăng 9,5 - 10,2%, dịch vụ …"): the recurring scope
    reaches the items after its "trong đó", which their own clause does not repeat."""
    t = c.text
    k = t.rfind("trong đó", max(0, c.start - _SUB_REACH), c.start)
    if k < 0 or re.search(r"\.\s", t[k:c.start]):
        return False
    b = max(t.rfind(". ", max(0, k - 300), k), t.rfind("\n-", max(0, k - 300), k), t.rfind("\n+", max(0, k - 300), k))
    head = t[b + 1 if b >= 0 else max(0, k - 300):k]
    own_due = _DUE_OWN.search(t, max(k, c.clause[0]), min(c.clause[1], c.end + 40))    # "… đến năm 2030 đạt 12.500 USD"
    return not own_due and bool(_RECURRING.search(head) or re.search(r"%\s*/\s*năm", head))


# --- sixteenth pass (dlrank15): which value a year mention is written for --------------------------
_NUMBER = re.compile(r"(?<![\w/.,])\d+(?:[.,]\d+)*(?![\w/])")
_PAIR_STOP = re.compile(r"[;\n]|\.\s")
_PAIR_REACH = 80        # characters: a year this close after a value, no comma between, is written for it


def _year_series(c: "Context", years: list[tuple]) -> bool:
    """The value's sentence names two or more years ("năm 2025 chiếm 10%, năm 2030 chiếm 15%")."""
    return len({y for _, _, y, _ in _between(years, c.sent[0], c.sent[1])}) > 1


def _values_in(t: str, lo: int, hi: int, years: list[tuple]) -> list[tuple[int, int]]:
    """Numbers in [lo, hi) that are not year mentions: the values a year may be written for."""
    ys = {(s, e) for s, e, _, _ in _between(years, lo - 10, hi + 10)}
    return [(m.start(), m.end()) for m in _NUMBER.finditer(t, lo, hi)
            if not any(s <= m.start() < e for s, e in ys)]


def pair_features(c: "Context", ys: int, ye: int, years: list[tuple]) -> dict[str, float]:
    """Which value the year mention [ys, ye) is written for. It closes the value just before it
    when nothing but words (no comma, no stop) lies between ("tăng lên 50% vào năm 2045",
    "50% (năm 2025)"); otherwise it opens what follows, up to the next year mention or stop
    ("năm 2025 chiếm 10% GRDP, năm 2030 chiếm 15%"). pair_back / pair_forward: written for this
    value; pair_other: written for another value. A base year or a window's end gets none.
    A year followed by a value of its own before a comma opens ("đến năm 2030 đạt 20%")."""
    t = c.text
    if re.search(r"(?:so với|so sánh)\b[^,;.\d]{0,30}$", t[max(0, ys - 40):ys], re.I):
        return {}               # "tăng 20% so với kế hoạch năm 2025": a base year, for no value
    if re.match(r"\s*[-–—]\s*(?:năm\s+)?20\d\d", t[ye:ye + 12]) or re.search(r"20\d\d\s*[-–—]\s*(?:năm\s+)?$", t[max(0, ys - 12):ys]):
        return {}               # a window "2021 - 2025": its ends are written for no single value
    lo = max(c.sent[0], ys - 300)
    for m in _PAIR_STOP.finditer(t, lo, ys):
        lo = m.end()
    prev = [v for v in _values_in(t, lo, ys, years) if v[1] <= ys]
    chunk = re.search(r"[,;)\n]|\.\s", t[ye:c.sent[1]])
    opens_own = bool(_values_in(t, ye, ye + (chunk.start() if chunk else c.sent[1] - ye), years))
    closes = not opens_own and bool(prev) and ys - prev[-1][1] <= _PAIR_REACH and "," not in t[prev[-1][1]:ys] \
        and not _PAIR_STOP.search(t[prev[-1][1]:ys])
    if closes:
        mine = prev[-1][0] < c.end and c.start < prev[-1][1]
        return {"pair_back": float(mine), "pair_other": float(not mine)}
    if c.start < ys:        # it opens a value after it: "…10% GRDP, năm 2030 chiếm 15%"
        nxt = _PAIR_STOP.search(t, ye, c.sent[1])
        own = _values_in(t, ye, nxt.start() if nxt else c.sent[1], years)
        return {"pair_other": float(bool(own) and own[0][0] < (_between(years, ye, c.sent[1]) or [(c.sent[1],)])[0][0])}
    if _PAIR_STOP.search(t, ye, c.start):
        return {}               # a lead or an earlier sentence: not a pairing in the value's clause
    mine = not _between(years, ye, c.start)
    return {"pair_forward": float(mine), "pair_other": float(not mine)}


_PAREN_REACH = 120      # characters a parenthesis around a year is looked for on each side


def _paren_around(t: str, ys: int, ye: int) -> tuple[int, int] | None:
    """(open, close) of the parenthesis that encloses [ys, ye), when one does nearby."""
    o = t.rfind("(", max(0, ys - _PAREN_REACH), ys)
    if o < 0 or ")" in t[o:ys]:
        return None
    e = t.find(")", ye, ye + _PAREN_REACH)
    if e < 0 or "(" in t[ye:e]:
        return None
    return o, e


def _holds_value(t: str, o: int, e: int) -> bool:
    """The parenthesis holds a number besides years: a value of its own ("năm 2030 đạt 100%")."""
    return bool(re.search(r"\d", re.sub(r"(?<!\d)20\d\d(?!\d)", "", t[o:e])))


def _owned_by_paren(t: str, ys: int, ye: int, start: int) -> bool:
    """The year sits in a parenthesis with a value of its own that does not hold the value at
    start ("Tối thiểu 90% hồ sơ cấp tỉnh (năm 2030 đạt 100%), 80% …": 2030 is 100%'s only)."""
    p = _paren_around(t, ys, ye)
    return p is not None and not p[0] < start < p[1] and _holds_value(t, *p)


def _shares_paren(t: str, ys: int, ye: int, start: int) -> bool:
    """The year sits in the same parenthesis as the value at start."""
    p = _paren_around(t, ys, ye)
    return p is not None and p[0] < start < p[1]


def paren_features(c: "Context", yr: int, ys: int, ye: int, years: list[tuple]) -> dict[str, float]:
    """How a parenthesis ties year yr to this value: the year sits in a parenthesis with a value of
    its own that is not this one ("Tối thiểu 90% … (năm 2030 đạt 100%), 80% …": 2030 governs 100%
    only), every mention of it in the sentence does, it shares the parenthesis with this value, or
    the parenthesis right after this value holds only the year ("tối thiểu 50% (năm 2025) và 80%
    (năm 2030)")."""
    t = c.text
    f = {}
    p = _paren_around(t, ys, ye)
    if p is not None:
        inside = p[0] < c.start < p[1]
        f["paren_same"] = float(inside)
        f["paren_value"] = float(not inside and _holds_value(t, *p))
        f["paren_own"] = float(not inside and p[0] >= c.end and not t[c.end:p[0]].strip() and not _holds_value(t, *p))
    ms = [(s, e) for s, e, y, _ in _between(years, c.sent[0], c.sent[1]) if y == yr]
    owned = [q for q in (_paren_around(t, s, e) for s, e in ms) if q is not None and not q[0] < c.start < q[1]
             and _holds_value(t, *q)]
    f["paren_all_value"] = float(bool(ms) and len(owned) == len(ms))
    return f


def _closest_mention(years: list[tuple], yr: int, start: int, end: int, hi: int) -> tuple[int, int] | None:
    """The mention of year yr nearest the value [start, end), from 2,500 characters back to hi."""
    best, bd = None, None
    for ys, ye, y, _ in _between(years, start - 2500, max(hi, end)):
        if y != yr:
            continue
        d = start - ye if ys < start else ys - end
        if bd is None or d < bd:
            best, bd = (ys, ye), d
    return best


def period_year_features(cands: list[tuple], period: tuple[int, int]) -> None:
    """A year candidate that opens or closes the page's own period ("Kế hoạch … giai đoạn
    2021-2025"): in a multi-year document a goal without its own year has none."""
    for yr, f in cands:
        if yr is not None:
            f["period_end"] = float(yr == period[1])
            f["period_start"] = float(yr == period[0])


# --- seventeenth pass (lead17): the written lead-year rule (README-part-A, "Lead-year audit") -------
# A lead year ("Đến năm 2025, …", "Mục tiêu đến năm 2030:", "đặt mục tiêu đến năm Y", "Năm Y, phấn
# đấu …") is the deadline of every later goal without a year or window of its own, until a stop:
# another year or window, a fronted "hằng năm", a heading or sentence of another kind, the end.
# A year inside one goal's predicate (Q2) is that goal's only. The idea of the audit script
# (tests/data/corpus/audit_deadlines.py --q1), rewritten with offsets found once per text.
_Q1_LEAD = re.compile(
    r"(?:(?:đến|tới)\s+(?:hết\s+)?(?:cuối\s+)?(?:năm\s+)?|(?:mục tiêu|chỉ tiêu)[^.\n:;]{0,40}?năm\s+)"
    r"(20[0-4]\d)(?!\s*[-–—]\s*20\d\d)", re.I)
_Q1_FRONTED_YEAR = re.compile(r"(?:trong\s+)?năm\s+(20[0-4]\d)(?!\s*[-–—/]\s*\d)\s*[,:]", re.I)
_Q1_FORWARD = re.compile(r"phấn đấu|mục tiêu|chỉ tiêu|\bsẽ\b|cần đạt|phải đạt", re.I)
_Q1_YEARLY = re.compile(r"\b(?:hằng|hàng|mỗi)\s+năm\b|cả nhiệm kỳ", re.I)
_Q1_CLAUSE = re.compile(r"[.!?;:…]\s|\n")
_Q1_LIST_MARK = r"[\s\-–•+*]*(?:(?:\d+(?:\.\d+)*|[a-zđ]|[IVX]+)[.)/]\s*)?"
_Q1_OTHER_KIND = re.compile(      # a heading or sentence opening text of another kind (stop 2)
    r"(?:^|(?<=\n)|(?<=[.!?]\s))" + _Q1_LIST_MARK +
    r"(?:kết quả|những kết quả|đánh giá|tình hình|thực trạng|nhiệm vụ|giải pháp|các nhiệm vụ|"
    r"tổ chức thực hiện|kinh phí|trách nhiệm|phân công|năm qua|thời gian qua|trong (?:năm|thời gian) qua|"
    r"căn cứ|thực hiện (?:kế hoạch|quyết định|nghị quyết|chỉ thị|chương trình)|theo (?:báo cáo|kết quả)|"
    r"tin liên quan|bài liên quan|xem thêm)", re.I)
_Q1_CUE_BEFORE = re.compile(      # what may stand before a lead year at the head of its clause
    r"(?:phấn đấu|mục tiêu|chỉ tiêu|đặt ra|đề ra|hướng tới|theo đó|cụ thể|đồng thời|trong đó|"
    r"với|là|và|như sau|[,(–-])\s*$", re.I)
_Q1_RATE = re.compile(r"\b(?:hằng|hàng|mỗi)\s+năm\b|\d\s*%?\s*/\s*năm\b|bình quân\s*/\s*năm", re.I)
_Q1_WINDOW = re.compile(r"giai đoạn|nhiệm kỳ|thời kỳ", re.I)
_Q1_GOAL_BEFORE = re.compile(r"(?:mục tiêu|chỉ tiêu|phấn đấu)\s+(?:cơ bản\s+|cụ thể\s+|chung\s+)?(?:là\s+)?$", re.I)
_Q1_PREFIX = 70         # characters from its clause's start within which a forward year is fronted


def _year_kind(t: str, s: int, e: int) -> str:
    """What the year at t[s:e] is: symbol, base, window_start, window_end, date, deadline or year.
    Its own tests, not the module's _RANGE_*, _DATE_YEAR, _DUE_DATE, _BASE_YEAR: with those (a range
    by "đến/tới", "giá so sánh" apart) held-out targets fell 0.8522 -> 0.8509 (review, session 15)."""
    before, after = t[max(0, s - 25):s], t[e:e + 12]
    if re.match(r"/[A-ZĐ]", after) and re.search(r"\d/$", before):
        return "symbol"
    if re.search(r"(?:so với|so sánh)\s+(?:cùng kỳ\s+)?(?:năm\s+)?$", before, re.I):
        return "base"
    if re.search(r"20\d\d\s*[-–—]\s*$", before):
        return "window_end"
    if re.match(r"\s*[-–—]\s*20\d\d", after):
        return "window_start"
    if re.search(r"\d{1,2}/\d{1,2}/$", before) or re.search(r"ngày \d+ tháng \d+ năm $", before, re.I):
        return "deadline" if re.search(r"(?:trước|đến|hết|chậm nhất|trong)\s+(?:ngày|tháng)?\s*$",
                                        re.sub(r"[\d/]+$|ngày \d+ tháng \d+ năm $", "", before), re.I) else "date"
    return "year"


class _Events:
    """The rule's events: sorted (offset, kind, year, why) with kind "lead" or "stop" (why: "year",
    "window", "yearly", "other")."""

    def __init__(self, raw: list, clause_start):
        self.events, lead = [], None
        for pos, kind, year in sorted(raw, key=lambda r: r[0]):
            if kind == "lead":
                lead = year
                self.events.append((pos, "lead", year, "lead"))
            elif year is not None and year == lead and (kind == "year" or pos - clause_start(pos) > 25):
                continue        # the lead's own year again, or a window over its horizon in a goal (R1)
            else:
                lead = None
                self.events.append((pos, "stop", year, kind))
        self.pos = [e[0] for e in self.events]

    def governing(self, pos: int) -> tuple | None:
        """The last lead or stop before pos."""
        i = bisect.bisect_left(self.pos, pos) - 1
        return self.events[i] if i >= 0 else None

    def last_lead_of(self, yr: int, pos: int) -> int | None:
        """Offset of the last lead of year yr before pos."""
        for i in range(bisect.bisect_left(self.pos, pos) - 1, -1, -1):
            if self.events[i][1] == "lead" and self.events[i][2] == yr:
                return self.events[i][0]
        return None


class _Reach:
    """What the rule reads in one text, found once: the clause starts, the predicate years (Q2), the
    raw year mentions and their events with or without dl18's past-results stops, and dl18's memos
    (each year's first offset, which mentions name a document)."""

    def __init__(self, t: str, wide: bool = False):
        self.text = t
        self.clauses = [0] + [m.end() for m in _Q1_CLAUSE.finditer(t)]
        store = _R19_STORE_LINE.match(t) if wide else None
        if store and store.end() not in self.clauses:      # dl19: the store's "date 2025-12-26" line ends a clause too
            bisect.insort(self.clauses, store.end())
        raw, self.predicate = [], []
        for m in finditer_i(_Q1_LEAD, t):       # (the lowered page: same spans, digits as groups)
            s, e = m.start(1), m.end(1)
            if _year_kind(t, s, e) in ("year", "deadline") and self._is_fronted(t, m.start(), e):
                if self._in_predicate(t, m.start(), e) or self._item_only(t, m.start(), e):
                    self.predicate.append(s)
                    raw.append((s, "year", int(m.group(1))))
                else:
                    raw.append((s, "lead", int(m.group(1))))
        for m in finditer_i(_Q1_FRONTED_YEAR, t):
            if m.start(1) not in {r[0] for r in raw} and m.start() - self.clause_start(m.start()) <= 12 and search_i(_Q1_FORWARD, t, m.end(), m.end() + 60):
                raw.append((m.start(1), "lead", int(m.group(1))))
        if wide:        # dl19: "năm 2022 phấn đấu …" fronted with no comma
            for m in finditer_i(_R19_FRONTED_FORWARD, t):
                if m.start(1) not in {r[0] for r in raw} and m.start() - self.clause_start(m.start()) <= 12:
                    raw.append((m.start(1), "lead", int(m.group(1))))
        taken = {r[0] for r in raw}
        for m in _YEAR.finditer(t):
            kind = _year_kind(t, m.start(1), m.end(1))
            if m.start(1) not in taken and kind not in ("symbol", "date", "base", "window_start"):
                raw.append((m.start(1), "window" if kind == "window_end" else "year", int(m.group(1))))
        raw += [(m.start(), "yearly", None) for m in finditer_i(_Q1_YEARLY, t)
                if m.start() - self.clause_start(m.start()) <= 12]
        raw += [(m.end(), "other", None) for m in finditer_i(_Q1_OTHER_KIND, t)]
        self.raw = raw
        self._views: dict[bool, _Events] = {}
        self.first_year: dict[int, int] | None = None
        self.doc_names: dict[tuple[int, int], bool] = {}

    def events(self, past_stops: bool = False) -> _Events:
        """The events, with sentences opening on past results as stops too (dl18) or without."""
        view = self._views.get(past_stops)
        if view is None:
            view = _Events(self.raw + (_past_result_stops(self.text) if past_stops else []), self.clause_start)
            self._views[past_stops] = view
        return view

    def clause_start(self, pos: int) -> int:
        return self.clauses[bisect.bisect_right(self.clauses, pos) - 1]

    def _is_fronted(self, t: str, s: int, e: int) -> bool:
        """A forward year near its clause's start, after "mục tiêu", or before ":" ending a short line."""
        le = t.find("\n", e)
        line = t[e:le if le >= 0 else len(t)].rstrip()
        named = re.match(r"mục tiêu|chỉ tiêu", t[s:s + 9], re.I) or _Q1_GOAL_BEFORE.search(t, max(0, s - 30), s)
        return bool(named or s - self.clause_start(s) <= _Q1_PREFIX or line.startswith(":")
                    or (line.endswith(":") and len(line) < 80))

    def _item_only(self, t: str, s: int, e: int) -> bool:
        """A year at the front of one numbered item, not closing it with "," or ":" ("(4) Đến năm
        2025 xây dựng xã …"): that item's own, it opens no run (R5)."""
        ls = t.rfind("\n", 0, s) + 1
        return bool(re.fullmatch(r"\s*(?:\(\d+\)|\d+[.)])\s*", t[ls:s])) and not re.match(r"\s*[,:]", t[e:e + 3])

    def _in_predicate(self, t: str, s: int, e: int) -> bool:
        """The year follows its goal's subject inside the clause ("thu nhập … đến năm 2025 đạt …");
        never after "mục tiêu/chỉ tiêu" ("Các chỉ tiêu chủ yếu năm 2024 là: …", "với mục tiêu đến 2025, …")."""
        if re.match(r"mục tiêu|chỉ tiêu", t[s:s + 9], re.I) or _Q1_GOAL_BEFORE.search(t, max(0, s - 30), s):
            return False
        prefix = t[self.clause_start(s):s].strip()
        le = t.find("\n", e)
        rest = t[e:le if le >= 0 else len(t)].strip()
        if not prefix or not rest or _Q1_CUE_BEFORE.search(prefix):
            return False
        # "Thu nhập bình quân đầu người đến năm 2025: 45 triệu": one item's label, not a lead-in
        return not rest.startswith((":", ",")) or (rest.startswith(":") and bool(rest[1:].strip()))


_last_reach: tuple = (None, None, None)     # (text, wide, its _Reach), replaced whole so threads never mix them


def _reach(t: str, wide: bool = False) -> _Reach:
    """What the rule reads in the text, found once per text (one cache slot); wide: with dl19's leads."""
    global _last_reach
    text, w, reach = _last_reach
    if text is not t or w != wide:
        reach = _Reach(t, wide)
        _last_reach = (t, wide, reach)
    return reach


_GOAL_END = re.compile(r"[;,.!?]\s|\n")


def _goal_span(t: str, r: _Reach, start: int, end: int) -> tuple[int, int]:
    """The one goal holding the value: its clause cut at the commas around it."""
    m = _GOAL_END.search(t, end)
    lo = r.clause_start(start)
    return max(lo, t.rfind(",", lo, start) + 1), (m.start() if m else len(t))


def rule_features(c: Context, cands: dict, extra: bool = False, past_stops: bool = False, wide: bool = False) -> None:
    """The written lead-year rule on each candidate. On a year: a lead of it governs the value (it is
    the last lead or stop before it), it stands in the value's own goal, it is another goal's
    predicate year (Q2) with no lead of it above. On "none": what governs the value (a lead, a stop
    and its kind, nothing), the value's own goal names a window or another year, it is a yearly
    rate, and a yearly rate under a lead (which follows the lead, not null). extra (tried, not
    shipped: docs/extraction.md): a lead of the year stands above past a stop, paragraphs from the
    governing lead, and the rule's own answer on its candidate. past_stops (dl18, scope "r18"): a
    sentence that opens with past results is a stop too (_past_result_stops). wide (dl19, scope
    "r19"): the leads _R19_FRONTED_FORWARD and the store line's clause end too."""
    t = c.text
    r = _reach(t, wide)
    ev = r.events(past_stops)
    gov = ev.governing(c.start)
    gs, ge = _goal_span(t, r, c.start, c.end)
    own_years = {int(m.group(1)) for m in _YEAR.finditer(t, gs, ge)
                 if _year_kind(t, m.start(1), m.end(1)) in ("year", "deadline")}
    lead = gov[2] if gov is not None and gov[1] == "lead" else None
    item = max(t.rfind("\n", 0, c.start), t.rfind(". ", 0, c.start), t.rfind("; ", 0, c.start)) + 1
    label = t[max(item, gs - 150):gs] if t.rfind(":", item, gs) >= 0 else ""    # "… thời kỳ 2021-2025: 100 …"
    window = bool(search_i(_Q1_WINDOW, t, gs, ge) or _Q1_WINDOW.search(label)) or any(y != lead for y in own_years)
    rate = c.unit == "%/năm" or bool(search_i(_Q1_RATE, t, gs, ge))
    for yr, f in cands.items():
        if yr is None:
            continue
        at = ev.last_lead_of(yr, c.start)
        f["q1_gov"] = float(lead == yr)
        f["q1_own"] = float(yr in own_years)
        pred = [p for p in r.predicate if p < c.start and t.startswith(str(yr), p) and not gs <= p < ge]
        f["q1_pred_other"] = float(bool(pred) and at is None)
    none = cands[None]
    none["q1n_lead"] = float(lead is not None)
    none["q1n_nothing"] = float(gov is None)
    if gov is not None and gov[1] == "stop":
        none["q1n_stop_" + gov[3]] = 1.0
    none["q1n_window"] = float(window)
    none["q1n_rate"] = float(rate)
    none["q1n_rate_lead"] = float(rate and lead is not None and not window)
    if extra:
        _rule_extra(c, cands, ev, lead, own_years, window)


def _rule_extra(c: Context, cands: dict, ev: _Events, lead, own_years: set, window: bool) -> None:
    """The rule's features tried and dropped (scope "q1all"): a lead of the year above past a stop,
    paragraphs from the governing lead, and the rule's answer (its own year, else the lead's year,
    else the annual plan's; none under a named window)."""
    t = c.text
    if len(own_years) == 1:
        answer = next(iter(own_years))
    elif window:
        answer = None
    else:
        answer = lead if lead is not None else c.default_year
    for yr, f in cands.items():
        if yr is None:
            continue
        at = ev.last_lead_of(yr, c.start)
        f["q1_stopped"] = float(at is not None and lead != yr)
        if lead == yr:
            f["q1_paras"] = _log(t.count("\n", at, c.start)) / 2
        f["q1_answer"] = float(answer == yr)
    cands[None]["q1n_answer"] = float(answer is None)


# --- eighteenth pass (dl18): what the rule says keeps a year off a goal the gold leaves undated ----
# Measured on the 35 "gold null, a year given" errors of A-H (docs/extraction.md, dl18): a year that
# names a document's horizon rather than leads goals ("Kế hoạch … đến năm 2025, định hướng đến năm
# 2030", "các mục tiêu … đến năm 2025 đề ra tại nghị quyết"), a year written only after the value (a
# lead reaches forward only), a total or average over a window in the goal's own words ("bình quân 5
# năm", "toàn giai đoạn"), and another goal's own year standing before the value ("GRDP năm 2030 đạt
# 240 nghìn tỷ đồng, GRDP bình quân đầu người 136 triệu đồng").
_R18_DOC = re.compile(r"\b(?:kế hoạch|nghị quyết|chương trình|đề án|quy hoạch|chiến lược|quyết định|chỉ thị|"
                      r"kết luận)\b", re.I)
_R18_GOAL = re.compile(r"mục tiêu|chỉ tiêu|phấn đấu|\bđạt\b|\bsẽ\b", re.I)
_R18_CITED_AFTER = re.compile(r"\s*(?:,\s*)?(?:đã\s+)?(?:được\s+)?(?:đề ra|đặt ra|nêu)\s+(?:tại|trong|theo|ở)|"
                              r"\s*(?:tại|theo|của)\s+(?:các\s+)?(?:nghị quyết|kế hoạch|quyết định|chương trình|"
                              r"đề án|chỉ thị|kết luận)", re.I)
_R18_WINDOW_MEASURE = re.compile(
    r"bình quân\s+(?:\d+|hai|ba|năm|mười)\s+năm|(?:toàn|cả)\s+(?:giai đoạn|nhiệm kỳ|thời kỳ)|"
    r"\d+\s+năm\s+(?:tới|qua)|(?:giai đoạn|thời kỳ|nhiệm kỳ)\s+(?:từ\s+)?(?:năm\s+)?20\d\d\s*(?:-|–|—|đến)\s*"
    r"(?:năm\s+)?20\d\d|\btổng\b[^;.\n]{0,40}\b(?:giai đoạn|nhiệm kỳ|thời kỳ)", re.I)
_R18_BOUNDARY = re.compile(r"[.!?;:…]\s|\n")


def _first_years(r: _Reach, years: list[tuple]) -> dict[int, int]:
    """Each year's first offset in the text (found once per text)."""
    if r.first_year is None:
        first: dict[int, int] = {}
        for ys, _, yr, _ in years:
            first.setdefault(yr, ys)
        r.first_year = first
    return r.first_year


def _doc_name(r: _Reach, ys: int, ye: int) -> bool:
    """_in_doc_name, once per mention."""
    if (ys, ye) not in r.doc_names:
        r.doc_names[(ys, ye)] = _in_doc_name(r.text, ys, ye)
    return r.doc_names[(ys, ye)]


def _in_doc_name(t: str, ys: int, ye: int) -> bool:
    """The year at t[ys:ye] closes a document's name or cites one, not a goals lead: a document word
    earlier in its clause with no goal word between ("Quy hoạch … tỉnh Phú Yên đến năm 2020, tầm nhìn
    đến năm 2030"), or words after it that cite a document ("đến năm 2025 đề ra tại nghị quyết")."""
    if _R18_CITED_AFTER.match(t, ye, ye + 40):
        return True
    lo = max(0, ys - 160)
    for m in _R18_BOUNDARY.finditer(t, lo, ys):
        lo = m.end()
    doc = None
    for doc in _R18_DOC.finditer(t, lo, ys):
        pass
    return doc is not None and not _R18_GOAL.search(t, doc.end(), ys)


def reach18_features(c: Context, cands: dict, years: list[tuple], wide: bool = False) -> None:
    """dl18's features (scope "r18"), read on the lead17 rule's events (without the past-results
    stops, as measured). On a year: it is not written before the value (r18_after_only),
    its last mention before the value names a document (r18_doc_name), it ends a window written in
    the value's own goal (r18_window_end_own), it is the year of the stop that governs the value and
    stands outside the value's own goal (r18_other_goal_year: another goal's own year). On "none":
    the governing lead names a document (r18n_doc_lead), the value's own goal is a total or average
    over a window (r18n_window_measure). wide: on the events with dl19's leads."""
    t = c.text
    r = _reach(t, wide)
    gov = r.events().governing(c.start)
    gs, ge = _goal_span(t, r, c.start, c.end)
    first = _first_years(r, years)
    before = _between(years, c.start - 2500, c.start)
    last: dict[int, tuple[int, int]] = {}
    for ys, ye, yr, _ in before:
        last[yr] = (ys, ye)
    # (as measured: a total's "tổng … giai đoạn" match, leftmost, hides the window's years after it)
    measures = [m.group(0) for m in _R18_WINDOW_MEASURE.finditer(t, gs, ge)]
    own_window_ends = {int(m[-4:]) for m in measures if re.search(r"20\d\d$", m)}
    for yr, f in cands.items():
        if yr is None:
            continue
        f["r18_after_only"] = float(first.get(yr, len(t)) >= c.start)
        at = last.get(yr)
        f["r18_doc_name"] = float(at is not None and _doc_name(r, *at))
        f["r18_window_end_own"] = float(yr in own_window_ends)
        f["r18_other_goal_year"] = float(gov is not None and gov[1] == "stop" and gov[2] == yr
                                         and not gs <= gov[0] < ge)
    none = cands[None]
    none["r18n_doc_lead"] = float(gov is not None and gov[1] == "lead" and _doc_name(r, gov[0], gov[0] + 4))
    none["r18n_window_measure"] = float(bool(measures))


# a sentence that opens with past results ("Lãnh đạo tỉnh … cũng cho biết, Chương trình CĐS đã mang lại
# nhiều tiện ích …", A-079): text of another kind (the rule's stop 2) that _Q1_OTHER_KIND's heading
# words miss; its goals and the forward goals after it with no lead of their own are undated
_PAST_OPEN = re.compile(r"\bđã\s+(?:mang lại|đạt|hoàn thành|triển khai|thực hiện|có|giúp|góp phần|tạo)\b|"
                        r"\bđạt được\b|\bvừa qua\b|\bnăm qua\b", re.I)
_SENT_START = re.compile(r"(?:^|(?<=\n)|(?<=[.!?]\s))\S")
# where _SENT_START matches after the text's first character: the end of a line break or of "[.!?]\s"
# before a non-space (spd31: re skips to [\n.!?] in C instead of trying every position; the same starts)
_SENT_START_END = re.compile(r"\n(?=\S)|[.!?]\s(?=\S)")


def _sentence_starts(t: str):
    """The starts of _SENT_START.finditer(t), in order."""
    if t[:1] and not t[0].isspace():
        yield 0
    for m in _SENT_START_END.finditer(t):
        yield m.end()
_PAST_OPENING = 120     # characters of a sentence read as its opening


def _past_result_stops(t: str) -> list[tuple[int, str, None]]:
    """("other" stop) events at the past-results words of each sentence whose opening reports them:
    in its first 120 characters, with no forward word ("phấn đấu", "mục tiêu", "sẽ" …) and no year
    before them ("Tỉnh phấn đấu 100% doanh nghiệp đã có …" is no stop)."""
    out = []
    for start in _sentence_starts(t):
        head = t[start:start + _PAST_OPENING]
        p = slice_search_i(_PAST_OPEN, t, start, start + _PAST_OPENING)     # head, lowered (spd30)
        if p and not _Q1_FORWARD.search(head, 0, p.start()) and not _YEAR.search(head, 0, p.start()):
            out.append((start + p.end(), "other", None))
    return out


# --- nineteenth pass (dl19): deadline errors with the gold's year lost or another year given -----
# Read on the 65 deadline errors of A-H (docs/extraction.md, dl19): a lead the detector missed ("Mục
# tiêu cụ thể: năm 2022 phấn đấu …" with no comma; "Năm 2026, …" right after the store's "date" line),
# a lead naming a document in an annual plan of the lead's own year (the plan year dates its goals),
# the parts of a dated goal after "trong đó", and a year written right after the value in its own goal
# ("tăng lên 50% vào năm 2045").
_R19_STORE_LINE = re.compile(r"^\s*date\s+20\d\d-\d\d(?:-\d\d)?\s")
_R19_FRONTED_FORWARD = re.compile(
    r"(?:trong\s+)?năm\s+(20[0-4]\d)(?!\s*[-–—/]\s*\d)\s+(?=phấn đấu|đặt (?:ra )?mục tiêu|(?:sẽ|cần|phải) đạt)", re.I)
_R19_SUB = re.compile(r"trong đó", re.I)
_R19_SUB_REACH = 400    # characters back from a value where the "trong đó" it hangs from is looked for
_R19_AFTER_GAP = re.compile(r"[^\d;,.!?:\n]{0,60}?(?:(?:vào|trong|đến|tới|hết|cuối)\s+(?:cuối\s+|hết\s+)?(?:năm\s+)?|"
                            r"\(\s*(?:năm\s+)?)$", re.I)
_R19_PLAN_YEAR = re.compile(r"\b(?:kế hoạch|chương trình)\b[^.\n]{0,200}?(?<!đến )(?<!tới )(?<!hết )\bnăm\s+(20\d\d)\b", re.I)


def _parent_year(t: str, start: int, years: list[tuple]) -> int | None:
    """The year of the goal a value hangs from by "trong đó" ("… năm 2025 đạt 50% (8 xã), trong đó: …
    6,25%; … 58,9%"): the last year before the "trong đó" in its sentence, in the same clause as it,
    and no year between the "trong đó" and the value."""
    lo = max(0, start - _R19_SUB_REACH)
    lo = max(lo, t.rfind(". ", lo, start) + 1, t.rfind("\n", lo, start) + 1)
    sub = None
    for sub in _R19_SUB.finditer(t, lo, start):
        pass
    if sub is None or _between(years, sub.start(), start):
        return None
    before = _between(years, lo, sub.start())
    if not before:
        return None
    ys, ye, yr, _ = before[-1]
    if re.search(r"[;.]\s", t[ye:sub.start()]) or _year_kind(t, ys, ye) not in ("year", "deadline"):
        return None
    return yr


def _after_value_year(t: str, end: int, years: list[tuple]) -> int | None:
    """A year written right after the value in its own goal, no number or clause mark between:
    "tăng lên 50% vào năm 2045", "tốp 5 vào năm 2020", "50% (năm 2025)"."""
    for ys, _, yr, _ in _between(years, end, end + 75):
        return yr if _R19_AFTER_GAP.fullmatch(t, end, ys) else None
    return None


def reach19_features(c: Context, cands: dict, years: list[tuple]) -> None:
    """dl19's features (scope "r19"), read on the rule's events with dl19's leads and the past stops.
    On a year: the governing lead names a document and its year is the annual plan's
    (r19_doc_lead_annual); it is the year of the goal the value hangs from by "trong đó"
    (r19_parent_year); it is written right after the value in its own goal (r19_after_value). On
    "none": the same annual document lead (r19n_doc_lead_annual)."""
    t = c.text
    r = _reach(t, True)
    gov = r.events(True).governing(c.start)
    lead = gov[2] if gov is not None and gov[1] == "lead" else None
    # the plan's own year must be written in the text ("Kế hoạch … năm 2025"), not only a cited horizon
    doc_annual = lead is not None and lead == c.default_year and _doc_name(r, gov[0], gov[0] + 4) and any(
        int(m.group(1)) == lead for m in _R19_PLAN_YEAR.finditer(t, 0, 600))
    parent = _parent_year(t, c.start, years)
    after = _after_value_year(t, c.end, years)
    for yr, f in cands.items():
        if yr is None:
            continue
        f["r19_doc_lead_annual"] = float(doc_annual and yr == lead)
        f["r19_parent_year"] = float(yr == parent)
        f["r19_after_value"] = float(yr == after)
    cands[None]["r19n_doc_lead_annual"] = float(doc_annual)


# --- twentieth pass (dl20): a plan year named only by the sentence that refers back to the goals ----
# "Phấn đấu 100% …; 70% doanh nghiệp … . Đó là một số chỉ tiêu được đề ra trong kế hoạch … năm 2025,
# vừa được UBND tỉnh ban hành.": a news lede lists the goals first and names their annual plan after
# them, past the 700 characters the annual-plan search reads; the plan's year dates them as an annual
# plan's year does. A horizon ("… Chiến lược … đến năm 2025") is not a plan year.
_R20_SENT_END = re.compile(r"[.!?](?=\s)|\n")
_R20_BACKREF = re.compile(r"\s*(?:đó|đây)\s+(?:chính\s+)?là\b[^.\n]{0,60}?\b(?:chỉ tiêu|mục tiêu)\b[^.\n]{0,300}", re.I)
_R20_PLAN_YEAR = re.compile(
    r"(?<!đến )(?<!tới )(?<!hết )(?<!cuối )(?<!đoạn )(?<!kỳ )(?<!với )(?<![-–—] )(?<![-–—])\bnăm\s+(20\d\d)\b(?!\s*[-–—]\s*(?:năm\s+)?20\d\d)", re.I)


def backref_plan_year(t: str, end: int) -> int | None:
    """The plan year named by the sentence right after the value's that refers back to goals
    ("Đó là (một số) chỉ tiêu … kế hoạch … năm 2025"), not a horizon "đến năm 2025" nor a window."""
    stop = _R20_SENT_END.search(t, end)
    if stop is None:
        return None
    ref = _R20_BACKREF.match(t, stop.end())
    if ref is None:
        return None
    year = _R20_PLAN_YEAR.search(t, ref.start(), ref.end())
    return int(year.group(1)) if year else None


def backref_plan_features(c: Context, cands: dict) -> None:
    """dl20's (scope "r20"): with no annual plan found for the text, the year named by a back-
    referring sentence after the value's is read as its plan's year: a candidate like the annual
    plan's ("annual", "far", and "rule" where the rules gave no year) marked "r20_backref", and
    "none" told a plan year exists."""
    year = backref_plan_year(c.text, c.end) if c.default_year is None else None
    cands[None]["r20n_backref"] = float(year is not None)
    if year is None:
        return
    f = cands.setdefault(year, {"far": 1.0, "rule": float(year == c.rule_year)})
    f["annual"] = 1.0
    f["r20_backref"] = 1.0
    cands[None]["annual_doc"] = 1.0
    if c.rule_year is None:     # the rules date a yearless goal by its annual plan (targets.find_targets)
        f["rule"] = 1.0
        cands[None]["rule"] = 0.0


# --- twenty-first pass (dl21): a yearly rate under a lead year, its own sentence naming no window ---
# "Phấn đấu đến năm 2030 xã … . Nghị quyết đề ra 25 chỉ tiêu … bình quân hàng năm 8%; …" and
# "… với mục tiêu đến năm 2025: … Các chỉ tiêu cụ thể: tăng trưởng … 7%/năm" take the lead's year
# (the yearly-rate convention, README-part-A "Yearly rates"); on party-term pages the term's
# scope features outweighed the lead. A window in the rate's own sentence ("giai đoạn 2016 - 2020,
# phấn đấu … 2 - 2,5%/năm") or a term there still reads "no single deadline".
def rate_lead_features(cands: dict) -> None:
    """dl21's (scope "r21", after the "q1" rule and "scope" features): on "none", a yearly rate
    governed by a lead with no window or term named in its own sentence (r21n_rate_lead_clear);
    on the lead's year, the same (r21_rate_gov)."""
    none = cands[None]
    clear = bool(none.get("q1n_rate_lead")) and not none.get("sc_span_sent") and not none.get("sc_term_sent")
    none["r21n_rate_lead_clear"] = float(clear)
    for yr, f in cands.items():
        if yr is not None:
            f["r21_rate_gov"] = float(clear and bool(f.get("q1_gov")))


# --- twenty-second pass (dl22): a year in a sibling goal's own predicate --------------------------
# "GRDP năm 2030 đạt 240 nghìn tỷ đồng, GRDP bình quân đầu người 136 triệu đồng; kinh tế số chiếm
# khoảng 20%" (F-016), "phấn đấu Chỉ số PAR INDEX … năm 2024 duy trì trong nhóm 10 …; Chỉ số SIPAS đạt
# 90%" (D-049), "tỷ trọng kinh tế số đạt 30% GRDP, tỷ lệ đô thị hoá đến năm 2030 đạt trên 50% và … top
# 20" (E-059): a year written after one goal's subject and before its own value dates that goal only
# (README-part-A, Q2 and R2), whichever side of the value it stands. dl18's r18_other_goal_year reads
# any governing stop and fires on 155 gold years; this asks for the sibling's shape itself.
_R22_CHUNK_START = re.compile(r"[,;:(\n]|\.\s|\bvà\s|…")
_R22_CHUNK_END = re.compile(r"[,;:()\n]|\.\s|\bvà\s|…")
_R22_VALUE = re.compile(r"(?<![\w/.,])\d+(?:[.,]\d+)*(?:\s*%)?(?![\w/])")
_R22_REACH = 400        # characters either side of a value where a sibling's year is looked for
# a lead's words or a comparison, not a goal's subject
_R22_LEAD_WORDS = re.compile(r"mục tiêu|chỉ tiêu|định hướng|đặt ra|đề ra|hướng tới|tầm nhìn|so với|so sánh", re.I)
_R22_SUBJECT = re.compile(r"[^\W\d]{2,}")      # a word: the goal's subject ("GRDP năm 2030 đạt …")


def sibling_predicate(t: str, ys: int, ye: int) -> tuple[int, int] | None:
    """(start, end) of the value whose own goal holds the year t[ys:ye] in its predicate: a subject
    before the year in its chunk (not a document's name, no fronting cue at its end), and a value after
    it in the same chunk, no colon between ("GRDP năm 2030 đạt 240 nghìn tỷ đồng", "tỷ lệ đô thị hoá
    đến năm 2030 đạt trên 50%"); None for a fronted or labelling year ("Đến năm 2030, …", "Mục tiêu
    năm 2025: …", "năm 2025 chiếm 10%" at its chunk's head)."""
    lo = max(0, ys - 150)
    for m in _R22_CHUNK_START.finditer(t, lo, ys):
        lo = m.end()
    prefix = re.sub(r"(?:(?:đến|tới|trong|vào|hết|cuối)\s+)*(?:năm\s*)?$", "", t[lo:ys], flags=re.I).strip()
    if not _R22_SUBJECT.search(prefix) or _R18_DOC.search(prefix) or _R22_LEAD_WORDS.search(prefix) \
            or _Q1_CUE_BEFORE.search(prefix) or re.search(r"phấn đấu$|(?:tháng|quý)(?:\s+\S{1,4})?$", prefix, re.I) \
            or _year_kind(t, ys, ye) != "year" or _BASE_YEAR.search(t, max(0, ys - 25), ys):
        return None
    end = _R22_CHUNK_END.search(t, ye, ye + 150)
    hi = end.start() if end else min(len(t), ye + 150)
    for v in _R22_VALUE.finditer(t, ye, hi):
        if not re.fullmatch(r"20[0-4]\d", v.group(0)):
            return v.start(), v.end()
    return None


_sib_cache: tuple = (None, {})      # (text, owners by mention start), replaced whole so threads never mix them


def _owner_of(t: str, ys: int, ye: int) -> tuple[int, int] | None:
    """sibling_predicate, once per year mention of the text (one cache slot)."""
    global _sib_cache
    text, owners = _sib_cache
    if text is not t:
        owners = {}
        _sib_cache = (t, owners)
    if ys not in owners:
        owners[ys] = sibling_predicate(t, ys, ye)
    return owners[ys]


def _other_sibling(c: Context, ys: int, ye: int) -> bool:
    """The year t[ys:ye] stands in the predicate of another value's goal, not one the value at c
    hangs from by "trong đó" ("… năm 2025 đạt 50%, trong đó: … 6,25%": the parent's year, r19)."""
    p = _owner_of(c.text, ys, ye)
    if p is None or (p[0] < c.end and c.start < p[1]):
        return False
    return not (p[1] <= c.start and _R19_SUB.search(c.text, p[1], c.start))


def sibling_year_features(c: Context, cands: dict, years: list[tuple]) -> None:
    """dl22's (scope "r22", after the "q1" rule): on a year no lead of which governs the value, its
    mentions near the value (400 characters either side, outside the value) all stand in another
    goal's predicate (r22_sibling), and the nearest one does, in the value's own sentence
    (r22_sibling_sent); on "none", with no lead governing, the nearest year mention before the value
    in its sentence does (r22n_sibling)."""
    near = [y for y in _between(years, c.start - _R22_REACH, c.end + _R22_REACH) if y[1] <= c.start or y[0] >= c.end]
    sib: dict[int, list] = {}
    for ys, ye, yr, _ in near:
        d = c.start - ye if ye <= c.start else ys - c.end
        sib.setdefault(yr, []).append((d, _other_sibling(c, ys, ye), c.sent[0] <= ys < c.sent[1]))
    for yr, f in cands.items():
        if yr is None:
            continue
        ms = sorted(sib.get(yr, []))
        free = not f.get("q1_gov")      # a lead of the year over the list still dates it (H-028's rates)
        f["r22_sibling"] = float(free and bool(ms) and all(m[1] for m in ms))
        f["r22_sibling_sent"] = float(free and bool(ms) and ms[0][1] and ms[0][2])
    before = [y for y in near if y[1] <= c.start and y[0] >= c.sent[0]]
    cands[None]["r22n_sibling"] = float(not cands[None].get("q1n_lead") and bool(before)
                                        and _other_sibling(c, before[-1][0], before[-1][1]))


# --- sixth pass (dl23): a year written right after the value, closing its own goal ---------------------
# "tăng lên 50% vào năm 2045" (A-252, under "đặt mục tiêu năm 2030"), "tối thiểu 50% (năm 2025) và 80%
# (năm 2030)" (B-138), "trở thành 1 trong 20 địa phương … vào năm 2025" (D-027): dl19's r19_after_value
# fired there but also on a year that opens the next goal ("90% … (năm 2030 đạt 100%)", D-036; "20% và
# đến năm 2030, kinh tế số chiếm 30%", A-083; "75.000 tỷ đồng… Đến năm 2030,", E-017): 23 gold, 7 not.
_R23_NEW_GOAL = re.compile(r"\bvà\b|…|\.\.\.", re.I)
_R23_CHUNK_END = re.compile(r"[,;:()\n]|\.\s")


def own_after_year(t: str, end: int, years: list[tuple]) -> int | None:
    """The year written right after the value ending at `end` that closes the value's own goal: no
    number, clause mark, "và" or ellipsis between, and no value of its own after it in its chunk."""
    for ys, ye, yr, _ in _between(years, end, end + 75):
        if not _R19_AFTER_GAP.fullmatch(t, end, ys) or _R23_NEW_GOAL.search(t, end, ys) \
                or _year_kind(t, ys, ye) not in ("year", "deadline"):
            return None
        stop = _R23_CHUNK_END.search(t, ye, ye + 150)
        hi = stop.start() if stop else min(len(t), ye + 150)
        if any(not re.fullmatch(r"20[0-4]\d", v.group(0)) for v in _R22_VALUE.finditer(t, ye, hi)):
            return None         # "(năm 2030 đạt 100%)": the year opens a goal of its own
        return yr
    return None


def series_after_year(t: str, end: int, years: list[tuple]) -> int | None:
    """own_after_year, and in a series of dated goals joined by "và" or a comma the year after the value is
    still its own: "11‰ vào năm 2020 và dưới 10‰ vào năm 2030", "17.700 USD vào năm 2045, 26.000 USD vào
    năm 2050" (fj26b, scope "r26"), while "(năm 2030 đạt 100%)" opens a goal of its own."""
    for ys, ye, yr, _ in _between(years, end, end + 75):
        if not _R19_AFTER_GAP.fullmatch(t, end, ys) or _R23_NEW_GOAL.search(t, end, ys) \
                or _year_kind(t, ys, ye) not in ("year", "deadline"):
            return None
        m = _R26_NEXT_ITEM.match(t, ye)
        if m and own_after_year(t, m.end(), years) is not None:
            return yr
        return own_after_year(t, end, years)
    return None


# the next item of a series after a dated value: "và", a comma or a semicolon, bound words, its number
_R26_NEXT_ITEM = re.compile(r"\s*(?:,\s*|\s+và\s+|\s*;\s*)(?:(?:dưới|trên|khoảng|gần|hơn|tối thiểu|ít nhất|còn|"
                            r"lên|xuống|đạt|tăng|giảm)\s+)*\d[\d.,]*", re.I)


def after_value_features(c: Context, cands: dict, years: list[tuple], series: bool = False) -> None:
    """dl23's (scope "r23"): the year candidate is the one written right after the value in its own
    goal (r23_after_value), or another year while there is one (r23_after_other); on "none", there
    is one (r23n_after_value). series (scope "r26"): series_after_year's reading."""
    after = (series_after_year if series else own_after_year)(c.text, c.end, years)
    for yr, f in cands.items():
        if yr is not None:
            f["r23_after_value"] = float(after is not None and yr == after)
            f["r23_after_other"] = float(after is not None and yr != after)
    cands[None]["r23n_after_value"] = float(after is not None)


# --- seventh pass (dl24): a general goal written before the specific goals' lead ------------------------
# "Theo đó, TP Cần Thơ phấn đấu thuộc nhóm 10 tỉnh … Mục tiêu cụ thể đến năm 2025, …" (B-172, D-069;
# A-121's "duy trì … top 10" before "Về mục tiêu cụ thể"): the year of the plan's title or of the later
# lead is not this goal's; the gold leaves it null. Under a lead (D-036, D-052) such goals take its year.
_R24_SPECIFIC = re.compile(r"mục tiêu cụ thể", re.I)


def general_goal_features(c: Context, cands: dict, years: list[tuple]) -> None:
    """dl24's (scope "r24", after the "q1" rule): on "none", no lead governs the value, its sentence
    states no year and a "mục tiêu cụ thể" lead follows it within 1,500 characters (r24n_general_goal)."""
    s0, s1 = c.sent
    fires = not cands[None].get("q1n_lead") and not _between(years, s0, s1) and bool(_R24_SPECIFIC.search(c.text, s1, s1 + 1500)) \
        and not _R24_SPECIFIC.search(c.text, s0, s1)
    cands[None]["r24n_general_goal"] = float(fires)


# --- eighth pass (dl25): a window named in the value's own goal, an ellipsis ending a goal ------------
# "đặt mục tiêu đến năm 2030, tổng đầu tư xã hội bình quân 5 năm đạt khoảng 40% GDP" (E-030), "tổng vốn
# đầu tư toàn xã hội thời kỳ 2021 - 2025 đạt 4.862 tỷ đồng" (H-038, under "đến năm 2025 …"), "GRDP toàn
# giai đoạn gần 2,4 triệu tỷ đồng" (H-067): a total or average over a window its own goal names has no
# single deadline (README-part-A, "a window average or total that names its window … stays null"),
# whatever lead stands over it. dl18's r18n_window_measure reads the same words but its total pattern
# ("tổng … giai đoạn", leftmost) hides the window's years, and the lead's year wins over it.
_R25_WINDOW = re.compile(
    r"(?:bình quân|trong|của|suốt)\s+(?:\d{1,2}|hai|ba|bốn|năm|mười)\s+năm\b(?!\s+20\d\d)|"
    r"\b\d{1,2}\s+năm\s+(?:tới|qua|tiếp theo)|(?:toàn|cả|trong|suốt)\s+(?:giai đoạn|nhiệm kỳ|thời kỳ)|"
    r"(?:giai đoạn|thời kỳ|nhiệm kỳ)\s+(?:từ\s+)?(?:năm\s+)?(20\d\d)\s*(?:-|–|—|đến|tới)\s*(?:năm\s+)?(20\d\d)", re.I)
_R25_GOAL_END = re.compile(r"[;,.!?…]\s|\n")


def _own_windows(t: str, gs: int, ge: int) -> tuple[bool, set]:
    """Whether the goal t[gs:ge] names a window of its own (not in a parenthesis, not a document's
    name's), and the years of those windows' spans."""
    named, ends = False, set()
    for m in finditer_i(_R25_WINDOW, t, gs, ge):
        if t.rfind("(", gs, m.start()) > t.rfind(")", gs, m.start()) or (m.group(1) and _in_doc_name(t, m.start(1), m.end(1))):
            continue        # "(theo chuẩn nghèo giai đoạn 2016 – 2020)", "chương trình … giai đoạn 2011-2020": not the goal's
        named = True
        ends.update(int(g) for g in m.groups() if g)
    return named, ends


def window_goal_features(c: Context, cands: dict, wide: bool = False) -> None:
    """dl25's (scope "r25", after the "q1" rule and the lead features): on a year, it opens or closes
    a window written in the value's own goal (r25_window_end_own), and a lead of it (q1_gov,
    ld_lead_year or ld_opening_year) governs a goal that names its window (r25_lead_window); on
    "none", the goal names a window (r25n_window_own), under a lead too (r25n_window_lead). The goal
    is the rule's (_goal_span) ended by an ellipsis as well: "75.000 tỷ đồng… Đến năm 2030, …" gives
    the next sentence's year no q1_own."""
    t = c.text
    gs, ge0 = _goal_span(t, _reach(t, wide), c.start, c.end)
    m = _R25_GOAL_END.search(t, c.end, ge0 + 1)
    ge = m.start() if m else ge0
    named, ends = _own_windows(t, gs, ge)
    own = {int(y.group(1)) for y in _YEAR.finditer(t, gs, ge) if _year_kind(t, y.start(1), y.end(1)) in ("year", "deadline")}
    for yr, f in cands.items():
        if yr is None:
            continue
        if ge < ge0 and f.get("q1_own") and yr not in own:
            f["q1_own"] = 0.0
        f["r25_window_end_own"] = float(yr in ends)
        f["r25_lead_window"] = float(named and any(f.get(k) for k in ("q1_gov", "ld_lead_year", "ld_opening_year")))
    none = cands[None]
    none["r25n_window_own"] = float(named)
    none["r25n_window_lead"] = float(named and any(none.get(k) for k in ("q1n_lead", "ld_lead", "ld_opening")))


# --- dl30 (session 22): a comparison's base year, widened --------------------------------------
# "tăng 8% so với ước thực hiện 2023", "giảm so với mục tiêu năm 2023", "từ mức 51 triệu đồng/người
# năm 2023 lên 56 triệu đồng/người năm 2024": the year is what the goal is measured from, never its
# deadline. `_BASE_YEAR` reads only "so với (cùng kỳ) năm" right before the year.
_BASE_WORDS = r"(?:ước|thực hiện|kết quả|kế hoạch|dự toán|mục tiêu|chỉ tiêu|mức|cùng kỳ|đạt được|được giao|của|năm)"
_BASE_SO = re.compile(r"\bso(?:\s+với)?\s+(?:" + _BASE_WORDS + r"\s+){0,4}"
                      r"(?:\d[\d.,]*\s*[^\d\s;,.]*(?:\s+[^\d\s;,.]+){0,2}?\s+(?:năm\s+)?)?$", re.I)
# "từ (mức) 51 triệu đồng/người năm 2023" + " lên / xuống / đến": the starting value's year
_BASE_FROM = re.compile(r"\btừ\s+(?:mức\s+)?(?:khoảng\s+)?\d[\d.,]*\s*[^\d\s;,.]*(?:\s+[^\d\s;,.]+){0,3}?\s+(?:năm\s+)?$", re.I)
_BASE_FROM_AFTER = re.compile(r"\s*(?:lên|xuống|đến|tới)\s+(?:(?:mức|còn|khoảng|dưới|trên)\s+){0,2}\d", re.I)
_BASE_BACK = 60         # characters before a year read for its comparison words


def is_base_year(t: str, ys: int, ye: int, in_sentence: bool = False) -> bool:
    """The year mention t[ys:ye] is a comparison's base ("so với ước thực hiện 2023") or the
    starting value's year of a change ("từ mức 955 tỷ đồng năm 2023 lên …"). in_sentence (dl31): the
    words are read within the year's own sentence ("… so với kế hoạch năm 2023. Dự báo năm 2024" makes
    2023 a base, not 2024)."""
    lo = max(0, ys - _BASE_BACK)
    if in_sentence:
        cut = max(t.rfind(". ", lo, ys), t.rfind("\n", lo, ys))
        lo = cut + 1 if cut >= 0 else lo
    pre = t[lo:ys]
    if _BASE_SO.search(pre):
        return True
    return bool(_BASE_FROM.search(pre)) and bool(_BASE_FROM_AFTER.match(t, ye))


def base_year_features(c: Context, cands: list[tuple], years: list[tuple]) -> None:
    """dl30 "base": on a year, that its mention nearest the value is a comparison's base."""
    for yr, f in cands:
        if yr is None or "before" not in f:
            continue
        m = _closest_mention(years, yr, c.start, c.end, c.sent[1])
        f["dl30_base"] = float(m is not None and is_base_year(c.text, m[0], m[1]))


# ty27: the year that governs a block of goals, offered to the values under it as a year candidate and
# features (the ranking and the null step learn when it applies): a goals heading or lead naming one year
# ("Mục tiêu cụ thể đến năm 2025", "chỉ tiêu chủ yếu năm 2025"), a year the text calls a plan's year ("năm 2025
# là năm cuối thực hiện …"), "năm 2019 này", a deadline lead ("đến năm 2030 …"), and the page's title ("Kế
# hoạch … năm 2024") when the page is that plan. Gold "null" goals under such leads exist too (windows, yearly
# rates, items after another year), hence features, not a rule.
TY27_TOKENS = ("spec", "last", "this", "due", "title", "loose")     # and modifiers "gate", "gatedue", "bare", "yonly", "far"
_TY27_NOT_RANGE = r"(?!\s*(?:-|–|—)\s*(?:năm\s+)?20\d\d)(?![\d/])"
_TY27_LEAD = re.compile(
    r"(?P<spec>(?:mục tiêu|chỉ tiêu|nhiệm vụ)(?:\s+(?:cụ thể|chủ yếu|chính|cơ bản|tổng quát|chung|kế hoạch|"
    r"phát triển kinh tế\s*[-–]\s*xã hội|kinh tế\s*[-–]\s*xã hội))?\s*(?:(?:đến|tới|trong|của|vào|cho)\s+)?"
    r"(?:cuối\s+|hết\s+)?(?:năm\s+)?(?P<y1>20\d\d)" + _TY27_NOT_RANGE + ")"
    r"|(?P<last>năm\s+(?P<y2>20\d\d)\s*,?\s*(?:là|được xác định là|được coi là|được xem là)\s+năm)"
    r"|(?P<this>năm\s+(?P<y3>20\d\d)\s+này)"
    r"|(?P<due>(?:đến|tới)\s+(?:cuối\s+|hết\s+)?năm\s+(?P<y4>20\d\d)" + _TY27_NOT_RANGE + ")", re.I)
# "loose": a goal word and, within its clause, "năm Y" that is no comparison's base ("18 chỉ tiêu … chủ yếu năm 2025")
_TY27_LOOSE = re.compile(r"(?:mục tiêu|chỉ tiêu|nhiệm vụ|kế hoạch)[^.;:!?()\n\d]{0,80}?(?<!so với )(?<!cùng kỳ )(?<!từ )"
                         r"năm\s+(20\d\d)" + _TY27_NOT_RANGE, re.I)
_TY27_CITED = re.compile(r"\b(?:tại|theo|ngày)\s|nghị quyết|quyết định|thông báo|chỉ thị|luật\b", re.I)   # a cited document's year
_TY27_TITLE = re.compile(r"(?:kế hoạch|chỉ tiêu|mục tiêu|nhiệm vụ)[^\n]{0,150}?năm\s+(20\d\d)" + _TY27_NOT_RANGE, re.I)
_TY27_REACH = 2500      # characters before a value where the lead that governs it is looked for
_TY27_TITLE_REACH = 300     # characters of the page's opening read as its title
_ty27_cache: dict = {}


def _ty27_leads(t: str) -> tuple[list[int], list[tuple[int, int, int, str]], int | None]:
    """(their ends, (start, end, year, kind) of every lead in t, the title's year): one pass per text (cached)."""
    if _ty27_cache.get("text") is not t:
        leads = []
        for m in finditer_i(_TY27_LEAD, t):
            kind = next(k for k in TY27_TOKENS[:4] if m.group(k))
            yr = next(int(m.group(g)) for g in ("y1", "y2", "y3", "y4") if m.group(g))
            leads.append((m.start(), m.end(), yr, kind))
        leads += [(m.start(), m.end(), int(m.group(1)), "loose") for m in finditer_i(_TY27_LOOSE, t)
                  if not _TY27_CITED.search(m.group(0))]
        leads.sort(key=lambda x: x[1])
        first = t.find("\n", 0, _TY27_TITLE_REACH)
        tm = slice_search_i(_TY27_TITLE, t, 0, first if first > 0 else _TY27_TITLE_REACH)
        _ty27_cache.update(text=t, ends=[x[1] for x in leads], leads=leads,
                           title=int(tm.group(1)) if tm else None)
    return _ty27_cache["ends"], _ty27_cache["leads"], _ty27_cache["title"]


def ty27_features(c: Context, cands: list[tuple], years: list[tuple], tokens) -> None:
    """Option ty27: the nearest lead of each kind (tokens) before the value, at most _TY27_REACH characters
    back, and the title's year: on that year's candidate (added when missing) "ty27:KIND", and for the nearest
    lead its distance, the years written between it and the value and whether it is in the value's paragraph
    or sentence; on "none" the same kinds ("ty27n:KIND"), the years between, and what says the value has no
    single deadline though a lead governs it (a yearly rate, a window or a year in its own clause).
    Modifiers: "gate" drops the leads the ranking already reads (the lead is its year's mention nearest the
    value; the title's year already a candidate), "gatedue" so for the kinds due and title only; "bare" keeps
    the kinds only, "yonly" leaves "none" alone, "far" flags an added year as the far rule year is flagged.
    Cost: one pass over the text (cached), then a bisect and at most five leads per value."""
    t = c.text
    ends, leads, title = _ty27_leads(t)
    hi = bisect.bisect_right(ends, c.start)
    found: dict[str, tuple] = {}
    for i in range(hi - 1, -1, -1):
        ls, le, yr, kind = leads[i]
        if le < c.start - _TY27_REACH or len(found) == 5:
            break
        if kind in tokens and kind not in found:
            found[kind] = leads[i]
    if "title" in tokens and title is not None:
        found["title"] = (0, 0, title, "title")
    if not found:
        return
    by_year = {y: f for y, f in cands}
    none = by_year[None]
    if "gate" in tokens or "gatedue" in tokens:     # only the leads the ranking does not already read: a year it
        for kind, (ls, le, yr, _) in list(found.items()):   # lacks, or one it reads elsewhere ("gatedue": due, title)
            if "gate" not in tokens and kind not in ("due", "title"):
                continue
            m = _closest_mention(years, yr, c.start, c.end, c.sent[1]) if yr in by_year else None
            if kind == "title" and yr in by_year or m is not None and ls <= m[0] < le:
                del found[kind]
        if not found:
            return
    nearest = max(found.values(), key=lambda x: x[1])
    if "bare" not in tokens:
        clause = t[max(c.clause[0], c.start - 200):min(c.clause[1], c.end + 40)]
        recurring = bool(_RECURRING.search(clause)) or c.unit == "%/năm"
        own = bool(_between(years, c.clause[0], c.clause[1]))
        span = bool(_SPAN_YEARS.search(t, c.sent[0], c.start))
    for kind, (ls, le, yr, _) in found.items():
        f = by_year.get(yr)
        if f is None:
            f = {"ty27_added": 1.0}     # its own features ("far": also the far rule year's flag)
            if "far" in tokens:
                f["far"] = 1.0
            cands.append((yr, f))
            by_year[yr] = f
        f["ty27:" + kind] = 1.0
        if "yonly" not in tokens:
            none["ty27n:" + kind] = 1.0
        if "bare" in tokens:
            continue
        if (ls, le) == nearest[:2] and kind != "title":
            between = sum(1 for y in _between(years, le, c.start) if y[2] != yr)
            f["ty27_nearest"] = 1.0
            f["ty27_dist"] = _log(c.start - le) / 3
            f["ty27_between"] = _log(between)
            f["ty27_para"] = float(le >= c.para[0])
            f["ty27_sent"] = float(le >= c.sent[0])
            none["ty27n_between"] = _log(between)
            if recurring:
                f["ty27_rate"] = 1.0
                none["ty27n_rate"] = 1.0
            if own:
                f["ty27_own"] = 1.0
                none["ty27n_own"] = 1.0
            if span:
                none["ty27n_span"] = 1.0


# --- dl31: deadlines decided after the models --------------------------------------------------------
# dl29 built a precise lead-carry conjunction (the nearest goals lead before the value, nothing between that
# says otherwise) but as a feature the models gave it too little weight to overturn the null step. Here it is a
# rule applied after the models: "carry" sets the lead's year on a goal the models left without a deadline,
# only where the conjunction holds. dl29's code was not committed; it is rebuilt here from its description.
DL31_TOKENS = ("carry", "due", "far")
_DL31_REACH = 1500      # characters before a value where its lead is looked for
_DL31_VISION = re.compile(r"(?:tầm nhìn|định hướng tầm nhìn)\s*$", re.I)
_DL31_KINDS = ("spec", "last", "this", "loose")
_DL31_HORIZON = 300     # characters before a lead where an earlier plan year makes it a far horizon
_DL31_HORIZON_MIN = 10      # years after the page's own year from which a year counts as far
_DL31_FRAME = re.compile(r"(?:^|\n|[.!?:;]\s+)\W{0,3}(?:[Tt]rong\s+)?$")   # a window opening its sentence or line
_DL31_TERM = re.compile(r"(?:trong|cả|toàn|mỗi)\s+(?:nhiệm kỳ|giai đoạn|thời kỳ)", re.I)     # a term's total


def _dl31_lead(c: Context, due: bool) -> tuple | None:
    """The nearest goals lead (ty27's cached pass; kinds spec / last / this / loose, and "đến năm Y" with due,
    not after "tầm nhìn") ending before the value within reach; None past a far horizon."""
    ends, leads, _ = _ty27_leads(c.text)
    for i in range(bisect.bisect_right(ends, c.start) - 1, -1, -1):
        ls, le, yr, kind = leads[i]
        if le < c.start - _DL31_REACH:
            return None
        if is_base_year(c.text, le - 4, le, in_sentence=True):      # "so với kế hoạch năm 2023" is no lead
            continue
        if kind in _DL31_KINDS or due and kind == "due" and not _DL31_VISION.search(c.text, max(0, ls - 20), ls):
            # a horizon after a plan year ("hướng đến mục tiêu 2030, … đến năm 2045 là đô thị thông minh")
            if any(ps >= ls - _DL31_HORIZON and y <= yr - 10 for ps, _, y, _ in leads[max(0, i - 3):i]):
                return None
            return leads[i]
    return None


def dl31_carried(c: Context, years: list[tuple], due: bool = False) -> int | None:
    """The lead year carried to the value, or None: no yearly rate, no window in the value's sentence before
    it, no year of its own in its clause, no other year between the lead and the value (the lead's own year,
    a window's years and comparison bases aside), no window opening a sentence or line between them."""
    lead = _dl31_lead(c, due)
    if lead is None:
        return None
    ls, le, yr, _ = lead
    t = c.text
    clause = t[max(c.clause[0], c.start - 200):min(c.clause[1], c.end + 40)]
    if c.unit.endswith("/năm") or _RECURRING.search(clause) or _sub_of_recurring(c):
        return None
    if _SPAN_YEARS.search(t, c.sent[0], c.start) or _DL31_TERM.search(clause):
        return None
    if any(y[2] != yr for y in _between(years, max(c.clause[0], le), c.clause[1])):
        return None
    spans = [(m.start(), m.end()) for m in _SPAN_YEARS.finditer(t, le, c.start)]
    if any(_DL31_FRAME.search(t, max(0, a - 12), a) for a, _ in spans):    # "Giai đoạn 2021-2025, phấn đấu …"
        return None
    if any(not t[a:b].rstrip().endswith(str(yr)) for a, b in spans):    # a window ending in another year
        return None
    for ys, ye, y, _ in _between(years, le, c.start):
        if y == yr or any(a <= ys < b for a, b in spans) or is_base_year(t, ys, ye, in_sentence=True):
            continue
        return None
    return yr


def dl31_year(c: Context, years: list[tuple], year: int | None, as_of: int | None, tokens) -> int | None:
    """Option dl31, after the models: "carry" gives a goal the models left without a deadline its lead's
    year (dl31_carried) unless that year is before the page's own (the goal would be dropped as past) or ten
    years or more after it (a far horizon: "Tỉnh đặt mục tiêu đến năm 2045 trở thành …"); "far"
    leaves without a deadline a goal the models dated by a year the text writes only as a far horizon.
    Cost: ty27's cached lead pass, a bisect and searches bounded by the lead's reach, for kept goals only."""
    if year is None and "carry" in tokens:
        yr = dl31_carried(c, years, "due" in tokens)
        if yr is not None and (as_of is None or as_of <= yr < as_of + _DL31_HORIZON_MIN):     # no far horizon
            return yr
    if year is not None and "far" in tokens and (as_of is None or year >= as_of + _DL31_HORIZON_MIN) \
            and _dl31_horizon_only(c.text, years, year):
        return None
    return year


# "far": a year written only as a plan's far horizon ("Quy hoạch … giai đoạn 2021-2030, tầm nhìn đến năm 2045")
# is no goal's deadline unless a heading or clause introduces goals by it ("Tầm nhìn đến năm 2045: …")
_DL31_HORIZON_YEAR = re.compile(r"tầm nhìn\s+(?:(?:đến|tới)\s+)?(?:năm\s+)?$", re.I)


def _dl31_horizon_only(t: str, years: list[tuple], yr: int) -> bool:
    """Every mention of yr is "tầm nhìn (đến) (năm) yr" not opening goals (no ":" after it)."""
    ms = [(s, e) for s, e, y, _ in years if y == yr]
    return bool(ms) and all(_DL31_HORIZON_YEAR.search(t, max(0, s - 25), s) and
                            not re.match(r"\s*:", t[e:e + 3]) for s, e in ms)


# dl32 (session 31): deadlines after dl31, decided after the models; the models never read them.
DL32_TOKENS = ("yearly", "vision", "head", "sib", "frame")
_DL32_YEARLY = re.compile(r"(?:phấn đấu|mục tiêu(?:\s+là)?|chỉ tiêu(?:\s+là)?)\s+(?:mỗi|hằng|hàng)\s+năm\b|"
                          r"^\W*(?:mỗi|hằng|hàng)\s+năm\s*,", re.I)
_DL32_YEARLY_REACH = 200    # characters of the value's clause before it where a fronted yearly phrase is read


def dl32_year(c: Context, years: list[tuple], year: int | None, tokens) -> int | None:
    """Option dl32, per value after the models and before dl31: "yearly" leaves without a deadline a goal whose
    clause fronts a yearly phrase before it ("phấn đấu mỗi năm vận động … đạt 100 tỷ đồng", "Hằng năm, …": a
    stop, README-part-A R1) with no year of its own in the clause before it; "vision" leaves without a deadline a
    goal the models dated by a year the text writes only as what the place becomes ("…, đến năm 2045 là đô thị
    thông minh"); "frame" leaves without a deadline a goal under a window opening its sentence or line
    (_dl32_under_window). Cost: searches bounded by the clause, the year's mentions and 600 characters before
    the value, for dated kept goals only."""
    if year is None:
        return None
    t = c.text
    if "yearly" in tokens:
        lo = max(c.clause[0], c.start - _DL32_YEARLY_REACH)
        if _DL32_YEARLY.search(t[lo:c.start]) and not _between(years, lo, c.start):
            return None
    if "vision" in tokens and _dl32_vision_only(t, years, year):
        return None
    if "frame" in tokens and _dl32_under_window(t, years, c):
        return None
    return year


_DL32_FRAME_REACH = 600     # characters before a value where the window over it is looked for


def _dl32_under_window(t: str, years: list[tuple], c: Context) -> bool:
    """"frame": the nearest year mention before the value, within reach, is a window opening its sentence or
    line ("Giai đoạn 2021-2025, phấn đấu …"), and the value's sentence names no year after it: the goals under a
    window alone have no single deadline (README-part-A: a window lead is a window, not a year)."""
    if _between(years, c.start, c.sent[1]):
        return False
    near = _between(years, max(0, c.start - _DL32_FRAME_REACH), c.start)
    if not near:
        return False
    ys = near[-1][0]
    for m in _SPAN_YEARS.finditer(t, max(0, ys - 30), min(len(t), ys + 30)):
        if m.start() <= ys < m.end():
            return bool(_DL31_FRAME.search(t, max(0, m.start() - 12), m.start()))
    return False


# "vision": "hướng đến mục tiêu 2030, …, đến năm 2045 là đô thị thông minh": a far year written only as what the
# place becomes, never with a value
_DL32_VISION_AFTER = re.compile(r"\s*,?\s*(?:(?:tỉnh|thành phố)(?:\s+[^\W\d_]+){1,2}\s+)?(?:sẽ\s+)?(?:là|trở thành)\s+"
                                r"(?![^.;:\n]{0,40}\d)", re.I)       # no value after it: what the place becomes
_DL32_VISION_BEFORE = re.compile(r"(?:đến|tới)\s+(?:năm\s+)?$", re.I)


def _dl32_vision_only(t: str, years: list[tuple], yr: int) -> bool:
    """Every mention of yr is "đến (năm) yr (,) là / trở thành …" with no value after it."""
    ms = [(s, e) for s, e, y, _ in years if y == yr]
    return bool(ms) and all(_DL32_VISION_BEFORE.search(t, max(0, s - 12), s) and _DL32_VISION_AFTER.match(t, e)
                            for s, e in ms)


# dl33 (session 32): deadlines after dl32, decided after the models (and after dl31); the models never read them.
DL33_TOKENS = ("adj", "adjn", "now", "span")
# "adj": the year written against the value itself: "… lên 38% năm 2025 và 42% vào năm 2030" (after the value and
# its unit), "… đến năm 2030 khoảng 60 - 65% và đến năm 2050 khoảng 80%" (before it, a predicate year: Q2)
_DL33_ADJ_AFTER = re.compile(r"\s*(?:vào\s+|trong\s+)?năm\s+(20\d\d)\b(?!\s*(?:-|–|—)\s*20\d\d)", re.I)
_DL33_ADJ_BEFORE = re.compile(r"(?:đến|tới|vào)\s+(?:cuối\s+)?năm\s+(20\d\d)\s*,?\s*"
                              r"(?:(?:đạt|khoảng|là|còn|lên|ở mức|trên|dưới|tối thiểu|ít nhất|hơn|có)\s+){0,2}$", re.I)
_DL33_FROM = re.compile(r"\btừ\s+(?:mức\s+)?(?:khoảng\s+)?$", re.I)       # "từ 33% năm 2020 lên …": a base
_DL33_TO_AFTER = re.compile(r"\s*(?:lên|xuống|đến|tới)\b", re.I)
_DL33_UNIT_GAP = 24     # characters after the value where its unit is skipped before the year


def _dl33_adjacent(c: Context, as_of: int | None) -> int | None:
    """The year written against the value ("38% năm 2025", "đến năm 2050 khoảng 80%"): after the value and its
    unit with nothing else between, or a predicate year just before it; none for a starting value's year ("từ 33%
    năm 2020 lên …"), a base, a year before the page's, or two different years either side."""
    t = c.text
    got = set()
    m = _DL33_ADJ_BEFORE.search(t, max(c.sent[0], c.start - 40), c.start)
    if m:
        got.add(int(m.group(1)))
    after = c.end
    u = c.unit.split("/")[0]
    if t.startswith("%", after) or t.startswith(" %", after):
        after = t.index("%", after) + 1
    elif u and t[after:after + _DL33_UNIT_GAP].lstrip().lower().startswith(u.lower()):
        after += t[after:after + _DL33_UNIT_GAP + len(u)].lower().index(u.lower()) + len(u)   # not the page lowered
    m = _DL33_ADJ_AFTER.match(t, after)
    if m and m.end() <= c.sent[1] and not _DL33_FROM.search(t, max(0, c.start - 20), c.start) \
            and not _DL33_TO_AFTER.match(t, m.end()) and not is_base_year(t, m.start(1), m.end(1), in_sentence=True):
        got.add(int(m.group(1)))
    if len(got) != 1:
        return None
    yr = got.pop()
    return yr if as_of is None or yr >= as_of else None


# "now": a sentence fronted by the current period without its year ("Trong năm mới này, …", "Trong 6 tháng cuối
# năm, tỉnh … phấn đấu …") is of the latest single year the text names before it (README-part-J / devset Q2: "năm
# nay" dates goals only when the text writes the year)
_DL33_NOW = re.compile(r"\W{0,3}(?:trong\s+)?(?:năm mới(?:\s+này)?|năm nay|(?:6|sáu) tháng cuối năm|"
                       r"(?:những|các) tháng cuối năm)\s*(?:,|\s)(?!\s*(?:năm\s+)?20\d\d)", re.I)
_DL33_NOW_REACH = 3000  # characters before the value where the current year's mention is looked for


def _dl33_now(c: Context, years: list[tuple]) -> int | None:
    """The latest year written as "năm Y" outside a window within reach before a sentence fronted by the current
    period, when the sentence names no year before the value."""
    t = c.text
    if not _DL33_NOW.match(t, c.sent[0]) or _between(years, c.sent[0], c.start):
        return None
    best = None
    for ys, ye, y, _ in _between(years, max(0, c.sent[0] - _DL33_NOW_REACH), c.sent[0]):
        if not re.search(r"năm\s+$", t[max(0, ys - 6):ys], re.I) or is_base_year(t, ys, ye, in_sentence=True):
            continue
        if any(m.start() <= ys < m.end() for m in _SPAN_YEARS.finditer(t, max(0, ys - 30), min(len(t), ye + 30))):
            continue
        best = y if best is None else max(best, y)
    return best


# "span": a yearly rate or average whose own clause names a window from now ("Tốc độ bình quân từ nay đến 2030
# đạt 10,5-11%/năm"): a window average naming its window in its own clause stays null (README-part-A)
_DL33_SPAN = re.compile(r"từ\s+(?:nay|bây giờ|năm\s+20\d\d|20\d\d)\s+(?:đến|tới)\s+(?:hết\s+)?(?:năm\s+)?20\d\d", re.I)


def dl33_year(c: Context, years: list[tuple], year: int | None, as_of: int | None, tokens) -> int | None:
    """Option dl33, per kept value after the models, dl32 and dl31: "adj" gives a goal the models dated its own
    adjacent year when that differs ("… lên 38% năm 2025 và 42% vào năm 2030"; _dl33_adjacent), "adjn" the same
    for a goal the models left without one; "now" gives a goal left without a deadline or dated before it the
    current year of a sentence fronted by "Trong năm mới này" / "Trong 6 tháng cuối năm" (_dl33_now); "span"
    leaves without a deadline a yearly rate or average under "từ nay đến (năm) Y" in its own clause. A goal the
    models dated before the page's year (dropped as past) is left to that drop. Cost:
    regexes over 40 characters either side of the value, and for "now" one match at the sentence's start and
    the year mentions within 3,000 characters before it."""
    option_tokens("dl33", tokens, DL33_TOKENS)
    if year is not None and as_of is not None and year < as_of:
        return year                 # dropped as past: a result, left alone
    if ("adj" in tokens and year is not None) or ("adjn" in tokens and year is None):
        own = _dl33_adjacent(c, as_of)
        if own is not None and own != year:
            return own
    if year is not None and "span" in tokens:
        lo = max(c.clause[0], c.start - 200)
        if (c.unit.endswith("/năm") or _RECURRING.search(c.text, lo, c.start)) and _DL33_SPAN.search(c.text, lo, c.start):
            return None
    if "now" in tokens:
        yr = _dl33_now(c, years)
        if yr is not None and (year is None or year < yr) and (as_of is None or yr >= as_of):
            return yr
    return year


# dl34 (session 33): deadlines after dl33, decided after the models (and after dl33); the models never read them.
DL34_TOKENS = ("sib", "cont", "plan")     # "plan": targets._dl34_plan, the page's goals read together
_DL34_REACH = 1500      # characters before a value where the mentions of its year are read
# a predicate year bound to its own value: "… rừng đến năm 2025 đạt 47,75%", "(đến năm 2030) đạt 180 …", "đạt 42%
# vào năm 2030"; fronted ("Đến năm 2025, …", "Năm 2025, tỉnh …") it is a lead, no predicate year
_DL34_PRED_BEFORE = re.compile(r"(?:[^\W\d_]\)?|[^\s.;:!?],)\s+\(?(?:đến|tới|vào|trong)\s+(?:cuối\s+|hết\s+)?năm\s+$", re.I)
_DL34_PRED_AFTER = re.compile(r"[ \t]*\)?[ \t]*(?:(?:đạt|khoảng|là|còn|lên|ở mức|trên|dưới|tối thiểu|ít nhất|hơn|có|từ)\s+)"
                              r"{0,3}\d", re.I)
# a goal opener's year governs its list ("Tỉnh phấn đấu đến năm 2025 có 95% …, 85% …", "đặt mục tiêu đến năm 2025
# đạt 90% …", "Các chỉ tiêu chủ yếu đến năm 2025"): a lead (Q1), not one value's predicate year
_DL34_OPENER = re.compile(r"(?:phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|định hướng|nhiệm vụ|đề ra|đặt ra|hướng tới|hướng đến)"
                          r"(?:\s+(?:chủ yếu|cụ thể|chung|là|đề ra|đặt ra))?\s*,?\s*\(?(?:đến|tới|vào|trong)\s+"
                          r"(?:cuối\s+|hết\s+)?năm\s+$", re.I)
_DL34_VAL_BEFORE = re.compile(r"(\d(?:[.,]\d+)*)\s*(?:%|[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+(?:vào|trong)\s+năm\s+$", re.I)
_DL34_UNTIL = re.compile(r"[^\W\d_]\s+trước\s+năm\s+$", re.I)     # "… nông thôn mới trước năm 2025": no lead


def _dl34_bound(t: str, ys: int, ye: int, sent0: int) -> tuple[int, str] | None:
    """The end of the value the year mention t[ys:ye] is written against and that value's number (a predicate
    year: "… đến năm 2025 đạt 47,75%" -> after "47,75", "đạt 42% vào năm 2030" -> the mention's end, "42"), or
    None: a lead or a heading's year."""
    lo = max(sent0, ys - 40)
    if _DL34_PRED_BEFORE.search(t, lo, ys) and not _DL34_OPENER.search(t, lo, ys) and \
            not re.search(r"[:;]\s*\(?(?:đến|tới|vào|trong)", t[lo:ys], re.I):
        m = _DL34_PRED_AFTER.match(t, ye)
        if m:
            num = t[m.end() - 1] + re.match(r"[\d.,]*", t[m.end():]).group()
            return m.end() - 1 + len(num), num.rstrip(".,")
    m = _DL34_VAL_BEFORE.search(t, max(0, ys - 40), ys)
    if m:
        return ye, _dl34_num_before(t, m.end(1))
    return None


def _dl34_num_before(t: str, i: int) -> str:
    """The number ending at t[i - 1] ("42" of "đạt 42% vào năm 2030")."""
    j = i
    while j > 0 and (t[j - 1].isdigit() or t[j - 1] in ".,"):
        j -= 1
    return t[j:i].strip(".,")


def _dl34_sibling(c: Context, years: list[tuple], yr: int) -> bool:
    """"sib": every mention of yr within reach before the value (windows and bases aside) is a predicate year
    written against another value, at least one is, and the value's own clause from that value on, and after it,
    names no year: a sibling's predicate year dates its own goal only (README-part-A R2)."""
    t = c.text
    if _between(years, c.start, c.clause[1]):
        return False
    bound = 0
    for ys, ye, y, _ in _between(years, max(0, c.start - _DL34_REACH), c.start):
        if y != yr:
            continue
        if is_base_year(t, ys, ye, in_sentence=True) or _DL34_UNTIL.search(t, max(0, ys - 30), ys) or \
                any(m.start() <= ys < m.end() for m in _SPAN_YEARS.finditer(t, max(0, ys - 30), min(len(t), ye + 30))):
            continue
        s0 = max(t.rfind(x, max(0, ys - 300), ys) for x in (".", "\n", "!", "?")) + 1
        got = _dl34_bound(t, ys, ye, s0)
        if got is None:
            return False
        end, num = got
        own = re.match(r"[\d.,]*\d", t[c.start:c.end])
        if own and num == own.group():     # the same value restated ("Để hoàn thành mục tiêu 12,5%, …")
            return False
        if end > c.start or not re.search(r"[,;.\n]", t[end:c.start]):    # the value's own year, or no break
            return False
        bound += 1
    return bound > 0


# "cont": a sentence continuing the one before ("Đồng thời, …", "Bên cạnh đó, …") whose lead "định hướng / phấn
# đấu / mục tiêu đến năm Y" is that sentence's one year
_DL34_CONT = re.compile(r"\W{0,3}(?:đồng thời|bên cạnh đó|cùng với đó|ngoài ra)\s*,", re.I)
_DL34_LEAD = re.compile(r"(?:định hướng|phấn đấu|mục tiêu|kế hoạch)\s+(?:đến|tới)\s+(?:hết\s+|cuối\s+)?năm\s+$", re.I)


def _dl34_continued(c: Context, years: list[tuple]) -> int | None:
    t = c.text
    if not _DL34_CONT.match(t, c.sent[0]) or _between(years, c.sent[0], c.sent[1]):
        return None
    if c.unit.endswith("/năm") or _RECURRING.search(t, max(c.sent[0], c.start - 200), c.start):
        return None
    prev0 = max(t.rfind(x, max(0, c.sent[0] - 600), c.sent[0] - 2) for x in (".", "\n", "!", "?")) + 1
    if "\n" in t[prev0:c.sent[0]].rstrip():
        return None
    ms = _between(years, prev0, c.sent[0])
    if not ms or any(y != ms[0][2] for _, _, y, _ in ms):
        return None
    if not any(_DL34_LEAD.search(t, max(prev0, ys - 40), ys) for ys, _, _, _ in ms):
        return None
    return ms[0][2]


def dl34_year(c: Context, years: list[tuple], year: int | None, as_of: int | None, tokens) -> int | None:
    """Option dl34, per kept value after the models, dl32, dl31 and dl33: "sib" leaves without a deadline a goal
    the models dated by a year written before it only as other values' predicate years (_dl34_sibling: "… đến năm
    2025 đạt 47,75%, trồng thêm 40.000 ha"); "cont" gives a goal left without one the year of the lead of the
    sentence before when its own opens with "Đồng thời," / "Bên cạnh đó," and names none (_dl34_continued). A
    goal the models dated before the page's year is left to the past drop. Cost: the year mentions (a slice)
    within 1,500 characters before the value and regexes of 40 characters around each of the year's."""
    option_tokens("dl34", tokens, DL34_TOKENS)
    if year is not None and as_of is not None and year < as_of:
        return year
    if year is not None and "sib" in tokens and _dl34_sibling(c, years, year):
        return None
    if year is None and "cont" in tokens:
        yr = _dl34_continued(c, years)
        if yr is not None and (as_of is None or as_of <= yr < as_of + _DL31_HORIZON_MIN):
            return yr
    return year


# dl35 (session 34): deadlines after dl34, decided after the models (and after dl34); the models never read them.
DL35_TOKENS = ("r2", "vision", "next", "bare", "yearly", "part", "win")
# "vision": a document title's horizon ("… đến năm 2020, tầm nhìn đến năm 2030") is no lead of the goals below it
_DL35_VISION = re.compile(r"tầm nhìn\s+(?:(?:đến|tới)\s+)?(?:năm\s+)?$", re.I)
# "bare": a year written bare against the value, "…; năm 2025 đạt 2,8 ngày/khách", "tỷ lệ … năm 2025 đạt 90%"
_DL35_BARE = re.compile(r"(?<![^\W\d_])năm\s+(20\d\d)\s+(?:(?:đạt|là|khoảng|còn|lên|ở mức|trên|dưới|tối thiểu|ít nhất|hơn|"
                        r"có|tăng|giảm|chiếm)\s+){1,2}$", re.I)
_DL35_BARE_NOT = re.compile(r"(?:so với|từ|của|giá|cùng kỳ|trước|sau|kể từ|đến|tới|vào|trong|cuối|hết|đầu|"
                            r"giai đoạn|thời kỳ|nhiệm kỳ)\s*$", re.I)
_DL35_BARE_VALUE = re.compile(r"\d\s*(?:%|[^\W\d_]+)?\s*$")     # "từ 33% năm 2020 lên 38%": the year of the value before
_DL35_BARE_REACH = 60   # characters before the value where its bare year is read


def _dl35_bare(c: Context, as_of: int | None) -> int | None:
    """"bare": the year of "năm Y (đạt|là|…) " written right before the value in its sentence, no preposition, base
    or window word before "năm" and no value right before it (a predicate year, Q2: it dates its own goal), not
    before the page's year."""
    t = c.text
    lo = max(c.sent[0], c.start - _DL35_BARE_REACH)
    m = _DL35_BARE.search(t, lo, c.start)
    if m is None or _DL35_BARE_NOT.search(t, max(0, m.start() - 20), m.start()) or \
            _DL35_BARE_VALUE.search(t, max(0, m.start() - 16), m.start()):
        return None
    if re.search(r"[\d%]", t[m.end(1):c.start]):
        return None
    yr = int(m.group(1))
    return yr if as_of is None or yr >= as_of else None


_DL35_VAL_BEFORE = re.compile(r"(\d(?:[.,]\d+)*)\s*(?:%|[^\W\d_]+)(?:\s+[^\W\d_]+){0,4}\s+(?:vào|trong)\s+năm\s+$", re.I)
# "yearly": a fronted yearly phrase ("… phấn đấu mỗi năm …", "Hằng năm, …") ends a lead's reach (README-part-A R1)
_DL35_YEARLY = re.compile(r"(?:phấn đấu|mục tiêu(?:\s+là)?|chỉ tiêu(?:\s+là)?)\s+(?:mỗi|hằng|hàng)\s+năm\b|"
                          r"(?:^|\n|[.!?]\s)\W{0,3}(?:mỗi|hằng|hàng)\s+năm\s*,", re.I)
# "part": "…, trong đó: …" / "; trong đó, …": the parts of a whole dated by its own year (H-007) take that year
_DL35_PART = re.compile(r"(?:^|[,;:.(]\s*|\n\W{0,3})trong đó\s*[:,]?\s*", re.I)
_DL35_PART_REACH = 400  # characters before a value where its whole's "trong đó" is looked for


def _dl35_yearly(c: Context, years: list[tuple], yr: int) -> bool:
    """"yearly": the models' year is not written in the value's sentence, and a fronted yearly phrase stands between
    its last mention before the value and the value's sentence, with no year after it."""
    t = c.text
    ms = [m for m in _between(years, max(0, c.start - _DL34_REACH), c.start) if m[2] == yr]
    if not ms or ms[-1][0] >= c.sent[0]:
        return False
    last = ms[-1][1]
    stops = list(_DL35_YEARLY.finditer(t, last, c.sent[0]))
    return bool(stops) and not _between(years, stops[-1].end(), c.start)


def _dl35_whole(c: Context, years: list[tuple], as_of: int | None) -> int | None:
    """"part": the year a "trong đó" part's whole gives it: the whole is the last number (outside parentheses) before
    "trong đó" in the value's sentence (or the sentence before, for "Trong đó," opening the value's own), dated by its own bare or
    predicate year right before it; nothing but the parts between "trong đó" and the value (no year)."""
    t = c.text
    lo = max(0, c.start - _DL35_PART_REACH)
    ms = list(_DL35_PART.finditer(t, lo, c.start))
    if not ms:
        return None
    p = ms[-1]
    if _between(years, p.start(), c.clause[1]) or re.search(r"[.!?]\s|\n", t[p.end():c.start]):
        return None
    seg = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), t[max(0, p.start() - 200):p.start()])
    nums = list(re.finditer(r"\d(?:[\d.,]*\d)?", seg))     # "đạt 50% (8 xã), trong đó": the whole is 50 %
    if not nums:
        return None
    w = max(0, p.start() - 200) + nums[-1].start()
    if re.search(r"[.!?]\s|\n", t[w:p.start()]) and not re.match(r"\W{0,3}trong đó", t[p.start():p.end()].lstrip(".;, "), re.I):
        return None
    got = set()
    m = _DL33_ADJ_BEFORE.search(t, max(0, w - 40), w)
    if m:
        got.add(int(m.group(1)))
    m = _DL35_BARE.search(t, max(0, w - _DL35_BARE_REACH), w)
    if m and not _DL35_BARE_NOT.search(t, max(0, m.start() - 20), m.start()):
        got.add(int(m.group(1)))
    if len(got) != 1:
        return None
    yr = got.pop()
    return yr if as_of is None or yr >= as_of else None


# "win": a window average or total naming its window in its own clause ("GRDP bình quân 5 năm 2021-2025 tăng từ 9%",
# "… khoảng 9,0%/năm giai đoạn 2021 – 2030", "bình quân 5 năm đạt khoảng 40% GDP") stays null (README-part-A, R1)
_DL35_AVG = re.compile(r"bình quân|trung bình|\btổng\b|\bcả\s+(?:giai đoạn|thời kỳ|nhiệm kỳ)", re.I)
_DL35_WIN = re.compile(r"(?:(?:giai đoạn|thời kỳ|nhiệm kỳ|\d+\s+năm)\s+(?:từ\s+)?(?:năm\s+)?20\d\d\s*(?:-|–|—|đến)\s*(?:năm\s+)?20\d\d|"
                      r"(?<![\d/])20\d\d\s*(?:-|–|—)\s*20\d\d(?![\d/])|bình quân\s+\d+\s+năm\b)", re.I)
_DL35_WIN_AFTER = re.compile(r"[^\d,;.()]{0,12}?\s*(?:giai đoạn|thời kỳ)\s+(?:từ\s+)?(?:năm\s+)?20\d\d\s*(?:-|–|—|đến)", re.I)
_DL35_WIN_REACH = 150   # characters of the value's clause before it where its window is read


def _dl35_window(c: Context, years: list[tuple]) -> bool:
    """"win": the value's own clause names a window with an average or total word before the value and no other
    number or break after the window, or a window right after a yearly value ("9,0%/năm giai đoạn 2021 – 2030")."""
    t = c.text
    lo = max(c.clause[0], c.start - _DL35_WIN_REACH)
    ws = list(_DL35_WIN.finditer(t, lo, c.start))
    if ws and _DL35_AVG.search(t, lo, c.start) and not _between(years, ws[-1].end(), c.start) \
            and not re.search(r"[;:,]|\d", t[ws[-1].end():c.start]):
        return True
    after = c.end + (t[c.end:c.end + 6].find("/năm") + 4 if "/năm" in t[c.end:c.end + 6] else 0)
    return "/năm" in t[c.end:after] and bool(_DL35_WIN_AFTER.match(t, after))


def _dl35_paren(t: str, s0: int, ys: int) -> bool:
    """The mention at ys sits inside a parenthesis opened after s0 ("(năm 2030 đạt 100%)", R4)."""
    seg = t[s0:ys]
    return seg.count("(") > seg.count(")")


def _dl35_sibling(c: Context, years: list[tuple], yr: int, toks) -> bool:
    """dl34's "sib" widened: "vision", a title's horizon is not a mention of the year; "next", a year after the value
    in its clause written against a later value ("đạt 30% GRDP, tỷ lệ đô thị hoá đến năm 2030 đạt trên 50%") is not
    the value's own; "r2", a lead of the year before the value is ended by another year's predicate between them
    ("… đến năm 2030 khoảng 60 – 65% và đến năm 2050 khoảng 80%. Kinh tế số chiếm 35% GRDP.": README-part-A R2; a
    later lead of another year needs such a predicate after it as well)."""
    t = c.text
    own = re.match(r"[\d.,]*\d", t[c.start:c.end])
    after = _between(years, c.start, c.clause[1])
    if after:
        if "next" not in toks:
            return False
        for ys, ye, y, _ in after:
            s0 = max(t.rfind(x, max(0, ys - 300), ys) for x in (".", "\n", "!", "?")) + 1
            got = _dl34_bound(t, ys, ye, s0)
            if got is None:     # "… chiếm khoảng 29,7% GRDP của tỉnh vào năm 2025": a later value's own year
                m = _DL35_VAL_BEFORE.search(t, max(c.end, ys - 60), ys)
                got = (ye, _dl34_num_before(t, m.end(1))) if m else None
            if got is None or got[0] <= c.end or not re.search(r"[,;]", t[c.end:ys]) or \
                    (own and got[1] == own.group()):
                return False
    bound = 0
    lead = stop = False
    for ys, ye, y, _ in _between(years, max(0, c.start - _DL34_REACH), c.start):
        if is_base_year(t, ys, ye, in_sentence=True) or _DL34_UNTIL.search(t, max(0, ys - 30), ys) or \
                any(m.start() <= ys < m.end() for m in _SPAN_YEARS.finditer(t, max(0, ys - 30), min(len(t), ye + 30))):
            continue
        if "vision" in toks and ys < c.sent[0] and _DL35_VISION.search(t, max(0, ys - 30), ys) and \
                not re.match(r"\s*[,:]", t[ye:ye + 3]):
            continue            # a title's horizon; fronted ("tầm nhìn 2050, tỉ lệ … đạt 70%") it is a lead
        s0 = max(t.rfind(x, max(0, ys - 300), ys) for x in (".", "\n", "!", "?")) + 1
        got = _dl34_bound(t, ys, ye, s0)
        if y != yr:
            if "r2" in toks and lead:
                if got is None:
                    stop = False        # another year's lead: the value needs a predicate stop after it too
                elif not _dl35_paren(t, s0, ys):
                    stop = True
            continue
        if got is None:
            if "r2" not in toks:
                return False
            lead, stop, bound = True, False, 0      # a lead of the year: its reach restarts here
            continue
        end, num = got
        if own and num == own.group():
            return False
        if end > c.start or not re.search(r"[,;.\n]", t[end:c.start]):
            return False
        bound += 1
    return stop if lead else bound > 0


def dl35_year(c: Context, years: list[tuple], year: int | None, as_of: int | None, tokens) -> int | None:
    """Option dl35, per kept value after the models and dl31-dl34: "bare" gives a goal the year written bare against
    it ("năm 2025 đạt 2,8 ngày/khách": _dl35_bare) when that differs; "r2", "vision" and "next" widen dl34's "sib" (a
    goal the models dated by other values' predicate years becomes null: _dl35_sibling); "yearly" leaves null a goal
    dated by a year a fronted yearly phrase stops before it (_dl35_yearly); "win" leaves null a window average or
    total naming its window (_dl35_window); "part" gives a "trong đó" part left null its whole's own year
    (_dl35_whole). A goal the models dated before the page's year is left to the past drop. Cost: as dl34's "sib",
    and regexes over at most 400 characters before the value."""
    toks = option_tokens("dl35", tokens, DL35_TOKENS)
    if year is not None and as_of is not None and year < as_of:
        return year
    if "bare" in toks:
        own = _dl35_bare(c, as_of)
        if own is not None and own != year:
            return own
    if year is not None and set(toks) & {"r2", "vision", "next"} and _dl35_sibling(c, years, year, toks):
        return None
    if year is not None and "yearly" in toks and _dl35_yearly(c, years, year):
        return None
    if year is not None and "win" in toks and _dl35_window(c, years):
        return None
    if year is None and "part" in toks:
        return _dl35_whole(c, years, as_of)
    return year


# dl36 (session 34, second round): deadlines after dl35
DL36_TOKENS = ("base", "law")
# "base": a base year ("so với năm 2018", "giá so sánh 2010", "giá SS năm 2010") is no deadline
# (narrower than is_base_year on purpose: with it, "từ X năm Y lên" and "so … N năm Y" re-dated right goals, K1-K3 + J
# −0.0067 against this regex on the same folds, session 34 review)
_DL36_BASE = re.compile(r"(?:so với|so sánh|cùng kỳ|giá\s+(?:SS|so sánh|cố định))\s+(?:(?:cùng kỳ|năm|với)\s+){0,2}$",
                        re.I)
# "law": a law's year ("theo quy định của Luật HTX năm 2012") is no deadline
_DL36_LAW = re.compile(r"(?<![^\W\d_])Luật(?:\s+[^\W\d_]+){1,5}\s+(?:năm\s+)?$")
_DL36_OWN = re.compile(r"(?<![^\W\d_])năm\s+$", re.I)


def _dl36_not_own(t: str, at: int, toks) -> bool:
    """The year mention at `at` is a base year ("base") or a law's year ("law")."""
    return bool(("base" in toks and _DL36_BASE.search(t, max(0, at - 30), at)) or
                ("law" in toks and _DL36_LAW.search(t, max(0, at - 60), at)))


def _dl36_base_only(c: Context, years: list[tuple], yr: int, toks) -> bool:
    """Every mention of the models' year within dl34's reach before the value and in the value's sentence is a base
    year (written right after "so với (năm)" or "giá so sánh / SS / cố định (năm)")."""
    t = c.text
    ms = [m for m in _between(years, max(0, c.start - _DL34_REACH), max(c.start, c.sent[1])) if m[2] == yr]
    return bool(ms) and all(_dl36_not_own(t, m[0], toks) for m in ms)


def dl36_year(c: Context, years: list[tuple], year: int | None, as_of: int | None, tokens) -> int | None:
    """Option dl36, per kept value after the models and dl31-dl35: "base" re-dates a goal the models dated by a base
    year only ("so với năm 2018", "giá SS 2010"), "law" one dated by a law's year only ("Luật HTX năm 2012"): it takes the last other year written "năm Y" in its sentence before
    the value, not before the page's year and not itself a base, else none. Cost: one scan of the year mentions within
    dl34's reach."""
    toks = option_tokens("dl36", tokens, DL36_TOKENS)
    if year is not None and toks and _dl36_base_only(c, years, year, toks):
        t = c.text
        for m in reversed(_between(years, c.sent[0], c.start)):
            if m[2] != year and (as_of is None or m[2] >= as_of) and _DL36_OWN.search(t, max(0, m[0] - 6), m[0]) \
                    and not _dl36_not_own(t, m[0], toks):
                return m[2]
        return None
    return year
