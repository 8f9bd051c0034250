"""Drupal portals: variant 0 Drupal 7 (node/N and an alias, /print/N, ?page=N from 0, English
"Submitted by ... on 18 October 2019" bylines, private files /system/files/... without extension),
variant 1 Drupal 9 (node/N/printable/print, Vietnamese date field)."""
from __future__ import annotations

import re

from portal_sim.generic import SECTIONS, Family, SimDoc, SimFile, e

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


class Drupal(Family):
    name = "drupal"

    @property
    def generator(self) -> str:
        return "Drupal 9 (https://www.drupal.org)" if self.variant else "Drupal 7 (http://drupal.org)"

    def article(self, d: SimDoc) -> str:
        return f"/tin-bai/{d.slug}" if self.variant else f"/{d.section}/{d.slug}"

    def article_variants(self, d: SimDoc) -> list[str]:
        return [f"/node/{d.id}"]

    def print_view(self, d: SimDoc) -> str:
        return f"/node/{d.id}/printable/print" if self.variant else f"/print/{d.id}"

    def listing(self, section: str, page: int) -> str:
        return f"/{section}" + (f"?page={page - 1}" if page > 1 else "")

    def file(self, f: SimFile) -> str:
        if f.kind == "blob":
            return f"/system/files/van-ban/{f.id}"
        return f"/sites/default/files/{f.name}"

    def calendar(self, y: int, m: int) -> str:
        return f"/calendar/{y}-{m:02d}"

    def feed(self) -> str:
        return "/rss.xml"

    def sitemap(self) -> str:
        return "/sitemap.xml"

    def robots_disallow(self) -> list[str]:
        return ["/user/", "/search/", "/calendar/"]

    def date_text(self, d) -> str:
        if self.variant:
            return f"{['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'][d.weekday()]}, {d:%d/%m/%Y - %H:%M}"
        return f"Submitted by Ban biên tập on {d.day} {MONTHS[d.month - 1]} {d.year}"

    def item(self, d: SimDoc) -> str:
        return (f'<div class="views-row"><div class="views-field-title"><a href="{e(self.article(d))}">{e(d.title)}</a></div>'
                f'<div class="views-field-created">{d.posted:%d/%m/%Y}</div></div>')

    def route(self, path: str, q: dict):
        if path == "/":
            return ("home", None)
        if path == "/rss.xml":
            return ("feed", None)
        if path == "/sitemap.xml":
            return ("sitemap", None if "page" not in q else int(q["page"]))
        m = re.fullmatch(r"/node/(\d+)(/printable/print)?", path)
        if m:
            return ("print" if m.group(2) else "article", int(m.group(1)))
        m = re.fullmatch(r"/print/(\d+)", path)
        if m:
            return ("print", int(m.group(1)))
        m = re.fullmatch(r"/calendar/(\d{4})-(\d\d)", path)
        if m:
            return ("calendar", int(m.group(1)), int(m.group(2)))
        m = re.fullmatch(r"/system/files/van-ban/(\d+)", path)
        if m:
            return ("file", int(m.group(1)), "disposition")
        m = re.fullmatch(r"/sites/default/files/(.+)", path)
        if m:
            for d, f in self.p.files.values():
                if f.name == m.group(1):
                    return ("file", f.id)
            return None
        m = re.fullmatch(r"/(\w+)", path)
        if m and m.group(1) in SECTIONS:
            return ("listing", m.group(1), int(q.get("page", 0)) + 1)
        m = re.fullmatch(r"/(?:tin-bai|\w+)/([a-z0-9-]+)", path)
        if m:
            for d in self.p.docs:
                if d.slug == m.group(1):
                    return ("article", d.id)
        return None

    def sitemap_chunk(self, k: int) -> str:
        return f"/sitemap.xml?page={k}"
