"""Provincial indices a page names or serves: PAR INDEX, SIPAS, PAPI, PCI, DTI, ICT Index."""
from __future__ import annotations

import re

from extractors.normalize import fold

INDEX_NAMES = ["PAR INDEX", "SIPAS", "PAPI", "PCI", "DTI", "ICT Index"]

# Matched on folded, lower-cased text (so "Chỉ số CCHC", "chi so cai cach hanh chinh" both hit).
_PATTERNS = {
    "PAR INDEX": [r"\bpar[\s-]*index\b", r"\bchi so (?:cai cach hanh chinh|cchc)\b"],
    "SIPAS": [r"\bsipas\b", r"\bchi so hai long (?:cua (?:nguoi dan|ca nhan)|ve su phuc vu|doi voi su phuc vu)"],
    "PAPI": [r"\bpapi\b", r"\bchi so hieu qua quan tri va hanh chinh cong\b"],
    "PCI": [r"\bpci\b", r"\bchi so nang luc canh tranh cap tinh\b"],
    "DTI": [r"\bdti\b", r"\bchi so (?:danh gia )?chuyen doi so\b"],
    "ICT Index": [r"\bict[\s-]*index\b", r"\bchi so san sang cho phat trien va ung dung cong nghe thong tin\b"],
}
_COMPILED = {name: re.compile("|".join(p)) for name, p in _PATTERNS.items()}

# An annual or multi-year CCHC plan/report serves PAR INDEX even when it does not name it.
_PAR_SERVED = re.compile(
    r"\b(?:ke hoach|bao cao|chuong trinh|quyet dinh|nghi quyet|chi thi|de an)\b[^.\n]{0,80}?"
    r"\b(?:cai cach hanh chinh|cchc)\b")


def find_indices(text: str, *, focus: str | None = None) -> list[str]:
    """Indices named anywhere in the text, plus PAR INDEX when `focus` (title / primary
    sentence) is about a CCHC plan or report. Order follows INDEX_NAMES."""
    low = fold(text).lower()
    found = {name for name, rx in _COMPILED.items() if rx.search(low)}
    if "PAR INDEX" not in found and focus and _PAR_SERVED.search(fold(focus).lower()):
        found.add("PAR INDEX")
    return [n for n in INDEX_NAMES if n in found]
