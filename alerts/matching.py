"""Matching new and changed documents against every active subscription, and putting the
alerts into the outbox.

Matchers (one interface, alerts.matcher.Matcher; `matcher_for(backend)` picks one):
- `alerts.sqlite_matcher.SqliteMatcher` (default): a temporary FTS5 index of the batch;
- `alerts.percolator.PercolatorMatcher`: for backends that can percolate (Elasticsearch);
- `alerts.search_matcher.SearchMatcher`: any SearchBackend, query by query (the reference).
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Iterable

from alerts import subscriptions as subs_db
from alerts.config import AlertConfig, alert_config
from alerts.matcher import DocInfo, Match, Matcher
from alerts.models import Subscription
from alerts.percolator import PercolatorMatcher
from alerts.schedule import next_digest_at, ts
from alerts.sqlite_matcher import SqliteMatcher
from store.backend import PERCOLATE, SearchBackend
from store.models import UpsertOutcome
from store.sqlite import Store


def matcher_for(backend: SearchBackend | None, cfg: AlertConfig | None = None) -> Matcher:
    """The percolator on Elasticsearch, the batch FTS index otherwise."""
    if backend is not None and PERCOLATE in backend.capabilities:
        return PercolatorMatcher(backend, cfg)
    return SqliteMatcher(cfg)


# -- the entry point the ingest / crawl path calls -----------------------------------------------
def idem_key(sub: Subscription, doc_id: int, version: int) -> str:
    base = f"s{sub.id}-d{doc_id}"
    return f"{base}-v{version}" if sub.on_changes else base


def snapshot(d: DocInfo, cfg: AlertConfig) -> dict:
    doc = d.doc
    return {"id": doc.id, "url": doc.url, "title": doc.title, "number": doc.doc_number, "type": doc.doc_type,
            "date": doc.date.isoformat() if doc.date else None, "issuer": doc.issuer, "province": doc.province,
            "indices": doc.indices, "version": d.version,
            "link": f"{cfg.public_base_url.rstrip('/')}/van-ban/{doc.id}"}    # the page, not the JSON


def _load_docs(store: Store, wanted: dict[int, str | None]) -> list[DocInfo]:
    if not wanted:
        return []
    out = []
    versions = {}
    ids = list(wanted)
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        versions.update(store.conn.execute(
            f"SELECT id, version FROM documents WHERE id IN ({','.join('?' * len(chunk))})", chunk).fetchall())
    for doc in store.iter_index_docs([i for i in ids if i in versions]):
        v = versions[doc.id]
        change = wanted[doc.id] or ("new" if v == 1 else "changed")
        out.append(DocInfo(doc, v, change))
    return out


def enqueue(store: Store, matches: Iterable[Match], cfg: AlertConfig, *, now: datetime | None = None,
            done_queue: dict[int, int] | None = None) -> int:
    """Put matches into the outbox (one row per idempotency key; known keys are skipped) and,
    in the same transaction, take the matched documents off the alert queue."""
    now = now or datetime.now(timezone.utc)
    digest_at = ts(next_digest_at(now, cfg.digest_hour))
    n = ts(now)
    snapshots: dict[tuple[int, int], str] = {}
    rows = []
    for m in matches:
        sub = m.subscription
        if sub.channel == "atom":
            status, due, delivered = "delivered", n, n   # delivery = appearing in the feed
        else:
            status, due, delivered = "pending", digest_at if sub.digest else n, None
        snap = snapshots.get((m.doc.id, m.doc.version))
        if snap is None:
            snap = snapshots[(m.doc.id, m.doc.version)] = json.dumps(snapshot(m.doc, cfg), ensure_ascii=False)
        rows.append((sub.id, m.doc.id, m.doc.version, m.doc.change, idem_key(sub, m.doc.id, m.doc.version),
                     sub.channel, status, m.reason_json, snap, due, n, delivered))
    with store.transaction() as c:
        before = c.total_changes
        c.executemany(
            "INSERT OR IGNORE INTO alert_deliveries(subscription_id, document_id, doc_version, change, idem_key, "
            "channel, status, reason, document, next_attempt_at, created_at, delivered_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        added = c.total_changes - before
        if done_queue:
            c.executemany("DELETE FROM alert_queue WHERE document_id=? AND version<=?", list(done_queue.items()))
    return added


def match_new_documents(store: Store, backend: SearchBackend | None = None,
                        outcomes_or_doc_ids: Iterable[UpsertOutcome | int] | None = None, *,
                        cfg: AlertConfig | None = None, matcher: Matcher | None = None,
                        batch: int = 1000) -> int:
    """Match new and changed documents against every active subscription and enqueue the alerts.

    `outcomes_or_doc_ids`: UpsertOutcome objects (unchanged ones are skipped) or document ids;
    None drains the durable alert queue (every document stored or changed since the last run,
    filled by triggers in the store). Returns how many deliveries were added to the outbox;
    a (subscription, document[, version]) pair already there is never added twice."""
    cfg = cfg or alert_config()
    matcher = matcher or matcher_for(backend, cfg)
    if outcomes_or_doc_ids is None:
        return _drain_queue(store, matcher, cfg, batch)
    wanted: dict[int, str | None] = {}
    for o in outcomes_or_doc_ids:
        if isinstance(o, UpsertOutcome):
            if o.status != "unchanged":
                wanted[o.id] = o.status
        else:
            wanted.setdefault(int(o), None)
    subs = subs_db.list_all(store, active_only=True)
    ids = list(wanted)
    added = 0
    for i in range(0, len(ids), batch):
        chunk = {k: wanted[k] for k in ids[i:i + batch]}
        docs = _load_docs(store, chunk)
        added += enqueue(store, matcher.match(docs, subs) if subs else [], cfg,
                         done_queue={d.id: d.version for d in docs})
    return added


def _drain_queue(store: Store, matcher: Matcher, cfg: AlertConfig, batch: int) -> int:
    added = 0
    subs = subs_db.list_all(store, active_only=True)
    last = 0
    while True:
        rows = store.conn.execute("SELECT document_id, version FROM alert_queue WHERE document_id>? "
                                  "ORDER BY document_id LIMIT ?", (last, batch)).fetchall()
        if not rows:
            return added
        last = rows[-1][0]
        docs = _load_docs(store, {r[0]: None for r in rows})
        present = {d.id for d in docs}
        done = {d.id: d.version for d in docs}
        done.update({r[0]: r[1] for r in rows if r[0] not in present})  # deleted meanwhile
        added += enqueue(store, matcher.match(docs, subs) if subs else [], cfg, done_queue=done)


def pending_queue(store: Store) -> int:
    return store.conn.execute("SELECT count(*) FROM alert_queue").fetchone()[0]
