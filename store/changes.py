"""What changed between two stored versions of a document, readably: sentences added and removed
(a changed sentence shows its changed words), and the facts that changed — the document's date
and title, cited documents' dates, targets (value, unit, deadline).

The store keeps earlier versions in document_versions and the newest in documents."""
from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field
from html import escape

from underthesea import sent_tokenize

from store.sqlite import Store, key


class NoSuchVersion(LookupError):
    pass


def versions(store: Store, doc_id: int) -> list[dict]:
    """Every stored version, oldest first: {version, fetched_at, content_hash}."""
    old = [dict(r) for r in store.conn.execute(
        "SELECT version, fetched_at, content_hash FROM document_versions WHERE document_id=? ORDER BY version",
        (doc_id,))]
    cur = store.conn.execute("SELECT version, fetched_at, content_hash FROM documents WHERE id=?",
                             (doc_id,)).fetchone()
    return old + ([dict(cur)] if cur else [])


def version(store: Store, doc_id: int, n: int) -> dict:
    """Version n: {version, title, text, facts, fetched_at, date}."""
    cur = store.conn.execute("SELECT version, title, text, facts, fetched_at, date FROM documents WHERE id=?",
                             (doc_id,)).fetchone()
    if cur is not None and cur["version"] == n:
        return {**dict(cur), "facts": json.loads(cur["facts"])}
    rec = store.get_version(doc_id, n) if cur is not None else None
    if rec is None:
        raise NoSuchVersion(f"document {doc_id} has no stored version {n}")
    return {**rec, "date": _primary_date(rec["facts"])}


def _primary_date(facts: dict) -> str | None:
    primary = facts.get("primary")
    for r in facts.get("doc_refs") or []:
        if r.get("number") == primary:
            return r.get("date")
    return None


@dataclass
class Line:
    kind: str                # same | added | removed | changed
    text: str                # plain
    html: str = ""           # escaped, with <del>/<ins> for a changed sentence


@dataclass
class FactChange:
    label: str
    before: str | None
    after: str | None


@dataclass
class Diff:
    before: int
    after: int
    lines: list[Line] = field(default_factory=list)
    facts: list[FactChange] = field(default_factory=list)

    @property
    def added(self) -> list[str]:
        return [x.text for x in self.lines if x.kind == "added"]

    @property
    def removed(self) -> list[str]:
        return [x.text for x in self.lines if x.kind == "removed"]

    @property
    def changed(self) -> list[Line]:
        return [x for x in self.lines if x.kind == "changed"]

    def summary(self) -> dict:
        """Small enough for an alert: counts and the changed facts."""
        return {"from": self.before, "to": self.after, "added": len(self.added), "removed": len(self.removed),
                "changed": len(self.changed),
                "facts": [{"label": f.label, "before": f.before, "after": f.after} for f in self.facts]}


def sentences(text: str) -> list[str]:
    out = []
    for para in re.split(r"\n\s*\n|\n", text or ""):
        para = " ".join(para.split())
        if para:
            out += [s.strip() for s in sent_tokenize(para) if s.strip()]
    return out


def _words_html(a: str, b: str) -> str:
    wa, wb = a.split(), b.split()
    parts = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes():
        if op == "equal":
            parts.append(escape(" ".join(wa[i1:i2])))
            continue
        if i2 > i1:
            parts.append(f"<del>{escape(' '.join(wa[i1:i2]))}</del>")
        if j2 > j1:
            parts.append(f"<ins>{escape(' '.join(wb[j1:j2]))}</ins>")
    return " ".join(parts)


def _similar(a: str, b: str) -> bool:
    return difflib.SequenceMatcher(a=a.split(), b=b.split(), autojunk=False).ratio() >= 0.5


def sentence_lines(old: list[str], new: list[str]) -> list[Line]:
    lines = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if op == "equal":
            lines += [Line("same", s, escape(s)) for s in old[i1:i2]]
            continue
        a, b = old[i1:i2], new[j1:j2]
        while a and b and _similar(a[0], b[0]):       # an edited sentence: its words, in place
            lines.append(Line("changed", b[0], _words_html(a[0], b[0])))
            a, b = a[1:], b[1:]
        lines += [Line("removed", s, escape(s)) for s in a]
        lines += [Line("added", s, escape(s)) for s in b]
    return lines


def _target_key(t: dict) -> str:
    # the subject without its numbers: "tăng tỷ lệ … lên 45%" and "… lên 60%" are one target
    return re.sub(r"\d+([.,]\d+)?", "#", key(t.get("subject") or t.get("sentence") or ""))[:120]


def _target_text(t: dict) -> str:
    v = t.get("value")
    num = f"{v:g}" if isinstance(v, (int, float)) else str(v)
    s = " ".join(x for x in (t.get("qualifier"), f"{num}{t.get('unit') or ''}") if x)
    return s + (f" (hạn {t['deadline_year']})" if t.get("deadline_year") else "")


def _fact_changes(a: dict, b: dict) -> list[FactChange]:
    out = []
    if (a.get("title") or "") != (b.get("title") or ""):
        out.append(FactChange("Tiêu đề", a.get("title"), b.get("title")))
    if a.get("date") != b.get("date"):
        out.append(FactChange("Ngày văn bản", a.get("date"), b.get("date")))
    fa, fb = a.get("facts") or {}, b.get("facts") or {}
    if fa.get("primary") != fb.get("primary"):
        out.append(FactChange("Số hiệu", fa.get("primary"), fb.get("primary")))
    refs_a = {r["number"]: r for r in fa.get("doc_refs") or [] if r.get("number")}
    refs_b = {r["number"]: r for r in fb.get("doc_refs") or [] if r.get("number")}
    for num in sorted(refs_a.keys() & refs_b.keys()):
        said = num == fb.get("primary") and a.get("date") != b.get("date")     # as "Ngày văn bản"
        if refs_a[num].get("date") != refs_b[num].get("date") and not said:
            out.append(FactChange(f"Ngày của văn bản {num}", refs_a[num].get("date"), refs_b[num].get("date")))
    for num in sorted(refs_b.keys() - refs_a.keys()):
        out.append(FactChange("Văn bản được dẫn", None, num))
    for num in sorted(refs_a.keys() - refs_b.keys()):
        out.append(FactChange("Văn bản được dẫn", num, None))
    ta = {_target_key(t): t for t in fa.get("targets") or []}
    tb = {_target_key(t): t for t in fb.get("targets") or []}
    for k in ta.keys() | tb.keys():
        before = _target_text(ta[k]) if k in ta else None
        after = _target_text(tb[k]) if k in tb else None
        if before != after:
            subject = (tb.get(k) or ta.get(k) or {}).get("subject") or ""
            out.append(FactChange(f"Chỉ tiêu: {subject[:90]}", before, after))
    return out


def diff(store: Store, doc_id: int, before: int, after: int) -> Diff:
    a, b = version(store, doc_id, before), version(store, doc_id, after)
    return Diff(before, after, sentence_lines(sentences(a["text"]), sentences(b["text"])),
                _fact_changes(a, b))
