"""NukeViet portals (e.g. Quảng Trị): /vi/news/<section>/page-N listings, alias-checked article
URLs (wrong alias: 301), RSS feeds and a sitemap index."""
from __future__ import annotations

import json

from portal_sim.articles import Article
from portal_sim.base import PortalHandler, http_date
from portal_sim.pages import SECTIONS, WEEKDAYS, e, parse_date, slugify


class NukeViet(PortalHandler):
    family = "nukeviet"
    ROBOTS_DISALLOW = ("/admin/", "/cache/", "/data/", "/includes/", "/tmp/")

    @staticmethod
    def article_path(a: Article) -> str:
        return f"/vi/news/{a.section}/{slugify(a.title)}-{a.id}.html"

    @classmethod
    def file_path(cls, a: Article, k: int) -> str:
        return cls.article_path(a) + f"?download=1&id={k}"

    @staticmethod
    def section_url(section: str, page: int = 1) -> str:
        return f"/vi/news/{section}/" + (f"page-{page}" if page > 1 else "")

    @staticmethod
    def source_extra(base_url: str) -> dict:
        return {"feeds": [base_url + "vi/news/rss/"], "sitemaps": [base_url + "sitemap.xml"]}

    def robots(self) -> str:
        return super().robots() + f"Sitemap: {self.site.base_url}sitemap.xml\n"

    def route_family(self, method: str, path: str, q: dict, form: dict) -> None:
        parts = path.strip("/").split("/")
        if path in ("/", "/vi/", "/index.php"):
            return self.home()
        if path == "/sitemap.xml":
            return self._send(200, (f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                                    f'<sitemap><loc>{self.site.base_url}vi/news/sitemap.xml</loc></sitemap></sitemapindex>').encode(),
                              "application/xml")
        if path == "/vi/news/sitemap.xml":
            urls = "".join(f"<url><loc>{e(self.site.base_url.rstrip('/') + self.sim.article_path(a))}</loc>"
                           f"<lastmod>{self.sim.modified[a.id]:%Y-%m-%dT%H:%M:%S+00:00}</lastmod></url>"
                           for a in self.sim.site_articles(self.site.name))
            return self._send(200, f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode(),
                              "application/xml")
        if parts[:3] == ["vi", "news", "rss"]:
            section = parts[3] if len(parts) > 3 else None
            return self.nv_rss(section)
        if len(parts) >= 3 and parts[:2] == ["vi", "news"] and parts[2] in SECTIONS:
            section = parts[2]
            if len(parts) == 3:
                return self.nv_listing(section, 1)
            if len(parts) == 4 and parts[3].startswith("page-"):
                n = parts[3][5:]
                _, pages = self.paged(section, 1)
                if not n.isdigit() or not 1 < int(n) <= pages:
                    return self._redirect(self.section_url(section))
                return self.nv_listing(section, int(n))
            if len(parts) == 4 and parts[3].endswith(".html"):
                a = self.find(parts[3][:-5].rsplit("-", 1)[-1])
                if a is None:
                    return self.not_found()
                if "download" in q:
                    return self.serve_file(a, int(q.get("id", 0) or 0))
                if parts[3] != self.sim.article_path(a).rsplit("/", 1)[1]:
                    return self._redirect(self.sim.article_path(a), 301)  # wrong alias: NukeViet redirects
                return self.serve_article(a, self.nv_article)
        self.not_found()

    def nv_listing(self, section: str, page: int) -> None:
        arts, pages = self.paged(section, page)
        items = "".join(
            f'<div class="news_column panel"><h3><a href="{e(self.sim.article_path(a))}" title="{e(a.title)}">{e(a.title)}</a></h3>'
            f'<p><em class="fa fa-clock-o"></em> {parse_date(a.date).strftime("%d/%m/%Y %H:%M")}</p>'
            f'<p class="text-justify">{e(a.body[0][:180])}</p></div>' for a in arts)
        nums = "".join(f'<li class="{"active" if p == page else ""}"><a href="{e(self.section_url(section, p))}">{p}</a></li>'
                       for p in range(1, pages + 1))
        nxt = f'<li><a href="{e(self.section_url(section, page + 1))}">&raquo;</a></li>' if page < pages else ""
        self._html(self.layout(SECTIONS[section], f'<h1>{SECTIONS[section]}</h1>{items}'
                                                  f'<div class="text-center"><ul class="pagination">{nums}{nxt}</ul></div>',
                               self.latest_box(),
                               head_extra=f'<link rel="alternate" type="application/rss+xml" title="{SECTIONS[section]}" href="/vi/news/rss/{section}/">'))

    def nv_rss(self, section: str | None) -> None:
        arts = self.sim.site_articles(self.site.name, section)[:30]
        base = self.site.base_url.rstrip("/")
        items = "".join(
            f"<item><title>{e(a.title)}</title><link>{e(base + self.sim.article_path(a))}</link>"
            f"<guid isPermaLink=\"false\">{a.id}</guid><pubDate>{http_date(parse_date(a.date))}</pubDate>"
            f"<description>{e(a.body[0][:200])}</description></item>" for a in arts)
        rss = (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{e(self.site.title)}</title>'
               f'<link>{base}/</link><description>Tin tức</description>{items}</channel></rss>')
        self._send(200, rss.encode(), "application/rss+xml; charset=utf-8")

    def nv_article(self, a: Article) -> str:
        d = parse_date(a.date)
        when = f"{d:%H:%M}, {WEEKDAYS[d.weekday()]}, {d.day}-{d.month}-{d.year}"
        head = (f'<meta property="article:published_time" content="{d:%Y-%m-%dT%H:%M:%S}+07:00">'
                f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", "headline": a.title, "datePublished": d.isoformat()}, ensure_ascii=False)}</script>')
        main = (f'<div class="news_column panel panel-default"><div class="panel-body">'
                f'<h1 class="title margin-bottom-lg">{e(a.title)}</h1>'
                f'<div class="row margin-bottom-lg"><span class="h5">{when}</span> <span>Lượt xem: {100 + a.id}</span></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{self.body_html(a)}</div>'
                f'{self.article_files_html(a)}'
                f'<div class="keywords">Từ khóa: <a href="/vi/news/tag/cai-cach-hanh-chinh">cải cách hành chính</a></div>'
                f'<div class="socialicon"><a href="#">Facebook</a> <a href="#">Twitter</a></div></div></div>{self.related_box(a)}')
        return self.layout(a.title, main, self.latest_box(), head_extra=head)
