"""What every simulated portal does alike: HTTP plumbing (gzip, conditional GETs, HEAD), robots.txt,
page layout and furniture, listings' paging, articles and attachments with ETag/Last-Modified.
One subclass per CMS family (portal_sim/liferay.py, sharepoint.py, nukeviet.py, custom.py) adds
its URL scheme and its pages."""
from __future__ import annotations

import gzip
import time
from datetime import datetime, timezone
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs, quote, unquote, urlparse

from portal_sim.articles import Article
from portal_sim.files import MEDIA, file_name
from portal_sim.legacy import cp1258_bytes
from portal_sim.pages import SECTIONS, e, page, parse_date, related

PER_PAGE = 5


def http_date(d: datetime) -> str:
    return format_datetime(d.astimezone(timezone.utc) if d.tzinfo else d.replace(tzinfo=timezone.utc), usegmt=True)


class PortalHandler(BaseHTTPRequestHandler):
    """One portal's request handler; `sim` and `site` are set per server (see Sim.start)."""
    family = ""
    ROBOTS_DISALLOW: tuple[str, ...] = ()
    EXTRA_MENU: tuple[tuple[str, str], ...] = ()
    protocol_version = "HTTP/1.1"
    server_version = "Microsoft-IIS/8.5"
    # TCP_NODELAY, as web servers answer (nginx's default on keep-alive connections, Apache's):
    # with Nagle on, the body written after the head waited for the client's delayed ACK,
    # ~40 ms on every keep-alive answer (docs/crawler-history.md, session 8)
    disable_nagle_algorithm = True

    # URL scheme of the family (class-level: Sim uses them to build links and source entries)
    @staticmethod
    def article_path(a: Article) -> str:
        raise NotImplementedError

    @classmethod
    def file_path(cls, a: Article, k: int) -> str:
        raise NotImplementedError

    @staticmethod
    def section_url(section: str, page: int = 1) -> str:
        raise NotImplementedError

    @staticmethod
    def source_extra(base_url: str) -> dict:
        """Extra keys of this portal's crawler/sources entry (feeds, sitemaps)."""
        return {}

    def route_family(self, method: str, path: str, q: dict, form: dict) -> None:
        raise NotImplementedError

    def log_message(self, *args) -> None:  # quiet
        pass

    def setup(self) -> None:
        super().setup()
        self.sim.stats.connected(self.site.name)

    def _leave(self) -> None:
        """The answer starts now: this request no longer counts as being served (Sim.stats)."""
        if getattr(self, "_serving", False):
            self._serving = False
            self.sim.stats.left(self.site.name)

    # plumbing
    def _send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8",
              headers: dict | None = None) -> None:
        self._leave()
        head_only = self.command == "HEAD"
        if (status == 200 and len(body) > 1024 and "gzip" in (self.headers.get("Accept-Encoding") or "")
                and ctype.split(";")[0] in ("text/html", "application/xml", "application/rss+xml", "text/xml")):
            body = gzip.compress(body, 5)
            headers = {**(headers or {}), "Content-Encoding": "gzip", "Vary": "Accept-Encoding"}
        self.send_response(status)
        if status != 304:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(0 if status == 304 else len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if status != 304 and not head_only:
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass
        self.sim.log.append((self.site.name, self.command, self.path, status, 0 if status == 304 else len(body)))

    def _html(self, text: str, status: int = 200, headers: dict | None = None, charset: str = "utf-8") -> None:
        self._send(status, text.encode(charset, "xmlcharrefreplace") if charset != "windows-1258" else cp1258_bytes(text),
                   f"text/html; charset={charset}", headers)

    def _redirect(self, location: str, status: int = 302) -> None:
        self._send(status, b"", headers={"Location": location})

    def _not_modified(self, etag: str, modified: datetime) -> bool:
        inm = self.headers.get("If-None-Match")
        if inm is not None:
            return etag in [t.strip() for t in inm.split(",")] or inm.strip() == "*"
        ims = self.headers.get("If-Modified-Since")
        if ims:
            try:
                return modified.replace(microsecond=0) <= parsedate_to_datetime(ims)
            except (TypeError, ValueError):
                return False
        return False

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        try:
            self.route("GET", {})
        except (BrokenPipeError, ConnectionResetError):
            pass

    def do_POST(self) -> None:
        n = int(self.headers.get("Content-Length") or 0)
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(n).decode("utf-8", "replace"), keep_blank_values=True).items()}
        try:
            self.route("POST", form)
        except (BrokenPipeError, ConnectionResetError):
            pass

    # routing
    def route(self, method: str, form: dict) -> None:
        self._serving = True
        self.sim.stats.arrived(self.site.name)
        try:
            if self.sim.latency:
                time.sleep(self.sim.latency)
            return self.route_path(method, form)
        finally:
            self._leave()

    def route_path(self, method: str, form: dict) -> None:
        u = urlparse(self.path)
        path, q = unquote(u.path), {k: v[0] for k, v in parse_qs(u.query).items()}
        if path == "/robots.txt":
            return self._send(200, self.robots().encode(), "text/plain; charset=utf-8")
        if path.startswith("/images/"):
            return self._send(200, b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,"
                              b"\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;", "image/gif")
        return self.route_family(method, path, q, form)

    def robots(self) -> str:
        return "\n".join(["User-agent: *", *[f"Disallow: {r}" for r in self.ROBOTS_DISALLOW]]) + "\n"

    # shared pieces
    def menu(self) -> list[tuple[str, str]]:
        return [(self.section_url(s), t) for s, t in SECTIONS.items()] + list(self.EXTRA_MENU)

    def layout(self, title: str, main: str, side: str = "", **kw) -> str:
        return page(site_name=self.site.title, province=self.site.province, title=title, menu=self.menu(), main=main,
                    side=side, furniture=self.site.furniture, **kw)

    def latest_box(self) -> str:
        arts = self.sim.site_articles(self.site.name)[:5]
        items = [(self.sim.article_path(a), a.title, parse_date(a.date).strftime("%d/%m/%Y")) for a in arts]
        return related(items, "Tin mới")

    def related_box(self, a: Article) -> str:
        arts = [x for x in self.sim.site_articles(self.site.name) if x.id != a.id][:6]
        items = [(self.sim.article_path(x), x.title, parse_date(x.date).strftime("%d/%m/%Y")) for x in arts]
        return related(items, "Tin liên quan")

    def home(self) -> None:
        arts = self.sim.site_articles(self.site.name)[:6]
        lis = "".join(f'<li><a href="{e(self.sim.article_path(a))}">{e(a.title)}</a></li>' for a in arts)
        secs = "".join(f'<li><a href="{e(self.section_url(s))}">{e(t)}</a></li>' for s, t in SECTIONS.items())
        self._html(self.layout("Trang chủ", f'<div class="tin-noi-bat"><h2>Tin nổi bật</h2><ul>{lis}</ul></div>'
                                             f'<div class="chuyen-muc"><h2>Chuyên mục</h2><ul>{secs}</ul></div>'))

    def paged(self, section: str, page: int) -> tuple[list[Article], int]:
        arts = self.sim.site_articles(self.site.name, section)
        pages = max(1, -(-len(arts) // PER_PAGE))
        return arts[(page - 1) * PER_PAGE: page * PER_PAGE], pages

    def body_html(self, a: Article) -> str:
        return "".join(f"<p>{e(p)}</p>" for p in a.body) + (f'<p style="text-align:right"><strong>{e(a.author)}</strong></p>' if a.author else "")

    def serve_article(self, a: Article, render) -> None:
        etag, mod = self.sim.etag(a), self.sim.modified[a.id]
        headers = {"ETag": etag, "Last-Modified": http_date(mod)}
        if self._not_modified(etag, mod):
            return self._send(304, headers=headers)
        self._html(render(a), headers=headers)

    def serve_file(self, a: Article, k: int) -> None:
        if not (0 <= k < len(a.files)):
            return self._send(404, b"Not found", "text/plain")
        kind = a.files[k]
        if kind == "missing":
            return self._html(self.layout("Không tìm thấy", "<h1>404 - Không tìm thấy trang</h1>"), status=404)
        name = file_name(a, k)
        ext = name.rsplit(".", 1)[1]
        etag, mod = self.sim.etag(a, k), self.sim.modified[a.id]
        headers = {"ETag": etag, "Last-Modified": http_date(mod),
                   "Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"}
        if kind == "huge":
            return self.stream_huge(headers)
        if self._not_modified(etag, mod):
            return self._send(304, headers=headers)
        self._send(200, self.sim.file_bytes(a, k), MEDIA.get(ext, "application/octet-stream"), headers)

    def stream_huge(self, headers: dict, size: int = 200 * 1024 * 1024) -> None:
        """200 MB, generated chunk by chunk (never held in memory); stops when the client hangs up."""
        self._leave()
        self.send_response(200)
        self.send_header("Content-Type", "application/pdf")
        self.send_header("Content-Length", str(size))
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        chunk = b"%PDF-1.4\n" + b"0" * (65536 - 9)
        sent = 0
        try:
            while sent < size:
                self.wfile.write(chunk)
                sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError, OSError):
            pass
        self.sim.log.append((self.site.name, self.command, self.path, 200, sent))
        self.close_connection = True

    def article_files_html(self, a: Article, label: str = "File đính kèm", js: bool = False) -> str:
        if not a.files:
            return ""
        lis = []
        for k in range(len(a.files)):
            name, path = file_name(a, k), self.sim.file_path(a, k)
            href = f"javascript:downloadfile('{name}','{unquote(path)}')" if js else path
            lis.append(f'<li><a href="{e(href)}" title="{e(name)}">{e(name)}</a></li>')
        return f'<div class="news-download-file attachments"><h4>{label}:</h4><ul class="list-group">{"".join(lis)}</ul></div>'

    def find(self, aid: str | int | None) -> Article | None:
        try:
            a = self.sim.articles.get(int(aid))
        except (TypeError, ValueError):
            return None
        return a if a and a.site == self.site.name else None

    def not_found(self) -> None:
        self._html(self.layout("Không tìm thấy", "<h1>404 - Trang không tồn tại</h1>"), status=404)
