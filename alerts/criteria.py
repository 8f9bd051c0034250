"""Criterion filters: a subscription may ask only for documents that look like evidence for a
criterion of the catalog (criteria/*.yaml). A document passes when its text contains one of the
criterion's keywords (compared without diacritics and case)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from extractors.normalize import fold


@dataclass(frozen=True)
class Criterion:
    id: str
    name: str
    keywords: tuple[str, ...]
    patterns: tuple[re.Pattern, ...]   # folded keywords, on word boundaries


def _fold_key(text: str) -> str:
    return " ".join(fold(text).casefold().split())


def _walk(node, found: dict) -> None:
    if isinstance(node, dict):
        kws = node.get("keywords")
        if kws is None and isinstance(node.get("evidence"), dict):
            kws = node["evidence"].get("keywords")
        if node.get("id") is not None and isinstance(kws, list) and kws:
            cid = str(node["id"])
            name = str(node.get("name") or node.get("name_vi") or cid)
            words = tuple(str(k) for k in kws if str(k).strip())
            pats = tuple(re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, _fold_key(k).split())) + r"(?!\w)")
                         for k in words)
            found.setdefault(cid, Criterion(cid, name, words, pats))
        for v in node.values():
            _walk(v, found)
    elif isinstance(node, list):
        for v in node:
            _walk(v, found)


@lru_cache(maxsize=8)
def _load(directory: str, stamp: tuple) -> dict[str, Criterion]:
    found: dict[str, Criterion] = {}
    for f in sorted(Path(directory).glob("*.yaml")):
        try:
            _walk(yaml.safe_load(f.read_text(encoding="utf-8")), found)
        except yaml.YAMLError as e:
            raise ValueError(f"{f}: not valid YAML ({e})") from None
    return found


def catalog(directory: Path) -> dict[str, Criterion]:
    """Criterion id -> Criterion, for every entry with an id and keywords (domains, criteria,
    sub-criteria, indices). Empty when the folder does not exist."""
    d = Path(directory)
    if not d.is_dir():
        return {}
    stamp = tuple((p.name, p.stat().st_mtime_ns) for p in sorted(d.glob("*.yaml")))
    return _load(str(d), stamp)


def folded_text(title: str, text: str) -> str:
    return _fold_key(title + "\n" + text)


def first_keyword(criterion: Criterion, folded: str) -> str | None:
    for kw, pat in zip(criterion.keywords, criterion.patterns):
        if pat.search(folded):
            return kw
    return None
