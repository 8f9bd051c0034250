"""Matching through any SearchBackend: each saved query runs with `doc_ids` set to the batch. Slow
for many subscriptions, but backend-agnostic; it is the reference the other matchers are tested against."""
from __future__ import annotations

from typing import Sequence

from alerts.config import AlertConfig, alert_config
from alerts.criteria import catalog
from alerts.matcher import DocInfo, FilterIndex, Match
from alerts.models import Subscription
from store.backend import SearchBackend
from store.models import SearchQuery
from store.query import parse_query


class SearchMatcher:
    name = "search-doc-ids"

    def __init__(self, backend: SearchBackend, cfg: AlertConfig | None = None):
        self.backend = backend
        self.cfg = cfg or alert_config()

    def match(self, docs: Sequence[DocInfo], subs: Sequence[Subscription]) -> list[Match]:
        if not docs or not subs:
            return []
        filters = FilterIndex(docs, catalog(self.cfg.criteria_dir) if any(s.filters.criteria for s in subs) else {})
        ids = sorted(filters.all)
        out = []
        for sub in subs:
            found: set[int] = set()
            page = 1
            while True:
                res = self.backend.search(SearchQuery(q=sub.query, doc_ids=ids, page=page, size=100))
                found.update(h.id for h in res.hits)
                if page * 100 >= res.total or not res.hits:
                    break
                page += 1
            pq = parse_query(sub.query)
            for doc_id in sorted(found & filters.allowed(sub)):
                out.append(Match(sub, filters.docs[doc_id], filters.reason_json(sub, doc_id, pq)))
        return out
