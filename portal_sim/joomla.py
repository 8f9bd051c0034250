"""Joomla 3 (variant 0: query-string URLs, no canonical, Phoca Download links without extension) and
Joomla 4 (variant 1: SEF /index.php/section/ID-slug, canonical, ?start= paging) portals."""
from __future__ import annotations

import re

from portal_sim.generic import SECTIONS, Family, SimDoc, SimFile, e

CAT = {"reform": 8, "news": 9, "culture": 10}
CAT_OF = {v: k for k, v in CAT.items()}


class Joomla(Family):
    name = "joomla"

    @property
    def generator(self) -> str:
        return "Joomla! - Open Source Content Management" + (" - Version 4.4" if self.variant else "")

    def canonical(self) -> bool:
        return self.variant == 1

    def article(self, d: SimDoc) -> str:
        if self.variant:
            return f"/index.php/{d.section}/{d.id}-{d.slug}"
        return f"/index.php?option=com_content&view=article&id={d.id}:{d.slug}&catid={CAT[d.section]}&Itemid=1{CAT[d.section]}"

    def article_variants(self, d: SimDoc) -> list[str]:
        if self.variant:
            return [f"/index.php/{d.section}/{d.id}"]
        return [f"/index.php?option=com_content&view=article&id={d.id}&catid={CAT[d.section]}&Itemid=1{CAT[d.section]}"]

    def print_view(self, d: SimDoc) -> str:
        sep = "&" if "?" in self.article(d) else "?"
        return self.article(d) + f"{sep}tmpl=component&print=1&layout=default"

    def listing(self, section: str, page: int) -> str:
        if self.variant:
            return f"/index.php/{section}" + (f"?start={(page - 1) * 10}" if page > 1 else "")
        return (f"/index.php?option=com_content&view=category&id={CAT[section]}&Itemid=1{CAT[section]}"
                + (f"&limitstart={(page - 1) * 10}" if page > 1 else ""))

    def file(self, f: SimFile) -> str:
        if self.variant and f.kind != "blob":
            return f"/images/van-ban/{f.name}"
        return f"/index.php?option=com_phocadownload&view=category&id=2&download={f.id}:{f.name.rsplit('.', 1)[0]}&Itemid=110"

    def calendar(self, y: int, m: int) -> str:
        return f"/index.php?option=com_jevents&task=month.calendar&year={y}&month={m}&Itemid=115"

    def feed(self) -> str:
        return "/index.php/reform?format=feed&type=rss" if self.variant else \
            "/index.php?option=com_content&view=category&id=8&format=feed&type=rss"

    def robots_disallow(self) -> list[str]:
        return ["/administrator/", "/cache/", "/tmp/"]

    def date_text(self, d) -> str:
        return f"Đăng ngày: {d:%d/%m/%Y}" if self.variant else f"Ngày đăng: {d:%d/%m/%Y %H:%M}"

    def item(self, d: SimDoc) -> str:
        cls = "com-content-category-blog__item blog-item" if self.variant else "items-row"
        return (f'<div class="{cls}"><h2 itemprop="name"><a href="{e(self.article(d))}">{e(d.title)}</a></h2>'
                f'<dd class="published"><time datetime="{d.posted:%Y-%m-%dT%H:%M}">{d.posted:%d/%m/%Y}</time></dd>'
                f'<p>{e(d.body[0][:150])}</p></div>')

    def route(self, path: str, q: dict):
        if path in ("/", "/index.php") and not q:
            return ("home", None)
        if q.get("option") == "com_jevents":
            return ("calendar", int(q.get("year", 2024)), int(q.get("month", 1)))
        if q.get("format") == "feed":
            return ("feed", None)
        if q.get("option") == "com_phocadownload" and "download" in q:
            return ("file", int(q["download"].split(":")[0]), "disposition")
        if path.startswith("/images/van-ban/"):
            name = path.rsplit("/", 1)[-1]
            for d, f in self.p.files.values():
                if f.name == name:
                    return ("file", f.id)
            return None
        kind = "print" if q.get("tmpl") == "component" else "article"
        if q.get("option") == "com_content" and q.get("view") == "article":
            return (kind, int(q["id"].split(":")[0]))
        if q.get("option") == "com_content" and q.get("view") == "category":
            return ("listing", CAT_OF.get(int(q.get("id", 0))), int(q.get("limitstart", 0)) // 10 + 1)
        m = re.fullmatch(r"/index\.php/(\w+)/(\d+)(?:-[a-z0-9-]+)?", path)
        if m and m.group(1) in SECTIONS:
            return (kind, int(m.group(2)))
        m = re.fullmatch(r"/index\.php/(\w+)", path)
        if m and m.group(1) in SECTIONS:
            return ("listing", m.group(1), int(q.get("start", 0)) // 10 + 1)
        return None
