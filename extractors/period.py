"""The period a document covers: "giai đoạn 2021 - 2025", "thời kỳ 2021-2030"."""
from __future__ import annotations

import re

from extractors.types import Period

_YEARS = r"((?:19|20)\d\d)\s*(?:-|–|—|đến|tới)\s*((?:19|20)\d\d)"
PERIOD_RE = re.compile(r"(?:giai\s+đoạn|thời\s+kỳ|thời\s+gian)\s*(?:từ\s+)?(?:năm\s+)?" + _YEARS, re.I)
# In a title the bare range counts too ("Kế hoạch CCHC 2021-2025"), but not a term of office.
_BARE_RE = re.compile(r"(?<!nhiệm kỳ )(?<![\d/])" + _YEARS + r"(?![\d/])", re.I)


def _ok(a: int, b: int) -> bool:
    return a < b <= a + 15


def find_period(text: str) -> Period | None:
    for m in PERIOD_RE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if _ok(a, b):
            return Period(a, b)
    return None


def title_period(title: str) -> Period | None:
    p = find_period(title)
    if p:
        return p
    for m in _BARE_RE.finditer(title):
        a, b = int(m.group(1)), int(m.group(2))
        if _ok(a, b) and "nhiệm kỳ" not in title[max(0, m.start() - 12):m.start()].lower():
            return Period(a, b)
    return None


# "Kế hoạch nâng cao Chỉ số PCI của tỉnh, giai đoạn năm 2021-2022": a document named in words
_DOC_WORD = re.compile(r"\b(?:kế hoạch|nghị quyết|đề án|chương trình|chiến lược|quyết định|chỉ thị)\b", re.I)
_NOT_OWN = re.compile(r"chương trình tổng thể|văn kiện|đại hội|toàn quốc|quốc gia|chính phủ|trung ương|"
                      r"thực hiện|triển khai|căn cứ|theo|nhiệm kỳ", re.I)


_NUMBERED = re.compile(r"\d+[a-zđ]?(?:/\d{4})?[/-][A-ZĐ]")


def named_document_period(text: str) -> Period | None:
    """Period of a document the page names in words, when the page gives no number for it.
    Skips national programmes and documents the sentence cites ("triển khai kế hoạch ... giai đoạn")."""
    for m in PERIOD_RE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if not _ok(a, b):
            continue
        clause_start = max(text.rfind(c, 0, m.start()) for c in ".;:\n") + 1
        window = max(clause_start, m.start() - 160)
        dw = None
        for dw in _DOC_WORD.finditer(text, window, m.start()):
            pass
        if dw is None:
            continue
        if _NOT_OWN.search(text, max(clause_start, dw.start() - 40), m.start()):
            continue
        if _NUMBERED.search(text, window, m.start()):
            continue            # "Quyết định số 424/QĐ-UBND ... Đề án ... giai đoạn": that document's period
        return Period(a, b)
    return None
