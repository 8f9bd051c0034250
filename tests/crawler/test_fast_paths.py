"""The crawl's fast paths give the same results as the slow ones they replace (measured in docs/crawler-history.md;
listed in docs/crawler.md, "Throughput"): attachment text reused by content hash, DOCX read from word/document.xml alone,
cached link classification, factored reform patterns, container text without trafilatura's fallbacks."""
from __future__ import annotations

import io
import re
from collections import defaultdict
from datetime import datetime, timezone

import docx
from parsel import Selector

from crawler import extract as X
from crawler import files as F
from crawler import relevance as R
from store.crawl_records import attachment_by_sha, ensure_crawl_indexes
from store.models import AttachmentIn, DocumentIn
from store.sqlite import Store


# -- attachment text reused by content hash ------------------------------------------------------
def test_same_bytes_at_several_urls_are_read_once_and_every_document_carries_the_text(sim, first_crawl, store):
    summary, _ = first_crawl
    by_sha = defaultdict(list)
    for url, sha, text, method in store.conn.execute(
            "SELECT url, sha256, text, text_method FROM attachments WHERE sha256 IS NOT NULL AND error IS NULL"):
        by_sha[sha].append((url, text, method))
    shared = {sha: rows for sha, rows in by_sha.items() if len({u for u, _, _ in rows}) > 1}
    assert shared, "the simulator attaches the same PDF / Word file to several articles"
    for rows in shared.values():
        assert len({t for _, t, _ in rows}) == 1 and rows[0][1].strip()   # same text on every document
        assert len({m for _, _, m in rows}) == 1
    # read once per distinct content: every other copy came from the cache
    copies = sum(len(rows) for rows in by_sha.values())
    assert summary.misc.get("attachment text reused (same bytes)", 0) == copies - len(by_sha)


def test_stored_text_is_found_by_content_hash(tmp_path):
    store = Store(tmp_path / "s.sqlite")
    ensure_crawl_indexes(store)
    ensure_crawl_indexes(store)  # idempotent
    now = datetime.now(timezone.utc)
    store.upsert_document(DocumentIn(url="http://x/1", title="t", text="b", fetched_at=now, attachments=[
        AttachmentIn(url="http://x/a.pdf", sha256="aa" * 32, text="nội dung", text_method="pdf-text"),
        AttachmentIn(url="http://x/b.pdf", sha256="bb" * 32, error="corrupt PDF", text_method=None)]))
    hit = attachment_by_sha(store, "aa" * 32)
    assert hit["text"] == "nội dung" and hit["text_method"] == "pdf-text"
    assert attachment_by_sha(store, "bb" * 32) is None      # failures are read again, never reused
    assert attachment_by_sha(store, "cc" * 32) is None


# -- DOCX from word/document.xml --------------------------------------------------------------------
def _full_docx_text(data: bytes) -> str:
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs if p.text.strip()]
    for t in d.tables:
        for row in t.rows:
            cells = [c.text.strip() for c in row.cells if c.text.strip()]
            if cells:
                parts.append(" | ".join(dict.fromkeys(cells)))
    return "\n".join(parts)


def test_docx_body_only_matches_python_docx():
    d = docx.Document()
    d.add_heading("Kế hoạch cải cách hành chính", 1)
    p = d.add_paragraph("Chỉ số ")
    p.add_run("PAR INDEX").bold = True
    p.add_run("\tnăm 2024")
    t = d.add_table(rows=3, cols=3)
    t.cell(0, 0).merge(t.cell(0, 1)).text = "Gộp ô"
    t.cell(1, 0).merge(t.cell(2, 0)).text = "Dọc"
    t.cell(2, 2).text = "99,5%"
    d.add_paragraph("")
    d.add_paragraph("Hết.")
    buf = io.BytesIO()
    d.save(buf)
    data = buf.getvalue()
    res = F.extract_text(data, "x.docx")
    assert res.method == "docx" and res.text == _full_docx_text(data)
    assert "Gộp ô" in res.text and "PAR INDEX" in res.text


# -- links and relevance ----------------------------------------------------------------------------
PAGE = """<html><body>
<a href="/cai-cach-hanh-chinh/-/view_content/12-ke-hoach">Kế hoạch CCHC</a>
<a href="chi-tiet-34.html">Tin 34</a><a href="../tin-tuc/page-2">2</a>
<a href="http://127.0.0.1:9/a/../Lists/TinTuc/Attachments/5/QD%205.pdf">QĐ</a>
<a href="javascript:__doPostBack('ctl00$m$g','Page$3')">3</a>
<a href="javascript:downloadfile('Phu luc','/upload/2024/pl.docx')"></a>
<a href="mailto:x@y">mail</a><a href="#top">top</a></body></html>"""


def _old_classify(sel, base, pattern=None):
    from urllib.parse import unquote, urljoin
    out = []
    for a in sel.css("a[href]"):
        href = (a.attrib.get("href") or "").strip()
        text = re.sub(r"\s+", " ", " ".join(a.css("::text").getall())).strip() or a.attrib.get("title", "")
        pb = X.POSTBACK_JS.search(href)
        if pb:
            out.append((href, text, "postback", {"target": pb.group(1), "argument": pb.group(2)}))
            continue
        f = X.file_link(href, base)
        if f:
            out.append((f, text or unquote(f.rsplit("/", 1)[-1]), "file", {}))
            continue
        if href.lower().startswith(("javascript:", "mailto:", "tel:", "#")):
            continue
        url = urljoin(base, href).split("#", 1)[0]
        kind = ("article" if X.is_article_url(url, pattern) else
                "pagination" if X.PAGINATION_URL.search(url) or X.PAGER_TEXT.match(text) else "listing")
        out.append((url, text, kind, {}))
    return out


def test_cached_link_classification_matches_and_depends_on_the_base():
    sel = Selector(text=PAGE)
    for base in ("http://127.0.0.1:9/tin-tuc/a/", "http://127.0.0.1:9/khac/b/c.html", "https://h.gov.vn/x/"):
        for pattern in (None, r"chi-tiet-\d+"):
            for _ in range(2):  # second time from the cache
                got = [(link.url, link.text, link.kind, link.extra) for link in X.classify_links(sel, base, pattern)]
                assert got == _old_classify(sel, base, pattern)
    a = X.classify_links(sel, "http://127.0.0.1:9/tin-tuc/a/")
    b = X.classify_links(sel, "http://127.0.0.1:9/khac/b/c.html")
    assert a[1].url != b[1].url    # relative links resolve against their own page


def test_factored_reform_patterns_match_the_per_term_ones():
    def per_term(terms):
        parts = ["(?<![a-z0-9])" + re.escape(t).replace("\\ ", r"[\s\-_]+") + "(?![a-z0-9])"
                 for t in sorted(set(terms), key=len, reverse=True)]
        return re.compile("|".join(parts))
    samples = ["Kế hoạch cải cách hành chính năm 2024", "cchc-pci_papi", "xcchc cchcx par-index", "Chỉ số SIPAS, PAPI",
               "/vi/news/cai-cach-hanh-chinh/ke-hoach-so-12-kh-ubnd.html", "Văn hóa - Thể thao", "dich_vu_cong truc tuyen",
               "de an 06 / de-an-06", "mot cua lien thong", "thu tuc hanh chinhx", "tin tuc su kien"]
    for terms, fast in ((R.REFORM_TERMS, R._REFORM), (R.LINK_TERMS, R._LINK), (R.SECTION_TERMS, R._SECTION),
                        (R.OFF_SECTIONS, R._OFF)):
        slow = per_term(terms)
        for s in samples:
            f = R.folded(s)
            assert fast.findall(f) == slow.findall(f), (s, terms[:2])


def test_known_container_text_without_trafilatura_fallbacks(sim):
    """On a CMS container already cut out of the page, trafilatura's fallback extractors change
    nothing (they only cost time): fast and full extraction give the same text."""
    import urllib.request
    for a in list(sim.articles.values())[::3]:
        html = urllib.request.urlopen(sim.article_url(a)).read().decode()
        sel = Selector(text=html)
        body = next(sel.css(c)[0].get() for c in X.BODY_SELECTORS if sel.css(c))
        frag = f"<html><body><article>{body}</article></body></html>"
        assert X._trafilatura(frag, fast=True) == X._trafilatura(frag, fast=False)
        art = X.extract_article(html, sim.article_url(a), sel=sel)
        assert a.body[-1][:30] in art.text


# -- link targets worked out once per (origin, href) ----------------------------------------------
ODD_HREFS = ["HTTP://Example.com/A?b=1#x", "http://example.com/a/../b", "https://x.y/p?", "//cdn.x/y.pdf",
             "/a/./b/../c.docx", "/", "?page=2", "../up.html", "rel/ative.html#frag", "http://h/ä%20b",
             "https://h:8080/x;p?q#f", "/x/../../y", "ftp://h/f.pdf", "/path with space.pdf", "http://example.com",
             "/download?id=3", "/uploads/x.JPG", "/login", "http://a.b/c//d", "https:x", "/a?b=1&page=3",
             "/van-ban/ke-hoach-cai-cach-hanh-chinh-2025.html"]


def _reference(url: str, href: str):
    """links()'s per-URL decision as it was written before the cache: (URL, kind) or None."""
    from urllib.parse import urljoin, urlparse
    from crawler import pages as P
    u = P.norm_url(urljoin(url, href))
    if urlparse(u).scheme not in ("http", "https"):
        return None
    path = urlparse(u).path
    if P.FILE_EXT.search(path):
        return u, "file"
    if P.ASSET_URL.search(path) or P.PRINT_URL.search(u) or P.SKIP_URL.search(u):
        return None
    return u, "maybe_file" if P.MAYBE_FILE_URL.search(u) else "page"


def test_cached_link_targets_equal_joining_each_link_on_its_page():
    from crawler import pages as P
    doc = "<html><body>" + "".join(f'<a href="{h}">x</a>' for h in ODD_HREFS) + "</body></html>"
    for base in ["http://example.com/news/item.html?id=4", "https://x.y/", "http://h/a/b/c", "https://h:8080/q/?page=2"]:
        for _ in range(2):   # cold, then from the cache
            got = [(l.url, l.kind) for l in P.links(P.parse_html(doc), base)]
            want = [r for r in (_reference(base, h) for h in ODD_HREFS) if r is not None]
            assert got == want, base


# -- bot-wall check by substring tests ----------------------------------------------------------
def test_challenge_check_matches_the_case_insensitive_pattern():
    from pathlib import Path
    slow = re.compile("|".join(map(re.escape, X.CHALLENGE_PHRASES)), re.I)
    pages = [p.read_text(encoding="utf-8", errors="replace") for p in Path(__file__).parents[1].glob("files/*/*.html")]
    made = ["<title>Just a moment...</title>", "Please enable JavaScript and cookies to continue",
            "Trang này yêu cầu CAPTCHA", "DDoS protection by Cloudflare", "Access Denied", "Attention Required! | Cloudflare",
            "Checking your browser before accessing", "x" * 4990 + "captcha", "x" * 5000 + "captcha",
            "Cổng thông tin điện tử tỉnh Bạc Liêu: cải cách hành chính", ""]
    assert len(pages) >= 5
    for text in pages + made:
        assert X.looks_like_challenge(text) == bool(slow.search(text[:5000])), text[:80]
    assert X.looks_like_challenge(made[0]) and not X.looks_like_challenge(made[-2]) and not X.looks_like_challenge(made[8])
