"""SharePoint / ASP.NET WebForms portals (e.g. Bạc Liêu): listings paged by __doPostBack with a
signed __VIEWSTATE/__EVENTVALIDATION, ChiTietTinTuc.aspx?nid= articles, javascript:downloadfile links."""
from __future__ import annotations

import base64
import hashlib
import hmac
from urllib.parse import quote

from portal_sim.articles import Article
from portal_sim.base import PortalHandler
from portal_sim.files import file_name
from portal_sim.pages import SECTIONS, WEEKDAYS, e, parse_date

_SECRET = b"parwatch-sim"


class SharePoint(PortalHandler):
    family = "sharepoint"
    ROBOTS_DISALLOW = ("/_layouts/", "/_vti_bin/")

    @staticmethod
    def article_path(a: Article) -> str:
        return f"/Trang/ChiTietTinTuc.aspx?nid={a.id}"

    @classmethod
    def file_path(cls, a: Article, k: int) -> str:
        return f"/Lists/TinTuc/Attachments/{a.id}/{quote(file_name(a, k))}"

    @staticmethod
    def section_url(section: str, page: int = 1) -> str:
        return f"/Trang/{section}.aspx"

    def _viewstate(self, section: str, page: int) -> tuple[str, str]:
        vs = base64.b64encode(f"/wEPDwUKMTY1NDU2MTA1Mg|{section}|{page}|".encode() + hashlib.sha1(section.encode()).digest()).decode()
        ev = base64.b64encode(hmac.new(_SECRET, vs.encode(), "sha1").digest()).decode()
        return vs, ev

    def route_family(self, method: str, path: str, q: dict, form: dict) -> None:
        low = path.lower()
        if path == "/":
            return self._redirect("/Trang/Default.aspx")
        if low == "/trang/default.aspx":
            return self.home()
        if low == "/trang/chitiettintuc.aspx":
            a = self.find(q.get("nid"))
            return self.serve_article(a, self.sp_article) if a else self.not_found()
        if low.startswith("/lists/tintuc/attachments/"):
            parts = path.strip("/").split("/")
            a = self.find(parts[3]) if len(parts) >= 5 else None
            if a is None:
                return self.not_found()
            ks = [k for k in range(len(a.files)) if file_name(a, k) == parts[4]]
            return self.serve_file(a, ks[0]) if ks else self.not_found()
        for section in SECTIONS:
            if low == f"/trang/{section}.aspx":
                page = 1
                if method == "POST":
                    vs, ev = form.get("__VIEWSTATE", ""), form.get("__EVENTVALIDATION", "")
                    good = base64.b64encode(hmac.new(_SECRET, vs.encode(), "sha1").digest()).decode()
                    if not hmac.compare_digest(ev, good) or f"|{section}|" not in base64.b64decode(vs or b"").decode("utf-8", "replace"):
                        return self._html("<h1>Server Error in '/' Application.</h1><p>Invalid postback or callback argument.</p>", status=500)
                    arg = form.get("__EVENTARGUMENT", "")
                    if form.get("__EVENTTARGET") == "ctl00$PlaceHolderMain$grvNews" and arg.startswith("Page$"):
                        page = int(arg[5:]) if arg[5:].isdigit() else 1
                return self.sp_listing(section, page)
        self.not_found()

    def sp_listing(self, section: str, page: int) -> None:
        arts, pages = self.paged(section, page)
        vs, ev = self._viewstate(section, page)
        rows = "".join(
            f'<tr><td class="news-item"><a href="{e(self.sim.article_path(a))}">{e(a.title)}</a>'
            f' <span class="date">({parse_date(a.date).strftime("%d/%m/%Y")})</span><p>{e(a.body[0][:160])}...</p></td></tr>'
            for a in arts)
        pager = "".join(
            (f"<td><span>{p}</span></td>" if p == page else
             f"<td><a href=\"javascript:__doPostBack('ctl00$PlaceHolderMain$grvNews','Page${p}')\">{p}</a></td>")
            for p in range(1, pages + 1))
        main = (f'<form method="post" action="./{section}.aspx" id="aspnetForm">'
                f'<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">'
                f'<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">'
                f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}">'
                f'<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{ev}">'
                f'<script type="text/javascript">function __doPostBack(t,a){{var f=document.forms["aspnetForm"];'
                f'f.__EVENTTARGET.value=t;f.__EVENTARGUMENT.value=a;f.submit();}}</script>'
                f'<h2 class="ms-rteElement-H2">{SECTIONS[section]}</h2>'
                f'<table id="ctl00_PlaceHolderMain_grvNews" class="grid-news">{rows}'
                f'<tr class="pager"><td><table><tr>{pager}</tr></table></td></tr></table>'
                f'<input type="text" name="ctl00$txtSearch" value="" title="Tìm kiếm"></form>')
        self._html(self.layout(SECTIONS[section], main, self.latest_box(), html_class="ms-isBot"))

    def sp_article(self, a: Article) -> str:
        d = parse_date(a.date)
        when = f"{WEEKDAYS[d.weekday()].replace('Thứ Sáu', 'Thứ sáu')}, {d:%d/%m/%Y, %H:%M}"
        main = (f'<div class="chi-tiet-tin"><h1 class="title">{e(a.title)}</h1><div class="date">{when}</div>'
                f'<div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field">'
                f'{self.body_html(a)}</div>{self.article_files_html(a, "Tài liệu đính kèm", js=True)}'
                f'<div class="view-count">Số lượt xem: {400 + a.id}</div>{self.related_box(a)}</div>')
        return self.layout(a.title, main, self.latest_box())
