"""The period a document covers: "giai đoạn 2021 - 2025", "thời kỳ 2021-2030"."""
from __future__ import annotations

import re

from extractors.types import Period

_YEARS = r"((?:19|20)\d\d)\s*(?:-|–|—|đến|tới)\s*((?:19|20)\d\d)"
PERIOD_RE = re.compile(r"(?:giai\s+đoạn|thời\s+kỳ|thời\s+gian)\s*(?:từ\s+(?:năm\s+)?)?" + _YEARS, re.I)
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
