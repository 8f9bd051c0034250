"""Records of the evidence service: the mappings cache and appraisers' reviews (audited)."""
from __future__ import annotations

import json
from datetime import datetime, timezone

from store.auth_records import audit
from store.sqlite import Store, key


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def cached_mappings(store: Store, document_id: int, catalog_id: str, content_hash: str, mapper: str) -> list | None:
    r = store.conn.execute(
        "SELECT content_hash, mapper, mappings FROM evidence_mappings WHERE document_id=? AND catalog_id=?",
        (document_id, catalog_id)).fetchone()
    if r is None or r["content_hash"] != content_hash or r["mapper"] != mapper:
        return None
    return json.loads(r["mappings"])


def save_mappings(store: Store, document_id: int, catalog_id: str, content_hash: str, mapper: str,
                  mappings: list[dict]) -> None:
    store.conn.execute(
        "INSERT OR REPLACE INTO evidence_mappings VALUES (?,?,?,?,?,?)",
        (document_id, catalog_id, content_hash, mapper, json.dumps(mappings, ensure_ascii=False), _now()))


def add_review(store: Store, *, actor: str, criterion_id: str, document_id: int, year: int,
               decision: str, reason: str, province: str | None = None) -> dict:
    if decision not in ("accepted", "rejected"):
        raise ValueError(f"decision must be 'accepted' or 'rejected', not {decision!r}")
    at = _now()
    with store.transaction() as c:
        rid = c.execute(
            "INSERT INTO evidence_reviews(criterion_id, document_id, year, province, province_key, decision, "
            "reason, actor, at) VALUES (?,?,?,?,?,?,?,?,?)",
            (criterion_id, document_id, year, province, key(province), decision, reason, actor, at)).lastrowid
    audit(store, actor=actor, action=f"evidence.review.{decision}",
          target=review_target(criterion_id, document_id, year),
          detail={"criterion": criterion_id, "document_id": document_id, "year": year, "province": province,
                  "decision": decision, "reason": reason})
    return {"id": rid, "criterion_id": criterion_id, "document_id": document_id, "year": year,
            "province": province, "decision": decision, "reason": reason, "actor": actor, "at": at}


def review_target(criterion_id: str, document_id: int, year: int) -> str:
    return f"evidence:{criterion_id}:{year}:{document_id}"


def reviews(store: Store, criterion_id: str, year: int, as_of: str | None = None) -> dict[int, list[dict]]:
    """document id -> its reviews for (criterion, year), newest first (optionally up to a date)."""
    sql = "SELECT * FROM evidence_reviews WHERE criterion_id=? AND year=?"
    params: list = [criterion_id, year]
    if as_of:
        sql += " AND substr(at, 1, 10) <= ?"
        params.append(as_of)
    out: dict[int, list[dict]] = {}
    for r in store.conn.execute(sql + " ORDER BY id DESC", params):
        out.setdefault(r["document_id"], []).append(dict(r))
    return out
