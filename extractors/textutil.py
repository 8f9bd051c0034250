"""Small shared helpers: character classes, sentence bounds."""
from __future__ import annotations

import bisect
import re

from extractors.normalize import fold

# Vietnamese capital / small letters as regex classes (Python's re has no \p{Lu}).
_LETTERS = [chr(c) for c in range(0x41, 0x1EFA) if chr(c).isalpha() and fold(chr(c)).isascii()
            and fold(chr(c)).isalpha() or chr(c) in "đĐ"]
UP = "".join(c for c in _LETTERS if c.isupper())
LO = "".join(c for c in _LETTERS if c.islower())
UPC = "[" + UP + "]"
LOC = "[" + LO + "]"
CAP_WORD = UPC + "[" + UP + LO + "]*"

_SENT_END = re.compile(r"(?<!TP)(?<!Tp)(?<!ThS)(?<!TS)(?:[.!?…]+[\"”’)]*\s+(?=[\"“(]?[" + UP + r"\d-]))|\n+|(?<=:)\s+(?=-)")


class Sentences:
    """Sentence boundaries of one text, for "which sentence holds offset i" in log time."""

    def __init__(self, text: str):
        self.text = text
        starts = [0]
        for m in _SENT_END.finditer(text):
            starts.append(m.end())
        self.starts = starts

    def bounds(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, pos) - 1
        start = self.starts[i]
        end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        return start, end

    def sentence(self, pos: int) -> str:
        s, e = self.bounds(pos)
        return self.text[s:e].strip()

    def all(self) -> list[tuple[int, int]]:
        out = []
        for i, s in enumerate(self.starts):
            e = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
            out.append((s, e))
        return out


class _Starts(Sentences):
    def __init__(self, text: str, starts: list[int]):
        self.text = text
        self.starts = starts


def uts_sentences(text: str) -> Sentences:
    """Sentence bounds from underthesea's sent_tokenize, line by line (a line break always ends
    a sentence, as in Sentences)."""
    from underthesea import sent_tokenize
    starts, pos = [0], 0
    for line in text.split("\n"):
        if line.strip():
            p = pos
            for s in sent_tokenize(line):
                i = text.find(s[:20], p)
                if i < 0:
                    continue
                if i > starts[-1]:
                    starts.append(i)
                p = i + len(s)
        pos += len(line) + 1
        if pos < len(text) and pos > starts[-1]:
            starts.append(pos)
    return _Starts(text, starts)
