"""API-key authentication: `Depends(require_role("editor"))` on write routes."""
from __future__ import annotations

from fastapi import Depends, HTTPException, Request
from fastapi.security import APIKeyHeader

from search_api.deps import AppState, app_state
from store.auth_records import Principal, principal_for

_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="parwatch API key")


def request_key(request: Request) -> str | None:
    """The API key of a request: header X-API-Key, else Authorization: Bearer <key> (API and pages alike)."""
    key = (request.headers.get("x-api-key") or "").strip()
    if not key:
        bearer = request.headers.get("authorization", "")
        key = bearer[7:].strip() if bearer.lower().startswith("bearer ") else ""
    return key or None


def current_principal(request: Request, _: str | None = Depends(_key_header),
                      state: AppState = Depends(app_state)) -> Principal | None:
    """`_` declares the header for the OpenAPI docs; request_key reads it."""
    key = request_key(request)
    if not key:
        return None
    principal = principal_for(state.store, key)
    if principal is None:
        raise HTTPException(401, detail="unknown or revoked API key")
    return principal


def require_role(*roles: str):
    """Dependency: 401 without a key, 403 when the key's role is not among `roles` (admin always passes)."""
    def check(principal: Principal | None = Depends(current_principal)) -> Principal:
        if principal is None:
            raise HTTPException(401, detail="this endpoint needs an API key (header X-API-Key)")
        if not principal.may(*roles):
            raise HTTPException(403, detail=f"role '{principal.role}' may not do this (needs {' or '.join(roles)})")
        return principal
    return check


def require_reader():
    """Reading is public unless settings.public_read is false."""
    def check(principal: Principal | None = Depends(current_principal),
              state: AppState = Depends(app_state)) -> Principal | None:
        if not state.settings.public_read and principal is None:
            raise HTTPException(401, detail="reading needs an API key on this server (public_read is off)")
        return principal
    return check
