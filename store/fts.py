"""SearchBackend on SQLite FTS5, in the same file as the records (the embedded default)."""
from __future__ import annotations

import json
from collections import Counter
from operator import itemgetter
from typing import Iterable

from extractors.normalize import fold
from extractors.places import province_family
from store.backend import Progress, batches
from store.models import FacetValue, IndexDoc, SearchHit, SearchQuery, SearchResult
from store.query import ParsedQuery, has_diacritics, parse_query
from store.snippets import make_snippet
from store.sqlite import Store, key

# The FTS5 schema, one home: title/body keep diacritics (exact hits rank first), *_f hold the folded
# text (đ -> d). Migration 0001 created documents_fts with it; the alert matcher builds the same table.
FTS_SCHEMA = "title, body, title_f, body_f, tokenize = 'unicode61 remove_diacritics 0'"
_INSERT = "INSERT INTO {table}(rowid, title, body, title_f, body_f) VALUES (?,?,?,?,?)"


def create_fts_table(conn, table: str) -> None:
    conn.execute(f"CREATE VIRTUAL TABLE {table} USING fts5({FTS_SCHEMA})")


def insert_fts_rows(conn, table: str, docs: Iterable[IndexDoc]) -> int:
    """Rows of (id, title, text, folded title, folded text); returns how many."""
    rows = [(d.id, d.title, d.text, fold(d.title), fold(d.text)) for d in docs]
    conn.executemany(_INSERT.format(table=table), rows)
    return len(rows)


# bm25 weights for (title, body, title_f, body_f): titles count more, exact forms add to folded ones.
_BM25 = "bm25(documents_fts, 6.0, 1.5, 4.0, 1.0)"


def fts_phrase(words: list[str]) -> str:
    """Words as one FTS5 phrase string (quotes inside dropped)."""
    return '"' + " ".join(w.replace('"', "") for w in words) + '"'


def match_expression(pq: ParsedQuery) -> str:
    """FTS5 MATCH string. Every unit must match in the folded columns; the same units on the
    exact columns are OR-ed in so that exact-diacritic documents collect more bm25 score.
    Phrases and exclusions typed with diacritics use the exact columns only. Neighbouring
    unquoted words ("cải cách") are OR-ed in as phrases in a branch that cannot change the
    match set: bm25 counts every phrase of the expression, so rows holding them together score more."""
    strict = [p for p in pq.phrases if any(has_diacritics(w) for w in p)]
    loose = [[t] for t in pq.terms] + [p for p in pq.phrases if p not in strict]
    parts = []
    if loose:
        folded = " AND ".join(f"{{title_f body_f}}: {fts_phrase([fold(w) for w in u])}" for u in loose)
        exact = " AND ".join(f"{{title body}}: {fts_phrase(u)}" for u in loose)
        parts.append(f"(({exact}) OR ({folded}))")
    parts += [f"{{title body}}: {fts_phrase(p)}" for p in strict]
    expr = " AND ".join(parts)
    pairs = [*pq.bigrams(), *[r for r in pq.runs if len(r) > 2]]
    if pairs:
        boosts = " OR ".join(f"{{title_f body_f}}: {fts_phrase([fold(w) for w in p])}" for p in pairs)
        expr = f"({expr}) OR (({expr}) AND ({boosts}))"
    expr = f"({expr})"
    for ws in [[w] for w in pq.excluded] + pq.excluded_phrases:
        expr += (f" NOT {{title body}}: {fts_phrase(ws)}" if any(has_diacritics(w) for w in ws)
                 else f" NOT {{title_f body_f}}: {fts_phrase([fold(w) for w in ws])}")
    return expr


class SqliteSearch:
    name = "sqlite"
    capabilities: frozenset[str] = frozenset()

    def __init__(self, store: Store):
        self.store = store

    # -- writes ----------------------------------------------------------
    def index(self, docs: Iterable[IndexDoc]) -> int:
        docs = list(docs)
        with self.store.transaction() as c:
            c.executemany("DELETE FROM documents_fts WHERE rowid=?", [(d.id,) for d in docs])
            return insert_fts_rows(c, "documents_fts", docs)

    def delete(self, ids: Iterable[int]) -> None:
        with self.store.transaction() as c:
            c.executemany("DELETE FROM documents_fts WHERE rowid=?", [(i,) for i in ids])

    def refresh(self) -> None:
        pass

    def count(self) -> int:
        return self.store.conn.execute("SELECT count(*) FROM documents_fts").fetchone()[0]

    def health(self) -> dict:
        try:
            return {"ok": True, "backend": self.name, "documents": self.count()}
        except Exception as e:  # health must answer, whatever the state
            return {"ok": False, "backend": self.name, "error": str(e)}

    # -- reads -----------------------------------------------------------
    def rebuild(self, store: Store, progress: Progress | None = None) -> int:
        """All FTS rows again, in one transaction (WAL readers see the old rows until it commits)."""
        total = store.count_documents()
        n = 0
        with store.transaction() as c:
            c.execute("DELETE FROM documents_fts")
            for batch in batches(store.iter_index_docs(), 500):
                n += insert_fts_rows(c, "documents_fts", batch)
                if progress:
                    progress(n, total)
        if progress:
            progress(n, total)
        return n

    def search(self, query: SearchQuery) -> SearchResult:
        pq = parse_query(query.q)
        if pq.only_excluded:
            return SearchResult(total=0, page=query.page, size=query.size, hits=[], facets={})
        where, params = _filters(query)
        conn = self.store.conn
        if pq.empty:
            base, score_sql = f"FROM documents d INDEXED BY documents_search_cover WHERE 1=1 {where}", "0.0"
        else:
            base = (f"FROM documents_fts JOIN documents d INDEXED BY documents_search_cover "
                    f"ON d.id = documents_fts.rowid "
                    f"WHERE documents_fts MATCH ? {where}")
            params = [match_expression(pq), *params]
            score_sql = f"-{_BM25}"
        # One pass over the match set gives the total, the facets and the ranking; only the page's
        # rows are then read whole (sorting full rows would copy every matching text).
        matched = conn.execute(
            f"SELECT d.id, d.province, d.doc_type, d.issuer, d.date, {score_sql} {base}", params).fetchall()
        start = (query.page - 1) * query.size
        page_ids = [m[0] for m in sorted(matched, key=_sort_key(query.sort, pq.empty))[start:start + query.size]]
        scores = {m[0]: m[5] for m in matched}
        by_id = {r["id"]: r for r in conn.execute(
            f"SELECT * FROM documents WHERE id IN ({','.join('?' * len(page_ids))})", page_ids)} if page_ids else {}
        hits = [_hit(by_id[i], scores[i], self.store, pq) for i in page_ids]
        return SearchResult(total=len(matched), page=query.page, size=query.size, hits=hits,
                            facets=self._facets(matched) if matched else {})

    def _facets(self, matched: list) -> dict[str, list[FacetValue]]:
        """Counted from the one pass over the match set; indices from their table."""
        counters = {
            "province": Counter(map(itemgetter(1), matched)),
            "type": Counter(map(itemgetter(2), matched)),
            "issuer": Counter(map(itemgetter(3), matched)),
            "year": Counter(d[:4] for d in map(itemgetter(4), matched) if d),
            "index": Counter(),
        }
        ids = json.dumps([m[0] for m in matched])
        counters["index"].update(dict(self.store.conn.execute(
            "SELECT name, count(*) FROM document_indices WHERE document_id IN (SELECT value FROM json_each(?)) "
            "GROUP BY name", (ids,)).fetchall()))
        return {name: [FacetValue(value=v, count=n) for v, n in sorted(
                    ((v, n) for v, n in c.items() if v), key=lambda x: (-x[1], x[0]))[:20]]
                for name, c in counters.items()}


def _filters(q: SearchQuery) -> tuple[str, list]:
    sql, params = [], []
    if q.province:                      # a post-2025 unit covers the provinces merged into it
        fam = [key(p) for p in province_family(q.province)] or [key(q.province)]
        sql.append(f"d.province_key IN ({','.join('?' * len(fam))})"); params.extend(fam)
    if q.type:
        sql.append("d.type_key = ?"); params.append(key(q.type))
    if q.issuer:
        sql.append("d.issuer_key LIKE ? ESCAPE '\\'")
        params.append("%" + key(q.issuer).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    if q.index:
        # A set computed once: a correlated EXISTS was planned as a scan of the index's rows per match.
        sql.append("d.id IN (SELECT document_id FROM document_indices WHERE name_key = ?)")
        params.append(key(q.index))
    if q.date_from:
        sql.append("d.date >= ?"); params.append(q.date_from.isoformat())
    if q.date_to:
        sql.append("d.date <= ?"); params.append(q.date_to.isoformat())
    if q.min_relevance is not None:
        sql.append("d.relevance >= ?"); params.append(q.min_relevance)
    if q.doc_ids is not None:
        sql.append(f"d.id IN ({','.join('?' * len(q.doc_ids)) or 'NULL'})"); params.extend(q.doc_ids)
    return "".join(" AND " + s for s in sql), params


def _sort_key(sort: str, no_query: bool):
    """Relevance: score, then newest id; date (and a query-less listing): newest first."""
    if sort == "date" or no_query:
        return lambda m: (m[4] is None, _neg_date(m[4]), -m[5], -m[0])
    return lambda m: (-m[5], -m[0])


def _neg_date(day: str | None) -> tuple:
    return tuple(-ord(c) for c in day) if day else ()


def _hit(r, score: float, store: Store, pq: ParsedQuery) -> SearchHit:
    return SearchHit(
        id=r["id"], url=r["url"], title=r["title"], doc_number=r["doc_number"], doc_type=r["doc_type"],
        issuer=r["issuer"], province=r["province"], indices=store.document_indices(r["id"]),
        date=r["date"], score=float(score), snippet=make_snippet(r["text"], pq),
    )
