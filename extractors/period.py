"""The period a document covers: "giai đoạn 2021 - 2025", "thời kỳ 2021-2030"."""
from __future__ import annotations

import re

from extractors.textutil import finditer_i
from extractors.types import Period

_YEARS = r"((?:19|20)\d\d)\s*(?:-|–|—|đến|tới)\s*((?:19|20)\d\d)"
_RANGE_AFTER = r"\s*(?:từ\s+)?(?:năm\s+)?" + _YEARS            # "giai đoạn (từ) (năm) 2021 - 2025"
PERIOD_RE = re.compile(r"(?:giai\s+đoạn|thời\s+kỳ|thời\s+gian)" + _RANGE_AFTER, re.I)
# In a title the bare range counts too ("Kế hoạch CCHC 2021-2025"), but not a term of office.
# (its first digit consumed before the lookbehinds, so re skips to a "1" or "2" in C: the same matches, spd30)
_BARE_RE = re.compile(r"((?:1(?<!nhiệm kỳ 1)(?<![\d/]1)9|2(?<!nhiệm kỳ 2)(?<![\d/]2)0)\d\d)" + _YEARS[len(r"((?:19|20)\d\d)"):]
                      + r"(?![\d/])", re.I)


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
# "(trường) đạt chuẩn quốc gia" is a standard met, not a national programme. A plan carrying out a
# movement or a campaign ("thực hiện Cuộc vận động …") is the page's own, and "theo hướng" / "theo gương"
# (in the manner of, after the example of) cites nothing (pd25).
_NOT_OWN = re.compile(r"chương trình tổng thể|văn kiện|đại hội|toàn quốc|(?<!chuẩn )quốc gia|chính phủ|trung ương|"
                      r"thực hiện(?!\s+(?:các\s+)?(?:phong trào|cuộc vận động))|triển khai|căn cứ|"
                      r"theo(?!\s+(?:hướng|gương)\b)|nhiệm kỳ", re.I)


_NUMBERED = re.compile(r"\d+[a-zđ]?(?:/\d{4})?[/-][A-ZĐ]")


def named_document_period(text: str) -> Period | None:
    """Period of a document the page names in words, when the page gives no number for it.
    Skips national programmes and documents the sentence cites ("triển khai kế hoạch ... giai đoạn")."""
    for m in finditer_i(PERIOD_RE, text):       # over the lowered page (textutil): the same spans
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


# --- the page's own period (is26, session 20) ------------------------------------------------------
# The annotation convention (devset README): a period only for an explicit "giai đoạn Y1 - Y2" the
# document covers. Every gold period of A-H and Jval (69) is so written; a range written only as
# "thời kỳ", "5 năm 2021 - 2025" or bare in a title never is (14 texts).
_GIAI_DOAN_RE = re.compile(r"giai\s+đoạn" + _RANGE_AFTER, re.I)
# "Kế hoạch … triển khai “Đề án … giai đoạn 2022-2025, tầm nhìn đến năm 2030” trên địa bàn thành phố năm 2025":
# a one-year plan implementing a multi-year document; the window is that document's. Without a year of
# its own ("Kế hoạch thực hiện Chương trình … giai đoạn 2021-2025") the plan shares the window (dev-047, B-022).
_IMPLEMENTED = re.compile(r"\b(?:triển khai|thực hiện|cụ thể hóa|cụ thể hoá)\s+(?:thực hiện\s+)?(?:các\s+)?[“\"«]?\s*"
                          r"(?:đề án|nghị quyết|chương trình|chiến lược|kế hoạch|quyết định|chỉ thị|kết luận|"
                          r"nghị định|luật)\b", re.I)
# "đặt mục tiêu GRDP bình quân trên 10,5%/năm giai đoạn 2026-2030": a rate's window, not a document's
_RATE_BEFORE = re.compile(r"\d\s*%(?:\s*/\s*năm)?\s*(?:trong\s+)?$", re.I)
_OWN_YEAR = re.compile(r"(?<!đến )(?<!tới )\bnăm\s+(?:19|20)\d\d\b", re.I)


def giai_doan_ranges(text: str) -> set[tuple[int, int]]:
    """The ranges the text writes after "giai đoạn"."""
    return {(int(m.group(1)), int(m.group(2))) for m in _GIAI_DOAN_RE.finditer(text)}


def _clause_end(text: str, at: int) -> int:
    ends = [i for i in (text.find(c, at) for c in ".;\n") if i >= 0]
    return min(ends + [len(text), at + 200])


def own_period(text: str) -> Period | None:
    """The first "giai đoạn Y1 - Y2" of a title or a document's own clause that is not the window of
    a document a one-year plan implements."""
    for m in _GIAI_DOAN_RE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if not _ok(a, b):
            continue
        if _RATE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        clause_start = max(text.rfind(c, 0, m.start()) for c in ".;\n") + 1
        if _IMPLEMENTED.search(text, clause_start, m.start()) and _OWN_YEAR.search(text, m.end(), _clause_end(text, m.end())):
            continue
        return Period(a, b)
    return None
