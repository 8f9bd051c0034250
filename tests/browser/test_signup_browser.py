"""Self-service alerts in a real browser: from a search, "Theo dõi tìm kiếm này" → sign-up form
pre-filled → confirmation e-mail (a real aiosmtpd receiver) → confirm → an alert e-mail for a new
document → its unsubscribe link → gone. Served by its own uvicorn over a copy of the crawled store,
so the shared store of the other browser tests stays as it was."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from alerts import deliver_due, match_new_documents
from alerts import subscriptions as subs_db
from alerts.config import alert_config
from tests.alerts.conftest import smtp  # noqa: F401  (the real SMTP receiver fixture)
from tests.alerts.helpers import doc, publish
from tests.browser.conftest import DESKTOP, Page, _context, serve_copy

pytestmark = pytest.mark.browser


@pytest.fixture
def mail_server(crawled_settings, smtp, tmp_path):  # noqa: F811
    """(base_url, app) over a copy of the crawled store, sending e-mail to the test receiver."""
    with serve_copy(crawled_settings, tmp_path, alerts_smtp_host="127.0.0.1", alerts_smtp_port=smtp.port,
                    alerts_smtp_starttls=False) as got:
        yield got


def _link(message, path: str) -> str:
    text = message.get_body(("plain",)).get_content()
    m = re.search(rf"http://127\.0\.0\.1:\d+{path}[A-Za-z0-9_-]+", text)
    assert m, text
    return m.group(0)


def test_sign_up_confirm_receive_unsubscribe(browser, mail_server, smtp):  # noqa: F811
    base, app = mail_server
    store, backend = app.state.parwatch.store, app.state.parwatch.backend
    ctx = _context(browser, DESKTOP, base)
    p = Page(ctx.new_page())
    page = p.page
    try:
        page.goto("/tim-kiem?q=cai+cach+hanh+chinh&province=Ti%E1%BB%81n+Giang")
        page.get_by_role("link", name="Theo dõi tìm kiếm này").click()
        page.wait_for_url(re.compile(r"/canh-bao\?"))
        form = page.locator("#signup-form")
        assert form.get_by_label("Từ khóa").input_value() == "cai cach hanh chinh"
        assert form.get_by_label("Tiền Giang").is_checked()
        form.locator("summary").click()                       # criteria: picked from the list
        form.get_by_label(re.compile(r"^\s*1\.1 Kế hoạch")).check()
        form.get_by_label("Địa chỉ thư điện tử").fill("cchc@sonoivu.example.vn")
        p.shot("alerts-signup-desktop")
        form.get_by_role("button", name="Đăng ký", exact=True).click()
        assert "Đã gửi thư xác nhận tới" in page.locator("main").inner_text()
        assert len(smtp.messages) == 1
        [sub] = subs_db.list_all(store)
        assert sub.pending and sub.filters.provinces == ["Tiền Giang"] and sub.filters.criteria == ["1.1"]

        page.goto(_link(smtp.messages[0]["msg"], "/canh-bao/xac-nhan/"))
        page.get_by_role("button", name="Xác nhận đăng ký").click()
        assert "đã được xác nhận" in page.locator("main").inner_text()

        publish(store, backend, doc(url="https://tiengiang.gov.vn/tin/ke-hoach-cchc-2026",
                                    title="Kế hoạch cải cách hành chính năm 2026 của tỉnh Tiền Giang"))
        cfg = alert_config(app.state.parwatch.settings, public_base_url=base)
        assert match_new_documents(store, backend, None, cfg=cfg) == 1
        assert deliver_due(store, cfg)["delivered"] == 1
        alert = smtp.messages[-1]["msg"]
        assert "Kế hoạch cải cách hành chính năm 2026" in alert.get_body(("plain",)).get_content()
        leave = _link(alert, "/canh-bao/huy/")
        assert alert["List-Unsubscribe"].strip() == f"<{leave}>"

        page.goto(leave)
        page.get_by_role("button", name="Ngừng nhận").click()
        assert "Đã hủy theo dõi" in page.locator("main").inner_text()
        p.shot("alerts-unsubscribed-desktop")
        assert subs_db.list_all(store) == []
    finally:
        ctx.close()
    assert not p.errors, f"browser console errors: {p.errors}"


def test_without_mail_the_page_gives_an_atom_feed_with_a_copy_button(browser, crawled_settings, tmp_path):
    with serve_copy(crawled_settings, tmp_path) as (base, app):
        ctx = _context(browser, DESKTOP, base)
        p = Page(ctx.new_page())
        try:
            page = p.page
            page.goto("/canh-bao")
            form = page.locator("#signup-form")
            assert form.get_by_role("radio", name="Thư điện tử").is_disabled() and form.get_by_role("radio", name=re.compile("Nguồn tin Atom")).is_checked()
            assert "chưa cấu hình gửi thư" in page.locator("#no-mail").inner_text()
            form.get_by_label("Từ khóa").fill("kế hoạch cải cách hành chính")
            form.get_by_label("Tiền Giang").check()
            form.get_by_role("button", name="Đăng ký", exact=True).click()
            link = page.locator("a.feed-link")
            href = link.get_attribute("href")
            assert href.startswith(base + "/feeds/") and link.inner_text() == href
            page.get_by_role("button", name="Sao chép").click()
            expect(page.locator("button.copy")).to_have_text(re.compile("^Đã"))
            p.shot("alerts-feed-desktop")
            feed = page.request.get(href)
            assert feed.status == 200 and "<feed" in feed.text()
        finally:
            ctx.close()
        assert not p.errors, f"browser console errors: {p.errors}"
