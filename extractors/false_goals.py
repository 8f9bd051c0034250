"""False goals dropped after the goal decision (fp30-fp35, sessions 29-34): values the decision keeps
that read as results, statistics, thresholds, a plan's parts or copies, each rule an option token
(`targets.find_targets` calls them on the kept values only, so no training row changes). Every window
is bounded (at most a few hundred characters around the value)."""
from __future__ import annotations

import re

from extractors.textutil import option_tokens


# --- fp30: false goals on new sites, again (session 29) -----------------------------------------------------------
# Option `fp30`, tokens; read after the goal decision on the values it keeps (targets.find_targets, after fj26b),
# so no training row changes. Each window is bounded (at most 400 characters before the value, 40 after it).
# "grow": a relative change right after another value of its item ("đạt 5.200 tỷ đồng, tăng 19% so với năm 2020";
#   "đón 4 triệu lượt khách (trong đó …), tăng 80% so với"): the goal restated as its change (G-002, H-008,
#   README-part-J's J-010), not "tăng trưởng" (F-068 / J-007 / G-070 keep some of those), not a new item whose
#   value its own noun follows ("…, giảm 13,5% hộ nghèo"), not after a bare year ("Năm 2027, tăng 9%").
# "aside": a change in parentheses ("(tăng trên 25% so với năm 2024)", "(tăng bình quân 8%/năm)", "(tăng 27 CLB …)").
# "top": a range's top whose scale repeats the bottom's ("3 triệu đến 3,5 triệu lượt", "350 nghìn tỷ đến 400
#   nghìn tỷ đồng"): the lower bound is the goal by the conventions.
# "some": "1 số" is "một số" (some), not a count of "số".
# "perone": the denominator of a yield per hectare ("giá trị sản phẩm trên 01 ha đất trồng trọt").
# "voted": a rank a page was voted or named into ("được bình chọn Top 10 …").
# "source": a figure under "Theo báo cáo / kết quả / số liệu / Bộ / Sở / Cục / UBND …" opening its sentence or clause,
#   no goal word between ("Theo báo cáo của UBND tỉnh, đến nay toàn tỉnh giảm được 4,1% …").
# "tally": a figure under "Tính đến", "Kết thúc năm", "Đến thời điểm", "Lũy kế", no goal word between.
# "now": a sentence opened by "Hiện" / "Hiện nay" / "Hiện tại" with no goal word before the value.
# "budget": money whose clause names a plan's funds ("nguồn vốn", "kinh phí", "bố trí", "phân bổ", "vốn / nguồn
#   ngân sách"), not society's investment or revenue; fg27's `funds` reads only the item before the value.
# "stock": a count of what exists already ("bảo vệ tốt 12.000 ha rừng tự nhiên hiện có", README-part-K1 call 7).
FP30_TOKENS = ("grow", "aside", "top", "some", "perone", "voted", "source", "tally", "now", "budget", "stock")
_FP30_GROW = re.compile(r"(?:,|\()\s*(?:tăng|giảm)(?:\s+(?:bình quân|khoảng|gần|hơn|trên|từ|đạt|là|ở mức|xấp xỉ))*\s*$",
                        re.I)
_FP30_PREV = re.compile(r"(\d[\d.,]*)\s*(?:%|[^\W\d]+(?:\s+[^\W\d]+){0,7})\s*(?:\([^()]{0,160}\)\s*)?$")
_FP30_ITEM_END = re.compile(r"\s*(?:[,;.)]|so\b|$)", re.I)
_FP30_CLAUSE = re.compile(r";|\.\s|\n|:")
_FP30_ASIDE = re.compile(r"\(\s*(?:tăng|giảm)(?:\s+(?:bình quân|khoảng|gần|hơn|trên|từ|thêm))*\s*$", re.I)
_FP30_TOP = re.compile(r"\d[\d.,]*\s*(?:nghìn tỷ|nghìn tỉ|ngàn tỷ|triệu|tỷ|tỉ|nghìn|ngàn)\s*(?:đến|tới|-|–)\s*$", re.I)
_FP30_PER_ONE = re.compile(r"(?:giá trị|thu nhập|sản lượng|doanh thu|lợi nhuận)[^\d;.]{0,40}?(?:trên|mỗi|/)\s*$", re.I)
_FP30_VOTED = re.compile(r"được\s+(?:bình chọn|vinh danh|xếp hạng|xếp|công nhận|trao)[^\d;.]{0,20}$", re.I)
_FP30_SOURCE_WORDS = r"theo\s+(?:báo cáo|kết quả|số liệu|bộ|sở|cục|tổng cục|thống kê|ubnd|ủy ban)"
_FP30_TALLY_WORDS = r"tính\s+đến|kết thúc năm|đến thời điểm|lũy kế|luỹ kế"
_FP30_SOURCE = re.compile(r"(?:^|[.;:\n])\s*" + _FP30_SOURCE_WORDS + r"\b", re.I)
_FP30_TALLY = re.compile(r"(?:^|[.;:\n])\s*(?:" + _FP30_TALLY_WORDS + r")\b", re.I)
_FP30_NOW = re.compile(r"[.;:\n]?\s*hiện(?:\s+nay|\s+tại)?\s*,?\s", re.I)
_FP30_GOAL = re.compile(r"phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|dự kiến|đề ra|đặt ra|định hướng|\bcần\b|\bphải\b|\bsẽ\b", re.I)
_FP30_GOAL_NOW = re.compile(r"phấn đấu|mục tiêu|kế hoạch|dự kiến|đề ra|đặt ra|định hướng|\bsẽ\b", re.I)
_FP30_REACH = 400
_FP30_BUDGET = re.compile(r"nguồn vốn|kinh phí|bố trí|phân bổ|vốn ngân sách|nguồn ngân sách", re.I)
_FP30_NOT_BUDGET = re.compile(r"toàn xã hội|thu ngân sách", re.I)
_FP30_STOCK = re.compile(r"[^\d;.,]{0,60}?\bhiện có\b", re.I)


def _fp30_clause_start(t: str, start: int, reach: int = 220) -> int:
    lo = max(0, start - reach)
    for m in _FP30_CLAUSE.finditer(t, lo, start):
        lo = m.end()
    return lo


def _fp30_sentence_start(t: str, start: int) -> tuple[int, bool]:
    """The last ". " or line break within _FP30_REACH characters before the value (its index), or the text's
    start; else the reach's start, and whether a sentence starts there."""
    lo = max(0, start - _FP30_REACH)
    at = max(t.rfind(". ", lo, start), t.rfind("\n", lo, start))
    return (at, True) if at >= 0 else (lo, lo == 0)


def fp30_restated_change(t: str, start: int, end: int) -> bool:
    """"grow": "…, tăng X% so với …" right after another value of its item (not a bare year's)."""
    lo = _fp30_clause_start(t, start)
    m = _FP30_GROW.search(t, lo, start)
    if not m or not _FP30_ITEM_END.match(t, end):
        return False
    p = _FP30_PREV.search(t, lo, m.start())
    return bool(p) and re.fullmatch(r"(?:19|20)\d\d", p.group(1)) is None


def _fp30_opened(rx: re.Pattern, t: str, s0: int, start: int) -> bool:
    m = None
    for m in rx.finditer(t, s0, start):
        pass
    return m is not None and not _FP30_GOAL.search(t, m.end(), start)


def fp30_drop(text: str, start: int, end: int, unit: str, tokens) -> str | None:
    """Option `fp30`: which of its rules drops a value the goal decision keeps (the token), else None."""
    toks = option_tokens("fp30", tokens, FP30_TOKENS)
    u = (unit or "").lstrip("#").lower()
    if "grow" in toks and fp30_restated_change(text, start, end):
        return "grow"
    if "aside" in toks and _FP30_ASIDE.search(text, _fp30_clause_start(text, start, 40), start):
        return "aside"
    if "top" in toks and _FP30_TOP.search(text, max(0, start - 30), start):
        return "top"
    if "some" in toks and u == "số" and re.match(r"1\s", text[start:start + 2] + " "):
        return "some"
    if "perone" in toks and u in ("ha", "héc ta", "hecta") and re.match(r"0?1\b", text[start:start + 3]) \
            and _FP30_PER_ONE.search(text, max(0, start - 60), start):
        return "perone"
    if "voted" in toks and u == "hạng" and _FP30_VOTED.search(text, max(0, start - 40), start):
        return "voted"
    if "budget" in toks and re.search(r"đồng|usd", u):
        lo = _fp30_clause_start(text, start, 160)
        if _FP30_BUDGET.search(text, lo, start) and not _FP30_NOT_BUDGET.search(text, lo, start):
            return "budget"
    if "stock" in toks and not u.startswith("%") and _FP30_STOCK.match(text, end, min(len(text), end + 80)):
        return "stock"
    if not any(k in toks for k in ("source", "tally", "now")):
        return None
    s0, opens = _fp30_sentence_start(text, start)
    if "source" in toks and _fp30_opened(_FP30_SOURCE, text, s0, start):
        return "source"
    if "tally" in toks and _fp30_opened(_FP30_TALLY, text, s0, start):
        return "tally"
    if "now" in toks and opens:
        m = _FP30_NOW.match(text, s0)
        if m and not _FP30_GOAL_NOW.search(text, m.end(), start):
            return "now"
    return None


# --- fp31: false goals on new sites, third look (session 30) -----------------------------------------------------
# Option `fp31`, tokens; read after the goal decision on the values it keeps (targets.find_targets, after fp30), so
# no training row changes. Every window is bounded (the value's clause within 220 characters, its sentence within
# fp30's 400, at most 160 characters after it).
# "equiv": a value said again as its equivalent right after another value of its clause ("đạt 85% số xã đạt chuẩn
#   (tương đương 96 xã)", "giảm 4,7%, tương ứng giảm 8.493 hộ"): one target, the value the goal is set in.
#   A sentence opened by "(Trong đó) tương ứng / tương đương" after a percentage is its equivalents, all of them.
# "more": an increment whose clause goes on to the level it raises ("có thêm 29 xã đạt chuẩn, nâng tổng số xã đạt
#   chuẩn lên 94 xã"), or that closes the gap to a share set earlier in its sentence ("Để đạt … 30% số xã …, phải có
#   thêm 8 xã"): README-part-J's ruling (J-003 / J-350), the level is the target, not the increment.
# "est": a figure in a sentence that estimates a result ("ước tính", "ước đạt", "ước thực hiện", "ước cả năm") with no
#   goal word from the sentence's start to the value (asides in parentheses and "chương trình mục tiêu" skipped), the
#   estimate a year's close ("ước tính hết năm") or set against the plan or the same period in its sentence.
# "done": a figure after a verdict on a plan ("hoàn thành vượt mức kế hoạch", "đạt chỉ tiêu Nghị quyết đề ra",
#   "vượt kế hoạch") in its sentence, with no goal word before the verdict or between it and the value.
FP31_TOKENS = ("equiv", "more", "est", "done")
_FP31_EQUIV = re.compile(r"(?:\(\s*|,\s*)?(?:tương đương|tương ứng)(?:\s+(?:với|giảm|tăng|khoảng|gần|hơn|trên|"
                         r"xấp xỉ|mức|là|có|đạt))*\s*$", re.I)
_FP31_PREV_NUM = re.compile(r"\d[\d.,]*(\s*%)?")
_FP31_RAISE = re.compile(r",\s*(?:qua đó\s+|từ đó\s+)?nâng\s+(?:tổng\s+)?(?:số|tỷ lệ|tỉ lệ)\b[^;.\d]{0,120}?"
                         r"(?:lên|là|đạt)\s+(?:khoảng\s+|trên\s+|hơn\s+)?\d", re.I)
# the level an increment closes the gap to, earlier in its sentence ("Để đạt mục tiêu 30% số xã đạt chuẩn vào năm
# 2026, từ nay đến đó phải có thêm 8 xã")
_FP31_GAP = re.compile(r"\bđể\s+(?:đạt|hoàn thành)\b[^.;\n]{0,160}?\d[\d.,]*\s*%", re.I)
# a sentence opened by the equivalents of the percentage the sentence before ends with ("Trong đó, tương ứng 4.000 ha …")
_FP31_EQUIV_OPEN = re.compile(r"\s*(?:trong đó\s*,?\s*)?(?:tương ứng|tương đương)\b", re.I)
_FP31_PCT = re.compile(r"\d\s*%[^\d]{0,120}$")
_FP31_MORE_BEFORE = re.compile(r"\bthêm\s+$|\bphấn đấu\s+(?:có\s+)?$", re.I)
_FP31_EST = re.compile(r"\bước\s+(?:tính|đạt|thực hiện|cả năm)\b", re.I)
# an estimate of a year's close ("ước tính hết năm 2026", "ước thực hiện cả năm"), or one set against the plan or the
# same period ("(kế hoạch 7%)", "(chỉ tiêu nghị quyết là …)", "so với cùng kỳ", "đạt 96% kế hoạch"): a report's figure
_FP31_EST_CLOSE = re.compile(r"ước\s+(?:(?:tính|thực hiện|đạt)\s+)?(?:đến\s+)?(?:hết|cả|cuối)\s+năm", re.I)
_FP31_EST_PLAN = re.compile(r"\(\s*(?:kế hoạch|chỉ tiêu|KH)\b|so với (?:cùng kỳ|kế hoạch)|%\s*kế hoạch", re.I)
# before a verdict, its own object ("các chỉ tiêu … đều hoàn thành vượt mức kế hoạch") is no goal word
_FP31_INTENT = re.compile(r"phấn đấu|mục tiêu|dự kiến|đặt ra|định hướng|\bcần\b|\bphải\b|\bsẽ\b", re.I)
_FP31_NOT_GOAL = re.compile(r"chương trình mục tiêu", re.I)
_FP31_PAREN = re.compile(r"\([^()]{0,200}\)")
_FP31_DONE = re.compile(r"(?<!để )(?<!nỗ lực )(?:hoàn thành|đạt|vượt)(?:\s+(?:và vượt|vượt mức|vượt))?\s+(?:các\s+)?"
                        r"(?:kế hoạch|chỉ tiêu)(?:\s+(?:nghị quyết|kế hoạch|được giao|tỉnh giao|năm))?"
                        r"(?:[^;.,\d()]{0,40}?\s(?:đề ra|giao))?\s*[,;]", re.I)


def _fp31_goal_free(t: str, lo: int, hi: int) -> bool:
    """No goal word in t[lo:hi], asides in parentheses and "chương trình mục tiêu" (a programme's name) aside."""
    s = _FP31_NOT_GOAL.sub(" ", _FP31_PAREN.sub(" ", t[lo:hi]))
    return not _FP30_GOAL.search(s)


def fp31_drop(text: str, start: int, end: int, unit: str, tokens) -> str | None:
    """Option `fp31`: which of its rules drops a value the goal decision keeps (the token), else None."""
    toks = option_tokens("fp31", tokens, FP31_TOKENS)
    near = text[max(0, start - _FP30_REACH):start].lower()     # substring tests first: most kept values pass none
    if "equiv" in toks and "tương" in near:
        lo = _fp30_clause_start(text, start)
        m = _FP31_EQUIV.search(text, max(lo, start - 40), start)
        prev = None
        for prev in _FP31_PREV_NUM.finditer(text, lo, m.start()) if m else ():
            pass
        if prev is not None and prev.group(1):          # the value before is a percentage
            return "equiv"
        s0, _ = _fp30_sentence_start(text, start)
        b = s0 + 1 if 0 <= s0 < len(text) and text[s0] in ".\n" else max(s0, 0)
        if _FP31_EQUIV_OPEN.match(text, b) and ";" not in text[b:start] and \
                _FP31_PCT.search(text, max(0, b - 200), b):
            return "equiv"
    if "more" in toks and _FP31_MORE_BEFORE.search(text, max(0, start - 20), start) and \
            _FP31_GAP.search(text, _fp30_sentence_start(text, start)[0] + 1, start):
        return "more"
    if "more" in toks and _FP31_MORE_BEFORE.search(text, max(0, start - 20), start):
        stop = min(len(text), end + 160)
        for m in re.finditer(r"[;.]\s|\n", text[end:end + 160]):
            stop = end + m.start()
            break
        if _FP31_RAISE.search(text, end, stop):
            return "more"
    est = "est" in toks and "ước" in near
    done = "done" in toks and ("kế hoạch" in near or "chỉ tiêu" in near)
    if not (est or done):
        return None
    s0, _ = _fp30_sentence_start(text, start)
    s0 = max(s0, 0)
    if est:
        m = None
        for m in _FP31_EST.finditer(text, s0, start):
            pass
        if m is not None and _fp31_goal_free(text, s0, start) and \
                (_FP31_EST_CLOSE.match(text, m.start()) or _FP31_EST_PLAN.search(text, s0, start)):
            return "est"
    if done:
        m = None
        for m in _FP31_DONE.finditer(text, s0, start):
            pass
        if m is not None and not _FP31_INTENT.search(text, s0, m.start()) and _fp31_goal_free(text, m.end(), start):
            return "done"
    return None


# --- fp32: false goals on new sites, fourth look (session 31) ----------------------------------------------------
# Option `fp32`, tokens; read after the goal decision on the values it keeps (targets.find_targets, after fp31), so
# no training row changes. Every window is bounded (the value's clause within 220 characters, its sentence within
# fp30's 400, at most 160 characters after it).
# "office": fp30's "source" when its opener names an office whose name holds a goal word ("Theo Bộ Kế hoạch và Đầu
#   tư, tỷ lệ hộ nghèo … năm 2023 còn 2,93%"): the name is no goal word.
# "base": a level dated by its own year ("đạt 28% năm 2020 (…)", "Số CLB năm 2020 đạt 1.200 CLB", "(Năm 2020 thu
#   nhập … là 43 triệu đồng/người") that its sentence then carries to a later year ("cho đến năm 2025 đạt 35,5%",
#   ", phấn đấu đến năm 2025 có …"), no goal word before it in its sentence: the base a goal moves from.
# "enum": a count of a plan's parts that a list follows ("4 khu vực then chốt: Một là …", "05 đề án trọng điểm …
#   gồm:", "theo 04 cụm bao gồm:", "8 nhóm sản phẩm du lịch đặc thù, gồm"): the parts, not what the plan achieves.
# "pair": a count and its share in one clause, one target: "ở 401 xã, đạt 100%" keeps the count (the share is its
#   restatement), "154/218 trường …, đạt 70,06%" keeps the share (a fraction is read as its percentage).
# "scope": where or with what a plan is carried out ("được thực hiện ở 13/13 huyện … với 196 xã", "với nhu cầu đất
#   là 43,5ha", "với trên 500 hộ nghèo tham gia").
# "months": a figure of part of a year ("tăng 7,07% trong 9 tháng năm 2025", "… trong quý I"), no goal word before it
#   in its sentence: a result of the period, not an aim.
FP32_TOKENS = ("office", "base", "enum", "pair", "scope", "months", "prior", "subject")
_FP32_ENDS = re.compile(r"\s*(?:[.;,)\n]|$)")
_FP32_PRIOR = re.compile(r"\(\s*(?:trước đó|trước đây|chỉ tiêu cũ|mức cũ|kế hoạch cũ|cũ)\s*(?:là\s+|:\s*)?"
                         r"(?:từ\s+|khoảng\s+|trên\s+|hơn\s+)?$|\bthay vì\s+(?:mức\s+)?(?:từ\s+|khoảng\s+)?$", re.I)
_FP32_SUBJECT = re.compile(r"[^\d;:.,()\n%]{0,30}?\s(?:giảm|tăng)\s+(?:bình quân\s+|từ\s+|trên\s+|hơn\s+|khoảng\s+)*\d",
                           re.I)
_FP32_OFFICE_NAME = re.compile(r"(?:tài chính\s*[-–&,]?\s*(?:và\s+)?)?kế hoạch\s*(?:và|-|–|&)\s*đầu tư"
                               r"|tài chính\s*[-–&]\s*kế hoạch", re.I)
_FP32_YEAR_BEFORE = re.compile(r"(?<!đến )(?<!tới )(?<!vào )(?<!trong )(?<!cuối )(?<!hết )(?<![-–/])"
                               r"\bnăm\s+((?:19|20)\d\d)\b(?![-–/]\d)[^\d;:()]{0,60}?"
                               r"(?:đạt|là|có|ở mức|chiếm)\s+(?:khoảng\s+|trên\s+|hơn\s+|gần\s+)?$", re.I)
_FP32_YEAR_AFTER = re.compile(r"\s*(?:năm|vào năm)\s+((?:19|20)\d\d)\b(?![-–/]\d)", re.I)
_FP32_LATER = re.compile(r"(?:đến|tới)\s+năm\s+((?:19|20)\d\d)\b[^;\n]{0,40}?\d", re.I)
_FP32_PART_NOUN = re.compile(r"\s*(?:khu vực|đề án|nhiệm vụ|nhóm|cụm|lĩnh vực|trụ cột|giải pháp|đột phá|khâu|trọng tâm|"
                             r"định hướng|trục|hành lang|không gian|phân vùng|tiểu vùng|vùng)\b", re.I)
_FP32_ENUM_TAIL = re.compile(r"[^;.\n:()]{0,60}?(?:,\s*)?(?:(?:bao\s+)?gồm\b|:)", re.I)
_FP32_PAIR_PCT = re.compile(r"(\d[\d.,]*)(/\d[\d.,]*)?\s+[^\W\d][^\d;:.%()\n]{0,60},\s*(?:đạt|bằng)\s+"
                            r"(?:tỷ lệ\s+|tỉ lệ\s+)?$", re.I)
_FP32_PAIR_FRAC = re.compile(r"/\s*\d[\d.,]*\s+[^\W\d][^\d;:.%()\n]{0,60},\s*(?:đạt|bằng)\s+(?:tỷ lệ\s+|tỉ lệ\s+)?"
                             r"\d[\d.,]*\s*%\s*(?:[.;,()\n]|$)", re.I)
_FP32_SCOPE = re.compile(r"(?:(?:được\s+)?(?:thực hiện|triển khai|áp dụng)\s+(?:ở|tại|trên)\s+(?:địa bàn\s+)?(?:cả\s+|toàn\s+)?"
                         r"|\bđối với\s+(?:các\s+|cả\s+)?|thành viên(?:\s+ban đầu)?\s+(?:ít nhất|tối thiểu)\s+(?:là\s+)?|nhu cầu(?:\s+(?:sử dụng\s+)?(?:đất|vốn|kinh phí|diện tích))?\s+(?:là\s+|khoảng\s+|khoảng\s+)?)$",
                         re.I)
_FP32_WITH = re.compile(r"(\d[\d.,]*)(?:/\d[\d.,]*)?\s+[^\W\d][^\d;:.()\n]{0,40}\s+với\s+(?:tổng số\s+)?$", re.I)
_FP32_JOIN = re.compile(r"\bvới\s+(?:khoảng\s+|trên\s+|hơn\s+|gần\s+)?$", re.I)
_FP32_TAKE_PART = re.compile(r"\s*[^\W\d][^\d;:.,()\n]{0,40}?\s(?:tham gia|tham dự)\b", re.I)
_FP32_MONTHS = re.compile(r"\s*(?:\)\s*)?(?:trong|của|sau)\s+(?:(?:\d{1,2}|sáu|chín)\s+tháng|quý\s+(?:I{1,3}|IV|[1-4]))\b",
                          re.I)


def _fp32_sentence_lo(t: str, start: int) -> int:
    s0, _ = _fp30_sentence_start(t, start)
    return s0 + 1 if 0 <= s0 < len(t) and t[s0] in ".\n" else max(s0, 0)


def fp32_drop(text: str, start: int, end: int, unit: str, tokens) -> str | None:
    """Option `fp32`: which of its rules drops a value the goal decision keeps (the token), else None."""
    toks = option_tokens("fp32", tokens, FP32_TOKENS)
    u = (unit or "").lstrip("#").lower()
    pct = u.startswith("%")
    if "office" in toks:
        s0, _ = _fp30_sentence_start(text, start)
        m = None
        for m in _FP30_SOURCE.finditer(text, s0, start):
            pass
        if m is not None and _FP32_OFFICE_NAME.search(text, m.end(), start) and \
                not _FP30_GOAL.search(_FP32_OFFICE_NAME.sub(" ", text[m.end():start])):
            return "office"
    num = re.match(r"\d[\d.,]*(?:\s*/\s*\d[\d.,]*)?", text[start:end])
    after_num = start + (num.end() if num else 0)
    if "enum" in toks and num and not pct and _FP32_PART_NOUN.match(text, after_num, end + 1) \
            and _FP32_ENUM_TAIL.match(text, end, min(len(text), end + 80)):
        return "enum"
    if "pair" in toks:
        lo = _fp30_clause_start(text, start)
        if pct and (p := _FP32_PAIR_PCT.search(text, lo, start)) and not p.group(2) and _FP32_ENDS.match(text, end) \
                and re.fullmatch(r"(?:19|20)\d\d", p.group(1)) is None:
            return "pair"
        slash = text.find("/", start, end + 2)
        if not pct and slash >= 0 and re.fullmatch(r"\d[\d.,]*\s*", text[start:slash]) and \
                _FP32_PAIR_FRAC.match(text, slash, min(len(text), end + 100)):
            return "pair"
    if "prior" in toks and _FP32_PRIOR.search(text, max(0, start - 40), start):
        return "prior"
    if "subject" in toks and num and not pct and _FP32_SUBJECT.match(text, end, min(len(text), end + 60)):
        return "subject"
    if "scope" in toks and not pct:
        lo = _fp30_clause_start(text, start)
        if _FP32_SCOPE.search(text, max(lo, start - 60), start):
            return "scope"
        w = _FP32_WITH.search(text, lo, start)
        if w and _FP32_SCOPE.search(text, max(lo, w.start() - 60), w.start()):
            return "scope"
        if _FP32_JOIN.search(text, max(lo, start - 20), start) and \
                _FP32_TAKE_PART.match(text, end, min(len(text), end + 60)):
            return "scope"
    if not ("base" in toks or "months" in toks):
        return None
    s0 = _fp32_sentence_lo(text, start)
    if "months" in toks and _FP32_MONTHS.match(text, end, min(len(text), end + 30)) and _fp31_goal_free(text, s0, start):
        return "months"
    if "base" in toks and _fp31_goal_free(text, s0, start):
        lo = _fp30_clause_start(text, start, 120)
        y = _FP32_YEAR_BEFORE.search(text, lo, start) or _FP32_YEAR_AFTER.match(text, end, min(len(text), end + 20))
        if y:
            stop = min(len(text), end + 160)
            dot = text.find(". ", end, stop)
            stop = dot if dot >= 0 else stop
            for m in _FP32_LATER.finditer(text, end, stop):
                if int(m.group(1)) > int(y.group(1)):
                    return "base"
    return None


# --- fp33: false goals on new sites, fifth look (session 32) ----------------------------------------------------
# Option `fp33`, tokens; read after the goal decision on the values it keeps (targets.find_targets, after fp32), so
# no training row changes. Every window is bounded (the value's sentence within fp30's 400 characters, at most 400
# characters after the value).
# "close": a sentence opened by "Đến hết / cuối năm Y," with no goal word before the value, whose page goes on within
#   400 characters to a later aim ("… phấn đấu đến hết năm Y+1", "Trong 5 năm tới"): the year's close is the
#   writer's past ("Đến hết năm 2018, toàn tỉnh có 90 xã …"), not a deadline (A-152's "Đến hết năm 2022, có 70% …"
#   goes on to no later aim).
# "dateline": fp30's "tally" / "source" / "now" openers after a news dateline ("(HG) - Kết thúc năm 2021, …").
# "rank": a figure followed by its rank (", đứng thứ 5 cả nước", ", xếp thứ 3 khu vực"), no goal word before it in
#   its sentence: a result set against others.
# "after": figures of goal-free sentences that the next sentence calls results ("… còn 1,85%. Phát huy kết quả đạt
#   được, …", "Với những kết quả trên, …"), the cue within 300 characters after the value, no goal word between.
# "pop": a population forecast ("Quy mô dân số dự kiến 1 triệu người", "dân số dự báo khoảng 70 nghìn người"): a
#   plan's premise, not an aim (J-401's "đặt mục tiêu dân số trung bình hơn 3,3 triệu người" stays).
# "at": a count of places right after "tại / ở" that its clause follows with its own figure ("Diện tích tái canh …
#   tại 5 tỉnh vùng Tây Nguyên khoảng 91 nghìn ha"): where the figure is, not what is aimed at.
# "headcopy": a headline's goal whose value the body holds in another unit of the same head word (targets.
#   _fp33_head_copies, read on the page's emitted goals after the per-value decisions).
FP33_TOKENS = ("close", "dateline", "rank", "after", "pop", "at", "headcopy")
_FP33_CLOSE = re.compile(r"\s*(?:[-–+•*]\s*)?đến\s+(?:hết|cuối)\s+năm\s+((?:19|20)\d\d)\s*,", re.I)
_FP33_LATER = re.compile(r"(?:phấn đấu|mục tiêu|kế hoạch|định hướng|\bsẽ\b)[^.;\n\d]{0,60}?(?:đến|tới|trong|vào)\s+"
                         r"(?:hết\s+|cuối\s+)?năm\s+((?:19|20)\d\d)\b", re.I)
_FP33_AHEAD = re.compile(r"\b(?:trong|những)\s+(?:\d+\s+|các\s+|mấy\s+)?năm\s+(?:tới|tiếp theo)\b|"
                         r"\b(?:thời gian|giai đoạn)\s+tới\b", re.I)
_FP33_DATELINE = re.compile(r"\s*\([^()\n]{1,30}\)\s*[-–]\s*")
# fp30's tally and source openers, and "hiện nay," (comma required: no sentence start to anchor on here)
_FP33_OPENER = re.compile(r"(?:" + _FP30_TALLY_WORDS + r"|hiện(?:\s+nay|\s+tại)?\s*,|" + _FP30_SOURCE_WORDS + r")\b",
                          re.I)
_FP33_RANK = re.compile(r"\s*,\s*(?:đứng|xếp)\s+(?:thứ|hạng)\s+(?:\d|nhất|nhì|ba)", re.I)
_FP33_POP = re.compile(r"\bdân số(?:\s+(?:trung bình|đô thị|toàn tỉnh|của tỉnh|năm \d{4}|đến năm \d{4}))?\s+"
                       r"(?:dự kiến|dự báo)(?:\s+(?:khoảng|đạt|là|trên|hơn|dưới|đến năm \d{4},?))*\s*$", re.I)
_FP33_AT = re.compile(r"(?:\btại|\bở)\s+(?:các\s+|cả\s+)?$", re.I)
_FP33_AT_NEXT = re.compile(r"\s*[^\W\d][^\d;:.,()\n%]{0,50}?\s(?:khoảng|đạt|là|với|trên|hơn)?\s*\d", re.I)
_FP33_AFTER = re.compile(r"(?:\.\s+|\n\s*)(?:phát huy|từ|với|qua|trên cơ sở)\s+(?:những\s+|các\s+)?kết quả\s+"
                         r"(?:đạt được|đó|này|trên|nêu trên)\b", re.I)


def fp33_drop(text: str, start: int, end: int, unit: str, tokens) -> str | None:
    """Option `fp33`: which of its rules drops a value the goal decision keeps (the token), else None."""
    toks = option_tokens("fp33", tokens, FP33_TOKENS)
    s0 = _fp32_sentence_lo(text, start)
    if "rank" in toks and _FP33_RANK.match(text, end, min(len(text), end + 30)) and _fp31_goal_free(text, s0, start):
        return "rank"
    if "close" in toks and (m := _FP33_CLOSE.match(text, s0, start)) and _fp31_goal_free(text, m.end(), start):
        y, hi = int(m.group(1)), min(len(text), end + 400)
        if any(int(n.group(1)) > y for n in _FP33_LATER.finditer(text, end, hi)) or _FP33_AHEAD.search(text, end, hi):
            return "close"
    if "dateline" in toks and (d := _FP33_DATELINE.match(text, s0, start)) and \
            (m := _FP33_OPENER.match(text, d.end(), start)) and _fp31_goal_free(text, m.end(), start):
        return "dateline"
    u = (unit or "").lstrip("#").lower()
    if "pop" in toks and re.fullmatch(r"(?:nghìn |ngàn |triệu )?(?:người|dân)", u) and \
            _FP33_POP.search(text, max(0, start - 60), start):
        return "pop"
    if "at" in toks and not u.startswith("%") and _FP33_AT.search(text, max(0, start - 12), start) and \
            _FP33_AT_NEXT.match(text, end, min(len(text), end + 70)):
        return "at"
    if "after" in toks and "kết quả" in text[end:end + 300].lower():
        a = _FP33_AFTER.search(text, end, min(len(text), end + 300))
        if a and _fp31_goal_free(text, s0, start) and _fp31_goal_free(text, end, a.start()):
            return "after"
    return None


# --- fp34: false goals on new sites, sixth look (session 33) ----------------------------------------------------
# Option `fp34`, tokens; read after the goal decision on the values it keeps (targets.find_targets, after fp33), so
# no training row changes. Windows: the value's sentence (fp30's 400 characters), at most 60 characters after it, a
# result lead at most 400 characters before it.
# "verdict": a figure its clause then sets against a plan (", đạt chỉ tiêu Nghị quyết đề ra", ", vượt kế hoạch",
#   ", dù chưa đạt mục tiêu", ", bằng 102% kế hoạch"), with no intent word before it in its sentence: a result (or a
#   forecast of one) judged against the goal, not the goal.
# "achieved": a figure after a lead that says the aims were met or names what was achieved ("… đã đạt được những
#   thành tựu quan trọng: …", "Đến nay, mục tiêu này đã được … hoàn thành. Theo đó, …", "Trong nhiệm kỳ vừa qua, …",
#   "Kết quả đạt được … như sau: …"), no intent in the lead's own clause ("Phát huy những thành tựu đã đạt được, …")
#   and no intent word from the end of that clause to the figure.
# "pivot": a figure whose sentence names no intent and no year, right before a sentence that turns to what comes next
#   ("… tỷ lệ hộ nghèo còn 2,5%. Trong 5 năm tới, …", "… Thời gian tới, …"; the turn within 200 characters, no
#   sentence end between): the results the page then builds on.
# "surpass": "achieved" with a verdict for its lead (", vượt mục tiêu đề ra", ", đạt và vượt kế hoạch", ", dù chưa
#   đạt mục tiêu …"): the figures that follow a figure judged against its plan, no intent between.
FP34_TOKENS = ("verdict", "achieved", "pivot", "surpass")
_FP34_VERDICT = re.compile(r"[^;.\n\d()]{0,25}?,\s*(?:(?:qua đó|như vậy|dù|mặc dù|tuy)\s+)?(?:(?:chưa|không|đã)\s+)?"
                           r"(?:đạt|vượt|hoàn thành|bằng|gấp)(?:\s+(?:và vượt|vượt mức|vượt|\d[\d,.]*\s*%|"
                           r"\d[\d,.]*\s*lần))?\s+(?:so\s+với\s+)?(?:các\s+|mức\s+)?"
                           r"(?:chỉ tiêu|mục tiêu|kế hoạch|KH|nghị quyết|yêu cầu đề ra)\b", re.I)
_FP34_INTENT = re.compile(r"phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|đề ra|đặt ra|định hướng|hướng (?:tới|đến)|\bcần\b|"
                          r"\bphải\b|\bsẽ\b|tối thiểu|ít nhất", re.I)
_FP34_ACHIEVED = re.compile(r"\bđã\s+(?:đạt được|giành được)|\bđạt được\s+(?:những\s+|nhiều\s+|các\s+)?(?:kết quả|"
                            r"thành tựu|thành tích)|thành tựu|\bđã\s+(?:thực hiện\s+)?thắng lợi|về đích|"
                            r"\bđã\s+(?:được\s+[^.;:\n\d]{0,40}?)?hoàn thành\s+(?:xuất|suất)\s+sắc|"
                            r"\bđã\s+hoàn thành\s+(?:và\s+)?vượt|kết quả đạt được|"
                            r"nhiệm kỳ\s+(?:vừa qua|qua|trước)|giai đoạn\s+vừa qua", re.I)
_FP34_SURPASS = re.compile(r",\s*(?:(?:dù|mặc dù|tuy)\s+)?(?:(?:chưa|không)\s+)?(?:đạt và\s+)?(?:đạt|vượt)\s+"
                           r"(?:(?:các|mức)\s+)?(?:mục tiêu|kế hoạch|chỉ tiêu)\b", re.I)
_FP34_CLAUSE_END = re.compile(r"[.;:\n]")
_FP34_CLAUSE_START = re.compile(r"[.;:,\n]")
_FP34_PIVOT = re.compile(r"[^.!?\n]{0,200}?(?:\.{1,3}|…|\n)\s*(?:[-–+•*]\s*)?(?:trong\s+)?"
                         r"(?:(?:\d+|những|các|mấy)\s+năm|thời gian|giai đoạn)\s+(?:tới|tiếp theo|sắp tới)\b", re.I)
_FP34_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# before the lead's cue in its sentence: carrying results on is a goal's lead ("Phát huy những thành tựu đã đạt được, …")
_FP34_LEAD_INTENT = re.compile(r"phấn đấu|định hướng|hướng (?:tới|đến)|\bsẽ\b|\bcần\b|\bphải\b|phát huy|kế thừa|"
                               r"trên cơ sở|tiếp tục|giữ vững|\bnhằm\b|\bđể\b|quyết tâm|cam kết", re.I)


def _fp34_clause_lo(t: str, at: int) -> int:
    """Where the clause holding `at` starts: after the last ".", ";", ":", "," or line break before it (at most 200
    characters back)."""
    lo = max(0, at - 200)
    m = None
    for m in _FP34_CLAUSE_START.finditer(t, lo, at):
        pass
    return m.end() if m else lo


def fp34_drop(text: str, start: int, end: int, unit: str, tokens) -> str | None:
    """Option `fp34`: which of its rules drops a value the goal decision keeps (the token), else None."""
    toks = option_tokens("fp34", tokens, FP34_TOKENS)
    s0 = _fp32_sentence_lo(text, start)
    if "verdict" in toks and _FP34_VERDICT.match(text, end, min(len(text), end + 60)) and \
            not _FP34_INTENT.search(_FP31_PAREN.sub(" ", text[s0:start])):
        return "verdict"
    if "pivot" in toks and _FP34_PIVOT.match(text, end, min(len(text), end + 200)) and \
            not _FP34_YEAR.search(text, s0, start) and not _FP34_INTENT.search(_FP31_PAREN.sub(" ", text[s0:start])):
        return "pivot"
    for tok, cue in (("achieved", _FP34_ACHIEVED), ("surpass", _FP34_SURPASS)):
        if tok not in toks:
            continue
        m = None
        for m in cue.finditer(text, max(0, s0 - 400), start):
            pass
        c = _FP34_CLAUSE_END.search(text, m.end(), start) if m is not None else None
        # the lead's sentence up to its clause's end carries no intent; nothing from there to the figure sets a goal
        if m is not None and not _FP34_LEAD_INTENT.search(text, _fp34_clause_lo(text, m.start()),
                                                          c.start() if c else m.start()):
            lo = c.end() if c else m.end()
            if not _FP34_INTENT.search(_FP31_NOT_GOAL.sub(" ", _FP31_PAREN.sub(" ", text[lo:start]))):
                return tok
    return None


# --- fp35: false goals on new sites, seventh look (session 34) --------------------------------------------------
# Option `fp35`, tokens; read after the goal decision on the values it keeps (targets.find_targets, after fp34), so
# no training row changes. Windows: the value's sentence (fp30's 400 characters), at most 240 characters after it
# and 260 before it, a tally at most 800 characters before it in its paragraph. Measured, off (docs/extraction.md).
# "split": a count right after "(được) chia (ra) thành / làm" ("Kế hoạch được chia thành 2 giai đoạn:"): the parts a
#   plan or a place is divided into, not what it achieves.
# "frame": a count right after a preposition or copula ("với", "vào", "là", "trên cả", "ở cả", "theo"), whose noun
#   phrase (at most 60 characters, no figure) goes on to ":", "(bao) gồm" or "là" ("Với 3 trung tâm đô thị: …",
#   "tập trung vào 4 sản phẩm đặc thù … gồm …", "Cùng với đó là 4 sản phẩm mới lạ là …"): the parts a list then
#   names. A count after a verb ("xây dựng 3 đô thị thông minh gồm: …", "có thêm 4 xã … gồm …") is left to the model.
# "these": a count whose noun (one or two words) is followed by "này", "nói trên" or "trên đây" ("UBND 3 huyện này"):
#   things already named, not an aim.
# "organ": a count right after an organ's name ("Huyện ủy 3 huyện chủ động …", "UBND 3 tỉnh …", "Đảng bộ 3 xã"): the
#   bodies of places already named, not an aim.
# "level": an increment ("thêm N") whose clause goes on to the level it raises, written without "lên / là" too
#   (", nâng tỷ lệ 100% số huyện …": fp31's "more" wants "lên / là / đạt"); and, on the page, every other writing of
#   an increment "thêm N" (headline, caption) whose value and unit fp31's "more" or this token drops elsewhere
#   (targets.find_targets' page pass; README-part-J's J-003 / J-350 ruling: the level is the target).
# "against": a figure its clause sets beside a plan in parentheses ("tăng 8,76% (kế hoạch 7,5%)", "(chỉ tiêu nghị quyết
#   là …)", "(yêu cầu 85%)"), no intent word before it in its sentence, and the figures inside such a parenthesis
#   after a figure: a result beside a past plan, neither a goal (README-part-A, "past goals shown next to results").
# "ratio": a figure inside the parenthesis that follows a ratio goal with its base year ("tăng 1,5 lần so năm 2020
#   (Năm 2020 … là 43 triệu đồng/người, đến năm 2025 là 64,5 triệu đồng/năm)", "(tương đương 75,2 triệu đồng/năm)"):
#   the ratio restated as amounts; the ratio is the target.
# "cut": a counted unit the excerpt's end cuts ("… đạt khoảng 497 tri", "… đạt gần 10.500 tỷ đ"): the unit runs to the
#   text's last letters, its last syllable is written nowhere else in the text as a word (devset README, "Goals cut
#   by the excerpt's end": a number whose unit is cut is a cut value, dropped), but begins a scale or money word
#   ("triệu", "tỷ", "nghìn", "đồng") or a longer word the text writes after a figure; "… tổng diện tích 125.000ha"
#   stays.
# "attr": a measure right after "với (tổng) diện tích / công suất / quy mô / vốn / kinh phí …" that follows a count in
#   its clause ("Tỉnh cũng quy hoạch 32 cụm công nghiệp với tổng diện tích 1.827 ha"; not a year), no intent word
#   before it in its sentence ("… đề ra kế hoạch nuôi cá lồng bè với quy mô 4.000 lồng" is a goal): an attribute of
#   the things counted, not a goal of its own.
# "recog": a count right after "công nhận (thêm / mới)" ("Hà Nội công nhận 45 xã đạt chuẩn NTM kiểu mẫu", "… ký quyết định
#   công nhận 02 huyện …"), no aim, plan or horizon before it in its sentence: a recognition done, a result.
# "tally": a figure in the list a tally of goals met opens ("có 9/17 mục tiêu … đạt và vượt gồm: 100% …; 100% …",
#   "4/4 chỉ tiêu đều đạt và vượt kế hoạch đề ra, cụ thể: …"), in the tally's paragraph, no intent word between.
FP35_TOKENS = ("split", "frame", "these", "organ", "level", "against", "tally", "ratio", "cut", "attr", "recog")
_FP35_RECOG = re.compile(r"\bcông nhận\s+(?:thêm\s+|mới\s+)?$", re.I)
# before a recognition: an aim, a plan or a horizon makes it a goal ("phấn đấu công nhận thêm 12 xã", "đến năm 2025 …")
_FP35_RECOG_INTENT = re.compile(r"phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|đề ra|đặt ra|định hướng|hướng (?:tới|đến)|\bcần\b|"
                                r"\bphải\b|\bsẽ\b|tối thiểu|ít nhất|dự kiến|\bđến năm\b|năm tới|đề nghị", re.I)
# the measure of the things a clause has just counted ("32 cụm công nghiệp với tổng diện tích 1.827 ha", "8 dự án … với
# tổng quy mô 6.547 căn"); "với tổng số 3.850 giường bệnh" (a count of its own) is not one
_FP35_ATTR = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d[\d.,]*\s+[^\W\d][^\d;.()\n]{0,80}?\bvới\s+(?:tổng\s+)?(?:số\s+)?(?:quy mô\s+)?"
                        r"(?:diện tích|công suất|quy mô|vốn|mức đầu tư|kinh phí|chiều dài)"
                        r"(?:\s+(?:đăng ký|đầu tư|sử dụng|ước tính|dự kiến|là|khoảng|gần|hơn|trên|đạt))*\s*$", re.I)
_FP35_SCALE_WORDS = ("triệu", "tỷ", "tỉ", "nghìn", "ngàn", "đồng")     # the scale and money words a cut may begin
_FP35_RATIO = re.compile(r"\d[\d.,]*\s*lần\s+so\s+(?:với\s+)?(?:năm\s+|cuối năm\s+)?(?:19|20)\d\d[^.;()\n]{0,30}?\([^()]{0,200}$",
                         re.I)
_FP35_ORGAN = re.compile(r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|Huyện ủy|Huyện uỷ|Thị ủy|"
                         r"Thị uỷ|Thành ủy|Thành uỷ|Tỉnh ủy|Tỉnh uỷ|Đảng ủy|Đảng uỷ|Đảng bộ|chính quyền|lãnh đạo)"
                         r"\s+(?:các\s+|của\s+)?$", re.I)
_FP35_SPLIT = re.compile(r"\bchia\s+(?:ra\s+)?(?:thành|làm)\s+$", re.I)
_FP35_FRAME_LEAD = re.compile(r"(?:(?:^|[.;:,\n]\s*)(?:cùng\s+)?với|\bvào|\blà|\btrên\s+cả|\bở\s+cả|\btheo)\s+$", re.I)
_FP35_FRAME_TAIL = re.compile(r"(?:(?!\svà\s)[^\d;.:,()\n%]){0,60}?\s*(?:,\s*)?(?:(?:bao\s+)?gồm\b|:|\blà\b)", re.I)
_FP35_FRAME_FULL = re.compile(r"(?:\bvào|\blà|\btrên\s+cả|\bở\s+cả|\btheo)\s+\d{1,3}\s+(?:(?!\svà\s)[^\d;.:,()\n%]){1,60}?"
                              r"\s*(?:,\s*)?(?:(?:bao\s+)?gồm\b|:|\blà\b)", re.I)
_FP35_THESE = re.compile(r"\s+(?:[^\W\d]+\s+){1,2}(?:này|nói trên|trên đây)\b", re.I)
_FP35_RAISE = re.compile(r",\s*(?:qua đó\s+|từ đó\s+)?nâng\s+(?:tổng\s+)?(?:số|tỷ lệ|tỉ lệ)\b[^;.\d]{0,120}?"
                         r"(?:(?:lên|là|đạt)\s+)?(?:khoảng\s+|trên\s+|hơn\s+)?\d", re.I)
FP35_MORE_BEFORE = re.compile(r"\bthêm\s+$", re.I)
_FP35_PLAN_PAREN = re.compile(r"(?:[^;.\n()\d]|\d[\d.,]*\s*%?\s*[-–]\s*){0,60}?\(\s*(?:kế hoạch|chỉ tiêu|mục tiêu|yêu cầu|KH)\b[^()\d]{0,40}?\d[^()]{0,120}\)",
                              re.I)
_FP35_IN_PLAN_PAREN = re.compile(r"\d[\d.,]*\s*(?:%|[^\W\d][^\d;.()\n]{0,40}?)?\s*\(\s*(?:kế hoạch|chỉ tiêu|mục tiêu|"
                                 r"yêu cầu|KH)\b[^()\d]{0,40}?$", re.I)
_FP35_TALLY = re.compile(r"\d+\s*/\s*\d+\s+(?:mục tiêu|chỉ tiêu)[^.;:\n]{0,120}?(?<!chưa )(?<!không )(?:đạt|vượt|hoàn thành)"
                         r"[^.;:\n\d]{0,60}?(?::|\bgồm\b|\bnhư sau\b)", re.I)
_FP35_INTENT = re.compile(r"phấn đấu|mục tiêu|dự kiến|đặt ra|định hướng|hướng (?:tới|đến)|\bcần\b|\bphải\b|\bsẽ\b",
                          re.I)


def fp35_level(text: str, start: int, end: int) -> bool:
    """An increment "thêm N" whose clause (to ";", ". ", a line break, 200 characters) goes on to ", nâng (tổng) số /
    tỷ lệ … (lên / là / đạt) M"."""
    if not FP35_MORE_BEFORE.search(text, max(0, start - 20), start):
        return False
    stop = min(len(text), end + 200)
    m = re.search(r"[;.]\s|\n", text[end:stop])
    if m:
        stop = end + m.start()
    return bool(_FP35_RAISE.search(text, end, stop))


def fp35_drop(text: str, start: int, end: int, unit: str, tokens) -> str | None:
    """Option `fp35`: which of its rules drops a value the goal decision keeps (the token), else None."""
    toks = option_tokens("fp35", tokens, FP35_TOKENS)
    u = (unit or "").lstrip("#").lower()
    pct = u.startswith("%")
    num = re.match(r"\d[\d.,]*", text[start:end])
    after_num = start + (num.end() if num else 0)
    if "split" in toks and not pct and _FP35_SPLIT.search(text, max(0, start - 30), start):
        return "split"
    if "frame" in toks and not pct and num and _FP35_FRAME_TAIL.match(text, after_num, min(len(text), after_num + 90)):
        if _FP35_FRAME_LEAD.search(text, max(0, start - 20), start):
            return "frame"
        # "… là 4 sản phẩm mới lạ là …; … và 4 sản phẩm bổ trợ gồm …": a second list joined to a framed one
        if re.search(r"\bvà\s+$", text[max(0, start - 10):start]) and \
                _FP35_FRAME_FULL.search(text, _fp32_sentence_lo(text, start), start):
            return "frame"
    if "these" in toks and not pct and num and _FP35_THESE.match(text, after_num, min(len(text), after_num + 40)):
        return "these"
    if "organ" in toks and not pct and num and _FP35_ORGAN.search(text, max(0, start - 40), start):
        return "organ"
    if "level" in toks and fp35_level(text, start, end):
        return "level"
    s0 = _fp32_sentence_lo(text, start)
    if "against" in toks:
        if _FP35_PLAN_PAREN.match(text, end, min(len(text), end + 240)) and \
                not _FP34_INTENT.search(_FP31_PAREN.sub(" ", text[s0:start])):
            return "against"
        m = _FP35_IN_PLAN_PAREN.search(text, max(s0, start - 120), start)
        if m is not None and not _FP34_INTENT.search(_FP31_PAREN.sub(" ", text[s0:m.start()])):
            return "against"
    if "cut" in toks and not pct and len(text) - end <= 8 and re.fullmatch(r"[^\W\d]*\s*", text[end:]):
        tail = text.rstrip()
        w = re.search(r"([^\W\d]+)$", tail)
        cut = re.escape(w.group(1)) if w else ""
        # the syllable is no word of the text, but begins a scale or money word or a longer word the text writes
        # after a figure ("tri" of "triệu", "đ" of "đồng")
        if w and start < w.start() and \
                not re.search(r"(?<![^\W\d])" + cut + r"(?![^\W\d])", text[:w.start()], re.I) and \
                (any(x.startswith(w.group(1).lower()) and x != w.group(1).lower() for x in _FP35_SCALE_WORDS)
                 or re.search(r"\d[\d.,]*\s*(?:[^\W\d]+\s+){0,2}" + cut + r"[^\W\d]+", text[:w.start()], re.I)):
            return "cut"
    if "attr" in toks and _FP35_ATTR.search(text, max(s0, start - 200), start) and \
            not _FP34_INTENT.search(_FP31_PAREN.sub(" ", text[s0:start])):
        return "attr"
    if "recog" in toks and not pct and _FP35_RECOG.search(text, max(0, start - 30), start) and \
            not _FP35_RECOG_INTENT.search(text, s0, start):
        return "recog"
    if "ratio" in toks and _FP35_RATIO.search(text, max(0, start - 260), start):
        return "ratio"
    if "tally" in toks:
        lo = max(0, start - 800)
        nl = text.rfind("\n", lo, start)
        lo = nl + 1 if nl >= 0 else lo
        m = None
        for m in _FP35_TALLY.finditer(text, lo, start):
            pass
        if m is not None and not _FP35_INTENT.search(_FP31_PAREN.sub(" ", text[m.end():start])):
            return "tally"
    return None
