"""Where a search hit matched: its title, its page text, or which attachment (by file name).

Shared by every search backend's callers (API route, `parwatch search --json`, pages): computed from
the records every backend keeps in SQLite (documents.text is the page text, attachments.text each
file's text), so the Elasticsearch and embedded backends answer alike."""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote, urlparse

from extractors.normalize import fold
from store.models import SearchResult
from store.query import parse_query

_FILE = re.compile(r"[^/\\]+\.(?:pdf|docx?|xlsx?|rtf|odt|ods|pptx?|zip|rar)$", re.I)


def file_label(url: str) -> str:
    """A file's name from its URL: the last path segment when it has a file extension, else a query
    value that does (…/DownloadFile.aspx?file=ke-hoach.pdf), else the last segment with its query."""
    p = urlparse(url)
    base = unquote(p.path.rsplit("/", 1)[-1])
    if _FILE.search(base):
        return base
    for _, v in parse_qsl(p.query):
        m = _FILE.search(unquote(v))
        if m:
            return m.group(0)
    return base + ("?" + p.query if p.query else "") or url


def _has_all(text: str, words: list[str]) -> bool:
    t = fold(" ".join((text or "").split())).lower()
    return all(re.search(r"(?<!\w)" + re.escape(fold(w).lower()) + r"(?!\w)", t) for w in words)


def _has_any(text: str, words: list[str]) -> bool:
    return any(_has_all(text, [w]) for w in words)


def matched_in(title: str, page_text: str, attachments: list[tuple], words: list[str]) -> list[str]:
    """'title', 'page text', 'attachment: <file name>' for each part holding the query's words
    (all of them when one part does, else each part holding any). `attachments`: (url, text) or
    (url, text, name the server gave it); the URL names the file when the server did not."""
    if not words:
        return []
    parts = [("title", title), ("page text", page_text)] + [
        (f"attachment: {(a[2] if len(a) > 2 else None) or file_label(a[0])}", a[1]) for a in attachments]
    full = [name for name, text in parts if _has_all(text, words)]
    return full or [name for name, text in parts if _has_any(text, words)]


def annotate(result: SearchResult, store, q: str) -> SearchResult:
    """Fill each hit's `matched_in` from the records store (one query per hit on the page)."""
    words = parse_query(q or "").words()
    if not words:
        return result
    for hit in result.hits:
        row = store.conn.execute("SELECT title, text FROM documents WHERE id=?", (hit.id,)).fetchone()
        if row is None:
            continue
        atts = [(r[0], r[1], r[2]) for r in store.conn.execute(
            "SELECT url, text, filename FROM attachments WHERE document_id=? AND text != '' ORDER BY id", (hit.id,))]
        hit.matched_in = matched_in(row[0], row[1], atts, words)
    return result
