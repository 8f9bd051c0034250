"""Bản lưu: the captured originals of a document, served as captured (pages, not in the schema).

    /ban-luu/{id}                 what was captured: page and files, capture time, HTTP headers, SHA-256
    /ban-luu/{id}/trang           the page's bytes as captured
    /ban-luu/{id}/tep/{n}         attachment n's bytes as captured
    /ban-luu/{id}.warc.gz         WARC of the document (response + metadata records)
    /minh-chung/ban-luu.warc.gz   WARC of a province-year dossier (?province=&year=)

Archived HTML is someone else's page: it is served in a CSP sandbox (no script, no same origin)."""
from __future__ import annotations

import os
import re
import tempfile
from urllib.parse import quote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from starlette.background import BackgroundTask

import evidence as ev
from search_api.deps import AppState, app_state
from search_api.pages import views
from search_api.pages.render import error_page, render
from store.captures import CaptureError, document_captures, header_value, read_capture, write_warc

router = APIRouter(include_in_schema=False)

_SANDBOX = {"Content-Security-Policy": "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'",
            "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}


def _doc_id(raw: str) -> int:
    if not re.fullmatch(r"\d{1,18}", raw or "") or not 1 <= int(raw) <= 2**62:
        raise views.PageError(404, f"“{(raw or '')[:40]}” không phải là mã văn bản (ví dụ /ban-luu/12).")
    return int(raw)


def _captures(state: AppState, raw: str) -> dict:
    caps = document_captures(state.store, _doc_id(raw))
    if caps is None:
        raise views.PageError(404, f"Không có văn bản số {raw} trong kho.")
    return caps


def _guard(request: Request, state: AppState, fn):
    try:
        views.check_read(request, state)
        return fn()
    except views.PageError as e:
        return error_page(e.status, e.message)
    except CaptureError as e:       # the bytes are gone or altered: refused, never served
        return error_page(410, str(e))
    except ev.NotFoundError as e:
        return error_page(404, str(e))
    except ev.EvidenceError as e:
        return error_page(400, str(e))


@router.get("/ban-luu/{doc_id}.warc.gz")
def document_warc(doc_id: str, request: Request, state: AppState = Depends(app_state)) -> Response:
    return _guard(request, state, lambda: _warc(state, [_captures(state, doc_id)["id"]],
                                                f"parwatch-van-ban-{doc_id}.warc.gz", f"document {doc_id}"))


@router.get("/ban-luu/{doc_id}", response_class=HTMLResponse)
def captures_page(doc_id: str, request: Request, state: AppState = Depends(app_state)) -> Response:
    def build():
        caps = _captures(state, doc_id)
        return render("captures.html", v=caps, active="search", page_title=f"Bản lưu – {caps['title'] or doc_id}")
    return _guard(request, state, build)


@router.get("/ban-luu/{doc_id}/trang")
def captured_page(doc_id: str, request: Request, state: AppState = Depends(app_state)) -> Response:
    return _guard(request, state, lambda: _raw(state, _captures(state, doc_id)["page"], inline=True))


@router.get("/ban-luu/{doc_id}/tep/{n}")
def captured_file(doc_id: str, n: int, request: Request, state: AppState = Depends(app_state)) -> Response:
    def build():
        files = _captures(state, doc_id)["files"]
        if not 1 <= n <= len(files):
            raise views.PageError(404, f"Văn bản {doc_id} không có tệp đính kèm số {n}.")
        return _raw(state, files[n - 1]["capture"], inline=False)
    return _guard(request, state, build)


@router.get("/minh-chung/ban-luu.warc.gz")
def dossier_warc(request: Request, state: AppState = Depends(app_state)) -> Response:
    def build():
        province = ev.resolve_province(request.query_params.get("province") or "")
        year = ev.check_year(views._int_param(request.query_params, "year", 0, 0, 9999, "Năm"))
        ids = [c.id for c in ev.candidates(state.store, province, year)]
        return _warc(state, ids, f"parwatch-{quote(province)}-{year}.warc.gz", f"dossier {province} {year}")
    return _guard(request, state, build)


def _raw(state: AppState, cap: dict | None, inline: bool) -> Response:
    if cap is None:
        raise views.PageError(404, "Không có bản lưu của nội dung này (thu thập trước khi có bản lưu, hoặc tải lỗi).")
    data = read_capture(state.settings.snapshot_root(), cap)
    name = quote(cap["url"].rstrip("/").rsplit("/", 1)[-1] or "ban-luu")
    headers = {**_SANDBOX, "X-Parwatch-Captured-At": cap["fetched_at"], "X-Parwatch-SHA256": cap["sha256"],
               "X-Parwatch-Original-URL": quote(cap["url"], safe=":/?&=#%"),
               "Content-Disposition": f"{'inline' if inline else 'attachment'}; filename*=UTF-8''{name}"}
    media = header_value(cap, "Content-Type") or "application/octet-stream"
    return Response(data, media_type=media, headers=headers)


def _warc(state: AppState, ids: list[int], filename: str, description: str) -> Response:
    # spooled to a temporary file, not memory: a dossier's files can be large
    tmp = tempfile.NamedTemporaryFile(prefix="parwatch-", suffix=".warc.gz", delete=False)
    try:
        with tmp:
            write_warc(tmp, state.store, state.settings.snapshot_root(), ids, description=f"parwatch {description}")
    except BaseException:
        os.unlink(tmp.name)
        raise
    return FileResponse(tmp.name, media_type="application/warc", filename=filename,
                        background=BackgroundTask(os.unlink, tmp.name))
