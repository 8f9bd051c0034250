"""Which documents a document implements or is based on.

"Kế hoạch số 145/KH-UBND triển khai thực hiện Kế hoạch số 165/KH-UBND ... về triển khai
Nghị quyết số 02-NQ/BCSĐ" gives the chain 145 -> 165 -> 02-NQ/BCSĐ.
"""
from __future__ import annotations

from extractors.refs import Mention
from extractors.types import Citation

_BASED_ON = {"căn cứ", "theo", "tại"}


def relation_of(verb: str) -> str:
    """The relation a verb before a document number states: "căn cứ" cites it as a basis,
    "sửa đổi, bổ sung" amends it, "thay thế" replaces it, "bãi bỏ" repeals it; "thực hiện",
    "triển khai", "cụ thể hóa" ... implement it."""
    v = " ".join(verb.lower().replace(",", " ").split())
    if v in _BASED_ON:
        return "cites"
    if v.startswith("sửa đổi"):
        return "amends"
    if v == "thay thế":
        return "replaces"
    if v == "bãi bỏ":
        return "repeals"
    return "implements"


def find_citations(mentions: list[Mention], primary_key: str | None,
                   numbers: dict[str, str], text: str = "") -> list[Citation]:
    """numbers: key -> clerk's number of the merged reference."""
    out: list[Citation] = []
    seen: set[tuple[str, str]] = set()
    by_sentence: dict[tuple[int, int], list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for group in by_sentence.values():
        for i, b in enumerate(group):
            if not b.cite:
                continue
            source = None
            for a in reversed(group[:i]):          # the nearest document named before it
                if a.key != b.key:
                    # "Căn cứ Luật A; căn cứ Nghị định B": both are the page's bases, and a
                    # ";" between them ends A's clause
                    if not (a.cite in _BASED_ON and b.cite in _BASED_ON) and ";" not in text[a.end:b.start]:
                        source = a.key
                    break
            if source is None and primary_key and primary_key != b.key:
                # "Nhằm triển khai Kế hoạch X ..., UBND huyện ban hành Kế hoạch Y": the page's document
                source = primary_key
            if source is None or (source, b.key) in seen:
                continue
            seen.add((source, b.key))
            out.append(Citation(source=numbers[source], target=numbers[b.key], relation=relation_of(b.cite)))
    return out
