"""SearchBackend on SQLite FTS5, in the same file as the records (the embedded default)."""
from __future__ import annotations

import json
from collections import Counter
from typing import Iterable

from extractors.normalize import fold
from store.backend import FACET_FIELDS
from store.models import FacetValue, IndexDoc, SearchHit, SearchQuery, SearchResult
from store.query import ParsedQuery, parse_query
from store.snippets import make_snippet
from store.sqlite import Store, key

# bm25 weights for (title, body, title_f, body_f): titles count more, exact forms add to folded ones.
_BM25 = "bm25(documents_fts, 6.0, 1.5, 4.0, 1.0)"


def _quote(words: list[str]) -> str:
    return '"' + " ".join(w.replace('"', "") for w in words) + '"'


def match_expression(pq: ParsedQuery) -> str:
    """FTS5 MATCH string. Every unit must match in the folded columns; the same units on the
    exact columns are OR-ed in so that exact-diacritic documents collect more bm25 score."""
    units = [[t] for t in pq.terms] + pq.phrases
    folded = " AND ".join(f"{{title_f body_f}}: {_quote([fold(w) for w in u])}" for u in units)
    exact = " AND ".join(f"{{title body}}: {_quote(u)}" for u in units)
    expr = f"(({exact}) OR ({folded}))"
    for w in pq.excluded:
        expr += f" NOT {{title_f body_f}}: {_quote([fold(w)])}"
    return expr


class SqliteSearch:
    name = "sqlite"

    def __init__(self, store: Store):
        self.store = store

    # -- writes ----------------------------------------------------------
    def index(self, docs: Iterable[IndexDoc]) -> int:
        n = 0
        with self.store.transaction() as c:
            for d in docs:
                c.execute("DELETE FROM documents_fts WHERE rowid=?", (d.id,))
                c.execute(
                    "INSERT INTO documents_fts(rowid, title, body, title_f, body_f) VALUES (?,?,?,?,?)",
                    (d.id, d.title, d.text, fold(d.title), fold(d.text)),
                )
                n += 1
        return n

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
    def search(self, query: SearchQuery) -> SearchResult:
        pq = parse_query(query.q)
        where, params = _filters(query)
        conn = self.store.conn
        if pq.empty:
            base = f"FROM documents d WHERE 1=1 {where}"
            score_sql, order = "0.0", "d.date DESC, d.id DESC"
        else:
            base = (f"FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
                    f"WHERE documents_fts MATCH ? {where}")
            params = [match_expression(pq), *params]
            score_sql = f"-{_BM25}"
            order = "score DESC, d.id DESC" if query.sort == "relevance" else "d.date DESC, score DESC"
        if query.sort == "date":
            order = "d.date IS NULL, " + order
        matched = conn.execute(
            f"SELECT d.id, d.province, d.doc_type, d.issuer, substr(d.date, 1, 4) {base}", params).fetchall()
        rows = conn.execute(
            f"SELECT d.*, {score_sql} AS score {base} ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, query.size, (query.page - 1) * query.size],
        ).fetchall()
        words = pq.words()
        hits = [_hit(r, self.store, words) for r in rows]
        return SearchResult(total=len(matched), page=query.page, size=query.size, hits=hits,
                            facets=self._facets(matched) if matched else {})

    def _facets(self, matched: list) -> dict[str, list[FacetValue]]:
        """Counted from the one pass over the match set; indices from their table."""
        counters = {name: Counter() for name in FACET_FIELDS}
        for _, province, doc_type, issuer, year in matched:
            counters["province"][province] += 1
            counters["type"][doc_type] += 1
            counters["issuer"][issuer] += 1
            counters["year"][year] += 1
        ids = json.dumps([m[0] for m in matched])
        counters["index"].update(dict(self.store.conn.execute(
            "SELECT name, count(*) FROM document_indices WHERE document_id IN (SELECT value FROM json_each(?)) "
            "GROUP BY name", (ids,)).fetchall()))
        return {name: [FacetValue(value=v, count=n) for v, n in sorted(
                    ((v, n) for v, n in c.items() if v), key=lambda x: (-x[1], x[0]))[:20]]
                for name, c in counters.items()}


def _filters(q: SearchQuery) -> tuple[str, list]:
    sql, params = [], []
    if q.province:
        sql.append("d.province_key = ?"); params.append(key(q.province))
    if q.type:
        sql.append("d.type_key = ?"); params.append(key(q.type))
    if q.issuer:
        sql.append("d.issuer_key LIKE ? ESCAPE '\\'")
        params.append("%" + key(q.issuer).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
    if q.index:
        sql.append("EXISTS (SELECT 1 FROM document_indices i WHERE i.document_id = d.id AND i.name_key = ?)")
        params.append(key(q.index))
    if q.date_from:
        sql.append("d.date >= ?"); params.append(q.date_from.isoformat())
    if q.date_to:
        sql.append("d.date <= ?"); params.append(q.date_to.isoformat())
    if q.doc_ids is not None:
        sql.append(f"d.id IN ({','.join('?' * len(q.doc_ids)) or 'NULL'})"); params.extend(q.doc_ids)
    return "".join(" AND " + s for s in sql), params


def _hit(r, store: Store, words: list[str]) -> SearchHit:
    return SearchHit(
        id=r["id"], url=r["url"], title=r["title"], doc_number=r["doc_number"], doc_type=r["doc_type"],
        issuer=r["issuer"], province=r["province"], indices=store.document_indices(r["id"]),
        date=r["date"], score=float(r["score"]), snippet=make_snippet(r["text"], words),
    )
