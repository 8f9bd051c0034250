"""Highlighted snippets matched folded, so that "cai cach" marks "cải cách".

Matching looks for every spelling of the folded query words in the text itself (a regex of
letter classes, "cai" -> "[cC...][aàáảãạăâ...A...][iì...]"), which costs half of folding a long
text first.

Marks follow the query's meaning, not its letters: a quoted phrase is marked whole; unquoted
neighbouring words are marked where they stand together ("cải cách hành chính" is one mark);
a query word is marked alone only when the text never has it next to another query word, so
that the lone "hành" of "ban hành" is not marked for "cải cách hành chính"."""
from __future__ import annotations

import html
import re
from functools import lru_cache

from extractors.normalize import fold
from store.query import ParsedQuery

_TOKEN = re.compile(r"\w+", re.UNICODE)
Query = ParsedQuery | list[str]


def _spans(text: str, query: Query) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) character spans of `text` to mark. Only occurrences
    of query words are looked at (one regex pass over the text)."""
    pq = query if isinstance(query, ParsedQuery) else ParsedQuery(terms=[w for w in query if w])
    vocab = {fold(w).lower() for w in pq.words()}
    if not vocab:
        return []
    found = [(m.start(), m.end(), fold(m.group()).lower()) for m in _pattern(frozenset(vocab)).finditer(text)]
    # neighbours: nothing but spaces or punctuation between two occurrences
    joined = [i + 1 < len(found) and _TOKEN.search(text, found[i][1], found[i + 1][0]) is None
              for i in range(len(found))]
    words = [f[2] for f in found]
    marked = [False] * len(found)
    for seq in pq.phrases:
        _mark_sequence(words, joined, [fold(w) for w in seq], marked)
    pairs = {(fold(a), fold(b)) for a, b in pq.bigrams()}
    paired: set[str] = set()
    for i in range(len(found) - 1):
        if joined[i] and (words[i], words[i + 1]) in pairs:
            marked[i] = marked[i + 1] = True
            paired.update(words[i:i + 2])
    for w in {fold(t) for t in pq.terms} - paired:
        for i, tok in enumerate(words):
            if tok == w:
                marked[i] = True
    return _merge(found, marked, joined, text)


@lru_cache(maxsize=256)
def _pattern(vocab: frozenset[str]) -> re.Pattern:
    """Any spelling of the folded, lower-case words in `vocab`, as whole words."""
    return re.compile(r"(?<!\w)(?:" + "|".join("".join(map(_letter, w)) for w in sorted(vocab, key=len, reverse=True))
                      + r")(?!\w)")


_FOLDING_RANGE = 0x3000     # Latin, Vietnamese, Greek, Cyrillic...: every letter fold() can change


@lru_cache(maxsize=1)
def _folds_to() -> dict[str, str]:
    """Folded lower-case letter -> every character folding (then lower-cased) to it."""
    out: dict[str, set[str]] = {}
    for cp in range(_FOLDING_RANGE):
        c = chr(cp)
        f = fold(c).lower()
        if len(f) == 1 and f != c:
            out.setdefault(f, {f}).add(c)
    return {f: "[" + "".join(re.escape(c) for c in sorted(cs)) + "]" for f, cs in out.items()}


def _letter(c: str) -> str:
    return _folds_to().get(c) or re.escape(c)


def _mark_sequence(words: list[str], joined: list[bool], seq: list[str], marked: list[bool]) -> None:
    n = len(seq)
    for i in range(len(words) - n + 1):
        if words[i:i + n] == seq and all(joined[i:i + n - 1]):
            marked[i:i + n] = [True] * n


def _merge(found, marked, joined, text: str) -> list[tuple[int, int]]:
    """Neighbouring marked words separated only by spaces become one span."""
    out: list[list[int]] = []
    for i, ((s, e, _), m) in enumerate(zip(found, marked)):
        if not m:
            continue
        if out and marked[i - 1] and joined[i - 1] and text[out[-1][1]:s].strip() == "":
            out[-1][1] = e
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


SCAN_CHARS = 100_000     # a long attachment: its snippet comes from the first 100k characters


def make_snippet(text: str, query: Query, width: int = 240) -> str:
    """An HTML-escaped window of `text` around the densest matches, matches in <mark>."""
    flat = " ".join(text[:SCAN_CHARS].split())
    spans = _spans(flat, query) if query else []
    if not spans:
        return html.escape(_cut(flat, 0, width))
    start = _best_window(spans, width)
    start = max(0, flat.rfind(" ", 0, start) + 1) if start else 0
    end = min(len(flat), start + width)
    out, pos = [], start
    for s, e in spans:
        if e <= start or s >= end:
            continue
        s, e = max(s, start), min(e, end)      # a run of marked words longer than the window
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
    """Start of the window [s - width/3, s + 2width/3) holding most matches; two pointers, so a
    page repeating a query term ten thousand times costs linear time, not quadratic."""
    best, best_count, j, k = spans[0][0], 0, 0, 0
    for i, (s, _) in enumerate(spans):
        while spans[j][0] < s - width // 3:
            j += 1
        k = max(k, i)
        while k < len(spans) and spans[k][0] < s + 2 * width // 3:
            k += 1
        if k - j > best_count:
            best, best_count = max(0, s - width // 3), k - j
    return best


def _cut(text: str, start: int, width: int) -> str:
    return text[start:start + width] + ("…" if len(text) > start + width else "")
