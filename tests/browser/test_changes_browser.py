"""The change view in a real browser: a document stored twice (the second time with an edited
target, a dropped and an added sentence, a new date) shows both versions and what changed."""
from __future__ import annotations

import re

import pytest

from store.ingest import ingest
from tests.browser.conftest import DESKTOP, PHONE, Page, _context, serve_copy
from tests.test_changes import V1, V2, plan

pytestmark = pytest.mark.browser


def test_document_versions_and_their_diff(browser, crawled_settings, tmp_path):
    with serve_copy(crawled_settings, tmp_path) as (base, app):
        store, backend = app.state.parwatch.store, app.state.parwatch.backend
        ingest(store, plan(V1, 45, "2025-01-20"), backend)
        doc_id = ingest(store, plan(V2, 60, "2025-01-22"), backend).id
        for viewport, name in ((DESKTOP, "desktop"), (PHONE, "phone")):
            ctx = _context(browser, viewport, base)
            p = Page(ctx.new_page())
            try:
                page = p.page
                page.goto(f"/van-ban/{doc_id}")
                page.get_by_role("link", name="xem thay đổi so với bản 1").click()
                page.wait_for_url(re.compile(rf"/van-ban/{doc_id}/thay-doi$"))
                assert "1 câu thêm, 1 câu bỏ, 1 câu sửa" in page.locator("#tom-tat").inner_text()
                assert page.locator("ol.diff li.diff-added").inner_text().endswith("Báo cáo kết quả trước ngày 15/12/2025.")
                assert "Các sở thực hiện nghiêm túc." in page.locator("ol.diff li.diff-removed").inner_text()
                edited = page.locator("ol.diff li.diff-changed")
                assert edited.locator("del").inner_text() == "45%" and edited.locator("ins").inner_text() == "60%"
                facts = page.locator("table.fact-changes").inner_text()
                assert "20/01/2025" in facts and "22/01/2025" in facts and "60% (hạn 2025)" in facts
                assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
                p.shot(f"changes-{name}")
                # the other way round, picked in the form
                page.get_by_label("So sánh bản").select_option("2")
                page.get_by_label("với bản").select_option("1")
                page.get_by_role("button", name="So sánh").click()
                page.wait_for_url(re.compile(r"tu=2&den=1"))
                assert page.locator("ol.diff li.diff-added").inner_text().endswith("Các sở thực hiện nghiêm túc.")
            finally:
                ctx.close()
            assert not p.errors, f"browser console errors: {p.errors}"
