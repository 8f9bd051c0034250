"""Quantified goals: "Đến năm 2025, tối thiểu 80% hồ sơ ... được giải quyết trực tuyến".

A value is a target when it sits in a goals section ("với các mục tiêu như sau:",
"Chỉ tiêu cụ thể") or its sentence looks forward ("phấn đấu", "đến năm 2025",
"tối thiểu", "trở lên"), and its clause does not report a past result ("đã đạt",
"so với cùng kỳ"). Only %, ranks and points are targets: "46 nhiệm vụ" is a count,
"0,7 g/l" is a salinity widget.
"""
from __future__ import annotations

import re

from extractors.textutil import LO, Sentences
from extractors.types import Target

_NUM = r"(\d{1,3}(?:[.,]\d{1,2})?)"
PERCENT_RE = re.compile(r"(?<![\d.,/])" + _NUM + r"\s*%")
RANGE_RE = re.compile(r"(?<![\d.,/])" + _NUM + r"\s*%?\s*(?:-|–|đến)\s*" + _NUM + r"\s*%")
RANK_RE = re.compile(
    r"(?:nhóm|tốp|top)\s+(\d{1,2})\s*(?:hạng|tỉnh|địa phương|đơn vị|tỉnh,\s*thành phố)?\s*"
    r"(?:đầu|dẫn đầu|cao nhất|tốt nhất|xếp hạng cao)?"
    r"|(\d{1,2})\s+hạng\s+đầu"
    r"|xếp\s+hạng\s+(?:thứ\s+)?(\d{1,2})(?!\s*/)"
    r"|(?:tăng|vươn lên|cải thiện)\s+(?:từ\s+)?(\d{1,2})\s+(?:bậc|hạng)", re.I)
POINTS_RE = re.compile(r"(?<![\d.,/])" + _NUM + r"\s*điểm(?!\s*(?:cầu|đến|du lịch))")

_FORWARD = re.compile(
    r"phấn đấu|mục tiêu|chỉ tiêu|đến năm|đến cuối năm|đến hết năm|trước năm|tới năm|"
    r"tối thiểu|ít nhất|trở lên|bảo đảm|đảm bảo|hướng tới|nâng tỷ lệ|\bsẽ\b|\bphải\b|"
    r"\bcần\b|\bduy trì\b", re.I)
_PAST = re.compile(
    r"đã đạt|đạt được|đã (?:giải quyết|tiếp nhận|cung cấp|thực hiện|hoàn thành|có)|"
    r"so với cùng kỳ|so với năm|cùng kỳ năm|năm qua|vừa qua|\bước đạt|\btăng\s+[\d,.]+\s*%|"
    r"\bgiảm\s+[\d,.]+\s*%|xếp (?:thứ|hạng)\s+\d+\s*/\s*\d+|đứng thứ|trong tổng số|"
    r"\bchiếm\b|trong đó có|kết quả (?:khảo sát|đánh giá|xếp hạng)", re.I)
_ZONE_ON = re.compile(r"mục tiêu|chỉ tiêu", re.I)
_ZONE_OFF = re.compile(r"giải pháp|nhiệm vụ|tổ chức thực hiện|kinh phí|phân công|để đạt được", re.I)
_DEADLINE = re.compile(
    r"(?:đến|tới|trước|trong|vào|hết|cuối)\s+(?:cuối\s+|hết\s+)?(?:năm\s+)((?:20)\d\d)"
    r"|(?:^|[.;:]\s*)năm\s+((?:20)\d\d)\s*[,:]"
    r"|(?:đến|trước)\s+ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*((?:20)\d\d)", re.I)
_QUALIFIERS = ("tối thiểu", "ít nhất", "trên", "dưới", "tối đa", "không quá", "đạt", "từ", "khoảng", "trở lên")
_SUBJ_STOP = re.compile(r"[;.:()]|,\s|\s(?:và|hoặc|so với|trong đó|để|nhằm)\s")
_LEAD_CUES = re.compile(
    r"^(?:\W*(?:phấn đấu|đến (?:cuối |hết )?năm \d{4}|năm \d{4}|trong năm \d{4}|mục tiêu|chỉ tiêu|"
    r"bảo đảm|đảm bảo|tích hợp|có|đạt|tối thiểu|ít nhất|từ|trên|,|:|-))+\s*", re.I)


def _num(s: str) -> float:
    return float(s.replace(",", "."))


def _zone_flags(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, in_goals_zone) per paragraph."""
    out = []
    zone = False
    pos = 0
    for para in text.split("\n"):
        start, end = pos, pos + len(para)
        pos = end + 1
        p = para.strip()
        if not p:
            out.append((start, end, zone))
            continue
        heading = len(p) < 90 and not p.endswith(".")
        if _ZONE_OFF.search(p[:80]) and (heading or p.lower().startswith("để đạt được")):
            zone = False
        out.append((start, end, zone))
        if _ZONE_ON.search(p) and (p.endswith(":") or heading or
                                   re.search(r"(?:mục tiêu|chỉ tiêu)\s*(?:cụ thể|chủ yếu)?\s*(?:như sau|sau đây|sau)?\s*:", p, re.I)):
            zone = True
    return out


def _deadline(text: str, para: tuple[int, int], sent: tuple[int, int], pos: int) -> int | None:
    before = [m for m in _DEADLINE.finditer(text, para[0], pos)]
    if before:
        m = before[-1]
        return int(m.group(1) or m.group(2) or m.group(3))
    m = _DEADLINE.search(text, pos, sent[1])
    if m:
        return int(m.group(1) or m.group(2) or m.group(3))
    return None


def _clause(text: str, sent: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    s = max(text.rfind(";", sent[0], start), sent[0] - 1) + 1
    e = text.find(";", end, sent[1])
    return s, (e if e >= 0 else sent[1])


def _subject(text: str, clause: tuple[int, int], start: int, end: int) -> str:
    after = text[end:clause[1]]
    after_s = after.lstrip()
    if after_s[:1] in LO and not re.match(r"(?:trở lên|so với|trên tổng|trở xuống|số)\b", after_s):
        m = _SUBJ_STOP.search(after_s)
        subj = after_s[:m.start()] if m else after_s
    else:
        before = text[clause[0]:start]
        before = re.sub(r"\b(?:tối thiểu|ít nhất|đạt|từ|trên|khoảng|tối đa)\s*$", "", before.strip(), flags=re.I)
        before = re.sub(r"\b(?:tối thiểu|ít nhất|đạt|từ|trên|khoảng|tối đa)\s*$", "", before.strip(), flags=re.I)
        subj = _LEAD_CUES.sub("", before.strip())
        if "," in subj:
            subj = subj.split(",")[-1] if len(subj.split(",")[-1].split()) >= 3 else subj
    words = subj.split()
    return " ".join(words[:25]).strip(" ,;:-")


def _qualifier(text: str, clause_start: int, start: int, end: int) -> str | None:
    before = text[max(clause_start, start - 30):start].lower()
    after = text[end:end + 15].lower()
    q = [w for w in _QUALIFIERS if w != "trở lên" and re.search(r"\b" + w + r"\b", before)]
    if "trở lên" in after:
        q.append("trở lên")
    return " ".join(q) or None


def find_targets(text: str, sents: Sentences | None = None) -> list[Target]:
    sents = sents or Sentences(text)
    if "%" not in text and not RANK_RE.search(text) and "điểm" not in text:
        return []
    zones = _zone_flags(text)
    values: list[tuple[int, int, float, str]] = []
    taken: list[tuple[int, int]] = []
    for m in RANGE_RE.finditer(text):
        values.append((m.start(), m.end(), _num(m.group(1)), "%"))
        taken.append((m.start(), m.end()))
    for m in PERCENT_RE.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            values.append((m.start(), m.end(), _num(m.group(1)), "%"))
    for m in RANK_RE.finditer(text):
        v = next(g for g in m.groups() if g)
        values.append((m.start(), m.end(), float(v), "hạng"))
    for m in POINTS_RE.finditer(text):
        values.append((m.start(), m.end(), _num(m.group(1)), "điểm"))
    values.sort()

    out: list[Target] = []
    seen = set()
    zi = 0
    for start, end, value, unit in values:
        while zi + 1 < len(zones) and zones[zi][1] < start:
            zi += 1
        para = (zones[zi][0], zones[zi][1])
        in_zone = zones[zi][2]
        sent = sents.bounds(start)
        clause = _clause(text, sent, start, end)
        ctext = text[clause[0]:clause[1]]
        stext = text[sent[0]:sent[1]]
        if _PAST.search(ctext):
            continue
        forward = bool(_FORWARD.search(stext))
        if unit == "điểm" and not forward:
            continue
        if not (in_zone or forward):
            continue
        if value > 100 and unit == "%":
            continue
        year = _deadline(text, para, sent, start)
        subj = _subject(text, clause, start, end)
        key = (value, unit, year, subj.lower()[:40])
        if key in seen:
            continue
        seen.add(key)
        out.append(Target(value=value, unit=unit, subject=subj, deadline_year=year,
                          qualifier=_qualifier(text, clause[0], start, end),
                          sentence=" ".join(stext.split())))
    return out
