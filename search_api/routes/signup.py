"""Public alert sign-up pages (no API key): a form post makes a pending e-mail subscription and
sends the confirmation e-mail; the e-mailed links confirm and unsubscribe. Confirming and
unsubscribing take a POST (a button on the page, or the mail client's one-click POST, RFC 8058)
so that link scanners fetching the GET never change anything.

    POST /canh-bao/dang-ky              sign up by e-mail, or take an Atom feed (rate-limited per address
                                        by search_api.limits)
    GET|POST /canh-bao/xac-nhan/{token} confirm
    GET|POST /canh-bao/huy/{token}      unsubscribe"""
from __future__ import annotations

from dataclasses import replace

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from alerts import signup
from alerts.config import AlertConfig, alert_config
from alerts.mail import MailSender
from alerts.models import AlertError, Filters, NotFound
from search_api.deps import AppState, app_state
from search_api.pages.render import render

router = APIRouter(include_in_schema=False)
_LISTS = ("provinces", "types", "issuers", "indices", "criteria")


def _cfg(state: AppState, request: Request) -> AlertConfig:
    """Links point at PARWATCH_ALERTS_PUBLIC_BASE_URL, else at the address this page was asked on."""
    cfg = alert_config(state.settings)
    if getattr(state.settings, "alerts_public_base_url", None) is None:
        cfg = replace(cfg, public_base_url=str(request.base_url).rstrip("/"))
    return cfg


def _page(kind: str, status: int = 200, **v) -> HTMLResponse:
    titles = {"sent": "Hãy kiểm tra hộp thư", "confirm": "Xác nhận đăng ký", "confirmed": "Đã xác nhận đăng ký",
              "unsubscribe": "Ngừng nhận cảnh báo", "unsubscribed": "Đã ngừng nhận cảnh báo",
              "error": "Chưa đăng ký được", "feed": "Nguồn tin Atom của bạn"}
    return render("signup.html", status=status, v={"kind": kind, **v}, active="alerts", page_title=titles[kind])


def _error(status: int, message: str, form: dict | None = None) -> HTMLResponse:
    return _page("error", status, message=message, form=form or {})


@router.post("/canh-bao/dang-ky", response_class=HTMLResponse)
async def sign_up(request: Request, state: AppState = Depends(app_state)) -> Response:
    form = await request.form()
    data = {"channel": "atom" if form.get("channel") == "atom" else "email",
            "email": str(form.get("email") or "")[:254], "query": str(form.get("q") or "")[:500],
            "name": str(form.get("name") or "")[:200], "on_changes": form.get("on_changes") is not None,
            "digest": form.get("digest") is not None,
            **{k: [str(x)[:200] for x in form.getlist(k)][:70] for k in _LISTS}}
    cfg = _cfg(state, request)
    return await run_in_threadpool(_sign_up, state, cfg, data)


def _sign_up(state: AppState, cfg: AlertConfig, d: dict) -> Response:
    if d["channel"] == "atom":
        return _feed(state, cfg, d)
    if not cfg.smtp_host:
        return _error(503, "Máy chủ này chưa cấu hình gửi thư (PARWATCH_ALERTS_SMTP_HOST), nên chưa nhận đăng ký "
                           "qua thư; hãy chọn “Nguồn tin Atom”.", d)
    if not d["email"].strip():
        return _error(422, "Hãy nhập địa chỉ thư điện tử.", d)
    try:
        sub, token = signup.request(state.store, cfg, email=d["email"], query=d["query"], name=d["name"],
                                    filters=Filters(**{k: d[k] for k in _LISTS}), on_changes=d["on_changes"],
                                    digest=d["digest"])
    except ValidationError as e:
        return _error(422, "; ".join(err["msg"].removeprefix("Value error, ") for err in e.errors()), d)
    except signup.SignupRefused as e:
        return _error(429, f"Chưa nhận thêm đăng ký: {e}.", d)
    except AlertError as e:
        return _error(422, str(e), d)
    sender = MailSender(cfg)
    result = sender.send(signup.confirmation_message(cfg, sub, token))
    if not result.ok:
        signup.cancel(state.store, sub.id)      # nothing half-made stays behind
        return _error(503, f"Không gửi được thư xác nhận ({result.error}). Đăng ký chưa được lưu; hãy thử lại sau.",
                      d)
    return _page("sent", 202, email=sub.target, sub=sub, hours=signup.PENDING_HOURS)


def _feed(state: AppState, cfg: AlertConfig, d: dict) -> Response:
    try:
        sub = signup.feed(state.store, cfg, query=d["query"], name=d["name"], on_changes=d["on_changes"],
                          filters=Filters(**{k: d[k] for k in _LISTS}))
    except ValidationError as e:
        return _error(422, "; ".join(err["msg"].removeprefix("Value error, ") for err in e.errors()), d)
    except AlertError as e:
        return _error(422, str(e), d)
    return _page("feed", 201, sub=sub, feed_url=sub.feed_url)


@router.get("/canh-bao/xac-nhan/{token}", response_class=HTMLResponse)
def confirm_form(token: str) -> Response:
    return _page("confirm", token=token)


@router.post("/canh-bao/xac-nhan/{token}", response_class=HTMLResponse)
def confirm(token: str, state: AppState = Depends(app_state)) -> Response:
    try:
        sub = signup.confirm(state.store, token)
    except NotFound as e:
        return _error(404, str(e).capitalize() + ".")
    return _page("confirmed", sub=sub)


@router.get("/canh-bao/huy/{token}", response_class=HTMLResponse)
def unsubscribe_form(token: str, state: AppState = Depends(app_state)) -> Response:
    sub = signup.by_unsubscribe_token(state.store, token)
    return _page("unsubscribe" if sub else "unsubscribed", token=token, sub=sub)


@router.post("/canh-bao/huy/{token}", response_class=HTMLResponse)
def unsubscribe(token: str, state: AppState = Depends(app_state)) -> Response:
    """Also the target of the mail client's one-click POST (body List-Unsubscribe=One-Click)."""
    sub = signup.unsubscribe(state.store, token)
    return _page("unsubscribed", sub=sub)
