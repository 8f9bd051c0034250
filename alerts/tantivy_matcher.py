"""Alert matching on the Tantivy engine: the batch of new documents goes into a small in-memory
Tantivy index with the very schema and analyzers of the search index, and each distinct saved
query is run against it through the same query plan as search (store.tantivy_query), so that an
alert and a search never disagree (folding, diacritic-aware phrases and exclusions, numbers)."""
from __future__ import annotations

from typing import Sequence

from alerts.config import AlertConfig, alert_config
from alerts.criteria import catalog
from alerts.matcher import DocInfo, FilterIndex, Match
from alerts.models import Subscription
from store.query import parse_query
from store.tantivy_backend import TantivyBackend


class TantivyMatcher:
    name = "tantivy-batch"

    def __init__(self, cfg: AlertConfig | None = None):
        self.cfg = cfg or alert_config()

    def match(self, docs: Sequence[DocInfo], subs: Sequence[Subscription]) -> list[Match]:
        if not docs or not subs:
            return []
        ram = TantivyBackend(None)
        ram.index([d.doc for d in docs])
        filters = FilterIndex(docs, catalog(self.cfg.criteria_dir) if any(s.filters.criteria for s in subs) else {})
        by_query: dict[str, frozenset[int]] = {}
        out: list[Match] = []
        for sub in subs:
            if sub.query not in by_query:
                pq = parse_query(sub.query)
                by_query[sub.query] = filters.all if pq.empty and not pq.only_excluded else ram.match_ids(pq)
            pq = parse_query(sub.query)
            for doc_id in sorted(by_query[sub.query] & filters.allowed(sub)):
                out.append(Match(sub, filters.docs[doc_id], filters.reason_json(sub, doc_id, pq)))
        return out
