"""The query language every backend accepts: words (all must match), "quoted phrases",
and -excluded words. Anything else is treated as plain words, never as syntax.

Diacritics: unquoted words fold ("cai" finds "cải"; exact forms rank first). Phrases and
exclusions respect diacritics when the query has them and fold when it does not:
`-tuyên` drops "tuyên truyền" but keeps "trực tuyến"; `-tuyen` drops both. `-"chuyển đổi số"`
drops the phrase, not every document with "số".
An exclusion alone matches nothing (there is nothing to search for)."""
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
    excluded: list[str] = field(default_factory=list)    # single words
    excluded_phrases: list[list[str]] = field(default_factory=list)
    runs: list[list[str]] = field(default_factory=list)   # unquoted words as typed next to each other

    @property
    def empty(self) -> bool:
        return not (self.terms or self.phrases)

    @property
    def only_excluded(self) -> bool:
        """Exclusions and nothing to search for: such a query matches no document."""
        return self.empty and bool(self.excluded or self.excluded_phrases)

    def words(self) -> list[str]:
        """Every positive word, for highlighting."""
        return self.terms + [w for p in self.phrases for w in p]

    def units(self) -> list[list[str]]:
        """What must match: each word, each phrase."""
        return [[t] for t in self.terms] + self.phrases

    def bigrams(self) -> list[list[str]]:
        """Neighbouring unquoted words ("cải cách", "cách hành", "hành chính"): a Vietnamese
        word is often two syllables, so these pairs carry the meaning; found together they
        earn a phrase boost."""
        return [r[i:i + 2] for r in self.runs for i in range(len(r) - 1)]

    def number_like(self) -> list[list[str]]:
        """Word sequences that may be a document number ("252 KH UBND", "30/2018/QĐ-UBND"):
        from the first word with a digit to the end of its run or phrase."""
        out = []
        for seq in [*self.runs, *self.phrases]:
            first = next((i for i, w in enumerate(seq) if any(c.isdigit() for c in w)), None)
            if first is not None and len(seq) - first >= 2:
                out.append(seq[first:])
        return out


def words_of(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def parse_query(q: str) -> ParsedQuery:
    out = ParsedQuery()
    run: list[str] = []
    for m in _PART.finditer(normalize_text(q or "")):
        negative = bool(m.group(1) or m.group(3))
        quoted = m.group(2) is not None
        words = words_of(m.group(2) if quoted else m.group(4))
        if negative or quoted or len(words) != 1:
            if len(run) > 1:
                out.runs.append(run)
            run = []
        if not words:
            continue
        if negative:
            (out.excluded.append(words[0]) if len(words) == 1 else out.excluded_phrases.append(words))
        elif len(words) == 1:
            out.terms.append(words[0])
            run.append(words[0])
        else:
            # quoted, or "252/KH-UBND" typed bare: its parts must stay together
            out.phrases.append(words)
    if len(run) > 1:
        out.runs.append(run)
    return out


def has_diacritics(word: str) -> bool:
    return fold(word) != word
