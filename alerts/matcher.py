"""The one interface every alert matcher implements, and what they share: the batch of documents
(DocInfo), a match with its reason, and the filters (province, type, index, issuer, criterion)
applied the same way whichever engine found the text matches."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Protocol, Sequence

from alerts.criteria import Criterion, first_keyword, folded_text
from alerts.models import Subscription
from extractors.places import province_family
from store.models import IndexDoc
from store.query import ParsedQuery
from store.sqlite import key


@dataclass
class DocInfo:
    doc: IndexDoc
    version: int
    change: str                      # new | changed
    queued_seq: int | None = None    # the store's queue number of this version (None: not queued)

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
class FilterIndex:
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
        cache_key = (tuple(f.provinces), tuple(f.types), tuple(f.issuers), tuple(f.indices), tuple(f.criteria),
                     f.min_relevance)
        if cache_key in self._cache:
            return self._cache[cache_key]
        ids = self.all
        if f.provinces:
            # a post-2025 unit covers the provinces merged into it (as the search filter does)
            ids = ids & set().union(*(self.province.get(key(q), set()) for p in f.provinces
                                      for q in (province_family(p) or [p])))
        if f.types and ids:
            ids = ids & set().union(*(self.type.get(key(t), set()) for t in f.types))
        if f.indices and ids:
            ids = ids & set().union(*(self.index.get(key(x), set()) for x in f.indices))
        if f.issuers and ids:
            ids = ids & frozenset().union(*(self.issuer(x) for x in f.issuers))
        if f.criteria and ids:
            ids = ids & set().union(*(set(self.criterion(c)) for c in f.criteria))
        if f.min_relevance is not None and ids:
            ids = ids & {i for i in ids if (self.docs[i].doc.relevance or 0.0) >= f.min_relevance}
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
        return {"query": sub.query, "terms": [" ".join(u) for u in units(pq)],
                "excluded": pq.excluded + [" ".join(p) for p in pq.excluded_phrases],
                "filters": filters, "criteria": crits, "change": self.docs[doc_id].change}


def units(pq: ParsedQuery) -> list[list[str]]:
    return [[t] for t in pq.terms] + pq.phrases
