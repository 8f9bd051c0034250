"""Matching on Elasticsearch with the percolator: the saved queries are stored as documents of
`<prefix>-alerts-percolator` (same analyzers and field mappings as the documents index, plus a
`percolator` field), and each batch of new documents is percolated against them in one request
per chunk. The text query is the very query `ElasticBackend.search` runs (`ElasticBackend.text_query`); the
filters (provinces, types, issuers, indices, criteria) are then applied to the hits exactly as on
SQLite, so both backends alert the same pairs.

The registered queries are re-synced when the set of (subscription id, query) changes: a
signature of that set is kept in the index, so several processes agree on it."""
from __future__ import annotations

import hashlib
import logging
from datetime import datetime, timezone
from typing import Sequence

from alerts.config import AlertConfig, alert_config
from alerts.matcher import DocInfo, FilterIndex, Match
from alerts.sqlite_matcher import SqliteMatcher
from store.query import parse_query
from alerts.criteria import catalog
from alerts.models import Subscription

META_ID = "__signature__"
log = logging.getLogger(__name__)


class PercolatorUnavailable(RuntimeError):
    """The cluster has no percolator module (e.g. a node started without modules/percolator)."""


class PercolatorMatcher:
    name = "es-percolator"

    def __init__(self, backend, cfg: AlertConfig | None = None, chunk: int = 100):
        from store import elastic

        self.elastic = elastic
        self.backend = backend
        self.client = backend.client
        self.index = f"{backend.prefix}-alerts-percolator"
        self.cfg = cfg or alert_config()
        self.chunk = chunk
        self._signature: str | None = None
        self.fallback: SqliteMatcher | None = None

    # -- the percolator index ------------------------------------------------------------------
    def ensure_index(self) -> None:
        c = self.client.options(ignore_status=404)
        if c.indices.exists(index=self.index):
            return
        template = self.elastic.load_template()["template"]
        mappings = dict(template["mappings"])
        props = dict(mappings.get("properties", {}))
        props["query"] = {"type": "percolator"}
        props["sub_id"] = {"type": "long"}
        props["signature"] = {"type": "keyword"}
        mappings["properties"] = props
        mappings.pop("dynamic", None)
        settings = {k: v for k, v in (template.get("settings") or {}).items()
                    if k in ("analysis", "index") or k.startswith("analysis")}
        try:
            self.client.indices.create(index=self.index, mappings=mappings, settings=settings)
        except Exception as e:
            if "mapper type [percolator]" in str(e):
                raise PercolatorUnavailable("this Elasticsearch has no percolator module") from None
            if "resource_already_exists" not in str(e):   # created meanwhile by another process
                raise

    @staticmethod
    def signature(subs: Sequence[Subscription]) -> str:
        h = hashlib.sha256()
        for s in sorted(subs, key=lambda s: s.id):
            h.update(f"{s.id}\x00{s.query}\x01".encode())
        return h.hexdigest()

    def sync(self, subs: Sequence[Subscription]) -> None:
        """Register the saved queries (subscriptions with an empty query match every document and
        need no percolation)."""
        self.ensure_index()
        sig = self.signature(subs)
        if sig == self._signature:
            return
        got = self.client.options(ignore_status=404).get(index=self.index, id=META_ID)
        if got.meta.status == 200 and got["_source"].get("signature") == sig:
            self._signature = sig
            return
        from elasticsearch import helpers

        actions, keep = [], set()
        for s in subs:
            pq = parse_query(s.query)
            if pq.empty:
                continue
            keep.add(s.id)
            actions.append({"_op_type": "index", "_index": self.index, "_id": str(s.id),
                            "_source": {"sub_id": s.id, "query": self.backend.text_query(pq)}})
        # (no _delete_by_query: not every distribution ships the reindex module)
        actions += [{"_op_type": "delete", "_index": self.index, "_id": str(i)}
                    for i in self._registered() - keep]
        if actions:
            helpers.bulk(self.client, actions, chunk_size=1000, refresh=True)
        self.client.index(index=self.index, id=META_ID, document={"signature": sig}, refresh=True)
        self._signature = sig

    def _registered(self) -> set[int]:
        ids: set[int] = set()
        search_after = None
        while True:
            kw = {"search_after": search_after} if search_after else {}
            res = self.client.search(index=self.index, size=5000, sort=[{"sub_id": "asc"}], _source=["sub_id"],
                                     query={"exists": {"field": "sub_id"}}, **kw)
            hits = res["hits"]["hits"]
            ids.update(int(h["_source"]["sub_id"]) for h in hits)
            if len(hits) < 5000:
                return ids
            search_after = hits[-1]["sort"]

    # -- matching --------------------------------------------------------------------------------
    def percolate(self, docs: Sequence[DocInfo]) -> dict[int, set[int]]:
        """sub id -> ids of the documents its saved query matches."""
        out: dict[int, set[int]] = {}
        stamp = datetime.now(timezone.utc).isoformat()
        for i in range(0, len(docs), self.chunk):
            part = docs[i:i + self.chunk]
            bodies = [self.elastic.doc_body(d.doc, stamp) for d in part]
            search_after = None
            while True:
                kw = {"search_after": search_after} if search_after else {}
                res = self.client.search(index=self.index, size=1000, sort=[{"sub_id": "asc"}], _source=["sub_id"],
                                         query={"percolate": {"field": "query", "documents": bodies}}, **kw)
                hits = res["hits"]["hits"]
                for h in hits:
                    slots = h.get("fields", {}).get("_percolator_document_slot", [])
                    out.setdefault(int(h["_source"]["sub_id"]), set()).update(part[s].id for s in slots)
                if len(hits) < 1000:
                    break
                search_after = hits[-1]["sort"]
        return out

    def match(self, docs: Sequence[DocInfo], subs: Sequence[Subscription]) -> list[Match]:
        if not docs or not subs:
            return []
        if self.fallback is None:
            try:
                self.sync(subs)
            except PercolatorUnavailable as e:
                # The batch matcher needs only the records store, so alerts go on, same filters.
                log.warning("%s: matching alerts with the SQLite batch matcher instead", e)
                self.fallback = SqliteMatcher(self.cfg)
        if self.fallback is not None:
            return self.fallback.match(docs, subs)
        hits = self.percolate(docs)
        filters = FilterIndex(docs, catalog(self.cfg.criteria_dir) if any(s.filters.criteria for s in subs) else {})
        out = []
        for sub in subs:
            pq = parse_query(sub.query)
            ids = filters.all if pq.empty else frozenset(hits.get(sub.id, ()))
            for doc_id in sorted(ids & filters.allowed(sub)):
                out.append(Match(sub, filters.docs[doc_id], filters.reason_json(sub, doc_id, pq)))
        return out

    def drop(self) -> None:
        self.client.options(ignore_status=404).indices.delete(index=self.index)
