"""Criterion filters: a subscription may ask only for documents that look like evidence for a
criterion of the catalog (extractors/criteria/catalog/*.yaml). A document passes when its text contains one of the
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


def _pattern(keyword: str) -> re.Pattern:
    if keyword.startswith("re:"):
        return re.compile(keyword[3:])
    return re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, _fold_key(keyword).split())) + r"(?!\w)")


def _keywords(node: dict) -> list | None:
    """A node's keywords: `keywords`, or its evidence rule's keywords / title phrases
    (the catalog under extractors/criteria/catalog); "re:" phrases are regular expressions
    over the folded text."""
    kws = node.get("keywords")
    rule = node.get("evidence")
    if kws is None and isinstance(rule, dict):
        kws = rule.get("keywords") or rule.get("title_phrases")
    return list(kws) if isinstance(kws, list) else None


def _walk(node, found: dict) -> None:
    if isinstance(node, dict):
        kws = _keywords(node)
        if node.get("id") is not None and kws:
            cid = str(node["id"])
            name = str(node.get("name") or node.get("name_vi") or cid)
            old = found.get(cid)
            # The same id in several catalog versions: a document passes with any version's words.
            words = tuple(dict.fromkeys((*(old.keywords if old else ()), *(str(k) for k in kws if str(k).strip()))))
            pats = tuple(_pattern(k) for k in words)
            found[cid] = Criterion(cid, old.name if old else name, words, pats)
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
        if m := pat.search(folded):
            return m.group(0) if kw.startswith("re:") else kw
    return None
