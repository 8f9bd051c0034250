"""HTML pages for appraisers and reform offices (Vietnamese, server-rendered, work without
JavaScript except the alerts page). Thin: the data comes from search_api.pages.views.

    /, /tim-kiem            search with facets, date range, sort, pagination
    /van-ban/{id}           one document: facts marked in its text, attachments, citation chain, criteria
    /minh-chung             evidence matrix of a province-year, drill-down, CSV/XLSX links
    /minh-chung/so-sanh     one criterion across the provinces for a year
    /canh-bao               alert subscriptions and deliveries (fetch() over the JSON API with an API key)
    /nguon                  every source's health: last success, documents per run, flags and why
    /static/{name}          the stylesheet and the script

Pages are left out of the OpenAPI schema; bad input gets a 4xx page with a message."""
from __future__ import annotations

import re

from fastapi import APIRouter, Depends, Request
from fastapi.responses import FileResponse, HTMLResponse, PlainTextResponse, Response

from search_api.deps import AppState, app_state
from search_api.pages import views
from search_api.pages.render import STATIC_DIR, error_page, render
from search_api.pages.session import page_principal
from search_api.pages.workflow import workflow
from search_api.pages.sources_view import sources_view
from store.backend import BackendUnavailable

router = APIRouter(include_in_schema=False)

_STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                 ".svg": "image/svg+xml", ".ico": "image/x-icon"}


def _page(fn):
    """Turn PageError / backend outages into an HTML error page with the right status."""
    try:
        return fn()
    except views.PageError as e:
        return error_page(e.status, e.message)
    except BackendUnavailable as e:
        return error_page(503, f"Máy tìm kiếm đang không truy cập được ({e}). Hãy thử lại sau ít phút.")


@router.get("/", response_class=HTMLResponse)
@router.get("/tim-kiem", response_class=HTMLResponse)
def search_page(request: Request, state: AppState = Depends(app_state)) -> Response:
    def build():
        views.check_read(request, state)
        v = views.search_view(state, request.query_params)
        return render("search.html", status=v["status"], v=v, active="search",
                      page_title=f"{v['form']['q']} – Tìm kiếm" if v["form"]["q"] else "Tìm kiếm văn bản")
    return _page(build)


@router.get("/van-ban/{doc_id}", response_class=HTMLResponse)
def document_page(doc_id: str, request: Request, state: AppState = Depends(app_state)) -> Response:
    def build():
        views.check_read(request, state)
        v = views.document_view(state, doc_id)
        return render("document.html", v=v, active="search", page_title=v["doc"]["title"] or f"Văn bản {doc_id}")
    return _page(build)


@router.get("/minh-chung", response_class=HTMLResponse)
def evidence_page(request: Request, state: AppState = Depends(app_state)) -> Response:
    def build():
        views.check_read(request, state)
        v = views.evidence_view(state, request.query_params)
        workflow(v, page_principal(request, state), state)
        title = f"Minh chứng {v['form']['province']} {v['form']['year']}" if v["matrix"] else "Minh chứng PAR INDEX"
        return render("evidence.html", status=v["status"], v=v, active="evidence", page_title=title)
    return _page(build)


@router.get("/minh-chung/so-sanh", response_class=HTMLResponse)
def compare_page(request: Request, state: AppState = Depends(app_state)) -> Response:
    def build():
        views.check_read(request, state)
        v = views.compare_view(state, request.query_params)
        return render("compare.html", status=v["status"], v=v, active="compare", page_title="So sánh các tỉnh")
    return _page(build)


@router.get("/canh-bao", response_class=HTMLResponse)
def alerts_page(request: Request, state: AppState = Depends(app_state)) -> Response:
    def build():
        views.check_read(request, state)     # its choices list the store's provinces and types
        return render("alerts.html", v=views.alerts_view(state), active="alerts", page_title="Cảnh báo văn bản mới")
    return _page(build)


@router.get("/nguon", response_class=HTMLResponse)
def sources_page(request: Request, state: AppState = Depends(app_state)) -> Response:
    def build():
        views.check_read(request, state)
        return render("sources.html", v=sources_view(state), active="sources", page_title="Nguồn thu thập")
    return _page(build)


@router.get("/favicon.ico")
def favicon() -> Response:
    """Browsers ask for /favicon.ico on every first visit whatever the page links."""
    return static_file("favicon.svg")


@router.get("/static/{name}")
def static_file(name: str) -> Response:
    path = STATIC_DIR / name
    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*\.[a-z0-9]{2,4}", name) or path.suffix not in _STATIC_TYPES \
            or not path.is_file():
        return PlainTextResponse(f"không có tệp {name[:80]!r}", status_code=404)
    return FileResponse(path, media_type=_STATIC_TYPES[path.suffix],
                        headers={"Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff"})
