"""Highlighted snippets computed on the folded text, so that "cai cach" marks "cải cách".

Marks follow the query's meaning, not its letters: a quoted phrase is marked whole; unquoted
neighbouring words are marked where they stand together ("cải cách hành chính" is one mark);
a query word is marked alone only when the text never has it next to another query word, so
that the lone "hành" of "ban hành" is not marked for "cải cách hành chính"."""
from __future__ import annotations

import html
import re

from extractors.normalize import fold
from store.query import ParsedQuery

_TOKEN = re.compile(r"\w+", re.UNICODE)
Query = ParsedQuery | list[str]


def _spans(text: str, query: Query) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) character spans of `text` to mark."""
    pq = query if isinstance(query, ParsedQuery) else ParsedQuery(terms=[w for w in query if w])
    folded = fold(text).lower()
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(folded)]
    words = [t[2] for t in tokens]
    marked = [False] * len(tokens)
    for seq in pq.phrases:
        _mark_sequence(words, [fold(w) for w in seq], marked)
    pairs = {(fold(a), fold(b)) for a, b in pq.bigrams()}
    paired: set[str] = set()
    for i in range(len(words) - 1):
        if (words[i], words[i + 1]) in pairs:
            marked[i] = marked[i + 1] = True
            paired.update(words[i:i + 2])
    for w in {fold(t) for t in pq.terms} - paired:
        for i, tok in enumerate(words):
            if tok == w:
                marked[i] = True
    return _merge(tokens, marked, folded)


def _mark_sequence(words: list[str], seq: list[str], marked: list[bool]) -> None:
    n = len(seq)
    for i in range(len(words) - n + 1):
        if words[i:i + n] == seq:
            marked[i:i + n] = [True] * n


def _merge(tokens, marked, folded: str) -> list[tuple[int, int]]:
    """Neighbouring marked tokens separated only by spaces become one span."""
    out: list[list[int]] = []
    for (s, e, _), m in zip(tokens, marked):
        if not m:
            continue
        if out and folded[out[-1][1]:s].strip() == "" and "\n" not in folded[out[-1][1]:s]:
            out[-1][1] = e
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def make_snippet(text: str, query: Query, width: int = 240) -> str:
    """An HTML-escaped window of `text` around the densest matches, matches in <mark>."""
    flat = " ".join(text.split())
    spans = _spans(flat, query) if query else []
    if not spans:
        return html.escape(_cut(flat, 0, width))
    start = _best_window(spans, width)
    start = max(0, flat.rfind(" ", 0, start) + 1) if start else 0
    end = min(len(flat), start + width)
    out, pos = [], start
    for s, e in spans:
        if s < start or e > end:
            continue
        out.append(html.escape(flat[pos:s]))
        out.append("<mark>" + html.escape(flat[s:e]) + "</mark>")
        pos = e
    out.append(html.escape(flat[pos:end]))
    return ("…" if start else "") + "".join(out) + ("…" if end < len(flat) else "")


def highlight(text: str, query: Query) -> str:
    """The whole text, escaped, matches in <mark> (for titles)."""
    out, pos = [], 0
    for s, e in (_spans(text, query) if query else []):
        out.append(html.escape(text[pos:s]) + "<mark>" + html.escape(text[s:e]) + "</mark>")
        pos = e
    return "".join(out) + html.escape(text[pos:])


def _best_window(spans: list[tuple[int, int]], width: int) -> int:
    best, best_count, j = spans[0][0], 0, 0
    for s, _ in spans:
        while spans[j][0] < s - width // 3:
            j += 1
        # count matches that fall in [s - width/3, s + 2width/3)
        count = sum(1 for t, _ in spans[j:] if t < s + 2 * width // 3)
        if count > best_count:
            best, best_count = max(0, s - width // 3), count
    return best


def _cut(text: str, start: int, width: int) -> str:
    return text[start:start + width] + ("…" if len(text) > start + width else "")
