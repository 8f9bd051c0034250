"""Dates written the Vietnamese way: always day/month/year, never month/day."""
from __future__ import annotations

import re
from datetime import date

from extractors.textutil import finditer_from, search_from

_SEP = r"\s*[/.\-\u2013]\s*"
# "19/9/2018", "04-02-2016", "5.10.2023" (day first, 4-digit year)
NUMERIC_DATE = re.compile(r"(?<![\d/])(\d{1,2})" + _SEP + r"(\d{1,2})" + _SEP + r"((?:19|20)\d\d)(?![\d/])")
# "29 tháng 12 năm 2017", "ngày 04 tháng 02 năm 2016"
WORDED_DATE = re.compile(r"(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:,\s*)?(?:năm\s+)?((?:19|20)\d\d)(?!\d)", re.I)
ANY_DATE = re.compile(NUMERIC_DATE.pattern + "|" + WORDED_DATE.pattern, re.I)
# ANY_DATE's two forms behind their first digit, no groups: re scans for a digit in C (spd31;
# textutil.finditer_from then matches ANY_DATE there, the same matches)
_ANY_DATE_FAST = re.compile(r"\d(?:(?<![\d/]\d)\d?" + _SEP + r"\d{1,2}" + _SEP + r"(?:19|20)\d\d(?![\d/])|"
                            r"(?<!\d\d)\d?\s+tháng\s+\d{1,2}\s*(?:,\s*)?(?:năm\s+)?(?:19|20)\d\d(?!\d))", re.I)
_ENGLISH_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_ENGLISH = re.compile(r"(\d{1,2})\s+(" + "|".join(_ENGLISH_MONTHS) + r")\s+((?:19|20)\d\d)", re.I)


def make_date(d: str | int, m: str | int, y: str | int) -> date | None:
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


# the first line of a stored page ("date 2023-05"): the month the page was stored under
_STORE_DATELINE = re.compile(r"^\s*date\s+((?:19|20)\d\d)-(\d\d)\b")


def store_dateline(text: str) -> date | None:
    m = _STORE_DATELINE.match(text)
    return make_date(1, m.group(2), m.group(1)) if m else None


def date_from_match(m: re.Match) -> date | None:
    """Date of a match of ANY_DATE (groups 1-3 numeric, 4-6 worded)."""
    g = m.groups()
    if g[0] is not None:
        return make_date(g[0], g[1], g[2])
    return make_date(g[3], g[4], g[5])


def any_dates(text: str, pos: int = 0, endpos: int | None = None):
    """ANY_DATE.finditer(text, pos, endpos), found through its digit-first form: the same matches."""
    return finditer_from(_ANY_DATE_FAST, ANY_DATE, text, pos, endpos)


def any_date(text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """ANY_DATE.search(text, pos, endpos), found through its digit-first form: the same match."""
    return search_from(_ANY_DATE_FAST, ANY_DATE, text, pos, endpos)


def find_dates(text: str) -> list[tuple[int, int, date]]:
    """All (start, end, date) in the text, day/month/year."""
    out = []
    for m in any_dates(text):
        d = date_from_match(m)
        if d:
            out.append((m.start(), m.end(), d))
    return out


def parse_posting_date(text: str) -> date | None:
    """A portal's posting-date string -> date.

    "25/09/2018", "Thứ sáu, 15/01/2021, 10:22", "16:40, Thứ Năm, 5-10-2023",
    "20/04/2022 | 09:09 AM", "Ngày đăng: 08/07/2024  11:38", "Tin đăng ngày: 6/2/2020 - Xem: 92".
    Clock times ("10:22") are skipped because they use ":"; the first day/month/year wins.
    """
    if not text:
        return None
    for m in ANY_DATE.finditer(text):
        d = date_from_match(m)
        if d:
            return d
    m = _ENGLISH.search(text)  # Drupal: "Submitted by ... on 18 October 2019"
    if m:
        return make_date(m.group(1), _ENGLISH_MONTHS[m.group(2).lower()], m.group(3))
    m = re.search(r"((?:19|20)\d\d)-(\d\d)-(\d\d)T?", text)  # ISO from meta tags
    if m:
        return make_date(m.group(3), m.group(2), m.group(1))
    return None
