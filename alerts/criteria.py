"""Criterion filters: a subscription may ask only for documents that look like evidence for a
criterion of the catalog (read by extractors.criteria, the one catalog reader). A document passes when its
text contains one of the criterion's title phrases (compared without diacritics and case; "re:" phrases are
regular expressions over the folded text)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extractors.criteria import catalogs
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


@lru_cache(maxsize=8)
def _load(directory: str) -> dict[str, Criterion]:
    found: dict[str, Criterion] = {}
    for cat in catalogs(directory):
        for t in cat.mapping_targets():
            old = found.get(t.id)
            # The same id in several catalog versions: a document passes with any version's words.
            words = tuple(dict.fromkeys((*(old.keywords if old else ()), *t.rule.title_phrases)))
            found[t.id] = Criterion(t.id, old.name if old else t.name, words, tuple(_pattern(k) for k in words))
    return found


def catalog(directory: Path) -> dict[str, Criterion]:
    """Criterion id -> Criterion (keywords: its evidence rule's title phrases), for every criterion
    and sub-criterion with a rule in the catalogs read by extractors.criteria. Empty when the folder
    does not exist."""
    d = Path(directory)
    return _load(str(d)) if d.is_dir() else {}


def folded_text(title: str, text: str) -> str:
    return _fold_key(title + "\n" + text)


def first_keyword(criterion: Criterion, folded: str) -> str | None:
    for kw, pat in zip(criterion.keywords, criterion.patterns):
        if m := pat.search(folded):
            return m.group(0) if kw.startswith("re:") else kw
    return None
