"""Records of the appraisal workflow (migration 0013): page sessions, sign-offs, evidence added
by hand; every change writes its audit-log entry in the same transaction (store.conn is the
transaction's connection in this thread)."""
from __future__ import annotations

import hashlib
import json
import secrets
from datetime import datetime, timedelta, timezone

from store.auth_records import Principal, audit
from store.sqlite import Store, key

SESSION_HOURS = 12


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _sha(s: str) -> str:
    return hashlib.sha256(s.encode()).hexdigest()


# -- sessions ----------------------------------------------------------------------------
def open_session(store: Store, api_key: str, principal: Principal) -> str:
    """A new session token for a checked API key (returned once; only its hash is kept)."""
    token = secrets.token_urlsafe(32)
    now = _now()
    with store.transaction() as c:
        c.execute("DELETE FROM page_sessions WHERE expires_at < ?", (now.isoformat(),))
        c.execute("INSERT INTO page_sessions VALUES (?,?,?,?)", (_sha(token), _sha(api_key), now.isoformat(),
                                                                  (now + timedelta(hours=SESSION_HOURS)).isoformat()))
    audit(store, actor=principal.name, action="session.login", target=f"key:{principal.name}")
    return token


def session_principal(store: Store, token: str) -> Principal | None:
    r = store.conn.execute(
        "SELECT k.name, k.role FROM page_sessions s JOIN api_keys k ON k.key_hash = s.key_hash "
        "WHERE s.token_hash=? AND s.expires_at > ? AND k.revoked_at IS NULL",
        (_sha(token), _now().isoformat())).fetchone()
    return Principal(r["name"], r["role"]) if r else None


def close_session(store: Store, token: str) -> None:
    store.conn.execute("DELETE FROM page_sessions WHERE token_hash=?", (_sha(token),))


# -- sign-offs ---------------------------------------------------------------------------
def signoff(store: Store, province: str, year: int) -> dict | None:
    r = store.conn.execute("SELECT * FROM evidence_signoffs WHERE province_key=? AND year=?",
                           (key(province), year)).fetchone()
    return {**dict(r), "matrix": json.loads(r["matrix"])} if r else None


def add_signoff(store: Store, *, actor: str, province: str, year: int, comment: str, matrix: dict) -> dict:
    at = _now().isoformat(timespec="seconds")
    with store.transaction() as c:
        if c.execute("SELECT 1 FROM evidence_signoffs WHERE province_key=? AND year=?",
                     (key(province), year)).fetchone():
            raise ValueError(f"{province} {year} is signed off already")
        c.execute("INSERT INTO evidence_signoffs VALUES (?,?,?,?,?,?,?)",
                  (key(province), year, province, actor, at, comment,
                   json.dumps(matrix, ensure_ascii=False, default=str)))
        audit(store, actor=actor, action="evidence.signoff", target=f"dossier:{province}:{year}",
              detail={"province": province, "year": year, "comment": comment, "counts": matrix.get("counts")})
    return {"province": province, "year": year, "actor": actor, "at": at, "comment": comment}


# -- evidence added by hand ----------------------------------------------------------------
def add_addition(store: Store, *, actor: str, province: str, year: int, criterion_id: str, document_id: int,
                 how: str, comment: str) -> int:
    at = _now().isoformat(timespec="seconds")
    with store.transaction() as c:
        rid = c.execute("INSERT INTO evidence_additions(province, province_key, year, criterion_id, document_id, how, "
                        "comment, actor, at) VALUES (?,?,?,?,?,?,?,?,?)",
                        (province, key(province), year, criterion_id, document_id, how, comment, actor, at)).lastrowid
        audit(store, actor=actor, action=f"evidence.add.{how}", target=f"evidence:{criterion_id}:{year}:{document_id}",
              detail={"province": province, "year": year, "criterion": criterion_id, "document_id": document_id,
                      "comment": comment})
    return rid


def additions(store: Store, province: str, year: int, criterion_id: str) -> list[dict]:
    return [dict(r) for r in store.conn.execute(
        "SELECT a.*, d.title, d.doc_number, d.url FROM evidence_additions a JOIN documents d ON d.id = a.document_id "
        "WHERE a.province_key=? AND a.year=? AND a.criterion_id=? ORDER BY a.id", (key(province), year, criterion_id))]


def audit_trail(store: Store, *, actor: str | None = None, action: str | None = None, limit: int = 200) -> list[dict]:
    """Audit entries, newest first, optionally of one actor or one kind of action (prefix)."""
    sql, params = "SELECT * FROM audit_log WHERE 1=1", []
    if actor:
        sql, params = sql + " AND actor=?", [*params, actor]
    if action:
        sql, params = sql + " AND action LIKE ?", [*params, action.replace("%", "") + "%"]
    rows = store.conn.execute(sql + " ORDER BY id DESC LIMIT ?", [*params, limit])
    return [{**dict(r), "detail": json.loads(r["detail"] or "{}")} for r in rows]
