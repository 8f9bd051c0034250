"""SearchBackend on Elasticsearch 8: the scale-out alternative to SQLite FTS5, same semantics.

Index layout: the alias `<prefix>-documents` points to one concrete index
`<prefix>-documents-v<N>-<timestamp>` made from the template in index_mappings/documents.v<N>.json.
`reindex` (store/reindex.py) builds a new concrete index and swaps the alias atomically.

Nothing talks to the cluster until it is used, so a process starts even when Elasticsearch is
down: writes and searches then raise BackendUnavailable (one line saying what to do), health()
answers {"ok": False, ...}, and ingest keeps the documents in the store's index queue.
"""
from __future__ import annotations

import json
import logging
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from itertools import islice
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable
from urllib.parse import urlsplit, urlunsplit

from elastic_transport import ConnectionError as TransportConnectionError
from elastic_transport import ConnectionTimeout, TransportError
from elasticsearch import ApiError, AuthenticationException, AuthorizationException, Elasticsearch, NotFoundError
from elasticsearch import helpers

from extractors.places import province_family
from store.backend import FACET_FIELDS, PERCOLATE, BackendUnavailable, Progress, batches
from store.models import FacetValue, IndexDoc, SearchHit, SearchQuery, SearchResult
from extractors.normalize import fold
from store.query import ParsedQuery, has_diacritics, parse_query
from store.snippets import make_snippet
from store.sqlite import Store, key

log = logging.getLogger(__name__)

MAPPING_VERSION = 1
OLD_INDEX_GRACE_S = 1.0   # searches that resolved the alias just before a swap may still read the old index
MAPPINGS_DIR = Path(__file__).resolve().parent.parent / "index_mappings"

# Field weights. Titles count more; the exact (diacritic) fields add more than the folded ones do,
# so that a document written with the query's diacritics outranks one that only matches folded.
# (Elasticsearch keeps term statistics per field, so a word rare in titles weighs a lot there:
# the exact boosts are higher than store/fts.py's bm25 weights to stay ahead of that.)
_FOLDED = ["title.folded^2", "text.folded^1"]
_EXACT = ["title^6", "text^3"]
W_BIGRAM_TEXT, W_BIGRAM_TITLE, W_RUN_TEXT, W_RUN_TITLE, W_NEAR, W_NUMBER = 2.0, 3.0, 3.0, 5.0, 1.0, 25.0
NEAR_SLOP = 4
RESCORE_WINDOW = 50      # matches of a relevance search that get the phrase boosts (store/elastic._rescore): the
                         # first pass must find this many, which costs more the larger it is
RECENCY_FACTOR = 2e-15   # per millisecond of the date: 1 + 2e-15 * 1.7e12 = 1.0034 for 2024
_FACET_FIELD = {"province": "province", "type": "doc_type", "issuer": "issuer", "index": "indices"}
_FACET_SIZE = 20
# index settings while a new index is built (create_index(building=True)), undone by finish_index
_BUILDING = {"refresh_interval": "-1", "translog.durability": "async"}
_SOURCE = ["id", "url", "title", "text", "doc_number", "doc_type", "issuer", "province", "indices", "date"]


def load_template(version: int = MAPPING_VERSION) -> dict:
    """The index template body of index_mappings/documents.v<version>.json."""
    path = MAPPINGS_DIR / f"documents.v{version}.json"
    body = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in body.items() if not k.startswith("_")}


def _public_url(url: str) -> str:
    """The URL without user:password, for messages."""
    parts = urlsplit(url)
    if parts.username or parts.password:
        host = parts.hostname or ""
        parts = parts._replace(netloc=host + (f":{parts.port}" if parts.port else ""))
    return urlunsplit(parts)


def doc_body(d: IndexDoc, indexed_at: str) -> dict:
    return {
        "id": d.id, "url": d.url, "source_id": d.source_id, "title": d.title, "text": d.text,
        "doc_number": d.doc_number, "doc_type": d.doc_type, "issuer": d.issuer, "province": d.province,
        "indices": d.indices, "date": d.date.isoformat() if d.date else None,
        "published_date": d.published_date.isoformat() if d.published_date else None,
        "fetched_at": d.fetched_at.isoformat() if d.fetched_at else None,
        "indexed_at": indexed_at, "relevance": d.relevance,
        "targets": [t for t in d.targets if isinstance(t, dict)],
    }


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


class ElasticBackend:
    name = "elasticsearch"
    capabilities = frozenset({PERCOLATE})

    def __init__(self, client: Elasticsearch, prefix: str = "parwatch", *, url: str = "",
                 shards: int | None = None, replicas: int | None = None, chunk_size: int = 500,
                 max_retries: int = 5, bulk_threads: int = 3):
        self.client = client
        self.prefix = prefix
        self.alias = f"{prefix}-documents"
        self.template = f"{prefix}-documents-v{MAPPING_VERSION}"
        self.url = url
        self.shards = shards
        self.replicas = replicas            # None: the template's auto_expand_replicas 0-1
        self.chunk_size = chunk_size
        self.max_retries = max_retries
        self.bulk_threads = bulk_threads
        self._ready = False

    @classmethod
    def from_settings(cls, settings, **kw) -> "ElasticBackend":
        """Client from PARWATCH_ES_URL (several URLs, comma-separated, are used in turn),
        PARWATCH_ES_API_KEY or PARWATCH_ES_USERNAME/PASSWORD, PARWATCH_ES_CA_CERTS; PARWATCH_ES_SHARDS:
        primary shards of the indices it creates (default: the template's one)."""
        hosts = [u.strip() for u in settings.es_url.split(",") if u.strip()]
        opts: dict = {"request_timeout": 30, "retry_on_timeout": True, "max_retries": 3}
        if settings.es_api_key:
            opts["api_key"] = settings.es_api_key
        elif settings.es_username:
            opts["basic_auth"] = (settings.es_username, settings.es_password or "")
        if settings.es_ca_certs:
            opts["ca_certs"] = str(settings.es_ca_certs)
        client = Elasticsearch(hosts, **opts)
        kw.setdefault("shards", getattr(settings, "es_shards", None))
        return cls(client, settings.es_index_prefix, url=", ".join(_public_url(h) for h in hosts), **kw)

    # -- errors ------------------------------------------------------------
    def _unavailable(self, e: Exception) -> BackendUnavailable:
        where = self.url or "the configured cluster"
        if isinstance(e, (AuthenticationException, AuthorizationException)):
            what = f"refused the credentials ({e.meta.status}); check PARWATCH_ES_API_KEY or PARWATCH_ES_USERNAME/PASSWORD"
        else:
            reason = str(getattr(e, "message", "") or e).splitlines()[0][:160]
            what = f"cannot be reached ({type(e).__name__}: {reason}); start it (make es) or fix PARWATCH_ES_URL"
        return BackendUnavailable(f"Elasticsearch at {where} {what}; documents stay queued in the store "
                                  f"and `parwatch reindex` catches up")

    def _call(self, fn: Callable, *a, **kw):
        try:
            return fn(*a, **kw)
        except (TransportConnectionError, ConnectionTimeout, AuthenticationException, AuthorizationException) as e:
            raise self._unavailable(e) from e
        except ApiError as e:
            if e.meta.status in (502, 503, 504):     # no master / node shutting down / gateway
                raise self._unavailable(e) from e
            raise
        except TransportError as e:
            raise self._unavailable(e) from e

    # -- index management ----------------------------------------------------
    def put_template(self) -> None:
        body = load_template()
        body["index_patterns"] = [f"{self.prefix}-documents-v{MAPPING_VERSION}-*"]
        self._call(self.client.indices.put_index_template, name=self.template, **body)

    def new_index_name(self) -> str:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%d%H%M%S%f")
        return f"{self.prefix}-documents-v{MAPPING_VERSION}-{stamp}"

    def create_index(self, name: str, *, building: bool = False) -> None:
        """A concrete index from the template; `building` turns refresh off until finish_index."""
        self.put_template()
        settings: dict = {}
        if self.shards:
            settings["number_of_shards"] = self.shards
        if self.replicas is not None:
            settings["auto_expand_replicas"] = False
            settings["number_of_replicas"] = self.replicas
        if building:      # a rebuild nobody searches yet: no refreshes, no copies, no fsync per request
            settings.update(_BUILDING)
            if self.replicas is None:
                settings["auto_expand_replicas"] = False
                settings["number_of_replicas"] = 0
        self._call(self.client.indices.create, index=name, settings={"index": settings} if settings else None,
                   wait_for_active_shards="1")

    def finish_index(self, name: str) -> None:
        """Undo create_index(building=True): the template's refresh, durability and replicas again."""
        index = load_template()["template"]["settings"]["index"]
        restore = {k: index.get(k) for k in _BUILDING}
        if self.replicas is None:
            restore.update(auto_expand_replicas=index.get("auto_expand_replicas"),
                           number_of_replicas=index.get("number_of_replicas"))
        self._call(self.client.indices.put_settings, index=name, settings={"index": restore})
        self._call(self.client.indices.refresh, index=name)

    def current_indices(self) -> list[str]:
        try:
            return sorted(self._call(self.client.indices.get_alias, name=self.alias).body)
        except NotFoundError:
            return []

    def ensure_index(self) -> None:
        """Create the first concrete index and the alias, once, if there is none."""
        if self._ready:
            return
        if not self.current_indices():
            name = self.new_index_name()
            self.create_index(name)
            try:
                self._call(self.client.indices.update_aliases,
                           actions=[{"add": {"index": name, "alias": self.alias, "is_write_index": True}}])
            except ApiError:
                # another process made the alias first: keep theirs, drop ours
                self._call(self.client.indices.delete, index=name, ignore_unavailable=True)
                if not self.current_indices():
                    raise
            self._call(self.client.cluster.health, index=self.alias, wait_for_status="yellow", timeout="30s")
        self._ready = True

    def swap_alias(self, new: str) -> list[str]:
        """Point the alias at `new` in one atomic step; returns the indices it pointed to before."""
        old = self.current_indices()
        actions = [{"remove": {"index": o, "alias": self.alias}} for o in old]
        actions.append({"add": {"index": new, "alias": self.alias, "is_write_index": True}})
        self._call(self.client.indices.update_aliases, actions=actions)
        self._ready = True
        return old

    # -- writes ----------------------------------------------------------------
    def bulk_index(self, docs: Iterable[IndexDoc], index: str | None = None) -> int:
        """Bulk through the helpers, `bulk_threads` chunks in flight at once (the node analyses them
        in parallel), each chunk retried on rejection (429) with exponential back-off."""
        stamp = _now()
        target = index or self.alias

        def send(chunk: list[IndexDoc]) -> int:
            actions = ({"_op_type": "index", "_index": target, "_id": str(d.id), "_source": doc_body(d, stamp)}
                       for d in chunk)
            ok, errors = self._call(
                helpers.bulk, self.client, actions, chunk_size=self.chunk_size, max_chunk_bytes=20 * 1024 * 1024,
                max_retries=self.max_retries, initial_backoff=0.5, max_backoff=30, raise_on_error=False,
                raise_on_exception=True, stats_only=False,
            )
            for err in errors[:5]:
                log.warning("elasticsearch rejected document %s: %s", next(iter(err.values())).get("_id"),
                            json.dumps(next(iter(err.values())).get("error"), ensure_ascii=False)[:300])
            return ok

        done, it = 0, iter(docs)
        with ThreadPoolExecutor(self.bulk_threads) as pool:
            # `bulk_threads` chunks in flight; the next one leaves as soon as any returns (a whole
            # store is never held in memory, and one slow chunk does not stall the others)
            pending = set()
            while chunk := list(islice(it, self.chunk_size)):
                pending.add(pool.submit(send, chunk))
                if len(pending) >= self.bulk_threads:
                    finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                    done += sum(f.result() for f in finished)
            done += sum(f.result() for f in pending)
        return done

    def index(self, docs: Iterable[IndexDoc]) -> int:
        docs = list(docs)
        if not docs:
            return 0
        self.ensure_index()
        return self.bulk_index(docs)

    def delete(self, ids: Iterable[int]) -> None:
        ids = list(ids)
        if not ids:
            return
        self.ensure_index()
        actions = ({"_op_type": "delete", "_index": self.alias, "_id": str(i)} for i in ids)
        self._call(helpers.bulk, self.client, actions, chunk_size=self.chunk_size, max_retries=self.max_retries,
                   initial_backoff=0.5, max_backoff=30, raise_on_error=False)  # unknown ids: 404, ignored

    def refresh(self) -> None:
        try:
            self._call(self.client.indices.refresh, index=self.alias)
        except NotFoundError:
            pass

    def count(self) -> int:
        try:
            return int(self._call(self.client.count, index=self.alias)["count"])
        except NotFoundError:
            return 0

    def health(self) -> dict:
        out = {"ok": False, "backend": self.name, "url": self.url, "index": self.alias}
        try:
            c = self.client.options(request_timeout=3, max_retries=0)
            h = c.cluster.health()
            out.update(cluster=h["cluster_name"], status=h["status"], nodes=h["number_of_nodes"])
            try:
                out["documents"] = int(c.count(index=self.alias)["count"])
                out["indices"] = sorted(c.indices.get_alias(name=self.alias).body)
            except NotFoundError:
                out["documents"] = 0
            out["ok"] = h["status"] in ("green", "yellow")
            if not out["ok"]:
                out["error"] = f"cluster status {h['status']}"
        except Exception as e:  # health must answer, whatever the state
            out["error"] = str(self._unavailable(e)) if not isinstance(e, BackendUnavailable) else str(e)
        return out

    # -- reads -------------------------------------------------------------------
    def search(self, query: SearchQuery) -> SearchResult:
        """Two requests in one _msearch: the page (scored, no count, no facets, so Lucene may skip
        documents that cannot reach it) and the total with the facets (the same match set in filter
        context: nothing scored, and a size-0 request the shard request cache keeps until a refresh
        changes the index)."""
        pq = parse_query(query.q)
        if pq.only_excluded:
            return SearchResult(total=0, page=query.page, size=query.size, hits=[], facets={})
        filters = _filters(query)
        start = (query.page - 1) * query.size
        page: dict = {"from": start, "size": query.size, "track_total_hits": False, "_source": _SOURCE}
        if pq.empty:
            match = {"bool": {"filter": filters}} if filters else {"match_all": {}}
            page["query"] = match
            page["sort"] = [{"date": {"order": "desc", "missing": "_last"}}, {"id": "desc"}]
        elif query.sort == "relevance":
            # the phrase and proximity boosts cost a phrase lookup in every match of a broad query:
            # they score only the best RESCORE_WINDOW of the cheap query (whose matches are the same)
            page["query"] = match = _text_query(pq, filters, boosts=False)
            page["rescore"] = _rescore(pq, max(RESCORE_WINDOW, start + query.size))
        else:
            page["query"] = match = _text_query(pq, filters)
            # the score is the second sort key (returned in "sort"): track_scores would score every
            # collected document again
            page["sort"] = [{"date": {"order": "desc", "missing": "_last"}}, {"_score": "desc"}, {"id": "desc"}]
        counts = {"size": 0, "track_total_hits": True, "query": {"bool": {"filter": [match]}}, "aggs": _aggs()}
        try:
            res, agg = self._msearch(page, counts)
        except NotFoundError:
            return SearchResult(total=0, page=query.page, size=query.size, hits=[], facets={})
        total = agg["hits"]["total"]["value"]
        hits = [_hit(h, pq, pq.empty) for h in res["hits"]["hits"]]
        return SearchResult(total=total, page=query.page, size=query.size, hits=hits,
                            facets=_facets(agg.get("aggregations") or {}) if total else {})

    def _msearch(self, *bodies: dict) -> list[dict]:
        """The responses of `bodies` searched on the alias in one round trip; a body that failed is
        sent again alone, so that its error is raised as the client raises it (NotFoundError, ...)."""
        searches: list[dict] = []
        for body in bodies:
            searches += [{"index": self.alias}, body]
        out = self._call(self.client.msearch, searches=searches)["responses"]
        return [self._call(self.client.search, index=self.alias, **body) if "error" in r else r
                for r, body in zip(out, bodies)]

    def rebuild(self, store: Store, progress: Progress | None = None) -> int:
        """A new concrete index beside the live one, then the alias moved in one atomic step; writes to the
        old index meanwhile are copied over, deletions applied, and the old index dropped."""
        started = datetime.now(timezone.utc)
        total = store.count_documents()
        new = self.new_index_name()
        self.create_index(new, building=True)
        n = 0
        try:
            for batch in batches(store.iter_index_docs(), 1000):
                n += self.bulk_index(batch, index=new)
                if progress:
                    progress(n, total)
            self.finish_index(new)
            self._call(self.client.cluster.health, index=new, wait_for_status="yellow", timeout="60s")
        except BaseException:
            self._call(self.client.indices.delete, index=new, ignore_unavailable=True)
            raise
        old = self.swap_alias(new)
        # Catch up with writes that went to the old index while the new one was built ...
        since = started.isoformat(timespec="milliseconds")
        if old:
            changed = [int(h["_id"]) for h in helpers.scan(
                self.client, index=",".join(old), _source=False,
                query={"query": {"range": {"indexed_at": {"gte": since}}}})]
            if changed:
                self.bulk_index(store.iter_index_docs(changed), index=new)
        # ... and with documents deleted from the store meanwhile.
        present = set(store.document_ids())
        gone = [int(h["_id"]) for h in helpers.scan(self.client, index=new, _source=False,
                                                    query={"query": {"match_all": {}}})
                if int(h["_id"]) not in present]
        if gone:
            self.delete(gone)
        self.refresh()
        time.sleep(OLD_INDEX_GRACE_S)
        for o in old:
            self._call(self.client.indices.delete, index=o, ignore_unavailable=True)
        return n

    def text_query(self, pq: ParsedQuery, filters: list[dict] | None = None) -> dict:
        """The query DSL of a parsed search (alerts store it in the percolator)."""
        return _text_query(pq, filters or [])


def _unit_query(words: list[str], fields: list[str], boost: float = 1.0, slop: int = 0) -> dict:
    text = " ".join(words)
    if len(words) == 1:
        return {"multi_match": {"query": text, "fields": fields, "type": "best_fields", "operator": "and",
                                "boost": boost}}
    return {"multi_match": {"query": text, "fields": fields, "type": "phrase", "slop": slop, "boost": boost}}


def _number_query(words: list[str]) -> dict:
    """A document number typed in any spelling ("252 KH UBND") against the folded keyword."""
    pattern = "[^a-z0-9]+".join(_regexp_literal(fold(w).lower()) for w in words)
    return {"regexp": {"doc_number.key": {"value": pattern, "boost": W_NUMBER}}}


def _regexp_literal(word: str) -> str:
    return "".join(c if c.isalnum() else "\\" + c for c in word)


def _phrase_boosts(pq: ParsedQuery) -> list[dict]:
    """Neighbouring words found together, the whole run as a phrase or close together."""
    out = [_unit_query(b, ["text.folded"], W_BIGRAM_TEXT) for b in pq.bigrams()]
    out += [_unit_query(b, ["title.folded"], W_BIGRAM_TITLE) for b in pq.bigrams()]
    for run in pq.runs:
        if len(run) > 2:
            out += [_unit_query(run, ["text.folded"], W_RUN_TEXT), _unit_query(run, ["title.folded"], W_RUN_TITLE)]
        out.append(_unit_query(run, ["text.folded"], W_NEAR, NEAR_SLOP))
    return out


def _rescore(pq: ParsedQuery, window: int) -> list[dict]:
    """The phrase boosts added to the best `window` matches, then recency as the tie-breaker (the
    score times 1 + RECENCY_FACTOR x the date in ms since 1970: at most ~0.4 %, like Tantivy's)."""
    out = []
    boosts = _phrase_boosts(pq)
    if boosts:
        out.append({"window_size": window, "query": {"rescore_query": {"bool": {"should": boosts}},
                                                     "query_weight": 1.0, "rescore_query_weight": 1.0}})
    recency = {"function_score": {"query": {"match_all": {}}, "score_mode": "sum", "boost_mode": "replace",
                                  "functions": [{"weight": 1.0},
                                                {"field_value_factor": {"field": "date", "factor": RECENCY_FACTOR,
                                                                        "missing": 0}}]}}
    out.append({"window_size": window, "query": {"rescore_query": recency, "score_mode": "multiply",
                                                 "query_weight": 1.0, "rescore_query_weight": 1.0}})
    return out


def _text_query(pq: ParsedQuery, filters: list[dict], boosts: bool = True) -> dict:
    """Every unit (word or phrase) must match the folded fields (a phrase typed with diacritics:
    the exact fields); the same units on the exact fields add score, so that documents written
    with the query's diacritics rank first. Neighbouring words found together, the whole run as a
    phrase or close together (left to a rescore when `boosts` is False), and a matching document
    number add more (store/tantivy_query.py has the same rules)."""
    strict = [p for p in pq.phrases if any(has_diacritics(w) for w in p)]
    loose = [[t] for t in pq.terms] + [p for p in pq.phrases if p not in strict]
    should = [_unit_query(u, _EXACT) for u in loose]
    if boosts:
        should += _phrase_boosts(pq)
    should += [_number_query(seq) for seq in pq.number_like()]
    must_not = [_unit_query(ws, ["title", "text"] if any(has_diacritics(w) for w in ws) else
                            ["title.folded", "text.folded"])
                for ws in [[w] for w in pq.excluded] + pq.excluded_phrases]
    return {"bool": {
        "must": [_unit_query(u, _FOLDED) for u in loose] + [_unit_query(p, ["title", "text"]) for p in strict],
        "should": should, "must_not": must_not, "filter": filters,
    }}


def _filters(q: SearchQuery) -> list[dict]:
    out: list[dict] = []
    if q.province:                      # a post-2025 unit covers the provinces merged into it
        fam = [key(p) for p in province_family(q.province)] or [key(q.province)]
        out.append({"terms": {"province.key": fam}})
    if q.type:
        out.append({"term": {"doc_type.key": key(q.type)}})
    if q.issuer:
        pattern = key(q.issuer).replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?")
        out.append({"wildcard": {"issuer.key": {"value": f"*{pattern}*"}}})
    if q.index:
        out.append({"term": {"indices.key": key(q.index)}})
    if q.date_from or q.date_to:
        rng = {}
        if q.date_from:
            rng["gte"] = q.date_from.isoformat()
        if q.date_to:
            rng["lte"] = q.date_to.isoformat()
        out.append({"range": {"date": rng}})
    if q.min_relevance is not None:
        out.append({"range": {"relevance": {"gte": q.min_relevance}}})
    if q.doc_ids is not None:
        out.append({"terms": {"id": list(q.doc_ids)}})
    return out


def _aggs() -> dict:
    aggs = {name: {"terms": {"field": field, "size": _FACET_SIZE, "shard_size": 500,
                             "order": [{"_count": "desc"}, {"_key": "asc"}]}}
            for name, field in _FACET_FIELD.items()}
    aggs["year"] = {"date_histogram": {"field": "date", "calendar_interval": "year", "format": "yyyy",
                                       "min_doc_count": 1}}
    return aggs


def _facets(aggs: dict) -> dict[str, list[FacetValue]]:
    out: dict[str, list[FacetValue]] = {}
    for name in FACET_FIELDS:
        buckets = (aggs.get(name) or {}).get("buckets") or []
        values = [FacetValue(value=str(b.get("key_as_string", b["key"])), count=b["doc_count"])
                  for b in buckets if b["doc_count"] and b.get("key_as_string", b["key"]) != ""]
        out[name] = sorted(values, key=lambda f: (-f.count, f.value))[:_FACET_SIZE]
    return out


def _hit(h: dict, pq: ParsedQuery, no_text_query: bool) -> SearchHit:
    s = h["_source"]
    return SearchHit(
        id=s["id"], url=s["url"], title=s["title"], doc_number=s.get("doc_number"), doc_type=s.get("doc_type"),
        issuer=s.get("issuer"), province=s.get("province"), indices=sorted(s.get("indices") or []),
        date=s.get("date"), score=0.0 if no_text_query else float(_score(h)),
        snippet=make_snippet(s.get("text") or "", pq),
    )


def _score(h: dict) -> float:
    """The hit's score: `_score`, or the second sort value of a search sorted by date."""
    if h.get("_score") is not None:
        return h["_score"]
    sort = h.get("sort") or []
    return sort[1] if len(sort) > 1 and isinstance(sort[1], (int, float)) else 0.0


def wait_for(backend: ElasticBackend, status: str = "yellow", timeout: float = 60) -> None:
    """Wait until the cluster (and the alias, when present) reaches `status`."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            backend._call(backend.client.cluster.health, wait_for_status=status, timeout="5s")
            return
        except BackendUnavailable:
            if time.monotonic() > deadline:
                raise
            time.sleep(1)
