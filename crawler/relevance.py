"""Which links to follow and which pages to keep: reform vocabulary, compared diacritic-insensitively.

The storage rule (tested in tests/crawler/test_relevance.py):
  an article is stored when its TITLE names a reform term, or its BODY (main text, furniture
  stripped) names at least two DISTINCT reform terms.
Attachments' text does not make an off-topic page on-topic (a sports page with a PDF is still sports).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from extractors.normalize import fold

# reform vocabulary (folded, lower case). Acronyms are matched as whole words.
REFORM_TERMS = [
    "cai cach hanh chinh", "cchc", "par index", "sipas", "papi", "pci", "chi so hai long",
    "chi so hieu qua quan tri", "nang luc canh tranh", "dich vu cong", "thu tuc hanh chinh", "chuyen doi so",
    "chinh quyen dien tu", "chinh quyen so", "mot cua", "hanh chinh cong", "ky cuong hanh chinh",
    "hien dai hoa hanh chinh", "cai cach the che", "tinh gian bien che", "de an 06", "cong dich vu cong",
]
# words that make a link worth following (a superset: document types and sections)
LINK_TERMS = REFORM_TERMS + [
    "ke hoach", "quyet dinh", "chi thi", "nghi quyet", "thong bao", "bao cao", "huong dan", "chuong trinh",
    "chi so", "van ban", "chi dao dieu hanh", "kh-ubnd", "qd-ubnd", "kh ubnd", "qd ubnd",
]
SECTION_TERMS = LINK_TERMS + ["tin tuc", "su kien", "tin hoat dong", "thong tin", "tin-tuc", "news"]
OFF_SECTIONS = ["van hoa", "the thao", "du lich", "video", "hinh anh", "thu vien anh", "lien he", "so do",
                "hoi dap", "dang nhap", "tim kiem", "rss", "english", "in bai", "gui email", "print", "sendmail", "savefile"]


def _pattern(terms: list[str]) -> re.Pattern:
    """Longest term first, whole words. The word-boundary lookbehind is written once in front of
    the alternation (same matches as one lookbehind per term, about 10x faster: `re` no longer
    tries every alternative's lookbehind at every position)."""
    parts = [re.escape(t).replace(r"\ ", r"[\s\-_]+") for t in sorted(set(terms), key=len, reverse=True)]
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(parts) + r")(?![a-z0-9])")


_REFORM = _pattern(REFORM_TERMS)
_LINK = _pattern(LINK_TERMS)
_SECTION = _pattern(SECTION_TERMS)
_OFF = _pattern(OFF_SECTIONS)


def folded(text: str) -> str:
    return fold(unicodedata.normalize("NFC", text or "")).lower()


def reform_terms(text: str) -> set[str]:
    """Distinct reform terms named in the text."""
    return {re.sub(r"[\s\-_]+", " ", m.group(0)) for m in _REFORM.finditer(folded(text))}


def is_on_topic(title: str, text: str) -> bool:
    return bool(reform_terms(title)) or len(reform_terms(text)) >= 2


@lru_cache(maxsize=65536)
def link_score(text: str, url: str) -> int:
    """> 0 when the link text or URL names reform words or document types."""
    t, u = folded(text), folded(url.replace("-", " ").replace("_", " ").replace("%20", " "))
    return 3 * len(_REFORM.findall(t)) + len(_LINK.findall(t)) + len(_LINK.findall(u)) + 2 * len(_REFORM.findall(u))


def section_worth(text: str, url: str) -> bool:
    t, u = folded(text), folded(url.replace("-", " ").replace("_", " "))
    if _OFF.search(t) or _OFF.search(u):
        return bool(_REFORM.search(t) or _REFORM.search(u))
    return bool(_SECTION.search(t) or _SECTION.search(u))


# -- relevance as a score (kept pages carry it; search and alerts filter on it) ----------------------
_DOC_NUMBER = re.compile(r"\b\d{1,6}(?:/\d{4})?/[A-ZĐ][A-ZĐa-zđ0-9]{0,9}(?:-[A-ZĐ][A-ZĐa-zđ0-9]{0,9})+\b")
REFORM_THRESHOLD = 0.25  # from this score a page counts as a reform document (precision/recall: docs/crawler.md)


def relevance(title: str, text: str, attachment_texts: tuple[str, ...] | list[str] = ()) -> tuple[float, list[str]]:
    """(score in [0, 1], reasons). Title terms weigh most, then distinct body terms, then terms only in
    attachments; a document number alone keeps a page but scores low (any office numbers its letters)."""
    reasons: list[str] = []
    score = 0.0
    t = reform_terms(title)
    if t:
        score += 0.6
        reasons.append("title: " + ", ".join(sorted(t)))
    b = reform_terms(text) - t
    if b:
        score += min(0.45, 0.25 * len(b))
        reasons.append("text: " + ", ".join(sorted(b)))
    att = set()
    for a in attachment_texts:
        att |= reform_terms(a[:20000])
    att -= t | b
    if att:
        score += min(0.3, 0.15 * len(att))
        reasons.append("attachments: " + ", ".join(sorted(att)))
    nums = list(dict.fromkeys(m.group(0) for m in _DOC_NUMBER.finditer(f"{title}\n{text}")))
    if nums:
        score += 0.1
        reasons.append("document number: " + ", ".join(nums[:3]))
    return round(min(score, 1.0), 3), reasons


def worth_keeping(title: str, text: str, attachment_texts=()) -> bool:
    """Kept: any reform cue (title, text or attachment) or a document number on the page."""
    _, reasons = relevance(title, text, attachment_texts)
    return bool(reasons)
