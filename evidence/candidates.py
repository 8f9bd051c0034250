"""Which stored documents may prove a criterion for a province-year, and how each maps to the
catalog's criteria (mappings cached per content and catalog)."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date

from extractors.criteria import MAPPER_VERSION, Catalog, catalogs
from extractors.criteria.ranker import shipped_digest
from extractors.criteria.catalog import Target
from extractors.criteria.mapping import map_catalogs
from extractors.places import province_family
from store import evidence_records as records
from store.backend import BackendUnavailable, SearchBackend
from store.models import SearchQuery
from store.sqlite import Store, key

MAX_CANDIDATES = 3000


# -- candidates and mappings -----------------------------------------------------------
_COLS = ("id, url, title, text, doc_number, doc_type, issuer, issue_date, date, published_date, "
         "first_seen_at, content_hash, facts, province, source_id")


def family(province: str) -> list[str]:
    """The provinces whose documents count for `province`: a post-2025 unit and the provinces it
    was formed from (Đồng Tháp: Đồng Tháp, Tiền Giang); an old name only itself."""
    return province_family(province) or [province]


def _source_ids(store: Store, provinces: list[str]) -> list[str]:
    pks = {key(p) for p in provinces}
    return [s.id for s in store.list_sources() if s.province and key(s.province) in pks]


@dataclass(frozen=True)
class Candidate:
    """A stored document as the evidence service reads it."""
    id: int
    url: str
    title: str
    text: str
    doc_number: str | None
    doc_type: str | None
    issuer: str | None
    issue_date: str | None           # ISO dates as stored
    date: str | None
    published_date: str | None
    first_seen_at: str | None
    content_hash: str
    facts: dict
    province: str | None
    source_id: str | None

    @classmethod
    def from_row(cls, row) -> "Candidate":
        return cls(**{k: row[k] for k in row.keys() if k != "facts"}, facts=json.loads(row["facts"] or "{}"))

    @property
    def posted(self) -> str | None:
        return self.published_date or (self.first_seen_at or "")[:10] or None


def posted(row: Candidate) -> str | None:
    return row.posted


def candidate(store: Store, doc_id: int) -> Candidate | None:
    row = store.conn.execute(f"SELECT {_COLS} FROM documents WHERE id=?", (doc_id,)).fetchone()
    return Candidate.from_row(row) if row else None


def candidates(store: Store, province: str, year: int, as_of: str | None = None) -> list[Candidate]:
    """Documents of the province — and of the provinces merged into it — that may concern the year
    (issued or posted from July of the year before to June of the year after), as published by
    `as_of`."""
    fam = family(province)
    srcs = _source_ids(store, fam)
    where = f"(province_key IN ({','.join('?' * len(fam))})" + \
        (f" OR source_id IN ({','.join('?' * len(srcs))})" if srcs else "") + ")"
    params: list = [*(key(p) for p in fam), *srcs]
    lo, hi = f"{year - 1}-07-01", f"{year + 1}-06-30"
    where += " AND ((date BETWEEN ? AND ?) OR (date IS NULL AND substr(first_seen_at,1,10) BETWEEN ? AND ?))"
    params += [lo, hi, lo, hi]
    if as_of:
        where += " AND coalesce(published_date, substr(first_seen_at, 1, 10)) <= ?"
        params.append(as_of)
    return [Candidate.from_row(r) for r in store.conn.execute(
        f"SELECT {_COLS} FROM documents WHERE {where} ORDER BY id LIMIT ?", [*params, MAX_CANDIDATES])]


def _attachment_text(store: Store, doc_id: int) -> str:
    return "\n\n".join(r[0] for r in store.conn.execute(
        "SELECT text FROM attachments WHERE document_id=? AND text != '' ORDER BY id", (doc_id,)))


def partners(cat: Catalog, year: int | None = None) -> list[Catalog]:
    """The catalogs mapped together with `cat` (one per index in force for the year), so that a
    document's subject is claimed once across the PAR INDEX and the companion indices."""
    y = year if year is not None else max(cat.model.applies.from_year,
                                          min(c.model.applies.from_year for c in catalogs()))
    others = [c for c in catalogs() if c.index != cat.index and c.in_force(y)]
    return [cat, *others]


def mappings(store: Store, row: Candidate, cat: Catalog, year: int | None = None) -> dict[str, dict]:
    """criterion id -> mapping dict for one stored document against `cat` (mapped together with
    its partner catalogs; cached per content, mapper and the catalogs' digests)."""
    group = partners(cat, year)
    # a retrained ranker changes the mappings as much as a new catalog does
    digest = hashlib.sha256(("".join(c.digest for c in group) + shipped_digest()).encode()).hexdigest()
    mapper = f"{MAPPER_VERSION}:{digest[:16]}"
    got = records.cached_mappings(store, row.id, cat.id, row.content_hash, mapper)
    if got is None:
        text = row.text
        extra = _attachment_text(store, row.id)
        if extra:
            text += "\n\n" + extra
        mine = set(cat.targets)
        got = [m.to_dict() for m in map_catalogs(text, row.title, row.facts, catalogs=group, minimum=0.0)
               if m.criterion_id in mine]
        records.save_mappings(store, row.id, cat.id, row.content_hash, mapper, got)
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
