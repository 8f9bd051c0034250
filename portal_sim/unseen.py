"""Held-out portal shapes: markup real Vietnamese portals show that the other simulator families do not.

Written to measure the crawler on pages it was not written against (docs/crawler.md, "Held-out
portal shapes"): each `Variation` subclass is one kind of difference, each `variant` one shape of
it, all on the generic engine's corpus (portal_sim/generic.py). No portal here gives the crawler a
feed, a sitemap, `og:type=article` or `article:published_time`: what it finds, it finds in the
page. Models: the research notes (/work/shared/research/portals_and_perf.md A.2-A.8) and the
saved Liferay/vbpl pages; no markup is copied from them.

    portal = start_unseen(Paging, variant=2)     # one portal on 127.0.0.1:<port>
    portal.expected()                            # what a crawl from base_url must find
"""
from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import quote, unquote, urlparse

from portal_sim.generic import SECTIONS, CmsPortal, Family, Handler, SimDoc, SimFile, e, slugify
from portal_sim.legacy import cp1258_bytes

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
FILE_MEDIA = {"pdf": "application/pdf", "blob": "application/pdf",
              "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


def vn_name(f: SimFile) -> str:
    """The file's name as an editor types it: Vietnamese, spaces (`Kế hoạch số 100005 KH-UBND.pdf`)."""
    ext = f.name.rsplit(".", 1)[-1]
    kind = "Quyết định" if "QĐ" in f.numbers[0] else ("Phụ lục" if ext == "docx" else "Văn bản")
    return f"{kind} số {f.numbers[0].replace('/', ' ')}.{ext}"


class Variation(Family):
    """Plain server-rendered portal; subclasses change one thing. URL scheme:
    `/chuyen-muc/<section>?page=N`, `/tin-tuc/<slug>-<id>.html`, `/Uploads/van-ban/<file>`."""
    name = "unseen"
    shapes: tuple[str, ...] = ()        # one line per variant, for the docs' table
    size = 40                           # articles

    def canonical(self) -> bool:
        return False

    # URLs
    def article(self, d: SimDoc) -> str:
        return f"/tin-tuc/{d.slug}.html"

    def print_view(self, d: SimDoc) -> str:
        return f"/in-bai/{d.id}"

    def listing(self, section: str, page: int) -> str:
        return f"/chuyen-muc/{section}" + (f"?page={page}" if page > 1 else "")

    def file(self, f: SimFile) -> str:
        return f"/Uploads/van-ban/{f.name}"

    def calendar(self, y: int, m: int) -> str:
        return f"/lich-cong-tac?nam={y}&thang={m}"

    # markup hooks
    def head(self, title: str, **kw) -> str:
        robots = f'<meta name="robots" content="{kw["robots"]}">' if kw.get("robots") else ""
        return f'<title>{e(title)} - {e(self.p.title)}</title><meta charset="utf-8">{robots}'

    def items(self, docs: list[SimDoc]) -> str:
        return f'<div class="items">{"".join(self.item(d) for d in docs)}</div>'

    def date_html(self, d: datetime) -> str:
        return f'<div class="published">{e(self.date_text(d))}</div>'

    def embed(self, d: SimDoc) -> str:
        return self.attachments(d)

    def home_page(self) -> str:
        blocks = "".join(f'<section class="home-block"><h2><a href="{e(self.listing(s, 1))}">{e(t)}</a></h2>'
                         f'{self.items(self.p.section_docs(s)[:4])}</section>' for s, t in SECTIONS.items())
        return self.shell(self.head("Trang chủ"), blocks + self.home_extra())

    def home_extra(self) -> str:
        return ""

    def listing_page(self, section: str, page: int) -> str | None:
        docs = self.p.section_docs(section)
        pages = max(1, -(-len(docs) // 10))
        if page > pages:
            return None
        main = (f'<h1 class="category-title">{e(SECTIONS[section])}</h1>'
                f'{self.items(docs[(page - 1) * 10: page * 10])}{self.pager(section, page, pages)}')
        return self.shell(self.head(SECTIONS[section]), self.form(main))

    def form(self, main: str) -> str:
        return main

    def article_page(self, d: SimDoc) -> str:
        main = (f'<div class="news-detail"><h1 class="title">{e(d.title)}</h1>{self.date_html(d.posted)}'
                f'<div class="content">{self.body_html(d)}</div>{self.embed(d)}'
                f'<div class="tools"><a href="{e(self.print_view(d))}" rel="nofollow">In bài viết</a></div></div>')
        return self.shell(self.head(d.title), main, self.related(d))

    # answers: (status, body, content type, headers) after the engine's page is built
    def transform(self, body: bytes, ctype: str) -> tuple[bytes, str]:
        return body, ctype

    def file_headers(self, f: SimFile) -> tuple[str, dict]:
        return FILE_MEDIA[f.kind], {}

    # routing
    def route_extra(self, path: str, q: dict):
        return None

    def route(self, path: str, q: dict):
        r = self.route_extra(path, q)
        if r is not None:
            return r
        if path == "/":
            return ("home", None)
        if path == "/lich-cong-tac":
            return ("calendar", int(q.get("nam", 2024)), int(q.get("thang", 1)))
        m = re.fullmatch(r"/chuyen-muc/(\w+)", path)
        if m and m.group(1) in SECTIONS:
            return ("listing", m.group(1), int(q.get("page", 1)))
        m = re.fullmatch(r"/tin-tuc/(?:[a-z0-9-]*-)?(\d+)\.html", path)
        if m:
            return ("article", int(m.group(1)))
        m = re.fullmatch(r"/in-bai/(\d+)", path)
        if m:
            return ("print", int(m.group(1)))
        if path.startswith("/Uploads/"):
            return self.file_by_name(path.rsplit("/", 1)[-1])
        return None

    def file_by_name(self, name: str):
        for _, f in self.p.files.values():
            if name in (f.name, vn_name(f), f.name.upper()):
                return ("ufile", f.id)
        return None


# --------------------------------------------------------------------------- 1. listing markup
class ListRows(Variation):
    name = "rows"
    shapes = ("items as `<tr>` rows of a table (date cell, title cell)",
              "items as a `<dl>`: `<dt>` title link, `<dd>` date and summary",
              "cards: the whole card is one link around an image and the title")

    def items(self, docs: list[SimDoc]) -> str:
        if self.variant == 0:
            rows = "".join(f'<tr><td class="stt">{k + 1}</td><td class="ngay">{d.posted:%d/%m/%Y}</td>'
                           f'<td><a href="{e(self.article(d))}">{e(d.title)}</a></td></tr>' for k, d in enumerate(docs))
            return f'<table class="tbl-news"><tbody><tr><th>STT</th><th>Ngày</th><th>Tiêu đề</th></tr>{rows}</tbody></table>'
        if self.variant == 1:
            return '<dl class="list-news">' + "".join(
                f'<dt><a href="{e(self.article(d))}">{e(d.title)}</a></dt>'
                f'<dd><span>{d.posted:%d/%m/%Y}</span> {e(d.body[0][:120])}</dd>' for d in docs) + "</dl>"
        return '<div class="row">' + "".join(
            f'<div class="col-md-4"><a class="card" href="{e(self.article(d))}"><img src="/images/thumb/{d.id}.jpg" alt="">'
            f'<div class="card-body"><h5>{e(d.title)}</h5><small>{d.posted:%d/%m/%Y}</small></div></a></div>'
            for d in docs) + "</div>"


# --------------------------------------------------------------------------- 2. posting dates
class DateShapes(Variation):
    name = "dates"
    shapes = ("`Thứ Hai, 03/06/2024 - 14:20`", "`03-06-2024` (dashes, no label)",
              "`Ngày 3 tháng 6 năm 2024` (words, no zero padding)",
              "ISO only in `<time datetime>`, no visible date", "date only in the URL `/2024/06/03/slug.html`")

    def date_html(self, d: datetime) -> str:
        if self.variant == 0:
            return f'<div class="date">{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y - %H:%M}</div>'
        if self.variant == 1:
            return f'<span class="time">{d:%d-%m-%Y}</span>'
        if self.variant == 2:
            return f'<p class="meta">Ngày {d.day} tháng {d.month} năm {d.year}</p>'
        if self.variant == 3:
            return f'<time class="pubdate" datetime="{d:%Y-%m-%dT%H:%M:%S}+07:00"><i class="icon-clock"></i></time>'
        return ""

    def article(self, d: SimDoc) -> str:
        if self.variant == 4:
            return f"/tin-tuc/{d.posted:%Y/%m/%d}/{d.slug}.html"
        return super().article(d)

    def route_extra(self, path: str, q: dict):
        m = re.fullmatch(r"/tin-tuc/\d{4}/\d\d/\d\d/[a-z0-9-]*-(\d+)\.html", path)
        return ("article", int(m.group(1))) if m else None


# --------------------------------------------------------------------------- 3. pagination
class Paging(Variation):
    name = "paging"
    shapes = ("`?page=N` links relative to the page (`href=\"?page=2\"`), `›` for next",
              "`/chuyen-muc/x/trang-2.html`, `Trang tiếp`",
              "GridView `javascript:__doPostBack('ctl00$Main$gvNews','Page$2')` only",
              "DataPager postback buttons (`…$ctl02`, empty argument) + a plain `?PageIndex=N` next link",
              "a `Xem thêm` link to an HTML fragment of the next items")

    def listing(self, section: str, page: int) -> str:
        if self.variant == 1:
            return f"/chuyen-muc/{section}" + (f"/trang-{page}.html" if page > 1 else "")
        return super().listing(section, page)

    def pager(self, section: str, page: int, pages: int) -> str:
        v, nums = self.variant, range(1, pages + 1)
        if v == 0:
            links = [f'<li><a href="?page={n}">{n}</a></li>' if n != page else f'<li class="active"><span>{n}</span></li>' for n in nums]
            nxt = f'<li><a href="?page={page + 1}">›</a></li>' if page < pages else ""
            return f'<ul class="pagination">{"".join(links)}{nxt}</ul>'
        if v == 1:
            links = [f'<a href="{e(self.listing(section, n))}">{n}</a>' for n in nums if n != page]
            nxt = f'<a href="{e(self.listing(section, page + 1))}">Trang tiếp</a>' if page < pages else ""
            return f'<div class="phantrang">{" ".join(links)} {nxt}</div>'
        if v == 2:
            return '<div class="pager">' + " ".join(
                f"<a href=\"javascript:__doPostBack('ctl00$Main$gvNews','Page${n}')\">{n}</a>" if n != page else f"<span>{n}</span>"
                for n in nums) + "</div>"
        if v == 3:
            btns = " ".join(f"<a href=\"javascript:__doPostBack('ctl00$PlaceHolderMain$DataPager1$ctl01$ctl{n:02d}','')\">{n}</a>"
                            for n in nums if n != page)
            nxt = f'<a class="next" href="{e(self.listing(section, 1))}?PageIndex={page + 1}">Trang sau</a>' if page < pages else ""
            return f'<div class="datapager">{btns} {nxt}</div>'
        return self.more(section, page + 1) if page < pages else ""

    def more(self, section: str, page: int) -> str:
        return f'<div class="load-more"><a class="btn-xem-them" href="/Ajax/TinTuc.aspx?cat={section}&p={page}">Xem thêm</a></div>'

    def form(self, main: str) -> str:
        if self.variant not in (2, 3):
            return main
        return ('<form method="post" action="" id="aspnetForm">'
                '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="dDwtMTA4NzI0MTU7Oz4=">'
                '<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="wEWAgL+raDpAgK">'
                '<input type="hidden" name="__EVENTTARGET" value=""><input type="hidden" name="__EVENTARGUMENT" value="">'
                f'{main}</form>')

    def route_extra(self, path: str, q: dict):
        m = re.fullmatch(r"/chuyen-muc/(\w+)/trang-(\d+)\.html", path)
        if m and m.group(1) in SECTIONS:
            return ("listing", m.group(1), int(m.group(2)))
        m = re.fullmatch(r"/chuyen-muc/(\w+)", path)
        if m and m.group(1) in SECTIONS:
            arg, target = q.get("__EVENTARGUMENT", ""), q.get("__EVENTTARGET", "")
            if arg.startswith("Page$"):
                return ("listing", m.group(1), int(arg[5:]))
            if target.endswith(tuple(f"$ctl{n:02d}" for n in range(1, 100))) and "DataPager" in target:
                return ("listing", m.group(1), int(target[-2:]))
            if "PageIndex" in q:
                return ("listing", m.group(1), int(q["PageIndex"]))
        if path == "/Ajax/TinTuc.aspx" and q.get("cat") in SECTIONS:
            docs = self.p.section_docs(q["cat"])
            page = int(q.get("p", 1))
            chunk = docs[(page - 1) * 10: page * 10]
            if not chunk:
                return None
            more = self.more(q["cat"], page + 1) if page * 10 < len(docs) else ""
            return ("static", self.items(chunk) + more)
        return None


# --------------------------------------------------------------------------- 4. attachment links
class AttachLinks(Variation):
    name = "attach"
    shapes = ("`download.aspx?id=N`, text `Tải về`, `Content-Disposition` with the name",
              "an icon only (`<img>` in the link), `FileHandler.ashx?fid=N`, no disposition",
              "`href=\"javascript:void(0)\" onclick=\"openFile('/Uploads/…pdf')\"`",
              "`href=\"javascript:downloadfile('name.pdf','/Lists/vbpq/Attachments/N/name.pdf')\"` (vbpl)")

    def attachments(self, d: SimDoc) -> str:
        if not d.files:
            return ""
        out = []
        for f in d.files:
            if self.variant == 0:
                out.append(f'<li>{e(f.name)} <a href="/download.aspx?id={f.id}">Tải về</a></li>')
            elif self.variant == 1:
                out.append(f'<li><a href="/FileHandler.ashx?fid={f.id}" title=""><img src="/images/icon-{f.name[-4:].strip(".")}.png" alt=""></a></li>')
            elif self.variant == 2:
                out.append(f'<li><a href="javascript:void(0);" onclick="openFile(\'/Uploads/files/{e(f.name)}\'); return false;">Xem văn bản</a></li>')
            else:
                out.append(f"<li><a href=\"javascript:downloadfile('{e(f.name)}','/Lists/vbpq/Attachments/{f.id}/{e(f.name)}')\">"
                           f'<img src="/images/save.png" alt=""> Tải về</a></li>')
        return f'<div class="file-dinh-kem"><b>File đính kèm:</b><ul>{"".join(out)}</ul></div>'

    def route_extra(self, path: str, q: dict):
        if path == "/download.aspx" and q.get("id", "").isdigit():
            return ("ufile", int(q["id"]), "disposition")
        if path == "/FileHandler.ashx" and q.get("fid", "").isdigit():
            return ("ufile", int(q["fid"]))
        m = re.fullmatch(r"/Lists/vbpq/Attachments/(\d+)/.+", path)
        if m:
            return ("ufile", int(m.group(1)))
        return None


# --------------------------------------------------------------------------- 5. how files are served
class FileServing(Variation):
    name = "files"
    shapes = ("`/van-ban/tai-ve/N`, link text `Toàn văn`, `application/octet-stream` and "
              "`filename*=UTF-8''…` Vietnamese name",
              "upper-case `.PDF` / `.DOCX`, `application/octet-stream`",
              "no extension (`/files/3f2a…`), the right `Content-Type`, no disposition")

    def file(self, f: SimFile) -> str:
        if self.variant == 0:
            return f"/van-ban/tai-ve/{f.id}"
        if self.variant == 1:
            return f"/Uploads/VanBan/{f.name.upper()}"
        return f"/files/{f.id:04x}{slugify(f.name)[:6].replace('-', '')}"

    def file_label(self, f: SimFile) -> str:
        return ("Toàn văn", f.name.upper(), "Văn bản đính kèm")[self.variant]

    def file_headers(self, f: SimFile) -> tuple[str, dict]:
        if self.variant == 0:
            return "application/octet-stream", {"Content-Disposition": f"attachment; filename*=UTF-8''{quote(vn_name(f))}"}
        if self.variant == 1:
            return "application/octet-stream", {}
        return FILE_MEDIA[f.kind], {}

    def route_extra(self, path: str, q: dict):
        m = re.fullmatch(r"/van-ban/tai-ve/(\d+)", path) or re.fullmatch(r"/files/([0-9a-f]{4})[a-z0-9]*", path)
        if m:
            return ("ufile", int(m.group(1), 16 if path.startswith("/files/") else 10))
        return None


# --------------------------------------------------------------------------- 6. URLs
class Urls(Variation):
    name = "urls"
    shapes = ("file links with unencoded Vietnamese and spaces (`/Uploads/Văn bản/Kế hoạch số 1.pdf`)",
              "`<base href=\"/portal/\">` and every link relative to it",
              "listing links and file links that redirect (301 article, 302 file)")

    def base(self) -> str:
        return "/portal/" if self.variant == 1 else "/"

    def article(self, d: SimDoc) -> str:
        if self.variant == 2:
            return f"/news.aspx?id={d.id}"
        return super().article(d)

    def file(self, f: SimFile) -> str:
        if self.variant == 0:
            return f"/Uploads/Văn bản/{vn_name(f)}"
        if self.variant == 2:
            return f"/getfile.aspx?id={f.id}"
        return super().file(f)

    def head(self, title: str, **kw) -> str:
        h = super().head(title, **kw)
        return h + f'<base href="{e(self.p.base_url.rstrip("/"))}/portal/">' if self.variant == 1 else h

    def transform(self, body: bytes, ctype: str) -> tuple[bytes, str]:
        if self.variant != 1:
            return body, ctype
        # every root-relative link becomes relative to the <base> (served under /portal/)
        return re.sub(rb'(href|src)="/(?!/)', rb'\1="', body), ctype

    def route(self, path: str, q: dict):
        if self.variant == 1:
            if path == "/":
                return ("redirect", "/portal/", 302)
            if not path.startswith("/portal/"):
                return None
            path = path[len("/portal"):]
        if self.variant == 2:
            if path == "/news.aspx" and q.get("id", "").isdigit() and int(q["id"]) in self.p.by_id:
                return ("redirect", super().article(self.p.by_id[int(q["id"])]), 301)
            if path == "/getfile.aspx" and q.get("id", "").isdigit() and int(q["id"]) in self.p.files:
                return ("redirect", super().file(self.p.files[int(q["id"])][1]), 302)
        return super().route(path, q)


# --------------------------------------------------------------------------- 7. charsets
class Charset(Variation):
    name = "charset"
    shapes = ("UTF-8 declared only in `<meta http-equiv>`; `Content-Type: text/html` without charset",
              "Windows-1258 (tones as combining marks) declared only in `<meta charset>`")

    def head(self, title: str, **kw) -> str:
        meta = ('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">' if self.variant == 0
                else '<meta charset="windows-1258">')
        robots = f'<meta name="robots" content="{kw["robots"]}">' if kw.get("robots") else ""
        return f"{meta}<title>{e(title)} - {e(self.p.title)}</title>{robots}"

    def transform(self, body: bytes, ctype: str) -> tuple[bytes, str]:
        if not ctype.startswith("text/html"):
            return body, ctype
        if self.variant == 1:
            body = cp1258_bytes(body.decode("utf-8"))
        return body, "text/html"


# --------------------------------------------------------------------------- 8. document detail pages
class DocDetail(Variation):
    name = "detail"
    shapes = ("the article links `Xem chi tiết văn bản` → an attribute table page → the file",
              "a `Văn bản` table (số hiệu, ngày ban hành, trích yếu) → detail pages → the file; "
              "articles carry no file")

    def attachments(self, d: SimDoc) -> str:
        if not d.files or self.variant == 1:
            return ""
        return "".join(f'<p class="vb-lienquan"><a href="/van-ban/chi-tiet-van-ban?id={f.id}">Xem chi tiết văn bản</a></p>'
                       for f in d.files)

    def home_extra(self) -> str:
        return '<section class="home-block"><h2><a href="/van-ban">Văn bản chỉ đạo điều hành</a></h2></section>' \
            if self.variant == 1 else ""

    def menu(self) -> str:
        m = super().menu()
        return m.replace("</ul>", '<li><a href="/van-ban">Văn bản</a></li></ul>', 1) if self.variant == 1 else m

    def documents(self) -> list[tuple[SimDoc, SimFile]]:
        return [(d, f) for d in self.p.docs for f in d.files]

    def doc_list(self, page: int) -> str | None:
        rows = self.documents()
        chunk = rows[(page - 1) * 10: page * 10]
        if not chunk:
            return None
        trs = "".join(f'<tr><td>{e(f.numbers[0])}</td><td>{d.posted:%d/%m/%Y}</td>'
                      f'<td><a href="/van-ban/chi-tiet-van-ban?id={f.id}">{e(self.summary(d, f))}</a></td></tr>' for d, f in chunk)
        nxt = f'<a href="/van-ban?page={page + 1}">Trang sau</a>' if page * 10 < len(rows) else ""
        main = (f'<h1>Văn bản chỉ đạo điều hành</h1><table class="vanban"><tr><th>Số hiệu</th><th>Ngày ban hành</th>'
                f'<th>Trích yếu</th></tr>{trs}</table><div class="pager">{nxt}</div>')
        return self.shell(self.head("Văn bản"), main)

    @staticmethod
    def summary(d: SimDoc, f: SimFile) -> str:
        return f.lines[3] if len(f.lines) > 3 else f.lines[0]

    def detail(self, fid: int) -> str | None:
        hit = self.p.files.get(fid)
        if not hit:
            return None
        d, f = hit
        rows = [("Số ký hiệu", f.numbers[0]), ("Ngày ban hành", f"{d.posted:%d/%m/%Y}"), ("Loại văn bản", "Văn bản"),
                ("Cơ quan ban hành", "UBND tỉnh"), ("Trích yếu", self.summary(d, f))]
        table = "".join(f"<tr><td class='label'>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in rows)
        main = (f'<h1 class="title">{e(self.summary(d, f))}</h1><table class="thuoctinh">{table}</table>'
                f'<div class="tai-ve">Tệp đính kèm: <a href="{e(self.file(f))}">{e(f.name)}</a></div>')
        return self.shell(self.head(f"Chi tiết văn bản {f.numbers[0]}"), main)

    def route_extra(self, path: str, q: dict):
        if path == "/van-ban/chi-tiet-van-ban" and q.get("id", "").isdigit():
            page = self.detail(int(q["id"]))
            return ("static", page) if page else None
        if path == "/van-ban" and self.variant == 1:
            page = self.doc_list(int(q.get("page", 1)))
            return ("static", page) if page else None
        return None


# --------------------------------------------------------------------------- 9. pages that embed the document
class Embedded(Variation):
    name = "embed"
    shapes = ("`<iframe src=\"/Uploads/…pdf\">`", "`<object data=…><embed src=…></object>`",
              "Google Docs / Office Online viewers (`viewerng/viewer?url=<file>`, `embed.aspx?src=<file>`)",
              "a pdf.js viewer page `/pdfjs/web/viewer.html?file=/Uploads/…pdf` in an iframe")

    def body_html(self, d: SimDoc) -> str:
        return f"<p>{e(d.body[0])}</p>" if d.files else super().body_html(d)

    def attachments(self, d: SimDoc) -> str:
        return ""

    def embed(self, d: SimDoc) -> str:
        out = []
        for f in d.files:
            src, absolute = self.file(f), self.p.url(self.file(f))
            if self.variant == 0:
                out.append(f'<iframe src="{e(src)}" width="100%" height="900" frameborder="0"></iframe>')
            elif self.variant == 1:
                out.append(f'<object data="{e(src)}" type="{FILE_MEDIA[f.kind]}" width="100%" height="900">'
                           f'<embed src="{e(src)}" type="{FILE_MEDIA[f.kind]}"></object>')
            elif self.variant == 2:
                viewer = (f"https://view.officeapps.live.com/op/embed.aspx?src={quote(absolute, safe='')}" if f.kind == "docx"
                          else f"https://docs.google.com/viewerng/viewer?embedded=true&url={quote(absolute, safe='')}")
                out.append(f'<iframe src="{e(viewer)}" width="100%" height="900"></iframe>')
            else:
                out.append(f'<iframe src="/pdfjs/web/viewer.html?file={e(quote(src))}" width="100%" height="900"></iframe>')
        return f'<div class="noi-dung-van-ban">{"".join(out)}</div>' if out else ""

    def route_extra(self, path: str, q: dict):
        if path == "/pdfjs/web/viewer.html":
            return ("static", '<!DOCTYPE html><html><head><meta charset="utf-8"><title>PDF.js viewer</title>'
                              '<script src="build/pdf.js"></script><script src="viewer.js"></script></head>'
                              '<body><div id="viewerContainer"><div id="viewer" class="pdfViewer"></div></div></body></html>')
        return None


VARIATIONS: list[type[Variation]] = [ListRows, DateShapes, Paging, AttachLinks, FileServing, Urls, Charset, DocDetail, Embedded]


# =========================================================================== second wave
# Written after the crawler was changed for the shapes above, to measure those changes on shapes
# they were not made for (docs/crawler.md, "Held-out portal shapes").
class EntryRedirect(Variation):
    name = "entry"
    shapes = ("`/` is only `<meta http-equiv=\"refresh\" content=\"0; url=/Pages/TrangChu.aspx\">`",
              "`/` is only a script `window.location.href = \"/vi/trang-chu\"`")

    def home_path(self) -> str:
        return "/Pages/TrangChu.aspx" if self.variant == 0 else "/vi/trang-chu"

    def menu(self) -> str:
        return super().menu().replace('href="/"', f'href="{self.home_path()}"', 1)

    def route_extra(self, path: str, q: dict):
        if path == "/":
            target = self.home_path()
            if self.variant == 0:
                return ("static", f'<html><head><meta http-equiv="refresh" content="0; url={target}"></head>'
                                  f'<body>Đang chuyển trang...</body></html>')
            return ("static", f'<html><head><script type="text/javascript">window.location.href = "{target}";'
                              f'</script></head><body></body></html>')
        if path == self.home_path():
            return ("home", None)
        return None


class LegacyLayout(Variation):
    name = "layout"
    shapes = ("table layout: no `<h1>`, title in `<td class=\"tieude\">`, text lines split by `<br>` in a `<td>`",
              "`<h1>` is the portal's name in the banner, the title an `<h2>`, text split by `<br>`")

    def shell(self, head: str, main: str, side: str = "") -> str:
        page = super().shell(head, main, side)
        if self.variant == 1:
            page = page.replace("<div class='banner'>", "<div class='banner'><h1 class='logo'>", 1).replace(
                "</div></header>", "</h1></div></header>", 1)
        return page

    def article_page(self, d: SimDoc) -> str:
        text = "<br>".join(e(p) for p in d.body)
        if self.variant == 0:
            main = (f'<table width="100%" cellpadding="3"><tr><td class="tieude"><b>{e(d.title)}</b></td></tr>'
                    f'<tr><td class="ngaydang">({d.posted:%d/%m/%Y})</td></tr>'
                    f'<tr><td class="noidung">{text}</td></tr><tr><td>{self.attachments(d)}</td></tr></table>')
        else:
            main = (f'<div class="detail"><h2 class="title-detail">{e(d.title)}</h2>'
                    f'<div class="date">{d.posted:%d/%m/%Y %H:%M}</div><div class="noidung">{text}</div>'
                    f'{self.attachments(d)}</div>')
        return self.shell(self.head(d.title), main, self.related(d))


class MoreLinks(Variation):
    name = "more"
    shapes = ("list items: the title is plain text, the only link is `Chi tiết »`",
              "list items: a linked thumbnail, the title in `<b>`, a `Xem tiếp` link")

    def item(self, d: SimDoc) -> str:
        if self.variant == 0:
            return (f'<div class="news-item"><h3>{e(d.title)}</h3><p>{e(d.body[0][:140])}</p>'
                    f'<a href="{e(self.article(d))}">Chi tiết »</a></div>')
        return (f'<div class="tin"><a href="{e(self.article(d))}"><img src="/images/thumb/{d.id}.jpg" alt=""></a>'
                f'<b>{e(d.title)}</b> <span>({d.posted:%d/%m/%Y})</span> '
                f'<a class="xemtiep" href="{e(self.article(d))}">Xem tiếp</a></div>')


class FileTypes(Variation):
    name = "types"
    shapes = ("`…/x.pdf` served as `Content-Type: text/html` (a misconfigured server)",
              "a `<button onclick=\"location.href='/Uploads/…pdf'\">` instead of a link",
              "`File.aspx?ID=N`, text = the file's name without extension, `application/force-download`, "
              "`Content-Disposition: inline; filename=…`")

    def attachments(self, d: SimDoc) -> str:
        if not d.files:
            return ""
        if self.variant == 1:
            return "".join(f'<p><button type="button" class="btn" onclick="location.href=\'{e(self.file(f))}\'">'
                           f'Tải văn bản</button></p>' for f in d.files)
        if self.variant == 2:
            return '<div class="files">' + "".join(
                f'<p><a href="/Resources/File.aspx?ID={f.id}">{e(f.name.rsplit(".", 1)[0])}</a></p>' for f in d.files) + "</div>"
        return super().attachments(d)

    def file_headers(self, f: SimFile) -> tuple[str, dict]:
        if self.variant == 0:
            return "text/html", {}
        if self.variant == 2:
            return "application/force-download", {"Content-Disposition": f'inline; filename="{f.name}"'}
        return super().file_headers(f)

    def route_extra(self, path: str, q: dict):
        if path == "/Resources/File.aspx" and q.get("ID", "").isdigit():
            return ("ufile", int(q["ID"]))
        return None


class DateShapes2(Variation):
    name = "dates2"
    shapes = ("`Cập nhật: 14:20 | 3/6/24` (two-digit year)", "the date inside the `<h1>` after the title",
              "`Ngày đăng: 03/06/2024` at the end of the article, after its text",
              "`Tin đăng ngày: 3/6/2024 - Xem: 92` (no padding, a view counter glued on)")

    def article_page(self, d: SimDoc) -> str:
        date_end = f'<p class="ngay-dang">Ngày đăng: {d.posted:%d/%m/%Y}</p>' if self.variant == 2 else ""
        title = e(d.title) + (f' <small>({d.posted:%d/%m/%Y})</small>' if self.variant == 1 else "")
        main = (f'<div class="news-detail"><h1 class="title">{title}</h1>{self.date_html(d.posted)}'
                f'<div class="content">{self.body_html(d)}</div>{date_end}{self.attachments(d)}</div>')
        return self.shell(self.head(d.title), main, self.related(d))

    def date_html(self, d: datetime) -> str:
        if self.variant == 0:
            return f'<div class="meta">Cập nhật: {d:%H:%M} | {d.day}/{d.month}/{d:%y}</div>'
        if self.variant == 3:
            return f'<div class="meta">Tin đăng ngày: {d.day}/{d.month}/{d.year} - Xem: {92 + d.day}</div>'
        return ""


class Sessions(Variation):
    name = "session"
    shapes = ("ASP.NET cookieless sessions: every link under `/(S(<id>))/`, a new id in every answer",
              "Java `;jsessionid=<id>` on every link, a new id in every answer")

    def transform(self, body: bytes, ctype: str) -> tuple[bytes, str]:
        with self.p.lock:
            self.p.hits += 1
            sid = f"{self.p.hits * 7919 % 10**8:08x}"
        if self.variant == 0:
            return re.sub(rb'href="/(?!/)', f'href="/(S({sid}))/'.encode(), body), ctype
        return re.sub(rb'href="(/[^"?#]*)', lambda m: m.group(0) + f";jsessionid={sid}".encode(), body), ctype

    def route(self, path: str, q: dict):
        path = re.sub(r"^/\(S\([0-9a-z]+\)\)", "", path) or "/"
        return super().route(path.split(";jsessionid=")[0], q)


class DeepArchive(Variation):
    name = "deep"
    size = 300
    shapes = ("300 articles, 12 listing pages behind a windowed pager `« 1 2 3 4 5 Sau »`, no related lists",
              "the same behind a lone `Trang sau` link")

    def related(self, d: SimDoc) -> str:
        return ""

    def pager(self, section: str, page: int, pages: int) -> str:
        if self.variant == 0:
            return super().pager(section, page, pages)
        return f'<p class="next"><a href="{e(self.listing(section, page + 1))}">Trang sau</a></p>' if page < pages else ""


SECOND_WAVE: list[type[Variation]] = [EntryRedirect, LegacyLayout, MoreLinks, FileTypes, DateShapes2, Sessions, DeepArchive]


# --------------------------------------------------------------------------- server
class UnseenHandler(Handler):
    """The engine's handler plus redirects, per-shape file headers and per-shape page bytes."""

    def _send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8", headers: dict | None = None):
        if status == 200 and ctype.startswith("text/html"):
            body, ctype = self.portal.fam.transform(body, ctype)
        super()._send(status, body, ctype, headers)

    def do_GET(self, form: dict | None = None):
        p = self.portal
        u = urlparse(self.path)
        q = {k: v for k, v in (pair.split("=", 1) if "=" in pair else (pair, "") for pair in u.query.split("&") if pair)}
        q = {unquote(k): unquote(v) for k, v in q.items()}
        q.update({k: v[0] for k, v in (form or {}).items()})
        path = unquote(u.path)
        r = p.fam.route(path, q) if path != "/robots.txt" else None
        if r and r[0] == "redirect":
            return self._send(r[2], b"", headers={"Location": r[1]})
        if r and r[0] == "ufile":
            hit = p.files.get(r[1])
            if hit is None:
                return self._send(404, b"")
            f = hit[1]
            ctype, headers = p.fam.file_headers(f)
            if r[2:] == ("disposition",):
                headers = {"Content-Disposition": f'attachment; filename="{f.name}"', **headers}
            return self._send(200, p.file_bytes(f), ctype, headers)
        if form is not None and r and r[0] == "listing":    # a postback: the engine would re-read the form
            out = p.fam.listing_page(r[1], r[2])
            return self._send(200, out.encode()) if out else self._send(404, b"")
        return super().do_GET(form)


class UnseenPortal(CmsPortal):
    def __init__(self, family: type[Variation], *, code: int = 10, **kw):
        super().__init__(family, prefix=1, **kw)
        # the engine numbers documents 10NNNN / 15NNNN; here `code` keeps portals apart in 5-6 digits
        # (a 7-digit 3500006/BC-SNV is no document number a portal shows, nor one the crawler knows)
        swap = lambda t: re.sub(r"\b1([05])(\d{4})\b", lambda m: f"{code}{m.group(1)}{int(m.group(2)):02d}", t)  # noqa: E731
        for d in self.docs:
            d.title, d.body, d.numbers = swap(d.title), [swap(x) for x in d.body], [swap(x) for x in d.numbers]
            for f in d.files:
                f.name, f.numbers, f.lines = swap(f.name), [swap(x) for x in f.numbers], [swap(x) for x in f.lines]

    def start(self) -> "UnseenPortal":
        import threading
        from http.server import ThreadingHTTPServer
        handler = type("H", (UnseenHandler,), {"portal": self})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True, name=f"sim-{self.fam.name}").start()
        return self

    def expected(self) -> dict:
        """What a crawl from base_url alone must find: reform article titles -> posting day, and the
        document numbers that exist only inside attachments."""
        return {"articles": {d.title: d.posted.date().isoformat() for d in self.reform_docs()},
                "files": {f.numbers[0]: f.name for d in self.reform_docs() for f in d.files}}


def start_unseen(variation: type[Variation], variant: int = 0, *, n: int | None = None, code: int = 10) -> UnseenPortal:
    """One held-out portal: no faults, no scans (OCR is measured elsewhere), deterministic corpus;
    `code` (10-99) keeps the document numbers of portals crawled together apart."""
    return UnseenPortal(variation, variant=variant, n=n or variation.size, scans=0, faults=False,
                        code=code, province="Hậu Giang").start()


def all_shapes(wave: int = 1) -> list[tuple[type[Variation], int]]:
    return [(v, k) for v in (VARIATIONS if wave == 1 else SECOND_WAVE) for k in range(len(v.shapes))]
