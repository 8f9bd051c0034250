"""The shared engine of the CMS-family simulators (Joomla, WordPress, Drupal, DotNetNuke).

One `CmsPortal` = one threaded HTTP server on 127.0.0.1 serving a deterministic corpus through a
family's URL scheme and templates (portal_sim/joomla.py, wordpress.py, drupal.py, dnn.py). The
portal knows every document number it published (`ground_truth()`), in page text and only inside
attachments (text PDFs, DOCX, scanned PDFs, extension-less downloads), so a test can measure recall
of a crawl that was given nothing but `base_url`.

Realistic traps in every family: slug and slug-less URLs of one article, print views, rel=canonical
(or its absence), noindex/nofollow, "Các tin khác" lists with other dates, RSS/Atom, robots.txt
Sitemap: lines, an endless calendar, transient 500s with Retry-After, slow pages, conditional GET.
"""
from __future__ import annotations

import gzip
import hashlib
import html
import io
import random
import re
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

e = html.escape
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SECTIONS = {"reform": "Cải cách hành chính", "news": "Tin tức - Sự kiện", "culture": "Văn hóa - Thể thao"}
PER_PAGE = 10
HOME_ITEMS = 4


def slugify(text: str) -> str:
    t = text.replace("đ", "d").replace("Đ", "D")
    t = "".join(c for c in unicodedata.normalize("NFD", t) if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")[:70]


# ------------------------------------------------------------------------------------- corpus
@dataclass
class SimFile:
    id: int
    kind: str            # pdf | docx | scan | blob (pdf bytes behind an extension-less download URL)
    name: str            # file name as published (with extension)
    numbers: list[str]   # document numbers found only in this file
    lines: list[str]


@dataclass
class SimDoc:
    id: int
    section: str
    title: str
    posted: datetime
    body: list[str]
    numbers: list[str]   # document numbers written on the page itself
    files: list[SimFile] = field(default_factory=list)
    topic: str = "reform"
    version: int = 1
    modified: datetime | None = None

    @property
    def slug(self) -> str:
        # CMSs keep aliases unique (Drupal/WordPress append a suffix): long titles share a prefix
        return f"{slugify(self.title)[:60].strip('-')}-{self.id}"


OFFTOPIC = ["Giải bóng đá thiếu niên nhi đồng tỉnh mùa giải {y}", "Lễ hội văn hóa ẩm thực đường phố năm {y}",
            "Khai mạc triển lãm ảnh nghệ thuật về quê hương", "Đoàn vận động viên điền kinh giành 5 huy chương vàng",
            "Chương trình ca nhạc chào mừng ngày Quốc khánh", "Hội thi nấu ăn ngon của phụ nữ các xã"]
OFFTOPIC_BODY = ["Sáng nay, tại sân vận động trung tâm, hàng nghìn khán giả đã tới cổ vũ các đội tham gia.",
                 "Ban tổ chức trao giải nhất, nhì, ba và các giải phụ cho những tập thể, cá nhân xuất sắc.",
                 "Chương trình góp phần quảng bá hình ảnh con người, văn hóa địa phương tới du khách gần xa."]
ISSUERS = ["UBND-NC", "KH-UBND", "QĐ-UBND", "BC-UBND", "TB-VPUBND", "NQ-HĐND", "CT-UBND", "HD-SNV"]


def _number(k: int, i: int, year: int) -> str:
    kind = ISSUERS[i % len(ISSUERS)]
    if kind in ("QĐ-UBND", "NQ-HĐND", "CT-UBND") and i % 2:
        return f"{k}/{year}/{kind}"
    return f"{k}/{kind}"


def make_corpus(n: int, *, seed: int = 1, today: date | None = None, years: float = 3.0,
                scans: int = 2, prefix: int = 1) -> list[SimDoc]:
    """`n` articles spread over the last `years` years, newest first. About 1 in 5 is off-topic.
    Document numbers are unique across the corpus (prefix keeps portals apart)."""
    rng = random.Random(seed)
    today = today or date.today()
    docs: list[SimDoc] = []
    scan_left = scans
    fid = 0
    for i in range(n):
        posted = datetime.combine(today - timedelta(days=int(i * years * 365 / max(n, 1))), datetime.min.time()) \
            + timedelta(hours=7 + i % 9, minutes=(i * 7) % 60)
        y = posted.year
        k = prefix * 100000 + i + 1
        num = _number(k, i, y)
        kind = i % 10
        files: list[SimFile] = []
        if kind in (8, 9) or i % 23 == 5:
            docs.append(SimDoc(i + 1, "culture", f"{rng.choice(OFFTOPIC).format(y=y)} ({i})", posted,
                               rng.sample(OFFTOPIC_BODY, 3), [], topic="offtopic"))
            continue
        if kind in (0, 1):
            title = f"Kế hoạch số {num} về cải cách hành chính năm {y}"
            body = [f"Ngày {posted:%d/%m/%Y}, UBND tỉnh ban hành Kế hoạch số {num} về cải cách hành chính năm {y}.",
                    "Mục tiêu nâng cao Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng (SIPAS) của tỉnh.",
                    "Sở Nội vụ chủ trì theo dõi, đôn đốc và tổng hợp báo cáo kết quả thực hiện."]
            section, numbers = "reform", [num]
        elif kind in (2, 3):
            # no reform word in the title; one cue in the body (the old 22-term gate dropped these)
            title = f"Triển khai nhiệm vụ trọng tâm quý {1 + i % 4} năm {y} tại các xã, phường (đợt {i})"
            body = [f"Thực hiện Công văn số {num}, các địa phương rà soát nhiệm vụ còn tồn đọng.",
                    "Trong đó chú trọng giải quyết hồ sơ thủ tục hành chính đúng hạn cho người dân.",
                    "Các đơn vị báo cáo kết quả trước ngày 25 của tháng cuối quý."]
            section, numbers = "news", [num]
        elif kind in (4, 5):
            title = f"Ban hành văn bản về dịch vụ công trực tuyến ({posted:%m/%Y}, đợt {i})"
            body = ["UBND tỉnh ban hành văn bản chỉ đạo đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình.",
                    "Toàn văn văn bản xem tại tệp đính kèm dưới đây."]
            section, numbers = "reform", []
            fkind = "scan" if (kind == 4 and scan_left > 0) else ("blob" if kind == 5 else "pdf")
            if fkind == "scan":
                scan_left -= 1
            fid += 1
            fnum = _number(k, i + 3, y)
            stem = "quyet-dinh" if "QĐ" in fnum else "van-ban"
            files.append(SimFile(fid, fkind, f"{stem}-{k}.pdf", [fnum], [
                "ỦY BAN NHÂN DÂN TỈNH", f"Số: {fnum}", f"ngày {posted.day} tháng {posted.month} năm {y}",
                "Về việc đẩy mạnh cung cấp dịch vụ công trực tuyến", "Giao các sở, ngành tổ chức thực hiện."]))
        else:
            title = f"Hội nghị sơ kết công tác chuyển đổi số và cải cách thủ tục hành chính lần {i}"
            body = [f"Hội nghị đánh giá kết quả thực hiện Kế hoạch số {num} của UBND tỉnh.",
                    "Tỷ lệ hồ sơ trực tuyến toàn trình tiếp tục tăng so với cùng kỳ."]
            section, numbers = "news", [num]
            fid += 1
            fnum = f"{prefix * 100000 + 50000 + i}/BC-SNV"
            files.append(SimFile(fid, "docx", f"phu-luc-{k}.docx", [fnum],
                                 [f"Phụ lục kèm theo Báo cáo số {fnum}", "Bảng số liệu hồ sơ trực tuyến theo quý."]))
        docs.append(SimDoc(i + 1, section, title, posted, body, numbers, files))
    return docs


# -------------------------------------------------------------------------------------- files
@lru_cache(maxsize=1)
def _pdf_font_ok() -> bool:
    import os
    return os.path.exists(FONT)


def text_pdf(lines: list[str]) -> bytes:
    from fpdf import FPDF
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", fname=FONT)
    pdf.set_font("DejaVu", size=13)
    for line in lines:
        pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def scan_pdf(lines: list[str]) -> bytes:
    """An image-only PDF (no text layer): what a scanner produces; only OCR reads it."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw, ImageFont
    img = Image.new("L", (1240, 900), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 34)
    for n, line in enumerate(lines):
        draw.text((80, 80 + n * 70), line, fill=0, font=font)
    pdf = FPDF()
    pdf.add_page()
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    buf.seek(0)
    pdf.image(buf, x=0, y=0, w=210)
    return bytes(pdf.output())


def docx_bytes(lines: list[str]) -> bytes:
    import docx
    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


MEDIA = {"pdf": "application/pdf", "scan": "application/pdf", "blob": "application/octet-stream",
         "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


# ------------------------------------------------------------------------------------- family
class Family:
    """URL scheme and templates of one CMS family. Subclasses set the URL methods and `route`."""
    name = "generic"
    generator = ""

    def __init__(self, portal: "CmsPortal", variant: int = 0):
        self.p = portal
        self.variant = variant

    # URLs (paths with query), overridden per family
    def article(self, d: SimDoc) -> str: raise NotImplementedError
    def article_variants(self, d: SimDoc) -> list[str]: return []
    def print_view(self, d: SimDoc) -> str: raise NotImplementedError
    def listing(self, section: str, page: int) -> str: raise NotImplementedError
    def file(self, f: SimFile) -> str: raise NotImplementedError
    def calendar(self, y: int, m: int) -> str: raise NotImplementedError
    def feed(self) -> str | None: return None
    def sitemap(self) -> str | None: return None
    def robots_disallow(self) -> list[str]: return []
    def route(self, path: str, q: dict) -> tuple | None: raise NotImplementedError
    def canonical(self) -> bool: return True
    def pager(self, section: str, page: int, pages: int) -> str:
        items = []
        if page > 1:
            items.append(f'<a href="{e(self.listing(section, page - 1))}">« Trước</a>')
        for n in range(max(1, page - 2), min(pages, page + 2) + 1):
            items.append(f"<span>{n}</span>" if n == page else f'<a href="{e(self.listing(section, n))}">{n}</a>')
        if page < pages:
            items.append(f'<a href="{e(self.listing(section, page + 1))}" rel="next">Sau »</a>')
            items.append(f'<a href="{e(self.listing(section, pages))}">Cuối</a>')
        return '<div class="pagination">' + " ".join(items) + "</div>"

    # pieces of HTML shared by the families (each family wraps them in its own markup)
    def date_text(self, d: datetime) -> str:
        return f"Ngày đăng: {d:%d/%m/%Y %H:%M}"

    def item(self, d: SimDoc) -> str:
        return (f'<div class="item"><h3><a href="{e(self.article(d))}">{e(d.title)}</a></h3>'
                f'<span class="date">{d.posted:%d/%m/%Y}</span><p>{e(d.body[0][:160])}</p></div>')

    def related(self, d: SimDoc) -> str:
        others = self.p.neighbours(d)
        lis = "".join(f'<li><a href="{e(self.article_variants(o)[0] if self.article_variants(o) and o.id % 2 else self.article(o))}">'
                      f'{e(o.title)}</a> <span class="dt">({o.posted:%d/%m/%Y})</span></li>' for o in others)
        return f'<div class="other-news"><h4>Các tin khác</h4><ul>{lis}</ul></div>'

    def attachments(self, d: SimDoc) -> str:
        if not d.files:
            return ""
        rows = "".join(f'<tr><td>{n + 1}</td><td><a href="{e(self.file_link(f))}">{e(self.file_label(f))}</a></td></tr>'
                       for n, f in enumerate(d.files))
        return f'<table class="attachments"><tr><th>STT</th><th>Tệp đính kèm</th></tr>{rows}</table>'

    def file_link(self, f: SimFile) -> str:
        return self.file(f)

    def file_label(self, f: SimFile) -> str:
        return "Tải về" if f.kind == "blob" else f.name

    def body_html(self, d: SimDoc) -> str:
        return "".join(f"<p>{e(p)}</p>" for p in d.body)

    def menu(self) -> str:
        links = "".join(f'<li><a href="{e(self.listing(s, 1))}">{e(t)}</a></li>' for s, t in SECTIONS.items())
        cal = self.calendar(self.p.today.year, self.p.today.month)
        return (f'<nav class="menu"><ul><li><a href="/">Trang chủ</a></li>{links}'
                f'<li><a href="{e(cal)}">Lịch công tác</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav>')

    def head(self, title: str, *, canonical: str | None = None, robots: str | None = None, og_article: SimDoc | None = None) -> str:
        h = [f"<title>{e(title)} - {e(self.p.title)}</title>", '<meta charset="utf-8">']
        if self.generator:
            h.append(f'<meta name="generator" content="{e(self.generator)}">')
        if canonical and self.canonical():
            h.append(f'<link rel="canonical" href="{e(self.p.base_url.rstrip("/") + canonical)}">')
        if robots:
            h.append(f'<meta name="robots" content="{robots}">')
        if og_article is not None:
            h.append('<meta property="og:type" content="article">')
            h.append(f'<meta property="article:published_time" content="{og_article.posted:%Y-%m-%dT%H:%M:%S}+07:00">')
        if self.feed():
            h.append(f'<link rel="alternate" type="application/rss+xml" title="RSS" href="{e(self.feed())}">')
        return "".join(h)

    def shell(self, head: str, main: str, side: str = "") -> str:
        """Header, menu, a left column (side lists come BEFORE the content in source order on one
        variant), the content, footer with counters."""
        left, right = (side, "") if self.variant == 1 else ("", side)
        return (f"<!DOCTYPE html><html lang='vi'><head>{head}</head><body>"
                f"<header><div class='banner'>{e(self.p.title)}</div></header>{self.menu()}"
                f"<div class='wrap'><aside class='left'>{left}</aside><main id='content'>{main}</main>"
                f"<aside class='right'>{right}</aside></div>"
                f"<footer><p>Cơ quan chủ quản: UBND tỉnh. Giấy phép số 12/GP-TTĐT.</p>"
                f"<p>Đang truy cập: {self.p.hits % 97} - Tổng lượt truy cập: {self.p.hits}</p>"
                f"<a href='/so-do-site'>Sơ đồ site</a> <a href='/dang-nhap' rel='nofollow'>Đăng nhập</a></footer>"
                f"</body></html>")

    # whole pages
    def home_page(self) -> str:
        blocks = []
        for s, t in SECTIONS.items():
            items = "".join(self.item(d) for d in self.p.section_docs(s)[:HOME_ITEMS])
            blocks.append(f'<section class="home-block"><h2><a href="{e(self.listing(s, 1))}">{e(t)}</a></h2>{items}</section>')
        return self.shell(self.head("Trang chủ", canonical="/"), "".join(blocks))

    def listing_page(self, section: str, page: int) -> str | None:
        docs = self.p.section_docs(section)
        pages = max(1, -(-len(docs) // PER_PAGE))
        if page > pages:
            return None
        chunk = docs[(page - 1) * PER_PAGE: page * PER_PAGE]
        main = (f'<h1 class="category-title">{e(SECTIONS[section])}</h1>'
                f'<div class="items">{"".join(self.item(d) for d in chunk)}</div>{self.pager(section, page, pages)}')
        return self.shell(self.head(SECTIONS[section], canonical=self.listing(section, page)), main)

    def article_page(self, d: SimDoc) -> str:
        main = (f'<div class="article"><h1 class="title">{e(d.title)}</h1>'
                f'<div class="published">{e(self.date_text(d.posted))}</div>'
                f'<div class="article-body">{self.body_html(d)}</div>{self.attachments(d)}'
                f'<div class="tools"><a href="{e(self.print_view(d))}" rel="nofollow">In bài viết</a></div></div>')
        return self.shell(self.head(d.title, canonical=self.article(d), og_article=d), main, self.related(d))

    def print_page(self, d: SimDoc) -> str:
        return (f"<!DOCTYPE html><html><head>{self.head(d.title, canonical=self.article(d), robots='noindex, nofollow')}</head>"
                f"<body class='print'><h1>{e(d.title)}</h1><p>{e(self.date_text(d.posted))}</p>"
                f"{self.body_html(d)}{self.attachments(d)}</body></html>")

    def calendar_page(self, y: int, m: int) -> str:
        prev_y, prev_m = (y, m - 1) if m > 1 else (y - 1, 12)
        next_y, next_m = (y, m + 1) if m < 12 else (y + 1, 1)
        cells = "".join(f"<td>{n}</td>" for n in range(1, 29))
        main = (f"<h1>Lịch công tác tháng {m}/{y}</h1><table class='calendar'><tr>{cells}</tr></table>"
                f"<a href='{e(self.calendar(prev_y, prev_m))}'>‹ Tháng trước</a> "
                f"<a href='{e(self.calendar(next_y, next_m))}'>Tháng sau ›</a>")
        return self.shell(self.head(f"Lịch công tác {m}/{y}"), main)

    def attachment_page(self, f: SimFile) -> str:
        return self.shell(self.head(f.name), f"<h1>{e(f.name)}</h1><p><a href='{e(self.file(f))}'>{e(f.name)}</a></p>")

    def feed_xml(self) -> str:
        items = "".join(f"<item><title>{e(d.title)}</title><link>{e(self.p.base_url.rstrip('/') + (self.article_variants(d) or [self.article(d)])[0])}</link>"
                        f"<pubDate>{format_datetime(d.posted.replace(tzinfo=timezone.utc))}</pubDate></item>"
                        for d in self.p.docs[:20])
        return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{e(self.p.title)}</title>'
                f"<link>{e(self.p.base_url)}</link>{items}</channel></rss>")

    def sitemap_xml(self, n: int | None) -> str | None:
        """n None: the sitemap index; else the n-th (1-based) chunk of 500 article URLs."""
        chunks = max(1, -(-len(self.p.docs) // 500))
        if n is None:
            locs = "".join(f"<sitemap><loc>{e(self.p.base_url.rstrip('/') + self.sitemap_chunk(k))}</loc></sitemap>"
                           for k in range(1, chunks + 1))
            return f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</sitemapindex>'
        if n > chunks:
            return None
        urls = "".join(f"<url><loc>{e(self.p.base_url.rstrip('/') + self.article(d))}</loc><lastmod>{d.posted:%Y-%m-%d}</lastmod></url>"
                       for d in self.p.docs[(n - 1) * 500: n * 500])
        return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'

    def sitemap_chunk(self, k: int) -> str:
        return f"/sitemap-{k}.xml"


# ------------------------------------------------------------------------------------- portal
class CmsPortal:
    """One simulated portal of a CMS family, served on 127.0.0.1:<ephemeral port>."""

    def __init__(self, family: type[Family], *, variant: int = 0, n: int = 60, seed: int = 1, scans: int = 2,
                 faults: bool = True, province: str = "Hậu Giang", prefix: int = 1, slow: float = 0.15,
                 years: float = 3.0):
        self.today = date.today()
        self.docs = make_corpus(n, seed=seed, today=self.today, scans=scans, prefix=prefix, years=years)
        self.by_id = {d.id: d for d in self.docs}
        self.files = {f.id: (d, f) for d in self.docs for f in d.files}
        self.fam = family(self, variant)
        self.title = f"Cổng thông tin điện tử tỉnh {province}"
        self.province = province
        self.lock = threading.Lock()
        self.hits = 4_000_000
        self.log: list[tuple[str, str, int, int]] = []     # method, path, status, body bytes
        self.faults = faults
        self.slow = slow
        self.fail_left: dict[str, int] = {}
        self._file_cache: dict[tuple, bytes] = {}
        self._sections: dict[str, list[SimDoc]] = {}
        self.server: ThreadingHTTPServer | None = None
        if faults:  # every 7th article answers 500 (Retry-After: 1) twice before it works
            for d in self.docs[3::7]:
                self.fail_left[self.fam.article(d)] = 2

    # corpus views
    def section_docs(self, s: str) -> list[SimDoc]:
        if s not in self._sections:
            self._sections[s] = [d for d in self.docs if d.section == s]
        return self._sections[s]

    def neighbours(self, d: SimDoc) -> list[SimDoc]:
        i = self.docs.index(d)
        return [o for o in self.docs[max(0, i - 3): i + 4] if o is not d][:5]

    def ground_truth(self) -> dict[str, str]:
        """Every document number the portal published -> where ('page' or the file name)."""
        out = {}
        for d in self.docs:
            for n in d.numbers:
                out[n] = "page"
            for f in d.files:
                for n in f.numbers:
                    out[n] = f.name
        return out

    def reform_docs(self) -> list[SimDoc]:
        return [d for d in self.docs if d.topic == "reform"]

    def edit(self, doc_id: int, sentence: str) -> str:
        d = self.by_id[doc_id]
        with self.lock:
            d.body = d.body + [sentence]
            d.version += 1
            d.modified = datetime.now(timezone.utc)
        return self.url(self.fam.article(d))

    def file_bytes(self, f: SimFile) -> bytes:
        key = (f.id, f.kind)
        if key not in self._file_cache:
            if f.kind == "docx":
                data = docx_bytes(f.lines)
            elif f.kind == "scan":
                data = scan_pdf(f.lines)
            else:
                data = text_pdf(f.lines)
            self._file_cache[key] = data
        return self._file_cache[key]

    # server
    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/" if self.server else ""

    def url(self, path: str) -> str:
        return self.base_url.rstrip("/") + path

    def start(self) -> "CmsPortal":
        handler = type("H", (Handler,), {"portal": self})
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True, name=f"sim-{self.fam.name}").start()
        return self

    def stop(self) -> None:
        if self.server:
            self.server.shutdown()
            self.server.server_close()

    def bytes_served(self) -> int:
        return sum(r[3] for r in self.log)

    def source_yaml(self, sid: str | None = None) -> str:
        """A sources file that gives only the base URL (what a new user writes)."""
        sid = sid or f"sim-{self.fam.name}-{self.fam.variant}"
        return (f"sources:\n  - id: {sid}\n    name: {self.title}\n    province: {self.province}\n"
                f"    base_url: {self.base_url}\n    limits: {{delay: 0}}\n")

    def robots(self) -> str:
        lines = ["User-agent: *"] + [f"Disallow: {p}" for p in self.fam.robots_disallow()]
        if self.fam.sitemap():
            lines.append(f"Sitemap: {self.url(self.fam.sitemap())}")
        return "\n".join(lines) + "\n"


def _etag(d: SimDoc | None, f: SimFile | None = None) -> str:
    return f'"{d.id}-{d.version}' + (f"-f{f.id}" if f else "") + '"'


class Handler(BaseHTTPRequestHandler):
    portal: CmsPortal
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True   # as real servers: no ~40 ms Nagle/delayed-ACK stall per keep-alive answer

    def log_message(self, *args) -> None:
        pass

    def _send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8", headers: dict | None = None):
        headers = dict(headers or {})
        if status == 200 and len(body) > 2048 and "gzip" in (self.headers.get("Accept-Encoding") or "") \
                and ctype.startswith(("text/", "application/xml", "application/rss")):
            body = gzip.compress(body, 5)
            headers["Content-Encoding"] = "gzip"
        self.send_response(status)
        if status != 304:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(0 if status == 304 else len(body)))
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        if status != 304 and self.command != "HEAD":
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass
        with self.portal.lock:
            self.portal.log.append((self.command, self.path, status, 0 if status == 304 else len(body)))

    def _conditional(self, etag: str, modified: datetime) -> dict | None:
        """Validators of a resource; None when the request's validators match (send 304)."""
        lm = format_datetime(modified.astimezone(timezone.utc) if modified.tzinfo else modified.replace(tzinfo=timezone.utc), usegmt=True)
        if self.headers.get("If-None-Match") == etag or (not self.headers.get("If-None-Match")
                                                         and self.headers.get("If-Modified-Since") == lm):
            return None
        return {"ETag": etag, "Last-Modified": lm}

    def do_HEAD(self):
        self.do_GET()

    def do_POST(self):
        n = int(self.headers.get("Content-Length") or 0)
        form = parse_qs(self.rfile.read(n).decode("utf-8", "replace"))
        self.do_GET(form)

    def do_GET(self, form: dict | None = None):
        p = self.portal
        u = urlparse(self.path)
        q = {k: v[0] for k, v in parse_qs(u.query, keep_blank_values=True).items()}
        if form:
            q.update({k: v[0] for k, v in form.items()})
        with p.lock:
            p.hits += 1
        path = u.path
        if path == "/robots.txt":
            return self._send(200, p.robots().encode(), "text/plain; charset=utf-8")
        if path == "/favicon.ico":
            return self._send(404, b"")
        r = p.fam.route(path, q)
        if r is None:
            return self._send(404, "<html><body><h1>404 - Trang không tồn tại</h1></body></html>".encode())
        what, arg = r[0], r[1]
        key = u.path + ("?" + u.query if u.query else "")
        if p.faults and what == "article" and p.fail_left.get(key, 0) > 0:
            with p.lock:
                p.fail_left[key] -= 1
            return self._send(500, b"<html><body>Service Unavailable</body></html>", headers={"Retry-After": "1"})
        if p.faults and what == "article" and arg % 5 == 0:
            time.sleep(p.slow)
        if what == "home":
            return self._send(200, p.fam.home_page().encode())
        if what == "listing":
            out = p.fam.listing_page(arg, r[2])
            return self._send(200, out.encode()) if out else self._send(404, b"")
        if what == "calendar":
            return self._send(200, p.fam.calendar_page(arg, r[2]).encode())
        if what == "feed":
            return self._send(200, p.fam.feed_xml().encode(), "application/rss+xml; charset=utf-8")
        if what == "sitemap":
            out = p.fam.sitemap_xml(arg)
            return self._send(200, out.encode(), "application/xml") if out else self._send(404, b"")
        if what in ("article", "print"):
            d = p.by_id.get(arg)
            if d is None:
                return self._send(404, b"")
            if what == "print":
                return self._send(200, p.fam.print_page(d).encode())
            v = self._conditional(_etag(d), d.modified or d.posted)
            if v is None:
                return self._send(304)
            return self._send(200, p.fam.article_page(d).encode(), headers=v)
        if what in ("file", "attachment_page"):
            hit = p.files.get(arg)
            if hit is None:
                return self._send(404, b"")
            d, f = hit
            if what == "attachment_page":
                return self._send(200, p.fam.attachment_page(f).encode())
            v = self._conditional(_etag(d, f), d.posted)
            if v is None:
                return self._send(304)
            if f.kind == "blob" or r[2:] == ("disposition",):
                v["Content-Disposition"] = f'attachment; filename="{f.name}"'
            return self._send(200, p.file_bytes(f), MEDIA[f.kind], v)
        if what == "static":
            return self._send(200, arg.encode())
        return self._send(404, b"")


def start_portal(family: type[Family], **kw) -> CmsPortal:
    return CmsPortal(family, **kw).start()
