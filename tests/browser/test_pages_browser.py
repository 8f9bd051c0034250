"""The pages in a real browser (Debian's Chromium via Playwright) against a real uvicorn server,
over a store the real crawler filled from the portal simulator. Screenshots of every page go to
test-output/screenshots/ (desktop 1366x768 and phone 390x844)."""
from __future__ import annotations

import re

import pytest
from openpyxl import load_workbook
from playwright.sync_api import expect

from store.auth_records import create_key

pytestmark = pytest.mark.browser


def _search(p, words: str) -> int:
    page = p.page
    page.goto("/")
    page.get_by_label("Từ khóa").fill(words)
    page.get_by_role("button", name="Tìm", exact=True).click()
    page.wait_for_url(re.compile(r"/tim-kiem\?"))
    heading = page.locator("#ket-qua").inner_text()
    m = re.search(r"trong (\d+) văn bản", heading)
    assert m, heading
    return int(m.group(1))


def test_search_with_and_without_diacritics(page):
    plain = _search(page, "cai cach hanh chinh")
    assert plain >= 10
    marks = page.page.locator("ol.hits .snippet mark")
    assert marks.count() > 0
    assert "cải cách" in " ".join(marks.all_inner_texts()[:10]).lower()   # unaccented query marks accented words
    page.shot("search-desktop")
    with_marks = _search(page, "cải cách hành chính")
    assert with_marks == plain
    # keyboard: the first Tab reaches the skip link, which is visible when focused
    page.page.goto("/tim-kiem?q=PAR+INDEX")
    page.page.keyboard.press("Tab")
    skip = page.page.get_by_role("link", name="Bỏ qua, đến nội dung chính")
    assert skip.evaluate("e => e === document.activeElement")
    assert skip.bounding_box()["x"] >= 0
    page.page.keyboard.press("Enter")
    assert page.page.evaluate("document.activeElement.id") == "noi-dung"


def test_filter_by_province_with_facet_link(page, phone):
    total = _search(page, "cai cach hanh chinh")
    facet = page.page.locator("aside.facets").get_by_role("link", name=re.compile(r"^Tiền Giang"))
    count = int(facet.locator(".count").inner_text())
    assert 0 < count < total
    facet.click()
    page.page.wait_for_url(re.compile(r"province="))
    assert f"trong {count} văn bản" in page.page.locator("#ket-qua").inner_text()
    provinces = {t.strip() for t in page.page.locator("ol.hits .meta span:not(.num):not(.tag)").all_inner_texts()}
    assert "Tiền Giang" in provinces and "Bạc Liêu" not in provinces and "Quảng Trị" not in provinces
    chip = page.page.locator(".chips .chip")
    assert "Tiền Giang" in chip.first.inner_text()
    page.shot("search-province-desktop")
    # the same page on a phone: one column, no horizontal scrolling
    phone.page.goto(page.page.url)
    assert phone.page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    phone.shot("search-phone")


def test_document_page_highlights_facts(page, phone):
    _search(page, '"252/KH-UBND"')
    plan = page.page.locator("ol.hits li", has=page.page.locator(".meta .num", has_text="252/KH-UBND"))
    plan.locator("h3 a").click()
    page.page.wait_for_url(re.compile(r"/van-ban/\d+$"))
    text = page.page.locator("#van-ban-text")
    number = text.locator("mark.fact-number", has_text="252/KH-UBND").first
    assert number.is_visible()
    assert "Số hiệu văn bản" in number.get_attribute("title")
    assert text.locator("mark.fact-date", has_text="19/9/2018").count() >= 1
    assert text.locator("mark.fact-issuer").count() >= 1
    facts = page.page.locator("table.facts")
    assert "252/KH-UBND" in facts.inner_text() and "Văn bản chính" in facts.inner_text()
    assert len(page.page.locator("code.hash").inner_text().strip()) == 64
    assert page.page.locator("#chuoi").is_visible()
    criteria = page.page.locator("ul.criteria > li")
    assert criteria.count() >= 1 and "Vì sao:" in criteria.first.inner_text()     # evidence for criteria, explained
    page.shot("document-desktop")
    phone.page.goto(page.page.url)
    assert phone.page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    phone.shot("document-phone")


def test_document_with_attachments_says_how_their_text_was_read(page, app_store):
    doc_id = app_store.conn.execute(
        "SELECT document_id FROM attachments WHERE text_method='ocr' ORDER BY document_id LIMIT 1").fetchone()[0]
    page.page.goto(f"/van-ban/{doc_id}")
    files = page.page.locator("ul.files")
    assert "nhận dạng ký tự (OCR)" in files.inner_text()
    page.page.locator("ul.files details summary").first.click()
    assert page.page.locator("ul.files details .doc-text").first.is_visible()
    page.shot("document-attachments-desktop")


def test_evidence_matrix_drilldown_and_xlsx(page, phone, tmp_path):
    p = page.page
    p.goto("/minh-chung")
    p.get_by_label("Tỉnh, thành phố").select_option("Tiền Giang")
    p.get_by_label("Năm đánh giá").select_option("2024")
    p.get_by_role("button", name="Xem ma trận").click()
    p.wait_for_url(re.compile(r"province="))
    rows = p.locator("table.matrix tbody tr")
    assert rows.count() >= 20
    verdicts = set(p.locator("table.matrix .verdict").all_inner_texts())
    assert any("Đạt" in v for v in verdicts) and any("Thiếu" in v for v in verdicts)
    # drill-down into criterion 1.1 by keyboard
    link = p.get_by_role("link", name="Chi tiết tiêu chí 1.1", exact=True)
    link.focus()
    p.keyboard.press("Enter")
    p.wait_for_url(re.compile(r"criterion=1\.1"))
    detail = p.locator("#chi-tiet")
    assert "Tiêu chí 1.1" in detail.inner_text()
    assert detail.locator("ol.evidence li a").count() >= 1
    page.shot("evidence-desktop")
    with p.expect_download() as dl:
        p.get_by_role("link", name="Tải XLSX (Excel)").click()
    path = tmp_path / "matrix.xlsx"
    dl.value.save_as(path)
    assert dl.value.suggested_filename.endswith(".xlsx")
    ws = load_workbook(path).active
    assert "Tiền Giang" in str(ws["A1"].value) and ws["A4"].value == "Lĩnh vực"
    assert ws.max_row >= 20
    phone.page.goto(p.url)
    assert phone.page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    phone.shot("evidence-phone")


def test_compare_one_criterion_across_provinces(page):
    p = page.page
    p.goto("/minh-chung/so-sanh")
    p.get_by_label("Năm đánh giá").select_option("2024")
    p.get_by_label("Tiêu chí").select_option("1.1")
    p.get_by_role("button", name="So sánh").click()
    p.wait_for_url(re.compile(r"criterion=1\.1"))
    names = p.locator("table.matrix tbody th").all_inner_texts()
    assert {"Tiền Giang", "Bạc Liêu", "Quảng Trị"} <= set(names)
    page.shot("compare-desktop")


def test_alerts_create_test_and_remove_a_subscription(page, app_store):
    key = create_key(app_store, "tham-dinh-trinh-duyet", "appraiser")
    p = page.page
    p.goto("/canh-bao")
    p.get_by_label("Khóa API", exact=True).fill(key)
    p.get_by_role("button", name="Dùng khóa này").click()
    status = p.locator("#status")
    status.filter(has_text="Đã tải").wait_for()
    p.get_by_label("Tên đăng ký").fill("Kế hoạch CCHC Tiền Giang")
    p.get_by_label(re.compile("^Truy vấn")).fill("kế hoạch cải cách hành chính")
    p.get_by_label("Kênh nhận").select_option("atom")
    form = p.locator("#create-form")
    form.get_by_role("checkbox", name="Tiền Giang").check()
    form.get_by_role("checkbox", name="PAR INDEX").check()
    form.locator("summary").click()                   # criteria picked from the list, not typed
    form.get_by_label(re.compile(r"^\s*1\.1 Kế hoạch")).check()
    p.get_by_role("button", name="Tạo đăng ký").click()
    created = p.locator("#created")
    created.wait_for(state="visible")
    assert "Đã tạo đăng ký" in created.inner_text()
    feed = created.locator("a.feed-link")               # the feed URL is a link, with a copy button
    assert "/feeds/" in feed.get_attribute("href") and feed.inner_text() == feed.get_attribute("href")
    created.get_by_role("button", name=re.compile("^Sao chép")).click()
    expect(created.get_by_role("button", name=re.compile("^Đã"))).to_be_visible()
    row = p.locator("#subs-body tr", has_text="Kế hoạch CCHC Tiền Giang")
    row.wait_for()
    assert "tỉnh: Tiền Giang" in row.inner_text() and "Nguồn tin Atom" in row.inner_text()
    assert "tiêu chí: 1.1" in row.inner_text()
    row.get_by_role("button", name=re.compile("^Gửi thử")).click()
    status.filter(has_text="Gửi thử").wait_for()
    page.shot("alerts-desktop")
    p.once("dialog", lambda d: d.accept())
    row.get_by_role("button", name=re.compile("^Xóa")).click()
    status.filter(has_text="Đã xóa").wait_for()
    expect(p.locator("#subs-body tr", has_text="Kế hoạch CCHC Tiền Giang")).to_have_count(0)


def test_alerts_page_with_a_wrong_key_says_so(page):
    p = page.page
    page.expected.append("status of 401")      # the browser logs the 401 of the fetch itself, when it likes
    p.goto("/canh-bao")
    p.get_by_label("Khóa API", exact=True).fill("pw_not-a-key")
    p.get_by_role("button", name="Dùng khóa này").click()
    p.locator("#status.error").wait_for()
    assert "Khóa API không đúng" in p.locator("#status").inner_text()


def test_api_docs_render_offline(page):
    """/docs needs nothing but this server: the context refuses every other host (a CDN too)."""
    page.page.goto("/docs")
    page.page.wait_for_selector(".swagger-ui .info .title")
    assert "parwatch" in page.page.inner_text(".swagger-ui .info .title")
    page.page.wait_for_selector("text=/search")
    assert page.page.locator(".opblock").count() >= 10
    page.shot("api-docs")


def test_favicon_is_served(page):
    r = page.page.request.get("/favicon.ico")
    assert r.status == 200 and r.headers["content-type"].startswith("image/svg+xml")


def test_sources_page_shows_the_crawled_sources(page):
    page.page.goto("/nguon")
    rows = page.page.locator("table.sources tbody tr")
    assert rows.count() >= 3
    assert "Bình thường" in page.page.inner_text("table.sources")
    page.shot("sources")
