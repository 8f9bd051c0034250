"""Who is using the pages: an API key presented once on the login page becomes a session cookie
(random token, only its hash stored; HttpOnly, SameSite=Strict, Secure over https). Forms that
change something also check that they were posted from this site (Origin / Referer)."""
from __future__ import annotations

from urllib.parse import urlsplit

from fastapi import Request

from search_api.deps import AppState
from store.auth_records import Principal, principal_for
from store.workflow_records import SESSION_HOURS, session_principal

COOKIE = "pw_phien"


def page_principal(request: Request, state: AppState) -> Principal | None:
    token = request.cookies.get(COOKIE)
    if token:
        p = session_principal(state.store, token)
        if p is not None:
            return p
    k = request.headers.get("x-api-key") or ""
    return principal_for(state.store, k) if k else None


def set_session(response, request: Request, token: str) -> None:
    response.set_cookie(COOKIE, token, max_age=SESSION_HOURS * 3600, httponly=True, samesite="strict",
                        secure=request.url.scheme == "https", path="/")


def clear_session(response) -> None:
    response.delete_cookie(COOKIE, path="/")


def same_site(request: Request) -> bool:
    """A form post from this site: its Origin (or, failing that, Referer) names this host."""
    origin = request.headers.get("origin") or request.headers.get("referer")
    if not origin:
        return True          # old clients send neither; the SameSite=Strict cookie still guards
    return urlsplit(origin).netloc == request.headers.get("host", "")


def safe_next(target: str | None) -> str:
    """Only a path on this site (never //host or a scheme) to go back to after logging in."""
    t = (target or "").strip()
    return t if t.startswith("/") and not t.startswith("//") and "\\" not in t else "/minh-chung"
