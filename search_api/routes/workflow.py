"""The appraisal workflow in the pages (forms, no JavaScript), behind the existing roles:

    GET/POST /dang-nhap          present an API key once; a session cookie stands for it
    POST /dang-xuat              end the session
    POST /minh-chung/xet-duyet   accept / reject a piece of evidence with a comment (appraiser)
    POST /minh-chung/them        add evidence by URL or file upload, with a comment (appraiser)
    POST /minh-chung/ky-duyet    sign off a province-year: then frozen as signed (appraiser)
    GET  /nhat-ky                the audit trail: who did what, when (appraiser, admin)

Thin: the work is in evidence.workflow, crawler.manual and store.workflow_records."""
from __future__ import annotations

from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

import evidence as ev
from crawler.manual import ManualError, from_upload, from_url
from search_api.deps import AppState, app_state
from search_api.pages import views
from search_api.pages.render import error_page, render
from search_api.pages.session import clear_session, page_principal, safe_next, same_site, set_session
from store.auth_records import principal_for
from store.ingest import ingest
from store.workflow_records import audit_trail, close_session, open_session

router = APIRouter(include_in_schema=False)


@router.get("/dang-nhap", response_class=HTMLResponse)
def login_form(request: Request, state: AppState = Depends(app_state)) -> Response:
    return render("login.html", v={"next": safe_next(request.query_params.get("next")), "error": None,
                                   "user": page_principal(request, state)}, active=None, page_title="Đăng nhập")


@router.post("/dang-nhap", response_class=HTMLResponse)
async def login(request: Request, state: AppState = Depends(app_state)) -> Response:
    form = await request.form()
    nxt = safe_next(str(form.get("next") or ""))
    key = str(form.get("api_key") or "").strip()
    principal = principal_for(state.store, key) if key and same_site(request) else None
    if principal is None:
        return render("login.html", status=401, v={"next": nxt, "user": None,
                      "error": "Khóa API không đúng hoặc đã bị thu hồi. Hãy kiểm tra lại khóa quản trị viên cấp."},
                      active=None, page_title="Đăng nhập")
    resp = RedirectResponse(nxt, status_code=303)
    set_session(resp, request, open_session(state.store, key, principal))
    return resp


@router.post("/dang-xuat")
def logout(request: Request, state: AppState = Depends(app_state)) -> Response:
    token = request.cookies.get("pw_phien")
    if token and same_site(request):
        close_session(state.store, token)
    resp = RedirectResponse("/tim-kiem", status_code=303)
    clear_session(resp)
    return resp


def _appraiser(request: Request, state: AppState, *roles: str):
    """The principal, or the response to send instead (login page, or 403)."""
    p = page_principal(request, state)
    if p is None:
        back = request.headers.get("referer") or "/minh-chung"
        return None, RedirectResponse("/dang-nhap?" + urlencode({"next": safe_next(_path(back))}), status_code=303)
    if not p.may(*(roles or ("appraiser",))):
        return None, error_page(403, f"Vai trò “{p.role}” không được làm việc này (cần thẩm định viên).",
                                title="Không có quyền")
    return p, None


def _path(url: str) -> str:
    u = urlsplit(url)
    return u.path + ("?" + u.query if u.query else "")


def _back(province: str, year, criterion: str | None = None) -> RedirectResponse:
    q = {"province": province, "year": year, **({"criterion": criterion} if criterion else {})}
    return RedirectResponse(f"/minh-chung?{urlencode(q)}" + ("#chi-tiet" if criterion else ""), status_code=303)


async def _post(request: Request, state: AppState, act):
    if not same_site(request):
        return error_page(403, "Biểu mẫu này phải được gửi từ chính trang của parwatch.")
    p, refusal = _appraiser(request, state)
    if refusal is not None:
        return refusal
    form = await request.form()
    try:
        year = int(str(form.get("year") or "0"))
    except ValueError:
        return error_page(400, "Năm phải là một số.")
    try:
        return await act(p, form, year)
    except ev.EvidenceError as e:
        return error_page(e.status, str(e), title="Không lưu được")
    except ManualError as e:
        return error_page(400, f"Không thêm được minh chứng: {e}", title="Không lưu được")


@router.post("/minh-chung/xet-duyet")
async def review(request: Request, state: AppState = Depends(app_state)) -> Response:
    async def act(p, form, year):
        doc_id = str(form.get("document_id") or "")
        if not doc_id.isdigit():
            raise ev.EvidenceError("document_id: a document number is needed")
        ev.review(state.store, actor=p.name, province=str(form.get("province") or ""), year=year,
                  criterion=str(form.get("criterion") or ""), document_id=int(doc_id),
                  decision=str(form.get("decision") or ""), reason=str(form.get("comment") or ""))
        return _back(str(form.get("province")), year, str(form.get("criterion")))
    return await _post(request, state, act)


@router.post("/minh-chung/them")
async def add(request: Request, state: AppState = Depends(app_state)) -> Response:
    async def act(p, form, year):
        province, criterion = str(form.get("province") or ""), str(form.get("criterion") or "")
        comment, url, upload = str(form.get("comment") or ""), str(form.get("url") or "").strip(), form.get("file")
        province = ev.resolve_province(province)
        ev.check_open(state.store, province, year)
        if not comment.strip():
            raise ev.EvidenceError("comment: say why this is evidence for the criterion")
        root = state.settings.snapshot_root()
        if upload is not None and getattr(upload, "filename", None):
            data = await upload.read()
            doc, how = from_upload(upload.filename, data, root, province, upload.content_type), "upload"
        elif url:
            known = state.store.document_id_for_url(url)
            doc, how = (None if known else from_url(url, root, province)), "url"
        else:
            raise ev.EvidenceError("give a web address or choose a file")
        doc_id = known if how == "url" and doc is None else ingest(state.store, doc, state.backend).id
        ev.add_evidence(state.store, actor=p.name, province=province, year=year, criterion=criterion,
                        document_id=doc_id, how=how, comment=comment)
        return _back(province, year, criterion)
    return await _post(request, state, act)


@router.post("/minh-chung/ky-duyet")
async def sign_off(request: Request, state: AppState = Depends(app_state)) -> Response:
    async def act(p, form, year):
        s = ev.sign_off(state.store, state.backend, actor=p.name, province=str(form.get("province") or ""),
                        year=year, comment=str(form.get("comment") or ""))
        return _back(s["province"], year)
    return await _post(request, state, act)


@router.get("/nhat-ky", response_class=HTMLResponse)
def audit_page(request: Request, state: AppState = Depends(app_state)) -> Response:
    p, refusal = _appraiser(request, state, "appraiser")
    if refusal is not None:
        return refusal
    actor = (request.query_params.get("actor") or "")[:100] or None
    action = (request.query_params.get("action") or "")[:60] or None
    rows = audit_trail(state.store, actor=actor, action=action, limit=500)
    return render("audit.html", v={"rows": rows, "actor": actor or "", "action": action or "", "user": p},
                  active="audit", page_title="Nhật ký thẩm định")
