"""GET /sources: the health of every source (last success, documents per run, alarms)."""
from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Path

from crawler.health import source_status
from search_api.auth import require_reader
from search_api.deps import AppState, app_state

router = APIRouter(tags=["sources"], dependencies=[Depends(require_reader())])


@router.get("/sources", summary="Source health: last successful crawl, documents per run, flags")
def sources(state: AppState = Depends(app_state)) -> list[dict]:
    return source_status(state.store)


@router.get("/sources/{source_id}", summary="Health of one source")
def one_source(source_id: str = Path(max_length=200), state: AppState = Depends(app_state)) -> dict:
    row = next((r for r in source_status(state.store) if r["source_id"] == source_id), None)
    if row is None:
        raise HTTPException(404, detail=f"no source {source_id!r} in the store (it has never been crawled)")
    return row
