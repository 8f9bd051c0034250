"""Matching on SQLite: the batch of new documents goes into a temporary in-memory FTS5 index built
exactly like the store's (same tokenizer, same folded columns), and each distinct query unit (word
or phrase) is looked up once for the whole batch; a saved query's hits are the intersection of its
units minus its excluded words -- the same set `SqliteSearch.search` returns for that query
restricted to these documents, which the tests check against `SearchMatcher`."""
from __future__ import annotations

import sqlite3
from typing import Sequence

from alerts.config import AlertConfig, alert_config
from alerts.criteria import catalog
from alerts.matcher import DocInfo, FilterIndex, Match, units
from alerts.models import Subscription
from extractors.normalize import fold
from store.fts import create_fts_table, fts_phrase, insert_fts_rows
from store.query import ParsedQuery, parse_query


class SqliteMatcher:
    name = "sqlite-batch-fts"

    def __init__(self, cfg: AlertConfig | None = None):
        self.cfg = cfg or alert_config()

    def match(self, docs: Sequence[DocInfo], subs: Sequence[Subscription]) -> list[Match]:
        if not docs or not subs:
            return []
        conn = sqlite3.connect(":memory:")
        try:
            create_fts_table(conn, "t")
            insert_fts_rows(conn, "t", [d.doc for d in docs])
            filters = FilterIndex(docs, catalog(self.cfg.criteria_dir) if any(s.filters.criteria for s in subs) else {})
            unit_hits: dict[str, frozenset[int]] = {}

            def hits(words: list[str]) -> frozenset[int]:
                expr = "{title_f body_f}: " + fts_phrase([fold(w) for w in words])
                if expr not in unit_hits:
                    unit_hits[expr] = frozenset(r[0] for r in conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (expr,)))
                return unit_hits[expr]

            parsed: dict[str, ParsedQuery] = {}
            by_query: dict[str, frozenset[int]] = {}
            out: list[Match] = []
            for sub in subs:
                if sub.query not in by_query:
                    pq = parsed[sub.query] = parse_query(sub.query)
                    if pq.empty:
                        ids = filters.all
                    else:
                        ids = filters.all
                        for u in sorted(units(pq), key=len, reverse=True):
                            ids = ids & hits(u)
                            if not ids:
                                break
                        for w in pq.excluded:
                            if ids:
                                ids = ids - hits([w])
                    by_query[sub.query] = ids
                ids = by_query[sub.query]
                if ids:
                    ids = ids & filters.allowed(sub)
                pq = parsed[sub.query]
                docs_by_id = filters.docs
                if sub.filters.empty():       # the reason depends only on the query and new/changed
                    per_change: dict[str, str] = {}
                    for doc_id in sorted(ids):
                        d = docs_by_id[doc_id]
                        rj = per_change.get(d.change)
                        if rj is None:
                            rj = per_change[d.change] = filters.reason_json(sub, doc_id, pq)
                        out.append(Match(sub, d, rj))
                else:
                    for doc_id in sorted(ids):
                        out.append(Match(sub, docs_by_id[doc_id], filters.reason_json(sub, doc_id, pq)))
            return out
        finally:
            conn.close()
