"""The year(s) a document is evidence FOR, as opposed to the day it was issued or posted.

An appraiser files the 2024 CCHC plan issued on 26/12/2023 under 2024; a report on the first six
months of 2024 under 2024; a plan for "giai đoạn 2021 - 2025" under each of those years. Only when
the document names no year of its own does the issue year stand in. Pure, no I/O.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date

from extractors.normalize import fold
from extractors.period import named_document_period, title_period

HEAD_CHARS = 900      # title + this much text is where the trích yếu / headline is

# "năm 2024" that is not the tail of a date ("ngày 26 tháng 12 năm 2023")
_YEAR = re.compile(r"\bnam\s+((?:19|20)\d\d)\b")
_DATE_TAIL = re.compile(r"(thang|/)\s*\d{0,2}\s*$")
# a report on part of a year: "quý I năm 2024", "6 tháng đầu năm 2024", "9 tháng năm 2024"
_PART = re.compile(r"\b(quy\s+(?:i{1,3}|iv|[1-4])|\d{1,2}\s+thang(?:\s+(?:dau|cuoi))?)\s+nam\s+((?:19|20)\d\d)\b")
# a year number after the document kind without "năm": "Kế hoạch CCHC 2024"
_BARE_AFTER_KIND = re.compile(r"\b(ke hoach|bao cao|chuong trinh)\b[^\n.;]{0,80}?\b((?:19|20)\d\d)\b(?!\s*[-/–])")
# "Quyết định 680/QĐ-UBND năm 2025 ...": mirror sites put the ISSUE year after the number
_AFTER_NUMBER = re.compile(r"\d+[a-z]?/(?:\d{4}/)?[a-z]{1,5}-[a-z0-9&-]+\s*$")


@dataclass(frozen=True)
class EvidenceYears:
    years: tuple[int, ...]
    basis: str            # title | report | period | issued | none
    detail: str           # the words the years were read from, for the page

    def to_dict(self) -> dict:
        d = asdict(self)
        d["years"] = list(self.years)
        return d


def _title_lines(title: str, text: str) -> list[str]:
    """The page title and the upper-case trích yếu lines of the head (where the own year is)."""
    lines = [title] if title else []
    for line in (text or "")[:HEAD_CHARS].split("\n"):
        letters = [c for c in line if c.isalpha()]
        if len(letters) > 12 and sum(c.isupper() for c in letters) >= 0.8 * len(letters) \
                and "cong hoa xa hoi" not in fold(line).lower():
            lines.append(line)
    return lines


def _own_years(folded: str) -> list[int]:
    out: list[int] = []
    for m in _YEAR.finditer(folded):
        before = folded[max(0, m.start() - 16):m.start()]
        if _DATE_TAIL.search(before) or re.search(r"\bngay\b", before) \
                or _AFTER_NUMBER.search(folded[max(0, m.start() - 40):m.start()]):
            continue
        if re.match(r"\s*[-–—]\s*(?:19|20)\d\d", folded[m.end():]):
            continue                      # "giai đoạn năm 2021-2022" is a period, read as such
        y = int(m.group(1))
        if y not in out:
            out.append(y)
    return out


def evidence_years(title: str, text: str, *, issued: date | None = None,
                   period: tuple[int, int] | None = None) -> EvidenceYears:
    """The years this document is evidence for, and why. `period` is the extracted period
    (facts), `issued` the issue date of the document itself (not the posting date)."""
    lines = _title_lines(title or "", text or "")
    folded_lines = [fold(x).lower() for x in lines]
    for raw, f in zip(lines, folded_lines):
        m = _PART.search(f)
        if m:
            return EvidenceYears((int(m.group(2)),), "report", " ".join(raw.split()))
    for raw, f in zip(lines, folded_lines):
        ys = _own_years(f)               # "năm 2024" in the title wins over a period it mentions
        if ys:
            return EvidenceYears(tuple(sorted(ys)), "title", " ".join(raw.split()))
        p = title_period(raw)
        if p:
            return EvidenceYears(tuple(range(p.start, p.end + 1)), "period", " ".join(raw.split()))
        m = _BARE_AFTER_KIND.search(f)
        if m:
            return EvidenceYears((int(m.group(2)),), "title", " ".join(raw.split()))
    if period:
        a, b = period
        return EvidenceYears(tuple(range(a, b + 1)), "period", f"giai đoạn {a} - {b}")
    p = named_document_period((title or "") + "\n" + (text or "")[:HEAD_CHARS])
    if p:                                 # a period the page gives its own document, not a cited one
        return EvidenceYears(tuple(range(p.start, p.end + 1)), "period", f"giai đoạn {p.start} - {p.end}")
    if issued:
        return EvidenceYears((issued.year,), "issued", issued.strftime("%d/%m/%Y"))
    return EvidenceYears((), "none", "")


def covers(ey: EvidenceYears, year: int) -> bool:
    return year in ey.years
