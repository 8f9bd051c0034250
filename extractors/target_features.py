"""Features for (a) goal / result / statistic of a numeric mention and (b) which year mention,
if any, is its deadline (a ranking over the years around the value, plus "none")."""
from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.normalize import fold
from extractors.target_units import unit_kind

_YEAR = re.compile(r"(?<![\d,])(20[0-4]\d)(?![\d/]|-\d{1,2}(?!\d))")  # not "2023-04"
_DATE_YEAR = re.compile(r"(?<!\d)\d{1,2}\s*[/.-]\s*$")            # "31/12/" before the year
_SYMBOL_YEAR = re.compile(r"^\s*/\s*[A-ZĐ]")                 # "30/2018/QĐ-UBND"
_DEADLINE_CUE = re.compile(r"(?:đến|tới|trước|vào|hết|cuối|trong)\s+(?:cuối\s+|hết\s+)?(?:năm\s+)?$", re.I)
_HORIZON = re.compile(r"(?:định hướng|tầm nhìn)\s+(?:đến|tới)\s+(?:năm\s+)?$", re.I)
_PERIODISH = re.compile(r"(?:giai đoạn|thời kỳ|nhiệm kỳ)\s+(?:từ\s+)?(?:năm\s+)?$", re.I)
_RANGE_AFTER = re.compile(r"^\s*(?:-|–|—|đến|tới)\s*20\d\d")
_RANGE_BEFORE = re.compile(r"20\d\d\s*(?:-|–|—|đến|tới)\s*$")
_PAST_CTX = re.compile(r"đã đạt|đạt được|\bđã\b|đến nay|hiện nay|tính đến|ước đạt|vừa qua|năm qua|so với|cùng kỳ|"
                       r"kết quả|xếp (?:thứ|hạng)", re.I)
_CUES = {
    "chi_dat": re.compile(r"chỉ đạt\s*$", re.I),
    "muc_tieu_before": re.compile(r"mục tiêu|chỉ tiêu", re.I),
    "phan_dau": re.compile(r"phấn đấu", re.I),
    "trong_khi": re.compile(r"trong khi", re.I),
    "so_voi": re.compile(r"so với", re.I),
    "giam": re.compile(r"giảm", re.I),
    "tang": re.compile(r"tăng", re.I),
    "dat": re.compile(r"\bđạt\b", re.I),
    "toi_thieu": re.compile(r"tối thiểu|ít nhất", re.I),
    "tu_before": re.compile(r"\btừ\s*$", re.I),
    "duoi_before": re.compile(r"dưới\s*$", re.I),
    "chiem": re.compile(r"chiếm", re.I),
    "uoc": re.compile(r"\bước\b", re.I),
}
_AFTER_CUES = {
    "tro_len": re.compile(r"^\s*trở lên", re.I),
    "so_voi_after": re.compile(r"^[^.;]{0,40}so với", re.I),
    "den_duoi_after": re.compile(r"^\s*(?:đến|-)\s*dưới", re.I),
    "muc_tieu_after": re.compile(r"^[^.;]{0,25}mục tiêu", re.I),
    "paren_goal_after": re.compile(r"^\s*\((?:mục tiêu|chỉ tiêu|kế hoạch)", re.I),
}


def _log(n: float) -> float:
    return math.log1p(max(n, 0))


_DUE_DATE = re.compile(r"(?:trước|đến|hạn|chậm nhất)\s+(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*$", re.I)


_PART_OF_YEAR = {"quarter": re.compile(r"quý\s+\d\s*/\s*$", re.I),
                 "month": re.compile(r"(?:quý|tháng)\s+\d{1,2}\s*/\s*$", re.I)}


def year_mentions(text: str, parts: str | None = None) -> list[tuple[int, int, int, bool]]:
    """(start, end, year, introduced as a deadline) of every bare year that is not part of a date or a symbol; the year
    of a due date ("hoàn thành trước 30/7/2025") counts, and with parts "quarter" (or "month") the year of a
    quarter "vào quý 2/2026" (or a month "tháng 6/2025"), its cue read before the quarter."""
    out = []
    part = _PART_OF_YEAR.get(parts or "")
    for m in _YEAR.finditer(text):
        if _SYMBOL_YEAR.match(text, m.end()):
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


@dataclass
class Context:
    text: str
    start: int
    end: int
    value: float
    unit: str
    sent: tuple[int, int]
    clause: tuple[int, int]
    para: tuple[int, int]
    block_start: int
    zone: bool
    block_forward: bool
    rule_keep: bool
    rule_year: int | None
    default_year: int | None
    has_period: bool
    head: tuple[int, int] | None = None     # the heading governing the value's list (headings())


@lru_cache(maxsize=64)
def _segmented(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """underthesea's words of one sentence with their offsets ("mục tiêu" -> "muc_tieu"):
    one call per sentence, shared by all its values."""
    from underthesea import word_tokenize
    out, pos = [], 0
    for tok in word_tokenize(sentence):
        i = sentence.find(tok, pos)
        if i < 0:
            continue
        pos = i + len(tok)
        if re.search(r"[^\W\d_]", tok):
            out.append((i, pos, fold(tok).lower().replace(" ", "_")))
    return tuple(out)


def _bow(prefix: str, t: str, lo: int, hi: int, n: int, tail: bool,
         sent: tuple[int, int] | None = None) -> dict[str, float]:
    """Bag of the n words at the end (tail) or start of t[lo:hi]; with sent given, words as
    underthesea segments the sentence, so "mục tiêu" is one word ("muc_tieu") not two."""
    if sent is not None:
        w = [x for a, b, x in _segmented(t[sent[0]:sent[1]]) if a >= lo - sent[0] and b <= hi - sent[0]]
    else:
        w = re.findall(r"[^\W\d_]+", fold(t[lo:hi]).lower())
    w = w[-n:] if tail else w[:n]
    return {prefix + x: 1.0 for x in w}


_NEAR = 600
_MET_TALLY = re.compile(r"\d{1,2}\s*/\s*\d{1,2}\s+(?:mục tiêu|chỉ tiêu|nhiệm vụ|tiêu chí)|"
                        r"(?:đạt|hoàn thành|vượt)\s+\d{1,2}\s+(?:mục tiêu|chỉ tiêu|tiêu chí)", re.I)
_GOAL_ANY = re.compile(r"mục tiêu|chỉ tiêu|phấn đấu|đến (?:cuối |hết )?năm 20\d\d|hướng tới|hướng đến|tối thiểu|ít nhất", re.I)
_RESULT_CTX = re.compile(r"kết quả|đã hoàn thành|hoàn thành|đạt và vượt|tính đến|đến nay|hiện nay|năm qua|đã đạt|"
                         r"đạt được|hiện có|toàn tỉnh có|đã có", re.I)
_RESULT_HEAD = re.compile(r"kết quả|tình hình|đánh giá|thực trạng|đã đạt|năm qua", re.I)
_NATIONAL_GOAL = re.compile(r"cả nước|toàn quốc|chính phủ đề ra|quốc gia đề ra|mục tiêu chung của|bình quân cả nước", re.I)
def _paren_goal(before: str) -> float:
    """The value sits in parentheses that list goals: "đặt ra 6 mục tiêu (Tỷ trọng ... đạt 20%"."""
    depth, i = 0, len(before) - 1
    while i >= 0:
        ch = before[i]
        if ch == ")":
            depth += 1
        elif ch == "(":
            if depth == 0:
                return float(bool(re.search(r"mục tiêu|chỉ tiêu|phấn đấu|kế hoạch", before[max(0, i - 60):i], re.I)))
            depth -= 1
        i -= 1
    return 0.0


_LEAD_GOAL = re.compile(r"mục tiêu|chỉ tiêu|phấn đấu|đề ra|đặt ra|hướng tới|hướng đến|định hướng|dự kiến|"
                        r"(?:đến|tới|trước) (?:cuối |hết )?(?:năm )?20\d\d", re.I)
_LEAD_RESULT = re.compile(r"kết quả|đạt được|\bđã\b|tình hình|đánh giá|tính (?:đến|tới)|đến nay|hiện nay|năm qua|"
                          r"vừa qua|thực trạng|sơ kết|tổng kết|ghi nhận", re.I)
_LEAD_BACK = 1500       # how far back in its paragraph a value's lead-in is looked for
_LEAD_PARAS = 8         # list items above a value whose lead-in line is looked for


def _lead_colon(t: str, paras, has_value, pi: int, hi: int) -> tuple[int, int]:
    """(paragraph index, offset) of the last ":" before hi in paragraph pi or in the list lines
    right above it; (-1, -1) when prose comes first."""
    j = pi
    while j >= 0 and j > pi - _LEAD_PARAS:
        s, e = paras[j]
        k = t.rfind(":", max(s, min(e, hi) - _LEAD_BACK), min(e, hi))
        if k >= 0:
            return j, k
        if j < pi and t[s:e].strip() and not has_value[j]:
            break               # prose between: no lead-in governs the value
        j -= 1
    return -1, -1


def lead_in(t: str, paras: list[tuple[int, int]], has_value: list[bool], pi: int, start: int) -> tuple[int, int] | None:
    """The sentence that introduces the list a value sits in: the last one ending in ":" before it in
    its paragraph or in the list lines above ("… phấn đấu hoàn thành các chỉ tiêu như: … đạt 40%",
    "Kết quả đạt được đến hết năm 2022 … như sau:" over lines of "… đạt 61%"). A lead-in that names
    neither goals nor results ("Phát triển hạ tầng số:") is a sub-heading: the one above it is read."""
    hi, span = start, None
    for _ in range(3):
        j, k = _lead_colon(t, paras, has_value, pi, hi)
        if k < 0:
            break
        lo = max(paras[j][0], k - 300)
        b = max(t.rfind(". ", lo, k), t.rfind("\n", lo, k), t.rfind("; ", lo, k))
        span = ((b + 1 if b >= 0 else lo), k)
        if _LEAD_GOAL.search(t, *span) or _LEAD_RESULT.search(t, *span):
            break
        hi, pi = span[0], j
    return span


def lead_features(t: str, span: tuple[int, int] | None, years: list[tuple], as_of: int | None,
                  minimal: bool = False) -> dict[str, float]:
    """What the lead-in of a value's list announces: goals ("phấn đấu", "mục tiêu") or results
    ("Kết quả đạt được", "tính đến"), which it says first (its head), and whether a year in it
    is already past for the page ("Kết quả … đến hết năm 2022 …:")."""
    if span is None:
        return {"li_none": 1.0}
    s, e = span
    g = _LEAD_GOAL.search(t, s, e)
    r = _LEAD_RESULT.search(t, s, e)
    f = {"li_goal": float(bool(g)), "li_result": float(bool(r))}
    if minimal:
        return f
    if g and r:
        f["li_first_result" if r.start() < g.start() else "li_first_goal"] = 1.0
    yrs = [y[2] for y in _between(years, s, e)]
    if yrs and as_of is not None:
        f["li_year_past"] = float(max(yrs) < as_of)
    return f


def cue_order(c: "Context") -> dict[str, float]:
    """Which comes last before the value in its sentence: a goal cue or a past one. "Tỉnh đã xây
    dựng Kế hoạch … với mục tiêu đến 2025, 80% …" announces a goal although it opens in the past;
    "mục tiêu … đã đạt 80%" reports one met."""
    t, lo = c.text, max(c.sent[0], c.start - _NEAR)
    g = [m.end() for m in _GOAL_ANY.finditer(t, lo, c.start)]
    p = [m.end() for m in _PAST_CTX.finditer(t, lo, c.start)]
    if not g and not p:
        return {}
    return {"last_goal" if (g[-1] if g else -1) > (p[-1] if p else -1) else "last_past": 1.0}


_AS_OF = re.compile(r"tính (?:đến|tới)|hiện (?:tại|nay|có|đã)|lũy kế|đến thời điểm", re.I)
_MACRO_AFTER = re.compile(r"^\s*(?:\S+\s+){0,3}?(GDP|GRDP)\b")


def result_cues(c: "Context") -> dict[str, float]:
    """A value reported at a date ("Tính đến hết năm 2024, toàn tỉnh có trên 95%", "hiện có"),
    whose "đến hết năm Y" is not a deadline; a share of the national GDP (a national goal
    quoted in a provincial text) rather than of the province's GRDP."""
    t = c.text
    f = {"as_of_sent": float(bool(_AS_OF.search(t, max(c.sent[0], c.start - _NEAR), c.start)))}
    m = _MACRO_AFTER.match(t[c.end:c.end + 40])
    if m:
        f["macro:" + m.group(1)] = 1.0
    return f


def goal_features(c: Context, segment: bool = False, bow: bool = True) -> dict[str, float]:
    t = c.text
    before = t[c.clause[0]:c.start]
    after = t[c.end:c.clause[1]]
    sent_before = t[c.sent[0]:c.start]
    f = {
        "rule": float(c.rule_keep),
        "zone": float(c.zone),
        "block_forward": float(c.block_forward),
        "u:" + (c.unit if c.unit in ("%", "hạng", "bậc", "điểm") else "%" if c.unit == "%/năm" else unit_kind(c.unit)): 1.0,
        "per_year": float(c.unit == "%/năm"),
        "v100": float(c.value >= 100),
        "vsmall": float(c.value < 10),
        "decimal": float(c.value != int(c.value)),
        "paren": float(sent_before.count("(") > sent_before.count(")")),
        "paren_result": float(bool(re.search(r"\((?:[^()]*?)(?:kết quả|đạt|thực hiện|ước)[^()]*$", sent_before, re.I))),
        "paren_goal": _paren_goal(sent_before),
        "past_ctx": float(bool(_PAST_CTX.search(sent_before))),
        "rule_year": float(c.rule_year is not None),
        "annual": float(c.default_year is not None),
        "has_period": float(c.has_period),
        "clause_start": float(not before.strip(" -•*+\n:")),
        "sent_len": _log(len(t[c.sent[0]:c.sent[1]])) / 5,
    }
    for k, rx in _CUES.items():
        if rx.search(before):
            f[k] = 1.0
    # wider context: a results paragraph / section, a national goal, a report rather than a plan
    para_before = t[max(c.para[0], c.start - 3 * _NEAR):c.start]
    prev_sent = t[max(0, c.sent[0] - 200):c.sent[0]]
    f["para_result"] = float(bool(_RESULT_CTX.search(para_before)))
    f["prev_result"] = float(bool(_RESULT_CTX.search(prev_sent)))
    head = c.head
    if head:
        h = t[head[0]:head[1]]
        f["head_result"] = float(bool(_RESULT_HEAD.search(h)))
        f["head_goal"] = float(bool(re.search(r"mục tiêu|chỉ tiêu|phấn đấu|nhiệm vụ", h, re.I)))
    # the whole sentence / paragraph, after the value too: a list of goals shares its cues
    # (windows bounded to _NEAR characters each side, so a huge paragraph costs linear time)
    s0, s1 = max(c.sent[0], c.start - _NEAR), min(c.sent[1], c.end + _NEAR)
    p0, p1 = max(c.para[0], c.start - _NEAR), min(c.para[1], c.end + _NEAR)
    f["sent_goal_any"] = float(bool(_GOAL_ANY.search(t, s0, s1)))
    f["para_goal_any"] = float(bool(_GOAL_ANY.search(t, p0, p1)))
    f["sent_past_after"] = float(bool(_PAST_CTX.search(t, c.end, s1)))
    f["para_past_any"] = float(bool(_PAST_CTX.search(t, p0, p1)))
    # "15/16 mục tiêu … hoàn thành 100%", "đạt và vượt 08/17 chỉ tiêu; trong đó 100% …": a tally of
    # goals met, so the values around it are results
    f["met_tally"] = float(bool(_MET_TALLY.search(t, max(0, c.sent[0] - 200, c.start - _NEAR), s1)))
    f["national_goal"] = float(bool(_NATIONAL_GOAL.search(t, c.sent[0], c.sent[1])))
    for k, rx in _AFTER_CUES.items():
        if rx.search(t, c.end, min(len(t), c.end + 60)):
            f[k] = 1.0
    if not bow:
        return f
    seg = c.sent if segment else None
    f.update(_bow("b:", t, max(c.sent[0], c.start - 50), c.start, 4, True, seg))
    f.update(_bow("a:", t, c.end, min(c.clause[1], c.end + 40), 3, False, seg))
    return f


def year_context(years: list[tuple], start: int, lo: int, as_of: int | None, latest: int | None) -> dict[str, float]:
    """What the nearest year before a value says about its tense: introduced as a deadline
    ("đến 2025, 80% …"), the latest year the text names (a goal looks ahead), or a year the page
    was already past ("Tính đến hết năm 2022, … đạt 100%")."""
    i = bisect.bisect_left(years, (start,)) - 1
    if i < 0 or years[i][0] < lo - 300:
        return {"ny_none": 1.0}
    _, _, yr, cue = years[i]
    return {"ny_cue": float(cue), "ny_latest": float(yr == latest), "ny_old": float(yr <= latest - 3),
            "ny_past": float(as_of is not None and yr < as_of),
            "ny_ahead": float(as_of is not None and yr > as_of)}


_HEADING = re.compile(r"[^\n]{3,140}(?::|(?<![.;,]))\s*$")
_BULLET = re.compile(r"^\s*(?:[-+•*–]|\d+[.)]|[a-zđ][.)])?\s*$")


def headings(t: str, paras: list[tuple[int, int]]) -> list[tuple[int, int] | None]:
    """For each paragraph, the nearest heading line above it ("Mục tiêu cụ thể đến năm 2025:")
    whose list runs down to it (only list items, bullets and value lines between); one pass."""
    out: list[tuple[int, int] | None] = []
    current = None
    for s, e in paras:
        out.append(current)
        line = t[s:e].strip()
        if not line or _BULLET.match(line):
            continue
        if len(line) <= 140 and (line.endswith(":") or not line.endswith((".", ";", ","))) \
                and not re.search(r"\d\s*%", line):
            current = (s, e)
        elif not re.match(r"[-+•*–]|\d+[.)]\s|[^\n]{0,200}\d\s*%", line):
            current = None            # ordinary prose: no heading governs what follows
    return out


_cue_cache: dict = {}


def _between(years: list[tuple], lo: int, hi: int) -> list[tuple]:
    """Year mentions starting in [lo, hi) (years is sorted: a slice, not a scan)."""
    return years[bisect.bisect_left(years, (lo,)):bisect.bisect_left(years, (hi,))]


def _cue_counts(t: str, years) -> dict[int, int]:
    """How often each year is introduced as a deadline in the whole text (one cache slot)."""
    if _cue_cache.get("text") is not t:
        cnt: dict[int, int] = {}
        for _, _, yr, cue in years:
            if cue:
                cnt[yr] = cnt.get(yr, 0) + 1
        _cue_cache.update(text=t, counts=cnt)
    return _cue_cache["counts"]


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
            "past_ctx": float(bool(_PAST_CTX.search(t, max(0, ys - 40), ys + 30))),
            "goal_ctx": float(bool(re.search(r"mục tiêu|chỉ tiêu|phấn đấu", t[max(0, ys - 60):ys], re.I))),
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
    if none_cues:
        cands[None].update(_none_features(c, closest))
    if windows:
        cands[None].update(window_features(c))
    if scope:
        cands[None].update(scope_features(c))
    if isinstance(scope, str) and ("lead" in scope or "colon" in scope or "opening" in scope):
        lead_due_features(c, cands, "lead" in scope or "colon" in scope, "lead" in scope or "opening" in scope)
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
    avg = _AVERAGE.search(t, lo, c.start)
    span = _SPAN.search(t, lo, hi)
    due = _DUE_IN_CLAUSE.search(t, lo, c.start)
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
            "window_clause": float(bool(_WINDOW.search(t, max(c.clause[0], c.start - 300), c.start)))}


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


def scope_features(c: Context) -> dict[str, float]:
    """On "none": what the whole scope of a value says about a single deadline. The scope is the
    value's sentence, the heading over its list, the opening of its block of valued paragraphs
    (with the text just before the value) and the page's head. A term or window named in the
    scope with no deadline ("đến năm Y") in the value's own sentence or heading reads "no single
    deadline"; so does a recurring or average goal ("hằng năm", "bình quân") without one."""
    t = c.text
    sent = t[c.sent[0]:c.sent[1]]
    head = t[c.head[0]:c.head[1]] if c.head else ""
    opener = t[c.block_start:min(c.block_start + 300, c.start)] + " " + t[max(c.block_start, c.start - _SCOPE_REACH):c.start]
    page = t[:400]
    # the value's own deadline: in its clause (";"-bounded, either side of the value), in its
    # sentence's lead up to a colon ("Đến năm 2025: 100% …; 60% …") or in the heading over its list
    colon = t.rfind(":", c.sent[0], c.start)
    due_sent = bool(_DUE_OWN.search(t, c.clause[0], c.clause[1])) or (
        colon >= 0 and bool(_DUE_OWN.search(t, c.sent[0], colon + 1)))
    due_head = bool(_DUE_OWN.search(head))
    due = due_sent or due_head
    term = {k: bool(_TERM.search(x)) for k, x in (("sent", sent), ("head", head), ("block", opener), ("page", page))}
    span = {k: bool(_SPAN_YEARS.search(x)) for k, x in (("sent", sent), ("head", head), ("block", opener), ("page", page))}
    clause = t[max(c.clause[0], c.start - 200):min(c.clause[1], c.end + 40)]
    recurring = bool(_RECURRING.search(clause)) or c.unit == "%/năm"     # not "USD/năm" (per head)
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


_STRONG_GOAL = re.compile(r"phấn đấu|mục tiêu|chỉ tiêu|đến (?:cuối |hết )?năm 20\d\d|hướng tới|hướng đến|đề ra|"
                          r"kế hoạch|dự kiến", re.I)
_PREV_REACH = 6         # paragraphs looked back for the previous paragraph with values


def prev_para_features(t: str, paras: list[tuple[int, int]], has_value: list[bool]) -> list[dict[str, float]]:
    """For each paragraph, what the previous paragraph holding values announced: goals or results.
    A plan's goals run over several paragraphs, and a caption, a photo credit or a short heading
    between them ("Ảnh: …") breaks the run the rule's block sees; long prose without values ends it.
    One pass; each paragraph's cues are read once."""
    out: list[dict[str, float]] = []
    last: dict[str, float] | None = None
    since = 0
    for j, (s, e) in enumerate(paras):
        if last is None or since > _PREV_REACH:
            out.append({"pp_none": 1.0})
        else:
            out.append(last)
        if has_value[j]:
            lo, hi = s, min(e, s + 1500)
            last = {"pp_goal": float(bool(_STRONG_GOAL.search(t, lo, hi))),
                    "pp_result": float(bool(_RESULT_CTX.search(t, lo, hi))),
                    "pp_past": float(bool(_PAST_CTX.search(t, lo, hi)))}
            since = 0
        elif e - s >= 200:
            last, since = None, 0        # prose without values: the run is over
        elif e > s:
            since += 1
    return out


# --- page and section context (found once per text) ----------------------------------------
_TYPE_SYMBOL = re.compile(r"Số\s*:?\s*\d+[^\s|]*?/(KH|BC|CTr|CTR|ĐA|NQ|QĐ)\b")
_TYPE_LINE = re.compile(r"^\s*(KẾ HOẠCH|BÁO CÁO|CHƯƠNG TRÌNH|ĐỀ ÁN|NGHỊ QUYẾT|Kế hoạch|Báo cáo)\b", re.M)
_PLAN_TYPES = {"KH", "CTR", "ĐA", "NQ", "QĐ", "KẾ HOẠCH", "CHƯƠNG TRÌNH", "ĐỀ ÁN", "NGHỊ QUYẾT"}


def page_type(t: str) -> str:
    """"plan" (Kế hoạch, Chương trình, Đề án, Nghị quyết), "report" (Báo cáo) or "other" (news,
    articles), from the header's symbol or the type line of the first 1,000 characters."""
    head = t[:1000]
    m = _TYPE_SYMBOL.search(head) or _TYPE_LINE.search(head)
    if not m:
        return "other"
    return "report" if m.group(1).upper() in ("BC", "BÁO CÁO") else "plan"


_SECTION = re.compile(r"^\s*(?:(?:PHẦN|Phần|CHƯƠNG|Chương)\s+\S+|[IVX]{1,4}[.)/]|\d{1,2}(?:\.\d{1,2}){0,2}[.)]?|"
                      r"[a-zđ][.)])\s+\S")
_ROMAN = re.compile(r"^\s*(?:(?:PHẦN|Phần|CHƯƠNG|Chương)\s|[IVX]{1,4}[.)/]\s)")
_SEC_RESULT = re.compile(r"kết quả|tình hình|đánh giá|thực trạng|đã đạt|năm qua|tổng kết|sơ kết", re.I)
_SEC_GOAL = re.compile(r"mục tiêu|chỉ tiêu|phương hướng|định hướng|yêu cầu", re.I)
_SEC_TASK = re.compile(r"nhiệm vụ|giải pháp|tổ chức thực hiện|phân công", re.I)


def _section_class(line: str) -> str:
    for name, rx in (("result", _SEC_RESULT), ("goal", _SEC_GOAL), ("task", _SEC_TASK)):
        if rx.search(line[:120]):
            return name
    return "other"


def section_heads(t: str, paras: list[tuple[int, int]]) -> list[tuple[tuple[int, int] | None, tuple[int, int] | None]]:
    """For each paragraph, the span of the top section heading ("II. MỤC TIÊU", "Phần I") and of
    the nearest numbered heading ("2. Kết quả đạt được") above it, a numbered short line without a
    value (None: no such heading); one pass."""
    out: list = []
    top = sub = None
    for s, e in paras:
        out.append((top, sub))
        line = t[s:e].strip()
        if not line or len(line) > 160 or not _SECTION.match(line) or re.search(r"\d\s*%", line):
            continue
        if _ROMAN.match(line) or (line.isupper() and len(line) > 8):
            top, sub = (s, e), None
        else:
            sub = (s, e)
    return out


def sections(t: str, paras: list[tuple[int, int]], heads: list | None = None) -> list[tuple[str, str]]:
    """For each paragraph, the class (result / goal / task / other / none) of the top section and of
    the nearest numbered heading above it (section_heads)."""
    def cls(span):
        return "none" if span is None else _section_class(t[span[0]:span[1]].strip())
    return [(cls(top), cls(sub)) for top, sub in (heads if heads is not None else section_heads(t, paras))]


def list_shares(flags: list[tuple[object, bool, bool]]) -> list[dict[str, float]]:
    """flags: per value (its list's key, a past cue in its own clause, a forward cue in its own
    clause). A list's values share their status, so each value gets the share of the OTHER values
    of its list with each cue, and the list's size."""
    tot: dict[object, list[int]] = {}
    for key, past, fwd in flags:
        a = tot.setdefault(key, [0, 0, 0])
        a[0] += 1; a[1] += past; a[2] += fwd
    out = []
    for key, past, fwd in flags:
        n, p, f = tot[key]
        others = n - 1
        if not others:
            out.append({"list_single": 1.0})
            continue
        out.append({"list_past": (p - past) / others, "list_fwd": (f - fwd) / others,
                    "list_size": _log(others) / 3})
    return out


def _group_stats(probs: list[float], keys: list) -> dict[object, list]:
    """Per key: [sum, count, best index, best, second best], so "the others' mean / max" costs
    constant time per value (a paragraph of thousands of values stays linear)."""
    by: dict[object, list] = {}
    for i, (p, key) in enumerate(zip(probs, keys)):
        a = by.setdefault(key, [0.0, 0, -1, -1.0, -1.0])
        a[0] += p; a[1] += 1
        if p > a[3]:
            a[2], a[3], a[4] = i, p, a[3]
        elif p > a[4]:
            a[4] = p
    return by


def stack_features(probs: list[float], lists: list[object], groups: dict[str, list] | None = None) -> list[dict[str, float]]:
    """Second pass of the goal decision: a page's values share their status (a plan's list of
    goals, a report's list of results), so each value gets the first pass's mean verdict on the
    OTHER values of its page and of its list, and on its neighbours. groups (the tenth pass):
    more keys per value ({"sent": …, "block": …}); each adds the mean and the max verdict of the
    other values sharing that key, and the page and list get their max too."""
    n = len(probs)
    wide = groups is not None
    keyed = {"page": [0] * n, "list": lists, **(groups or {})}
    stats = {name: _group_stats(probs, keys) for name, keys in keyed.items()}
    out = []
    for i, p in enumerate(probs):
        f: dict[str, float] = {}
        for name, keys in keyed.items():
            total, count, bi, b1, b2 = stats[name][keys[i]]
            if count > 1:
                f["st_" + name] = (total - p) / (count - 1)
                if wide:
                    f[f"st_{name}_max"] = b2 if bi == i else b1
        if i > 0:
            f["st_prev"] = probs[i - 1]
        if i + 1 < n:
            f["st_next"] = probs[i + 1]
        out.append(f)
    return out


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


def page_kind_features(tokens: list[str], idf: dict[str, float]) -> dict[str, float]:
    """tf-idf (sublinear tf, l2-normalised) over the trained vocabulary, as sklearn's
    TfidfVectorizer(sublinear_tf=True) computes it, so the shipped weights apply unchanged."""
    counts: dict[str, int] = {}
    for tok in tokens:
        if tok in idf:
            counts[tok] = counts.get(tok, 0) + 1
    vec = {tok: (1.0 + math.log(n)) * idf[tok] for tok, n in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {tok: v / norm for tok, v in vec.items()}


def page_kind_prob(model, t: str) -> float:
    """The page-kind model's probability that the page announces goals."""
    return model.prob(page_kind_features(page_tokens(t), model.meta["idf"]))


def page_kind_goal_features(p: float) -> dict[str, float]:
    """The page kind as goal features: its probability, centred so "unsure" weighs nothing."""
    return {"pk": p - 0.5}


# --- seventh pass: how a year is tied to THIS value, and the value's own predicate ---------------
_BASE_YEAR = re.compile(r"(?:so với|so cùng kỳ|gốc|từ mức|tăng từ)\s+(?:cùng kỳ\s+)?(?:năm\s+)?$", re.I)
_CHUNK_STOP = re.compile(r"[;:(\n]|,(?!\d)")     # not a decimal comma ("15,38%")


def _closed_paren(gap: str) -> bool:
    """A ")" in gap closes a parenthesis opened before it: the year sat inside a parenthetical
    that ends before the value ("90% … (năm 2030 đạt 100%), 80% …": 2030 is the first value's)."""
    depth = 0
    for ch in gap:
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                return True
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
        f["past_between"] = float(before and bool(_PAST_CTX.search(gap)))
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


_PRED_GOAL = re.compile(r"phấn đấu|mục tiêu|chỉ tiêu|\bsẽ\b|\bphải\b|\bcần\b|tối thiểu|ít nhất|hướng (?:tới|đến)|"
                        r"nâng (?:tỷ lệ |lên)|bảo đảm|đảm bảo|dự kiến|giao|kế hoạch", re.I)
_PRED_PAST = re.compile(r"\bđã\b|đạt được|\bước\b|hiện|đến nay|chỉ đạt|\bvừa\b|tính (?:đến|tới)|thực hiện được|"
                        r"so với|cùng kỳ|lũy kế|tương ứng", re.I)
_PRED_PLAIN = re.compile(r"\bđạt\b|chiếm|\blà\b|\bcó\b|ở mức|\blên\b|\btăng\b|\bgiảm\b|\bcòn\b", re.I)


def predicate_features(c: "Context", years: list[tuple], as_of: int | None, latest: int | None,
                       year_only: bool = False) -> dict[str, float]:
    """The value's own predicate: the words governing it inside its comma chunk (from the last
    ",;:(" or line break before it), not the sentence's cues ("năm 2021 là 15,38%, …, năm 2025
    phấn đấu đạt 25%"), and the year written in that chunk against the page's date and the
    latest year of the text (a value at a year after the page's date is a goal)."""
    t = c.text
    lo = c.clause[0]
    for m in _CHUNK_STOP.finditer(t, max(lo, c.start - 200), c.start):
        lo = m.end()
    chunk = t[lo:c.start]
    f = {} if year_only else {
        "pr_goal": float(bool(_PRED_GOAL.search(chunk))), "pr_past": float(bool(_PRED_PAST.search(chunk))),
        "pr_plain": float(bool(_PRED_PLAIN.search(chunk))), "pr_empty": float(not re.search(r"[^\W\d_]", chunk))}
    own = _between(years, lo, c.start)
    if not own:     # "…: 80% (năm 2025)" / "đạt 80% vào năm 2025": a year right after the value in its chunk
        m = _CHUNK_STOP.search(t, c.end, min(c.clause[1], c.end + 40))
        own = _between(years, c.end, m.start() if m else min(c.clause[1], c.end + 40))[:1]
    if not own:
        f["oy_none"] = 1.0
        return f
    yr = own[-1][2]
    if as_of is not None:
        f["oy_past"] = float(yr < as_of)
        f["oy_ahead"] = float(yr > as_of)
    if latest is not None:
        f["oy_latest"] = float(yr == latest)
        f["oy_old"] = float(yr < latest)
    return f


def period_year_features(cands: list[tuple], period: tuple[int, int]) -> None:
    """A year candidate that opens or closes the page's own period ("Kế hoạch … giai đoạn
    2021-2025"): in a multi-year document a goal without its own year has none."""
    for yr, f in cands:
        if yr is not None:
            f["period_end"] = float(yr == period[1])
            f["period_start"] = float(yr == period[0])


# --- tenth pass: the sentence that opens a prose run of values --------------------------------
_OPENER_REACH, _OPENER_SENTS = 1500, 6


def run_opener(t: str, sents, value_starts: list[int], para: tuple[int, int], start: int) -> tuple[int, int] | None:
    """The last sentence before the value, in its paragraph, that holds no value itself: the one
    that opens the run of valued sentences the value belongs to ("Hội nghị … giao chỉ tiêu … năm
    2025. Theo đó, … tăng 4,18% so với cùng kỳ. Giá trị sản xuất … tăng 6,57% …"). Bounded
    (1,500 characters, 6 sentences back)."""
    lo = max(para[0], start - _OPENER_REACH)
    s = sents.bounds(start)[0]
    for _ in range(_OPENER_SENTS):
        if s <= lo:
            return None
        ps, pe = sents.bounds(s - 1)
        ps = max(ps, lo)
        i = bisect.bisect_left(value_starts, ps)
        if i >= len(value_starts) or value_starts[i] >= pe:
            return ps, pe
        s = ps
    return None


def opener_features(t: str, span: tuple[int, int] | None, years: list[tuple], as_of: int | None) -> dict[str, float]:
    """What the run's opening sentence announces: goals or results, and a year after or before
    the page's own date (next year's goals set at a year-end meeting)."""
    if span is None:
        return {"op_none": 1.0}
    s, e = span
    f = {"op_goal": float(bool(_LEAD_GOAL.search(t, s, e))), "op_result": float(bool(_LEAD_RESULT.search(t, s, e)))}
    yrs = [y[2] for y in _between(years, s, e)]
    if yrs and as_of is not None:
        f["op_ahead"] = float(max(yrs) > as_of)
        f["op_past"] = float(max(yrs) < as_of)
    return f


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
