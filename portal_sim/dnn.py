"""DotNetNuke portals: tabid/N/.../Default.aspx URLs, ASP.NET WebForms. Variant 0: listings paged by
__doPostBack (form replay with __VIEWSTATE), files behind DownloadFile.aspx?id=N (no extension,
Content-Disposition), no canonical, no feed. Variant 1: /catid/N/page/N/Default.aspx paging,
LinkClick.aspx?fileticket=... downloads, canonical, an RSS feed."""
from __future__ import annotations

import base64
import re

from portal_sim.generic import SECTIONS, Family, SimDoc, SimFile, e

TAB = {"reform": 61, "news": 62, "culture": 63}
TAB_OF = {v: k for k, v in TAB.items()}


class DotNetNuke(Family):
    name = "dnn"
    generator = "DotNetNuke"

    def canonical(self) -> bool:
        return self.variant == 1

    def article(self, d: SimDoc) -> str:
        return f"/tabid/{TAB[d.section]}/ArticleID/{d.id}/t/{d.slug}/Default.aspx"

    def article_variants(self, d: SimDoc) -> list[str]:
        return [f"/tabid/{TAB[d.section]}/ArticleID/{d.id}/Default.aspx"]

    def print_view(self, d: SimDoc) -> str:
        return f"/DesktopModules/News/Print.aspx?ArticleID={d.id}"

    def listing(self, section: str, page: int) -> str:
        if self.variant and page > 1:
            return f"/tabid/{TAB[section]}/catid/{TAB[section]}/page/{page}/Default.aspx"
        return f"/tabid/{TAB[section]}/Default.aspx"

    def pager(self, section: str, page: int, pages: int) -> str:
        if self.variant:
            return super().pager(section, page, pages)
        links = []
        for n in range(max(1, page - 3), min(pages, page + 3) + 1):
            links.append(f"<span>{n}</span>" if n == page else
                         f"<a href=\"javascript:__doPostBack('dnn$ctr420$News$pager','Page${n}')\">{n}</a>")
        if page < pages:
            links.append(f"<a href=\"javascript:__doPostBack('dnn$ctr420$News$pager','Page${page + 1}')\">Sau</a>")
        return ('<div class="pager">' + " ".join(links) + "</div>")

    def listing_page(self, section: str, page: int) -> str | None:
        out = super().listing_page(section, page)
        if out is None or self.variant:
            return out
        form = ('<form method="post" action="' + e(self.listing(section, 1)) + '" id="Form">'
                '<input type="hidden" name="__EVENTTARGET" value=""><input type="hidden" name="__EVENTARGUMENT" value="">'
                f'<input type="hidden" name="__VIEWSTATE" value="dDwtMTA4{page}NzA5OTs7Pg==">'
                '<input type="hidden" name="__EVENTVALIDATION" value="/wEWAgL+raDpAgK">')
        return out.replace("<main id='content'>", "<main id='content'>" + form, 1).replace("</main>", "</form></main>", 1)

    def file(self, f: SimFile) -> str:
        if self.variant:
            ticket = base64.b64encode(f"f{f.id}x".encode()).decode().replace("=", "%3d")
            return f"/LinkClick.aspx?fileticket={ticket}&tabid=61&mid=420"
        return f"/DesktopModules/News/DownloadFile.aspx?id={f.id}"

    def file_label(self, f: SimFile) -> str:
        return "Tải về" if self.variant == 0 else f.name

    def calendar(self, y: int, m: int) -> str:
        return f"/tabid/90/Default.aspx?month={m}&year={y}"

    def feed(self) -> str | None:
        return "/DesktopModules/News/Rss.aspx?catid=1" if self.variant else None

    def robots_disallow(self) -> list[str]:
        return ["/admin/", "/Providers/"]

    def item(self, d: SimDoc) -> str:
        return (f'<table class="NewsItem"><tr><td><a class="NewsTitle" href="{e(self.article(d))}">{e(d.title)}</a>'
                f'<span class="NewsDate">({d.posted:%d/%m/%Y})</span><div>{e(d.body[0][:140])}</div></td></tr></table>')

    def route(self, path: str, q: dict):
        if path in ("/", "/Default.aspx", "/tabid/36/Default.aspx"):
            return ("home", None)
        if path == "/DesktopModules/News/Rss.aspx":
            return ("feed", None)
        if path == "/DesktopModules/News/Print.aspx":
            return ("print", int(q.get("ArticleID", 0)))
        if path == "/DesktopModules/News/DownloadFile.aspx":
            return ("file", int(q.get("id", 0)), "disposition")
        if path == "/LinkClick.aspx":
            raw = base64.b64decode(q.get("fileticket", "").replace("%3d", "=") + "==")
            m = re.fullmatch(rb"f(\d+)x", raw.rstrip(b"\x00"))
            return ("file", int(m.group(1)), "disposition") if m else None
        if path == "/tabid/90/Default.aspx":
            return ("calendar", int(q.get("year", 2024)), int(q.get("month", 1)))
        m = re.fullmatch(r"/tabid/(\d+)/ArticleID/(\d+)(?:/t/[a-z0-9-]+)?/Default\.aspx", path)
        if m:
            return ("article", int(m.group(2)))
        m = re.fullmatch(r"/tabid/(\d+)(?:/catid/\d+/page/(\d+))?/Default\.aspx", path)
        if m and int(m.group(1)) in TAB_OF:
            page = int(m.group(2) or 1)
            arg = q.get("__EVENTARGUMENT", "")
            if arg.startswith("Page$"):
                page = int(arg[5:])
            return ("listing", TAB_OF[int(m.group(1))], page)
        return None
