"""Provincial indices a page names or serves: PAR INDEX, SIPAS, PAPI, PCI, DTI, ICT Index."""
from __future__ import annotations

import re

from extractors.normalize import fold
from extractors.places import folded_page

INDEX_NAMES = ["PAR INDEX", "SIPAS", "PAPI", "PCI", "DTI", "ICT Index", "PGI"]

# Matched on folded, lower-cased text (so "Chỉ số CCHC", "chi so cai cach hanh chinh" both hit).
_PATTERNS = {
    "PAR INDEX": [r"\bpar[\s-]*index\b", r"\bchi\s+so\s+(?:cai\s+cach\s+hanh\s+chinh|cchc)\b"],
    "SIPAS": [r"\bsipas\b", r"\bchi\s+so\s+hai\s+long\b[^.;]{0,80}?\b(?:su\s+phuc\s+vu|hanh\s+chinh)"],
    "PAPI": [r"\bpapi\b", r"\bchi\s+so\s+hieu\s+qua\s+quan\s+tri\s+va\s+hanh\s+chinh\s+cong\b"],
    "PCI": [r"\bpci\b", r"\bchi\s+so\s+nang\s+luc\s+canh\s+tranh\b",
            r"\bnang\s+luc\s+canh\s+tranh\s+(?:cap\s+tinh|cua\s+tinh)\b"],
    # the digital-transformation ranking, often named only in words
    "DTI": [r"\bdti\b", r"\bchi\s+so\s+(?:danh\s+gia\s+)?chuyen\s+doi\s+so\b",
            r"\b(?:xep\s+hang|thu\s+hang|dan\s+dau|dung\s+dau|muc\s+do)\b[^.;]{0,60}?\bchuyen\s+doi\s+so\b"],
    "ICT Index": [r"\bict[\s-]*index\b", r"\bchi\s+so\s+san\s+sang\s+cho\s+phat\s+trien\s+va\s+ung\s+dung\s+cong\s+nghe\s+thong\s+tin\b"],
    "PGI": [r"\bpgi\b", r"\bchi\s+so\s+xanh\s+cap\s+tinh\b"],
}


def _letter_first(alt: str) -> list[str]:
    r"""An alternative "\bword…" as "w(?<!\ww)ord…": its first letter consumed before the word-boundary
    check, so re skips to that letter in C; a leading group of words "\b(?:a…|b…)rest" becomes one such
    alternative per word. Only whether an index matches is read, so the split keeps every answer."""
    if alt.startswith(r"\b(?:"):
        end = alt.index(")")
        return [x for w in alt[5:end].split("|") for x in _letter_first(r"\b" + w + alt[end + 1:])]
    c = alt[2:3]
    if alt.startswith(r"\b") and c.isascii() and c.isalpha() and alt[3:4] not in "?*+{":
        return [c + r"(?<!\w" + c + ")" + alt[3:]]
    return [alt]


_COMPILED = {name: re.compile("|".join(a for x in p for a in _letter_first(x))) for name, p in _PATTERNS.items()}
# spd31: a word every alternative of an index's patterns holds (one of these in the page, or the index
# cannot match): a page without any is not scanned for it (str.find runs several times faster than
# re's scan for a common first letter such as "c" of "chi so")
_NEEDS = {"PAR INDEX": ("index", "cach", "cchc"), "SIPAS": ("sipas", "long"), "PAPI": ("papi", "hieu"),
          "PCI": ("pci", "tranh"), "DTI": ("dti", "chuyen"), "ICT Index": ("index", "sang"), "PGI": ("pgi", "xanh")}

# An annual or multi-year CCHC plan/report serves PAR INDEX even when it does not name it.
# (the crawler's whole domain is CCHC: a page whose title or own document is about it counts)
_PAR_SERVED = re.compile(
    r"\b(?:cai\s+cach\s+hanh\s+chinh|cchc|cai\s+cach\s+thu\s+tuc\s+hanh\s+chinh|"
    r"co\s+che\s+mot\s+cua|mot\s+cua,?\s+mot\s+cua\s+lien\s+thong)\b")


def find_indices(text: str, *, focus: str | None = None) -> list[str]:
    """Indices named anywhere in the text, plus PAR INDEX when `focus` (title / primary
    sentence) is about a CCHC plan or report. Order follows INDEX_NAMES."""
    low = folded_page(text).lower()         # the page folded once for places and here
    found = {name for name, rx in _COMPILED.items()
             if any(w in low for w in _NEEDS[name]) and rx.search(low)}
    if "PAR INDEX" not in found and focus and _PAR_SERVED.search(fold(focus).lower()):
        found.add("PAR INDEX")
    return [n for n in INDEX_NAMES if n in found]
