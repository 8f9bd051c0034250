"""Alerts: subscriptions (saved query + filters + channel), matching new and changed documents,
and at-least-once delivery by webhook, e-mail and Atom feed through a durable outbox.

The ingest/crawl path calls `match_new_documents(store, backend, outcomes)` after storing a
batch (or with None to drain the store's alert queue), then `deliver_due(store)`."""
from __future__ import annotations


def match_new_documents(store, backend=None, outcomes_or_doc_ids=None, **kw) -> int:
    from alerts.matching import match_new_documents as _match

    return _match(store, backend, outcomes_or_doc_ids, **kw)


def deliver_due(store, cfg=None, **kw) -> dict:
    from alerts.outbox import deliver_due as _deliver

    return _deliver(store, cfg, **kw)


__all__ = ["match_new_documents", "deliver_due"]
