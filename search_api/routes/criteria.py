"""Criteria and evidence: GET /criteria, /criteria/{id}, /evidence, /evidence/matrix,
POST /evidence/review, GET /documents/{id}/related. Thin: the work is in evidence."""
from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Response, Request
from pydantic import BaseModel, Field

import evidence as ev
from extractors.criteria import CatalogError
from extractors.refs import ref_key
from search_api.auth import require_reader, require_role
from search_api.deps import AppState, app_state
from store.auth_records import Principal

router = APIRouter(tags=["criteria and evidence"])
_read = [Depends(require_reader())]


def _call(fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except ev.EvidenceError as e:
        raise HTTPException(e.status, detail=str(e)) from None
    except CatalogError as e:
        raise HTTPException(503, detail=f"criteria catalog unusable: {e}") from None


@router.get("/criteria", dependencies=_read, summary="The criteria of the catalogs (optionally those in force for a year)")
def list_criteria(year: int | None = Query(None, ge=2000, le=2100),
                  index: str | None = Query(None, max_length=50, description="PAR INDEX, OTHER")) -> dict:
    items = _call(ev.list_criteria, year, index)
    return {"total": len(items), "criteria": items}


@router.get("/criteria/{criterion_id}", dependencies=_read, summary="One criterion with its evidence rule and sources")
def get_criterion(criterion_id: str = Path(max_length=20, pattern=r"^[A-Za-z0-9.]+$"),
                  year: int | None = Query(None, ge=2000, le=2100)) -> dict:
    return _call(ev.criterion_detail, criterion_id, year)


@router.get("/evidence", dependencies=_read,
            summary="Verdict (met / late / missing / unclear) and ranked evidence for a province, year and criterion")
def get_evidence(state: AppState = Depends(app_state),
                 province: str = Query(..., min_length=1, max_length=100),
                 year: int = Query(..., ge=2000, le=2100),
                 criterion: str = Query(..., min_length=1, max_length=20, pattern=r"^[A-Za-z0-9.]+$"),
                 as_of: date | None = Query(None, description="what had been posted by this date (YYYY-MM-DD)")) -> dict:
    return _call(ev.verify, state.store, state.backend, province, year, criterion, as_of)


@router.get("/evidence/matrix", dependencies=_read, summary="Evidence matrix of a province-year: JSON, CSV or XLSX",
            responses={200: {"content": {"text/csv": {}, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {}}}})
def get_matrix(request: Request, state: AppState = Depends(app_state),
               province: str = Query(..., min_length=1, max_length=100),
               year: int = Query(..., ge=2000, le=2100),
               format: str = Query("json", pattern="^(json|csv|xlsx)$"),
               as_of: date | None = Query(None)):
    m = _call(ev.matrix, state.store, state.backend, province, year, as_of)
    name = f"evidence-{ref_key(m['province'])}-{year}"
    if format == "csv":
        base = str(request.base_url)
        return Response(ev.matrix_csv(m, base), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})
    if format == "xlsx":
        return Response(ev.matrix_xlsx(m, str(request.base_url)),
                        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        headers={"Content-Disposition": f'attachment; filename="{name}.xlsx"'})
    return m


class ReviewIn(BaseModel):
    province: str = Field(min_length=1, max_length=100)
    year: int = Field(ge=2000, le=2100)
    criterion: str = Field(min_length=1, max_length=20, pattern=r"^[A-Za-z0-9.]+$")
    document_id: int = Field(ge=1, le=2**62)
    decision: str = Field(pattern="^(accepted|rejected|accept|reject)$")
    reason: str = Field(min_length=1, max_length=2000)


@router.post("/evidence/review", status_code=201, summary="Accept or reject a piece of evidence (appraiser)")
def post_review(body: ReviewIn, state: AppState = Depends(app_state),
                principal: Principal = Depends(require_role("appraiser"))) -> dict:
    return _call(ev.review, state.store, actor=principal.name, province=body.province, year=body.year,
                 criterion=body.criterion, document_id=body.document_id, decision=body.decision, reason=body.reason)


@router.get("/documents/{doc_id}/related", dependencies=_read,
            summary="The citation chain: documents this one cites, and documents citing it")
def get_related(doc_id: int = Path(ge=1, le=2**62), state: AppState = Depends(app_state)) -> dict:
    return _call(ev.related, state.store, doc_id)
