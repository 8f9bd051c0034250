"""A custom ASP.NET-style portal (Kon Tum in the simulator) where the faults live: slow pages, 5xx,
redirect loops, a bot wall, a wrong charset, malformed HTML, and fault attachments."""
from __future__ import annotations

import time
from urllib.parse import quote

from portal_sim.articles import Article
from portal_sim.base import PortalHandler, http_date
from portal_sim.files import file_name
from portal_sim.pages import SECTIONS, e, parse_date, slugify


class Custom(PortalHandler):
    family = "custom"
    ROBOTS_DISALLOW = ("/admin/",)

    @staticmethod
    def article_path(a: Article) -> str:
        return f"/pages/detail/{a.id}/{slugify(a.title).title()}.html"

    @classmethod
    def file_path(cls, a: Article, k: int) -> str:
        return f"/upload/2024/{a.id}_{k}_{quote(file_name(a, k))}"

    @staticmethod
    def section_url(section: str, page: int = 1) -> str:
        return f"/tin-tuc/{section}/trang-{page}.html"

    def route_family(self, method: str, path: str, q: dict, form: dict) -> None:
        parts = path.strip("/").split("/")
        if path == "/":
            return self.home()
        if len(parts) == 3 and parts[0] == "tin-tuc" and parts[1] in SECTIONS and parts[2].startswith("trang-"):
            n = parts[2][6:-5]
            return self.custom_listing(parts[1], int(n) if n.isdigit() else 1)
        if parts[0] == "upload" and len(parts) == 3:
            aid, k = parts[2].split("_")[:2]
            a = self.find(aid)
            return self.serve_file(a, int(k)) if a else self.not_found()
        if parts[:2] == ["pages", "detail"] and len(parts) == 4:
            a = self.find(parts[2])
            if a is None:
                return self.not_found()
            fault = a.topic
            if fault == "timeout":
                time.sleep(self.sim.fault_delay)
            elif fault == "5xx":
                return self._html("<html><body><h1>503 Service Unavailable</h1></body></html>", status=503)
            elif fault == "redirect-loop":
                other = "Vong-Lap-B.html" if parts[3] != "Vong-Lap-B.html" else "Vong-Lap-A.html"
                return self._redirect(f"/pages/detail/{a.id}/{other}")
            elif fault == "botwall":
                return self._html("<html><head><title>Just a moment...</title><meta name=robots content='noindex,nofollow'></head>"
                                  "<body><h1>Checking your browser before accessing</h1><p>Please enable JavaScript and cookies.</p>"
                                  "</body></html>", status=403)
            if fault == "wrong-charset":  # declares ISO-8859-1, sends UTF-8 bytes
                body = self.custom_article(a).replace('charset="utf-8"', 'charset="iso-8859-1"').encode("utf-8")
                return self._send(200, body, "text/html; charset=iso-8859-1",
                                  {"ETag": self.sim.etag(a), "Last-Modified": http_date(self.sim.modified[a.id])})
            if fault == "malformed":
                text = self.custom_article(a)
                text = text.replace("</div>", "", 7).replace("<p>", "<p><<b>", 2).replace("</body></html>", "<div><table><tr><td>")
                return self._html(text)
            return self.serve_article(a, self.custom_article)
        self.not_found()

    def custom_listing(self, section: str, page: int) -> None:
        arts, pages = self.paged(section, page)
        items = "".join(f'<li><a href="{e(self.sim.article_path(a))}">{e(a.title)}</a> '
                        f'<span>({parse_date(a.date).strftime("%d/%m/%Y, %H:%M")})</span></li>' for a in arts)
        nums = "".join(f'<a href="{e(self.section_url(section, p))}">{p}</a> ' for p in range(1, pages + 1))
        self._html(self.layout(SECTIONS[section], f'<h1>{SECTIONS[section]}</h1><ul class="list-news">{items}</ul>'
                                                  f'<div class="paging">Trang: {nums}</div>'))

    def custom_article(self, a: Article) -> str:
        d = parse_date(a.date)
        main = (f'<div class="detail"><h1 class="title-detail">{e(a.title)}</h1>'
                f'<div class="date-detail">Ngày đăng: {d:%d/%m/%Y}  {d:%H:%M}</div>'
                f'<div class="content-detail">{self.body_html(a)}</div>{self.article_files_html(a)}</div>')
        return self.layout(a.title, main, self.latest_box())
