"""A subscription with `min_relevance` is alerted about documents the crawler scored at least that
high and ignores the others, whichever matcher runs (issue 12: the filter had no test of its own)."""
from __future__ import annotations

import pytest

from alerts import match_new_documents
from alerts import subscriptions as subs_db
from alerts.models import Filters, SubscriptionIn
from alerts.search_matcher import SearchMatcher
from alerts.sqlite_matcher import SqliteMatcher
from alerts.tantivy_matcher import TantivyMatcher
from store.crawl_records import set_relevance
from store.ingest import ingest, sync_index
from tests.alerts.helpers import numbered

MATCHERS = {"default": lambda backend, cfg: None, "sqlite": lambda backend, cfg: SqliteMatcher(cfg),
            "search": lambda backend, cfg: SearchMatcher(backend, cfg), "tantivy": lambda backend, cfg: TantivyMatcher(cfg)}


def _crawled(store, backend, i: int, score: float):
    """Stored as the crawler's pipeline stores it: the document, then its relevance, then the index."""
    outcome = ingest(store, numbered(i), None)
    set_relevance(store, outcome.id, score, ["reform cue: cải cách hành chính"])
    sync_index(store, backend)
    return outcome


@pytest.mark.parametrize("which", sorted(MATCHERS))
def test_min_relevance_ignores_low_scores_and_matches_high_ones(store, backend, cfg, which):
    picky = subs_db.create(store, SubscriptionIn(name="Chỉ văn bản CCHC", query="cải cách hành chính", channel="atom",
                                                 filters=Filters(min_relevance=0.5)), cfg, actor="test")
    every = subs_db.create(store, SubscriptionIn(name="Mọi văn bản", query="cải cách hành chính", channel="atom"),
                           cfg, actor="test")
    low = _crawled(store, backend, 101, 0.2)
    high = _crawled(store, backend, 102, 0.9)
    edge = _crawled(store, backend, 103, 0.5)         # "at least": the threshold itself matches

    added = match_new_documents(store, backend, [low, high, edge], cfg=cfg, matcher=MATCHERS[which](backend, cfg))

    got = {(r[0], r[1]) for r in store.conn.execute("SELECT subscription_id, document_id FROM alert_deliveries")}
    assert {d for s, d in got if s == picky.id} == {high.id, edge.id}
    assert {d for s, d in got if s == every.id} == {low.id, high.id, edge.id}   # the query alone matches all three
    assert added == 5
