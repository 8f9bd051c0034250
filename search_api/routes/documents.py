"""GET /documents/{id} and its earlier versions."""
from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Path

from search_api.auth import require_reader
from search_api.deps import AppState, app_state
from store.captures import document_captures
from store.identity import sightings

router = APIRouter(tags=["documents"], dependencies=[Depends(require_reader())])


@router.get("/documents/{doc_id}", summary="One document: text, facts, attachments, provenance")
def get_document(doc_id: int = Path(ge=1, le=2**62), state: AppState = Depends(app_state)) -> dict:
    doc = state.store.get_document(doc_id)
    if doc is None:
        raise HTTPException(404, detail=f"no document {doc_id}")
    source = state.store.get_source(doc["source_id"]) if doc.get("source_id") else None
    doc["source"] = source.model_dump() if source else None
    doc["seen_at"] = sightings(state.store.conn, doc_id)
    return doc


@router.get("/documents/{doc_id}/captures",
            summary="The captured originals: the page and each file with capture time, HTTP headers and SHA-256")
def get_captures(doc_id: int = Path(ge=1, le=2**62), state: AppState = Depends(app_state)) -> dict:
    caps = document_captures(state.store, doc_id)
    if caps is None:
        raise HTTPException(404, detail=f"no document {doc_id}")
    if caps["page"]:
        caps["page"]["href"] = f"/ban-luu/{doc_id}/trang"
    for f in caps["files"]:
        if f["capture"]:
            f["capture"]["href"] = f"/ban-luu/{doc_id}/tep/{f['n']}"
    caps["warc"] = f"/ban-luu/{doc_id}.warc.gz"
    return caps


@router.get("/documents/{doc_id}/versions/{version}", summary="An earlier version of a changed document")
def get_version(doc_id: int = Path(ge=1, le=2**62), version: int = Path(ge=1, le=10**6),
                state: AppState = Depends(app_state)) -> dict:
    v = state.store.get_version(doc_id, version)
    if v is None:
        raise HTTPException(404, detail=f"document {doc_id} has no stored version {version}")
    return v
