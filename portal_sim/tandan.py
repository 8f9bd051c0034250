"""A "Tân Dân" portal whose listings are built by script (Điện Biên in the simulator). The HTML
of a listing holds no article link at all: a script fetches the items and the pager from a JSON
endpoint and writes them into the page, so only a crawler that runs the script (headless Chromium)
finds the articles. Articles themselves are plain server-rendered pages
(/portal/pages/<yyyy-mm-dd>/<slug>-<id>.aspx, .tandan-title-view/.tandan-content-view)."""
from __future__ import annotations

import json
from urllib.parse import quote

from portal_sim.articles import R, Article
from portal_sim.base import PortalHandler
from portal_sim.files import file_name
from portal_sim.pages import SECTIONS, e, parse_date, slugify

SCRIPT = """(function () {
  var box = document.getElementById('tandan-list'), pager = document.getElementById('tandan-pager');
  var section = box.getAttribute('data-section'), page = box.getAttribute('data-page');
  fetch('/portal/_api/news?section=' + encodeURIComponent(section) + '&page=' + page)
    .then(function (r) { return r.json(); })
    .then(function (d) {
      d.items.forEach(function (it) {
        var div = document.createElement('div'), a = document.createElement('a'), s = document.createElement('span');
        div.className = 'tandan-p-article-news-title';
        a.href = it.url; a.textContent = it.title; s.textContent = ' (' + it.date + ')';
        div.appendChild(a); div.appendChild(s); box.appendChild(div);
      });
      for (var k = 1; k <= d.pages; k++) {
        var li = document.createElement('li'), p = document.createElement('a');
        p.href = '?Page=' + k; p.textContent = String(k);
        if (String(k) === page) { li.className = 'active'; }
        li.appendChild(p); pager.appendChild(li);
      }
    });
})();
"""


class TanDan(PortalHandler):
    family = "tandan"
    ROBOTS_DISALLOW = ("/_vti_bin/",)

    @staticmethod
    def article_path(a: Article) -> str:
        d = parse_date(a.date)
        return f"/portal/pages/{d:%Y-%m-%d}/{slugify(a.title)}-{a.id}.aspx"

    @classmethod
    def file_path(cls, a: Article, k: int) -> str:
        d = parse_date(a.date)
        return f"/portal/VanBan/{d:%Y-%m}/{a.id}_{k}_{quote(file_name(a, k))}"

    @staticmethod
    def section_url(section: str, page: int = 1) -> str:
        return f"/portal/Pages/{section}.aspx" + (f"?Page={page}" if page > 1 else "")

    @staticmethod
    def source_extra(base_url: str) -> dict:
        return {"render": "js", "sections": [f"/portal/Pages/{R}.aspx"]}

    def route_family(self, method: str, path: str, q: dict, form: dict) -> None:
        parts = path.strip("/").split("/")
        if path in ("/", "/portal/", "/portal/Pages/default.aspx"):
            return self.shell_home()
        if path == "/portal/_layouts/15/td.list.js":
            return self._send(200, SCRIPT.encode(), "application/javascript; charset=utf-8")
        if path == "/portal/_api/news":
            return self.api(q.get("section", ""), q.get("page", "1"))
        if len(parts) == 3 and parts[:2] == ["portal", "Pages"] and parts[2].endswith(".aspx"):
            section = parts[2][:-5]
            if section in SECTIONS:
                return self.shell_listing(section, q.get("Page", "1"))
        if len(parts) == 4 and parts[:2] == ["portal", "pages"] and parts[3].endswith(".aspx"):
            a = self.find(parts[3][:-5].rsplit("-", 1)[-1])
            return self.serve_article(a, self.article) if a else self.not_found()
        if len(parts) == 4 and parts[:2] == ["portal", "VanBan"]:
            aid, k = parts[3].split("_")[:2]
            a = self.find(aid)
            return self.serve_file(a, int(k)) if a and k.isdigit() else self.not_found()
        self.not_found()

    def shell_home(self) -> None:
        # section links only: every article link is written by the listings' script
        secs = "".join(f'<li><a href="{e(self.section_url(s))}">{e(t)}</a></li>' for s, t in SECTIONS.items())
        self._html(self.layout("Trang chủ", f'<div class="chuyen-muc"><h2>Chuyên mục</h2><ul>{secs}</ul></div>'))

    def shell_listing(self, section: str, page: str) -> None:
        n = int(page) if page.isdigit() and int(page) > 0 else 1
        main = (f'<h1>{e(SECTIONS[section])}</h1><div id="tandan-list" data-section="{e(section)}" data-page="{n}"></div>'
                f'<ul class="pagination" id="tandan-pager"></ul>'
                f'<noscript>Trình duyệt cần bật JavaScript để xem danh sách tin.</noscript>'
                f'<script src="/portal/_layouts/15/td.list.js"></script>')
        self._html(self.layout(SECTIONS[section], main))

    def api(self, section: str, page: str) -> None:
        if section not in SECTIONS:
            return self._send(404, b'{"error": "unknown section"}', "application/json")
        n = int(page) if page.isdigit() and int(page) > 0 else 1
        arts, pages = self.paged(section, n)
        items = [{"url": self.sim.article_path(a), "title": a.title, "date": parse_date(a.date).strftime("%d/%m/%Y")}
                 for a in arts]
        self._send(200, json.dumps({"items": items, "pages": pages}, ensure_ascii=False).encode(),
                   "application/json; charset=utf-8")

    def article(self, a: Article) -> str:
        d = parse_date(a.date)
        main = (f'<div class="tandan-article"><h1 class="tandan-title-view">{e(a.title)}</h1>'
                f'<div class="tandan-date-view">{d:%d/%m/%Y %H:%M}</div>'
                f'<div class="tandan-content-view">{self.body_html(a)}</div>{self.article_files_html(a)}</div>')
        return self.layout(a.title, main)
