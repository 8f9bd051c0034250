"""Matching new and changed documents against every active subscription, and putting the
alerts into the outbox.

Matchers (one protocol, pick with `matcher_for(backend)`):
- `SqliteMatcher` (default): the batch of new documents goes into a temporary in-memory FTS5
  index built exactly like the store's (same tokenizer, same folded columns), and each distinct
  query unit (word or phrase) is looked up once for the whole batch; a saved query's hits are
  the intersection of its units minus its excluded words -- the same set `SqliteSearch.search`
  returns for that query restricted to these documents (`SearchQuery.doc_ids`), which the
  tests check against `SearchMatcher`.
- `SearchMatcher`: runs each saved query through any `SearchBackend` with `doc_ids` set to the
  batch. Slow for many subscriptions, but backend-agnostic; it is the reference.
- Elasticsearch: `alerts.percolator.PercolatorMatcher` registers the saved queries in a
  percolator index and percolates the batch (used when the backend is Elasticsearch).
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Iterable, Protocol, Sequence

from alerts.config import AlertConfig, alert_config
from alerts.criteria import Criterion, catalog, first_keyword, folded_text
from alerts.models import Subscription
from alerts.schedule import next_digest_at, ts
from alerts import subscriptions as subs_db
from extractors.normalize import fold
from store.backend import SearchBackend
from store.fts import _quote
from store.models import IndexDoc, SearchQuery, UpsertOutcome
from store.query import ParsedQuery, parse_query
from store.sqlite import Store, key


@dataclass
class DocInfo:
    doc: IndexDoc
    version: int
    change: str                      # new | changed

    @property
    def id(self) -> int:
        return self.doc.id


@dataclass(slots=True)
class Match:
    subscription: Subscription
    doc: DocInfo
    reason_json: str = "{}"          # why it matched, kept as JSON: built once per distinct reason

    @property
    def reason(self) -> dict:
        return json.loads(self.reason_json)


class Matcher(Protocol):
    def match(self, docs: Sequence[DocInfo], subs: Sequence[Subscription]) -> list[Match]:
        """Every (subscription, document) pair where the document satisfies the saved query and filters."""


# -- filters (shared by every matcher) --------------------------------------------------------
class _FilterIndex:
    """Per batch: which documents have which province, type, index, issuer, criterion."""

    def __init__(self, docs: Sequence[DocInfo], criteria: dict[str, Criterion]):
        self.docs = {d.id: d for d in docs}
        self.all = frozenset(self.docs)
        self.province: dict[str, set[int]] = {}
        self.type: dict[str, set[int]] = {}
        self.index: dict[str, set[int]] = {}
        for d in docs:
            if d.doc.province:
                self.province.setdefault(key(d.doc.province), set()).add(d.id)
            if d.doc.doc_type:
                self.type.setdefault(key(d.doc.doc_type), set()).add(d.id)
            for name in d.doc.indices:
                self.index.setdefault(key(name), set()).add(d.id)
        self._issuer_keys = {d.id: key(d.doc.issuer) or "" for d in docs}
        self._issuer: dict[str, frozenset[int]] = {}
        self._criteria = criteria
        self._folded: dict[int, str] = {}
        self._criterion: dict[str, dict[int, str]] = {}
        self._cache: dict[tuple, frozenset[int]] = {}
        self._reasons: dict[tuple, str] = {}

    def issuer(self, needle: str) -> frozenset[int]:
        k = key(needle) or ""
        if k not in self._issuer:
            self._issuer[k] = frozenset(i for i, v in self._issuer_keys.items() if k in v)
        return self._issuer[k]

    def criterion(self, cid: str) -> dict[int, str]:
        """doc id -> the keyword that made it evidence for the criterion."""
        if cid not in self._criterion:
            crit = self._criteria.get(cid)
            hits = {}
            if crit is not None:
                for i, d in self.docs.items():
                    if i not in self._folded:
                        self._folded[i] = folded_text(d.doc.title, d.doc.text)
                    kw = first_keyword(crit, self._folded[i])
                    if kw:
                        hits[i] = kw
            self._criterion[cid] = hits
        return self._criterion[cid]

    def allowed(self, sub: Subscription) -> frozenset[int]:
        f = sub.filters
        cache_key = (tuple(f.provinces), tuple(f.types), tuple(f.issuers), tuple(f.indices), tuple(f.criteria))
        if cache_key in self._cache:
            return self._cache[cache_key]
        ids = self.all
        if f.provinces:
            ids = ids & set().union(*(self.province.get(key(p), set()) for p in f.provinces))
        if f.types and ids:
            ids = ids & set().union(*(self.type.get(key(t), set()) for t in f.types))
        if f.indices and ids:
            ids = ids & set().union(*(self.index.get(key(x), set()) for x in f.indices))
        if f.issuers and ids:
            ids = ids & frozenset().union(*(self.issuer(x) for x in f.issuers))
        if f.criteria and ids:
            ids = ids & set().union(*(set(self.criterion(c)) for c in f.criteria))
        self._cache[cache_key] = frozenset(ids)
        return self._cache[cache_key]

    def reason_json(self, sub: Subscription, doc_id: int, pq: ParsedQuery) -> str:
        """JSON of `reason`, shared by every match with the same query, filter kinds and values."""
        f = sub.filters
        info = self.docs[doc_id]
        d = info.doc
        ck = (sub.query, info.change,
              d.province if f.provinces else None, d.doc_type if f.types else None,
              d.issuer if f.issuers else None,
              (tuple(f.indices), tuple(d.indices)) if f.indices else None,
              (tuple(f.criteria), doc_id) if f.criteria else None)
        got = self._reasons.get(ck)
        if got is None:
            got = self._reasons[ck] = json.dumps(self.reason(sub, doc_id, pq), ensure_ascii=False)
        return got

    def reason(self, sub: Subscription, doc_id: int, pq: ParsedQuery) -> dict:
        d = self.docs[doc_id].doc
        f = sub.filters
        filters = {}
        if f.provinces:
            filters["province"] = d.province
        if f.types:
            filters["type"] = d.doc_type
        if f.issuers:
            filters["issuer"] = d.issuer
        if f.indices:
            wanted = {key(x) for x in f.indices}
            filters["indices"] = [n for n in d.indices if key(n) in wanted]
        crits = []
        for cid in f.criteria:
            kw = self.criterion(cid).get(doc_id)
            if kw:
                crit = self._criteria[cid]
                crits.append({"id": cid, "name": crit.name, "keyword": kw})
        return {"query": sub.query, "terms": [" ".join(u) for u in _units(pq)], "excluded": pq.excluded,
                "filters": filters, "criteria": crits, "change": self.docs[doc_id].change}


def _units(pq: ParsedQuery) -> list[list[str]]:
    return [[t] for t in pq.terms] + pq.phrases


# -- SQLite: temporary FTS5 index of the batch -------------------------------------------------
class SqliteMatcher:
    name = "sqlite-batch-fts"

    def __init__(self, cfg: AlertConfig | None = None):
        self.cfg = cfg or alert_config()

    def match(self, docs: Sequence[DocInfo], subs: Sequence[Subscription]) -> list[Match]:
        if not docs or not subs:
            return []
        conn = sqlite3.connect(":memory:")
        try:
            conn.execute("CREATE VIRTUAL TABLE t USING fts5(title, body, title_f, body_f, "
                         "tokenize = 'unicode61 remove_diacritics 0')")
            conn.executemany("INSERT INTO t(rowid, title, body, title_f, body_f) VALUES (?,?,?,?,?)",
                             [(d.id, d.doc.title, d.doc.text, fold(d.doc.title), fold(d.doc.text)) for d in docs])
            filters = _FilterIndex(docs, catalog(self.cfg.criteria_dir) if any(s.filters.criteria for s in subs) else {})
            unit_hits: dict[str, frozenset[int]] = {}

            def hits(words: list[str]) -> frozenset[int]:
                expr = "{title_f body_f}: " + _quote([fold(w) for w in words])
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
                        for u in sorted(_units(pq), key=len, reverse=True):
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


# -- any backend: the saved query restricted to the batch ----------------------------------------
class SearchMatcher:
    name = "search-doc-ids"

    def __init__(self, backend: SearchBackend, cfg: AlertConfig | None = None):
        self.backend = backend
        self.cfg = cfg or alert_config()

    def match(self, docs: Sequence[DocInfo], subs: Sequence[Subscription]) -> list[Match]:
        if not docs or not subs:
            return []
        filters = _FilterIndex(docs, catalog(self.cfg.criteria_dir) if any(s.filters.criteria for s in subs) else {})
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


def matcher_for(backend: SearchBackend | None, cfg: AlertConfig | None = None) -> Matcher:
    """The percolator on Elasticsearch, the batch FTS index otherwise."""
    if backend is not None and getattr(backend, "name", "") == "elasticsearch":
        from alerts.percolator import PercolatorMatcher  # imports this module: only once it is loaded
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
            "link": f"{cfg.public_base_url.rstrip('/')}/documents/{doc.id}"}


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
