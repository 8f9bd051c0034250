"""The appraisal workflow: sign off a province-year (its matrix is then frozen as signed and no
review or addition changes it), and add evidence by hand (a stored document, a fetched URL, or an
uploaded file), each with the appraiser's comment. Every step is audited (store.workflow_records)."""
from __future__ import annotations

from store import workflow_records as records
from store.backend import SearchBackend
from store.sqlite import Store

from evidence.frozen import FrozenError, check_open
from evidence.inputs import EvidenceError, NotFoundError, check_year, criterion_for, resolve_province
from evidence.matrix import matrix
from evidence.verdicts import review


def sign_off(store: Store, backend: SearchBackend | None, *, actor: str, province: str, year: int,
             comment: str) -> dict:
    province, year = resolve_province(province), check_year(year)
    if not (comment or "").strip():
        raise EvidenceError("comment: say what was checked before signing off")
    check_open(store, province, year)
    m = matrix(store, backend, province, year)
    try:
        return records.add_signoff(store, actor=actor, province=province, year=year, comment=comment.strip(), matrix=m)
    except ValueError as e:       # signed off meanwhile by someone else
        raise FrozenError(str(e)) from None


def add_evidence(store: Store, *, actor: str, province: str, year: int, criterion: str, document_id: int,
                 how: str, comment: str) -> dict:
    """Record a stored document as evidence the appraiser added (and accepted) for the criterion."""
    province, year = resolve_province(province), check_year(year)
    _, target = criterion_for(criterion, year)
    if not (comment or "").strip():
        raise EvidenceError("comment: say why this document is evidence for the criterion")
    check_open(store, province, year)
    if store.conn.execute("SELECT 1 FROM documents WHERE id=?", (document_id,)).fetchone() is None:
        raise NotFoundError(f"document_id: no document {document_id}")
    rid = records.add_addition(store, actor=actor, province=province, year=year, criterion_id=target.id,
                               document_id=document_id, how=how, comment=comment.strip())
    review(store, actor=actor, province=province, year=year, criterion=target.id, document_id=document_id,
           decision="accepted", reason=f"thêm tay: {comment.strip()}")
    return {"id": rid, "document_id": document_id, "criterion": target.id, "province": province, "year": year}


def additions(store: Store, province: str, year: int, criterion: str) -> list[dict]:
    return records.additions(store, resolve_province(province), year, criterion)
