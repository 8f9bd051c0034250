"""The level of an issuing body (province, ministry, national, department, district, commune,
party) from its name or a document's two-line header. Pure; shared by the mapper and the ranker."""
from __future__ import annotations

import re

from extractors.normalize import fold

SEP = r"[\W_]+"          # any run of punctuation or space between words
HEADER_LEVELS = [  # what the two-line header (first lines of the text) says about the issuer
    (r"^(\W*\w+){0,3}?\W*(tinh|thanh) uy\b|^\W*ban thuong vu", "party"),
    (r"^\W*(hoi dong nhan dan|hdnd) (tinh|thanh pho)", "province"),
    (r"^\W*bo (noi vu|tai chinh|tu phap|y te|thong tin|khoa hoc|ke hoach|giao duc|cong an|quoc phong)\b|^\W*bo truong", "ministry"),
    (r"^\W*(chinh phu|thu tuong|van phong chinh phu)\b", "national"),
    (r"^\W*so (noi vu|tu phap|tai chinh|thong tin|khoa hoc|ke hoach|y te|giao duc|lao dong)\b", "department"),
    (r"^\W*(uy ban nhan dan|ubnd) (xa|phuong|thi tran)\b", "commune"),
    (r"^\W*(uy ban nhan dan|ubnd) (huyen|quan|thi xa)\b", "district"),
    (r"^\W*(uy ban nhan dan|ubnd) (tinh|thanh pho)\b", "province"),
]
_ISSUER_LEVELS = [(re.compile(p.replace("^\\W*", r"\b").replace(" ", SEP)), lvl) for p, lvl in HEADER_LEVELS]


def level_of(issuer: str | None) -> str | None:
    if not issuer:
        return None
    f = fold(issuer).lower()
    hits = [(m.start(), lvl) for rx, lvl in _ISSUER_LEVELS for m in [rx.search(f)] if m]
    if hits:
        return min(hits)[1]
    if re.search(r"\b(tinh|thanh pho)\b", f) and re.search(r"\b(ubnd|uy ban|chu tich|hdnd)\b", f):
        return "province"
    return None
