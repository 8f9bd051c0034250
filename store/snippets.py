"""Highlighted snippets computed on the folded text, so that "cai cach" marks "cải cách"."""
from __future__ import annotations

import html
import re

from extractors.normalize import fold


def _pattern(words: list[str]) -> re.Pattern | None:
    folded = sorted({fold(w).lower() for w in words if w}, key=len, reverse=True)
    if not folded:
        return None
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in folded) + r")(?!\w)", re.IGNORECASE)


def make_snippet(text: str, words: list[str], width: int = 240) -> str:
    """An HTML-escaped window of `text` around the densest matches, matches in <mark>."""
    pattern = _pattern(words)
    flat = " ".join(text.split())
    if pattern is None:
        return html.escape(_cut(flat, 0, width))
    folded = fold(flat)
    spans = [m.span() for m in pattern.finditer(folded)]
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


def highlight(text: str, words: list[str]) -> str:
    """The whole text, escaped, matches in <mark> (for titles)."""
    pattern = _pattern(words)
    if pattern is None:
        return html.escape(text)
    out, pos = [], 0
    for m in pattern.finditer(fold(text)):
        out.append(html.escape(text[pos:m.start()]) + "<mark>" + html.escape(text[m.start():m.end()]) + "</mark>")
        pos = m.end()
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
