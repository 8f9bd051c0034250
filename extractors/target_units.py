"""Quantities beyond percentages and ranks: money, multiples and counted units.

Plans set goals in money ("GRDP đạt hơn 630.000 tỷ đồng", "8.500 USD/người"), in multiples
("thu nhập tăng ít nhất 1,5 lần") and in counted units ("có ít nhất 3 đô thị thông minh",
"02 đơn vị cấp huyện", "15 tỉnh, thành phố"). These are candidates only; the goal model
decides, as for every other value. Units are normalised one way (the corpus conventions):
money keeps its scale and currency with a per-unit suffix as written ("triệu đồng/người",
"USD/năm"; "đô la Mỹ" is "USD"); a counted unit is the counted noun ("đô thị thông minh" ->
"đô thị", "tỉnh, thành phố" -> "tỉnh"); a range gives its lower bound.
Every value comes back with the "#" marker of countable goals, so the rule keeps its strict
context for them.
"""
from __future__ import annotations

import re

# "118.079", "1,2", "630.000", "169,46": a dot before exactly three digits groups thousands
_AMOUNT = r"(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)"
_RANGE_TAIL = r"(?:\s*(?:-|–|đến)\s*\d[\d.,]*)?"
MONEY_RE = re.compile(
    r"(?<![\d.,/])" + _AMOUNT + _RANGE_TAIL +
    r"\s*(nghìn tỷ|ngàn tỷ|triệu tỷ|nghìn|ngàn|triệu|tỷ)?\s*"
    r"(đồng\b(?!\s*(?:bộ|thời|ý|bằng|chí|hành|loạt|nghĩa|tâm|đều))|USD\b|đô la(?:\s+Mỹ)?|đô-la(?:\s+Mỹ)?)"
    r"(?:\s*/\s*(người|năm|tháng|hộ|lao động))?", re.I)
# "tăng ít nhất 1,5 lần", "gấp 2 lần": a multiple, not "lần thứ"
TIMES_RE = re.compile(r"(?:tăng|gấp|lên)\s+(?:ít nhất\s+|tối thiểu\s+|khoảng\s+|hơn\s+|trên\s+|từ\s+)?"
                      + _AMOUNT + r"\s*lần\b(?!\s*thứ)", re.I)
# counted nouns (first noun of a coordination); "đơn vị cấp huyện/xã" is one administrative term
_NOUNS = (r"đơn vị cấp (?:huyện|xã|tỉnh)|đô thị|sản phẩm|tiêu chí|dịch vụ|trung tâm|lượt|diễn đàn|"
          r"tỉnh|thành phố|doanh nghiệp|hợp tác xã|huyện|xã|sở|thủ tục|hồ sơ|nền tảng|cơ sở dữ liệu")
# a year is not a count ("năm 2023 tỉnh đạt …")
COUNT_RE = re.compile(r"(?<![\d.,/])(?!(?:19|20)\d\d\b)(\d{1,4}(?:\.\d{3})?)(?:\s*/\s*\d{1,4})?" + _RANGE_TAIL +
                      r"\s+(" + _NOUNS + r")\b(?:\s*/\s*(xã|người|năm))?(?!\s+hội)", re.I)
_WORD_NUM = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
             "mười": 10}
WORD_COUNT_RE = re.compile(r"(?:ít nhất|tối thiểu|có thêm)\s+(" + "|".join(_WORD_NUM) + r")\s+(" + _NOUNS + r")\b",
                           re.I)
_SCALE = {"ngàn": "nghìn", "ngàn tỷ": "nghìn tỷ"}


def amount(s: str) -> float:
    """"118.079" -> 118079, "169,46" -> 169.46, "1.5" (a dot decimal) -> 1.5."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        s = s.replace(".", "")
    return float(s.replace(",", "."))


def _money_unit(scale: str | None, cur: str, per: str | None) -> str:
    cur = "USD" if cur.upper() == "USD" or cur.lower().startswith("đô") else "đồng"
    scale = scale.lower() if scale else None
    unit = (_SCALE.get(scale, scale) + " " if scale else "") + cur
    return unit + ("/" + per.lower() if per else "")


def _count_unit(noun: str, per: str | None) -> str:
    return noun.lower() + ("/" + per.lower() if per else "")


def unit_values(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, float, str]]:
    """(start, end, value, "#" + unit) of money, multiples and counted units not inside a span
    already taken by a percentage, rank or points value."""
    out: list[tuple[int, int, float, str]] = []

    def free(a: int, b: int) -> bool:
        return not any(s < b and a < e for s, e in taken)

    for m in MONEY_RE.finditer(text):
        if free(m.start(), m.end()):
            out.append((m.start(), m.end(), amount(m.group(1)), "#" + _money_unit(m.group(2), m.group(3), m.group(4))))
            taken.append((m.start(), m.end()))
    for m in TIMES_RE.finditer(text):
        if free(m.start(1), m.end()):
            out.append((m.start(1), m.end(), amount(m.group(1)), "#lần"))
            taken.append((m.start(1), m.end()))
    for m in COUNT_RE.finditer(text):
        if free(m.start(), m.end()):
            out.append((m.start(), m.end(), amount(m.group(1)), "#" + _count_unit(m.group(2), m.group(3))))
    for m in WORD_COUNT_RE.finditer(text):
        if free(m.start(1), m.end()):
            out.append((m.start(1), m.end(), float(_WORD_NUM[m.group(1).lower()]), "#" + m.group(2).lower()))
    return out


def unit_kind(unit: str) -> str:
    """The goal model's unit class of a value from this module: money, multiple or count."""
    if unit.endswith(("đồng", "USD")) or re.search(r"(?:đồng|USD)/", unit):
        return "money"
    return "times" if unit == "lần" else "count"
