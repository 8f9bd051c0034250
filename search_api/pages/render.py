"""Jinja2 environment of the pages: templates in search_api/templates, autoescape always on."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.responses import HTMLResponse

from extractors.formatting import vn_date

PACKAGE_DIR = Path(__file__).resolve().parent.parent
TEMPLATES_DIR = PACKAGE_DIR / "templates"
STATIC_DIR = PACKAGE_DIR / "static"

# Pages load nothing from elsewhere and run only our own script file.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                               "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}

NAV = [("/tim-kiem", "search", "Tìm kiếm"), ("/minh-chung", "evidence", "Minh chứng"),
       ("/minh-chung/so-sanh", "compare", "So sánh các tỉnh"), ("/canh-bao", "alerts", "Cảnh báo"), ("/nguon", "sources", "Nguồn")]


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES_DIR)),
                      autoescape=select_autoescape(enabled_extensions=("html",), default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["vn_date"] = vn_date
    env.filters["num"] = lambda n: f"{n:,}".replace(",", ".") if isinstance(n, int) else n
    env.globals["nav"] = NAV
    return env


def render(name: str, status: int = 200, **context) -> HTMLResponse:
    html = environment().get_template(name).render(**context)
    return HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)


def error_page(status: int, message: str, title: str = "Không hiển thị được trang") -> HTMLResponse:
    return render("error.html", status=status, page_title=title, message=message, active=None)
