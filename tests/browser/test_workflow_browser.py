"""The appraisal workflow through the pages in Chromium: log in with an API key (session cookie),
reject and accept evidence with comments, add evidence by upload, sign off a province-year (then
frozen), and read it all back on the audit-trail page; a reader may do none of it."""
from __future__ import annotations

import re

import httpx
import pytest

from store.auth_records import create_key

pytestmark = pytest.mark.browser

PROVINCE, YEAR, CRITERION = "Tiền Giang", 2023, "1.1"
EVIDENCE = f"/minh-chung?province=Ti%E1%BB%81n+Giang&year={YEAR}&criterion={CRITERION}"


def _login(p, key: str) -> None:
    p.goto("/dang-nhap?next=" + EVIDENCE.replace("&", "%26").replace("?", "%3F"))
    p.get_by_label("Khóa API").fill(key)
    p.get_by_role("button", name="Đăng nhập").click()
    p.wait_for_url(re.compile(r"/minh-chung\?"))


def test_review_add_sign_off_and_audit_in_the_browser(page, phone, app_store, base_url, tmp_path):
    appraiser = create_key(app_store, "tham-dinh-1", "appraiser")
    reader = create_key(app_store, "doc-gia-1", "reader")
    p = page.page

    # anonymous: the page reads, but offers no forms, only a way to log in
    p.goto(EVIDENCE)
    assert p.locator("form.review-form").count() == 0 and p.get_by_role("link", name="Đăng nhập").count() >= 1
    # a reader logs in: still no forms, and the audit trail is refused
    _login(phone.page, reader)
    assert phone.page.locator("form.review-form").count() == 0
    refused = httpx.get(base_url + "/nhat-ky", headers={"X-API-Key": reader})
    assert refused.status_code == 403 and "Không có quyền" in refused.text
    # the session cookie is HttpOnly: scripts cannot read it
    assert phone.page.evaluate("document.cookie") == ""

    _login(p, appraiser)
    items = p.locator("ol.evidence > li")
    assert items.count() >= 1 and p.locator("form.review-form").count() == items.count()
    first = items.nth(0)
    first.get_by_label("Nhận xét thẩm định").fill("Văn bản của năm khác, không đúng kỳ đánh giá.")
    first.get_by_role("button", name="Không chấp nhận").click()
    p.wait_for_url(re.compile(r"criterion=1\.1"))
    rejected = p.locator("ol.evidence > li", has_text="Văn bản của năm khác")
    assert rejected.count() == 1 and "không chấp nhận" in rejected.inner_text()
    assert "tham-dinh-1" in rejected.inner_text()
    # on a second look the appraiser accepts it: the latest review is the one that counts
    rejected.get_by_label("Nhận xét thẩm định").fill("Đúng kế hoạch CCHC năm, ban hành đúng hạn.")
    rejected.get_by_role("button", name="Chấp nhận", exact=True).click()
    p.wait_for_url(re.compile(r"criterion=1\.1"))
    state = p.locator("ol.evidence > li .review-state", has_text="Đúng kế hoạch CCHC năm")
    assert state.count() == 1 and state.inner_text().startswith("Thẩm định: chấp nhận —")

    # add evidence by upload (a text file with the plan), with a comment
    plan = tmp_path / "ke-hoach-77.txt"
    plan.write_text("ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG\nSố: 77/KH-UBND\nTiền Giang, ngày 20 tháng 12 năm 2022\n"
                    "KẾ HOẠCH Cải cách hành chính năm 2023 của tỉnh Tiền Giang\n"
                    "Thực hiện cải cách thể chế, cải cách thủ tục hành chính năm 2023.", encoding="utf-8")
    p.get_by_label("hoặc tải tệp lên").set_input_files(str(plan))
    p.get_by_label("Vì sao đây là minh chứng").fill("Bản scan do Sở Nội vụ gửi, cổng không đăng.")
    with p.expect_navigation(timeout=120_000):
        p.get_by_role("button", name="Thêm minh chứng").click()
    added = p.locator("ul.additions li")
    assert added.count() == 1 and "Bản scan do Sở Nội vụ gửi" in added.inner_text()
    assert "tải lên" in added.inner_text()
    doc_href = added.get_by_role("link", name="Bản lưu").get_attribute("href")
    raw = httpx.get(base_url + doc_href.replace("/ban-luu/", "/ban-luu/") + "/trang")
    assert raw.status_code == 200 and raw.content == plan.read_bytes()

    # sign off: the matrix is frozen as signed, the forms are gone
    p.goto(f"/minh-chung?province=Ti%E1%BB%81n+Giang&year={YEAR}")
    p.get_by_label(re.compile("Ký duyệt hồ sơ")).fill("Đã đối chiếu 36 tiêu chí với bản lưu.")
    p.get_by_role("button", name="Ký duyệt").click()
    p.wait_for_url(re.compile(r"/minh-chung\?"))
    banner = p.locator("#da-ky-duyet")
    assert "Đã ký duyệt bởi tham-dinh-1" in banner.inner_text()
    page.shot("evidence-signed-off-desktop")
    p.goto(EVIDENCE)
    assert p.locator("form.review-form").count() == 0 and p.locator("form.add-form").count() == 0
    r = httpx.post(base_url + "/evidence/review", headers={"X-API-Key": appraiser},
                   json={"province": PROVINCE, "year": YEAR, "criterion": CRITERION, "document_id": 1,
                         "decision": "accepted", "reason": "sau khi ký"})
    assert r.status_code == 409 and "signed off" in r.text

    # the audit trail: who, what, when
    p.goto("/nhat-ky")
    text = p.locator("table.audit").inner_text()
    for action in ("session.login", "evidence.review.rejected", "evidence.review.accepted", "evidence.add.upload",
                   "evidence.signoff"):
        assert action in text, action
    assert "tham-dinh-1" in text and "doc-gia-1" in text
    p.get_by_label("Loại việc").fill("evidence.signoff")
    p.get_by_role("button", name="Lọc").click()
    assert p.locator("table.audit tbody tr").count() == 1
    page.shot("audit-desktop")
    # logging out ends the session
    p.goto(EVIDENCE)
    p.get_by_role("button", name="Đăng xuất").click()
    p.goto("/nhat-ky")
    p.wait_for_url(re.compile(r"/dang-nhap"))
