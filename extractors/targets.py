"""Quantified goals: "Đến năm 2025, tối thiểu 80% hồ sơ ... được giải quyết trực tuyến".

A value is a target when it sits in a goals section (after "mục tiêu"/"chỉ tiêu", until a
"giải pháp"/"nhiệm vụ" heading) or its sentence looks forward ("phấn đấu", "đến năm 2025",
"tối thiểu", "hướng tới"), and it is not reported as done ("đã đạt", "đến nay", "ước đạt",
"so với cùng kỳ") -- unless a forward cue comes after the past one ("ước đạt 7%, phấn đấu
đến năm 2025 đạt 20%"). Units: %, ranks ("nhóm 30 hạng đầu", "top 10", "1 trong 5 địa
phương dẫn đầu", "tăng 01 bậc"), points, and a few countable goals ("08 huyện", "300 xã",
"19/19 sở", "10 doanh nghiệp") in strongly forward sentences. "46 nhiệm vụ" is a count of
tasks and "0,7 g/l" a salinity widget: never targets.

Deadline: the last "đến (cuối) năm Y" before the value in its run of goal paragraphs (a
heading "Mục tiêu đến năm 2030:" governs its list), else the first one after it in the
same sentence, else the year of an annual plan ("kế hoạch chuyển đổi số năm 2025").
Horizons ("định hướng/tầm nhìn đến năm 2030") are not deadlines.
"""
from __future__ import annotations

import bisect
import re

from extractors.textutil import LO, Sentences, digit_first, finditer_i, lowered_page, search_i, slice_search_i
from extractors.textutil import finditer_i_from, option_tokens, slice_search_i_from
from extractors.types import Target

_NUM = r"(\d{1,3}(?:[.,]\d{1,2})?)"
PERCENT_RE = re.compile(r"(?<![\d.,/])" + _NUM + r"\s*%")
# the options whose rules after the models read each value's Context (kept per value only when one is on)
_CTX_AFTER_MODELS = ("dl31", "dl32", "dl33", "dl34", "dl35", "dl36", "cu35")
# option cand_fix "stop" (miss22): a percentage glued to the stop of the sentence before it ("nhập dữ liệu
# một lần.100% người dân …"); a stop after a digit is a number's own ("1.100%")
GLUED_PERCENT_RE = re.compile(r"(\d(?<=[^\W\d_]\.\d)\d{0,2}(?:[.,]\d{1,2})?)\s*%")     # digit first: fast scan
# option cand_fix "scaled" (fj25): a listed counted noun after a scale word is a count for the goal model
_SCALED_COUNT = re.compile(r"(?:nghìn|ngàn|triệu) (?:lượt(?: khách)?|hộ|người|lao động|khách|doanh nghiệp)")
# option cand_fix "permille" (fj25): a rate per thousand ("tỷ lệ tăng dân số tự nhiên xuống 11,5‰"), unit as written
PERMILLE_RE = re.compile(r"(?<![\d.,/])" + _NUM + r"\s*‰")
RANGE_RE = re.compile(r"(?<![\d.,/])" + _NUM + r"\s*%?\s*(?:-|–|đến)\s*" + _NUM + r"\s*%")
RANK_RE = re.compile(
    r"(?:nhóm|tốp|top)\s+(\d{1,2})(?:\s*/\s*6[34])?\s*(?:hạng|tỉnh|địa phương|đơn vị|tỉnh,\s*thành phố)?\s*"
    r"(?:đầu|dẫn đầu|cao nhất|tốt nhất|xếp hạng cao)?"
    r"|(\d{1,2})\s+hạng\s+đầu"
    r"|\d{1,2}\s+trong\s+(\d{1,2})\s+(?:tỉnh|địa phương|đơn vị)[^.;\n]{0,30}?(?:dẫn đầu|đứng đầu|cao nhất)"
    r"|xếp\s+hạng\s+(?:thứ\s+)?(\d{1,2})(?!\s*/)", re.I)
BAC_RE = re.compile(r"(?:tăng|vươn lên|cải thiện)\s+(?:ít nhất\s+|tối thiểu\s+|từ\s+)?(\d{1,2})\s+(bậc|hạng)", re.I)
POINTS_RE = re.compile(r"(?<![\d.,/])" + _NUM + r"\s*điểm(?!\s*(?:cầu|đến|du lịch|sáng))")
# option tc25 "terms": "3 điểm dừng chân" counts places (target_units), not points
_POINT_PLACE = re.compile(r"\s+(?:dừng chân|bán hàng|tham quan|giao dịch|thu gom)\b", re.I)
# general units: a range's lower bound ("đạt từ 0,7 - 0,8 điểm", "ít nhất 1-2 bậc"), a rank among
# countries ("thuộc 3 nước dẫn đầu")
POINTS_RANGE_RE = re.compile(r"(?<![\d.,/])" + _NUM + r"\s*(?:-|–|đến)\s*" + _NUM + r"\s*điểm(?!\s*(?:cầu|đến|du lịch|sáng))")
# option cd31 "forms": the human development index set bare, its unit points ("HDI phấn đấu đạt khoảng 0,75")
HDI_RE = re.compile(r"(?:\bhdi\b\)?|chỉ số phát triển con người)[^.;:\d%]{0,40}?(?<![\d.,/])(0,\d{1,3})"
                    r"(?![\d.,]?\d|\s*(?:%|điểm))", re.I)
BAC_RANGE_RE = re.compile(r"(?<![\d.,/])(\d{1,2})\s*(?:-|–|đến)\s*\d{1,2}\s+bậc\b", re.I)
RANK_AMONG_RE = re.compile(r"thuộc\s+(?:nhóm\s+)?(\d{1,2})\s+(?:nước|quốc gia|tỉnh|địa phương)[^.;\n]{0,30}?"
                           r"(?:dẫn đầu|đứng đầu|cao nhất)", re.I)
# countable goals: "Phấn đấu 08 huyện, thành phố có ...", "19/19 Sở, Ban, ngành có ..."
COUNT_RE = re.compile(
    r"(?<![\d.,/])(\d{1,4})(?:/\d{1,4})?\s+(huyện|xã|sở|doanh nghiệp)\b(?!\s+hội)", re.I)
_COUNT_LEAD = re.compile(r"(?:phấn đấu(?:\s+có)?|có|đạt|thêm|ít nhất|tối thiểu|và|^|[;:.\-•*])\s*$", re.I)
# money and multiples are written after "khoảng", "hơn", "trên", "là" too ("đạt khoảng 8.500 USD")
_UNIT_LEAD = re.compile(r"(?:phấn đấu(?:\s+có)?|có|đạt|thêm|ít nhất|tối thiểu|và|khoảng|hơn|trên|gần|là|lên|"
                        r"xuống|từ|tăng|gấp|^|[;:.\-•*])\s*$", re.I)

_FORWARD = re.compile(
    r"phấn đấu|mục tiêu|chỉ tiêu|đến năm|đến cuối năm|đến hết năm|trước năm|tới năm|"
    r"tối thiểu|ít nhất|trở lên|bảo đảm|đảm bảo|hướng tới|hướng đến|nâng tỷ lệ|\bsẽ\b|\bphải\b|"
    r"\bcần\b|\bduy trì\b|dự kiến|kế hoạch đề ra|đề ra", re.I)
_STRONG_FORWARD = re.compile(r"phấn đấu|mục tiêu|chỉ tiêu|đến (?:cuối |hết )?năm \d{4}|tăng ít nhất|hướng tới|hướng đến",
                             re.I)
_PAST = re.compile(
    r"đã đạt|đạt được|\bđã\b|đến nay|hiện nay|tính đến|ước đạt|ước tính|vừa qua|năm qua|"
    r"so với cùng kỳ|cùng kỳ năm|xếp (?:thứ|hạng)\s+\d+\s*/\s*\d+|"
    r"đứng thứ|trong tổng số|kết quả (?:khảo sát|đánh giá|xếp hạng)|"
    r"(?<!đến )(?<!cuối )(?<!hết )(?<!trong )(?<!tới )(?<!vào )\bnăm 20\d\d,\s", re.I)
_ZONE_ON = re.compile(r"mục tiêu|chỉ tiêu", re.I)
# a paragraph that opens a goals section: a heading, "...mục tiêu như sau:", "đặt mục tiêu", "Mục tiêu cụ thể"
_ZONE_OPEN = re.compile(r"(?:đặt|đề ra|với|có|các|một số)\s+(?:các\s+|những\s+)?(?:mục tiêu|chỉ tiêu)|"
                        r"(?:mục tiêu|chỉ tiêu)\s+(?:cụ thể|chung|tổng quát|chủ yếu|cơ bản|đến năm|như sau|sau)", re.I)
# goals quoted from national party documents are context, not the page's own
_NATIONAL = re.compile(r"văn kiện|đại hội đại biểu toàn quốc|toàn quốc lần", re.I)
_ZONE_OFF = re.compile(r"giải pháp|nhiệm vụ|tổ chức thực hiện|kinh phí|phân công|để đạt được|kết quả", re.I)
_DEADLINE = re.compile(
    r"(?<!định hướng )(?<!tầm nhìn )(?:đến|tới|trước|trong|vào|hết|cuối)\s+(?:cuối\s+|hết\s+)?(?:năm\s+)(20\d\d)"
    r"|(?:^|[.;:]\s*)năm\s+(20\d\d)\s*[,:]"
    r"|(?:đến|trước)\s+ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*(20\d\d)", re.I)
# where _DEADLINE can start a match in the lowered page, behind one class of first characters (its "^" aside):
# re skips to them in C; _DEADLINE is then matched there (spd31, textutil.finditer_i_from: the same matches)
_DEADLINE_AT = re.compile(
    r"[đtvhc.;:](?:(?<=đ)ến\s+(?:(?:cuối\s+|hết\s+)?năm\s+20\d\d|ngày\s+\d)"
    r"|(?<=t)rước\s+(?:(?:cuối\s+|hết\s+)?năm\s+20\d\d|ngày\s+\d)"
    r"|(?:(?<=t)ới|(?<=t)rong|(?<=v)ào|(?<=h)ết|(?<=c)uối)\s+(?:cuối\s+|hết\s+)?năm\s+20\d\d|(?<=[.;:])\s*năm\s+20\d\d\s*[,:])")
_ANNUAL = re.compile(r"(?:kế hoạch|chương trình|chỉ tiêu|mục tiêu|nhiệm vụ)[^.\n]{0,320}?(?:trong\s+)?năm\s+(20\d\d)\b",
                     re.I)
_QUALIFIERS = ("tối thiểu", "ít nhất", "trên", "hơn", "dưới", "tối đa", "không quá", "đạt", "từ", "khoảng")
_SUBJ_STOP = re.compile(r"[;.:()]|,\s|\s(?:và|hoặc|so với|trong đó|để|nhằm)\s")
_LEAD_CUES = re.compile(
    r"^(?:\W*(?:theo đó|phấn đấu|đến (?:cuối |hết )?năm \d{4}|năm \d{4}|trong năm \d{4}|mục tiêu|chỉ tiêu|"
    r"bảo đảm|đảm bảo|tích hợp|có|đạt|tối thiểu|ít nhất|từ|trên|hơn|dự kiến|hướng (?:tới|đến)|,|:|-))+\s*", re.I)
_MAX_BLOCK_PARAS = 40
_SENT_REACH = 1000
_STOPWORDS = {"của", "và", "các", "được", "trên", "trong", "có", "cho", "với", "là", "những", "tỷ", "lệ"}


def _fg27_kept(text: str, values: list, toks: list[str], as_of: int | None = None) -> list:
    """Option `fg27`: the candidates left once those that are nobody's forward goal are dropped."""
    from extractors.target_features import fg27_dropped
    return [v for v in values if fg27_dropped(text, v[0], v[1], v[3], toks, as_of) is None]


def _num(s: str) -> float:
    return float(s.replace(",", "."))


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for para in text.split("\n"):
        out.append((pos, pos + len(para)))
        pos += len(para) + 1
    return out


def _zone_flags(text: str, paras: list[tuple[int, int]]) -> list[bool]:
    """Is each paragraph inside a goals section?"""
    flags, zone = [], False
    for s, e in paras:
        seg = text[s:e]
        p = seg.strip()
        a = s + len(seg) - len(seg.lstrip())        # p's offset: the re.I searches over the lowered page (spd30)
        if p:
            heading = len(p) < 90 and not p.endswith(".")
            if slice_search_i(_ZONE_OFF, text, a, a + min(60, len(p))) and (heading or p.lower().startswith("để đạt được")):
                zone = False
        flags.append(zone)
        if p and slice_search_i(_ZONE_ON, text, a, a + len(p)) and not slice_search_i(_PAST, text, a, a + min(80, len(p))) and (
                p.endswith(":") or (len(p) < 90 and not p.endswith(".")) or slice_search_i(_ZONE_OPEN, text, a, a + len(p))):
            zone = True
    return flags


# "tăng 1,5 lần so với năm 2020", "so với cùng kỳ năm 2024": a base year, never the plan's year
_BASE_BEFORE = re.compile(r"so với\s+(?:cùng kỳ\s+)?(?:trong\s+)?$", re.I)


# dl30 "annual": "(trên cơ sở) kết quả thực hiện nhiệm vụ năm 2023", "đánh giá tình hình thực hiện kế hoạch
# năm 2023": the year of a plan being reported on, not the one being set
_RESULTS_BEFORE = re.compile(r"(?:kết quả|tình hình|đánh giá|sơ kết|tổng kết|báo cáo)\s+(?:\S+\s+){0,2}$", re.I)


def annual_year(focus: str, results: bool = False) -> int | None:
    """The year of an annual plan named in the title / lead ("kế hoạch chuyển đổi số năm 2025"),
    not a base year the plan compares with (results: nor a reported plan's year, dl30 "annual")."""
    focus = focus or ""
    pos = 0
    while (m := _ANNUAL.search(focus, pos)) is not None:
        if not _BASE_BEFORE.search(focus, max(0, m.start(1) - 30), m.start(1) - len("năm ")) and not (
                results and _RESULTS_BEFORE.search(focus, max(0, m.start() - 40), m.start())):
            return int(m.group(1))
        pos = m.start() + 1
    return None


class _Deadlines:
    """Every deadline phrase of a text, found once; "the last / first one inside [start, end)"
    is then a bisection, so each value costs O(log n) however long its block."""

    def __init__(self, text: str):
        self.spans = [(m.start(), m.end(), int(m.group(1) or m.group(2) or m.group(3)))
                      for m in finditer_i_from(_DEADLINE_AT, _DEADLINE, text)]
        self.starts = [s for s, _, _ in self.spans]

    def within(self, start: int, end: int, last: bool) -> int | None:
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        inside = [y for s, e, y in self.spans[i:j] if e <= end]
        if not inside:
            return None
        return inside[-1] if last else inside[0]


def _clause(text: str, sent: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    s = max(text.rfind(";", sent[0], start), sent[0] - 1) + 1
    e = text.find(";", end, sent[1])
    return s, (e if e >= 0 else sent[1])


# the subject compared by the restatement test: past an enumeration's commas ("cán bộ, công chức, viên
# chức cấp xã được bố trí …"), up to the next item's value ("…, 80% hồ sơ …")
_SUBJ_STOP_LONG = re.compile(r"[;.:()]|,\s*(?=(?:tối thiểu|ít nhất|trên|hơn|khoảng|có|đạt)?\s*\d)|"
                             r"\s(?:và|hoặc|so với|trong đó|để|nhằm)\s")


_NOT_AFTER = re.compile(r"(?:so với|trên tổng|số|năm|GRDP|GDP)\b")
# one19, merges only: words after the value that open with a conjunction or a preposition ("10% trong
# điều kiện thuận lợi", "98% và 100% phản ánh", "10% của Thành phố") name no subject: it is before
_NOT_AFTER_MERGE = re.compile(r"(?:so với|trên tổng|số|năm|GRDP|GDP|và|hoặc|trong|của|vào|cho|để|nhằm|theo|với|tại|"
                              r"đề ra|là|mà|thì|nhưng|trở thành|nữa)\b")


def _after(text: str, clause: tuple[int, int], end: int) -> str:
    """The clause's words after the value; "từ 90% trở lên." / "15% trở lên/tổng số …": the qualifier
    ends the clause, the subject is before it."""
    return re.sub(r"^(?:trở lên|trở xuống)\b\s*", "", text[end:clause[1]].lstrip())


def _reads_after(after: str, not_after: re.Pattern) -> bool:
    """Is the subject the words after the value? (Then, for a list item's own noun, "phủ 100% xã",
    "phủ 100% trường học", the words before it are the list's shared lead, not the goal's own.)"""
    return bool(after) and after[0] in LO and not not_after.match(after)


def _subject(text: str, clause: tuple[int, int], start: int, end: int, stop: re.Pattern = _SUBJ_STOP,
             not_after: re.Pattern = _NOT_AFTER) -> str:
    after = _after(text, clause, end)
    if _reads_after(after, not_after):
        m = stop.search(after)
        return " ".join((after[:m.start()] if m else after).split()[:20]).strip(" ,;:-")
    else:
        before = text[clause[0]:start].strip()
        for _ in range(3):
            before = re.sub(r"(?:\b(?:tối thiểu|ít nhất|đạt|từ|trên|hơn|khoảng|tối đa|mức|lên)|[,:])\s*$", "",
                            before, flags=re.I).strip()
        subj = _LEAD_CUES.sub("", before)
        subj = re.sub(r"\([^)]*\)", "", subj)
    # written before the value, the subject is the words nearest it, not a long sentence's opening
    return " ".join(subj.split()[-20:]).strip(" ,;:-")


_HEAD_SKIP = _STOPWORDS | {"phấn", "đấu", "mục", "tiêu", "chỉ", "đạt", "là", "chiếm", "mức", "về", "tối", "thiểu",
                           "ít", "nhất", "hơn", "khoảng", "từ", "đến", "năm", "sẽ", "phải", "bình", "quân", "tốc", "độ"}


def _head_words(text: str, clause: tuple[int, int], start: int, k: int) -> frozenset[str]:
    """The k content words nearest before a value in its clause (cues, qualifiers and years left out):
    "phấn đấu tăng trưởng trên 10%" and "với mức tăng trưởng 10% đến 11%" -> {…, tăng, trưởng}."""
    words = re.findall(r"[^\W\d_]+", text[max(clause[0], start - 200):start].lower())
    return frozenset([w for w in words if w not in _HEAD_SKIP][-k:])


def _same_head(a: frozenset[str] | None, b: frozenset[str] | None) -> bool:
    """Two goals of one key whose nearest words before the value share two: one goal restated."""
    return bool(a) and bool(b) and len(a & b) >= 2


# fp22: a rank goal names its group after the value ("Top 10 tỉnh, thành phố dẫn đầu cả nước về CĐS")
_RANK_TAIL_STOP = re.compile(r"[;.:\n]|\bẢnh\b")


def _rank_tail(text: str, sent: tuple[int, int], end: int) -> frozenset[str]:
    """The content words of a rank goal's group, after the value up to the next stop (at most 12)."""
    stop = _RANK_TAIL_STOP.search(text, end, sent[1])
    words = re.findall(r"[^\W\d_]+", text[end:stop.start() if stop else sent[1]].lower())
    return frozenset([w for w in words if w not in _HEAD_SKIP][:12])


def _same_rank(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two rank goals of one key whose groups share most words ("Top 10 tỉnh, thành phố dẫn đầu cả nước
    về CĐS" and "gia nhập Top 10 tỉnh, thành phố dẫn đầu cả nước về mức độ CĐS"): one goal restated."""
    return len(a & b) >= 4 and len(a & b) >= 0.8 * min(len(a), len(b))


def _qualifier(text: str, clause_start: int, start: int, end: int) -> str | None:
    before = text[max(clause_start, start - 30):start].lower()
    q = [w for w in _QUALIFIERS if re.search(r"\b" + w + r"\b", before)]
    if "trở lên" in text[end:end + 15].lower():
        q.append("trở lên")
    return " ".join(q) or None


_SAME_PERIOD_AFTER = re.compile(r"[^.;]{0,40}?(?:so với cùng kỳ|so với năm trước)")


def _is_past(text: str, sent: tuple[int, int], end: int) -> bool:
    """A past cue before the value (in its sentence) with no forward cue after it, or
    "so với cùng kỳ" right after it."""
    last_past = None
    for m in finditer_i(_PAST, text, sent[0], end):
        last_past = m.start()
    if _SAME_PERIOD_AFTER.match(text, end, sent[1]):     # as matching the slice, without making it
        return True
    if last_past is None:
        return False
    return not any(m.start() > last_past for m in finditer_i(_FORWARD, text, sent[0], end))


# "đạt 76,5% mục tiêu", "bằng 102% kế hoạch": a share of a goal met, a result by the conventions
_RATIO_AFTER = re.compile(r"\s*(?:so với\s+)?(?:mục tiêu|kế hoạch|chỉ tiêu|dự toán)\b", re.I)
_GROWTH_BEFORE = re.compile(r"\btăng\b[^;,]{0,30}$", re.I)


def _share_of_goal(text: str, clause, start: int, end: int, value: float, mode: str | None) -> bool:
    """"đạt 76,5% mục tiêu": a share of a goal met, reported as a result. mode "full": 100% of the
    plan ("đạt 100% kế hoạch giao", "hoàn thành 100% chỉ tiêu tuyển quân") is the goal to meet it in
    full, left to the goal decision; "full_growth": so is a growth over the plan ("tăng trên 20% so
    với kế hoạch năm 2025")."""
    if not _RATIO_AFTER.match(text, end):
        return False
    if mode in ("full", "full_growth") and value == 100:
        return False
    return not (mode == "full_growth" and _GROWTH_BEFORE.search(text, clause[0], start))


_LEVEL_RE = re.compile(r"cấp (?:tỉnh|huyện|xã)")
_DX_BEFORE = re.compile(r"kinh tế số", re.I)
_SHARE_AFTER = re.compile(r"\s*(?:\S+\s+){0,3}?(?:GDP|GRDP|tổng sản phẩm)", re.I)


def _dx_share(text: str, sent: tuple[int, int], start: int, end: int) -> bool:
    """The value is the digital economy's share of the GDP / GRDP ("Kinh tế số chiếm 25% GRDP")."""
    return bool(_SHARE_AFTER.match(text, end, min(len(text), end + 40))) and \
        bool(_DX_BEFORE.search(text, max(sent[0], start - 200), start))


_NOT_AMOUNT = ("%", "hạng", "bậc", "điểm", "lần")    # shares, ranks and steps recur across distinct goals


def _amount_copy(unit: str, where: int | None, same: list) -> bool:
    """A value of an amount or count unit whose key (value, unit, year) a goal of another paragraph already
    holds: "đón 8-9 triệu lượt khách" in the lead and again in the plan's body (option fj26b "copies")."""
    return not unit.lstrip("#").startswith(_NOT_AMOUNT) and any(w is not None and w != where for _, w, _, _ in same)


def _similar(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return a.strip().lower() == b.strip().lower()
    levels_a, levels_b = set(_LEVEL_RE.findall(a.lower())), set(_LEVEL_RE.findall(b.lower()))
    if levels_a and levels_b and levels_a != levels_b:
        return False                    # "cấp huyện 90%" and "cấp xã 90%" are two goals
    # a short subject inside a long one is another goal, not a restatement
    return _contained(wa, wb) and len(wa & wb) / max(len(wa), len(wb)) >= 0.5


_PER_YEAR = re.compile(r"\s*/\s*năm\b")


# option tg29 "units": the per-year suffix after a floor ("6% trở lên/năm": unit "%/năm", as written less the floor)
_TG29_UP_PER_YEAR = re.compile(r"\s+trở lên\s*/\s*năm\b")


def _per_year(text: str, end: int, up: bool = False) -> tuple[int, str]:
    """(end, unit) of a percentage: "7%/năm" is an average annual rate, unit "%/năm" (the
    corpus conventions), so it is never matched against a plain "7%" goal."""
    m = _PER_YEAR.match(text, end) or (_TG29_UP_PER_YEAR.match(text, end) if up else None)
    return (m.end(), "%/năm") if m else (end, "%")


def _may_rank(text: str) -> bool:
    """Whether RANK_RE can match: each of its alternatives holds one of these words (spd30: half the pages
    hold none, and the pattern, led by groups and digits, gets no first-character scan)."""
    low = lowered_page(text)
    return low is None or any(w in low for w in ("nhóm", "tốp", "top", "hạng")) or (
        "trong" in low and any(w in low for w in ("dẫn đầu", "đứng đầu", "cao nhất")))


def _values(text: str, units: bool | str = False, fix: str = "") -> list[tuple[int, int, float, str]]:
    """units: money, multiples and more counted units (target_units) instead of COUNT_RE;
    "general": any counted noun, per-unit chains of money, ranges of points and steps too;
    "forms": the general option without its counted nouns (money chains, ranges, ranks among);
    "goal_lines": the general option with its counted nouns only on lines that name a goal.
    fix: option cand_fix's tokens, "stop" (GLUED_PERCENT_RE) and "runs" (target_units._goal_line_spans)."""
    values: list[tuple[int, int, float, str]] = []
    taken: list[tuple[int, int]] = []
    up = "tg29_units" in fix.split("+")
    for m in digit_first(RANGE_RE).finditer(text):
        end, unit = _per_year(text, m.end(), up)
        values.append((m.start(), end, _num(m.group(1)), unit))
        taken.append((m.start(), m.end()))
    for m in digit_first(PERCENT_RE).finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            end, unit = _per_year(text, m.end(), up)
            values.append((m.start(), end, _num(m.group(1)), unit))
    if "permille" in fix:
        for m in digit_first(PERMILLE_RE).finditer(text):
            values.append((m.start(), m.end(), _num(m.group(1)), "‰"))
    if "stop" in fix:
        for m in GLUED_PERCENT_RE.finditer(text):
            end, unit = _per_year(text, m.end())
            values.append((m.start(), end, _num(m.group(1)), unit))
    for m in finditer_i(RANK_RE, text) if _may_rank(text) else ():
        values.append((m.start(), m.end(), float(next(g for g in m.groups() if g)), "hạng"))
    for m in finditer_i(BAC_RE, text):
        values.append((m.start(1), m.end(), float(m.group(1)), m.group(2).lower()))
    general = units in ("general", "forms", "goal_lines")
    point_spans: list[tuple[int, int]] = []
    if general:
        for m in digit_first(POINTS_RANGE_RE).finditer(text):
            values.append((m.start(), m.end(), _num(m.group(1)), "điểm"))
            point_spans.append((m.start(), m.end()))
        for m in digit_first(BAC_RANGE_RE).finditer(text):
            if not any(a <= m.start() < b for a, b, _, _ in values):
                values.append((m.start(), m.end(), float(m.group(1)), "bậc"))
        for m in finditer_i(RANK_AMONG_RE, text):
            if not any(a < m.end() and m.start() < b for a, b, _, u in values if u == "hạng"):
                values.append((m.start(1), m.end(), float(m.group(1)), "hạng"))
    places = "tc25_terms" in fix.split("+")
    for m in digit_first(POINTS_RE).finditer(text):
        if places and _POINT_PLACE.match(text, m.end()):
            continue
        if not any(a <= m.start() < b for a, b in point_spans):
            values.append((m.start(), m.end(), _num(m.group(1)), "điểm"))
    if "cd31_forms" in fix.split("+") or "cd33_bare" in fix.split("+"):     # cd33 "bare": cd31's HDI reading alone
        for m in finditer_i(HDI_RE, text):
            values.append((m.start(1), m.end(1), _num(m.group(1)), "điểm"))
    if "un30" in fix.split("+"):
        values = [_percentage_points(text, v) for v in values]
    if units:
        from extractors.target_units import unit_values
        values += unit_values(text, [(s, e) for s, e, _, _ in values], units, fix)
    else:
        for m in digit_first(COUNT_RE).finditer(text):
            values.append((m.start(), m.end(), float(m.group(1)), "#" + m.group(2).lower()))
    if "isodate" in fix:
        values = _outside_iso_dates(text, values)
    values.sort()
    return values


# option un30: "giảm 0,1 - 0,2 điểm % mỗi năm", "1-1,5 điểm%/năm": percentage points are not index points;
# one spelling whatever the spacing, "/năm" only when written (units ruling, tests/data/devset/README.md)
_PP_AFTER = re.compile(r"\s*(?:%|phần trăm\b)(\s*/\s*năm\b)?", re.I)


def _percentage_points(text: str, v: tuple[int, int, float, str]) -> tuple[int, int, float, str]:
    """A points value followed by "%" or "phần trăm" as "điểm %" (with "/năm" when written)."""
    start, end, value, unit = v
    m = _PP_AFTER.match(text, end) if unit == "điểm" else None
    return (start, m.end(), value, "điểm %" + ("/năm" if m.group(1) else "")) if m else v


# fj26b (option fj26b "isodate"): "2025-11-19 Tỉnh Lai Châu …" read "11-19 tỉnh" as a range of provinces
_ISO_DATE = re.compile(r"(?:1(?<![\d.,/-]1)9|2(?<![\d.,/-]2)0)\d\d-\d{1,2}-\d{1,2}(?![\d.,/-])")    # first digit first (spd30)


def _outside_iso_dates(text: str, values: list) -> list:
    """The values with no part inside a date written year-month-day: its month and day are no figures."""
    dates = [(m.start(), m.end()) for m in _ISO_DATE.finditer(text)]
    if not dates:
        return values
    return [v for v in values if not any(s <= v[0] < e for s, e in dates)]


def _block_start(text: str, paras, has_value, pi: int) -> tuple[int, int]:
    """(offset, paragraph index) where the run of goal paragraphs holding paragraph pi starts
    (a heading governs its list)."""
    block_start, block_i = paras[pi][0], pi
    j = pi - 1
    # a goals list runs a few dozen paragraphs at most: bounding the walk keeps pages of
    # thousands of valued lines linear instead of quadratic
    while j >= max(0, pi - _MAX_BLOCK_PARAS):
        seg = text[paras[j][0]:paras[j][1]]
        p = seg.strip()
        if p and not has_value[j]:
            a = paras[j][0] + len(seg) - len(seg.lstrip())      # p's offset: _DEADLINE over the lowered page (spd30)
            if slice_search_i_from(_DEADLINE_AT, _DEADLINE, text, a, a + len(p)) and (_ZONE_ON.search(p) or len(p) < 120):
                block_start, block_i = paras[j][0], j
            break
        block_start, block_i = paras[j][0], j
        j -= 1
    return block_start, block_i


def _rule_keep(text: str, sent, clause, start: int, end: int, value: float, unit: str,
               zone: bool, block_forward: bool, lead_rx: re.Pattern = _COUNT_LEAD) -> tuple[bool, str]:
    """The rule's goal decision -> (keep, unit without the count marker)."""
    forward = bool(slice_search_i(_FORWARD, text, *sent))       # the sentence's, over the lowered page
    if _is_past(text, sent, end):
        return False, unit.lstrip("#")
    if unit.startswith("#"):               # countable goal: strict context
        lead = text[max(clause[0], start - 25):start]
        clause_initial = not text[clause[0]:start].strip(" -•*\n")
        if not (slice_search_i(_STRONG_FORWARD, text, *sent) or (zone and (clause_initial or re.search(r"(?:đạt|có)\s*$", lead)))) \
                or not lead_rx.search(lead):
            return False, unit[1:]
        if re.match(r"\s*(?:nhiệm vụ|mục tiêu|chỉ tiêu|giải pháp|nội dung)", text[end:end + 20]):
            return False, unit[1:]
        unit = unit[1:]
    if unit.startswith("điểm") and not forward:        # "điểm %" too (option un30)
        return False, unit
    if not (zone or forward or block_forward) or slice_search_i(_NATIONAL, text, *sent):
        return False, unit
    if unit.startswith("%") and value > 100:
        return False, unit
    return True, unit


def _list_shares(text: str, sents: Sentences, values, paras, heads) -> list[dict[str, float]]:
    """Each value's list (the heading that governs its paragraph, else the paragraph) and the
    past / forward cues of the other values' own clauses (target_features.list_shares)."""
    from extractors import target_features as tf
    flags, pi = [], 0
    for start, end, _, _ in values:
        while pi + 1 < len(paras) and paras[pi][1] < start:
            pi += 1
        sent = sents.bounds(start)
        sent = (max(sent[0], start - _SENT_REACH), min(sent[1], end + _SENT_REACH))
        clause = _clause(text, sent, start, end)
        flags.append((heads[pi] or pi, bool(search_i(tf._PAST_CTX, text, clause[0], start)),
                      bool(search_i(_STRONG_FORWARD, text, clause[0], clause[1]))))
    return tf.list_shares(flags)


def _year_score(models, feats: dict) -> float:
    """The deadline ranking's score of one year candidate: the linear model's, averaged with the
    deadline trees' when they ship."""
    p = models.deadline.prob(feats)
    trees = models.deadline_trees
    return p if trees is None else trees.blended(p, feats)


def _deadline(models, ycands: list[tuple]):
    """The chosen deadline: the best-ranked candidate ("none" among them), or with the two-stage
    null step (models.deadline_null) "none" when it says there is no single deadline, else the
    best-ranked year."""
    scores = {id(f): _year_score(models, f) for _, f in ycands}     # each candidate scored once
    null = models.deadline_null
    if null is None:
        return max(ycands, key=lambda c: scores[id(c[1])])[0]
    from extractors.deadline_features import null_features
    years = [c for c in ycands if c[0] is not None]
    if not years or null.prob(null_features(ycands, lambda f: scores[id(f)])) > 0.5:
        return None
    return max(years, key=lambda c: scores[id(c[1])])[0]


def find_targets(text: str, sents: Sentences | None = None, *, default_year: int | None = None,
                 models=None, trace: list | None = None, has_period: bool = False,
                 options: dict | None = None, as_of: int | None = None,
                 period: tuple[int, int] | None = None, province: str | None = None) -> list[Target]:
    """default_year: the year of an annual plan, for goals that state none.
    as_of: the latest year the page is known to be written in or after (its own and cited
    documents' dates); a value whose deadline is before it is a past goal, reported as a result.
    period: the page's own document's period (from, to), when it has one.
    province: the page's province, when it is about one (option `national`: quoted national goals dropped).
    models: learned goal / deadline decisions (extractors.models); None keeps the rules.
    trace: when a list, each value's candidates and features are appended to it (training)."""
    from extractors import deadline_features as dl, false_goals as fg, target_features as tf, text_models as tm
    sents = sents or Sentences(text)
    options = options or {}
    cd31 = "+".join("cd31_" + t for t in (options.get("cd31") or "").split("+") if t)
    tc25 = "+".join("tc25_" + t for t in (options.get("tc25") or "").split("+") if t)
    tg29 = "+".join("tg29_" + t for t in (options.get("tg29") or "").split("+") if t)
    tg30 = "+".join("tg30_" + t for t in (options.get("tg30") or "").split("+") if t)
    tg31 = "+".join("tg31_" + t for t in (options.get("tg31") or "").split("+") if t)
    cd32 = "+".join("cd32_" + t for t in (options.get("cd32") or "").split("+") if t)
    cd33 = "+".join("cd33_" + t for t in (options.get("cd33") or "").split("+") if t)
    from extractors.target_units import CN35_TOKENS
    cn35 = "+".join("cn35_" + t for t in option_tokens("cn35", options.get("cn35") or (), CN35_TOKENS))
    values = _values(text, options.get("units") or False,
                     "+".join(filter(None, (options.get("cand_fix"), options.get("fj26b"),
                                            "un30" if options.get("un30") else None, cd31, tc25, tg29, tg30, tg31,
                                            cd32, cd33, cn35))))
    if options.get("fg27"):     # fg27: star grades, a plan's funds, a goal's base level (target_features)
        values = _fg27_kept(text, values, options["fg27"].split("+"), as_of)
    if not values:
        return []
    paras = _paragraphs(text)
    zones = _zone_flags(text, paras)
    has_value = [False] * len(paras)
    pi = 0
    for start, *_ in values:
        while pi + 1 < len(paras) and paras[pi][1] < start:
            pi += 1
        has_value[pi] = True
    goal_model = models.goal if models is not None else None
    year_model = models.deadline if models is not None else None
    learned = goal_model is not None or year_model is not None or trace is not None
    years = dl.year_mentions(text, options.get("year_parts"), "abbr" in (options.get("cand_fix") or ""),
                             "far" in (options.get("fj26b") or "")) if learned else []
    latest = max((y[2] for y in years), default=None)     # the latest year the text names
    heads = tf.headings(text, paras) if learned else []
    block_model = models.goal_block if models is not None else None
    clause_model = models.goal_clause if models is not None else None
    want_blocks = block_model is not None or trace is not None
    shead = tf.section_heads(text, paras) if learned and (options.get("sections") or want_blocks) else None
    secs = tf.sections(text, paras, shead) if learned and options.get("sections") else None
    blocks: dict[int, tuple[str, str]] = {}     # paragraph -> its block (tokenised once a paragraph)
    block_p: dict[int, float] = {}
    ptype = tf.page_type(text) if learned and options.get("page") else None
    shares = _list_shares(text, sents, values, paras, heads) if learned and options.get("lists") else None
    prev_para = tf.prev_para_features(text, paras, has_value) if learned and options.get("prev_para") else None
    page_kind = models.page_kind if models is not None else None
    pk = tm.page_kind_prob(page_kind, text) if page_kind is not None else None
    mix = str(options.get("pk_mix") or "").split("+")
    tail = tm.goal_tail(text) if pk is not None and "tail" in mix else None
    pkt = tm.page_kind_prob(page_kind, tail) if tail is not None else None
    deadlines = _Deadlines(text)
    value_starts = [v[0] for v in values]
    wide_stack = options.get("stack") == "wide" and models is not None and models.goal_stack is not None
    governors = tf.Governors(text, value_starts) if learned and options.get("governor") else None
    keys: dict = {}
    veto_ctx: dict[int, tf.Context] = {}    # the values the statistic veto reads once kept (fp18)
    dl31_ctx: dict[int, tf.Context] = {}    # the values dl31's rules read after the models
    ctx_after = any(options.get(k) for k in _CTX_AFTER_MODELS)

    # strong_before[i]: paragraphs before i holding a strong forward cue (prefix sums, so each
    # value asks "any cue in its block?" in constant time)
    strong_before = [0]
    for s, e in paras:
        strong_before.append(strong_before[-1] + bool(search_i(_STRONG_FORWARD, text, s, e)))
    rows = []                   # per value: (sent, clause, stext, keep, unit, year, goal feats, year cands)
    trace_at = len(trace) if trace is not None else 0
    para_at: list[int] = []     # per value: its paragraph (tg26's second pass)
    pi = 0
    for vi, (start, end, value, unit) in enumerate(values):
        while pi + 1 < len(paras) and paras[pi][1] < start:
            pi += 1
        sent = sents.bounds(start)
        # a run-on "sentence" (a table flattened, a list without stops) is read near the value
        # only, so one endless paragraph of values costs linear time, not quadratic
        sent = (max(sent[0], start - _SENT_REACH), min(sent[1], end + _SENT_REACH))
        clause = _clause(text, sent, start, end)
        stext = text[sent[0]:sent[1]]
        block_start, block_i = _block_start(text, paras, has_value, pi)
        # "Theo đó, đến năm 2025, ..." opens a list that goes on over several paragraphs
        block_forward = strong_before[pi] > strong_before[block_i] or bool(
            search_i(_STRONG_FORWARD, text, max(paras[pi][0], start - 3 * _SENT_REACH), start))
        keep, unit = _rule_keep(text, sent, clause, start, end, value, unit, zones[pi], block_forward,
                                _UNIT_LEAD if options.get("units") else _COUNT_LEAD)
        year = None
        if keep or learned:
            year = deadlines.within(block_start, start, last=True)
            if year is None:
                year = deadlines.within(end, sent[1], last=False)
            if year is None:
                year = default_year
        gf = ycands = list_key = None
        if learned:
            list_key = heads[pi][0] if heads[pi] else -1 - pi       # the heading governing its list, else its paragraph
            ctx = tf.Context(text, start, end, value, unit, sent, clause, paras[pi], block_start,
                             zones[pi], block_forward, keep, year, default_year, has_period, heads[pi])
            gf = tf.goal_features(ctx, options.get("segment", False), options.get("bow", True))
            if "scaled" in (options.get("cand_fix") or "") and _SCALED_COUNT.fullmatch(unit) and gf.pop("u:noun", None):
                gf["u:count"] = 1.0         # "3,1 triệu lượt khách": a count with its scale word, as "900.000 lượt khách"
            gf.update(tf.year_context(years, start, min(block_start, sent[0]), as_of, latest))
            if secs is not None:
                gf["sec_top:" + secs[pi][0]] = gf["sec_sub:" + secs[pi][1]] = 1.0
            if ptype is not None:
                gf["page:" + ptype] = 1.0
            if shares is not None:
                gf.update(shares[vi])
            if options.get("result_cues"):
                gf.update(tf.result_cues(ctx))
            if pk is not None:
                gf.update(tm.page_kind_goal_features(pk))
                gf.update(tm.tail_goal_features(pkt))
            if prev_para is not None:
                gf.update(prev_para[pi])
            if want_blocks and pi not in blocks:
                blocks[pi] = tm.block_text(text, paras[pi], (heads[pi], *shead[pi]))
                if block_model is not None:
                    block_p[pi] = tm.block_prob(block_model, blocks[pi])
            if block_model is not None:
                gf.update(tm.block_goal_features(block_p[pi]))
            ctext = tm.clause_text(text, clause, start, end) if clause_model is not None or trace is not None else None
            if clause_model is not None:
                gf.update(tm.clause_goal_features(tm.clause_prob(clause_model, ctext)))
            if pk is not None and "gate" in mix:
                gf.update(tm.gate_pk(gf))
            if pk is not None and "x" in mix:
                gf.update(tm.pk_interactions(gf))
            if options.get("order"):
                gf.update(tf.cue_order(ctx))
            if options.get("stat") == "features":
                gf.update(tf.statistic_features(ctx, as_of))
            elif options.get("stat"):
                veto_ctx[vi] = ctx
            if ctx_after:
                dl31_ctx[vi] = ctx
            if options.get("predicate"):
                gf.update(tf.predicate_features(ctx, years, as_of, latest, options["predicate"] == "year"))
            if options.get("opener"):
                gf.update(tf.opener_features(text, tf.run_opener(text, sents, value_starts, paras[pi], start), years, as_of))
            if options.get("lead"):
                gf.update(tf.lead_features(text, tf.lead_in(text, paras, has_value, pi, start), years, as_of,
                                             options["lead"] == "min"))
            if governors is not None:
                gf.update(tf.governor_features(governors, paras[pi], start, years, as_of, options["governor"]))
            if options.get("after_fix"):
                gf.update(tf.after_cues(ctx))
            if options.get("own_goal"):
                tf.own_goal_features(gf, ctx, options["own_goal"])
            if options.get("tally_goal"):
                tf.goal_tally(gf, ctx)
            if options.get("gm30"):
                tf.gm30_features(gf, ctx, years, as_of, options["gm30"].split("+"))
            if options.get("gm31"):
                tf.gm31_features(gf, ctx, years, as_of, options["gm31"].split("+"))
            if options.get("gm32"):
                tf.gm32_features(gf, ctx, options["gm32"].split("+"))
            if options.get("gm34"):
                tf.gm34_features(gf, ctx, years, as_of, value_starts, options["gm34"].split("+"))
            if "revise" in (options.get("tg26") or "").split("+"):
                tf.tg26_revision(gf, ctx)
            ycands = dl.year_candidates(ctx, years, options.get("none_cues", False), options.get("windows", False),
                                        options.get("scope") or False, options.get("own_year") or "")
            if options.get("ylink"):
                dl.year_link_features(ctx, ycands, years, as_of, options["ylink"])
            if options.get("pyears") and period is not None:
                dl.period_year_features(ycands, period)
            if "base" in (options.get("dl30") or "").split("+"):
                dl.base_year_features(ctx, ycands, years)
            if options.get("ty27"):     # the year a lead or heading gives the block (ty27)
                dl.ty27_features(ctx, ycands, years, options["ty27"].split("+"))
            if trace is not None or wide_stack:     # what the second pass reads besides the verdicts
                keys = {"sent": sent[0], "block": block_start,
                        "lead": tf.lead_features(text, tf.lead_in(text, paras, has_value, pi, start), years, as_of)}
            if trace is not None:
                trace.append({"value": value, "unit": unit, "goal": gf, "years": ycands, "start": start,
                              "list": list_key, **keys, "bkey": pi, "btext": blocks[pi], "ctext": ctext,
                              "subject": _subject(text, clause, start, end)})
                if options.get("stat") in ("learned", "veto+learned"):  # what train.learned_veto chooses from (fp19)
                    trace[-1]["veto"] = sorted(tf.veto_pool(ctx, as_of))
        rows.append((sent, clause, stext, keep, unit, year, gf, ycands, list_key, keys))
        para_at.append(pi)
    goal_probs = None
    if goal_model is not None:
        goal_probs = [goal_model.prob(r[6]) for r in rows]
        trees = models.goal_trees
        if trees is not None:       # the trees' interactions averaged with the linear verdict
            goal_probs = [trees.blended(p, r[6]) for p, r in zip(goal_probs, rows)]
        seq_toks = [t for t in str(options.get("tg26") or "").split("+") if t in tf.TG26_TOKENS]
        seq = models.goal_seq if models is not None and seq_toks else None
        if seq is not None:         # tg26: the second pass over the verdicts of the value's neighbours
            lift = "lift" in seq_toks
            goal_probs = [p if lift and not tf.tg26_lifted(f) else seq.prob(f) for p, f in zip(goal_probs, tf.tg26_stack_features(
                goal_probs, [r[0][0] for r in rows], para_at, seq_toks))]
        stack = models.goal_stack if models is not None else None
        if stack is not None:       # second pass: the first pass's verdicts on the other values of the page
            groups = {"sent": [r[9]["sent"] for r in rows], "block": [r[9]["block"] for r in rows]} if wide_stack else None
            goal_probs = [stack.prob({**r[6], **(r[9]["lead"] if wide_stack else {}), **agg}) for r, agg in
                          zip(rows, tf.stack_features(goal_probs, [r[8] for r in rows], groups))]
    if goal_probs is not None and "cut" in getattr(goal_model, "meta", ()):   # hp33: the shipped cut, moved to 0.5
        from extractors.models import recentred
        goal_probs = recentred(goal_probs, goal_model)
    if goal_probs is not None:
        _keep_worded_goals(text, values, rows, paras, goal_probs, options)
    if goal_probs is not None and "parts" in (options.get("miss26") or ""):
        _parts_follow_totals(text, values, rows, goal_probs, "chain" in (options.get("fj28") or "").split("+"))
    if goal_probs is not None and options.get("fj30"):
        _keep_list_items(text, values, rows, goal_probs, options["fj30"].split("+"))
    if goal_probs is not None and options.get("tg28"):
        _tg28_keep(text, values, rows, goal_probs, options["tg28"].split("+"))
    if goal_probs is not None and options.get("tg29"):
        _tg29_keep(text, values, rows, goal_probs, options["tg29"].split("+"))
    if goal_probs is not None and options.get("tg30"):
        _tg30_keep(text, values, rows, goal_probs, options["tg30"].split("+"))
    tg31_parts: set[int] = set()     # option tg31 "gloss": parts in a parenthesis, not glosses
    if goal_probs is not None and options.get("tg31"):
        tg31_parts = _tg31_keep(text, values, rows, goal_probs, options["tg31"].split("+"))
    if goal_probs is not None and options.get("gr32"):
        _gr32_keep(text, values, rows, goal_probs, options["gr32"].split("+"))
    cu35_at: dict[int, dict] = {}     # option cu35: the shapes read on each rejected counted value (for the trace)
    if goal_probs is not None and options.get("cu35"):
        cu35_at = _cu35_keep(text, values, rows, goal_probs, dl31_ctx, years, as_of, options["cu35"].split("+"),
                             _head_end(text, paras, False), options.get("cu36") or "")
    out: list[Target] = []
    starts: list[int] = []
    emitted_at: list[int] = []
    # per key: (goal as the merges read it, its paragraph, a digital-economy share, its nearest words
    # before the value)
    seen: dict[tuple, list[tuple[Target, int | None, bool, frozenset | None]]] = {}
    by_para = options.get("similar_scope") == "paragraph"
    pstarts = [s for s, _ in paras]
    dx_shares: set[tuple] = set()
    dx_ids: set[int] = set()            # the emitted digital-economy shares (option fp23 "dx_head")
    dl34_null: set[int] = set()         # the values dl34's "sib" left without a deadline
    dl34_ids: set[int] = set()          # their emitted targets (id()), which dl32's "sib" leaves alone
    # one19: a share of the GRDP and a share in each sector ("trong từng ngành, lĩnh vực") are two goals
    by_kind = bool(options.get("merge_kind"))
    # one19: the merges read a subject after the value only if no conjunction or preposition opens it,
    # and (merge_head=k) also join two goals of one key whose k nearest words before the value share two
    not_after = _NOT_AFTER_MERGE if options.get("merge_after") else _NOT_AFTER
    long_subject = options.get("merge_subject") == "long"
    k_head = options.get("merge_head")
    # fp22: rank goals of one key in different paragraphs whose groups after the value agree are one goal
    by_rank = bool(options.get("rank_copies"))
    rank_seen: dict[tuple, list[tuple[int | None, frozenset]]] = {}
    # fp22: no annotated page holds two goals of one key with a fractional value: the second is a copy
    by_fraction = bool(options.get("merge_fraction"))
    # fj26b: an amount or count of one key in another paragraph is the lead's or summary's copy, however worded
    amount_copies = "copies" in (options.get("fj26b") or "").split("+") and by_para
    # fj28: an item under a goal heading that names one year ("Các chỉ tiêu chủ yếu năm 2027:") is of that year
    heading_year = "heading_year" in (options.get("fj28") or "").split("+")
    heading_years = None
    # fj28: goals of one key named for two places ("Huyện A có 1 xã …", "Huyện B có 1 xã …") are two goals
    by_place = "places" in (options.get("fj28") or "").split("+")
    seen_places: dict[tuple, list[str | None]] = {}
    # fj29: figures in a news page's related-links block ("Bài liên quan") are other articles' goals
    related = "related" in (options.get("fj29") or "").split("+")
    pledge = "pledge" in (options.get("fj29") or "").split("+")
    related_at = None
    fp35_levels = "level" in (options.get("fp35") or "").split("+")
    level_keys: set[tuple] = set()
    for vi, (start, end, value, _) in enumerate(values):
        sent, clause, stext, keep, unit, year, gf, ycands, _, _ = rows[vi]
        if learned:
            if goal_probs is not None:
                keep = goal_probs[vi] > 0.5 and not (unit.startswith("%") and value > 100)
            if keep and year_model is not None:
                year = _deadline(models, ycands)
        if keep and pledge and tf.spelled_out_goal(text, sent, start):
            year = tf.spelled_out_year(text, sent) or year
        if keep and year is None and heading_year:
            if heading_years is None:
                heading_years = tf.goal_heading_years(text, paras)
            year = heading_years[bisect.bisect_right(pstarts, start) - 1]
        if keep and options.get("dl32") and vi in dl31_ctx and year_model is not None:     # dl32: before dl31
            year = dl.dl32_year(dl31_ctx[vi], years, year, options["dl32"].split("+"))
        if keep and options.get("dl31") and vi in dl31_ctx and year_model is not None:     # dl31: after the models
            year = dl.dl31_year(dl31_ctx[vi], years, year, as_of, options["dl31"].split("+"))
        if keep and options.get("dl33") and vi in dl31_ctx and year_model is not None:     # dl33: after dl31
            year = dl.dl33_year(dl31_ctx[vi], years, year, as_of, options["dl33"].split("+"))
        if keep and options.get("dl34") and vi in dl31_ctx and year_model is not None:     # dl34: after dl33
            was, year = year, dl.dl34_year(dl31_ctx[vi], years, year, as_of, options["dl34"].split("+"))
            if was is not None and year is None:
                dl34_null.add(vi)
        if keep and options.get("dl35") and vi in dl31_ctx and year_model is not None:     # dl35: after dl34
            was, year = year, dl.dl35_year(dl31_ctx[vi], years, year, as_of, options["dl35"].split("+"))
            if was is not None and year is None:
                dl34_null.add(vi)
        if keep and options.get("dl36") and vi in dl31_ctx and year_model is not None:     # dl36: after dl35
            was, year = year, dl.dl36_year(dl31_ctx[vi], years, year, as_of, options["dl36"].split("+"))
            if was is not None and year is None:
                dl34_null.add(vi)
        if keep and vi in cu35_at and cu35_at[vi].get("kept") == "series":     # cu35: a series level's own year
            year = cu35_at[vi]["series"]
        drop = _dropped(keep, year, as_of, _share_of_goal(text, clause, start, end, value, options.get("ratio")))
        # read only for the values kept (most are not)
        if keep and not drop and vi in veto_ctx and _vetoed(veto_ctx[vi], as_of, options):
            drop = "statistic"
        if keep and not drop and options.get("national") and tf.cited_national(text, sent, start, end, province):
            drop = "national"
        if keep and not drop and options.get("gloss") and vi not in tg31_parts and tf.paren_gloss(text, start):
            drop = "gloss"
        if keep and not drop and options.get("fp23"):
            drop = tf.fp23_drop(text, sent, start, end, unit, options["fp23"])
        if keep and not drop and options.get("fj26b"):
            drop = tf.fj26b_drop(text, sent, start, end, options["fj26b"], province)
        if keep and not drop and options.get("fp30"):     # fp30: restated changes, statistics by their openers
            drop = fg.fp30_drop(text, start, end, unit, options["fp30"])
        if keep and not drop and options.get("fp31"):     # fp31: equivalents, increments, estimates, verdicts
            drop = fg.fp31_drop(text, start, end, unit, options["fp31"])
        if keep and not drop and options.get("fp32"):     # fp32: offices, base levels, part counts, pairs, scope
            drop = fg.fp32_drop(text, start, end, unit, options["fp32"])
        if keep and not drop and options.get("fp33"):     # fp33: a year's close, datelines, ranks, results named after
            drop = fg.fp33_drop(text, start, end, unit, options["fp33"])
        if keep and not drop and options.get("fp34"):     # fp34: results judged against a plan, after a result lead
            drop = fg.fp34_drop(text, start, end, unit, options["fp34"])
        if keep and not drop and options.get("fp35"):     # fp35: parts, things named before, plans beside results
            drop = fg.fp35_drop(text, start, end, unit, options["fp35"])
        if drop in ("more", "level") and fp35_levels:      # fp35 "level": the increment's other writings go too
            level_keys.add((value, unit))
        if keep and not drop and related:
            if related_at is None:
                related_at = tf.related_links(text, paras)
            drop = "related" if related_at[bisect.bisect_right(pstarts, start) - 1] else None
        if trace is not None:       # why each value was or was not emitted (error analysis)
            trace[trace_at + vi].update(p=goal_probs[vi] if goal_probs else None, year=year, as_of=as_of, drop=drop)
            if vi in cu35_at:
                trace[trace_at + vi]["cu35"] = cu35_at[vi]
        if drop:
            continue
        subj = _subject(text, clause, start, end)
        key = (value, unit, year)
        dx = _dx_share(text, sent, start, end)
        if dx:
            # "kinh tế số chiếm 25% GRDP": a page has one digital-economy share per deadline, however
            # its headline, lead and body word the subject
            if key in dx_shares:
                _note(trace, trace_at + vi, "dx_share")
                continue
            dx_shares.add(key)
        msubj = _subject(text, clause, start, end, _SUBJ_STOP_LONG if long_subject else _SUBJ_STOP, not_after) \
            if long_subject or not_after is not _NOT_AFTER else subj
        same = seen.setdefault(key, [])
        # two goals of one paragraph are items of one list ("80% hồ sơ cấp huyện, 80% hồ sơ cấp xã"),
        # never one goal restated
        where = bisect.bisect_right(pstarts, start) if by_para else None
        head = _head_words(text, clause, start, k_head) \
            if k_head and not _reads_after(_after(text, clause, end), not_after) else None
        place = tf.place_before(text, sent, start) if by_place else None
        others = seen_places.setdefault(key, [])        # the places of `same`'s goals, in order
        same_here = [e for e, o in zip(same, others) if o is None or o == place] if place is not None else same
        if any((_similar(t.subject, msubj) or _same_head(head, h)) and (w is None or w != where)
               and not (by_kind and d != dx) for t, w, d, h in same_here):
            _note(trace, trace_at + vi, "similar")
            continue                            # the same goal repeated (headline and body)
        if amount_copies and _amount_copy(unit, where, same_here):
            _note(trace, trace_at + vi, "amount_copy")
            continue
        if by_fraction and value % 1 and same_here:
            _note(trace, trace_at + vi, "fraction_copy")
            continue                            # "đạt 7,82%; Duy trì … là 7,82%": one goal
        if by_rank and unit == "hạng":
            tail = _rank_tail(text, sent, end)
            where_p = bisect.bisect_right(pstarts, start)
            if any(w != where_p and _same_rank(tail, t) for w, t in rank_seen.get(key, ())):
                _note(trace, trace_at + vi, "rank_copy")
                continue
            rank_seen.setdefault(key, []).append((where_p, tail))
        same.append((Target(value=value, unit=unit, subject=msubj), where, dx, head))
        if by_place:
            others.append(place)
        out.append(Target(value=value, unit=unit, subject=subj, deadline_year=year,
                          qualifier=_qualifier(text, clause[0], start, end),
                          sentence=" ".join(stext.split())))
        starts.append(start)
        emitted_at.append(vi)
        if dx:
            dx_ids.add(id(out[-1]))
        if vi in dl34_null:
            dl34_ids.add(id(out[-1]))
    if options.get("dl32") and year_model is not None:     # dl32: the page's emitted goals read together
        kept = _dl32_page(text, paras, years, out, starts, options["dl32"].split("+"), dl34_ids)
        out, starts, emitted_at = [out[i] for i in kept], [starts[i] for i in kept], [emitted_at[i] for i in kept]
    if "plan" in (options.get("dl34") or "").split("+") and year_model is not None:     # dl34: an annual plan's page
        _dl34_plan(out, as_of, dl34_ids)
    if "headcopy" in (options.get("fp33") or "").split("+"):     # fp33: a headline's copy in another unit
        kept = _fp33_head_copies(text, paras, out, starts)
        out, starts, emitted_at = [out[i] for i in kept], [starts[i] for i in kept], [emitted_at[i] for i in kept]
    if level_keys:      # fp35 "level": a headline's or caption's "thêm N" whose body writing goes on to its level
        kept = [i for i, (t, s) in enumerate(zip(out, starts))
                if (t.value, t.unit) not in level_keys or not fg.FP35_MORE_BEFORE.search(text, max(0, s - 20), s)]
        out, starts, emitted_at = [out[i] for i in kept], [starts[i] for i in kept], [emitted_at[i] for i in kept]
    merged = out
    if options.get("restate"):
        # fp23: a headline's digital-economy share already holds the body's copies (dx_share above); it is
        # not a restatement of a body share in each sector ("tỷ trọng kinh tế số trong từng ngành … 10%")
        keep_ids = dx_ids if "dx_head" in (options.get("fp23") or "") else set()
        merged = _without_headline_restatements(merged, starts, _head_end(text, paras, options["restate"] == "lead"),
                                                options["restate"] == "title_any", keep_ids)
    if options.get("restate_lines"):
        merged = _without_line_restatements(merged, starts, text, paras, options["restate_lines"])
    if options.get("merge_none"):
        merged = _without_yearless_restatements(merged)
    if options.get("caption_copies"):
        merged = _without_caption_copies(merged, out, starts, text, paras)
    if trace is not None:
        kept = {id(t) for t in merged}
        for t, vi in zip(out, emitted_at):
            _note(trace, trace_at + vi, None if id(t) in kept else "restated")
    return merged


_DL32_SIB_RATE = re.compile(r"/năm$")


def _dl32_page(text: str, paras: list, years: list, out: list[Target], starts: list[int], toks: list[str],
               left: set[int] = frozenset()) -> list[int]:
    """Option dl32, the page's emitted goals read together (after every per-value decision, before the merges):
    "head", a goal of the headline left without a deadline (no yearly unit) takes the one year the body's dated
    goals share when they are two or more and at least half the body's goals ("Quảng Bình: Phấn đấu giảm tỷ lệ
    hộ nghèo 2%" over a body of 2019 goals), and is dropped when the body already holds that value, unit and
    year (the headline's copy); "sib", a goal left without a deadline between two goals of its sentence dated
    one year, no year mention between the first and it and no yearly unit, takes their year ("… đạt trên 41,8 vạn tấn …; … đạt 63,5 triệu đồng; … đạt 35%" of one plan year).
    Returns the indices of `out` kept; the goals whose id() is in `left` (dl34's "sib" nulls) keep theirs. Cost:
    one pass over the emitted goals."""
    from extractors.deadline_features import DL32_TOKENS
    from extractors.target_features import _between
    option_tokens("dl32", toks, DL32_TOKENS)
    drop: set[int] = set()
    if "sib" in toks:
        for i in range(1, len(out) - 1):
            t, p, n = out[i], out[i - 1], out[i + 1]
            if t.deadline_year is None and p.deadline_year is not None and p.deadline_year == n.deadline_year \
                    and id(t) not in left \
                    and t.sentence == p.sentence == n.sentence and not _DL32_SIB_RATE.search(t.unit) \
                    and not _between(years, starts[i - 1], starts[i]):
                t.deadline_year = p.deadline_year
    if "head" in toks:
        head_end = _head_end(text, paras, False)
        body = [t.deadline_year for t, s in zip(out, starts) if s >= head_end]
        dated = {y for y in body if y is not None}
        if head_end and len(dated) == 1 and 2 <= len(body) - body.count(None) and body.count(None) <= len(body) / 2:
            yr = next(iter(dated))
            keys = {(t.value, t.unit, t.deadline_year) for t, s in zip(out, starts) if s >= head_end}
            for i, (t, s) in enumerate(zip(out, starts)):
                if s < head_end and t.deadline_year is None and not _DL32_SIB_RATE.search(t.unit):
                    t.deadline_year = yr
                    if (t.value, t.unit, yr) in keys:
                        drop.add(i)
    return [i for i in range(len(out)) if i not in drop]


_DL34_PLAN_MIN = 3      # dated goals a page needs before its one year is read as its annual plan's


def _dl34_plan(out: list[Target], as_of: int | None, left: set[int]) -> None:
    """Option dl34 "plan", the page's emitted goals read together (after dl32's page pass): on a page whose dated
    goals, three or more and at least half of its goals, all hold the page's own year (an annual plan: README-part-A,
    "in an annual plan (năm X) goals without their own year take X"), a goal left without a deadline takes that
    year unless it is a yearly rate or average ("/năm", "bình quân", "hằng năm" …), its sentence names a window,
    or dl34's "sib" left it null (`left`). Cost: one pass over the emitted goals."""
    from extractors.deadline_features import _RECURRING, _SPAN_YEARS
    if as_of is None:
        return
    dated = [t.deadline_year for t in out if t.deadline_year is not None]
    if len(dated) < _DL34_PLAN_MIN or set(dated) != {as_of} or len(dated) < len(out) / 2:
        return
    for t in out:
        if t.deadline_year is None and id(t) not in left and not _DL32_SIB_RATE.search(t.unit) \
                and not _RECURRING.search(t.sentence) and not _SPAN_YEARS.search(t.sentence):
            t.deadline_year = as_of


def _fp33_unit_head(unit: str) -> str:
    return re.split(r"[\s/]", unit.strip(), maxsplit=1)[0].lower()


def _fp33_head_copies(text: str, paras: list, out: list[Target], starts: list[int]) -> list[int]:
    """Option fp33 "headcopy": a goal of the headline whose value a goal of the body has with another unit of the
    same head word ("38.000 tỷ doanh thu" over the body's "38.000 tỷ đồng", "1.500 - 1.700 lao động" over
    "… lao động/năm", "133 triệu đồng/người" over "133 triệu đồng/năm") and the same year or none is that goal
    restated in a shorter or looser unit: dropped; a goal of the body whose value the headline writes with its
    unit and a suffix ("3%/năm" in the headline, "mỗi năm 3%" in the body) is the headline's goal: dropped
    (README-part-J6 ruling 3: one target, the headline's unit). Returns the indices of `out` kept. Cost: one pass over the emitted goals."""
    head_end = _head_end(text, paras, False)
    if not head_end:
        return list(range(len(out)))
    body: dict = {}
    for t, s in zip(out, starts):
        if s >= head_end:
            body.setdefault(t.value, []).append(t)
    head = {}
    for t, s in zip(out, starts):
        if s < head_end:
            head.setdefault(t.value, []).append(t)
    drop = set()
    for i, (t, s) in enumerate(zip(out, starts)):
        if s < head_end and any(b.unit != t.unit and _fp33_unit_head(b.unit) == _fp33_unit_head(t.unit)
                                and not t.unit.startswith(b.unit + "/")
                                and t.deadline_year in (None, b.deadline_year) for b in body.get(t.value, ())):
            drop.add(i)
        # the headline's yearly unit is the goal's ("3%/năm" over the body's "mỗi năm 3%")
        if s >= head_end and any(h.unit.startswith(t.unit + "/") and h.deadline_year in (None, t.deadline_year)
                                 for h in head.get(t.value, ())):
            drop.add(i)
    return [i for i in range(len(out)) if i not in drop]


def _keep_worded_goals(text: str, values: list, rows: list, paras: list, goal_probs: list[float], options: dict) -> None:
    """Values the text itself calls goals are kept (probability 0.51; the vetoes still read them): a goal set in
    words (option miss26 "direct"/"strive", fj26a), a plan's figures or a goal opener's items (fj27), the item
    lines under a goal heading or a goal opener after a connective (fj28 "heading", "connective")."""
    from extractors import target_features as tf
    toks26 = (options.get("miss26") or "").split("+")
    toks27 = (options.get("fj27") or "").split("+")
    toks28 = (options.get("fj28") or "").split("+")
    heading, connective = "heading" in toks28, "connective" in toks28
    pledge = "pledge" in (options.get("fj29") or "").split("+")
    if "direct" not in toks26 and not options.get("fj27") and not heading and not connective and not pledge:
        return
    pstarts = [s for s, _ in paras]
    under = None                        # fj28: the item lines under a goal heading, read once a page
    for vi, (start, *_) in enumerate(values):
        if goal_probs[vi] > 0.5:
            continue
        sent = rows[vi][0]
        pi = bisect.bisect_right(pstarts, start) - 1
        if "direct" in toks26 and tf.direct_set_goal(text, sent, start, "strive" in toks26) or options.get("fj27") \
                and tf.opener_governs(text, sent, paras[pi], start, toks27):
            goal_probs[vi] = 0.51
        elif connective and tf.connective_opener_governs(text, sent, paras[pi], start):
            goal_probs[vi] = 0.51
        elif pledge and tf.spelled_out_goal(text, sent, start):
            goal_probs[vi] = 0.51
        elif heading:
            under = tf.items_under_goal_heading(text, paras, "phase" in (options.get("fj29") or "").split("+")) \
                if under is None else under
            if under[pi] and tf.item_goal(text, paras[pi], start):
                goal_probs[vi] = 0.51


def _parts_follow_totals(text: str, values: list, rows: list, goal_probs: list[float], chain: bool = False) -> None:
    """Option miss26 "parts" (fj26a): a "trong đó" part of a total in the same sentence ("đón 9,1 triệu lượt
    khách, trong đó có 2 triệu lượt khách quốc tế") is a goal when its total is: it takes the total's
    probability when that is higher (README-part-J1 rule 1). chain (fj28): the next item of the parts' run
    ("trong đó khách nội địa 1,99 triệu lượt, khách quốc tế 10.000 lượt") is a part too."""
    from extractors import target_features as tf
    part = [False] * len(values)
    for vi in range(1, len(values)):
        sent = rows[vi][0]
        part[vi] = tf.part_of_total(text, sent, values[vi - 1][1], values[vi][0]) or chain and part[vi - 1] \
            and tf.next_part(text, sent, values[vi - 1][1], values[vi][0])
        if part[vi] and goal_probs[vi - 1] > goal_probs[vi]:
            goal_probs[vi] = goal_probs[vi - 1]


def _keep_list_items(text: str, values: list, rows: list, goal_probs: list[float], toks: list[str]) -> None:
    """Option fj30: the items of a goal list in one sentence are kept (probability 0.51; the vetoes still read
    them): "colon", a value after an inline lead-in ("… với 20 chỉ tiêu chủ yếu là: …; …"); "run", a value
    next to a kept one, only a comma or semicolon and a few words between ("có thêm 3 xã, 2 huyện …, 7 xã …")."""
    from extractors import target_features as tf
    for vi, (start, *_) in enumerate(values):
        if goal_probs[vi] > 0.5:
            continue
        sent = rows[vi][0]
        if "colon" in toks and tf.inline_list_item(text, sent, start) \
                or "run" in toks and vi and goal_probs[vi - 1] > 0.5 and rows[vi - 1][0] == sent \
                and tf.run_item(text, values[vi - 1][1], start):
            goal_probs[vi] = 0.51


def _tg29_keep(text: str, values: list, rows: list, goal_probs: list[float], toks: list[str]) -> None:
    """Option tg29 "cue": a value the first pass rejects is kept (probability 0.51; the vetoes still read it) when
    its own clause, just before it, hands a goal down or binds to one (target_features.tg29_duty_before); "duty"
    (the candidate lines, target_units) needs nothing here."""
    from extractors import target_features as tf
    option_tokens("tg29", toks, tf.TG29_TOKENS)
    if "cue" not in toks:
        return
    for vi, (start, *_) in enumerate(values):
        if goal_probs[vi] <= 0.5 and tf.tg29_duty_before(text, rows[vi][0], start):
            goal_probs[vi] = 0.51


def _tg30_keep(text: str, values: list, rows: list, goal_probs: list[float], toks: list[str]) -> None:
    """Option tg30 (session 29): values the first pass rejects kept at 0.51 (the vetoes still read them): "plan", a
    plan set in the value's clause ("đề ra kế hoạch nuôi … với quy mô 4.000 lồng"); "list", an item of a dash list
    of indicators whose other items are mostly kept ("- Tỷ lệ …: 100%"); "sched", an item of a per-year schedule
    ("+ Năm 2026: trồng 300 ha") under a lead with no result cue; "follow", tg28's ";" items and "Trong đó" parts
    read again after those and tg29's keeps (target_features.tg30_*)."""
    from extractors import target_features as tf
    from extractors.target_units import TG30_WILL
    option_tokens("tg30", toks, tf.TG30_TOKENS)
    first = list(goal_probs)        # the list's verdicts before this pass
    starts = [v[0] for v in values]
    for vi, (start, *_) in enumerate(values):
        if goal_probs[vi] > 0.5:
            continue
        sent = rows[vi][0]
        if "plan" in toks and tf.tg30_plan_before(text, sent, start) \
                or "list" in toks and tf.tg30_list_item(text, start, starts, first) \
                or "sched" in toks and tf.tg30_sched_item(text, start) \
                or "series" in toks and _tg30_series(text, values, rows, first, vi) \
                or "will" in toks and tf.tg30_plan_before(text, sent, start, TG30_WILL):
            goal_probs[vi] = 0.51
    if "follow" in toks:
        _tg28_keep(text, values, rows, goal_probs, ["semi", "parts"])


def _tg31_keep(text: str, values: list, rows: list, goal_probs: list[float], toks: list[str]) -> set[int]:
    """Option tg31 (session 30): values the first pass rejects kept at 0.51 (the vetoes still read them): "paren",
    a value inside a parenthesis opened right after a kept value, naming its parts or plan ("30.000 lao động (12.000
    lao động nữ)", "3,1%/năm (Trồng trọt: 2,4%; …)"; target_features.tg31_paren_part); "part", a ", trong đó"
    clause's value with a subject and verb of its own. Returns, with "gloss", the values that are such a
    parenthesis's part of the same unit, smaller, with a qualifier after it ("(20.000 lao động trực tiếp)"): the
    gloss veto does not read them."""
    from extractors import target_features as tf
    option_tokens("tg31", toks, tf.TG31_TOKENS)
    if "part" in toks:
        chained = [False] * len(values)
        for vi in range(1, len(values)):
            start, sent = values[vi][0], rows[vi][0]
            if goal_probs[vi] > 0.5 or rows[vi - 1][0] != sent or goal_probs[vi - 1] <= 0.5:
                continue
            if tf.tg31_part_clause(text, sent, values[vi - 1][1], start) \
                    or chained[vi - 1] and tf.next_part(text, sent, values[vi - 1][1], start):
                goal_probs[vi] = 0.51
                chained[vi] = True
    parts: set[int] = set()
    paren, gloss = "paren" in toks, "gloss" in toks
    if not (paren or gloss):    # "topic" and "words" (the candidates, target_units) need nothing here
        return parts
    for vi, (start, *_) in enumerate(values):
        if goal_probs[vi] > 0.5 and not gloss:
            continue
        sent = rows[vi][0]
        p = tf.tg31_paren_open(text, sent, start)
        if p < 0:
            continue
        for vj in range(vi - 1, max(-1, vi - 6), -1):      # the last value before the "(" (values inside are skipped)
            if values[vj][0] > p:
                continue
            if rows[vj][0] == sent and goal_probs[vj] > 0.5 and tf.tg31_same_unit(values[vj][3], values[vi][3]) \
                    and tf.tg31_paren_part(text, p, values[vj][1], start):
                if paren and goal_probs[vi] <= 0.5:
                    goal_probs[vi] = 0.51
                if gloss and values[vi][2] < values[vj][2] and tf.tg31_qualified(text, p, start, values[vi][1]):
                    parts.add(vi)
            break
    return parts


def _tg30_series(text: str, values: list, rows: list, first: list[float], vi: int) -> bool:
    """Option tg30 "series": the value is one year's level of a year series in its sentence ("năm 2026 đạt 3,2
    ngày/khách; năm 2028 đạt 3,4 ngày/khách và năm 2030 đạt 4 ngày/khách") another year of which, same unit, the
    first pass keeps (at most six values either way), with no result cue between them."""
    from extractors import target_features as tf
    start, unit, sent = values[vi][0], values[vi][3], rows[vi][0]
    year = tf.tg30_series_year(text, sent, start)
    if year is None:
        return False
    for vj in list(range(vi - 1, max(-1, vi - 7), -1)) + list(range(vi + 1, min(len(values), vi + 7))):
        if rows[vj][0] != sent or first[vj] <= 0.5 or values[vj][3] != unit:
            continue
        other = tf.tg30_series_year(text, sent, values[vj][0])
        if other is not None and other != year and tf.tg30_series_clear(text, min(start, values[vj][0]),
                                                                         max(start, values[vj][0])):
            return True
    return False


def _tg28_keep(text: str, values: list, rows: list, goal_probs: list[float], toks: list[str]) -> None:
    """Option tg28: the items of a kept goal the first pass rejects are kept (probability 0.51; the vetoes still
    read them): "semi", a later ";" item of a sentence with a kept item; "parts", a sentence opened by "Trong đó" /
    "Cụ thể" right after a sentence of the same paragraph with a kept value (target_features.tg28_*)."""
    from extractors import target_features as tf
    option_tokens("tg28", toks, tf.TG28_TOKENS)
    semi, parts, lead = "semi" in toks, "parts" in toks, "lead" in toks
    for vi, (start, *_) in enumerate(values):
        if goal_probs[vi] > 0.5:
            continue
        sent = rows[vi][0]
        kept = False
        if semi:        # the nearest kept value before it in its sentence (a few values back at most)
            for vj in range(vi - 1, max(-1, vi - 6), -1):
                if rows[vj][0] != sent:
                    break
                if goal_probs[vj] > 0.5:
                    kept = tf.tg28_semi_item(text, sent, values[vj][1], start)
                    break
        opener = (parts or lead) and tf.tg28_part_sentence(text, sent, start)
        if not kept and lead and opener and tf.tg28_lead_before(text, sent):
            kept = True
        if not kept and parts and opener:
            for vj in range(vi - 1, max(-1, vi - 12), -1):
                pj = rows[vj][0]
                if pj == sent:
                    continue
                # the sentence right before, in the same paragraph
                if pj[1] < sent[0] - 3 or "\n" in text[pj[1]:sent[0]]:
                    break
                if goal_probs[vj] > 0.5:
                    kept = True
                    break
        if kept:
            goal_probs[vi] = 0.51


def _vetoed(ctx, as_of: int | None, options: dict) -> bool:
    """The statistic veto: fp18's fixed list ("veto"), the list chosen on the training set ("learned", fp19),
    or both ("veto+learned"). Option miss26 (fj26a): "met", no `st:met` when a goal verb aims at the
    completion ("phấn đấu hoàn thành mục tiêu …"); "shares", no `st:count_share` when a goal verb is the
    last cue before the value in its sentence ("phấn đấu … nâng tổng số xã đạt chuẩn lên 94/151 xã (62,2%)";
    a horizon alone, "Đến cuối năm 2022, cả nước có …", is no such verb)."""
    from extractors import target_features as tf
    stat = options["stat"]
    if stat in ("learned", "veto+learned"):
        learned = tuple(options.get("stat_veto") or ())
        veto = learned + tf.STAT_VETO if stat == "veto+learned" else learned
        toks = (options.get("miss26") or "").split("+")
        if "met" in toks and "st:met" in veto and tf.met_aimed(ctx):
            veto = tuple(k for k in veto if k != "st:met")
        if "shares" in toks and "st:count_share" in veto and tf.goal_verb_governs(ctx):
            veto = tuple(k for k in veto if k != "st:count_share")
        return tf.learned_veto(ctx, as_of, veto)
    return tf.statistic_veto(ctx, as_of, _extra_vetoes(stat))


def _extra_vetoes(opt) -> tuple[str, ...]:
    """"veto:st:a,st:b" -> the statistic features added to the shipped veto (trials)."""
    return tuple(opt.split(":", 1)[1].split(",")) if isinstance(opt, str) and ":" in opt else ()


def _dropped(keep: bool, year: int | None, as_of: int | None, ratio) -> str | None:
    """Which decision drops a value before the merges: the goal decision, a past deadline, a share of a goal met."""
    if not keep:
        return "goal"
    if as_of is not None and year is not None and year < as_of:
        return "as_of"
    return "ratio" if ratio else None


def _note(trace: list | None, i: int, drop: str | None) -> None:
    if trace is not None:
        trace[i]["drop"] = drop


def _head_end(text: str, paras: list[tuple[int, int]], lead: bool) -> int:
    """Where the page's headline ends (its short lines without a final stop before the first prose
    paragraph), or with lead its first prose paragraph too."""
    for s, e in paras[:40]:
        p = text[s:e].strip()
        if p and (len(p) >= 200 or p.endswith((".", ";", ":"))):
            return e if lead else s
    return 0


_SECTOR = re.compile(r"(?:từng|mỗi|các) ngành", re.I)


def _without_headline_restatements(out: list[Target], starts: list[int], head_end: int,
                                   any_year: bool = False, keep_ids: set = frozenset()) -> list[Target]:
    """A goal of the headline (or lead) whose value, unit and year a goal of the body has is that
    goal restated ("Hải Phòng phấn đấu tăng trưởng kinh tế đạt 12,5% trong năm 2025" over the body's
    "… năm 2025 … đạt 12,5%"), however differently its subject is worded: counted once."""
    def key(t: Target) -> tuple:
        return (t.value, t.unit) if any_year else (t.value, t.unit, t.deadline_year)
    body = {key(t) for t, s in zip(out, starts) if s >= head_end}
    # keep_ids (fp23 "dx_head"): headline digital-economy shares, kept when each body goal of their key is
    # a share in each sector, another goal
    sector_only = {k for k in body if all(_SECTOR.search(t.sentence or "") for t, s in zip(out, starts)
                                          if s >= head_end and key(t) == k)} if keep_ids else set()
    return [t for t, s in zip(out, starts)
            if s >= head_end or key(t) not in body or (id(t) in keep_ids and key(t) in sector_only)]


def _without_yearless_restatements(out: list[Target]) -> list[Target]:
    """A goal without a year that restates one given a year elsewhere on the page (a headline "80%
    hộ gia đình … sẽ có gian hàng số" over "vào năm 2030, … hơn 80% …") is the same goal."""
    dated = [t for t in out if t.deadline_year is not None]
    return [t for t in out if t.deadline_year is not None or not any(
        (d.value, d.unit) == (t.value, t.unit) and _similar(d.subject, t.subject) for d in dated)]


# a photo caption ("… vào top 3. Ảnh: Thanh Sơn", "(Ảnh minh họa)"): it restates the article
_CAPTION = re.compile(r"\bẢnh(?:\s+minh họa)?\s*:|\(\s*ảnh\b|\bảnh minh họa\b", re.I)
# a list item ("- 100% hồ sơ…", "a) …", "2. …") is a goal of its own, not a subheading
_LIST_ITEM = re.compile(r"^\s*(?:[-+•*–]|\d{1,2}\s*[.)]|[a-zđ]\))", re.I)
_OWN_YEAR = re.compile(r"(?<!\d)20\d\d(?!\d)")


def _line_kind(text: str, para: tuple[int, int], head_end: int) -> str:
    """Where a goal is written: "title" (the headline lines), "caption", "short" (a line like a
    subheading: short, no final stop, not a list item), "lead" (the first prose paragraph) or "body"."""
    p = text[para[0]:para[1]].strip()
    if para[0] < head_end:
        return "title"
    low = lowered_page(text)        # every caption holds "ảnh" (spd30: most paragraphs none, and the re.I scan is slow)
    if (low is None or low.find("ảnh", para[0], para[1]) >= 0) and _CAPTION.search(p):
        return "caption"
    if len(p) < 160 and not p.endswith((".", ";", ":", ",")) and not _LIST_ITEM.match(p):
        return "short"
    return "lead" if para[0] == head_end else "body"


def _without_caption_copies(out: list[Target], emitted: list[Target], starts: list[int], text: str,
                            paras: list[tuple[int, int]]) -> list[Target]:
    """fp22: a photo caption restates the article ("An Giang đặt mục tiêu chỉ số PAPI, PCI trong nhóm 15
    cả nước. Ảnh: …" over the body's "… đứng trong nhóm 15/63 tỉnh"): a caption's goal whose value and
    unit a goal of the prose has yields to it, however its subject is worded, unless the caption
    names a year the prose goals lack. A caption that is the only mention stays."""
    at = {id(t): s for t, s in zip(emitted, starts)}    # emitted: every goal before the merges, at its start
    head_end = _head_end(text, paras, False)
    pstarts = [s for s, _ in paras]

    def kind(t: Target) -> str:
        return _line_kind(text, paras[bisect.bisect_right(pstarts, at[id(t)]) - 1], head_end)
    kinds = {id(t): kind(t) for t in out}
    prose: dict[tuple, set] = {}
    for t in out:
        if kinds[id(t)] in ("lead", "body"):
            prose.setdefault((t.value, t.unit), set()).add(t.deadline_year)
    return [t for t in out if not (kinds[id(t)] == "caption" and (t.value, t.unit) in prose and (
        t.deadline_year in prose[(t.value, t.unit)] or not _OWN_YEAR.search(t.sentence or "")))]


def _words(subject: str | None) -> set[str]:
    return {w for w in (subject or "").lower().split() if w not in _STOPWORDS}


def _contained(wa: set[str], wb: set[str]) -> bool:
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.6


def _without_line_restatements(out: list[Target], starts: list[int], text: str,
                               paras: list[tuple[int, int]], mode: str) -> list[Target]:
    """A goal written in a caption or a subheading line that restates a goal of the prose (lead or
    body) with the same value, unit and year is counted once (mode "short"); with "short_other_year"
    a headline, caption or subheading line whose own sentence names no year (its year came from
    afar) and that restates a prose goal given another year yields to it."""
    head_end = _head_end(text, paras, False)
    pstarts = [s for s, _ in paras]
    kinds = [_line_kind(text, paras[bisect.bisect_right(pstarts, s) - 1], head_end) for s in starts]
    prose: dict[tuple, list[tuple[int | None, set[str]]]] = {}      # (value, unit) -> (year, subject words)
    for b, k in zip(out, kinds):
        if k in ("lead", "body"):
            prose.setdefault((b.value, b.unit), []).append((b.deadline_year, _words(b.subject)))
    keep = []
    for t, k in zip(out, kinds):
        if k in ("title", "caption", "short") and (t.value, t.unit) in prose:
            w, year = _words(t.subject), t.deadline_year
            twins = [y for y, wb in prose[(t.value, t.unit)] if _contained(w, wb)]
            if k != "title" and year in twins:
                continue
            if mode == "short_other_year" and any(y not in (None, year) for y in twins) \
                    and not _OWN_YEAR.search(t.sentence or ""):
                continue
        keep.append(t)
    return keep


def _gr32_keep(text: str, values: list, rows: list, goal_probs: list[float], toks: list[str]) -> None:
    """Option gr32 (session 31): values the goal model rejects with a middling probability (at least
    target_features.GR32_BAND) kept at 0.51 after the decision (the vetoes and drops still read them): "sent", a
    goal-setting sentence another of whose values is kept; "run", an item of a run of one unit with a kept item;
    "twin", the same-worded twin of a kept value of its sentence; "line", a short line with a forward cue; "due",
    an item after a year lead ending in a colon; "dash", an indicator item "- <label>: X" of a run of its unit with
    a kept item, read down to target_features.GR32_DASH_BAND (target_features.gr32_*)."""
    from extractors import target_features as tf
    option_tokens("gr32", toks, tf.GR32_TOKENS)
    first = list(goal_probs)        # the verdicts before this pass: a value kept here keeps no other
    n = len(values)
    dash = "dash" in toks
    for vi, (start, *_) in enumerate(values):
        if first[vi] > 0.5 or first[vi] < (tf.GR32_DASH_BAND if dash else tf.GR32_BAND):
            continue
        sent, unit = rows[vi][0], values[vi][3]
        if dash and tf.gr32_dash_item(text, start) and _gr32_dash_run(text, values, first, vi):
            goal_probs[vi] = 0.51
            continue
        if first[vi] < tf.GR32_BAND:
            continue
        near = [vj for vj in range(max(0, vi - 8), min(n, vi + 9)) if vj != vi]
        kept_in = [vj for vj in near if first[vj] > 0.5 and sent[0] <= values[vj][0] < sent[1]]
        if "sent" in toks and kept_in:
            firsts = [values[vj][0] for vj in near if sent[0] <= values[vj][0] < sent[1]] + [start]
            if tf.gr32_sent(text, sent, start, values[vi][1], min(firsts)):
                goal_probs[vi] = 0.51
                continue
        if "twin" in toks and any(tf.gr32_unit(values[vj][3], unit) and tf.gr32_twin(
                text, sent, min(start, values[vj][0]), max(start, values[vj][0])) for vj in kept_in):
            goal_probs[vi] = 0.51
            continue
        if "due" in toks and tf.gr32_due(text, sent, start):
            goal_probs[vi] = 0.51
            continue
        if "line" in toks and tf.gr32_line(text, start):
            goal_probs[vi] = 0.51
            continue
        if "run" in toks and tf.gr32_item_clear(text, sent, start):
            run = [vi]
            for step in (-1, 1):
                vj, prev = vi, start
                while 0 <= vj + step < n and abs(vj + step - vi) <= 8:
                    vj += step
                    a, b = sorted((prev, values[vj][0]))
                    if not tf.gr32_linked(text, a, b):
                        break
                    if tf.gr32_unit(values[vj][3], unit):
                        run.append(vj)
                    prev = values[vj][0]
            if len(run) >= 3 and any(first[vj] > 0.5 for vj in run) and min(first[vj] for vj in run) >= tf.GR32_BAND:
                goal_probs[vi] = 0.51


def _gr32_dash_run(text: str, values: list, first: list[float], vi: int) -> bool:
    """Option gr32 "dash": the indicator item's run (values linked as target_features.gr32_dash_linked reads, at
    most eight either way) holds at least three items of its unit, one of which the model keeps."""
    from extractors import target_features as tf
    unit, n, items = values[vi][3], len(values), [vi]
    for step in (-1, 1):
        vj, prev = vi, values[vi][0]
        while 0 <= vj + step < n and abs(vj + step - vi) <= 8:
            vj += step
            a, b = sorted((prev, values[vj][0]))
            if not tf.gr32_dash_linked(text, a, b):
                break
            if tf.gr32_unit(values[vj][3], unit) and tf.gr32_dash_item(text, values[vj][0]):
                items.append(vj)
            prev = values[vj][0]
    return len(items) >= 3 and any(first[vj] > 0.5 for vj in items)


def _cu35_keep(text: str, values: list, rows: list, goal_probs: list[float], ctxs: dict, years: list,
               as_of: int | None, toks: list[str], head_end: int = 0, guards36: str = "") -> dict[int, dict]:
    """Option cu35 (session 34): a counted value (any unit but "%…") the goal decision rejects is kept at 0.51 (the
    vetoes and drops after the decision still read it) when a shape its tokens name says goal, its own item does
    not report it, and it names neither a plan's parts nor a sum to be spent nor a measure against a plan
    (target_features.cu35_flags). "gov", "floor", "due", "colon": the value's own clause (cu35_flags); "paren": a
    part or plan of a kept value of its unit, in the parenthesis opened right after it (tg31's reading,
    target_features.tg31_paren_part); "series": one year's level of a year series of its unit another year of
    which is kept (tg30's reading, _tg30_series). A value in the page's headline (before head_end) whose value the
    body writes again is left to the body's copy ("head"). Returns each rejected counted value's shapes with its
    probability before this pass ("p0") and the token that kept it ("kept")."""
    from extractors import target_features as tf
    option_tokens("cu35", toks, tf.CU35_TOKENS)
    g36 = option_tokens("cu36", guards36, tf.CU36_TOKENS) if guards36 else []     # option cu36: more guards
    first = list(goal_probs)        # the verdicts before this pass: a value kept here keeps no other
    out: dict[int, dict] = {}
    for vi, (start, _, _, unit) in enumerate(values):
        if first[vi] > 0.5 or unit.startswith("%") or vi not in ctxs:
            continue
        flags = tf.cu35_flags(ctxs[vi], years, as_of)
        if g36:
            flags.update(tf.cu36_flags(ctxs[vi], g36))
        flags["p0"] = round(first[vi], 3)
        if start < head_end and any(v[2] == values[vi][2] and v[0] >= head_end for v in values[vi + 1:]):
            flags["head"] = True
        out[vi] = flags
        if first[vi] < tf.CU35_BAND or any(flags.get(k) for k in tf.CU35_GUARDS) \
                or any(flags.get("g36_" + k) for k in g36):
            continue
        sent = rows[vi][0]
        if "paren" in toks:
            p = tf.tg31_paren_open(text, sent, start)
            vj = next((j for j in range(vi - 1, max(-1, vi - 6), -1) if values[j][0] < p), None) if p >= 0 else None
            if vj is not None and rows[vj][0] == sent and first[vj] > 0.5 and tf.tg31_same_unit(values[vj][3], unit) \
                    and tf.tg31_paren_part(text, p, values[vj][1], start):
                flags["paren"] = True
        if "series" in toks and _tg30_series(text, values, rows, first, vi):
            flags["series"] = tf.tg30_series_year(text, sent, start)     # a series level's deadline is its own year
        for tok in toks:
            if flags.get(tok):
                goal_probs[vi] = 0.51
                flags["kept"] = tok
                break
    return out
