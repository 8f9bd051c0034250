"""Liferay 6.2 portals (e.g. Tiền Giang): asset-publisher listings paged with _101_cur,
/-/view_content/ articles, document-library attachments."""
from __future__ import annotations

import hashlib
from urllib.parse import quote

from portal_sim.articles import Article
from portal_sim.base import PER_PAGE, PortalHandler
from portal_sim.files import file_name
from portal_sim.pages import SECTIONS, e, parse_date, slugify


class Liferay(PortalHandler):
    family = "liferay"
    ROBOTS_DISALLOW = ("/c/", "/group/control_panel")
    EXTRA_MENU = (("/c/portal/cai-cach-hanh-chinh-noi-bo", "Quản trị"),)

    @staticmethod
    def article_path(a: Article) -> str:
        return f"/{a.section}/-/view_content/{a.id}-{slugify(a.title)}"

    @classmethod
    def file_path(cls, a: Article, k: int) -> str:
        uuid = hashlib.md5(f"{a.id}-{k}".encode()).hexdigest()
        return f"/documents/10181/{a.id}/{quote(file_name(a, k))}/{uuid[:8]}-{uuid[8:12]}-{uuid[12:16]}?t=1615901441563"

    @staticmethod
    def section_url(section: str, page: int = 1) -> str:
        return f"/{section}" + (f"?p_p_id=101&p_p_lifecycle=0&p_p_state=normal&_101_delta=10&_101_cur={page}" if page > 1 else "")

    def route_family(self, method: str, path: str, q: dict, form: dict) -> None:
        parts = path.strip("/").split("/")
        if path in ("/", "/web/guest", "/web/guest/trang-chu"):
            return self.home()
        if path.startswith("/documents/10181/"):
            a = self.find(parts[2])
            if a is None:
                return self.not_found()
            name = parts[3]
            ks = [k for k in range(len(a.files)) if file_name(a, k) == name]
            return self.serve_file(a, ks[0]) if ks else self.not_found()
        if len(parts) == 1 and parts[0] in SECTIONS:
            return self.liferay_listing(parts[0], int(q.get("_101_cur", 1) or 1))
        if len(parts) == 4 and parts[1] == "-" and parts[2] == "view_content":
            a = self.find(parts[3].split("-", 1)[0])
            if a is None:
                return self.not_found()
            return self.serve_article(a, self.liferay_article)
        self.not_found()

    def liferay_listing(self, section: str, cur: int) -> None:
        arts, pages = self.paged(section, cur)
        total = len(self.sim.site_articles(self.site.name, section))
        items = "".join(
            f'<div class="asset-abstract"><h3 class="asset-title"><a href="{e(self.sim.article_path(a))}">{e(a.title)}</a></h3>'
            f'<div class="assetPublishDate block_timer"> {parse_date(a.date).strftime("%d/%m/%Y | %I:%M %p")} </div>'
            f'<div class="asset-summary">{e(a.body[0][:200])}...</div></div>' for a in arts)
        first = (cur - 1) * PER_PAGE + 1
        nums = "".join(f'<li><a href="{e(self.section_url(section, p))}">{p}</a></li>' for p in range(1, pages + 1) if p != cur)
        nav = (f'<div class="taglib-page-iterator"><div class="search-results">Hiển thị {first} - {first + len(arts) - 1} of {total} kết quả.</div>'
               f'<ul class="pager lfr-pagination-buttons">'
               f'<li class="first"><a href="{e(self.section_url(section, 1))}">&larr; Đầu tiên</a></li>'
               + (f'<li><a href="{e(self.section_url(section, cur - 1))}">Trước</a></li>' if cur > 1 else "")
               + (f'<li><a href="{e(self.section_url(section, cur + 1))}">next</a></li>' if cur < pages else "")
               + f'<li class="last"><a href="{e(self.section_url(section, pages))}">Cuối cùng &rarr;</a></li></ul>'
               f'<ul class="pagination">{nums}</ul></div>')
        self._html(self.layout(SECTIONS[section], f'<div class="portlet-asset-publisher"><h2>{SECTIONS[section]}</h2>{items}{nav}</div>',
                               self.latest_box()))

    def liferay_article(self, a: Article) -> str:
        d = parse_date(a.date)
        main = (f'<div class="portlet-asset-publisher"><div class="title-news"><h1>{e(a.title)}</h1></div>'
                f'<div class="assetPublishDate">{d.strftime("%d/%m/%Y | %I:%M %p")}</div>'
                f'<div class="journal-content-article">{self.body_html(a)}</div>'
                f'{self.article_files_html(a)}'
                f'<div class="taglib-ratings">Đánh giá bài viết(0/5)</div>{self.related_box(a)}</div>')
        return self.layout(a.title, main, self.latest_box())
