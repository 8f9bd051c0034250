"""Reading an article page: title, posting date, main text (furniture stripped), attachment links,
and classifying links (article / listing / pagination / postback / attachment)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from urllib.parse import unquote, urljoin, urlparse

from lxml import html as lxml_html
from parsel import Selector

from extractors.dates import parse_posting_date

# Known article containers, CMS by CMS (first match wins).
BODY_SELECTORS = [
    ".journal-content-article",                 # Liferay
    "#news-bodyhtml", ".bodytext",              # NukeViet
    ".ms-rtestate-field", "[id$=RichHtmlField]",  # SharePoint publishing pages
    ".content-detail", ".detail-content", ".news-content", ".noidung", ".article-content",
    "[itemprop=articleBody]", "article .content", "article",
]
TITLE_SELECTORS = [".title-news h1", "h1.title", "h1.title-detail", ".news_column h1", ".chi-tiet-tin h1",
                   "article h1", "#main-content h1", ".column-main h1", "h1"]
DATE_SELECTORS = [".assetPublishDate", ".date-detail", ".chi-tiet-tin .date", ".news_column .h5", ".ngay-dang",
                  ".post-date", ".news-date", "time", ".date"]
# furniture that survives text extraction on some portals
FURNITURE = re.compile(
    r"^\s*(?:[•·\-]\s*)?(?:Đang truy cập|Tổng lượt truy cập|Tổng:|Hôm nay:?|Lượt truy cập|Số lượt xem|Lượt xem|"
    r"Thống kê truy cập|Độ mặn|Mực nước|Slideshow Image|Cỡ chữ|Mặc định Cỡ chữ|Tương phản|Đánh giá bài viết|"
    r"Chia sẻ|In bài viết|Gửi email|Tin liên quan|Tin mới|Tin khác|Truy cập nội dung luôn|Từ khóa:).*$",
    re.I | re.M)

ARTICLE_URL = re.compile(
    r"/-/view_content/|/-/asset_publisher/[^/]+/content/|/web/[^/]+/-/[^/?]+|ChiTietTin|chi-tiet|/Detail/"
    r"|[?&](?:nid|ItemID|NewsID|newsid|docid|dDocName|p)=\w+|/news/[^?]+-\d+\.html?$|/pages/detail/\d+/"
    r"|/portal/pages/\d{4}-\d\d-\d\d/|/node/\d+$|/\d{4}/\d\d/\d+-[^/]+$|-\d{3,}\.(?:html?|aspx)$",
    re.I)
PAGINATION_URL = re.compile(r"/page-\d+/?$|/trang-\d+\.html?$|[?&](?:page|Page|currentpage|pageindex|p_p_page|\w*_cur)=\d+", re.I)
FILE_EXT = re.compile(r"\.(pdf|docx?|xlsx?|rtf|odt|ods|zip|rar)$", re.I)
FILE_URL = re.compile(r"[?&]download=1|/documents/\d+/\d+/|/Attachments/|/FileData/|/upload/", re.I)
DOWNLOADFILE_JS = re.compile(r"downloadfile\(\s*'([^']*)'\s*,\s*'([^']+)'", re.I)
POSTBACK_JS = re.compile(r"__doPostBack\(\s*'([^']+)'\s*,\s*'(Page\$\d+|Page\$Next|Page\$Last)'", re.I)
PAGER_TEXT = re.compile(r"^\s*(\d{1,4}|next|sau|tiếp|trang sau|›|»|>|>>|cuối cùng.*|trước|‹|«|<)\s*$", re.I)


@dataclass
class Link:
    url: str
    text: str
    kind: str            # article | listing | pagination | file | postback | other
    extra: dict = field(default_factory=dict)


@dataclass
class Article:
    title: str
    text: str
    published_date: date | None
    date_text: str
    attachments: list[Link]


_WS = re.compile(r"\s+")


def _text_of(sel: Selector) -> str:
    return _WS.sub(" ", " ".join(sel.css("::text").getall())).strip()


def _el_text(el) -> str:
    """Same as _text_of for one lxml element: its descendant text nodes, whitespace folded."""
    return _WS.sub(" ", " ".join(el.itertext())).strip()


def is_article_url(url: str, pattern: str | None = None) -> bool:
    if pattern and re.search(pattern, url):
        return True
    return _is_article_url(url)


@lru_cache(maxsize=65536)
def _is_article_url(url: str) -> bool:
    if FILE_EXT.search(urlparse(url).path) or "download=1" in url:
        return False
    return bool(ARTICLE_URL.search(url))


def file_link(href: str, base: str) -> str | None:
    """Absolute URL of an attachment link (plain href or javascript:downloadfile(...)), else None."""
    m = DOWNLOADFILE_JS.search(href)
    if m:
        return urljoin(base, m.group(2))
    if href.lower().startswith(("javascript:", "mailto:", "tel:", "#")):
        return None
    url = urljoin(base, href)
    path = unquote(urlparse(url).path)
    if FILE_EXT.search(path) or FILE_URL.search(url):
        if "view.officeapps" in url or "docs.google" in url:
            return None
        return url
    return None


def _anchors(sel: Selector, container: str | None):
    """The <a href> elements (lxml) in document order, within `container` (CSS) when given."""
    if not container:
        return [a for a in sel.root.iter("a") if a.get("href") is not None]
    return [a.root for a in sel.css(container).css("a[href]")]


def _join_base(base: str, href: str) -> str:
    """A base URL equivalent to `base` for urljoin(base, href) that repeats across pages: an
    absolute or root-relative href only needs the base's scheme and host."""
    if href.startswith("/") and not href.startswith("//") or href[:7].lower() == "http://" or href[:8].lower() == "https://":
        p = urlparse(base)
        return f"{p.scheme}://{p.netloc}/"
    return base


@lru_cache(maxsize=65536)
def _classify(base: str, href: str, text: str, article_pattern: str | None) -> tuple | None:
    pb = POSTBACK_JS.search(href)
    if pb:
        return (href, text, "postback", (pb.group(1), pb.group(2)))
    f = file_link(href, base)
    if f:
        return (f, text or unquote(f.rsplit("/", 1)[-1]), "file", None)
    if href.lower().startswith(("javascript:", "mailto:", "tel:", "#")):
        return None
    url = urljoin(base, href).split("#", 1)[0]
    if is_article_url(url, article_pattern):
        kind = "article"
    elif PAGINATION_URL.search(url) or PAGER_TEXT.match(text):
        kind = "pagination"
    else:
        kind = "listing"
    return (url, text, kind, None)


def classify_links(sel: Selector, base: str, article_pattern: str | None = None,
                   container: str | None = None) -> list[Link]:
    out: list[Link] = []
    for a in _anchors(sel, container):
        href = (a.get("href") or "").strip()
        text = _el_text(a) or a.get("title", "")
        c = _classify(_join_base(base, href), href, text, article_pattern)
        if c is None:
            continue
        url, text, kind, pb = c
        out.append(Link(url, text, kind, {"target": pb[0], "argument": pb[1]} if pb else {}))
    return out


def _clean(text: str) -> str:
    text = FURNITURE.sub("", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _trafilatura(fragment_html: str, *, fast: bool = False) -> str:
    """Main text of a page, or (fast=True) of a known CMS container already cut out of the page:
    there trafilatura's fallback extractors (readability, jusText: most of its time) have nothing
    left to rescue, so they are skipped."""
    import trafilatura  # here: the crawl process imports this module but reads pages in the workers

    return trafilatura.extract(fragment_html, include_comments=False, include_tables=True, favor_recall=True,
                               deduplicate=False, with_metadata=False, fast=fast) or ""


def _block_text(node) -> str:
    """Paragraph-aware text of an lxml element (fallback when trafilatura finds nothing)."""
    for br in node.iter("br"):
        br.tail = "\n" + (br.tail or "")
    parts = []
    for el in node.iter("p", "div", "li", "h2", "h3", "h4", "td", "tr"):
        if el.text and el.text.strip() and len(el) == 0:
            parts.append(el.text_content().strip())
    if not parts:
        return node.text_content().strip()
    return "\n".join(dict.fromkeys(parts))


def extract_article(page_html: str, url: str, *, selectors: dict | None = None, sel: Selector | None = None,
                    links: list[Link] | None = None, main_html: str | None = None) -> Article:
    """`sel`: the page already parsed; `links`: classify_links(sel, url) of the whole page, already
    computed (both optional, they only spare work); `main_html`: the main text block found from the
    page's layout (crawler.pages), read when no known CMS container matches."""
    selectors = selectors or {}
    if sel is None:
        sel = Selector(text=page_html)
    # title
    title = ""
    for css in ([selectors["title"]] if selectors.get("title") else []) + TITLE_SELECTORS:
        found = sel.css(css)
        t = _text_of(found[:1]) if found else ""
        if t:
            title = t
            break
    if not title:
        title = (sel.css('meta[property="og:title"]::attr(content)').get() or sel.css("title::text").get() or "").split(" - ")[0].strip()
    # posting date
    date_text, posted = "", None
    for css in ([selectors["date"]] if selectors.get("date") else []) + DATE_SELECTORS:
        for node in sel.css(css)[:3]:
            t = _text_of(node) or node.attrib.get("datetime", "")
            d = parse_posting_date(t)
            if d:
                date_text, posted = t, d
                break
        if posted:
            break
    if not posted:
        meta = sel.css('meta[property="article:published_time"]::attr(content)').get()
        if meta:
            date_text, posted = meta, parse_posting_date(meta)
    # body
    body_html = None
    for css in ([selectors["body"]] if selectors.get("body") else []) + BODY_SELECTORS:
        found = sel.css(css)
        if found and len(_text_of(found[0])) >= 80:
            body_html = found[0].get()
            break
    if body_html is None and main_html is not None:
        body_html = main_html
    if body_html is not None:
        text = _trafilatura(f"<html><body><article>{body_html}</article></body></html>", fast=True)
        if len(text) < 0.5 * len(_text_of(Selector(text=body_html))):
            text = _block_text(lxml_html.fromstring(body_html))
    else:
        text = _trafilatura(page_html)
    text = _clean(text)
    if title and text.startswith(title):
        text = text[len(title):].lstrip()
    # attachments: in the override container, else anywhere in the main column
    container = selectors.get("attachments")
    if container:
        links = classify_links(sel, url, container=container)
    elif links is None:
        links = classify_links(sel, url)
    files, seen = [], set()
    for link in links:
        if link.kind == "file" and link.url not in seen:
            seen.add(link.url)
            files.append(link)
    return Article(title=title, text=text, published_date=posted, date_text=date_text, attachments=files)


CHALLENGE_PHRASES = ("just a moment", "checking your browser", "enable javascript and cookies", "captcha",
                     "ddos protection", "access denied", "attention required")


def looks_like_challenge(body_text: str) -> bool:
    # substring tests on the lowered head: a case-insensitive regex alternation took ~0.2 ms a
    # page in the crawl process (every page is checked), this ~0.03 ms
    head = body_text[:5000].lower()
    return any(p in head for p in CHALLENGE_PHRASES)
