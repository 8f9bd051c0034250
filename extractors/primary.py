"""Which referenced document is the page's own (announced or reproduced) document."""
from __future__ import annotations

from extractors.refs import Mention

# Types a page announces; a Luật/Nghị định/Thông tư is nearly always only cited.
_ANNOUNCED = {"Kế hoạch", "Quyết định", "Nghị quyết", "Chỉ thị", "Báo cáo", "Thông báo",
              "Hướng dẫn", "Chương trình", "Đề án", "Tờ trình", "Công văn", "Kết luận", "Quy định",
              "Quy chế", "Phương án", "Công điện", "Thông tri"}


def mention_score(m: Mention, in_title: bool) -> float:
    s = 0.0
    if m.header:
        s += 6                  # "Số: 252/KH-UBND": the page is the document
    if m.issued:
        # "UBND tỉnh ... ban hành Kế hoạch số ...". A central document announced in the body
        # of a provincial page is context unless the title or header names it too.
        s += 2 if m.national else 4
    if m.attached:
        s += 3                  # "File đính kèm: Kế hoạch số ..."
    if in_title and not m.cite:
        s += 3
    if m.cite:
        s -= 3                  # "thực hiện / căn cứ / theo Kế hoạch số ..." is another document
    if m.type in _ANNOUNCED:
        s += 0.5
    return s


def choose_primary(mentions: list[Mention], title_keys: set[str] = frozenset()) -> str | None:
    """Key of the primary document, or None when the page only cites documents.
    title_keys: keys the title names without citing them."""
    best: dict[str, float] = {}
    first: dict[str, int] = {}
    for m in mentions:
        sc = mention_score(m, m.key in title_keys)
        if m.key not in best or sc > best[m.key]:
            best[m.key] = sc
        first.setdefault(m.key, m.start)
    if not best:
        return None
    key = max(best, key=lambda k: (best[k], -first[k]))
    return key if best[key] >= 3 else None
