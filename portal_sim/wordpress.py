"""WordPress portals: variant 0 pretty permalinks (/YYYY/MM/DD/slug/, /category/x/page/N/, ?p=N
answers the same post, wp-sitemap.xml), variant 1 plain permalinks (?p=N, ?cat=N&paged=N) whose
attachments are linked through attachment pages (?attachment_id=N)."""
from __future__ import annotations

import re

from portal_sim.generic import SECTIONS, Family, SimDoc, SimFile

CAT = {"reform": 3, "news": 4, "culture": 5}
CAT_OF = {v: k for k, v in CAT.items()}


class WordPress(Family):
    name = "wordpress"
    generator = "WordPress 6.4.3"

    def article(self, d: SimDoc) -> str:
        if self.variant:
            return f"/?p={d.id}"
        return f"/{d.posted:%Y/%m/%d}/{d.slug}/"

    def article_variants(self, d: SimDoc) -> list[str]:
        return [f"/index.php?p={d.id}"] if self.variant else [f"/?p={d.id}"]

    def print_view(self, d: SimDoc) -> str:
        return self.article(d) + ("&print=1" if self.variant else "?print=1")

    def listing(self, section: str, page: int) -> str:
        if self.variant:
            return f"/?cat={CAT[section]}" + (f"&paged={page}" if page > 1 else "")
        return f"/category/{section}/" + (f"page/{page}/" if page > 1 else "")

    def file(self, f: SimFile) -> str:
        if f.kind == "blob":
            return f"/?download={f.id}"
        d = self.p.files[f.id][0]
        return f"/wp-content/uploads/{d.posted:%Y/%m}/{f.name}"

    def file_link(self, f: SimFile) -> str:
        return f"/?attachment_id={f.id}" if self.variant and f.kind != "blob" else self.file(f)

    def calendar(self, y: int, m: int) -> str:
        return f"/events/{y}-{m:02d}/"

    def feed(self) -> str:
        return "/feed/"

    def sitemap(self) -> str:
        return "/wp-sitemap.xml"

    def sitemap_chunk(self, k: int) -> str:
        return f"/wp-sitemap-posts-post-{k}.xml"

    def robots_disallow(self) -> list[str]:
        return ["/wp-admin/", "/events/"]

    def date_text(self, d) -> str:
        return f"Ngày đăng: {d:%d/%m/%Y}"

    def route(self, path: str, q: dict):
        if "p" in q:
            return ("print" if "print" in q else "article", int(q["p"]))
        if "attachment_id" in q:
            return ("attachment_page", int(q["attachment_id"]))
        if "download" in q:
            return ("file", int(q["download"]), "disposition")
        if "cat" in q:
            return ("listing", CAT_OF.get(int(q["cat"])), int(q.get("paged", 1)))
        if path == "/" and not q:
            return ("home", None)
        if path in ("/feed/", "/feed"):
            return ("feed", None)
        if path == "/wp-sitemap.xml":
            return ("sitemap", None)
        m = re.fullmatch(r"/wp-sitemap-posts-post-(\d+)\.xml", path)
        if m:
            return ("sitemap", int(m.group(1)))
        m = re.fullmatch(r"/category/(\w+)/(?:page/(\d+)/)?", path)
        if m and m.group(1) in SECTIONS:
            return ("listing", m.group(1), int(m.group(2) or 1))
        m = re.fullmatch(r"/wp-content/uploads/\d{4}/\d\d/(.+)", path)
        if m:
            for d, f in self.p.files.values():
                if f.name == m.group(1):
                    return ("file", f.id)
        m = re.fullmatch(r"/(\d{4})/(\d\d)/(\d\d)/([a-z0-9-]+)/", path)
        if m:
            for d in self.p.docs:
                if d.slug == m.group(4) and f"{d.posted:%Y%m%d}" == "".join(m.group(1, 2, 3)):
                    return ("print" if "print" in q else "article", d.id)
        m = re.fullmatch(r"/events/(\d{4})-(\d\d)/", path)
        if m:
            return ("calendar", int(m.group(1)), int(m.group(2)))
        return None
