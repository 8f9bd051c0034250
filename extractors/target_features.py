"""Features for the goal decision: is a numeric mention a goal, a result or a statistic? Its
context (`Context`), cues, list lead-in, the page's type and sections, list shares and the run of
prose it opens. The deadline ranking's features are in `deadline_features`, the learned text
models' (page kind, block, clause) in `text_models`."""
from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from extractors.normalize import fold
from extractors.target_units import unit_kind
from extractors.textutil import option_tokens, search_i, slice_search_i
from extractors.textutil import _without_i, finditer_i, lowered_page     # spd30: re.I patterns over the lowered page
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
_PAREN_RESULT = re.compile(r"\((?:[^()]*?)(?:kết quả|đạt|thực hiện|ước)[^()]*$", re.I)
_PARENS = re.compile(r"[()]")


def _paren_goal(before: str) -> float:
    """The value sits in parentheses that list goals: "đặt ra 6 mục tiêu (Tỷ trọng ... đạt 20%"."""
    depth = 0
    for m in reversed(list(_PARENS.finditer(before))):      # the parentheses only, last first
        if m.group() == ")":
            depth += 1
        elif depth == 0:
            i = m.start()
            return float(bool(re.search(r"mục tiêu|chỉ tiêu|phấn đấu|kế hoạch", before[max(0, i - 60):i], re.I)))
        else:
            depth -= 1
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
    f = {"as_of_sent": float(bool(search_i(_AS_OF, t, max(c.sent[0], c.start - _NEAR), c.start)))}
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
        "u:" + (c.unit if c.unit in ("%", "hạng", "bậc", "điểm") else "điểm" if c.unit.startswith("điểm %") else "%" if c.unit in ("%/năm", "‰") else unit_kind(c.unit)): 1.0,
        "per_year": float(c.unit == "%/năm"),
        "v100": float(c.value >= 100),
        "vsmall": float(c.value < 10),
        "decimal": float(c.value != int(c.value)),
        "paren": float(sent_before.count("(") > sent_before.count(")")),
        "paren_result": float(bool(slice_search_i(_PAREN_RESULT, t, c.sent[0], c.start))),
        "paren_goal": _paren_goal(sent_before),
        "past_ctx": float(bool(slice_search_i(_PAST_CTX, t, c.sent[0], c.start))),
        "rule_year": float(c.rule_year is not None),
        "annual": float(c.default_year is not None),
        "has_period": float(c.has_period),
        "clause_start": float(not before.strip(" -•*+\n:")),
        "sent_len": _log(len(t[c.sent[0]:c.sent[1]])) / 5,
    }
    for k, rx in _CUES.items():
        if slice_search_i(rx, t, c.clause[0], c.start):
            f[k] = 1.0
    # wider context: a results paragraph / section, a national goal, a report rather than a plan
    # (re.I searches over the lowered page: the same matches for less CPU, textutil.search_i)
    f["para_result"] = float(bool(slice_search_i(_RESULT_CTX, t, max(c.para[0], c.start - 3 * _NEAR), c.start)))
    f["prev_result"] = float(bool(slice_search_i(_RESULT_CTX, t, max(0, c.sent[0] - 200), c.sent[0])))
    head = c.head
    if head:
        h = t[head[0]:head[1]]
        f["head_result"] = float(bool(_RESULT_HEAD.search(h)))
        f["head_goal"] = float(bool(re.search(r"mục tiêu|chỉ tiêu|phấn đấu|nhiệm vụ", h, re.I)))
    # the whole sentence / paragraph, after the value too: a list of goals shares its cues
    # (windows bounded to _NEAR characters each side, so a huge paragraph costs linear time)
    s0, s1 = max(c.sent[0], c.start - _NEAR), min(c.sent[1], c.end + _NEAR)
    p0, p1 = max(c.para[0], c.start - _NEAR), min(c.para[1], c.end + _NEAR)
    f["sent_goal_any"] = float(bool(search_i(_GOAL_ANY, t, s0, s1)))
    f["para_goal_any"] = float(bool(search_i(_GOAL_ANY, t, p0, p1)))
    f["sent_past_after"] = float(bool(search_i(_PAST_CTX, t, c.end, s1)))
    f["para_past_any"] = float(bool(search_i(_PAST_CTX, t, p0, p1)))
    # "15/16 mục tiêu … hoàn thành 100%", "đạt và vượt 08/17 chỉ tiêu; trong đó 100% …": a tally of
    # goals met, so the values around it are results
    f["met_tally"] = float(bool(search_i(_MET_TALLY, t, max(0, c.sent[0] - 200, c.start - _NEAR), s1)))
    f["national_goal"] = float(bool(search_i(_NATIONAL_GOAL, t, c.sent[0], c.sent[1])))
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


def _between(years: list[tuple], lo: int, hi: int) -> list[tuple]:
    """Year mentions starting in [lo, hi) (years is sorted: a slice, not a scan)."""
    return years[bisect.bisect_left(years, (lo,)):bisect.bisect_left(years, (hi,))]


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
_CHUNK_STOP = re.compile(r"[;:(\n]|,(?!\d)")     # not a decimal comma ("15,38%")


_PRED_GOAL = re.compile(r"phấn đấu|mục tiêu|chỉ tiêu|\bsẽ\b|\bphải\b|\bcần\b|tối thiểu|ít nhất|hướng (?:tới|đến)|"
                        r"nâng (?:tỷ lệ |lên)|bảo đảm|đảm bảo|dự kiến|giao|kế hoạch", re.I)
_PRED_PAST = re.compile(r"\bđã\b|đạt được|\bước\b|hiện|đến nay|chỉ đạt|\bvừa\b|tính (?:đến|tới)|thực hiện được|"
                        r"so với|cùng kỳ|lũy kế|tương ứng", re.I)
_PRED_PLAIN = re.compile(r"\bđạt\b|chiếm|\blà\b|\bcó\b|ở mức|\blên\b|\btăng\b|\bgiảm\b|\bcòn\b", re.I)


# --- seventh pass: the value's own predicate ------------------------------------------------------
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


# --- run18: the goal cue governing a value's run of chunks ------------------------------------
# a goal verb decides by order against a result cue; a goal noun ("chỉ tiêu", "kế hoạch") only when
# no result cue is there ("kết quả thực hiện các chỉ tiêu" reports)
_GOV_VERB = re.compile(r"phấn đấu|đề ra|đặt ra|dự kiến|\bgiao\b|hướng (?:tới|đến)|định hướng|\bsẽ\b|\bphải\b|"
                       r"(?:đến|tới|trước) (?:cuối |hết )?(?:năm )?20\d\d", re.I)
_GOV_NOUN = re.compile(r"mục tiêu|chỉ tiêu|kế hoạch", re.I)
# result cues; "so với cùng kỳ" is left out: a goal worded as growth shares it with a result
_GOV_RESULT = re.compile(r"kết quả|đạt được|\bđã\b|\bước\b|tính (?:đến|tới)|đến nay|hiện nay|năm qua|vừa qua|"
                         r"thực trạng|sơ kết|tổng kết|ghi nhận|hoàn thành|vượt", re.I)
_GOV_BREAK = re.compile(r"(?<=[.;!?…])\s+|\n")
_GOV_REACH, _GOV_CHUNKS = 1500, 8


def _chunk_cue(t: str, s: int, e: int) -> str | None:
    """"goal", "result" or None: what the chunk t[s:e] announces."""
    v = [m.end() for m in _GOV_VERB.finditer(t, s, e)]
    r = [m.end() for m in _GOV_RESULT.finditer(t, s, e)]
    if v and (not r or v[-1] > r[-1]):
        return "goal"
    if r:
        return "result"
    return "goal" if _GOV_NOUN.search(t, s, e) else None


class Governors:
    """A text cut into chunks (sentences and ";" items); a chunk's last cue (goal or result) and
    whether it holds a value are read when a value first asks (most chunks hold no value and
    govern none), so each value finds the chunk governing its run in a few steps back."""

    def __init__(self, t: str, value_starts: list[int]):
        self.t = t
        self.value_starts = value_starts
        self.starts = [0] + [m.end() for m in _GOV_BREAK.finditer(t)]
        self._cue: dict[int, str | None] = {}

    def _end(self, j: int) -> int:
        return self.starts[j + 1] if j + 1 < len(self.starts) else len(self.t)

    def cue(self, j: int) -> str | None:
        if j not in self._cue:
            self._cue[j] = _chunk_cue(self.t, self.starts[j], self._end(j))
        return self._cue[j]

    def valued(self, j: int) -> bool:
        i = bisect.bisect_left(self.value_starts, self.starts[j])
        return i < len(self.value_starts) and self.value_starts[i] < self._end(j)

    def chunk_of(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def governor(self, para: tuple[int, int], start: int) -> tuple[int, int, bool] | None:
        """(chunk index, chunks crossed, a valueless chunk crossed) of the nearest chunk before the
        value's own, in its paragraph, that carries a goal or result cue; None when there is none
        within reach (1,500 characters, 8 chunks)."""
        k = self.chunk_of(start)
        gap = False
        for j in range(k - 1, max(-1, k - 1 - _GOV_CHUNKS), -1):
            if self.starts[j] < para[0] or start - self.starts[j] > _GOV_REACH:
                return None
            if self.cue(j) is not None:
                return j, k - 1 - j, gap
            gap = gap or (not self.valued(j) and bool(self.t[self.starts[j]:self._end(j)].strip()))
        return None


def governor_features(g: Governors, para: tuple[int, int], start: int, years: list[tuple],
                      as_of: int | None, mode: bool | str = True) -> dict[str, float]:
    """What governs a value whose own chunk may carry no cue: the nearest earlier chunk of its
    paragraph with a cue ("Theo đó, … phấn đấu … đạt 3.563 tỷ đồng, tăng 4,18% so với cùng kỳ.
    Giá trị sản xuất … đạt 6.605 tỷ đồng …"; "đề ra 29 chỉ tiêu. Cụ thể, phấn đấu …; …; …"): goal
    or result (its last cue), how far back, whether valueless prose lies between, and whether the
    latest year of its paragraph before the value is after or before the page's own date.
    mode "min": the governor's cue and years only (not the value's own chunk, distance or gap);
    "uncued": the governor only for a value whose own chunk carries no cue."""
    own = g.cue(g.chunk_of(start))
    minimal = mode == "min"
    f = {} if minimal else {"gv_own_goal": float(own == "goal"), "gv_own_result": float(own == "result")}
    if mode == "uncued" and own is not None:
        return f            # the value's own chunk speaks for it
    hit = g.governor(para, start)
    if hit is None:
        f["gv_none"] = 1.0
        return f
    j, crossed, gap = hit
    f["gv_" + g.cue(j)] = 1.0
    if not minimal:
        f["gv_dist"] = _log(crossed) / 2
        f["gv_gap"] = float(gap)
    yrs = [y[2] for y in _between(years, max(para[0], start - _GOV_REACH), start)]
    if yrs and as_of is not None:
        f["gv_ahead"] = float(max(yrs) > as_of)
        f["gv_past"] = float(max(yrs) < as_of)
    return f


def after_cues(c: Context) -> dict[str, float]:
    """The cues right after the value ("80% trở lên", "tăng 6,57% so với cùng kỳ", "(mục tiêu …")
    anchored at the value's end (option `after_fix`, measured and off: docs/extraction.md, run18).
    goal_features read them with `search(t, pos)`, where "^" never matches at pos, so they never
    fired; that dead loop is removed (session 16) and the shipped outputs are unchanged."""
    tail = c.text[c.end:c.end + 60]
    return {"fx_" + k: 1.0 for k, rx in _AFTER_CUES.items() if rx.search(tail)}


# statistics and reports read as goals (fp18): a series over past years, a count with its share,
# a goal set against its result, a goal revised or met, a goal of a central document
_BUT = re.compile(r"nhưng|song|trong khi", re.I)
_YEARISH = re.compile(r"\b(?:19|20)\d\d\b")
_COUNT_SHARE_AFTER = re.compile(r"^\s*(?:[^\W\d]+\s+){0,3}?\(\s*(?:tỷ lệ|chiếm|đạt|bằng)?\s*\d[\d.,]*\s*%\s*\)", re.I)
_SHARE_OF_COUNT = re.compile(r"\d[\d.,]*\s+(?:[^\W\d]+\s+){0,3}?\(\s*(?:tỷ lệ|chiếm|đạt|bằng)?\s*$", re.I)
_NO_STOP = r"(?:[^.;]|\.(?=\d))"       # "165.000" is a number, not a stop
_CONTRAST_AFTER = re.compile(r"^" + _NO_STOP + r"{0,160}?(?:\bnhưng\b|\bsong\b|trong khi)" + _NO_STOP + r"{0,60}?"
                             r"(?:\bđã\b|thực hiện được|thực hiện đạt|chỉ đạt|ước (?:đạt|thực hiện)|\bđạt\b)", re.I)
_CONTRAST_BEFORE = re.compile(r"(?:mục tiêu|chỉ tiêu|kế hoạch)" + _NO_STOP + r"{0,200}?(?:\bnhưng\b|\bsong\b)" + _NO_STOP + r"{0,80}$", re.I)
_REVISED_AFTER = re.compile(r"^\s*(?:%|[^\W\d]+)?\s*lên\s+\d", re.I)
_MET_BEFORE = re.compile(r"(?:hoàn thành|đạt và vượt|vượt)\s+(?:các\s+|vượt\s+)?(?:mục tiêu|chỉ tiêu|kế hoạch)[^.;]{0,60}$", re.I)
_PAST_PRED_AFTER = re.compile(r"^[^.;:()]{0,80}?\bđã\b", re.I)
_ONLY_REACHED = re.compile(r"(?:mới|chỉ|vẫn chỉ)\s+đạt\b", re.I)
_TALLY_FRACTION = re.compile(r"\d{1,2}\s*/\s*\d{1,2}\s|(?:đạt và )?vượt\s", re.I)   # not "đạt 15 tiêu chí/xã"
_TALLY_PAST = re.compile(r"\bđã\b|đạt và vượt|hoàn thành|\bđạt\b|\bvượt\b", re.I)
_SINCE_YEAR_END = re.compile(r"^\s*(?:%|[^\W\d]+)?\s*so với (?:cuối|hết) năm", re.I)
_TO_DATE = re.compile(r"(?:đến nay|hiện nay|tính đến nay)[^.;:]{0,60}?\bđã\b", re.I)
_ONCE_SET = re.compile(r"\btừng\s+(?:đề ra|đặt ra|đặt|đề)", re.I)
_CENTRAL_DOC = re.compile(r"[-/](?:NQ-CP|QĐ-TTg|NQ-TW|NQ/TW|CT-TTg|NQ-QH\d*|QH\d+)\b|Bộ Chính trị|Chính phủ|Thủ tướng|"
                          r"Chiến lược quốc gia|Chương trình (?:mục tiêu quốc gia|chuyển đổi số quốc gia)|Ủy ban Quốc gia", re.I)
_LOCAL_SUBJ = re.compile(r"\b(?:tỉnh|thành phố|toàn tỉnh|huyện|địa phương)\b", re.I)


def statistic_features(c: "Context", as_of: int | None, full: bool = True) -> dict[str, float]:
    """Figures that look like goals but report: "các năm 2020 - 2024 lần lượt là 12,66%, …" (a
    series over past years), "cả nước có 2.045 xã (23%)" (a count with its share), "mục tiêu là
    49,7 tỷ USD nhưng đã thực hiện 50,14 tỷ USD" (a goal set against its result), "từ 5,5% lên 8%"
    (a goal revised), "hoàn thành chỉ tiêu 100%", "10/16 mục tiêu … đã hoàn thành. Trong đó, 100% …"
    (the details of a tally of goals met), "từng đề ra", "tăng 4,8% so với cuối năm 2021" (growth since a
    year's end), "đến nay cả nước đã có gần 74%" (to date), a central document's goal. full=False reads
    only the features of the veto (STAT_VETO)."""
    t = c.text
    lo = max(c.sent[0], c.start - _NEAR)
    before = t[lo:c.start]
    after = t[c.end:min(c.sent[1], c.end + 300)]
    f: dict[str, float] = {}
    at = max(before.rfind("lần lượt"), before.rfind("Lần lượt"))
    if at >= 0:
        f["st:series"] = 1.0
        yrs = [int(y) for y in _YEARISH.findall(before[:at])]
        if yrs and as_of is not None and max(yrs) < as_of:
            f["st:series_past"] = 1.0
        elif yrs and as_of is None and not _LEAD_GOAL.search(before):
            f["st:series_years"] = 1.0
    if _COUNT_SHARE_AFTER.match(after) or (c.unit == "%" and _SHARE_OF_COUNT.search(before[-80:])):
        f["st:count_share"] = 1.0
    # the cheap test of a contrast word first: these two patterns are the costly ones
    if _BUT.search(after, 0, 240) and _CONTRAST_AFTER.match(after):
        f["st:contrast_goal"] = 1.0
    if _BUT.search(before, max(0, len(before) - 100)) and _CONTRAST_BEFORE.search(before):
        f["st:contrast_result"] = 1.0
    if _REVISED_AFTER.match(after):
        f["st:revised"] = 1.0
    if _MET_BEFORE.search(before[-120:]):
        f["st:met"] = 1.0
    if full and _PAST_PRED_AFTER.match(after):
        f["st:past_pred"] = 1.0
    if full and _ONLY_REACHED.search(before[-60:]):
        f["st:only_reached"] = 1.0
    tally = _MET_TALLY.search(t, max(0, c.sent[0] - 200), c.start)
    if tally:
        f["st:met_tally"] = 1.0
        # "10/16 mục tiêu … đã hoàn thành. Trong đó, 100% …", not "phấn đấu hoàn thành 28 chỉ tiêu"
        back = max(0, tally.start() - 120)
        lo = max(t.rfind(".", back, tally.start()), t.rfind("\n", back, tally.start()), back - 1) + 1
        hi = min(c.start, tally.end() + 80)
        if _TALLY_FRACTION.match(tally.group(0)) and _TALLY_PAST.search(t, tally.start(), hi) and not (_LEAD_GOAL.search(t, lo, tally.start())
                                                             or _LEAD_GOAL.search(t, tally.end(), hi)):
            f["st:met_tally_past"] = 1.0
    if ("từng" in before or "Từng" in before) and _ONCE_SET.search(before):
        f["st:once_set"] = 1.0
    if _SINCE_YEAR_END.match(after):
        f["st:since_year_end"] = 1.0
    if _TO_DATE.search(before[-100:]):
        f["st:to_date"] = 1.0
    if not full:
        return f
    m = None
    for m in _CENTRAL_DOC.finditer(before):
        pass
    if m is not None:
        f["st:central" + ("_local" if _LOCAL_SUBJ.search(before, m.end()) else "")] = 1.0
    return f


# the statistic features that held no gold goal on parts A-H + devset (fp18): a value carrying one is
# not emitted, whatever the goal model says ("st:central" and "st:series" alone do hold goals)
STAT_VETO = ("st:series_past", "st:series_years", "st:count_share", "st:contrast_goal", "st:contrast_result", "st:met",
             "st:met_tally_past", "st:revised", "st:once_set", "st:since_year_end", "st:to_date")


def statistic_veto(c: "Context", as_of: int | None, extra: tuple[str, ...] = ()) -> bool:
    """Whether the value reports rather than sets a goal, by the features of `statistic_features`
    that never marked a goal in the annotated corpus (and `extra` ones, for trials)."""
    f = statistic_features(c, as_of, full=bool(extra))
    return any(k in f for k in STAT_VETO + extra)


# fp19: the candidates of a veto learned per training set (`train.learned_veto` keeps those that mark no
# goal among its rows, fp18's rule), so cross-validation measures the choice
_TALLY_BACK = 1200      # how far before the value's sentence a tally of goals met is looked for
_MONTH_READING = re.compile(r"(\S+)\s+tháng\s+\d{1,2}\s*/\s*20\d\d\b[^.;:\d]{0,30}?\b(?:đạt|là|chiếm)\s*"
                            r"(?:khoảng|gần|hơn|trên)?\s*$", re.I)
_MONTH_AHEAD = ("đến", "tới", "trước", "vào", "từ", "trong", "hết", "cuối")     # "đến tháng 12/2025 đạt": a goal
_CO_BEFORE = re.compile(r"\bcó\s+(?:khoảng|gần|hơn|trên)?\s*$", re.I)


def _past_tally(t: str, tally: re.Match, hi: int) -> bool:
    """A tally of goals met ("10/16 mục tiêu … đã hoàn thành", "đã hoàn thành 12/15 chỉ tiêu", "đạt và vượt
    12 chỉ tiêu"), not one set ("phấn đấu hoàn thành 15/16 mục tiêu"): a past verb just before or after
    it and no goal cue around it."""
    back = max(0, tally.start() - 120)
    lo = max(t.rfind(".", back, tally.start()), t.rfind("\n", back, tally.start()), back - 1) + 1
    hi = min(hi, tally.end() + 80)
    return bool(_TALLY_FRACTION.match(tally.group(0)) and _TALLY_PAST.search(t, max(lo, tally.start() - 30), hi)
                and not (_LEAD_GOAL.search(t, lo, tally.start()) or _goal_cue(t, tally.end(), hi)))


def _goal_cue(t: str, lo: int, hi: int) -> bool:
    """A goal cue in t[lo:hi] other than the "chỉ tiêu" of another tally ("7/14 chỉ tiêu đã đạt; 6/14
    chỉ tiêu còn lại …")."""
    return bool(_LEAD_GOAL.search(_MET_TALLY.sub(" ", t[lo:hi])))


def _tally_back(c: "Context") -> dict[str, float]:
    """A tally of goals met in the paragraphs before the value's sentence, and no goal cue in that
    sentence before the value: "10/16 mục tiêu … đã hoàn thành.\\nTrong đó, …\\nTrên 50% doanh nghiệp …";
    _clear: no goal cue either between the tally and the value."""
    t = c.text
    if _LEAD_GOAL.search(t, c.sent[0], c.start):
        return {}
    last = None
    for m in _MET_TALLY.finditer(t, max(0, c.sent[0] - _TALLY_BACK), c.sent[0]):
        if _past_tally(t, m, c.sent[0]):
            last = m
    if last is None:
        return {}
    if _goal_cue(t, last.end(), c.start):
        return {"st:tally_back": 1.0}
    return {"st:tally_back": 1.0, "st:tally_back_clear": 1.0}


_THRESHOLD_BEFORE = re.compile(r"(?:\btừ|\bdưới)\s*$", re.I)
_FIGURE = re.compile(r"\b(\d[\d.,]*)\s*(?:%|[^\W\d])")


def _threshold_of(c: "Context") -> bool:
    """A counted threshold inside another figure's subject, not a goal of its own: "100% sản phẩm OCOP từ
    3 sao trở lên", "10% số xã … và không còn xã dưới 15 tiêu chí": "từ … trở lên" or "dưới" around a
    non-percentage value, and another figure earlier in its clause with no comma between them (outside
    parentheses). ("tối thiểu", "ít nhất", "trên" as well marked 4 goals of 10 rows on A-H: left out.)"""
    if c.unit.startswith("%"):
        return False
    t = c.text
    seg = re.sub(r"\([^()]*\)", "", t[max(c.clause[0], c.start - 160):c.start])
    th = _THRESHOLD_BEFORE.search(seg)
    if not th:
        return False
    word = th.group(0).strip().lower()
    if not (word == "dưới" or word == "từ" and "trở lên" in t[c.end:c.end + 30]):
        return False
    seg = seg[seg.rfind(",") + 1:th.start()]
    return any(not re.fullmatch(r"(?:19|20)\d\d", m.group(1)) for m in _FIGURE.finditer(seg))


def veto_pool(c: "Context", as_of: int | None) -> dict[str, float]:
    """The candidates of the learned veto: fp18's vetoing statistic features, a tally of goals met
    paragraphs before (`_tally_back`), a month's reading ("cả nước tháng 10/2025 đạt 39,98%"), a count
    said done ("có 100% thủ tục … đã được cung cấp")."""
    f = {k: v for k, v in statistic_features(c, as_of, full=False).items() if k in STAT_VETO}
    t = c.text
    f.update(_tally_back(c))
    m = _MONTH_READING.search(t, max(c.sent[0], c.start - 90), c.start)
    if m and m.group(1).lower() not in _MONTH_AHEAD:
        f["st:month_reading"] = 1.0
    if _threshold_of(c):
        f["st:threshold_of"] = 1.0
    if _CO_BEFORE.search(t, c.clause[0], c.start) and _PAST_PRED_AFTER.match(t[c.end:min(c.sent[1], c.end + 300)]):
        f["st:co_past"] = 1.0
    return f


def learned_veto(c: "Context", as_of: int | None, veto) -> bool:
    """Whether the value carries a feature of the veto learned on the training set (`train.learned_veto`)."""
    return bool(veto) and not veto_pool(c, as_of).keys().isdisjoint(veto)


# miss20: which cue governs the value's own sentence up to it, a goal or a past one (the last wins);
# a goal noun after a result verb ("hoàn thành các mục tiêu", "so với kế hoạch") is a past cue
_OWN_GOAL = re.compile(r"phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|đề ra|đặt ra|dự kiến|hướng (?:tới|đến)|định hướng|"
                       r"\bsẽ\b|\bphải\b|\bgiao\b|tối thiểu|ít nhất|(?<!tính )đến (?:cuối |hết )?năm 20\d\d", re.I)
_OWN_PAST = re.compile(r"(?:hoàn thành|đạt(?: và vượt)?|vượt|so với)\s+(?:các\s+|được\s+)?(?:mục tiêu|chỉ tiêu|kế hoạch)|"
                       r"\bđã\b|đạt được|\bước\b|đến nay|hiện nay|hiện có|tính (?:đến|tới)|vừa qua|năm qua|kết quả|"
                       r"(?:chỉ|mới) đạt|đạt và vượt|cùng kỳ", re.I)
_OWN_GOAL_STRONG = re.compile(r"phấn đấu|mục tiêu|đề ra|đặt ra|dự kiến|hướng (?:tới|đến)|định hướng|"
                              r"(?<!tính )đến (?:cuối |hết )?năm 20\d\d", re.I)     # mode "strong": verbs and horizons
_PARA_PAST = ("para_past_any", "para_result", "prev_result")


def own_cue(c: "Context", strong: bool = False) -> str | None:
    """"goal" when the last cue before the value in its sentence is a goal cue ("Năm 2024 đạt 5%;
    phấn đấu năm 2025 đạt"), "past" when it is a past cue ("mục tiêu đề ra … đã đạt"), else None."""
    t, lo = c.text, max(c.sent[0], c.start - _NEAR)
    goal = _OWN_GOAL_STRONG if strong else _OWN_GOAL
    g = max((m.end() for m in goal.finditer(t, lo, c.start)), default=-1)
    p = max((m.end() for m in finditer_i(_OWN_PAST, t, lo, c.start)), default=-1)
    if g < 0 and p < 0:
        return None
    return "goal" if g > p else "past"


def own_goal_features(f: dict[str, float], c: "Context", mode: str) -> dict[str, float]:
    """The value's own cue (option `own_goal`). "add": its cue, and a goal cue against past cues
    elsewhere in its paragraph; "scope": the same, and a value whose own sentence is governed by a
    goal cue loses the paragraph's past cues (`_PARA_PAST`): a result one sentence away does not
    make the goal set after it a result; "strong": "add" with goal verbs and horizons only (no "chỉ tiêu",
    "kế hoạch", "sẽ", "phải", "giao", "tối thiểu")."""
    cue = own_cue(c, mode == "strong")
    if cue is None:
        return f
    f["og:" + cue] = 1.0
    if cue == "goal" and any(f.get(k) for k in _PARA_PAST):
        f["og:goal_para_past"] = 1.0
        if mode == "scope":
            for k in _PARA_PAST:
                f.pop(k, None)
    return f


# miss20: "đặt mục tiêu hoàn thành 94 tiêu chí", "phấn đấu hoàn thành 28 chỉ tiêu" set a goal; they are no tally met
_TALLY_GOVERNED = re.compile(r"(?:phấn đấu|mục tiêu|đề ra|đặt ra|dự kiến|hướng (?:tới|đến)|\bsẽ\b|\bphải\b|\bcần\b|"
                             r"đến (?:cuối |hết )?năm 20\d\d,?)\s*$", re.I)


def goal_tally(f: dict[str, float], c: "Context") -> dict[str, float]:
    """Option `tally_goal`: `met_tally` off when every tally it read is governed by a goal verb right
    before it ("phấn đấu hoàn thành 32 chỉ tiêu"); the window is goal_features's."""
    if not f.get("met_tally"):
        return f
    t = c.text
    lo, hi = max(0, c.sent[0] - 200, c.start - _NEAR), min(c.sent[1], c.end + _NEAR)
    if all(_TALLY_GOVERNED.search(t, max(0, m.start() - 40), m.start()) for m in _MET_TALLY.finditer(t, lo, hi)):
        f["met_tally"] = 0.0
        f["tally_goal"] = 1.0
    return f


# fp22: a central document's or body's goal quoted on a provincial page ("Nghị quyết số 25/NQ-CP … của Chính
# phủ đề ra mục tiêu tăng trưởng kinh tế cả nước đạt từ 8%"): context, not the page's goal (README-part-A)
_NATIONAL_SCOPE = re.compile(r"cả nước|toàn quốc|Việt Nam", re.I)
_GDP_AFTER = re.compile(r"\s*(?:%\s*)?(?:của\s+)?(?:tổng\s+)?GDP\b", re.I)       # "30% GDP", not "30% GRDP"
_LOCAL_NAME = re.compile(r"\b(?:tỉnh|thành phố|toàn tỉnh|huyện|địa phương|TP\b|Thủ đô)", re.I)


def cited_national(text: str, sent: tuple[int, int], start: int, end: int, province: str | None) -> bool:
    """A national goal quoted on a page about one province: a central document or body (`_CENTRAL_DOC`)
    before the value in its sentence, a national scope between them ("cả nước", "Việt Nam") or a share
    of the GDP right after the value, and no local subject between them (a local level word or the
    page's province: "Thực hiện Nghị quyết 57-NQ/TW, tỉnh phấn đấu …" is the province's own goal)."""
    if not province:
        return False
    lo = max(sent[0], start - 400)
    m = None
    for m in _CENTRAL_DOC.finditer(text, lo, start):
        pass
    if m is None:
        return False
    between = text[m.end():start]
    if _LOCAL_NAME.search(between) or fold(province).lower() in fold(between).lower():
        return False
    return bool(_NATIONAL_SCOPE.search(between) or _GDP_AFTER.match(text, end, min(sent[1], end + 30)))


# fp22: a value glossing the value before it in parentheses ("Top 20 (khoảng 17-19 tỉnh)", "8.500 USD (khoảng
# hơn 224 triệu đồng)", "3,2 triệu tỷ đồng (theo giá hiện hành, tăng từ 12,5 đến 13,5%/năm)"): the same goal
# said again as an approximation, a conversion or a rate, not a goal of its own
_GLOSS_OPEN = re.compile(r"\d[\d.,]*\s*(?:%|[^\W\d]+(?:\s+[^\W\d]+){0,3})?(?:\s*/\s*[^\W\d]+)?\s*\(([^()]{0,80})$")
_GLOSS_LEAD = re.compile(r"(?:(?:khoảng|hơn|gần|trên|xấp xỉ|tương đương(?: với)?|tức(?: là)?)\s*)*|theo giá\b[^()]*", re.I)


def paren_gloss(text: str, start: int) -> bool:
    """The value opens (after approximation words only, or "theo giá …") a parenthesis written right
    after another value: "(khoảng 17-19 tỉnh/thành phố)", not "10% (đến năm 2030 đạt 20%)"."""
    m = _GLOSS_OPEN.search(text, max(0, start - 120), start)
    return bool(m) and bool(_GLOSS_LEAD.fullmatch(m.group(1).strip()))


# fp23 (option `fp23`, tokens): values that read as goals but are a table's result, a threshold inside a
# goal's subject, a clock time or a gloss; each is read only for a value the goal decision keeps
_CLOCK_BEFORE = re.compile(r"(?<![\d.,])\d{1,2}\s?[:h]\s?$")            # "20:57": the minutes
_CLOCK_AFTER = re.compile(r"\s?[:h]\s?\d{2}(?![\d.,%])")                 # "20:57": the hour
_VERDICT = re.compile(r"(?:không |chưa )?(?:đạt|vượt|hoàn thành)(?: kế hoạch| chỉ tiêu)?", re.I)
_CELL = re.compile(r"[\d.,\s%]{1,16}")
_RESULT_AFTER_GOAL = re.compile(r"(?:mục tiêu|chỉ tiêu|kế hoạch)" + _NO_STOP + r"{0,200}?[,;]\s*kết quả\b"
                                + _NO_STOP + r"{0,80}$", re.I)
_GLOSS_OPEN_WIDE = re.compile(r"\d[\d.,]*\s*(?:%|[^\W\d]+(?:\s+[^\W\d]+){0,3})?(?:\s*/\s*[^\W\d]+)?"
                              r"\s+trở\s+(?:lên|xuống)\s*\(([^()]{0,80})$", re.I)
_SUBJECT_THRESHOLD = re.compile(r"(?:\bsố|không còn)\s+(?:[^\W\d]+\s+){1,4}?(?:đạt\s+|có\s+)?dưới\s*$", re.I)
# "Đồng thời, hoàn thành chỉ tiêu 100% hộ …; 100% sản phẩm OCOP …": the items after a goal said met
_MET_LIST = re.compile(r"(?:^|[:]\s|,\s)(?:[^\W\d]+\s+){0,3}?hoàn thành\s+(?:các\s+)?(?:chỉ tiêu|mục tiêu)"
                       + _NO_STOP + r"{0,300};" + _NO_STOP + r"{0,160}$", re.I)
_GOAL_OPENERS = re.compile(r"phấn đấu|mục tiêu|đến năm|\bsẽ\b|\bcần\b|kế hoạch|\bđể\b", re.I)   # "Để hoàn thành …": a purpose
# "Tuy nhiên, … các tỉnh hầu hết mới đạt từ 50% đến 95%": a shortfall reported against a goal
_SHORTFALL = re.compile(r"(?:tuy nhiên|nhưng|\bsong\b|trong khi)" + _NO_STOP + r"{0,300}?\b(?:mới|chỉ|vẫn chỉ)\s+đạt\b"
                        + _NO_STOP + r"{0,160}$", re.I)
# "Hạ tầng … của tỉnh hiện bảo đảm gần 100% các thôn", "Toàn tỉnh hiện nay có trên 3.000 doanh nghiệp": now, not a goal
_PRESENT = re.compile(r"(?<!giá )(?<!theo )(?<!thực )\bhiện(?: nay| tại| đã)?,?\s+(?:[^\W\d,]+\s+){0,3}?"
                      r"(?:bảo đảm|đảm bảo|đạt|có|chiếm|là)\s+(?:[^\W\d,;.]+\s+){0,3}$", re.I)
_EXISTING_AFTER = re.compile(r"(?:\s+[^\W\d]+){0,5}\s+đã có\s*[,.;)]", re.I)
_LEVEL_BEFORE = re.compile(r"mức độ\s*(?:\d\s*(?:,|và|-)\s*)*$", re.I)
_PERCENT_BEFORE = re.compile(r"\d[\d.,]*\s*%")
# "982 dịch vụ công có số lượng hồ sơ phát sinh tối thiểu 1.000 hồ sơ/năm": a bound on the counted noun's items
_COUNT_QUALIFIER = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d[\d.,]*\s+[^\W\d]+(?:\s+[^\W\d]+){0,4}\s+(?:có|với)\s+"
                              r"(?:[^\W\d,;.]+\s+){0,6}(?:tối thiểu|ít nhất|từ|trên)\s*$", re.I)
_NOT_QUALIFIER = re.compile(r"\b(?:đạt|phấn đấu|tăng|giảm|mục tiêu|chỉ tiêu|đến năm|chiếm|là|và|hoặc|bằng|lên|còn|"
                            r"trên|dưới|từ)\b|[;:]|\.(?!\d)", re.I)


def clock_time(text: str, start: int, end: int) -> bool:
    """The hour or the minutes of a clock time ("27/05/2025 20:57"), not a figure."""
    return bool(_CLOCK_BEFORE.search(text, max(0, start - 6), start) or _CLOCK_AFTER.match(text, end))


def _line(text: str, pos: int) -> tuple[int, int]:
    return text.rfind("\n", 0, pos) + 1, (text.find("\n", pos) + 1 or len(text) + 1) - 1


def verdict_cell(text: str, start: int, end: int) -> bool:
    """A cell of a flattened goal-and-result table: the value alone on its line, then value cells only
    up to a verdict cell ("Đạt", "Vượt", "Không đạt"): a past plan's goal or its result."""
    s, e = _line(text, start)
    if not _CELL.fullmatch(text[s:start]) and text[s:start].strip() or not _CELL.fullmatch(text[end:e] or " "):
        return False
    pos, seen = e + 1, 0
    while pos < len(text) and seen < 3:
        s, e = _line(text, pos)
        cell = text[s:e].strip()
        pos = e + 1
        if not cell:
            continue
        if _VERDICT.fullmatch(cell):
            return True
        if not _CELL.fullmatch(cell):
            return False
        seen += 1
    return False


def result_after_goal(text: str, sent: tuple[int, int], start: int) -> bool:
    """"đặt mục tiêu … 6.000 doanh nghiệp mới, kết quả hết năm có 7.200 doanh nghiệp": the result."""
    before = text[max(sent[0], start - 300):start]
    return "kết quả" in before.lower() and bool(_RESULT_AFTER_GOAL.search(before))


def gloss_after_bound(text: str, start: int) -> bool:
    """paren_gloss when a bound word stands between the value and the parenthesis ("6.300 USD/năm trở
    lên (khoảng 166 triệu đồng)")."""
    m = _GLOSS_OPEN_WIDE.search(text, max(0, start - 140), start)
    return bool(m) and bool(_GLOSS_LEAD.fullmatch(m.group(1).strip()))


def subject_threshold(text: str, start: int, end: int, unit: str) -> bool:
    """A bound inside a goal's subject: "không còn xã đạt dưới 15 tiêu chí", "giảm số xã đạt dưới 5 tiêu chí
    xuống 250 xã" (a count, not "dưới 1%", a ceiling goal); or a service level "mức độ 3, 4"."""
    before = text[max(0, start - 60):start]
    if not unit.startswith("%") and _SUBJECT_THRESHOLD.search(before):
        return True
    return not text[start + 1:start + 2].isdigit() and bool(_LEVEL_BEFORE.search(before))


def percent_qualifier(text: str, sent: tuple[int, int], start: int, unit: str) -> bool:
    """A count qualifying the subject of the percentage before it, in one clause with no verb of its own:
    "40% đơn vị (cấp xã, huyện) cung cấp ít nhất một dịch vụ", "60% học sinh được học 2 buổi/ngày"; or a bound
    on the items of a count before it ("982 dịch vụ công có số hồ sơ tối thiểu 1.000 hồ sơ/năm")."""
    if unit.startswith("%"):
        return False
    if _COUNT_QUALIFIER.search(text, max(sent[0], start - 120), start):
        return True
    m = None
    for m in _PERCENT_BEFORE.finditer(text, max(sent[0], start - 120), start):
        pass
    if m is None:
        return False
    between = text[m.end():start]
    if _NOT_QUALIFIER.search(between):
        return False
    depth = 0
    for ch in between:            # a comma outside parentheses ends the qualified subject
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth <= 0:
            return False
    return True


def existing_stock(text: str, end: int, unit: str) -> bool:
    """A count of what already exists: "duy trì hiệu quả của 25 dịch vụ công toàn trình đã có,"."""
    return not unit.startswith("%") and bool(_EXISTING_AFTER.match(text, end, end + 80))


def met_list_item(text: str, sent: tuple[int, int], start: int) -> bool:
    """A later item of a list opened by "hoàn thành chỉ tiêu" with no goal word before it in the sentence."""
    before = text[sent[0]:start]
    if "hoàn thành" not in before.lower():
        return False
    m = _MET_LIST.search(before)
    return bool(m) and not _GOAL_OPENERS.search(before, 0, m.start() + m.group(0).lower().find("hoàn thành"))


def shortfall(text: str, sent: tuple[int, int], start: int) -> bool:
    """A figure reported short of a goal after a contrast: "Tuy nhiên, … mới đạt 50%", "nhưng chỉ đạt 59,78 điểm"."""
    before = text[max(sent[0], start - 500):start]
    return "đạt" in before and bool(_SHORTFALL.search(before))


def present_state(text: str, sent: tuple[int, int], start: int) -> bool:
    """A figure said to hold now ("hiện", "hiện nay", "hiện tại" before its verb, the value within three words)."""
    before = text[max(sent[0], start - 120):start]
    return "hiện" in before.lower() and bool(_PRESENT.search(before))


# fj25 (fp23 token "revision"): the old side of a change "từ X (theo QH2007) xuống Y", "từ 11,9% năm 2010 xuống
# 10%", "từ 16,5%/năm tăng lên 22%": a base or a replaced goal, the new value Y is the goal (H-025); only a
# note, a year or a plan's name may stand between X and the verb (fp18's "st:revised" reads "X lên Y" only)
_FROM_BEFORE = re.compile(r"\btừ\s+(?:mức\s+)?$", re.I)
_CHANGE_AFTER = re.compile(r"\s*(?:\([^()]{0,60}\)|(?:theo|của|vào|trong)?\s*(?:năm\s+)?(?:19|20)\d\d|theo\s+[^\s,;.()]+"
                           r"(?:\s*[-–]\s*\d+)?)?\s*(?:tăng\s+|giảm\s+)?(?:lên|xuống|còn)"
                           r"(?:\s+(?:còn|mức|khoảng|dưới|trên|gần|hơn))*\s+\d", re.I)


def revision_base(text: str, start: int, end: int) -> bool:
    """The value a change starts from: "từ" before it, a change verb and the new value right after it."""
    return bool(_FROM_BEFORE.search(text, max(0, start - 12), start)) and bool(_CHANGE_AFTER.match(text, end, end + 90))


# fj25 (fp23 token "forecast"): a planning forecast, not a goal (H-069): "dự báo" earlier in the value's sentence with
# no goal word after it ("tốc độ tăng trưởng bình quân dự báo đạt 6,5%/năm"), or the nearest heading above names
# forecasts ("Các dự báo phát triển vùng", "Dự báo cơ cấu kinh tế:")
_GOAL_WORD = re.compile(r"phấn đấu|mục tiêu|chỉ tiêu", re.I)
_HEADING_BACK = 900


def forecast(text: str, sent: tuple[int, int], start: int) -> bool:
    before = text[sent[0]:start].lower()
    at = before.rfind("dự báo")
    if at >= 0 and not _GOAL_WORD.search(before, at):
        return True
    lo = max(0, sent[0] - _HEADING_BACK)
    for line in reversed(text[lo:sent[0]].split("\n")[1:] if lo else text[:sent[0]].split("\n")):
        p = line.strip()
        if p and len(p) < 100 and not p.endswith((".", ";", ",")):
            return "dự báo" in p.lower() and not _GOAL_WORD.search(p)
    return False


def fp23_drop(text: str, sent: tuple[int, int], start: int, end: int, unit: str, tokens: str) -> str | None:
    """Which of option fp23's rules drops a kept value, if any (its token is the trace reason)."""
    checks = (("clock", lambda: clock_time(text, start, end)),
              ("verdict", lambda: verdict_cell(text, start, end)),
              ("result", lambda: result_after_goal(text, sent, start)),
              ("gloss2", lambda: gloss_after_bound(text, start)),
              ("threshold", lambda: subject_threshold(text, start, end, unit)),
              ("qualifier", lambda: percent_qualifier(text, sent, start, unit)),
              ("existing", lambda: existing_stock(text, end, unit)),
              ("met_list", lambda: met_list_item(text, sent, start)),
              ("shortfall", lambda: shortfall(text, sent, start)),
              ("present", lambda: present_state(text, sent, start)),
              ("revision", lambda: revision_base(text, start, end)),
              ("forecast", lambda: forecast(text, sent, start)))
    for name, check in checks:
        if name in tokens and check():
            return name
    return None


# fj26a (option `miss26`): goals set in so many words on news pages ("Ninh Bình đặt mục tiêu đón 9,1 triệu lượt
# khách"); the goal model's `muc_tieu_before` reads "hoàn thành mục tiêu" as well
_SET_GOAL = re.compile(r"(?:đặt|đề|đưa|xác định|hướng (?:tới|đến)|nhắm (?:tới|đến))\s+(?:ra\s+)?(?:các\s+|những\s+)?"
                       r"(?:mục tiêu|chỉ tiêu)|\bmục tiêu\s*(?:là\b|:)", re.I)


# token "direct": the value right after the goal-setting phrase, words only between ("đặt mục tiêu đón 9,1",
# "đề ra chỉ tiêu đến năm 2027 thành lập mới 800", "mục tiêu là 40"): 36 of 40 such values on A-H + devset are goals
# up to the first figure: a deadline, up to six words, an approximation ("đến năm 2025, đón khoảng")
_TO_FIRST_FIGURE = r"(?:[^\W\d]+\s+){0,6}?(?:(?:khoảng|gần|hơn|trên|từ|đạt)\s+)?$"
_DIRECT_SET = re.compile("(?:" + _SET_GOAL.pattern + ")" + r"\s*(?:(?:(?:đến|trong|vào|tới)\s+)?(?:năm\s+)?20\d\d,?\s+)?"
                         + _TO_FIRST_FIGURE, re.I)


# token "strive": the same after "phấn đấu" or a "mục tiêu" opening its clause ("phấn đấu đón được 5,2 triệu
# lượt", "…, mục tiêu thành lập mới 300 doanh nghiệp"): 103 such candidates on A-H + devset, all gold
_DIRECT_STRIVE = re.compile(r"(?:phấn đấu|(?:^|[,:;]\s*|\.\s+)mục tiêu)\s*"
                            r"(?:(?:(?:đến|trong|vào|tới)\s+)?(?:cuối\s+|hết\s+)?(?:năm\s+)?20\d\d,?\s+)?"
                            + _TO_FIRST_FIGURE, re.I)


def direct_set_goal(t: str, sent: tuple[int, int], start: int, strive: bool = False) -> bool:
    """Whether the value at start is the first figure after a goal-setting phrase of its sentence
    (strive: or after "phấn đấu" / a clause-opening "mục tiêu")."""
    lo = max(sent[0], start - 120)
    return bool(_DIRECT_SET.search(t, lo, start) or strive and _DIRECT_STRIVE.search(t, lo, start))



# fj27 token "plan": "Theo (dự thảo) Kế hoạch / Quy hoạch / Đề án / Nghị quyết …, X dự kiến đạt N": news telling
# the figures a plan sets; opening a paragraph, the attribution covers the paragraph, else its sentence
_PLAN_OPENER = re.compile(r"\s*(?:[-–•+]\s*)?theo\s+(?:bản\s+)?(?:dự thảo\s+)?(?:kế hoạch|quy hoạch|đề án|nghị quyết|"
                          r"chiến lược)\b[^.;:!?\n]{0,160}?,", re.I)
# token "list": "Mục tiêu đến 2025, toàn tỉnh có 6/13 huyện …; 136 xã …; 26 xã …": a goal opening its
# sentence heads every item of it
_GOAL_OPENER = re.compile(r"\s*(?:[-–•+]\s*)?(?:mục tiêu|chỉ tiêu|phấn đấu)\b[^.;:!?\d\n]{0,100}?(?:20\d\d)?"
                          r"[^.;:!?\d\n]{0,40}?[,:]", re.I)
# token "items": "… với chỉ tiêu là 100% tuyến đường …; đầu tư 150 ha công viên; …": a later item of a
# semicolon list a goal word heads in its sentence
_LIST_HEAD = re.compile(r"mục tiêu|chỉ tiêu|phấn đấu|đề ra|đặt ra", re.I)
# the plan's approval is no result: "…, đã được Thủ tướng phê duyệt ngày 11/1/2024, tỷ lệ đô thị hóa đạt 35%"
_APPROVED = re.compile(r"(?:\bđã\s+)?(?:được\s+)?[^,.;]{0,50}?(?:phê duyệt|ban hành|thông qua)\b[^,.;]{0,30}", re.I)


def _past_between(t: str, lo: int, hi: int) -> bool:
    """A past cue between lo and hi that is not a plan's approval."""
    spans = [m.span() for m in _APPROVED.finditer(t, lo, hi)]
    return any(not any(a <= m.start() < b for a, b in spans) for m in _OWN_PAST.finditer(t, lo, hi))


def opener_governs(t: str, sent: tuple[int, int], para: tuple[int, int], start: int, toks) -> bool:
    """Whether a plan's attribution (token plan) or a goal opener (token list) heads the value at start,
    with no past cue between them."""
    heads = []
    if "plan" in toks:
        heads += [(_PLAN_OPENER, para[0]), (_PLAN_OPENER, sent[0])]
    if "list" in toks:
        heads.append((_GOAL_OPENER, sent[0]))
    for rx, lo in heads:
        m = rx.match(t, lo, start)
        if m and not _past_between(t, m.end(), start):
            return True
    if "items" in toks:
        head = None
        for head in _LIST_HEAD.finditer(t, sent[0], start):
            pass
        return bool(head) and ";" in t[head.end():start] and not _past_between(t, head.end(), start)
    return False


# fj28 token "heading": an item line ("- …", "+ …", "2. …", "a) …", "Hai là, …") under a goal heading ("Mục tiêu
# cụ thể đến 2030:", "Các chỉ tiêu chủ yếu", "… đặt ra 10 chỉ tiêu chủ yếu …") is one of the heading's goals
_ITEM = re.compile(r"\s*(?:[-–•+*]|\d{1,2}[.)]|[IVX]{1,4}\.|[a-zđ]\)|(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
                   r"(?:\s+(?:một|hai|ba|bốn|lăm|năm|sáu|bảy|tám|chín))?\s+là\s*[,:])", re.I)
_GOAL_HEADING = re.compile(r"(?:mục tiêu|chỉ tiêu)\s+(?:cụ thể|chủ yếu|chính|cơ bản|đến năm|đến 20\d\d|năm 20\d\d)|"
                           r"(?:đặt ra|đề ra|xác định|gồm|với)\s+(?:\d+|các|những|một số)\s+(?:mục tiêu|chỉ tiêu)",
                           re.I)
_HEADING_OFF = re.compile(r"kết quả|tình hình|đánh giá|đã đạt|đạt được|ước đạt|thực hiện được|giải pháp|nhiệm vụ|"
                          r"tổ chức thực hiện|kinh phí", re.I)


def _goal_heading(p: str, lp: str | None = None) -> bool | None:
    """True for a goal heading, False for another section's heading, None for neither. lp: p lowered, from
    the lowered page (textutil.lowered_page; spd30): the patterns read case-sensitively there, the same verdict."""
    goal, off = (_without_i(_GOAL_HEADING), _without_i(_HEADING_OFF)) if lp is not None else (None, None)
    if goal is None or off is None:
        lp, goal, off = p, _GOAL_HEADING, _HEADING_OFF
    head = lp[:100]
    if goal.search(lp) and not off.search(head):
        return True
    if off.search(head) and (p.endswith(":") or len(p) < 90 and not p.endswith(".")):
        return False
    return None


# fj29 token "phase": a plan's phase or horizon line ("2.1. Giai đoạn 2026 - 2027", "b) Đến năm 2030:") heads its
# goals, unless the last heading before it was another section's ("Kết quả thực hiện …")
_PHASE_HEADING = re.compile(r"(?:(?:\d{1,2}\.)+\d{0,2}\.?|[a-zđ]\)|[IVX]{1,4}\.)?\s*(?:giai đoạn|đến năm|thời kỳ)\s+"
                            r"20\d\d(?:\s*[-–]\s*20\d\d)?\s*:?", re.I)


def items_under_goal_heading(t: str, paras: list[tuple[int, int]], phase: bool = False) -> list[bool]:
    """Per paragraph: an item line under a goal heading, with only items, blank lines and topic lines ("- Về
    kinh tế:") between them. A paragraph that is no item ends the heading's reach; an item that is a heading
    itself ("2. Mục tiêu cụ thể:", "3. Giải pháp:") opens or ends one."""
    out, head, last = [], False, None
    low = lowered_page(t)
    for s, e in paras:
        p = t[s:e].strip()
        if not p:
            out.append(False)
            continue
        is_item = bool(_ITEM.match(p))
        verdict = _goal_heading(p, low[s:e].strip() if low is not None else None)
        if verdict is None and phase and _PHASE_HEADING.fullmatch(p):
            verdict = last is not False
        if verdict is not None:
            last = verdict
        out.append(is_item and head and verdict is None)
        if not is_item:
            head = bool(verdict)
        elif verdict is not None:
            head = verdict
    return out

# fj28 token "connective": "Qua đó, phấn đấu đến trước năm 2025, …; 26 xã …; 17 xã …": a connective before a goal
# opener leaves it the opener of its sentence (fj27 "list")
_CONNECTIVE = re.compile(r"\s*(?:qua đó|theo đó|đồng thời|bên cạnh đó|trên cơ sở đó|vì vậy|do đó|ngoài ra)\s*,?\s*",
                         re.I)


def connective_opener_governs(t: str, sent: tuple[int, int], para: tuple[int, int], start: int) -> bool:
    """fj27's goal opener ("list") read after a connective opening the sentence."""
    m = _CONNECTIVE.match(t, sent[0], start)
    return bool(m) and opener_governs(t, (m.end(), sent[1]), para, start, ("list",))


_YEAR_IN_HEADING = re.compile(r"\b20\d\d\b")
_WINDOW_IN_HEADING = re.compile(r"giai đoạn|nhiệm kỳ|thời kỳ|20\d\d\s*[-–]\s*20\d\d", re.I)
_HEADING_END = re.compile(r"[.;:](?:\s|$)")


def goal_heading_years(t: str, paras: list[tuple[int, int]]) -> list[int | None]:
    """Per paragraph: the one year its goal heading names (items_under_goal_heading's items only), else None;
    a window ("giai đoạn 2026-2030", "nhiệm kỳ") names no one year."""
    under = items_under_goal_heading(t, paras)
    out, year = [], None
    for (s, e), item in zip(paras, under):
        p = t[s:e].strip()
        if p and not item and _goal_heading(p):
            m = _GOAL_HEADING.search(p)
            stop = _HEADING_END.search(p, m.end()) if m else None
            head = p[:stop.start() if stop else len(p)]         # the heading's own sentence
            years = set(_YEAR_IN_HEADING.findall(head))
            year = int(years.pop()) if len(years) == 1 and not _WINDOW_IN_HEADING.search(head) else None
        out.append(year if item else None)
    return out


def item_goal(t: str, para: tuple[int, int], start: int) -> bool:
    """No past cue between an item line's start and the value ("- Năm 2024 đã đạt 95%": a result)."""
    return not _past_between(t, para[0], start)

# fj28 token "places": "Huyện A có 1 xã đạt chuẩn …" and "Huyện B có 1 xã đạt chuẩn …" are two places' goals,
# not one goal restated; the place is a unit word and a capitalised name
_PLACE = re.compile(r"\b(?i:huyện|thị xã|thành phố|quận|xã|phường|thị trấn|tỉnh)\s+((?:[^\W\d_][\w’'-]*\s+){0,3})")


def place_before(t: str, sent: tuple[int, int], start: int) -> str | None:
    """The last place named ("huyện Đắk Mil") in the value's sentence before it, lowercased, or None."""
    name = None
    for m in _PLACE.finditer(t, max(sent[0], start - 150), start):
        words = []
        for w in m.group(1).split():
            if not w[0].isupper():
                break
            words.append(w.lower())
        if words:
            name = " ".join(words)
    return name

# fj26a: "phấn đấu hoàn thành mục tiêu tăng trưởng 12,5-13%" aims at completing a goal; it reports none met
_MET_AIMED = re.compile(r"(?:phấn đấu|quyết tâm|nỗ lực|đặt mục tiêu|\bcần\b|\bphải\b|\bsẽ\b|\bnhằm\b|\bđể\b)\s+"
                        r"(?:sớm\s+|cơ bản\s+)?$", re.I)


def met_aimed(c: "Context") -> bool:
    """The "hoàn thành / vượt mục tiêu" that sets fp18's `st:met` follows a goal verb: the value is aimed at."""
    t = c.text
    lo = max(c.sent[0], c.start - 120)
    m = None
    for m in _MET_BEFORE.finditer(t, lo, c.start):
        pass
    if m is None:
        return False
    return bool(_MET_AIMED.search(t, max(lo, m.start() - 40), m.start()))


# fj26a token "shares": a goal verb, not a horizon ("Đến cuối năm 2022, cả nước có 6.009 xã (73%)" reports)
_GOAL_VERB = re.compile(r"phấn đấu|mục tiêu|đề ra|đặt ra|hướng (?:tới|đến)", re.I)


def goal_verb_governs(c: "Context") -> bool:
    """Whether a goal verb comes after the last past cue before the value in its sentence."""
    t, lo = c.text, max(c.sent[0], c.start - _NEAR)
    return _last_end(_GOAL_VERB, t, lo, c.start) > _last_end(_OWN_PAST, t, lo, c.start)


# fj26a: "trong đó (có) 2 triệu lượt khách quốc tế" after a total: a part of it, a target if the total is one
# (README-part-J1 rule 1); no past cue between "trong đó" and the part ("trong đó đã có 5 xã")
_PART_OF = re.compile(r"(?:\btrong đó|\bbao gồm|\bgồm)\s*(?:có\s*)?[:,]?\s*(?:[^\W\d]+\s+){0,10}?"
                      r"(?:(?:khoảng|gần|hơn|trên|đạt|là|từ|với)\s+)*$", re.I)


def part_of_total(t: str, sent: tuple[int, int], prev_end: int, start: int) -> bool:
    """Whether the value at start is a "trong đó" part of the value ending at prev_end (same sentence)."""
    if prev_end < sent[0] or start - prev_end > 160:
        return False
    between = t[prev_end:start]
    m = _PART_OF.search(between)
    return bool(m) and not _OWN_PAST.search(between, m.start()) and not re.search(r"[.;]", between[m.start():])

# fj28 token "chain": "…, trong đó khách nội địa 1,99 triệu lượt, khách quốc tế 10.000 lượt": the next item of a
# run of parts, after a comma or "và" and a few words, no figure or stop between
_NEXT_PART = re.compile(r"(?:[^\W\d]+\s*){0,10}?(?:,\s*|\bvà\s+)(?:[^\W\d]+\s+){0,8}?"
                        r"(?:(?:khoảng|gần|hơn|trên|đạt|là|từ|với|có)\s+)*", re.I)


def next_part(t: str, sent: tuple[int, int], prev_end: int, start: int) -> bool:
    """Whether the value at start follows the part ending at prev_end as the run's next item."""
    if prev_end < sent[0] or start - prev_end > 120:
        return False
    between = t[prev_end:start]
    return bool(_NEXT_PART.fullmatch(between.lstrip())) and not _OWN_PAST.search(between)

# fj26b (option `fj26b`, tokens): copies and statistics the goal decision keeps on fresh pages
# "đạt 46 - 48 triệu đồng, tương đương khoảng 1.800 USD": the conversion of an amount already given
_EQUIV_BEFORE = re.compile(r"\d[\d.,]*\s*(?![%\s])([^\W\d][^;.\d]{0,40}?)\s*,?\s*(?:\(\s*)?tương đương(?:\s+với)?"
                           r"(?:\s+(?:khoảng|gần|hơn|trên|xấp xỉ|mức))*\s*$", re.I)
# "…, bằng 83% so mức GRDP bình quân đầu người của vùng": an amount said again relative to a yardstick
_RELATIVE_BEFORE = re.compile(r"\bbằng\s+(?:khoảng\s+|gần\s+|hơn\s+)?$", re.I)
_RELATIVE_AFTER = re.compile(r"\s*(?:%\s*)?(?:so\s+(?:với\s+)?|của\s+)", re.I)
_AMOUNT_BEFORE = re.compile(r"\d[\d.,]*\s*(?:triệu|tỷ|tỉ|nghìn|ngàn)?\s*(?:đồng|USD|usd)\b")
_STATS = re.compile(r"theo\s+(?:số liệu\s+)?thống kê|số liệu thống kê", re.I)


def converted_amount(text: str, sent: tuple[int, int], start: int) -> bool:
    """The value converts an amount written just before it ("…, tương đương khoảng …"), not a percentage."""
    return "tương đương" in text[max(sent[0], start - 80):start].lower() and \
        bool(_EQUIV_BEFORE.search(text, max(sent[0], start - 80), start))


def relative_amount(text: str, sent: tuple[int, int], start: int, end: int) -> bool:
    """"bằng X% so (với) …" after an amount of money earlier in its clause: the amount relative to a yardstick."""
    if not _RELATIVE_BEFORE.search(text, max(sent[0], start - 20), start) or not _RELATIVE_AFTER.match(text, end):
        return False
    lo = max(sent[0], start - 300, text.rfind(";", 0, start) + 1)
    return bool(_AMOUNT_BEFORE.search(text, lo, start))


def stated_statistic(text: str, sent: tuple[int, int], start: int) -> bool:
    """"Theo thống kê, hiện nay … còn … hộ nghèo, chiếm tỷ lệ 43,8%": a statistic, unless a goal word follows the cue."""
    before = text[sent[0]:start]
    m = _STATS.search(before)
    return bool(m) and not _GOAL_WORD.search(before, m.end())


# "Bắc Ninh tăng trưởng 10,27%, hướng tới mục tiêu 13%": the figure reached, then the goal it heads for
_TOWARD_AFTER = re.compile(r"\s*(?:%|‰)?\s*,\s*(?:hướng tới|hướng đến|tiến tới)\s+(?:mục tiêu|chỉ tiêu)", re.I)
# "đóng góp giúp mục tiêu tăng trưởng của cả nước đạt từ 10%": the nation's goal named in the value's own subject
_NATION_SUBJECT = re.compile(r"(?:mục tiêu|chỉ tiêu)(?:(?!mục tiêu|chỉ tiêu)[^;.\d]){0,60}?\b(?:của\s+)?(?:cả nước|toàn quốc)"
                             r"[^;.,\d]{0,25}$", re.I)


# "phấn đấu có thêm 29 xã đạt chuẩn …, nâng tổng số xã đạt chuẩn … là 94/151 xã": the increment of a goal
# whose total is written after it; the total is the target (G-002's rule, README-part-J3 call 3)
_TOTAL_AFTER = re.compile(r"[^.;\n]{0,120}?,\s*nâng\s+(?:tổng\s+)?số\b[^.;\n]{0,120}?\b(?:lên|là|đạt)\s+\d", re.I)


def increment_of_total(text: str, end: int) -> bool:
    """The value is an increment whose running total the same sentence gives after ", nâng (tổng) số … lên/là"."""
    return bool(_TOTAL_AFTER.match(text, end))


def result_toward_goal(text: str, sent: tuple[int, int], start: int, end: int) -> bool:
    """A figure followed by ", hướng tới mục tiêu …" with no goal word before it in its sentence: reached, not aimed at."""
    return bool(_TOWARD_AFTER.match(text, end)) and not _GOAL_WORD.search(text, sent[0], start)


def nation_goal_subject(text: str, sent: tuple[int, int], start: int, province: str | None) -> bool:
    """On a page about one province, a value whose goal's subject is the whole country's."""
    return bool(province) and bool(_NATION_SUBJECT.search(text, max(sent[0], start - 100), start))


def fj26b_drop(text: str, sent: tuple[int, int], start: int, end: int, tokens: str,
               province: str | None = None) -> str | None:
    """Which of option fj26b's drop rules drops a kept value, if any (its token is the trace reason)."""
    checks = (("equiv", lambda: converted_amount(text, sent, start)),
              ("relative", lambda: relative_amount(text, sent, start, end)),
              ("stats", lambda: stated_statistic(text, sent, start)),
              ("toward", lambda: result_toward_goal(text, sent, start, end)),
              ("nation", lambda: nation_goal_subject(text, sent, start, province)),
              ("increment", lambda: increment_of_total(text, end)))
    on = tokens.split("+")
    for name, check in checks:
        if name in on and check():
            return name
    return None


# fj29 token "related": a news page's related-links block ("Bài liên quan", "Tin liên quan", "Xem thêm") lists
# other articles' headlines: their figures are those articles' goals, not the page's
_RELATED_MARK = re.compile(r"(?:các\s+)?(?:bài|tin|bài viết|tin bài)\s+(?:liên quan|cùng chuyên mục|cùng chủ đề|khác)|"
                           r"xem thêm|đọc thêm|có thể bạn quan tâm", re.I)


def related_links(t: str, paras: list[tuple[int, int]]) -> list[bool]:
    """Per paragraph: a headline line under a related-links marker line. Headlines (short, no final stop) and
    blank lines keep the block open; a prose line (a stop at its end or a long one) closes it."""
    out, inside = [], False
    for s, e in paras:
        p = t[s:e].strip()
        if _RELATED_MARK.fullmatch(p.rstrip(":").strip()):
            out.append(False)
            inside = True
            continue
        if inside and p and (p.endswith((".", "…", ";")) or len(p) > 160):
            inside = False
        out.append(inside and bool(p))
    return out


# fj29 token "pledge": "Chủ tịch huyện ký cam kết … đạt và vượt 11 nội dung trong năm 2024. Cụ thể: tỷ lệ giải ngân
# … đạt 100%; có thêm 05 sản phẩm …": the "Cụ thể" sentence spells out the goals the sentence before set
_SPELLED_OUT = re.compile(r"\s*(?:[-–•+]\s*)?cụ thể(?:\s+như sau)?\s*[,:]", re.I)
_SETS_GOALS = re.compile(r"cam kết|phấn đấu|đặt (?:ra )?mục tiêu|đề ra (?:mục tiêu|chỉ tiêu)|giao chỉ tiêu|"
                         r"(?:mục tiêu|chỉ tiêu) (?:đến|đề ra|đặt ra|năm 20\d\d)", re.I)
_REPORTS = re.compile(r"\bđã\s+(?:đạt|hoàn thành|vượt)|đạt được|kết quả|\bước\b|đến nay|vừa qua|năm qua|cùng kỳ", re.I)


def _goal_setting_before(t: str, sent: tuple[int, int]) -> str | None:
    """The sentence before sent when it sets goals and reports none."""
    before = t[max(0, sent[0] - 400):sent[0]].rstrip().rstrip(".:")
    prev = re.split(r"[.!?\n]", before)[-1]
    return prev if _SETS_GOALS.search(prev) and not _REPORTS.search(prev) else None


def spelled_out_goal(t: str, sent: tuple[int, int], start: int) -> bool:
    """Whether the value at start heads its item (split by ";") of a "Cụ thể:" sentence whose previous sentence
    sets goals and reports none, with no past cue in the item before it."""
    m = _SPELLED_OUT.match(t, sent[0], start)
    if not m or _goal_setting_before(t, sent) is None:
        return False
    lo = max(m.end(), t.rfind(";", m.end(), start) + 1)
    return not any(ch.isdigit() for ch in t[lo:start]) and not _past_between(t, lo, start)


def spelled_out_year(t: str, sent: tuple[int, int]) -> int | None:
    """The one year the goal-setting sentence before a "Cụ thể:" sentence names (its list's year, README-part-A
    Q1); None for a window or none."""
    prev = _goal_setting_before(t, sent)
    if prev is None or _WINDOW_IN_HEADING.search(prev):
        return None
    years = set(_YEAR_IN_HEADING.findall(prev))
    return int(years.pop()) if len(years) == 1 else None


# fj30 token "colon": "… Nghị quyết … với 20 chỉ tiêu chủ yếu là: thu nhập … đạt 72 triệu; … đạt và vượt 10.012
# tấn, …": an inline lead-in naming goals and ending in a colon heads the items after it in its sentence
_INLINE_LEAD = re.compile(r"(?:mục tiêu|chỉ tiêu)(?:[^.;:!?\n\d]|20\d\d){0,80}?:", re.I)
# "một số chỉ tiêu đạt cao như:" reports; "mục tiêu cần đạt như:" does not
_LEAD_REPORTS = re.compile(r"kết quả|tình hình|đánh giá|(?<!cần )(?<!phải )(?<!sẽ )\bđạt\b|thực hiện được", re.I)
# a past cue inside a goal list; a bare "đạt và vượt" there is a goal's floor, not a result
_ITEM_PAST = re.compile(_OWN_PAST.pattern.replace("|đạt và vượt", ""), re.I)


def _item_past(t: str, lo: int, hi: int) -> bool:
    return bool(_ITEM_PAST.search(t, lo, hi) or _REPORTS.search(t, lo, hi))


def inline_list_item(t: str, sent: tuple[int, int], start: int) -> bool:
    """Whether the value at start follows an inline goal lead-in of its sentence that reports nothing (read
    from the last ";" before it), with no past cue in the lead-in nor in the value's own item (from the last ";"
    or the colon)."""
    if t.find(":", sent[0], start) < 0:         # most values: no colon before them in their sentence
        return False
    lead = None
    for lead in _INLINE_LEAD.finditer(t, sent[0], start):
        pass
    if lead is None:
        return False
    lo = max(sent[0], t.rfind(";", sent[0], lead.start()) + 1)       # the lead-in's own clause
    if _LEAD_REPORTS.search(t, lo, lead.end()) or _past_between(t, lo, lead.end()):
        return False
    lo = max(lead.end(), t.rfind(";", lead.end(), start) + 1)
    return not _item_past(t, lo, start) and t.count("(", lo, start) <= t.count(")", lo, start)    # no aside


# fj30 token "run": the gap between two items of one goal list: a comma or semicolon and a few words, with no
# figure, comparison or past cue ("3 xã, 2 huyện đạt chuẩn, 7 xã …")
_RUN_BREAK = re.compile(r"so với|tương ứng|bằng|[()\d:]", re.I)
# the next figure of the same subject ("50 tỷ đồng, tăng 12%", "…, đạt 110% dự toán") is no new item
_RUN_SAME = re.compile(r"\s*(?:và\s+)?(?:tăng|giảm|gấp|vượt|đạt|chiếm|trong đó|cộng)\b", re.I)


def _named(gap: str) -> bool:
    """A capitalised word: a named subject opens another clause ("… 12,5%, Hải Phòng đưa ra 6 nhóm giải pháp")."""
    return any(w[0].isupper() and w[1:].islower() for w in re.findall(r"\w{2,}", gap))


def run_item(t: str, prev_end: int, start: int) -> bool:
    """Whether the value at start continues a list whose previous item ends at prev_end."""
    gap = t[prev_end:start]
    tail = re.split(r"[,;]", gap)[-1]           # the words of the value's own item
    return len(gap) <= 80 and ("," in gap or ";" in gap) and not _RUN_BREAK.search(gap) and not _RUN_SAME.match(tail) \
        and not _named(gap) and not _item_past(t, prev_end, start)


# --- gm30: the value's own predicate, forecasts and results weighed against a plan ----------------
# "pred": the verb right before the value in its chunk: "duy trì (tỷ lệ …) 90%" keeps a level (a goal when
# the text sets it, a result when "đã duy trì"); "nâng … lên 12,97%", "từ 11,91% lên 12,97%": the value
# after "lên"/"xuống" is the level aimed at, the one after "từ (mức)" is its starting point.
_GM_MAINTAIN = re.compile(r"duy trì", re.I)
_GM_RAISE_TO = re.compile(r"(?:\blên|\bxuống)(?:\s+(?:mức|khoảng|trên|dưới|từ|còn|đạt))*\s*$", re.I)
_GM_FROM = re.compile(r"\btừ(?:\s+mức)?\s*$", re.I)
_GM_TO_AFTER = re.compile(r"^[^.;:\n]{0,60}?\b(?:lên|xuống)\s+(?:mức\s+|khoảng\s+|còn\s+)?\d", re.I)  # not "trở lên"
# "forecast": "dự kiến", "ước (đạt|tăng)", "sẽ" in the value's chunk, split by the year the sentence names
# before the value: ahead of the page's date (next year's forecast, a plan's figure) or not (an estimate
# of the year just run).
_GM_FORECAST = re.compile(r"dự kiến|dự báo|\bước\b|\bsẽ\b", re.I)
# "vs_plan": a sentence that weighs its figures against a plan's ("(chỉ tiêu nghị quyết là 7,5 - 8%)",
# "vượt 5% so với kế hoạch", "đạt 102% kế hoạch"): its figures are results.
_GM_VS_PLAN = re.compile(r"\((?:chỉ tiêu|mục tiêu|kế hoạch)[^()]{0,40}?\b(?:là|đề ra|giao)\b|"
                         r"(?:so với|\bvượt\b|\bđạt\b)\s+(?:\d[\d,.]*\s*%\s+)?(?:kế hoạch|chỉ tiêu|mục tiêu)(?! đề ra đến)|"
                         r"chỉ tiêu (?:vượt|đạt)\b|\d+\s*/\s*\d+\s+chỉ tiêu (?:đạt|vượt)", re.I)


# "past_lead": a year before the page's own, written before the value in its sentence with no goal word
# between ("Năm 2023, toàn tỉnh có 64 xã …", "năm 2016, khách du lịch đạt 853.746 lượt"): a result.
_GM_GOAL_BETWEEN = re.compile(r"phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|dự kiến|\bsẽ\b|định hướng|hướng (?:tới|đến)|"
                              r"\bđến (?:cuối |hết )?năm|\bcần\b|\bphải\b", re.I)


# "vs_guard": "vs_clause" but not a goal verb's aim at a plan ("phấn đấu đạt chỉ tiêu", "quyết tâm đạt mục tiêu 8,5%")
_GM_AIM_BEFORE = re.compile(r"(?:phấn đấu|quyết tâm|nỗ lực|để|nhằm|bảo đảm|đảm bảo|phải|cần)\s+(?:hoàn thành\s+)?$", re.I)


def _vs_plan_unaimed(t: str, lo: int, hi: int) -> bool:
    return any(not _GM_AIM_BEFORE.search(t, max(lo, m.start() - 25), m.start())
               for m in finditer_i(_GM_VS_PLAN, t, lo, hi))


def _chunk_start(t: str, c: "Context") -> int:
    lo = c.clause[0]
    for m in _CHUNK_STOP.finditer(t, max(lo, c.start - 200), c.start):
        lo = m.end()
    return lo


def gm30_features(f: dict[str, float], c: "Context", years: list[tuple], as_of: int | None, toks: list[str]) -> None:
    """Option `gm30`: features the goal model weighs for the goals it rejected on fresh pages (docs)."""
    t = c.text
    if "pred" in toks or "forecast" in toks:    # the value's chunk: only these tokens read it (hot path)
        lo = _chunk_start(t, c)
        chunk = t[lo:c.start]
    if "pred" in toks:
        if _GM_MAINTAIN.search(chunk):
            f["gm:maintain"] = 1.0
        if _GM_RAISE_TO.search(t, max(lo, c.start - 30), c.start):
            f["gm:to_level"] = 1.0
        elif _GM_FROM.search(t, max(lo, c.start - 12), c.start) and _GM_TO_AFTER.search(t[c.end:c.end + 60]):
            f["gm:from_level"] = 1.0
    if "forecast" in toks and _GM_FORECAST.search(chunk):
        yrs = [y[2] for y in _between(years, c.sent[0], c.start)]
        if yrs and as_of is not None:
            f["gm:fc_ahead" if yrs[-1] > as_of else "gm:fc_past"] = 1.0
        else:
            f["gm:fc_noyear"] = 1.0
    if "vs_plan" in toks and search_i(_GM_VS_PLAN, t, c.sent[0], c.sent[1]):
        f["gm:vs_plan"] = 1.0
    if "vs_clause" in toks and search_i(_GM_VS_PLAN, t, c.clause[0], c.clause[1]):
        f["gm:vs_plan"] = 1.0       # the same, in the value's own clause only (a list sentence mixes both)
    if "vs_guard" in toks and _vs_plan_unaimed(t, c.clause[0], c.clause[1]):
        f["gm:vs_plan"] = 1.0
    if "past_lead" in toks and as_of is not None:
        past = [y for y in _between(years, c.sent[0], c.start) if y[2] < as_of]
        if past and not _GM_GOAL_BETWEEN.search(t, past[-1][0], c.start):
            f["gm:past_lead"] = 1.0


# --- gm31: the value's own result cue gates the page's and block's goal push; forecasts of a year ahead ------
# A value whose own sentence reports ("Tính đến cuối năm 2022, toàn tỉnh có 64 xã", "năm 2023 còn 2,93%",
# "hiện có 299 xã", "đã đạt 80%") after its last goal word is a result however plan-like the page reads: the
# page's and block's features (pk, blk, a goals heading far above) cannot speak for it.
_GM31_PAST = re.compile(r"tính (?:đến|tới)|đến nay|(?<!thực )hiện (?:nay|có|còn|đã|đạt)|lũy kế|cùng kỳ|\bđã\b(?!\s+(?:có\s*[,;.)]|được|nhấn mạnh|cho biết|chỉ đạo|"
                        r"khẳng định|yêu cầu|đề nghị|phát biểu|nêu))|(?<!để )đạt được|chỉ còn", re.I)
_GM31_GOAL = re.compile(r"phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|dự kiến|dự báo|\bsẽ\b|định hướng|hướng (?:tới|đến)|"
                        r"đặt ra|đề ra|tối thiểu|ít nhất|\bcần\b|\bphải\b|quyết tâm|\bnhằm\b|bảo đảm|đảm bảo", re.I)
# option token "after": "so với cùng kỳ" after the value in its item ("doanh thu tăng 15% so với cùng kỳ") reports it
_GM31_PAST_AFTER = re.compile(r"[^.;:\n]{0,30}?so với cùng kỳ", re.I)
_GM31_GOAL_AFTER = re.compile(r"[^.;:\n]{0,40}?(?:mục tiêu|kế hoạch|chỉ tiêu|trở lên|\bvào năm)", re.I)
# a base year is no result cue: "tăng 12% so với năm 2022", "từ năm 2020", "(giá so sánh năm 2010)", a window
# "2021-2025"; nor a year the value's level is raised from ("từ mức 51 triệu đồng năm 2023 lên 56 triệu")
_GM31_BASE_YEAR = re.compile(r"(?:so với|so sánh|từ|[-–])\s*(?:cùng kỳ\s*)?(?:năm\s*)?$", re.I)
_GM31_RAISED = re.compile(r"\b(?:lên|xuống)\b", re.I)
_GM31_ITEM_STOP = re.compile(r"[;:\n]")      # a list's items: another item's cue is not the value's
_GM31_RANGE_AFTER = re.compile(r"\s*[-–]\s*(?:19|20)\d\d")
_GM31_MASK = ("pk", "pkt", "blk", "block_forward", "head_goal", "zone", "para_goal_any")
# "ước (đạt|tăng)", "dự kiến", "sẽ": a forecast, a goal when its year is ahead of the page or a goal word leads it
_GM31_FORECAST = re.compile(r"dự kiến|dự báo|\bước\b|\bsẽ\b", re.I)
_GM31_REACH = 200


def _last_end(rx: re.Pattern, t: str, lo: int, hi: int) -> int:
    return max((m.end() for m in finditer_i(rx, t, lo, hi)), default=-1)     # ends only: over the lowered page (spd30)


def _past_years(t: str, years: list[tuple], lo: int, hi: int, as_of: int) -> list[int]:
    """Ends of the years before the page's own in [lo, hi), a comparison's base and a window's ends left out."""
    return [y[1] for y in _between(years, lo, hi) if y[2] < as_of and not _GM31_BASE_YEAR.search(t, max(0, y[0] - 22), y[0])
            and not _GM31_RANGE_AFTER.match(t, y[1]) and not _GM31_RAISED.search(t, y[1], hi)]


def past_gate(c: "Context", years: list[tuple], as_of: int | None, after: bool = False) -> bool:
    """Whether the value's own item reports it: a result cue (or a year before the page's) after the last
    goal word before the value, no year ahead of the page between, and no goal word right after the value."""
    t, lo = c.text, max(c.sent[0], c.start - _GM31_REACH)
    lo = max([lo, *(m.end() for m in _GM31_ITEM_STOP.finditer(t, lo, c.start))])
    past = _last_end(_GM31_PAST, t, lo, c.start)
    if as_of is not None:
        past = max([past, *_past_years(t, years, lo, c.start, as_of)])
    if after and _GM31_PAST_AFTER.match(t, c.end, c.clause[1]):
        past = max(past, lo)        # any goal word before the value in its item still wins
    if past < 0 or _last_end(_GM31_GOAL, t, lo, c.start) > past:
        return False
    if as_of is not None and any(y[2] > as_of for y in _between(years, past, c.clause[1])):
        return False
    return not _GM31_GOAL_AFTER.match(t, c.end, c.clause[1])


def forecast_goal(c: "Context", years: list[tuple], as_of: int | None) -> bool:
    """Whether a forecast word in the value's clause before it aims ahead: a year after the page's in the
    sentence, or a goal word earlier in the sentence ("đề ra mục tiêu: tổng lượng khách ước đạt …")."""
    t = c.text
    if not _GM31_FORECAST.search(t, max(c.clause[0], c.start - 80), c.start):
        return False
    if as_of is not None and any(y[2] > as_of for y in _between(years, c.sent[0], c.sent[1])):
        return True
    return bool(_GM31_GOAL.search(t, max(c.sent[0], c.start - _GM31_REACH), c.start))


def gm31_features(f: dict[str, float], c: "Context", years: list[tuple], as_of: int | None, toks: list[str]) -> None:
    """Option `gm31`: a value's own result cue masks the page- and block-level goal push ("gate"; "rule" masks
    the rule's verdict too; "after" reads "so với cùng kỳ" after the value); a forecast aimed ahead drops "ước"'s result weight ("fc")."""
    if "gate" in toks and past_gate(c, years, as_of, "after" in toks):
        f["gm:past_gate"] = 1.0
        for k in _GM31_MASK + (("rule",) if "rule" in toks else ()):
            if f.get(k, 0.0) > 0:
                f[k] = 0.0
    if "fc" in toks and forecast_goal(c, years, as_of):
        f["gm:fc_goal"] = 1.0
        f.pop("uoc", None)


# --- gm32: counted goals the noun prior holds under the threshold ------------------------------------------
# A count of things ("ha", "cây", "làng nghề", "lao động") leans to a result (u:noun), but one with a plan's
# bound or increment right before it ("trên 50 làng nghề", "tăng thêm 1.800 lao động", "xây dựng mới 29 cầu",
# "khoảng 60.600 cây") or "trở lên" after it is aimed at, when nothing in its own item reports it.
_GM32_NOUN_AIM = re.compile(r"(?:ít nhất|tối thiểu|\btrên|khoảng|\bthêm|\bmới|\btừ)\s*$", re.I)
_GM32_MIN_AFTER = re.compile(r"\s*[^\W\d]*(?:\s+[^\W\d]+){0,3}?\s+trở lên", re.I)


def noun_aim(c: "Context") -> bool:
    """Whether a counted value carries a plan's bound or increment in its own words."""
    t = c.text
    if _GM32_NOUN_AIM.search(t, max(c.clause[0], c.start - 16), c.start):
        return True
    return bool(_GM32_MIN_AFTER.match(t, c.end, min(c.clause[1], c.end + 40)))


# "carry": a plan's figures written one sentence each after a goal lead in the same paragraph ("Theo đó, huyện
# phấn đấu đưa giá trị sản xuất nông nghiệp đạt 3.563 tỷ đồng. Giá trị sản xuất công nghiệp đạt 6.605 tỷ đồng.
# …"): the lead's goal word governs the sentences after it until one reports or sets its own.
_GM32_SENT_STOP = re.compile(r"(?<!\d)[.!?](?=\s)")
_GM32_CARRY = 300


_GM32_BASE = re.compile(r"so với\s+$", re.I)


def _last_report(t: str, lo: int, hi: int, base: bool) -> int:
    """The end of the last result cue in [lo, hi); with base, "so với cùng kỳ" (a comparison's base) is none."""
    return max((m.end() for m in _GM31_PAST.finditer(t, lo, hi)
                if not (base and _GM32_BASE.search(t, max(lo, m.start() - 10), m.start()))), default=-1)


def goal_carried(c: "Context", base: bool = False) -> bool:
    """Whether the sentence before the value's, in its paragraph, ends under a goal word and the value's own
    sentence has neither a goal word nor a result cue before it (base: see _last_report)."""
    t = c.text
    if c.sent[0] <= c.para[0] or _GM31_GOAL.search(t, c.sent[0], c.start) or _GM31_PAST.search(t, c.sent[0], c.start):
        return False
    lo = max(c.para[0], c.sent[0] - _GM32_CARRY)
    prev_end = c.sent[0]
    while prev_end > lo and not t[prev_end - 1].isalnum() and t[prev_end - 1] not in "%)":
        prev_end -= 1
    lo = max([lo, *(m.end() for m in _GM32_SENT_STOP.finditer(t, lo, prev_end))])
    goal = _last_end(_GM31_GOAL, t, lo, prev_end)
    return goal >= 0 and goal > _last_report(t, lo, prev_end, base)


def gm32_features(f: dict[str, float], c: "Context", toks: list[str]) -> None:
    """Option `gm32`: "noun" marks a counted value with a plan's bound (`gm:noun_aim`), not one its item reports
    ("lift" drops its `u:noun` too);
    "carry" a value whose sentence follows a goal lead in its paragraph (`gm:carry`; "base": the lead's "so với
    cùng kỳ" is no result cue)."""
    if f.get("gm:past_gate"):
        return
    if ("noun" in toks or "lift" in toks) and f.get("u:noun") and noun_aim(c):
        f["gm:noun_aim"] = 1.0
        if "lift" in toks:
            f.pop("u:noun")         # "lift": the count's result prior does not speak for it at all
    if "carry" in toks and goal_carried(c, "base" in toks):
        f["gm:carry"] = 1.0


# --- gm34: a goal word's reach over the values after it (session 33) -----------------------------------------
# The goal model reads whether a goal word is anywhere near the value (sent_goal_any, para_goal_any), not whether
# it governs the value: "đề ra mục tiêu cụ thể: tổng lượng khách ước đạt 11.050.000 lượt, …; khách quốc tế ước đạt
# 1.200.000 lượt" and "Năm 2022, toàn tỉnh đạt 1,76 triệu người, đặt mục tiêu …" look alike to it. gm34 states the
# relation: the last goal word before the value (in its sentence, at most _GM34_REACH back) with no result cue and
# no past year (gm31's lists) from it to the value.
# "gov": the value is governed so (`gm:gov`); "run": governed with another value between the goal word and it, a
# later item of the goal's enumeration ("nhằm đạt sản lượng 830.000 tấn, trong đó khai thác đạt 420.000 tấn và
# nuôi trồng hơn 410.000 tấn") (`gm:gov_run`); "colon": no goal word in its own sentence before it, but a lead
# ending in a colon earlier in its paragraph names a goal ("điều chỉnh các chỉ tiêu: Tổng thu … đạt 3.500 tỷ
# đồng (…). Thu nhập … đạt 85 triệu đồng/người"), with no result cue or past year from the colon to the value
# (`gm:colon_lead`); "due": a year ahead of the page's date before the value in its sentence, nothing reporting
# from it to the value ("Đến năm 2030, tổng diện tích nuôi thu hẹp còn 265.000 ha, …", "năm 2025 đạt 3,4
# ngày/khách") (`gm:due`). A value gm31's gate marks (its own item reports it) is never marked.
# "met" (with gov / run / colon): a goal word that is a result verb's object ("vượt mục tiêu cả giai đoạn được
# giao", "hoàn thành 100% chỉ tiêu", "chưa đạt được mục tiêu") reports, it governs nothing after it.
GM34_TOKENS = ("gov", "run", "colon", "due", "met")
_GM34_MET = re.compile(r"(?:vượt|hoàn thành|đạt được|chưa đạt|không đạt|đạt và vượt|về đích|so với)\s+"
                       r"(?:\d[\d,.]*\s*%\s+|\d+\s*/\s*\d+\s+|các\s+|những\s+)?$", re.I)


def _gm34_last_goal(t: str, lo: int, hi: int, met: bool) -> int:
    """The end of the last goal word in [lo, hi) (-1: none); with met, -1 too when that word is a result verb's
    object, not a plan's aim ("phấn đấu hoàn thành mục tiêu" aims)."""
    last = None
    for m in finditer_i(_GM31_GOAL, t, lo, hi):
        last = m
    if last is None:
        return -1
    if met:
        s = last.start()
        m = _GM34_MET.search(t, max(lo, s - 30), s)
        if m and not _GM_AIM_BEFORE.search(t, max(lo, m.start() - 25), m.start()):
            return -1
    return last.end()
_GM34_REACH = 300
_GM34_COLON_REACH = 500
_GM34_LEAD = 160        # the lead's words read before its colon


def _gm34_clear(t: str, years: list[tuple], lo: int, hi: int, as_of: int | None) -> bool:
    """No result cue (a comparison's "so với cùng kỳ" apart) and no past year in [lo, hi)."""
    if _last_report(t, lo, hi, True) >= 0:
        return False
    return as_of is None or not _past_years(t, years, lo, hi, as_of)


def gm34_governor(c: "Context", years: list[tuple], as_of: int | None, met: bool = False) -> int:
    """The end of the goal word governing the value in its sentence (-1: none, or a result cue after it)."""
    t = c.text
    lo = max(c.sent[0], c.start - _GM34_REACH)
    g = _gm34_last_goal(t, lo, c.start, met)
    if g < 0 or not _gm34_clear(t, years, g, c.start, as_of):
        return -1
    return g


def gm34_colon_lead(c: "Context", years: list[tuple], as_of: int | None, met: bool = False) -> bool:
    """A colon before the value's sentence in its paragraph whose lead names a goal, nothing reporting after it."""
    t = c.text
    lo = max(c.para[0], c.start - _GM34_COLON_REACH)
    colon = t.rfind(":", lo, c.sent[0] + 1)
    if colon < 0 or t[colon + 1:colon + 2].isdigit():      # a clock time "08:40", a ratio
        return False
    lead_lo = max(lo - _GM34_LEAD, c.para[0], t.rfind("\n", 0, colon) + 1, colon - _GM34_LEAD)
    if _gm34_last_goal(t, lead_lo, colon, met) < 0:
        return False
    return _gm34_clear(t, years, colon, c.start, as_of)


def gm34_due(c: "Context", years: list[tuple], as_of: int | None) -> bool:
    """The last year before the value in its sentence (at most _GM34_REACH back) is ahead of the page's date,
    with no result cue or past year from it to the value."""
    if as_of is None:
        return False
    ys = _between(years, max(c.sent[0], c.start - _GM34_REACH), c.start)
    return bool(ys) and ys[-1][2] > as_of and _gm34_clear(c.text, years, ys[-1][1], c.start, as_of)


def gm34_features(f: dict[str, float], c: "Context", years: list[tuple], as_of: int | None,
                  value_starts: list[int], toks: list[str]) -> None:
    """Option `gm34`: a goal word's reach over the value (tokens GM34_TOKENS, see above)."""
    option_tokens("gm34", toks, GM34_TOKENS)
    if f.get("gm:past_gate"):
        return
    met = "met" in toks
    g = gm34_governor(c, years, as_of, met) if ("gov" in toks or "run" in toks) else -1
    if g >= 0:
        if "gov" in toks:
            f["gm:gov"] = 1.0
        if "run" in toks:
            i = bisect.bisect_right(value_starts, g)
            if i < len(value_starts) and value_starts[i] < c.start:
                f["gm:gov_run"] = 1.0
    if "colon" in toks and g < 0 and _last_end(_GM31_GOAL, c.text, c.sent[0], c.start) < 0 \
            and gm34_colon_lead(c, years, as_of, met):
        f["gm:colon_lead"] = 1.0
    if "due" in toks and gm34_due(c, years, as_of):
        f["gm:due"] = 1.0


# --- cu35: counted goals the goal decision rejects, accepted after it (session 34) ----------------------------
# Among values a goal word governs, counts are gold 0.21-0.37 in A-H + devset but 0.58-0.83 in J and K1-K3 (gm34):
# models trained mostly on A-H learn a governed count as no goal, and no feature fitted on those rows lifts it.
# cu35 reads the clause's shape after the decision instead, for counted units only (any unit but "%…"), on the
# values the decision rejects. Each token is one shape (cu35_flags); targets._cu35_keep keeps them at 0.51.
CU35_TOKENS = ("gov", "floor", "due", "colon", "paren", "series")
CU35_GUARDS = ("past", "parts", "funds", "verdict", "reported", "share_paren", "head")     # shapes that keep none
CU35_BAND = 0.05        # the lowest first-pass probability a token lifts
_CU35_FLOOR_BEFORE = re.compile(r"(?:tối thiểu|ít nhất)\s*(?:là\s*)?$", re.I)
_CU35_FLOOR_AFTER = re.compile(r"\s*[^\W\d]*(?:\s+[^\W\d]+){0,3}?\s+trở lên", re.I)
# the goal words that open a goal over the values after them; a plan's or a target's noun alone ("kế hoạch",
# "chỉ tiêu": "đạt 99,55% kế hoạch năm 2025", "chỉ tiêu giao cho 13 sở"), a duty ("cần", "phải") and a goal
# set by someone ("đề ra", "đặt ra": "Nghị quyết đề ra", "Kế hoạch đã đề ra 5 mục tiêu") do not (read on the folds)
_CU35_OPENER = re.compile(r"phấn đấu|mục tiêu|quyết tâm|\bnhằm\b|hướng (?:tới|đến)|\bsẽ\b|dự kiến|tối thiểu", re.I)
# a goal word that is a result's measure ("đạt 59,5% mục tiêu", "bằng kế hoạch") or a back reference closed by
# a comma ("Để cụ thể hóa các mục tiêu trên, 4 cơ quan …") governs nothing after it
_CU35_MEASURE = re.compile(r"(?:\d\s*%|\bđạt|\bbằng|\bvượt)\s*(?:các\s+|những\s+)?$", re.I)
_CU35_BACKREF = re.compile(r"\s*(?:\w+\s+){0,2}?(?:trên|này|đó|đề ra|đặt ra)?\s*,", re.I)
# the parts a plan focuses on, named after a count ("4 ngành trọng điểm: …", "gồm 3 vùng", "tập trung vào 40
# nhóm thông tin"): a plan's parts, not a level to reach
_CU35_FOCUS_BEFORE = re.compile(r"(?:tập trung(?:\s+vào)?|\bgồm|bao gồm|\bcủa)\s*(?:\S+\s+){0,1}$", re.I)
_CU35_FOCUS_AFTER = re.compile(r"[^.;:\n\d]{0,40}?(?:trọng điểm|đặc thù|ưu tiên|mũi nhọn|chủ lực|trọng tâm|\s:|:|\bgồm\b|\blà\s*:)", re.I)
# a sum to be spent, the plan's means ("sẽ đầu tư 430 tỷ đồng", "dự kiến chi hơn 195 tỷ đồng", "tổng vốn đầu tư
# ước tính 40,2 tỷ USD"), not a level to reach ("vốn đầu tư toàn xã hội đạt …" names its level further back)
_CU35_FUNDS = re.compile(r"(?:đầu tư|\bchi\b|kinh phí|\bvốn)\s+(?:[^\W\d]+\s+){0,2}$", re.I)
_CU35_MONEY = re.compile(r"đồng|usd", re.I)
# a figure its sentence measures against a plan after it ("…, đạt 59,5% mục tiêu đến năm 2025", "bằng 80% kế
# hoạch") is progress towards a goal, not the goal
_CU35_VERDICT = re.compile(r"(?:đạt|bằng|vượt)\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d[\d.,]*\s*%\s+(?:so với\s+)?(?:mục tiêu|kế hoạch|chỉ tiêu|dự toán)", re.I)
_CU35_VERDICT_REACH = 120
# a count its clause reports after it: the subject of a completed act ("2 huyện … đã đăng ký thoát nghèo") or a
# count with its share ("có 10.689 hộ, chiếm 3,20%"; fp18's shape)
_CU35_REPORTED = re.compile(r"[^.;:\n]{0,60}?(?:\bđã\b|\bchiếm\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d)", re.I)
# a count in a parenthesis opened right after a share restates that share ("58,9% (66/112 thôn, tăng thêm 20
# thôn)", part F's convention: not a target of its own)
_CU35_SHARE_PAREN = re.compile(r"%\s*$")
# a deadline written right after the value in its clause ("đạt khoảng 1.700 triệu USD vào năm 2030"), not before
# the page's date
_CU35_DUE_AFTER = re.compile(r"\s*(?:vào|đến|trong)\s+(?:cuối\s+|hết\s+)?năm\s+(20\d\d)\b", re.I)


def cu35_flags(c: "Context", years: list[tuple], as_of: int | None) -> dict[str, object]:
    """The shapes of a rejected counted value's clause (targets._cu35_keep reads them): "gov", the goal word
    governing it in its sentence (gm34_governor with "met": a result verb's object governs nothing), kept when it
    is an opener (_CU35_OPENER), not a result's measure nor a back reference; "floor", a floor right before it
    ("tối thiểu", "ít nhất") or "trở lên" after it in its clause; "due", the last year before it in its sentence
    ahead of the page's date, nothing reporting between (gm34_due), or a year not before the page's date written
    right after it ("… vào năm 2030"); "colon", a goal lead ending in a colon
    earlier in its paragraph, no goal word before it in its sentence, nothing reporting from the colon
    (gm34_colon_lead); "past", gm31's gate (its own item reports it); "parts", a plan's parts named after the
    count; "funds", a sum to be spent; "verdict", a measure against a plan after it in its sentence; "reported",
    a completed act or a share after it in its clause; "share_paren", inside a parenthesis opened after a share."""
    t = c.text
    out: dict[str, object] = {"past": past_gate(c, years, as_of)}
    g = gm34_governor(c, years, as_of, True)
    if g >= 0:
        lo = max(c.sent[0], g - 30)
        m = None
        for m in finditer_i(_GM31_GOAL, t, lo, g + 1):
            pass
        word = t[m.start():m.end()].lower() if m is not None and m.end() == g else ""
        out["gov_word"] = word
        if _CU35_OPENER.fullmatch(word) and not _CU35_MEASURE.search(t, max(c.sent[0], g - len(word) - 16), g - len(word)) \
                and not _CU35_BACKREF.match(t, g, min(c.start, g + 40)):
            out["gov"] = True
    if _CU35_FLOOR_BEFORE.search(t, max(c.clause[0], c.start - 16), c.start) \
            or _CU35_FLOOR_AFTER.match(t, c.end, min(c.clause[1], c.end + 40)):
        out["floor"] = True
    if gm34_due(c, years, as_of):
        out["due"] = True
    else:
        m = _CU35_DUE_AFTER.match(t, c.end, c.clause[1])
        if m and (as_of is None or int(m.group(1)) >= as_of):
            out["due"] = True
    if g < 0 and _last_end(_GM31_GOAL, t, c.sent[0], c.start) < 0 and gm34_colon_lead(c, years, as_of, True):
        out["colon"] = True
    if _CU35_FOCUS_BEFORE.search(t, max(c.clause[0], c.start - 30), c.start) \
            or _CU35_FOCUS_AFTER.match(t, c.end, min(c.sent[1], c.end + 50)):
        out["parts"] = True
    if _CU35_MONEY.search(c.unit) and _CU35_FUNDS.search(t, max(c.clause[0], c.start - 40), c.start):
        out["funds"] = True
    if search_i(_CU35_VERDICT, t, c.end, min(c.sent[1], c.end + _CU35_VERDICT_REACH)):
        out["verdict"] = True
    if _CU35_REPORTED.match(t, c.end, c.clause[1]):
        out["reported"] = True
    p = tg31_paren_open(t, c.sent, c.start)
    if p >= 0 and _CU35_SHARE_PAREN.search(t, max(c.sent[0], p - 12), p):
        out["share_paren"] = True
    return out


# --- cu36: guards on the counts cu35 accepts (session 34, second round) -----------------------------------------
# Read on cu35=gov+due's wrong values of the read sets: a count inside a quoted slogan ("4 không 1 có") names the
# slogan, not a level ("quote"). (A guard "near", an expectation with no year ahead of the page's date, was
# measured and dropped: it removed 4 right values of J and no wrong one.)
CU36_TOKENS = ("quote",)
_CU36_QUOTES = re.compile(r'["“”]')


def cu36_flags(c: "Context", toks: list[str]) -> dict:
    """Option cu36's guards on a rejected counted value (targets._cu35_keep skips it when one holds): "quote", an
    odd number of quotation marks between its sentence's start and the value (it is inside a quotation)."""
    out: dict = {}
    t = c.text
    if "quote" in toks and len(_CU36_QUOTES.findall(t, c.sent[0], c.start)) % 2 == 1:
        out["g36_quote"] = True
    return out


# --- tg26: the verdicts of a value's neighbours, a second pass over the first pass's probabilities ---------
# A plan's list loses its cue after its head ("phấn đấu … đạt hơn 4.000 tỷ đồng …; thu ngân sách … đạt 78,3 tỷ
# đồng; tỷ lệ hộ nghèo giảm dưới 0,5%"; "năm 2025 đạt 10,5% trở lên. Trong đó, … tăng 3,6%"): each later item
# reads like a result. The second pass reads, besides the value's own first-pass verdict, the verdicts of the
# values before it in its sentence ("sent"), of those after it in its sentence ("after"), of the values of its
# paragraph in earlier sentences ("para") and of the value right before it in its paragraph ("prev").
# "lift": the second pass decides only the values the first pass rejects that have a neighbour it keeps (read by
# those tokens); every other verdict stays the first pass's, and the second pass is fitted on such values only.
TG26_TOKENS = ("sent", "after", "para", "prev", "lift")
_TG_NEIGHBOURS = ("sx:sent", "sx:after", "sx:para", "sx:prev")


def tg26_lifted(f: dict[str, float]) -> bool:
    """Option tg26 "lift": a value the first pass rejects with a neighbour it keeps (tg26_stack_features' row)."""
    return f["sx:self"] <= 0 and any(f.get(k, -1.0) > 0 for k in _TG_NEIGHBOURS)


def _tg_logit(p: float) -> float:
    p = min(max(p, 0.02), 0.98)         # clipped: a neighbour's certainty counts, not its decimals
    return math.log(p / (1.0 - p))


def tg26_stack_features(probs: list[float], sents: list, paras: list, toks) -> list[dict[str, float]]:
    """Option tg26: the second pass's features of each value, from the first pass's probabilities `probs`
    (values in text order) and each value's sentence and paragraph keys; one pass each way."""
    toks = set(option_tokens("tg26", toks, TG26_TOKENS))
    lg = [_tg_logit(p) for p in probs]
    out: list[dict[str, float]] = [{"sx:self": x} for x in lg]
    best_sent: dict = {}                # sentence -> the highest verdict so far
    best_para: dict = {}                # paragraph -> (the highest verdict of its finished sentences, the current sentence)
    for i, x in enumerate(lg):
        f = out[i]
        s, p = sents[i], paras[i]
        if "sent" in toks and s in best_sent:
            f["sx:sent"] = best_sent[s]
            f["sx:sent_goal"] = float(best_sent[s] > 0)
        if "para" in toks:
            done = best_para.get(p)
            earlier = None if done is None else done[0] if done[1] == s else \
                max(done[2], done[0] if done[0] is not None else -9.0)
            if earlier is not None:
                f["sx:para"] = earlier
                f["sx:para_goal"] = float(earlier > 0)
        if "prev" in toks and i and paras[i - 1] == p:
            f["sx:prev"] = lg[i - 1]
        best_sent[s] = max(best_sent.get(s, -9.0), x)
        done = best_para.get(p)
        if done is None:
            best_para[p] = (None, s, x)
        elif done[1] == s:
            best_para[p] = (done[0], s, max(done[2], x))
        else:                           # a new sentence: the last one's best joins the finished ones
            best_para[p] = (max(done[2], done[0] if done[0] is not None else -9.0), s, x)
    if "after" in toks:
        after: dict = {}
        for i in range(len(lg) - 1, -1, -1):
            if sents[i] in after:
                out[i]["sx:after"] = after[sents[i]]
            after[sents[i]] = max(after.get(sents[i], -9.0), lg[i])
    return out


# tg26 "revise": a plan revised ("điều chỉnh … các chỉ tiêu: … đạt 3.500 tỷ đồng (tăng 150 tỷ đồng so với chỉ tiêu
# cũ)", "đã được điều chỉnh tăng thêm 10.000 tấn so với kế hoạch đầu năm"): its figures are the new goals, and the
# plan they are weighed against is the old one, not a result against its plan (gm30's vs_plan).
_TG_REVISE = re.compile(r"điều chỉnh|sửa đổi|bổ sung chỉ tiêu", re.I)
_TG_OLD_PLAN = re.compile(r"\s*(?:cũ|ban đầu|đầu năm|trước đó|trước đây|đã giao|được giao trước)\b", re.I)


def tg26_revision(f: dict[str, float], c: "Context") -> None:
    """Option tg26 "revise": `tg:revised` when the value's sentence revises a plan before it (or weighs the
    value against the old plan); gm30's `gm:vs_plan` is dropped when each of its matches in the clause is such a
    revision's comparison."""
    t = c.text
    lo = c.sent[0]
    matches = list(_GM_VS_PLAN.finditer(t, c.clause[0], c.clause[1]))
    old = [bool(_TG_OLD_PLAN.match(t, m.end()) or _TG_REVISE.search(t, max(lo, m.start() - 80), m.start()))
           for m in matches]
    if any(old) or _TG_REVISE.search(t, max(lo, c.start - 300), c.start):
        f["tg:revised"] = 1.0
        if f.get("gm:vs_plan") and all(o or _GM_AIM_BEFORE.search(t, max(c.clause[0], m.start() - 25), m.start())
                                       for m, o in zip(matches, old)):
            f.pop("gm:vs_plan")


# --- fg27: candidates that are nobody's forward goal (session 27) ---------------------------------------------
# Read on the false goals of J and K1-K3 (docs: "False goals on new sites"); no gold target of the read sets
# (A-H, devset, J, K1-K3) is one of these:
# - "grade": a star grade ("sản phẩm OCOP đạt 3 sao trở lên", "khách sạn 4 - 5 sao") is a class the goal counts
#   into, never an amount;
# - "funds": money the plan spends, not an outcome it aims at ("kinh phí … khoảng 8 tỷ đồng", "vốn ngân sách
#   trung ương 16.666 triệu đồng", "hỗ trợ hơn 27,7 tỷ đồng cho các hợp tác xã"); society's investment
#   ("vốn đầu tư toàn xã hội đạt …") and revenue ("thu ngân sách") are outcomes and stay;
# - "base": the level a goal moves from ("giảm từ 55,15% cuối 2021 xuống còn 22,06%", "từ 33% năm 2020 lên
#   38%"), not the level it aims at ("từ 60% trở lên" stays).
# Windows are bounded: the value's item (at most 120 characters before it, cut at ";", ":", a line break or a
# full stop) and 40 characters after it.
# - "spent": money named for what it pays ("8 tỷ đồng hỗ trợ xây dựng …", "27,7 tỷ đồng cho các hợp tác xã");
# - "gauge": a yardstick in parentheses after the goal ("(so với 30% theo Nghị quyết …)", "(yêu cầu 85%)").
# - "dated": a figure dated by a year before the page's right after it ("đạt 28% năm 2020 (tăng …)", "còn 10,9%
#   vào cuối năm 2024") on a page written later: a result or a base level, not an aim.
# - "parts": a count of the plan's own parts, not of what it achieves ("tăng trưởng 2 con số", "3 nền tảng",
#   "3 hành lang kinh tế", "04 nhóm nhiệm vụ, giải pháp"); "82 nhóm thủ tục hành chính" stays.
FG27_TOKENS = ("grade", "funds", "base", "spent", "gauge", "dated", "parts")
_FG27_ITEM_CUT = re.compile(r"[;:\n]|\.\s")
_FG27_MONEY = re.compile(r"đồng|\busd\b|^đ$|\bđ$", re.I)
_FG27_FUNDS = re.compile(r"(?:nguồn vốn|kinh phí|\bvốn (?:ngân sách|thực hiện|sự nghiệp|hỗ trợ|đối ứng|lồng ghép|tín dụng)"
                         r"|ngân sách (?:trung ương|địa phương|tỉnh|huyện|cấp)(?! thu)|\bbố trí\b|phân bổ|\bhỗ trợ\b"
                         r"|giải ngân|tổng mức đầu tư|dự toán)[^;:\n.]{0,60}$", re.I)
_FG27_SPENT = re.compile(r"\s*(?:(?:nghìn tỷ|tỷ|triệu|nghìn)\s*(?:đồng|usd))?\s*\)?\s*(?:(?:để|dùng để|nhằm)\s*)?"
                         r"(?:hỗ trợ|cho (?:các|việc|công tác)|bố trí)\b", re.I)
_FG27_GAUGE = re.compile(r"\((?:[^()\n]{0,20}\s)?(?:yêu cầu|so với)\s*(?:mức\s*)?$", re.I)
_FG27_DATED = re.compile(r"\s*[,)]?\s*(?:vào\s*)?(?:thời điểm\s*)?(?:(?:cuối|đầu|hết|giữa)\s*)?(?:năm\s*)?((?:19|20)\d\d)\b(?![/.-]\d)",
                         re.I)
_FG27_PARTS = {"con số", "con so", "nền tảng", "hành lang", "trụ cột", "đột phá"}
_FG27_GROUPS = re.compile(r"\s*(?:nhiệm vụ|giải pháp|chỉ tiêu|mục tiêu|lĩnh vực|đột phá|chương trình)", re.I)
_FG27_TO = re.compile(r"\s*%?[^;%\d]{0,30}?(?:(?:cuối |đầu )?(?:năm )?\d{4}[^;%\d]{0,12}?)?(?<!trở )\b(?:xuống|lên)\b", re.I)


def _fg27_item(text: str, start: int) -> str:
    before = text[max(0, start - 120):start]
    cuts = list(_FG27_ITEM_CUT.finditer(before))
    return before[cuts[-1].end():] if cuts else before


def fg27_dropped(text: str, start: int, end: int, unit: str, toks, as_of: int | None = None) -> str | None:
    """Option `fg27`: why a candidate value is nobody's forward goal (one of FG27_TOKENS), else None.
    as_of: the latest year the page is known to be written in or after ("dated" reads it)."""
    u = (unit or "").strip().lstrip("#").lower()
    if "grade" in toks and u.split()[:1] == ["sao"]:
        return "grade"
    if "parts" in toks:
        w = u.split()
        if " ".join(w[:2]) in _FG27_PARTS or w[:1] == ["nhóm"] and (
                _FG27_GROUPS.match(u, 4) if len(w) > 1 else _FG27_GROUPS.match(text, end, min(len(text), end + 20))):
            return "parts"
    item = None
    if "funds" in toks and _FG27_MONEY.search(u):
        item = _fg27_item(text, start)
        if _FG27_FUNDS.search(item):
            return "funds"
    if "spent" in toks and _FG27_MONEY.search(u) and _FG27_SPENT.match(text, end, min(len(text), end + 60)):
        return "spent"
    if "gauge" in toks and _FG27_GAUGE.search(text, max(0, start - 40), start):
        return "gauge"
    if "dated" in toks and as_of is not None:
        m = _FG27_DATED.match(text, end, min(len(text), end + 30))
        if m and int(m.group(1)) < as_of:
            return "dated"
    if "base" in toks:
        item = item if item is not None else _fg27_item(text, start)
        if _GM_FROM.search(item) and _FG27_TO.match(text, end, min(len(text), end + 40)):
            return "base"
    return None


# --- tg28: the items of a kept goal the first pass rejects (session 28) ------------------------------------
# "semi": a later ";" item of a sentence whose earlier item is kept ("phấn đấu tổng giá trị sản phẩm đạt hơn
# 4.000 tỷ đồng, tăng …; thu ngân sách … đạt 78,3 tỷ đồng; tỷ lệ hộ nghèo giảm dưới 0,5%"), with no result cue
# between the kept item and the value and the value not in an aside.
# "parts": a sentence opened by "Trong đó" / "Trong số đó" / "Cụ thể" right after a sentence of the same
# paragraph with a kept value ("… năm 2025 đạt 10,5% trở lên. Trong đó, … tăng 3,6%; … tăng 17,3% …"), with no
# result cue before the value in its sentence.
# "lead": such a sentence under a goal lead in the 400 characters before it ("Huyện được giao chỉ tiêu giảm tỷ lệ hộ
# nghèo năm 2028 cho các xã. Cụ thể, xã A giảm 3,5%; xã B giảm 2,8%"), with no result cue or tally of goals met
# after the lead. All read bounded windows (300-400 characters); the values the first pass keeps cost nothing.
TG28_TOKENS = ("semi", "parts", "lead")
_TG28_REACH = 300
_TG28_OPENER = re.compile(r"[\s\W]{0,4}(?:trong (?:đó|số đó)|cụ thể)\b", re.I)
# the lead's goal words: a plan set or handed down ("chỉ tiêu" alone names the met ones too: "nhiều chỉ tiêu … tăng")
_TG28_LEAD = re.compile(r"phấn đấu|mục tiêu|đề ra|đặt ra|kịch bản|\bgiao\b", re.I)


# the second figure of one item ("3.200 tỷ đồng, tăng 9% so với năm trước"): its growth, not another item
_TG28_SAME = re.compile(r"\d[\d.,]*\s*(?:%|[^\W\d]+(?:\s+[^\W\d]+){0,3})?\s*,\s*(?:tăng|giảm|gấp|bằng|vượt|chiếm|đạt)"
                        r"(?:\s+(?:khoảng|hơn|trên|gần))?\s*$", re.I)


def _tg28_second_figure(t: str, lo: int, start: int) -> bool:
    return bool(_TG28_SAME.search(t, max(lo, start - 60), start))


def tg28_semi_item(t: str, sent: tuple[int, int], kept_end: int, start: int) -> bool:
    """Whether the value at start is a later ";" item of the sentence whose item ending at kept_end is kept
    (not a tally of goals met between, "15/16 mục tiêu …; 1/16 mục tiêu hoàn thành trên 87%", nor its item's
    second figure)."""
    if kept_end < sent[0] or kept_end > start or start - kept_end > _TG28_REACH:
        return False
    semi = t.rfind(";", kept_end, start)
    if semi < 0:
        return False
    return not _item_past(t, kept_end, start) and t.count("(", semi, start) <= t.count(")", semi, start) \
        and not _MET_TALLY.search(t, max(sent[0], kept_end - 200), start) and not _tg28_second_figure(t, semi, start)


def tg28_part_sentence(t: str, sent: tuple[int, int], start: int) -> bool:
    """Whether the value's sentence opens with "Trong đó" / "Trong số đó" / "Cụ thể" and reports nothing before it
    (nor is the value its item's second figure)."""
    if start - sent[0] > _TG28_REACH or not _TG28_OPENER.match(t, sent[0], min(sent[1], sent[0] + 20)):
        return False
    return not _item_past(t, sent[0], start) and t.count("(", sent[0], start) <= t.count(")", sent[0], start) \
        and not _tg28_second_figure(t, max(sent[0], t.rfind(";", sent[0], start) + 1), start)


def tg28_lead_before(t: str, sent: tuple[int, int]) -> bool:
    """Option tg28 "lead": the text before the value's sentence (at most 400 characters back) ends under a goal word
    (_TG28_LEAD) with no result cue after it, and holds no result cue nor tally of goals met at all."""
    lo = max(0, sent[0] - 400)
    goal = _last_end(_TG28_LEAD, t, lo, sent[0])
    return goal >= 0 and goal > _last_report(t, lo, sent[0], True) and not _item_past(t, lo, sent[0]) \
        and not _OWN_PAST.search(t, lo, sent[0]) and not _MET_TALLY.search(t, lo, sent[0])


# --- tg29: goals worded without the usual cues (session 28) ------------------------------------------------
# "duty": lines that hand a goal down or bind to one are goal lines for the counted nouns (target_units.TG29_DUTY).
# "cue": a rejected value whose clause (from the last ";" / ":" or the sentence start, at most 120 characters back)
# holds such a wording before it ("được Thủ tướng giao hoàn thành hơn 66 nghìn căn", "năm 2025 phải hoàn thành
# 4.000 căn", "kịch bản tăng trưởng năm 2025 đạt 10,5%", "thống nhất mức tăng trưởng 7,5%/năm"), with no result cue
# between; bounded window, read only for rejected values.
TG29_TOKENS = ("duty", "cue", "units")
_TG29_REACH = 120


def tg29_duty_before(t: str, sent: tuple[int, int], start: int) -> bool:
    from extractors.target_units import TG29_CUE
    return _cue_governs(t, sent, start, TG29_CUE)


def _cue_governs(t: str, sent: tuple[int, int], start: int, cue: re.Pattern) -> bool:
    """The last `cue` in the value's clause (within _TG29_REACH before it) governs it: no past item, own past
    wording, open parenthesis or second figure between."""
    lo = max(sent[0], start - _TG29_REACH, t.rfind(";", sent[0], start) + 1, t.rfind(":", sent[0], start) + 1)
    low = t[lo:start].lower()
    m = None
    for m in cue.finditer(low):
        pass
    if m is None:
        return False
    rest = lo + m.end()
    return not _item_past(t, lo, start) and not _OWN_PAST.search(t, lo, start) \
        and t.count("(", lo, start) <= t.count(")", lo, start) and not _tg28_second_figure(t, rest, start)


# --- tg30: goals still missed on new sites (session 29) ----------------------------------------------------
# "plan": a rejected value whose clause (as tg29's "cue": from the last ";" / ":" or the sentence start, at most 120
# characters back) sets a plan before it ("năm 2026, ngành đề ra kế hoạch trồng rừng với quy mô 1.200 ha"), with no
# result cue between and not its item's second figure.
# "list": a rejected item of a dash list ("- Tỷ lệ xã có điểm phục vụ: 100%") whose list (the adjacent lines with a
# list mark, at most 12 each way) holds three values or more, one of them kept by the first pass and none below 0.3
# (a list the model nearly takes whole), with no result cue on its own line before it.
# "sched": an item of a per-year schedule ("+ Năm 2026: trồng mới 300 ha") after a lead line ending in ":" (the
# run of such items at most 8 lines), with no result cue on the lead or the item; these lines become candidates with
# the same token (target_units.TG30_SCHED).
# "follow": tg28's "semi" and "parts" read again after tg29's and these keeps (a kept plan's "Trong số đó" parts).
# All bounded: a clause, a line, at most 12 lines each way; read only for rejected values.
# "series": one year's level of a year series ("năm 2026 đạt 3,2 ngày/khách; năm 2028 đạt 3,4 …") whose other year,
# same unit, the first pass keeps (targets._tg30_series; the year within 40 characters before each value).
# "will": a value whose clause (as "plan") says what will be built, planted or drawn (target_units.TG30_WILL: "giai
# đoạn 2026-2030 sẽ xây mới 12 trường"); the same token makes such lines candidates' goal lines.
TG30_TOKENS = ("plan", "list", "sched", "follow", "series", "will")
# the year that opens a series item right before its value ("năm 2026 đạt", "năm 2028 là khoảng", "vào năm 2030:")
_TG30_YEAR_ITEM = re.compile(r"\bnăm (20\d\d)\s*[:,]?\s*(?:(?:đạt|là|đón|có|ở mức|tăng|giảm|còn)\s+)?"
                             r"(?:(?:khoảng|trên|hơn|dưới|ít nhất|tối thiểu|từ)\s+)?$", re.I)


def tg30_series_year(t: str, sent: tuple[int, int], start: int) -> int | None:
    lo = max(sent[0], start - 40)
    m = _TG30_YEAR_ITEM.search(t, lo, start)
    return int(m.group(1)) if m else None


def tg30_series_clear(t: str, a: int, b: int) -> bool:
    """No result cue nor aside left open between two items of a series."""
    return b - a <= 300 and not _item_past(t, a, b) and not _OWN_PAST.search(t, a, b)
_TG30_PLAN = re.compile(r"\b(?:đề ra|đặt ra)\s+kế hoạch\b(?!\s+(?:đề ra|đặt ra|được giao|năm\s+\d{4}\s+đã))")
_TG30_MARK = re.compile(r"[ \t]*[-+•–*][ \t]*\S")


def tg30_plan_before(t: str, sent: tuple[int, int], start: int, pattern: re.Pattern | None = None) -> bool:
    return _cue_governs(t, sent, start, pattern or _TG30_PLAN)


def _tg30_line(t: str, pos: int) -> tuple[int, int]:
    a = t.rfind("\n", 0, pos) + 1
    b = t.find("\n", pos)
    return a, (len(t) if b < 0 else b)


def tg30_list_item(t: str, start: int, starts: list[int], first: list[float]) -> bool:
    a, b = _tg30_line(t, start)
    if not _TG30_MARK.match(t, a, b) or _item_past(t, a, start) or _OWN_PAST.search(t, a, start):
        return False
    lo, hi = a, b
    for _ in range(12):         # the list's lines before
        if lo == 0:
            break
        pa, pb = _tg30_line(t, lo - 1)
        if not _TG30_MARK.match(t, pa, pb):
            break
        lo = pa
    for _ in range(12):         # and after
        if hi >= len(t):
            break
        na, nb = _tg30_line(t, hi + 1)
        if not _TG30_MARK.match(t, na, nb):
            break
        hi = nb
    i, j = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
    kept = sum(1 for k in range(i, j) if first[k] > 0.5)
    return kept >= 1 and j - i >= 3 and min(first[i:j]) >= 0.3


def tg30_sched_item(t: str, start: int) -> bool:
    from extractors.target_units import TG30_SCHED
    a, b = _tg30_line(t, start)
    if not TG30_SCHED.match(t, a, b) or _item_past(t, a, start) or _OWN_PAST.search(t, a, start):
        return False
    lo = a
    for _ in range(8):          # back over the run of schedule items to its lead
        if lo == 0:
            return False
        pa, pb = _tg30_line(t, lo - 1)
        if TG30_SCHED.match(t, pa, pb):
            lo = pa
            continue
        lead = t[pa:pb].rstrip()
        return lead.endswith(":") and not _item_past(t, pa, pb) and not _OWN_PAST.search(t, pa, pb)
    return False


# --- tg31: goals still missed on new sites, fourth look (session 30) -------------------------------------------
# Option `tg31`, tokens; read after tg30 on the values the goal decision rejects (targets._tg31_keep), kept at 0.51
# so the vetoes still read them. Bounded windows: the parenthesis (at most 100 characters before the value) and the
# 40 characters between the kept value and its "(".
# "part": a value in a ", trong đó" clause of a kept value of its sentence whose part names a subject and a verb of its
#   own ("giảm 1,5 - 2% so với năm 2026, trong đó, tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số giảm 3%"; miss26's
#   `parts` reads at most ten words and no verb but "đạt" / "là"), and the next item of such a run ("… đạt 600.000 tấn và lúa nếp hơn
#   150.000 tấn"); no result cue, no ";" / "." / parenthesis between the "trong đó" and the value.
# "gloss": such a parenthesis's value of the same unit, smaller than the kept one and followed by a qualifier ("50.000
#   lao động (20.000 lao động trực tiếp)") is a part, not a gloss: the gloss veto does not read it.
# "words": "một" before a scale word and a counted noun ("thu hút một triệu lượt khách nội địa") is the number 1
#   (target_units.TG31_WORDS, in the cand_fix string as "tg31_words"); not money, not "một" alone (an article).
# "topic": a line opened by a topic label ("Về lượt khách du lịch: …") after a goal line opening one is a goal line
#   for the counted nouns (target_units.TG31_TOPIC, in the cand_fix string as "tg31_topic").
# "paren": a value inside a parenthesis opened right after a kept value of its sentence, naming that value's parts
#   or its plan ("tạo việc làm cho 30.000 lao động (12.000 lao động nữ)", "tăng 3,1%/năm (Trồng trọt: 2,4%; …)",
#   "có thêm 8 xã đạt chuẩn (kế hoạch năm 2027 công nhận 05 xã và 03 xã đăng ký thêm)"), with no result cue, change,
#   comparison or equivalence in the parenthesis before it, and no year there unless a plan word names it.
TG31_TOKENS = ("paren", "topic", "part", "gloss", "words")
_TG31_REACH = 100
_TG31_NOT = re.compile(r"so với|\btăng\b|\bgiảm\b|chiếm|tương (?:đương|ứng)|\bbằng\b|\bgấp\b|\bhiện\b|\bcòn\b|"
                       r"\bđã\b|\bước\b|dự kiến|khoảng cách|\bvượt\b|\bđạt\b|bình quân|trung bình|cả nước|toàn quốc", re.I)
_TG31_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_TG31_PLAN_YEAR = re.compile(r"(?:kế hoạch|mục tiêu|chỉ tiêu|phấn đấu)\s+(?:năm|đến năm|giai đoạn)\s+(?:19|20)\d\d",
                             re.I)


def tg31_paren_open(t: str, sent: tuple[int, int], start: int) -> int:
    """The "(" still open before the value at start (within _TG31_REACH, in its sentence), else -1."""
    p = t.rfind("(", max(sent[0], start - _TG31_REACH), start)
    if p < 0 or t.find(")", p, start) >= 0 or "\n" in t[p:start]:
        return -1
    return p


def tg31_same_unit(a: str, b: str) -> bool:
    """The units count the same thing, per-suffixes aside ("%/năm" and "%"; not "đường hẻm" and "km")."""
    return a.split("/")[0].strip().lower() == b.split("/")[0].strip().lower()


def tg31_paren_part(t: str, p: int, kept_end: int, start: int) -> bool:
    """Whether the parenthesis opened at p, right after a kept value ending at kept_end (no figure, ";" or "." between),
    names that value's parts or plan up to the value at start: no result cue, change, comparison, equivalence, and
    no year unless a plan word names it ("kế hoạch năm 2027")."""
    if kept_end > p or p - kept_end > 40 or re.search(r"[\d;.!?]", t[kept_end:p]):
        return False
    inner = t[p + 1:start]
    if _TG31_NOT.search(inner) or _item_past(t, p, start) or _OWN_PAST.search(t, p, start):
        return False
    return not _TG31_YEAR.search(_TG31_PLAN_YEAR.sub(" ", inner))


_TG31_PART = re.compile(r"[,(]\s*(?:trong (?:đó|số đó)|bao gồm)\s*(?:có\s*)?[:,]?\s*", re.I)
_TG31_PART_TAIL = re.compile(r"(?:[^\W\d]+\s*,?\s*){0,16}", re.I)


def tg31_part_clause(t: str, sent: tuple[int, int], prev_end: int, start: int) -> bool:
    """Whether the value at start is in a ", trong đó" clause right after the value ending at prev_end (same
    sentence, at most 200 characters on): only words (at most 16) between the clause's opener and the value, no
    result cue nor second figure."""
    if prev_end < sent[0] or start - prev_end > 200:
        return False
    m = None
    for m in _TG31_PART.finditer(t, prev_end, start):
        pass
    if m is None or re.search(r"[.;!?]", t[prev_end:m.start()]):
        return False
    if not _TG31_PART_TAIL.fullmatch(t, m.end(), start) or "(" in t[m.start() + 1:start]:
        return False
    return not _item_past(t, m.start(), start) and not _OWN_PAST.search(t, m.start(), start) \
        and not _tg28_second_figure(t, m.end(), start)


_TG31_ABOUT = re.compile(r"khoảng|xấp xỉ|\bgần\b|\bhơn\b|\btrên\b|tương đương|\btức\b", re.I)


def tg31_qualified(t: str, p: int, start: int, end: int) -> bool:
    """Words after the value's unit before its parenthesis closes ("20.000 lao động trực tiếp)"), and no
    approximation before it in the parenthesis ("(khoảng 15.000 lao động)" is a gloss)."""
    m = re.match(r"\s*[^\W\d][^()\d]{0,40}\)", t[end:end + 48])
    return m is not None and not _TG31_ABOUT.search(t, p, start)


# --- gr32: rejected goals accepted after the model (session 31) ---------------------------------------------------
# Option `gr32`, tokens; read after the goal decision (targets._gr32_keep, after tg31) on the values the model
# rejects with a middling probability (GR32_BAND, at most 0.5): such a value is kept at 0.51 and the vetoes and drops
# after the decision (statistic, gloss, fp23, fj26b, fp30, fp31 …) still read it. No training row changes.
# "sent": a sentence that sets goals ("phấn đấu", "mục tiêu", "chỉ tiêu", "đề ra", "dự kiến", "kế hoạch", "đến năm
#   2030" …) before its first value, another of whose values the model keeps, with no past or result wording
#   anywhere in it ("đã", "ước", "đạt được", "kết quả", "đến nay", "(đạt 100% mục tiêu)" …); the value not inside an
#   open parenthesis of its clause.
# "run": a run of at least three values of one unit joined by ";", ",", "và" or inline dashes (no new line, no
#   sentence end but ". -", at most 300 characters apart), one of which the model keeps and none of which it gives
#   less than the band's floor, with no result wording in the value's item.
# "twin": a value of the unit of a kept value of its sentence (at most 220 characters apart, no sentence end
#   between) with the same word before both ("năm 2026 đạt 3,2 ngày/khách; … năm 2030 đạt 4 ngày/khách"), no result
#   wording or change between.
# "line": a short line (a headline, caption or item, at most 220 characters) with a forward cue before the value
#   ("hướng tới", "phấn đấu", "mục tiêu", "nỗ lực", "để đạt", "kế hoạch", "nâng … lên", "đặt ra" …; not a year alone)
#   and no past or result wording in it.
# "due": an item after a year lead ending in a colon in the value's sentence ("- Đến năm 2030: tỷ lệ … dưới 20%;
#   tỷ lệ … dưới 12%"), no past or result wording from the lead to the sentence's end, not in an open parenthesis.
# "dash": an indicator item "- <label>: X" (a dash item, on its own line or inline after ". "), in a run of at least
#   three such items of one unit, each on the line after the other or inline after ". " (a numbered heading "2. …"
#   between allowed; at most 300 characters apart), one of which the model keeps; read down to GR32_DASH_BAND.
# Every window is bounded by the value's sentence (Sentences' bounds), its line or 300 characters.
GR32_TOKENS = ("sent", "run", "twin", "line", "due", "dash")
GR32_BAND = 0.3
GR32_DASH_BAND = 0.15
_GR32_GOAL = re.compile(r"phấn đấu|mục tiêu|chỉ tiêu|đặt ra|đề ra|\bdự kiến\b|kế hoạch|định hướng|\bsẽ\b|"
                        r"(?:đến|tới) năm 20[2-9]\d|hướng tới|quyết tâm", re.I)
_GR32_PAST = re.compile(r"\bđã\b|\bước\b|đạt được|kết quả|tính đến|đến nay|năm qua|vừa qua|hiện nay|hiện có|trước đó|"
                        r"so với kế hoạch|% kế hoạch|mục tiêu\)|vượt mục tiêu|(?<!để )(?<!nhằm )(?:đạt|vượt|hoàn thành) (?:các )?(?:chỉ tiêu|mục tiêu)|"
                        r"(?:đạt|hoàn thành)\s+\d[\d,.]*\s*%\s*(?:mục tiêu|kế hoạch|chỉ tiêu)", re.I)
_GR32_PARTS = re.compile(r"\b(?:bao gồm|gồm|chia thành|thành)\s+$", re.I)     # a plan's parts ("gồm 3 vùng")
_GR32_AFTER = re.compile(r"[^\d.;()\n]{0,40}?\bso với\b", re.I)       # a change told after the value
_GR32_TALLY = re.compile(r"(?:đến|tính đến|tới)\s+(?:hết|cuối)\s+năm", re.I)     # "Đến cuối năm 2017, …"
_GR32_CHANGE = re.compile(r"so với|\btăng\b|\bgiảm\b|chiếm|tương đương|tương ứng", re.I)
_GR32_HARD = re.compile(r"\n|\.\s+(?![-+•–])|[!?]\s")
_GR32_QUAL = re.compile(r"(?:\s+(?:trên|khoảng|hơn|gần|từ|ít nhất|tối thiểu|tối đa|dưới|xấp xỉ|còn|lên|là|ở mức))*\s*$",
                        re.I)
_GR32_WORD = re.compile(r"([^\W\d]+|:)\s*$")


def gr32_unit(a: str, b: str) -> bool:
    """One unit for the rules ("%/năm" and "%" are one)."""
    return a.split("/")[0] == b.split("/")[0] if a.startswith("%") and b.startswith("%") else a == b


def _gr32_item_open(t: str, lo: int, start: int) -> int:
    return max(t.rfind(";", lo, start), t.rfind(",", lo, start), t.rfind(":", lo, start), t.rfind(" - ", lo, start),
               lo)


def gr32_sent(t: str, sent: tuple[int, int], start: int, end: int, first: int) -> bool:
    """Option gr32 "sent": the sentence's words before its first value (at `first`) set goals, none of its words
    is a past or result wording, the value is not inside an open parenthesis of its clause nor a change told by
    "so với" after it."""
    if not _GR32_GOAL.search(t, sent[0], first) or _GR32_PAST.search(t, sent[0], sent[1]):
        return False
    c = _gr32_item_open(t, sent[0], start)
    return t.count("(", c, start) <= t.count(")", c, start) and not _GR32_AFTER.match(t, end, end + 60)


def gr32_linked(t: str, a: int, b: int) -> bool:
    """Option gr32 "run": no new line or sentence end (". -" opens an item) between two values, 300 apart at most."""
    return b - a <= 300 and not _GR32_HARD.search(t, a, b)


def gr32_item_clear(t: str, sent: tuple[int, int], start: int) -> bool:
    """No result wording in the value's item (from its ";", ",", ":" or " - ", at most 200 characters back), nor
    past wording or a tally opener ("Đến cuối năm 2017, …") from its sentence's start."""
    a = _gr32_item_open(t, max(0, start - 200), start)
    lo = max(sent[0], start - 300)
    return not _GR32_PAST.search(t, a, start) and not _GR32_CHANGE.search(t, a, start) \
        and not _GR32_PAST.search(t, lo, start) and not _GR32_TALLY.search(t, lo, start)


def gr32_word_before(t: str, start: int) -> str | None:
    """The word before a value, qualifiers ("trên", "khoảng", "dưới" …) skipped; ":" counts as a word."""
    w = t[max(0, start - 60):start]
    m = _GR32_QUAL.search(w)
    w = w[:m.start()] if m else w
    m = _GR32_WORD.search(w)
    return m.group(1).lower() if m else None


def gr32_twin(t: str, sent: tuple[int, int], a: int, b: int) -> bool:
    """Option gr32 "twin": two values of one sentence at most 220 apart with the same word before them, no
    result wording or change between, and no past wording or tally opener from the sentence's start."""
    lo = max(sent[0], a - 300)
    return b - a <= 220 and not _GR32_HARD.search(t, a, b) and not _GR32_PAST.search(t, lo, b) \
        and not _GR32_TALLY.search(t, lo, a) \
        and not _GR32_CHANGE.search(t, a, b) and gr32_word_before(t, a) is not None \
        and gr32_word_before(t, a) == gr32_word_before(t, b)


# a year alone ("Đến năm 2025, tỷ lệ … đạt 96,2%") is no cue here: a look back at a period opens lines so too
_GR32_LINE_CUE = re.compile(r"hướng (?:tới|đến)|phấn đấu|mục tiêu|nỗ lực|để đạt|kế hoạch|"
                            r"nâng\b[^\d\n]{0,60}\blên|quyết tâm|đặt ra|đề ra|\bsẽ\b", re.I)


def gr32_line(t: str, start: int) -> bool:
    """Option gr32 "line": the value's line is short (at most 220 characters), holds a forward cue before the value
    and no past or result wording, and the value is not a plan's parts ("gồm 3 vùng")."""
    a = t.rfind("\n", max(0, start - 220), start) + 1
    if a == 0 and start > 220:
        return False
    b = t.find("\n", start, a + 221)
    if b < 0 and len(t) > a + 220:
        return False
    b = len(t) if b < 0 else b
    return bool(_GR32_LINE_CUE.search(t, a, start)) and not _GR32_PAST.search(t, a, b) \
        and not _GR32_PARTS.search(t, max(a, start - 30), start)


_GR32_DUE = re.compile(r"(?:đến|tới)\s+(?:hết\s+|cuối\s+)?năm\s+20\d\d\s*:", re.I)


def gr32_due(t: str, sent: tuple[int, int], start: int) -> bool:
    """Option gr32 "due": the value follows a year lead ending in a colon (the last one, at most 300 characters
    back, no sentence end or blank line between: hard-wrapped lines are read across), with no past or result
    wording from the lead to the value's sentence end and no open parenthesis in its item."""
    lo = max(0, start - 300)
    lo = max(lo, t.rfind("\n\n", lo, start) + 2, t.rfind(". ", lo, start) + 2, t.rfind(".\n", lo, start) + 2)
    if t.find(":", lo, start) < 0:
        return False
    m = None
    for m in _GR32_DUE.finditer(t, lo, start):
        pass
    if m is None or _GR32_PAST.search(t, m.end(), max(sent[1], start)):
        return False
    c = max(t.rfind(";", m.end(), start), m.end())
    return t.count("(", c, start) <= t.count(")", c, start)


_GR32_DASH_ITEM = re.compile(r"(?:^|\n|[.;]\s|\s)[-–+•]\s+([^\n:;]{3,200}):\s*(?:(?:trên|dưới|khoảng|tối thiểu|ít nhất|từ|đạt)\s+)?$",
                             re.I)


def gr32_dash_item(t: str, start: int) -> bool:
    """Option gr32 "dash": the value ends an indicator item "- <label>: (qualifier) X" opened by a dash at most 200
    characters back, with no past or result wording in it."""
    lo = max(0, start - 220)
    m = None
    for m in _GR32_DASH_ITEM.finditer(t, lo, start):
        pass
    return m is not None and m.end() == start and not _GR32_PAST.search(t, m.start(), start)


_GR32_LINE_BREAK = re.compile(r"\n(?![ \t]*(?:[-–+•]|\d{1,2}[.)])\s)|(?<!\n\d)(?<!\n\d\d)\.\s+(?![-+•–]|\d{1,2}[.)]\s)|"
                              r"[!?]\s")


def gr32_dash_linked(t: str, a: int, b: int) -> bool:
    """Option gr32 "dash": two values at most 300 apart whose every line break or sentence end between opens a
    dash item or a numbered heading of the list ("2. Mạng cố định")."""
    return b - a <= 300 and not _GR32_LINE_BREAK.search(t, a, b)
