"""SearchBackend on Tantivy (embedded Rust engine, `tantivy` bindings): the embedded default.

Layout on disk: `<dir>/current` is a symlink to `<dir>/index-<stamp>/`. Incremental writes go to
the current index (one short-lived writer per batch, so that a crawler and the web server can
both write); `rebuild` fills a new directory and swaps the symlink in one atomic rename. Readers
notice the swap on their next search. `TantivyBackend(None)` keeps the index in memory (alert
matching of a batch of new documents, with the same analyzer as search).
"""
from __future__ import annotations

import math
import os
import shutil
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

import tantivy
from tantivy import Order

from store.backend import FACET_FIELDS, IN_MEMORY_BATCH, BackendUnavailable, Progress
from store.models import FacetValue, IndexDoc, SearchHit, SearchQuery, SearchResult
from store.query import ParsedQuery, parse_query
from store.snippets import make_snippet
from store.tantivy_query import PREFIX_EXPANSIONS, plan
from store.tantivy_schema import INDEX_SEP, build_schema, register, to_document

_FACET_FIELD = {"province": "province", "type": "doc_type", "issuer": "issuer", "index": "index_set", "year": "year"}
_FACET_SIZE = 20
# index_set holds combinations of names: every one is needed to sum each name's count exactly
_FACET_AGGS = {name: {"terms": {"field": field, "size": 10_000 if name == "index" else 200}}
               for name, field in _FACET_FIELD.items()}
# a phrase query's page is ranked from this many best matches of its loosened form (Plan.window)
PHRASE_WINDOW = 200
# from this many documents a phrase's count and facet pass (positions read in every match, the
# longest pass) runs as two halves by id range, one per core: at 1M +3-5 % CPU, the pass in half
SPLIT_MIN_DOCS = 500_000
# from this many documents a phrase's window is looked for from the best by relevance alone
# (_certified_window): at 1M 59 -> 19 ms of CPU; at 100k the weighted search is as cheap (~2 ms
# more for the phrase query through the cheaper path, its fixed costs)
CERTIFY_MIN_DOCS = 500_000
# the page of a query without a phrase is split too when each of its words is in at least this
# share of the documents: Tantivy then drives each half with the id range (its cost estimate is
# 0.8 x the documents), not with a word, whose matches each half would otherwise read in full
SPLIT_LEAD = 0.8
# each half keeps more buckets than a whole pass, so that the summed counts of the values shown stay exact
_HALF_AGGS = {name: {"terms": {**a["terms"], "size": a["terms"]["size"] * 5}} for name, a in _FACET_AGGS.items()}
WRITER_HEAP = 64_000_000
# a rebuild's indexing memory (a cap, used as documents come): at 1M documents 1 GB gives 4
# segments instead of 9, fewer merges, ~9 % less CPU per document, peak RSS 874 -> 1,177 MB
REBUILD_HEAP = 1_000_000_000
# phrase pairs (setting `tantivy_phrase_pairs`, "auto"): an index built or rebuilt with at least this
# many documents gets the word-pair fields (see store.tantivy_schema.glued): at 1M its exact
# phrases are counted from rarer terms, at about twice the indexing CPU per document
PAIRS_MIN_DOCS = 500_000
PAIRS_MARKER = "parwatch-phrase-pairs"   # a file in an index directory built with them
LOCK_WAIT_S = 30.0
OLD_INDEX_GRACE_S = 1.0


_pool: tuple[int, ThreadPoolExecutor] | None = None
_pool_lock = threading.Lock()


def _passes() -> ThreadPoolExecutor:
    """Threads for the facet pass of searches (one per core: the passes are CPU work); made
    again in a forked child, which inherits the pool but not its threads."""
    global _pool
    with _pool_lock:
        if _pool is None or _pool[0] != os.getpid():
            _pool = (os.getpid(), ThreadPoolExecutor(max_workers=os.cpu_count() or 2,
                                                     thread_name_prefix="tantivy-facets"))
        return _pool[1]


def _facet_values(got: dict) -> dict:
    """The five facets from one terms aggregation pass over the match set (no scoring)."""
    out = {}
    for name in FACET_FIELDS:
        buckets = (got.get(name) or {}).get("buckets") or []
        counts: dict[str, int] = {}
        for b in buckets:
            if b["doc_count"]:
                for value in str(b["key"]).split(INDEX_SEP) if name == "index" else (str(b["key"]),):
                    counts[value] = counts.get(value, 0) + int(b["doc_count"])
        values = [FacetValue(value=v, count=c) for v, c in counts.items() if v != ""]
        out[name] = sorted(values, key=lambda f: (-f.count, f.value))[:_FACET_SIZE]
    return out


def _count(got: dict) -> int:
    """The matches of a facet pass: every document has one index_set value ("" for none) and
    the index facet keeps every bucket, so its counts add up to the total (a value_count
    aggregation beside it cost ~2 % of a phrase's pass)."""
    agg = got.get("index") or {}
    return sum(int(b["doc_count"]) for b in agg.get("buckets") or []) + int(agg.get("sum_other_doc_count") or 0)


class _Summed:
    """The result of two half passes as one: buckets concatenated (summed by value in
    _facet_values; the index facet's counts give the total, see _count)."""

    def __init__(self, halves):
        self._halves, self._got = halves, None

    def result(self) -> dict:
        if self._got is None:
            a, b = (h.result() for h in self._halves)
            self._got = {name: {"buckets": (a[name].get("buckets") or []) + (b[name].get("buckets") or [])}
                         for name in _FACET_AGGS}
            self._got["index"]["sum_other_doc_count"] = sum(h["index"].get("sum_other_doc_count") or 0 for h in (a, b))
        return self._got


def _text(stored) -> str:
    return bytes(stored).decode() if stored else ""


def _now() -> datetime:
    return datetime.now(timezone.utc)


class TantivyBackend:
    name = "tantivy"
    capabilities: frozenset[str] = frozenset({IN_MEMORY_BATCH})   # alerts: alerts.tantivy_matcher

    def __init__(self, path: str | Path | None, *, writer_threads: int = 0, phrase_pairs: str = "auto"):
        if phrase_pairs not in ("auto", "on", "off"):
            raise ValueError(f"phrase_pairs must be auto, on or off, not {phrase_pairs!r}")
        self.path = Path(path) if path is not None else None
        self.phrase_pairs = phrase_pairs
        self.schema = build_schema()
        self.writer_threads = writer_threads
        self._lock = threading.RLock()         # opening / swapping (short)
        self._write_lock = threading.Lock()    # one writer of this process at a time (long)
        self._index: tantivy.Index | None = None
        self._state: tuple | None = None       # (target, index, pairs), read together by _opened
        self._target: str | None = None
        self._pairs = False                    # whether self._index has the pair fields filled
        self._mid: tuple | None = None         # (index state, middle id): see _halves
        self._top_recency: float | None = None   # see _max_weight
        if self.path is None:
            self._index = register(tantivy.Index(self.schema))
            self._pairs = phrase_pairs == "on"

    def _pairs_for(self, expected: int | None) -> bool:
        """Whether an index built with `expected` documents (None: unknown) gets phrase pairs."""
        if self.phrase_pairs == "auto":
            return expected is not None and expected >= PAIRS_MIN_DOCS
        return self.phrase_pairs == "on"

    def has_pairs(self) -> bool:
        """Whether the current index was built with phrase pairs (its queries then use them)."""
        return self._opened()[1]

    # -- opening ------------------------------------------------------------
    @property
    def current_link(self) -> Path:
        return self.path / "current"

    def _open(self) -> tantivy.Index:
        return self._opened()[0]

    def _opened(self) -> tuple[tantivy.Index, bool]:
        """The index the `current` link points to and whether it has phrase pairs; made on first
        use; reopened after a swap."""
        if self.path is None:
            return self._index, self._pairs
        try:
            target = os.readlink(self.current_link)
        except FileNotFoundError:
            target = None
        except OSError as e:
            raise BackendUnavailable(f"cannot read the search index at {self.path}: {e}") from e
        state = self._state
        if target is not None and state is not None and target == state[0]:
            return state[1], state[2]          # the usual case: no lock, searches never wait on writes
        with self._lock:
            if target is None:
                target = self._create_current()
            if target != self._target or self._index is None:
                pairs = (self.path / target / PAIRS_MARKER).exists()
                self._set_current(target, self._load(self.path / target), pairs)
            return self._index, self._pairs

    def _set_current(self, target: str | None, index: tantivy.Index | None, pairs: bool) -> None:
        self._index, self._target, self._pairs = index, target, pairs
        # read whole without the lock: an index is never paired with another index's flag
        self._state = (target, index, pairs) if index is not None else None

    def _load(self, directory: Path) -> tantivy.Index:
        try:
            return register(tantivy.Index(self.schema, path=str(directory), reuse=True))
        except ValueError as e:
            raise BackendUnavailable(f"cannot open the search index {directory}: {e}; "
                                     f"rebuild it with `parwatch reindex`") from e

    def replace_stale(self) -> bool:
        """An index this version cannot open (built with another schema by an older parwatch) is
        set aside for an empty one that a rebuild can fill; True when that happened."""
        if self.path is None or not self.current_link.is_symlink():
            return False
        try:
            self._open()
            return False
        except BackendUnavailable:
            pass
        with self._lock:
            old = self._swap(self._new_dir())
            self._set_current(None, None, False)
        if old:
            shutil.rmtree(self.path / old, ignore_errors=True)
        return True

    def _create_current(self) -> str:
        name = self._new_dir()
        self._mark_pairs(name, self._pairs_for(0))
        self._load(self.path / name)
        self._swap(name)
        return name

    def _new_dir(self) -> str:
        name = "index-" + _now().strftime("%Y%m%d%H%M%S%f")
        try:
            (self.path / name).mkdir(parents=True)
        except OSError as e:
            raise BackendUnavailable(f"cannot create the search index under {self.path}: {e}") from e
        return name

    def _mark_pairs(self, name: str, pairs: bool) -> None:
        if pairs:
            (self.path / name / PAIRS_MARKER).write_text("word pairs: store.tantivy_schema.glued\n")

    def _swap(self, name: str) -> str | None:
        """Point `current` at `name` atomically; returns the old target."""
        try:
            old = os.readlink(self.current_link)
        except FileNotFoundError:
            old = None
        tmp = self.path / f".current-{os.getpid()}-{threading.get_ident()}"
        tmp.unlink(missing_ok=True)
        os.symlink(name, tmp)
        os.replace(tmp, self.current_link)
        return old

    # -- writes ---------------------------------------------------------------
    def _writer(self, index: tantivy.Index, heap: int) -> tantivy.IndexWriter:
        """One writer per batch; waits while another process holds the index's writer lock."""
        deadline = time.monotonic() + LOCK_WAIT_S
        while True:
            try:
                return index.writer(heap, self.writer_threads)
            except ValueError as e:
                if "lock" not in str(e).lower() or time.monotonic() > deadline:
                    raise BackendUnavailable(f"cannot write the search index {self.path}: {e}") from e
                time.sleep(0.05)

    def _write(self, index: tantivy.Index, docs: Iterable[IndexDoc] = (), delete: Iterable[int] = (),
               heap: int = WRITER_HEAP, replace: bool = True, progress: Callable[[int], None] | None = None,
               pairs: bool = False) -> int:
        stamp = _now()
        n = 0
        with self._write_lock:
            writer = self._writer(index, heap)
            try:
                for i in delete:
                    writer.delete_documents_by_term("id", int(i))
                for d in docs:
                    if replace:
                        writer.delete_documents_by_term("id", d.id)
                    writer.add_document(to_document(d, stamp, pairs))
                    n += 1
                    if progress and n % 5000 == 0:
                        progress(n)
                writer.commit()
                writer.wait_merging_threads()
            except BaseException:
                writer.rollback()
                raise
            index.reload()
        return n

    def index(self, docs: Iterable[IndexDoc]) -> int:
        docs = list(docs)
        if not docs:
            return 0
        index, pairs = self._opened()    # an index with pairs keeps getting them
        return self._write(index, docs, pairs=pairs)

    def delete(self, ids: Iterable[int]) -> None:
        ids = list(ids)
        if ids:
            self._write(self._open(), delete=ids)

    def refresh(self) -> None:
        self._open().reload()

    def count(self) -> int:
        return self._open().searcher().num_docs

    def health(self) -> dict:
        try:
            index = self._open()
            return {"ok": True, "backend": self.name, "documents": index.searcher().num_docs,
                    "phrase_pairs": self._pairs, "path": str(self.path) if self.path else ":memory:", "index": self._target}
        except Exception as e:  # health must answer, whatever the state
            return {"ok": False, "backend": self.name, "error": str(e)}

    # -- rebuild ----------------------------------------------------------------
    def rebuild(self, store, progress: Progress | None = None) -> int:
        """The whole index again from the store, into a new directory swapped in atomically; then
        the writes another process made to the old directory meanwhile are copied over, documents
        deleted meanwhile removed, and the old directory dropped."""
        started = _now()
        total = store.count_documents()
        n, old = self.build(store.iter_index_docs(), (lambda done: progress(done, total)) if progress else None,
                            expected=total)
        if progress:
            progress(n, total)
        if old:
            changed = self.changed_since(old, started)
            if changed:
                self.index(store.iter_index_docs(changed))
        present = set(store.document_ids())
        gone = [i for i in self.all_ids() if i not in present]
        if gone:
            self.delete(gone)
        if old:
            self.drop_old(old)
        return n

    def build(self, docs: Iterable[IndexDoc], progress: Callable[[int], None] | None = None,
              expected: int | None = None) -> tuple[int, str | None]:
        """Index `docs` into a new directory and swap it in; returns (count, old directory name).
        `expected`: how many documents come (else len(docs) when it has one), which decides
        whether the index gets phrase pairs (see PAIRS_MIN_DOCS)."""
        pairs = self._pairs_for(len(docs) if expected is None and hasattr(docs, "__len__") else expected)
        if self.path is None:
            fresh = register(tantivy.Index(self.schema))
            n = self._write(fresh, docs, replace=False, progress=progress, pairs=pairs)
            self._index, self._pairs = fresh, pairs
            return n, None
        self._open()
        name = self._new_dir()
        try:
            self._mark_pairs(name, pairs)
            fresh = self._load(self.path / name)
            n = self._write(fresh, docs, heap=REBUILD_HEAP, replace=False, progress=progress, pairs=pairs)
        except BaseException:
            shutil.rmtree(self.path / name, ignore_errors=True)
            raise
        with self._lock:
            old = self._swap(name)
            self._set_current(name, fresh, pairs)
        return n, old

    def changed_since(self, directory: str, since: datetime) -> list[int]:
        """Ids written to an old index directory at or after `since` (writes that raced a rebuild)."""
        old = self._load(self.path / directory)
        old.reload()
        s = old.searcher()
        q = tantivy.Query.range_query(self.schema, "indexed_at", tantivy.FieldType.Date, since, tantivy.MAX_DATETIME)
        hits = s.search(q, max(s.num_docs, 1)).hits
        return [int(v) for v in s.fast_field_values("id", [a for _, a in hits])] if hits else []

    def all_ids(self) -> list[int]:
        s = self._open().searcher()
        hits = s.search(tantivy.Query.all_query(), max(s.num_docs, 1)).hits
        return [int(v) for v in s.fast_field_values("id", [a for _, a in hits])] if hits else []

    def drop_old(self, directory: str, grace_s: float = OLD_INDEX_GRACE_S) -> None:
        """Remove an index directory once searches that opened it have finished."""
        time.sleep(grace_s)
        if directory != self._target:
            shutil.rmtree(self.path / directory, ignore_errors=True)

    # -- reads ------------------------------------------------------------------
    def search(self, query: SearchQuery) -> SearchResult:
        pq = parse_query(query.q)
        empty = SearchResult(total=0, page=query.page, size=query.size, hits=[], facets={})
        if pq.only_excluded:
            return empty
        searcher, prefixed = self._searcher()
        p = plan(self.schema, pq, query, searcher.doc_freq, prefixed)
        start = (query.page - 1) * query.size
        listing = pq.empty or query.sort == "date"
        # the facet pass runs on another thread while this one ranks the page and makes the
        # snippets (Tantivy releases the GIL): the two passes read the index at the same time
        windowed = p.window is not None and not listing
        if windowed and searcher.num_docs >= SPLIT_MIN_DOCS:
            facets = self._halves(searcher, p.matched)
        else:
            facets = _passes().submit(searcher.aggregate, p.matched, _FACET_AGGS)
        if listing:
            res = searcher.search(p.scored, query.size, count=True, order_by_field="listing", offset=start,
                                  order=Order.Desc)
            page, total = res.hits, res.count
        elif windowed:
            page, total = self._phrase_page(searcher, p, start, query.size, lambda: facets.result())
        elif searcher.num_docs >= SPLIT_MIN_DOCS and (p.lead_cost or 0) >= SPLIT_LEAD * searcher.num_docs:
            page, total = self._page_halves(searcher, p.scored, start, query.size)
        else:
            res = searcher.search(p.scored, query.size, count=True, offset=start, weight_by_field="recency")
            page, total = res.hits, res.count
        hits = [self._hit(searcher, addr, 0.0 if listing else float(score), pq) for score, addr in page]
        got = facets.result()
        total = _count(got) if total is None else total
        if not total:
            return empty
        return SearchResult(total=total, page=query.page, size=query.size, hits=hits, facets=_facet_values(got))

    def _searcher(self) -> tuple[tantivy.Searcher, Callable[[str, str], list[str]] | None]:
        """A searcher of the current index and, when it has phrase pairs, the lookup of a pair
        field's terms starting with a prefix (at most PREFIX_EXPANSIONS + 1 of them) that lets
        the plan count phrases from them; None: the index has none, phrases are read from the body."""
        index, pairs = self._opened()
        searcher = index.searcher()
        if not pairs:
            return searcher, None
        return searcher, lambda field, prefix: searcher.terms_with_prefix(field, prefix, limit=PREFIX_EXPANSIONS + 1)

    def _id_range(self, query: tantivy.Query, lo: int, hi: int) -> tantivy.Query:
        ids = tantivy.Query.range_query(self.schema, "id", tantivy.FieldType.Integer, lo, hi)
        return tantivy.Query.boolean_query([(tantivy.Occur.Must, query),
                                            (tantivy.Occur.Must, tantivy.Query.const_score_query(ids, 0.0))])

    def _page_halves(self, searcher: tantivy.Searcher, scored: tantivy.Query, start: int, size: int):
        """The ranked page and the count as two searches over the ids below and from the middle id,
        one on a pool thread, one here: each half's best start + size merged by score. The scores
        are those of one pass (the id range adds 0.0); equal scores keep Tantivy's order (by
        segment, then document). Returns (hits, total)."""
        mid, need = self._mid_id(searcher), start + size

        def half(lo: int, hi: int):
            return searcher.search(self._id_range(scored, lo, hi), need, count=True, weight_by_field="recency")
        upper = _passes().submit(half, mid, 2**63 - 1)
        lower = half(-2**63, mid - 1)
        upper = upper.result()
        hits = sorted(lower.hits + upper.hits, key=lambda h: (-h[0], h[1].segment_ord, h[1].doc))
        return hits[start:need], lower.count + upper.count

    def _halves(self, searcher: tantivy.Searcher, matched: tantivy.Query) -> "_Summed":
        """The counted facet pass as two aggregations over the ids below and from the middle id,
        on two pool threads; their buckets are summed by _facet_values, the total by _count."""
        mid = self._mid_id(searcher)
        halves = []
        for lo, hi in ((-2**63, mid - 1), (mid, 2**63 - 1)):
            halves.append(_passes().submit(searcher.aggregate, self._id_range(matched, lo, hi), _HALF_AGGS))
        return _Summed(halves)

    def _mid_id(self, searcher: tantivy.Searcher) -> int:
        """The middle of the ids (min and max of the id column), once per index state: the halves
        are correct whatever it is, only their balance depends on it."""
        state = (self._target, searcher.num_docs)
        if self._mid is None or self._mid[0] != state:
            stats = searcher.aggregate(tantivy.Query.all_query(), {"ids": {"stats": {"field": "id"}}})["ids"]
            self._mid = (state, int(((stats["min"] or 0) + (stats["max"] or 0)) // 2) + 1)
        return self._mid[1]

    def _max_weight(self, searcher: tantivy.Searcher) -> float:
        """The largest recency weight of the index (what recency can multiply a score by; a hair
        more for rounding). The top recency is kept and checked on every call: no document above
        it (a range beyond a column's maximum answers from the column's header, ~10 us), else
        read again (~2.5 ms at 1M documents)."""
        top = self._top_recency
        above = None if top is None else tantivy.Query.range_query(
            self.schema, "recency", tantivy.FieldType.Float, top, None, include_lower=False)
        if above is None or searcher.search(above, 1, count=False).hits:
            got = searcher.aggregate(tantivy.Query.all_query(), {"r": {"max": {"field": "recency"}}})
            top = self._top_recency = max(got["r"]["value"] or 0.0, 0.0)
        return math.log2(2.0 + top) * (1 + 1e-6)

    def _phrase_page(self, searcher: tantivy.Searcher, p, start: int, size: int, counted: Callable[[], dict]):
        """The page of a query with a phrase. Phrase positions are read over the whole match set
        once (the facet pass, which also counts); here only in the best PHRASE_WINDOW matches of the
        loosened query (see _window), the page ranked as usual among them. The whole match set is
        ranked instead when the loosened query has no more matches than the window (as cheap, and
        exact), or when the window held fewer matches than the page needs and the count says there
        are more. Returns (hits, total); total None while the facet pass is still counting (a full
        page from the window does not wait for it, so its snippets are made meanwhile)."""
        need = start + size
        window = max(PHRASE_WINDOW, need)
        cands = self._window(searcher, p, window)
        got = None
        if len(cands) == window:
            got = searcher.search(self._among(searcher, p.scored, cands), size, count=True, offset=start,
                                  weight_by_field="recency")
            if got.count >= need:
                return got.hits, None
        total = _count(counted()) if cands else 0
        if cands and (got is None or got.count < need and got.count < total):
            got = searcher.search(p.scored, size, count=False, offset=start, weight_by_field="recency")
        return (got.hits if got else []), total

    def _window(self, searcher: tantivy.Searcher, p, size: int) -> list:
        """The best `size` matches of the loosened query, recency-weighted like the page: what
        `searcher.search(p.window, size, weight_by_field="recency")` returns (that search itself
        when _certified_window cannot vouch for a cheaper answer); when the loosened query has
        fewer matches than `size`, fewer documents that include them all, in any order (the page
        then ranks the whole match set)."""
        got = self._certified_window(searcher, p, size) if searcher.num_docs >= CERTIFY_MIN_DOCS else None
        return got if got is not None else searcher.search(p.window, size, count=False, weight_by_field="recency").hits

    def _certified_window(self, searcher: tantivy.Searcher, p, size: int) -> list | None:
        """The window found without weighting every match: the best 2 x size by relevance alone
        (from the flat union of the words when the plan has one: block-max WAND, no need to score
        every match) ranked with their recency. A match left out scores at most the last of them
        times the largest recency weight, so when the size-th ranked one scores more than that,
        nothing left out could have entered; None when it does not (ties, e.g. copies of a text)."""
        top = searcher.search(p.window_any or p.window, 2 * size, count=False).hits
        if len(top) < size:     # the union's matches hold the conjunction's: fewer than the window
            return top
        ranked = searcher.search(self._among(searcher, p.window, top), size, count=False,
                                 weight_by_field="recency").hits
        if len(top) < 2 * size or (len(ranked) == size and ranked[-1][0] > top[-1][0] * self._max_weight(searcher)):
            return ranked
        return None

    def _among(self, searcher: tantivy.Searcher, query: tantivy.Query, cands) -> tantivy.Query:
        """`query` restricted to the documents of `cands` (hits): a union of their id terms, four
        times cheaper than a term set over the id column (a scan of every document)."""
        ids = [int(v) for v in searcher.fast_field_values("id", [a for _, a in cands])]
        among = tantivy.Query.boolean_query([(tantivy.Occur.Should, tantivy.Query.term_query(self.schema, "id", i))
                                             for i in ids])
        return tantivy.Query.boolean_query([(tantivy.Occur.Must, query),
                                            (tantivy.Occur.Must, tantivy.Query.const_score_query(among, 0.0))])

    def match_ids(self, pq: ParsedQuery) -> frozenset[int]:
        """Ids of every document the parsed query matches (no ranking, no snippets): alert matching."""
        if pq.only_excluded:
            return frozenset()
        searcher, prefixed = self._searcher()
        matched = plan(self.schema, pq, SearchQuery(), searcher.doc_freq, prefixed).matched
        hits = searcher.search(matched, max(searcher.num_docs, 1), count=False).hits
        return frozenset(int(v) for v in searcher.fast_field_values("id", [a for _, a in hits])) if hits else frozenset()

    def _hit(self, searcher: tantivy.Searcher, addr, score: float, pq: ParsedQuery) -> SearchHit:
        d = searcher.doc(addr)
        one = d.get_first
        day = one("date")
        return SearchHit(
            id=int(one("id")), url=one("url") or "", title=_text(one("title")), doc_number=one("doc_number"),
            doc_type=one("doc_type") or None, issuer=one("issuer") or None, province=one("province") or None,
            indices=sorted(d.get_all("indices")), date=date.fromisoformat(day) if day else None,
            score=score, snippet=make_snippet(_text(one("text")), pq),
        )
