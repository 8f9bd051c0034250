"""The query language both backends accept: words (all must match), "quoted phrases",
and -excluded words. Anything else is treated as plain words, never as syntax."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.normalize import fold, normalize_text

_WORD = re.compile(r"\w+", re.UNICODE)
_PART = re.compile(r'(-?)"([^"]*)"|(-?)([^\s"]+)')


@dataclass
class ParsedQuery:
    terms: list[str] = field(default_factory=list)        # single words
    phrases: list[list[str]] = field(default_factory=list)  # multi-word, in order
    excluded: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.terms or self.phrases)

    def words(self) -> list[str]:
        """Every positive word, for highlighting."""
        return self.terms + [w for p in self.phrases for w in p]


def words_of(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def parse_query(q: str) -> ParsedQuery:
    out = ParsedQuery()
    for m in _PART.finditer(normalize_text(q or "")):
        negative = bool(m.group(1) or m.group(3))
        words = words_of(m.group(2) if m.group(2) is not None else m.group(4))
        if not words:
            continue
        if negative:
            out.excluded.extend(words)
        elif len(words) == 1 or m.group(2) is None:
            # "252/KH-UBND" typed bare splits into a phrase: its parts must stay together.
            (out.phrases.append(words) if len(words) > 1 else out.terms.append(words[0]))
        else:
            out.phrases.append(words)
    return out


def has_diacritics(word: str) -> bool:
    return fold(word) != word
