"""Which stored documents may prove a criterion for a province-year, and how each maps to the
catalog's criteria (mappings cached per content and catalog)."""
from __future__ import annotations

import json
from datetime import date

from extractors.criteria import MAPPER_VERSION, Catalog
from extractors.criteria.catalog import Target
from extractors.criteria.mapping import map_document
from store import evidence_records as records
from store.backend import BackendUnavailable, SearchBackend
from store.models import SearchQuery
from store.sqlite import Store, key

MAX_CANDIDATES = 3000


# -- candidates and mappings -----------------------------------------------------------
_COLS = ("id, url, title, text, doc_number, doc_type, issuer, issue_date, date, published_date, "
         "first_seen_at, content_hash, facts, province, source_id")


def _source_ids(store: Store, province: str) -> list[str]:
    pk = key(province)
    return [s.id for s in store.list_sources() if s.province and key(s.province) == pk]


def posted(row) -> str | None:
    return row["published_date"] or (row["first_seen_at"] or "")[:10] or None


def candidates(store: Store, province: str, year: int, as_of: str | None = None) -> list:
    """Documents of the province that may concern the year (issued or posted from July of the
    year before to June of the year after), as published by `as_of`."""
    srcs = _source_ids(store, province)
    where = "(province_key = ?" + (f" OR source_id IN ({','.join('?' * len(srcs))})" if srcs else "") + ")"
    params: list = [key(province), *srcs]
    lo, hi = f"{year - 1}-07-01", f"{year + 1}-06-30"
    where += " AND ((date BETWEEN ? AND ?) OR (date IS NULL AND substr(first_seen_at,1,10) BETWEEN ? AND ?))"
    params += [lo, hi, lo, hi]
    if as_of:
        where += " AND coalesce(published_date, substr(first_seen_at, 1, 10)) <= ?"
        params.append(as_of)
    return store.conn.execute(f"SELECT {_COLS} FROM documents WHERE {where} ORDER BY id LIMIT ?",
                              [*params, MAX_CANDIDATES]).fetchall()


def _attachment_text(store: Store, doc_id: int) -> str:
    return "\n\n".join(r[0] for r in store.conn.execute(
        "SELECT text FROM attachments WHERE document_id=? AND text != '' ORDER BY id", (doc_id,)))


def mappings(store: Store, row, cat: Catalog) -> dict[str, dict]:
    """criterion id -> mapping dict for one stored document (cached per content and catalog)."""
    mapper = f"{MAPPER_VERSION}:{cat.digest[:16]}"
    got = records.cached_mappings(store, row["id"], cat.id, row["content_hash"], mapper)
    if got is None:
        text = row["text"]
        extra = _attachment_text(store, row["id"])
        if extra:
            text += "\n\n" + extra
        facts = json.loads(row["facts"] or "{}")
        got = [m.to_dict() for m in map_document(text, row["title"], facts, catalog=cat, minimum=0.0)]
        records.save_mappings(store, row["id"], cat.id, row["content_hash"], mapper, got)
    return {m["criterion_id"]: m for m in got}


def _fts_ranks(backend: SearchBackend | None, target: Target, province: str, year: int) -> dict[int, tuple[int, str]]:
    """doc id -> (rank, query) in the full-text search for the criterion's plain key phrases."""
    if backend is None:
        return {}
    out: dict[int, tuple[int, str]] = {}
    for phrase in [p for p in target.rule.title_phrases if not p.startswith("re:")][:3]:
        q = f'"{phrase}"'
        try:
            res = backend.search(SearchQuery(q=q, province=province, date_from=date(year - 1, 7, 1),
                                             date_to=date(year + 1, 6, 30), size=50))
        except (BackendUnavailable, ValueError):
            return out
        for rank, h in enumerate(res.hits, 1):
            if h.id not in out or rank < out[h.id][0]:
                out[h.id] = (rank, q)
    return out
