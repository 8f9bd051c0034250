"""GET /search and GET /health."""
from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Query

from search_api.auth import require_reader
from search_api.deps import AppState, app_state
from store.ingest import index_health
from store.matched import annotate
from store.models import IsoDate, SearchQuery, SearchResult, SortOrder

router = APIRouter(tags=["search"])


@router.get("/search", response_model=SearchResult, summary="Full-text search with filters and facets",
            dependencies=[Depends(require_reader())])
def search(
    q: str = Query("", max_length=500, description='Words (all must match), "phrases", -excluded; diacritics optional'),
    province: str | None = Query(None, max_length=100),
    type: str | None = Query(None, max_length=100, description="Document type, e.g. Kế hoạch"),
    issuer: str | None = Query(None, max_length=200, description="Part of the issuer's name"),
    index: str | None = Query(None, max_length=50, description="PAR INDEX, SIPAS, PAPI, PCI ..."),
    date_from: IsoDate | None = Query(None, alias="from", description="YYYY-MM-DD"),
    date_to: IsoDate | None = Query(None, alias="to", description="YYYY-MM-DD"),
    min_relevance: float | None = Query(None, ge=0, le=1, description="Only documents the crawler scored at least this "
                                        "(0.25 and up: reform documents; see docs/crawler.md)"),
    sort: SortOrder = "relevance",
    page: int = Query(1, ge=1, le=1000),
    size: int = Query(10, ge=1, le=100),
    state: AppState = Depends(app_state),
) -> SearchResult:
    if date_from and date_to and date_from > date_to:
        raise HTTPException(422, detail=f"'from' ({date_from}) is after 'to' ({date_to}): nothing could match")
    query = SearchQuery(q=q, province=province, type=type, issuer=issuer, index=index,
                        date_from=date_from, date_to=date_to, sort=sort, page=page, size=size,
                        min_relevance=min_relevance)
    return annotate(state.backend.search(query), state.store, q)   # each hit says where it matched


@router.get("/health", summary="Is the service up, and can it search?")
def health(state: AppState = Depends(app_state)) -> dict:
    """"ok", "degraded" (store and index differ) or "down"; the store's path only when reading is public."""
    h = index_health(state.store, state.backend)
    store = {"documents": h["documents"], "waiting_for_index": h["waiting"]}
    if state.settings.public_read:
        store["path"] = str(state.settings.store)
    return {"ok": h["status"] == "ok", "status": h["status"], "store": store,
            "search": {**h["search"], "documents": h["indexed"]}}
