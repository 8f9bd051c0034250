"""Extracted facts marked in place in a document's text.

Document numbers carry an offset (`start`, in the extractor's input: title + blank line +
text); the others (dates, issuers, target values) are found by searching the text, folded
(no diacritics, any case) so that "Ủy ban" and "UY BAN" both match. Folding is
length-preserving, so offsets found in the folded text are offsets in the original.
Everything outside the marks is HTML-escaped."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

from markupsafe import Markup

from extractors.formatting import vn_date
from extractors.normalize import fold

KINDS = {
    "number": "Số hiệu văn bản",
    "date": "Ngày ban hành",
    "issuer": "Cơ quan ban hành",
    "target": "Chỉ tiêu",
}
_PRIORITY = {"number": 0, "date": 1, "target": 2, "issuer": 3}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str
    label: str


def _flex(s: str) -> str:
    """A literal pattern whose whitespace matches any run of whitespace."""
    return r"\s+".join(re.escape(p) for p in s.split())


def _find(folded: str, pattern: str, kind: str, label: str) -> list[Span]:
    try:
        rx = re.compile(pattern, re.IGNORECASE)
    except re.error:
        return []
    return [Span(m.start(), m.end(), kind, label) for m in rx.finditer(folded) if m.end() > m.start()]


def _date_patterns(iso: str) -> list[str]:
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", iso or "")
    if not m:
        return []
    y, mo, d = m.group(1), int(m.group(2)), int(m.group(3))
    return [
        rf"(?<![\d/.-])0?{d}\s*[/.-]\s*0?{mo}\s*[/.-]\s*{y}(?!\d)",
        rf"(?<![\w/.-])0?{d}\s+thang\s+0?{mo}\s*,?\s*nam\s+{y}(?!\d)",
    ]


def _issuer_variants(issuer: str) -> set[str]:
    f = " ".join(fold(issuer).split())
    out = {f}
    if re.search(r"uy ban nhan dan", f, re.I):
        out.add(re.sub(r"uy ban nhan dan", "UBND", f, flags=re.I))
    if re.search(r"\bUBND\b", f, re.I):
        out.add(re.sub(r"\bUBND\b", "Uy ban nhan dan", f, flags=re.I))
    return {v for v in out if len(v) >= 4}


def _number(v) -> str | None:
    try:
        x = float(v)
    except (TypeError, ValueError):
        return None
    return str(int(x)) if x == int(x) else str(x).replace(".", "[.,]")


def fact_spans(text: str, facts: dict, *, offset: int | None = None) -> list[Span]:
    """Spans of the facts in `text`; `offset` is where `text` begins in the extractor's input
    (len(title) + 2 for a document body; None for attachment text: no offsets are used)."""
    if not text:
        return []
    folded = fold(text)
    spans: list[Span] = []
    refs = [r for r in facts.get("doc_refs") or [] if isinstance(r, dict)]
    for r in refs:
        number = r.get("number")
        if not isinstance(number, str) or not number.strip():
            continue
        label = f"{KINDS['number']}: {number}" + (f" ({r.get('type')})" if r.get("type") else "")
        start = r.get("start")
        if offset is not None and isinstance(start, int):
            pos = start - offset
            if 0 <= pos and text[pos:pos + len(number)] == number:
                spans.append(Span(pos, pos + len(number), "number", label))
        spans += _find(folded, r"(?<![\w/])" + _flex(fold(number)) + r"(?![\w])", "number", label)
        for p in _date_patterns(r.get("date") or ""):
            spans += _find(folded, p, "date", f"Ngày của văn bản {number}: {vn_date(r.get('date'))}")
        issuer = r.get("issuer")
        if isinstance(issuer, str) and issuer.strip():
            for v in _issuer_variants(issuer):
                # "Ủy ban nhân dân (UBND) tỉnh X" is how clerks write "Ủy ban nhân dân tỉnh X"
                pat = re.sub(r"(?i)uy\\s\+ban\\s\+nhan\\s\+dan", lambda m: m.group(0) + r"(?:\s*\(\s*UBND\s*\))?", _flex(v))
                spans += _find(folded, r"(?<!\w)" + pat + r"(?!\w)", "issuer",
                               f"{KINDS['issuer']} của văn bản {number}: {issuer}")
    for t in facts.get("targets") or []:
        if not isinstance(t, dict):
            continue
        value = _number(t.get("value"))
        sentence = t.get("sentence")
        if value is None or not isinstance(sentence, str) or not sentence.strip():
            continue
        unit = t.get("unit") or ""
        label = f"{KINDS['target']}: {value.replace('[.,]', ',')} {unit} — {t.get('subject') or ''}".strip(" —")
        if t.get("deadline_year"):
            label += f" (năm {t['deadline_year']})"
        for sm in re.finditer(_flex(fold(sentence)), folded, re.IGNORECASE):
            seg = folded[sm.start():sm.end()]
            vp = rf"(?<![\d.,]){value}(?![\d])" + (r"\s*%" if unit == "%" else "")
            for vm in re.finditer(vp, seg):
                spans.append(Span(sm.start() + vm.start(), sm.start() + vm.end(), "target", label))
    return _resolve(spans)


def _resolve(spans: list[Span]) -> list[Span]:
    """Non-overlapping spans: offsets first, then longer, then by kind."""
    chosen: list[Span] = []
    for s in sorted(set(spans), key=lambda s: (_PRIORITY[s.kind], -(s.end - s.start), s.start)):
        if all(s.end <= c.start or s.start >= c.end for c in chosen):
            chosen.append(s)
    return sorted(chosen, key=lambda s: s.start)


def mark_facts(text: str, facts: dict, *, offset: int | None = None, paragraphs: bool = False) -> Markup:
    """The text, HTML-escaped, with each fact in <mark class="fact fact-KIND" title="...">;
    with `paragraphs`, each line of the text becomes a <p> (a mark never spans two)."""
    def plain(s: str) -> str:
        e = html.escape(s)
        return re.sub(r"\n\s*", "</p><p>", e) if paragraphs else e

    out, pos = [], 0
    for s in fact_spans(text, facts, offset=offset):
        inner = text[s.start:s.end]
        out.append(plain(text[pos:s.start]))
        out.append(f'<mark class="fact fact-{s.kind}" title="{html.escape(s.label, quote=True)}">'
                   f'{html.escape(" ".join(inner.split()) if paragraphs else inner)}</mark>')
        pos = s.end
    out.append(plain(text[pos:]))
    body = "".join(out)
    if paragraphs:
        body = re.sub(r"<p></p>", "", "<p>" + body.strip() + "</p>")
    return Markup(body)
