"""API keys with roles, kept hashed, and the audit log."""
from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone

from store.sqlite import Store

# admin may do everything; the others what their name says.
ROLES = ("admin", "editor", "appraiser", "reader")


@dataclass(frozen=True)
class Principal:
    name: str
    role: str

    def may(self, *roles: str) -> bool:
        return self.role == "admin" or self.role in roles


def _hash(key: str) -> str:
    # Keys are 256-bit random tokens, so a plain SHA-256 is not brute-forceable.
    return hashlib.sha256(key.encode()).hexdigest()


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def create_key(store: Store, name: str, role: str) -> str:
    """Returns the key in clear once; only its hash is kept."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}: use one of {', '.join(ROLES)}")
    key = "pw_" + secrets.token_urlsafe(32)
    with store.transaction() as c:
        if c.execute("SELECT 1 FROM api_keys WHERE name=?", (name,)).fetchone():
            raise ValueError(f"an API key named {name!r} exists already")
        c.execute("INSERT INTO api_keys(name, role, key_hash, created_at) VALUES (?,?,?,?)",
                  (name, role, _hash(key), _now()))
    audit(store, actor="cli", action="api_key.create", target=name, detail={"role": role})
    return key


def principal_for(store: Store, key: str) -> Principal | None:
    r = store.conn.execute(
        "SELECT name, role FROM api_keys WHERE key_hash=? AND revoked_at IS NULL", (_hash(key),)
    ).fetchone()
    return Principal(r["name"], r["role"]) if r else None


def revoke_key(store: Store, name: str) -> bool:
    done = store.conn.execute(
        "UPDATE api_keys SET revoked_at=? WHERE name=? AND revoked_at IS NULL", (_now(), name)
    ).rowcount
    if done:
        audit(store, actor="cli", action="api_key.revoke", target=name)
    return bool(done)


def list_keys(store: Store) -> list[dict]:
    return [dict(r) for r in store.conn.execute(
        "SELECT name, role, created_at, revoked_at FROM api_keys ORDER BY name")]


def audit(store: Store, *, actor: str, action: str, target: str | None = None, detail: dict | None = None) -> None:
    store.conn.execute(
        "INSERT INTO audit_log(at, actor, action, target, detail) VALUES (?,?,?,?,?)",
        (_now(), actor, action, target, json.dumps(detail or {}, ensure_ascii=False, default=str)),
    )


def audit_entries(store: Store, target: str | None = None, limit: int = 100) -> list[dict]:
    sql, params = "SELECT * FROM audit_log", []
    if target is not None:
        sql, params = sql + " WHERE target=?", [target]
    rows = store.conn.execute(sql + " ORDER BY id DESC LIMIT ?", [*params, limit])
    return [{**dict(r), "detail": json.loads(r["detail"])} for r in rows]
