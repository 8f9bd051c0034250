"""Saved pages of each CMS family (tests/files/<family>/, generated once from portal_sim by
tests/files/generate.py) parsed by the spider's own callbacks, with a frozen clock: fast and exact,
no server. The live-simulator crawls (test_crawl_sim.py) stay as the end-to-end check."""
from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime, timezone
from pathlib import Path
from urllib.parse import parse_qs

import pytest
import yaml
from scrapy.http import HtmlResponse, Request, Response, XmlResponse

from crawler.items import FetchedFile, FetchedPage
from crawler.sources import parse_sources
from crawler.spiders import articles, portal
from store.sqlite import content_hash

FILES = Path(__file__).resolve().parent.parent / "files"
FROZEN = datetime(2025, 3, 1, 8, 0, tzinfo=timezone.utc)
KIND = {"listing.html": "listing", "listing-page2.html": "listing", "article.html": "article", "feed.xml": "feed",
        "sitemap.xml": "sitemap", "sitemap-news.xml": "sitemap"}
HEADERS = {"ETag": '"a9-v1"', "Last-Modified": "Mon, 08 Jul 2024 11:38:00 GMT"}


@pytest.fixture(autouse=True)
def frozen_clock(monkeypatch):
    monkeypatch.setattr(articles, "_now", lambda: FROZEN)   # the clock of FetchedPage.fetched_at


def spider_for(family: str) -> tuple[portal.PortalSpider, str]:
    index = yaml.safe_load((FILES / family / "pages.yaml").read_text(encoding="utf-8"))
    sources = parse_sources((FILES / "sources.yaml").read_text(encoding="utf-8"))
    return portal.PortalSpider(sources=sources), "sim-" + index["site"]


def parse(family: str, name: str, offload=None) -> list:
    """Everything the spider's callback yields for the saved page `name` of `family`
    (`offload`: the pipeline's hand-over of page reading to its workers)."""
    spider, sid = spider_for(family)
    spider.offload = offload
    pages = yaml.safe_load((FILES / family / "pages.yaml").read_text(encoding="utf-8"))["pages"]
    page = next(p for p in pages if p["file"] == name)
    req = spider._req(spider.sources[sid], page["url"], KIND[name], depth=1 if KIND[name] == "article" else 0)
    cls = XmlResponse if name.endswith(".xml") else HtmlResponse
    resp = cls(url=page["url"], body=(FILES / family / name).read_bytes(), request=req, status=200,
               headers={"Content-Type": page["content_type"], **HEADERS})
    out = _collect(req.callback(resp))
    if KIND[name] == "article":  # the page item waits for its files: answer each with a 404
        while out and isinstance(out[0], Request) and out[0].meta.get("kind") == "file":
            out = list(spider.parse_file(Response(url=out[0].url, status=404, request=out[0]))) + out[1:]
    return out


def _collect(out) -> list:
    """A callback's output: parse_page is an async generator (it awaits the page's analysis)."""
    if not hasattr(out, "__anext__"):
        return list(out)

    async def drain():
        return [o async for o in out]
    # a loop of its own in a thread: a session-wide Playwright browser keeps one running in this thread
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, drain()).result()


def _role(r: Request) -> str:
    """Pages are one kind until read: a pagination step (or postback) is a 'listing', any other
    page an 'article' (the page itself decides when it is read); files, feeds, sitemaps as they are."""
    kind = r.meta.get("kind")
    if kind in ("page", "postback", "listing", "article"):
        return "listing" if kind == "postback" or r.meta.get("lp", 1) > 1 else "article"
    return kind


def urls(out: list, kind: str) -> set[str]:
    return {o.url for o in out if isinstance(o, Request) and _role(o) == kind}


def article(family: str) -> FetchedPage:
    [page] = [o for o in parse(family, "article.html") if isinstance(o, FetchedPage)]
    return page


# -- Liferay 6.2 (Tiền Giang) -----------------------------------------------------------------------------
LR = "http://tiengiang.portal.test"


def test_liferay_listing():
    out = parse("liferay", "listing.html")
    arts = urls(out, "article")
    assert f"{LR}/cai-cach-hanh-chinh/-/view_content/9-tien-giang-day-manh-cung-cap-dich-vu-cong-truc-tuyen-toan-trinh" in arts
    assert len({u for u in arts if "/cai-cach-hanh-chinh/-/view_content/" in u}) == 5
    assert f"{LR}/cai-cach-hanh-chinh?p_p_id=101&p_p_lifecycle=0&p_p_state=normal&_101_delta=10&_101_cur=2" in urls(out, "listing")
    assert all(u.startswith(LR) for u in arts)
    assert not urls(out, "file")


def test_liferay_listing_page_two():
    arts = urls(parse("liferay", "listing-page2.html"), "article")
    ids = {int(u.split("/view_content/")[1].split("-")[0]) for u in arts if "/cai-cach-hanh-chinh/-/view_content/" in u}
    assert {12, 6, 2, 1} <= ids            # the second page's items
    assert 9 not in ids and 7 not in ids   # the first page's are not repeated (only the "Tin mới" box is)
    assert ids - {12, 6, 2, 1} == {28, 34, 8}


def test_liferay_article():
    a = article("liferay")
    assert a.title == "Tiền Giang đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình"
    assert a.published_date == date(2024, 6, 5)
    assert a.date_text == "05/06/2024 | 09:30 AM"
    assert a.text.startswith("Thực hiện Kế hoạch số 155/KH-UBND ngày 20/4/2024 của UBND tỉnh về chuyển đổi số năm 2024")
    assert "Đánh giá bài viết" not in a.text and "Tin liên quan" not in a.text
    assert a.source_id == "sim-tiengiang" and a.province == "Tiền Giang"
    assert a.fetched_at == FROZEN
    assert a.etag == '"a9-v1"' and a.last_modified == "Mon, 08 Jul 2024 11:38:00 GMT"
    assert [f.url for f in a.files] == [f"{LR}/documents/10181/9/Phu%20luc%209.docx/52fc302a-3649-fd83?t=1615901441563"]
    assert a.files[0] == FetchedFile(url=a.files[0].url, status=404, size=0, error="HTTP 404")
    assert a.content_hash == content_hash(a.title, a.text, [(f.url, "") for f in a.files])


# -- SharePoint / ASP.NET WebForms (Bạc Liêu) ---------------------------------------------------------------
SP = "http://baclieu.portal.test"


def test_sharepoint_listing():
    out = parse("sharepoint", "listing.html")
    arts = urls(out, "article")
    assert {f"{SP}/Trang/ChiTietTinTuc.aspx?nid={n}" for n in (18, 14, 39, 13, 29)} <= arts
    [post] = [o for o in out if isinstance(o, Request) and o.method == "POST"]
    form = parse_qs(post.body.decode())
    assert post.url == f"{SP}/Trang/cai-cach-hanh-chinh.aspx"
    assert form["__EVENTTARGET"] == ["ctl00$PlaceHolderMain$grvNews"] and form["__EVENTARGUMENT"] == ["Page$2"]
    assert form["__VIEWSTATE"][0] and form["__EVENTVALIDATION"][0]
    assert post.meta["kind"] == "postback" and post.meta["lp"] == 2


def test_sharepoint_article():
    a = article("sharepoint")
    assert a.title == "Tập huấn nghiệp vụ cải cách hành chính và kiểm soát thủ tục hành chính năm 2024"
    assert a.published_date == date(2024, 9, 12)
    assert a.date_text == "Thứ Năm, 12/09/2024, 14:00"
    assert a.text.startswith("Sở Nội vụ phối hợp Văn phòng UBND tỉnh tổ chức lớp tập huấn nghiệp vụ cải cách hành chính")
    assert "Số lượt xem" not in a.text
    assert a.source_id == "sim-baclieu" and a.province == "Bạc Liêu" and a.fetched_at == FROZEN
    assert [f.url for f in a.files] == [f"{SP}/Lists/TinTuc/Attachments/18/Tai%20lieu%2018.doc"]   # javascript:downloadfile(...)


# -- NukeViet (Quảng Trị) -------------------------------------------------------------------------------------
NV = "http://quangtri.portal.test"


def test_nukeviet_listing():
    out = parse("nukeviet", "listing.html")
    assert f"{NV}/vi/news/cai-cach-hanh-chinh/page-2" in urls(out, "listing")
    assert len({u for u in urls(out, "article") if "/vi/news/cai-cach-hanh-chinh/" in u}) == 5


def test_nukeviet_feed_and_sitemaps():
    feed = parse("nukeviet", "feed.xml")
    items = (FILES / "nukeviet" / "feed.xml").read_text(encoding="utf-8").count("<item>")
    # every item is followed (the page decides whether it is kept), not only those whose title names reform
    assert len(urls(feed, "article")) == items and all(u.startswith(f"{NV}/vi/news/") for u in urls(feed, "article"))
    assert urls(parse("nukeviet", "sitemap.xml"), "sitemap") == {f"{NV}/vi/news/sitemap.xml"}
    assert urls(parse("nukeviet", "sitemap-news.xml"), "article") == urls(feed, "article")


def test_nukeviet_article():
    a = article("nukeviet")
    assert a.title == "Hướng dẫn thu thập tài liệu kiểm chứng Chỉ số cải cách hành chính năm 2024"
    assert a.published_date == date(2024, 10, 3)
    assert a.date_text == "08:40, Thứ Năm, 3-10-2024"
    assert a.text.startswith("Sở Nội vụ ban hành Hướng dẫn số 15/HD-SNV về thu thập, cung cấp tài liệu kiểm chứng")
    assert "Từ khóa" not in a.text and "Lượt xem" not in a.text
    assert a.source_id == "sim-quangtri" and a.province == "Quảng Trị" and a.fetched_at == FROZEN
    assert [f.url for f in a.files] == [f"{NV}/vi/news/cai-cach-hanh-chinh/huong-dan-thu-thap-tai-lieu-kiem-chung-chi-so-cai-cach-hanh-chinh-nam-2024-24.html?download=1&id=0"]


def test_content_disposition_file_names():
    from crawler.spiders.portal import disposition_filename

    assert disposition_filename("attachment; filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%2015.pdf") == "Kế hoạch 15.pdf"
    assert disposition_filename('attachment; filename="van-ban-3.pdf"') == "van-ban-3.pdf"
    assert disposition_filename('attachment; filename="C:\\\\Users\\\\vt\\\\qd-12.docx"') == "qd-12.docx"
    raw_utf8 = "Quyết định 12.pdf".encode().decode("latin-1")        # UTF-8 bytes sent as they are
    assert disposition_filename(f'attachment; filename="{raw_utf8}"') == "Quyết định 12.pdf"
    assert disposition_filename("attachment") is None and disposition_filename(None) is None


def test_a_broken_worker_pool_does_not_lose_the_page():
    """Page reading handed to a worker pool that has died: the page is read in the crawl process
    and yields what it yields without a pool."""
    from concurrent.futures.process import BrokenProcessPool

    async def broken(kwargs):
        raise BrokenProcessPool("a worker was killed")
    for name in ("article.html", "listing.html"):
        plain, handed = parse("liferay", name), parse("liferay", name, offload=broken)
        assert [type(o) for o in handed] == [type(o) for o in plain] and plain
        assert [getattr(o, "url", None) for o in handed] == [getattr(o, "url", None) for o in plain]
