"""A local simulator of Vietnamese provincial portals, one threaded HTTP server per portal.

    sim = start_simulator(faults=True, scale=1)
    sim.sites["tiengiang"].base_url     # Liferay-style portal
    sim.source_yaml()                   # a crawler/sources file for it
    sim.publish("quangtri", "Kế hoạch ...", ["..."]) ; sim.update(article_id, body=[...])
    sim.stop()

Articles and files carry ETag and Last-Modified and answer conditional GETs with 304; listing
pages, feeds and sitemaps do not (as on most real portals). Counters in the page furniture change
on every request, so raw bytes of an article page differ between two fetches.
"""
from __future__ import annotations

import base64
import gzip
import hashlib
import hmac
import html
import io
import json
import socket
import threading
import time
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from urllib.parse import parse_qs, quote, unquote, urlparse

from portal_sim.articles import R, Article, all_articles
from portal_sim.pages import SECTIONS, WEEKDAYS, Furniture, e, page, parse_date, related, slugify

PER_PAGE = 5
MEDIA = {
    "pdf": "application/pdf", "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
# attachment kind -> (file name pattern, extension)
FILE_KINDS = {
    "pdf": ("Ke hoach {n}", "pdf"), "scan": ("QD {n} ban scan", "pdf"), "doc": ("Bao cao {n}", "doc"),
    "docx": ("Phu luc {n}", "docx"), "tcvn3": ("Phu luc TCVN3 {n}", "docx"), "cp1258": ("Tai lieu {n}", "doc"),
    "xlsx": ("Bieu mau {n}", "xlsx"),
    # faults
    "missing": ("Van ban {n}", "pdf"), "huge": ("Tong hop {n}", "pdf"), "zipbomb": ("Phu luc {n}", "docx"),
    "corrupt": ("Ke hoach {n} loi", "pdf"),
}
SITES = {  # name -> (family, province, portal name)
    "tiengiang": ("liferay", "Tiền Giang", "Cổng Thông tin điện tử tỉnh Tiền Giang"),
    "baclieu": ("sharepoint", "Bạc Liêu", "Cổng Thông tin điện tử tỉnh Bạc Liêu"),
    "quangtri": ("nukeviet", "Quảng Trị", "Cổng Thông tin điện tử tỉnh Quảng Trị"),
}
FAULT_SITE = ("custom", "Kon Tum", "Cổng Thông tin điện tử tỉnh Kon Tum")
_SECRET = b"parwatch-sim"


def _asset(name: str) -> bytes:
    return resources.files("portal_sim").joinpath("data/files", name).read_bytes()


def http_date(d: datetime) -> str:
    return format_datetime(d.astimezone(timezone.utc) if d.tzinfo else d.replace(tzinfo=timezone.utc), usegmt=True)


@dataclass
class Site:
    name: str
    family: str
    province: str
    title: str
    server: ThreadingHTTPServer | None = None
    port: int = 0
    host: str = "127.0.0.1"
    furniture: Furniture = field(default_factory=Furniture)

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/"


class Sim:
    def __init__(self, *, faults: bool = False, scale: int = 1, fault_delay: float = 5.0):
        self.faults = faults
        self.fault_delay = fault_delay
        self.lock = threading.RLock()
        self.articles: dict[int, Article] = {a.id: a for a in all_articles(scale)}
        self.modified: dict[int, datetime] = {a.id: parse_date(a.date).replace(tzinfo=timezone.utc)
                                              for a in self.articles.values()}
        self.sites: dict[str, Site] = {n: Site(n, *v, furniture=Furniture(i)) for i, (n, v) in enumerate(SITES.items())}
        if faults:
            self.sites["kontum"] = Site("kontum", *FAULT_SITE, furniture=Furniture(9))
            self._add_fault_articles()
        self.log: list[tuple[str, str, str, int, int]] = []   # (site, method, path, status, body bytes)
        self._cache: dict[tuple, bytes] = {}
        self.unreachable_port: int | None = None
        self.index: Site | None = None

    # -- content -------------------------------------------------------------
    def _add_fault_articles(self) -> None:
        specs = [  # id, title, fault
            (901, "Kế hoạch cải cách hành chính (máy chủ chậm)", "timeout"),
            (902, "Kế hoạch số 12/KH-UBND về cải cách hành chính (lỗi máy chủ)", "5xx"),
            (903, "Thông báo cải cách hành chính (chuyển hướng vòng lặp)", "redirect-loop"),
            (904, "Kế hoạch số 14/KH-UBND nâng cao Chỉ số SIPAS", "missing-file"),
            (905, "Kế hoạch số 15/KH-UBND về dịch vụ công trực tuyến", "malformed"),
            (906, "Kế hoạch số 16/KH-UBND nâng cao Chỉ số PAPI năm 2024", "wrong-charset"),
            (907, "Kế hoạch số 17/KH-UBND về Chỉ số cải cách hành chính (tài liệu lớn)", "huge-file"),
            (908, "Kế hoạch số 18/KH-UBND về chuyển đổi số trong cải cách hành chính", "zipbomb"),
            (909, "Quyết định số 19/QĐ-UBND về cải cách thủ tục hành chính", "corrupt-pdf"),
            (910, "Kế hoạch cải cách hành chính (trang chặn truy cập)", "botwall"),
        ]
        files = {"missing-file": ["missing"], "huge-file": ["huge"], "zipbomb": ["zipbomb"], "corrupt-pdf": ["corrupt"]}
        for aid, title, fault in specs:
            self.articles[aid] = Article(
                id=aid, site="kontum", section=R, title=title, date="08/07/2024 11:38", author="Sở Nội vụ",
                body=[f"UBND tỉnh Kon Tum ban hành {title.split('(')[0].strip()} nhằm nâng cao Chỉ số cải cách hành chính "
                      "(PAR INDEX) và chất lượng dịch vụ công trực tuyến của tỉnh.",
                      "Sở Nội vụ theo dõi, đôn đốc các cơ quan thực hiện và báo cáo kết quả về UBND tỉnh trước ngày 15/12/2024."],
                files=files.get(fault, []), topic=fault)
            self.modified[aid] = datetime(2024, 7, 8, 11, 38, tzinfo=timezone.utc)

    def site_articles(self, site: str, section: str | None = None) -> list[Article]:
        with self.lock:
            arts = [a for a in self.articles.values() if a.site == site and (section is None or a.section == section)]
        return sorted(arts, key=lambda a: (parse_date(a.date), a.id), reverse=True)

    def article_path(self, a: Article) -> str:
        fam = self.sites[a.site].family
        slug = slugify(a.title)
        if fam == "liferay":
            return f"/{a.section}/-/view_content/{a.id}-{slug}"
        if fam == "sharepoint":
            return f"/Trang/ChiTietTinTuc.aspx?nid={a.id}"
        if fam == "nukeviet":
            return f"/vi/news/{a.section}/{slug}-{a.id}.html"
        return f"/pages/detail/{a.id}/{slug.title()}.html"

    def article_url(self, a: Article | int) -> str:
        a = self.articles[a] if isinstance(a, int) else a
        return self.sites[a.site].base_url.rstrip("/") + self.article_path(a)

    def file_name(self, a: Article, k: int) -> str:
        kind = a.files[k]
        stem, ext = FILE_KINDS[kind]
        return f"{stem.format(n=a.id)}.{ext}"

    def file_path(self, a: Article, k: int) -> str:
        fam = self.sites[a.site].family
        name = self.file_name(a, k)
        if fam == "liferay":
            uuid = hashlib.md5(f"{a.id}-{k}".encode()).hexdigest()
            return f"/documents/10181/{a.id}/{quote(name)}/{uuid[:8]}-{uuid[8:12]}-{uuid[12:16]}?t=1615901441563"
        if fam == "sharepoint":
            return f"/Lists/TinTuc/Attachments/{a.id}/{quote(name)}"
        if fam == "nukeviet":
            return self.article_path(a) + f"?download=1&id={k}"
        return f"/upload/2024/{a.id}_{k}_{quote(name)}"

    def publish(self, site: str, title: str, body: list[str], *, section: str = R, files: list[str] | None = None,
                date: str | None = None, topic: str = "reform") -> str:
        """Publish a new article now; returns its URL."""
        with self.lock:
            aid = max(self.articles) + 1
            now = datetime.now(timezone.utc)
            self.articles[aid] = Article(id=aid, site=site, section=section, title=title,
                                         date=date or now.strftime("%d/%m/%Y %H:%M"), body=list(body),
                                         author="Ban Biên tập", files=list(files or []), topic=topic)
            self.modified[aid] = now
        return self.article_url(aid)

    def update(self, article: int | str, *, title: str | None = None, body: list[str] | None = None) -> str:
        """Change an article (new version, new ETag and Last-Modified); returns its URL."""
        with self.lock:
            aid = article if isinstance(article, int) else self.id_for_url(article)
            a = self.articles[aid]
            if title:
                a.title = title
            if body is not None:
                a.body = list(body)
            a.version += 1
            self.modified[aid] = datetime.now(timezone.utc)
            self._cache = {k: v for k, v in self._cache.items() if k[0] != aid}
        return self.article_url(aid)

    def id_for_url(self, url: str) -> int:
        for a in self.articles.values():
            if self.article_url(a) == url:
                return a.id
        raise KeyError(url)

    def etag(self, a: Article, k: int | None = None) -> str:
        return f'"a{a.id}-v{a.version}' + (f"-f{k}" if k is not None else "") + '"'

    # -- files ---------------------------------------------------------------
    def file_bytes(self, a: Article, k: int) -> bytes:
        kind = a.files[k]
        key = (a.id, k, a.version)
        if key in self._cache:
            return self._cache[key]
        if kind == "pdf":
            data = _asset("plan-text.pdf")
        elif kind == "scan":
            data = _asset("decision-scan.pdf")
        elif kind == "doc":
            data = _asset("report-word97.doc")
        elif kind == "docx":
            data = make_docx([a.title, *a.body, f"Phụ lục: Bảng phân công nhiệm vụ kèm theo văn bản số {a.id} về cải cách hành chính."])
        elif kind == "tcvn3":
            data = make_docx([to_tcvn3(TCVN3_SAMPLE), to_tcvn3(TCVN3_SAMPLE_2)], font=".VnTime")
        elif kind == "cp1258":
            data = word_html_cp1258(a.title, a.body + ["Tài liệu hướng dẫn nghiệp vụ cải cách hành chính, lưu hành nội bộ."])
        elif kind == "xlsx":
            data = make_xlsx()
        elif kind == "zipbomb":
            data = zip_bomb()
        elif kind == "corrupt":
            data = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R" + bytes(range(256)) * 8
        else:
            data = b""
        self._cache[key] = data
        return data

    # -- serving -------------------------------------------------------------
    def start(self, host: str = "127.0.0.1", port: int = 0) -> "Sim":
        def serve(site: Site, p: int) -> None:
            handler = type("H", (Handler,), {"sim": self, "site": site})
            site.server = ThreadingHTTPServer((host, p), handler)
            site.server.daemon_threads = True
            site.host, site.port = host, site.server.server_address[1]
            threading.Thread(target=site.server.serve_forever, daemon=True, name=f"sim-{site.name}").start()

        self.index = Site("index", "index", "", "Các cổng thông tin (mô phỏng)")
        serve(self.index, port)
        for i, s in enumerate(self.sites.values(), 1):
            serve(s, port + i if port else 0)
        if self.faults:
            zip_bomb()  # made up front (about a second), so serving it is instant
            with socket.socket() as sk:  # a port nothing listens on: an unreachable portal
                sk.bind((host, 0))
                self.unreachable_port = sk.getsockname()[1]
        return self

    def stop(self) -> None:
        for s in [self.index, *self.sites.values()]:
            if s and s.server:
                s.server.shutdown()
                s.server.server_close()

    @property
    def base_url(self) -> str:
        return self.index.base_url

    def reform_articles(self) -> list[Article]:
        return [a for a in self.articles.values() if a.topic == "reform"]

    def offtopic_articles(self) -> list[Article]:
        return [a for a in self.articles.values() if a.topic == "offtopic"]

    def bytes_served(self) -> int:
        return sum(r[4] for r in self.log)

    def reset_log(self) -> None:
        self.log.clear()

    def source_entries(self, delay: float = 0.0) -> list[dict]:
        out = []
        for s in self.sites.values():
            entry = {"id": f"sim-{s.name}", "name": s.title + " (mô phỏng)", "province": s.province,
                     "base_url": s.base_url, "kind": "province", "cms": s.family,
                     "limits": {"max_depth": 4, "max_pages": 5000, "max_listing_pages": 200, "delay": delay}}
            if s.family == "nukeviet":
                entry["feeds"] = [s.base_url + "vi/news/rss/"]
                entry["sitemaps"] = [s.base_url + "sitemap.xml"]
            out.append(entry)
        if self.faults and self.unreachable_port:
            out.append({"id": "sim-unreachable", "name": "Cổng không truy cập được (mô phỏng)", "province": "Gia Lai",
                        "base_url": f"http://127.0.0.1:{self.unreachable_port}/", "kind": "province",
                        "limits": {"delay": delay}})
        return out

    def source_yaml(self, delay: float = 0.0) -> str:
        import yaml
        return yaml.safe_dump({"sources": self.source_entries(delay)}, allow_unicode=True, sort_keys=False)


def start_simulator(host: str = "127.0.0.1", port: int = 0, *, faults: bool = False, scale: int = 1,
                    fault_delay: float = 5.0) -> Sim:
    """Start the portal simulator (threaded servers on host, ports from `port`, or ephemeral)."""
    return Sim(faults=faults, scale=scale, fault_delay=fault_delay).start(host, port)


# --------------------------------------------------------------------------- file generators
TCVN3_SAMPLE = "phụ lục: danh mục thủ tục hành chính được cắt giảm, đơn giản hóa năm 2024"
TCVN3_SAMPLE_2 = "nội dung cải cách hành chính và dịch vụ công trực tuyến toàn trình của tỉnh"


def to_tcvn3(s: str) -> str:
    """Unicode -> TCVN3 (ABC) as it reaches us from a .VnTime document: each byte read as Latin-1."""
    from extractors.legacy import _TCVN3_TABLE
    rev = {c: chr(b) for b, c in _TCVN3_TABLE.items() if b != 0xA0}
    return "".join(rev.get(ch, ch) for ch in unicodedata.normalize("NFC", s))


def make_docx(paragraphs: list[str], font: str | None = None) -> bytes:
    import docx
    d = docx.Document()
    for p in paragraphs:
        r = d.add_paragraph().add_run(p)
        if font:
            r.font.name = font
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def make_xlsx() -> bytes:
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Chỉ tiêu"
    ws.append(["STT", "Chỉ tiêu", "Năm 2024"])
    ws.append([1, "Tỷ lệ hồ sơ trực tuyến toàn trình", "60%"])
    ws.append([2, "Chỉ số hài lòng SIPAS", "85%"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _cp1258_bytes(text: str) -> bytes:
    """Windows-1258 keeps tone marks as combining characters: decompose tones only."""
    out = []
    for ch in unicodedata.normalize("NFD", text):
        out.append(ch)
    s = unicodedata.normalize("NFC", "".join(out))
    res = bytearray()
    for ch in s:
        try:
            res += ch.encode("cp1258")
        except UnicodeEncodeError:
            dec = unicodedata.normalize("NFD", ch)
            base, marks = dec[0], dec[1:]
            tones = [m for m in marks if m in "\u0300\u0301\u0303\u0309\u0323"]
            mods = [m for m in marks if m not in tones]
            res += unicodedata.normalize("NFC", base + "".join(mods)).encode("cp1258")
            res += "".join(tones).encode("cp1258")
    return bytes(res)


def word_html_cp1258(title: str, body: list[str]) -> bytes:
    """A Word "Save as Web Page" document renamed .doc, as found on many portals."""
    paras = "".join(f"<p class=MsoNormal><span style='font-family:\"Times New Roman\"'>{html.escape(p)}</span></p>" for p in body)
    doc = (f"<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\">"
           f"<head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1258\">"
           f"<meta name=Generator content=\"Microsoft Word 15\"><title>{html.escape(title)}</title></head>"
           f"<body lang=VI><div class=WordSection1><p class=MsoTitle>{html.escape(title)}</p>{paras}</div></body></html>")
    return _cp1258_bytes(doc)


_ZIP_BOMB: bytes | None = None


def zip_bomb(size: int = 150 * 1024 * 1024) -> bytes:
    """A DOCX whose document.xml inflates to `size` bytes (a few hundred KB on the wire)."""
    global _ZIP_BOMB
    if _ZIP_BOMB is None:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                       '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
            with z.open("word/document.xml", "w", force_zip64=True) as f:
                chunk = b" " * (1 << 20)
                for _ in range(size >> 20):
                    f.write(chunk)
        _ZIP_BOMB = buf.getvalue()
    return _ZIP_BOMB


# --------------------------------------------------------------------------- request handling
class Handler(BaseHTTPRequestHandler):
    sim: Sim
    site: Site
    protocol_version = "HTTP/1.1"
    server_version = "Microsoft-IIS/8.5"

    def log_message(self, *args) -> None:  # quiet
        pass

    # plumbing
    def _send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8",
              headers: dict | None = None) -> None:
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
        self._send(status, text.encode(charset, "xmlcharrefreplace") if charset != "windows-1258" else _cp1258_bytes(text),
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
        u = urlparse(self.path)
        path, q = unquote(u.path), {k: v[0] for k, v in parse_qs(u.query).items()}
        fam = self.site.family
        if path == "/robots.txt":
            return self._send(200, self.robots().encode(), "text/plain; charset=utf-8")
        if fam == "index":
            return self.index_page()
        if path.startswith("/images/"):
            return self._send(200, b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,"
                              b"\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;", "image/gif")
        return getattr(self, f"r_{fam}")(method, path, q, form)

    def robots(self) -> str:
        base = self.site.base_url
        rules = {"liferay": ["/c/", "/group/control_panel"], "sharepoint": ["/_layouts/", "/_vti_bin/"],
                 "nukeviet": ["/admin/", "/cache/", "/data/", "/includes/", "/tmp/"], "custom": ["/admin/"]}.get(self.site.family, [])
        lines = ["User-agent: *", *[f"Disallow: {r}" for r in rules]]
        if self.site.family == "nukeviet":
            lines.append(f"Sitemap: {base}sitemap.xml")
        return "\n".join(lines) + "\n"

    def index_page(self) -> None:
        lis = "".join(f'<li><a href="{s.base_url}">{e(s.title)}</a> ({s.family})</li>' for s in self.sim.sites.values())
        self._html(f"<!DOCTYPE html><html lang=vi><head><meta charset=utf-8><title>parwatch portal simulator</title></head>"
                   f"<body><h1>Cổng thông tin mô phỏng</h1><ul>{lis}</ul></body></html>")

    # shared pieces
    def menu(self) -> list[tuple[str, str]]:
        return [(self.section_url(s), t) for s, t in SECTIONS.items()] + [("/c/portal/cai-cach-hanh-chinh-noi-bo", "Quản trị")] * (self.site.family == "liferay")

    def section_url(self, section: str, page: int = 1) -> str:
        fam = self.site.family
        if fam == "liferay":
            return f"/{section}" + (f"?p_p_id=101&p_p_lifecycle=0&p_p_state=normal&_101_delta=10&_101_cur={page}" if page > 1 else "")
        if fam == "sharepoint":
            return f"/Trang/{section}.aspx"
        if fam == "nukeviet":
            return f"/vi/news/{section}/" + (f"page-{page}" if page > 1 else "")
        return f"/tin-tuc/{section}/trang-{page}.html"

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
        name = self.sim.file_name(a, k)
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
            name, path = self.sim.file_name(a, k), self.sim.file_path(a, k)
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

    # ---------------------------------------------------------------- Liferay 6.2
    def r_liferay(self, method: str, path: str, q: dict, form: dict) -> None:
        parts = path.strip("/").split("/")
        if path in ("/", "/web/guest", "/web/guest/trang-chu"):
            return self.home()
        if path.startswith("/documents/10181/"):
            a = self.find(parts[2])
            if a is None:
                return self.not_found()
            name = parts[3]
            ks = [k for k in range(len(a.files)) if self.sim.file_name(a, k) == name]
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

    # ---------------------------------------------------------------- SharePoint / ASP.NET WebForms
    def _viewstate(self, section: str, page: int) -> tuple[str, str]:
        vs = base64.b64encode(f"/wEPDwUKMTY1NDU2MTA1Mg|{section}|{page}|".encode() + hashlib.sha1(section.encode()).digest()).decode()
        ev = base64.b64encode(hmac.new(_SECRET, vs.encode(), "sha1").digest()).decode()
        return vs, ev

    def r_sharepoint(self, method: str, path: str, q: dict, form: dict) -> None:
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
            ks = [k for k in range(len(a.files)) if self.sim.file_name(a, k) == parts[4]]
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

    # ---------------------------------------------------------------- NukeViet
    def r_nukeviet(self, method: str, path: str, q: dict, form: dict) -> None:
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

    # ---------------------------------------------------------------- custom ASP.NET (faults live here)
    def r_custom(self, method: str, path: str, q: dict, form: dict) -> None:
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
