"""What a fetched page is, read from the page itself (not from its URL): article, listing or other;
its canonical URL, robots directives, feeds, pagination, attachment candidates and posting date.

URL shapes are only hints here: a print-view or asset URL is not worth a request, a download-looking
URL is requested as a file and decided from the answer's headers (crawler.spiders.files)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from urllib.parse import parse_qsl, urldefrag, urlencode, urljoin, urlparse, urlunparse

from lxml import etree

from extractors.dates import parse_posting_date

# hints on URLs: not requested at all / requested as a file and decided from headers
PRINT_URL = re.compile(r"[?&](?:print=|tmpl=component|mode=print|printable=)|/print(?:able)?(?:/|$)|/printable/"
                       r"|print\.aspx|/in-bai|/ban-in", re.I)
ASSET_URL = re.compile(r"\.(?:jpe?g|png|gif|bmp|svg|webp|ico|css|js|mp[34]|avi|wmv|flv|swf|woff2?|ttf|eot)$", re.I)
FILE_EXT = re.compile(r"\.(pdf|docx?|xlsx?|rtf|odt|ods|pptx?|zip|rar)$", re.I)
MAYBE_FILE_URL = re.compile(r"download|DownloadFile|LinkClick\.aspx|fileticket|/system/files/|attachment_id=|getfile"
                            r"|/tai-ve|/files?/|/Attachments/|/FileData/|/upload|/documents/\d+/\d+/", re.I)
# ("Toàn văn" is not one: on vbpl.vn it is the tab of the document's full-text page)
MAYBE_FILE_TEXT = re.compile(r"tải về|tải xuống|download|đính kèm|tệp|tập tin|xem văn bản|chi tiết văn bản"
                             r"|văn bản gốc|file", re.I)
SKIP_URL = re.compile(r"/(?:dang-nhap|login|user/login|wp-login|wp-admin|administrator|search|tim-kiem)(?:[/?.]|$)"
                      r"|[?&](?:replytocom|share|action=login)=", re.I)
PAGE_KEYS = {"page", "paged", "start", "limitstart", "trang", "pageindex", "currentpage", "p_p_page", "pagenumber",
             "pg", "offset"}
PAGE_PATH = re.compile(r"/(?:page|trang)[/-]\d+(?=/|\.html?$|$)|/p\d+(?=/|$)", re.I)
PAGER_TEXT = re.compile(r"^\s*(\d{1,4}|next|sau|tiếp|trang sau|›|»|>|>>|cuối|cuối cùng|last|trước|‹|«|<|<<"
                        r"|.{0,3}(?:sau|tiếp|next|trước)\s*[»›>]*)\s*$", re.I)
CHROME = re.compile(r"menu|nav|footer|header|breadcrumb|banner|topbar|sidebar-menu", re.I)
DOC_NUMBER = re.compile(r"\b\d{1,6}(?:/\d{4})?/[A-ZĐ][A-ZĐa-zđ0-9]{0,9}(?:-[A-ZĐ][A-ZĐa-zđ0-9]{0,9})+\b")
DATE_CLASS = re.compile(r"date|time|publish|created|submitted|posted|ngay|meta", re.I)
LIST_TAGS = {"li", "ul", "ol"}
# the "read more" link of a list item whose title is no link
MORE_TEXT = re.compile(r"^\s*(?:chi tiết|xem tiếp|đọc tiếp|xem chi tiết|xem thêm|chi tiết tin)\s*[»›>.…]*\s*$",
                       re.I)


@dataclass
class Link:
    url: str
    text: str
    kind: str                # page | file | maybe_file | postback
    nofollow: bool = False
    pager: bool = False      # a pagination control of the page it is on
    extra: dict = field(default_factory=dict)


@dataclass
class PageInfo:
    kind: str                        # article | listing | other
    canonical: str | None
    noindex: bool
    nofollow: bool
    feeds: list[str]
    main: object | None              # lxml element holding the main text (articles)
    main_chars: int
    item_links: int                  # links that look like list items (titles), outside page chrome
    item_urls: list[str]
    newest: date | None              # newest date written on the page (listing freshness)


@lru_cache(maxsize=16384)     # every page repeats the portal's menus: the same URLs again and again
def norm_url(url: str) -> str:
    """The URL without fragment and session id (`;jsessionid=…`, ASP.NET `/(S(…))/`), with a
    default path: what two links to one page share."""
    u = urldefrag(url)[0]
    p = urlparse(u)
    path = SESSION_PATH.sub("", p.path) if ";" in p.path or "(" in p.path else p.path
    params = "" if p.params.lower().startswith("jsessionid=") else p.params
    return urlunparse(p._replace(path=path or "/", params=params))


# a session id kept in the path: ;jsessionid=… (Java), /(S(…))/ and /(X(1)S(…))/ (ASP.NET cookieless)
SESSION_PATH = re.compile(r";jsessionid=[^/?#]*|/\((?:[A-Z]\([^()/]*\))+\)(?=/)", re.I)


@lru_cache(maxsize=16384)
def pagination_key(url: str) -> str:
    """The URL with its page number removed: pages of one listing share it."""
    p = urlparse(url)
    q = [(k, v) for k, v in parse_qsl(p.query, keep_blank_values=True) if k.lower() not in PAGE_KEYS
         and not k.lower().endswith("_cur")]
    return urlunparse(p._replace(path=PAGE_PATH.sub("", p.path).rstrip("/") or "/", query=urlencode(q), fragment=""))


def _in_chrome(el, levels: int = 4) -> bool:
    """el is (within a few levels) inside a menu, header or footer. Only a few levels: on broken
    markup an unclosed header div swallows the whole page."""
    while el is not None and levels >= 0:
        if el.tag in ("nav", "header", "footer"):
            return True
        c = (el.get("class") or "") + " " + (el.get("id") or "")
        if c.strip() and CHROME.search(c):
            return True
        el = el.getparent()
        levels -= 1
    return False


def _link_text(el) -> str:
    return " ".join(" ".join(el.itertext()).split()) or (el.get("title") or "")


BLOCK_TAGS = {"p", "div", "table", "tbody", "tr", "td", "th", "ul", "ol", "li", "section", "article", "main",
              "aside", "nav", "header", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "dl", "dd", "dt",
              "blockquote", "pre", "figure"}
TEXT_BLOCKS = ("p", "div", "td", "dd", "blockquote", "pre")
SKIP_TEXT = {"script", "style", "select", "option", "button", "label", "input", "textarea", "noscript"}


def _own_text_len(el) -> int:
    """Characters of text in el outside links and outside nested blocks."""
    n = len((el.text or "").strip())
    for ch in el:
        if isinstance(ch.tag, str) and ch.tag != "a" and ch.tag not in BLOCK_TAGS and ch.tag not in SKIP_TEXT:
            n += _own_text_len(ch)
        n += len((ch.tail or "").strip())
    return n


def _main_block(root) -> tuple[object | None, int]:
    """The element whose text blocks (paragraphs, not links, not lists) hold the most characters."""
    scores: dict = {}
    for el in root.iter(*TEXT_BLOCKS):
        n = _own_text_len(el)
        if n < 25:
            continue
        parent = el.getparent()
        if parent is None:
            continue
        if el.tag != "p":  # text straight in a div/td: the block itself holds the text
            parent = el
        if parent.tag in LIST_TAGS or (parent.getparent() is not None and parent.getparent().tag in LIST_TAGS):
            continue
        if parent not in scores and _in_chrome(parent, 2):  # footers hold long texts too
            scores[parent] = -10**9
        scores[parent] = scores.get(parent, 0) + n
    if not scores:
        return None, 0
    best = max(scores, key=scores.get)
    return (best, scores[best]) if scores[best] > 0 else (None, 0)


def analyse(root, url: str) -> PageInfo:
    """Page type and directives of a parsed HTML page (lxml root)."""
    head_meta = {(m.get("name") or m.get("property") or "").lower(): (m.get("content") or "") for m in root.iter("meta")}
    robots = head_meta.get("robots", "").lower()
    canonical = None
    feeds = []
    for ln in root.iter("link"):
        rel = (ln.get("rel") or "").lower().split()
        href = ln.get("href")
        if not href:
            continue
        if "canonical" in rel and canonical is None:
            canonical = norm_url(urljoin(url, href.strip()))
        elif "alternate" in rel and re.search(r"rss|atom", ln.get("type") or "", re.I):
            feeds.append(urljoin(url, href.strip()))
    body = root.find("body")
    body = body if body is not None else root
    main, chars = _main_block(body)
    items = 0
    main_items = 0
    item_urls = []
    files = 0
    for a in body.iter("a"):
        href = a.get("href")
        if href and not files and _target(_join_base(url, href.strip()), href.strip())[1] in ("file", "maybe_file") \
                and not in_side_list(a, body):
            files += 1
        t = _link_text(a)
        if (len(t.split()) >= 5 or MORE_TEXT.match(t)) and not _in_chrome(a):
            items += 1
            if a.get("href"):
                item_urls.append(norm_url(urljoin(url, a.get("href").strip())))
            if main is not None and _is_ancestor(main, a):
                main_items += 1
    og_article = head_meta.get("og:type", "") == "article"
    title_el = title_element(root, main) if main is not None else None
    has_title = title_el is not None or "og:title" in head_meta
    is_article = (main is not None and main_items < 3 and has_title and chars >= 40 and not _repeated(main)
                  and not _teaser(main)
                  and (chars >= 200 or ((og_article and chars >= 80) or _dated_heading(title_el, main)
                                        or url_date(url) is not None or files)
                       and _near(title_el, main)))
    dates = [d for d in (parse_posting_date(m.group(0)) for m in _DATE_RE.finditer(" ".join(body.itertext())))
             if d is not None]
    return PageInfo(kind="article" if is_article else ("listing" if items >= 3 else "other"), canonical=canonical,
                    noindex="noindex" in robots, nofollow="nofollow" in robots, feeds=feeds, main=main,
                    main_chars=chars, item_links=items, item_urls=item_urls, newest=max(dates) if dates else None)


_DATE_RE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d\b")
# a posting day in the article's path: /2024/06/03/slug.html, /portal/pages/2024-06-03/slug.aspx
URL_DATE = re.compile(r"/((?:19|20)\d\d)([/-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?=[/._]|$)")


def url_date(url: str) -> date | None:
    """The day written in the URL's path as year/month/day (never read from a query string)."""
    m = URL_DATE.search(urlparse(url).path)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(3)), int(m.group(4)))
    except ValueError:
        return None


def _dated_heading(title_el, main) -> bool:
    """Title, then its date, then the text: the date written after the title and before the main
    block (a date inside a widget that happens to follow the title does not count)."""
    near = _date_near_title(title_el)
    if near is None or near[0] != 0:
        return False
    el = near[2]
    if _is_ancestor(main, el):
        return False
    for x in title_el.getroottree().getroot().iter():
        if x is el:
            return True
        if x is main:
            return False
    return False


def _near(title_el, main) -> bool:
    """A short main text counts only when it follows the title closely: after it in the page, with
    at most a few links (share buttons) in between, not a list of other articles."""
    if title_el is None:
        return True  # og:title only
    if _is_ancestor(main, title_el):
        return True
    seen_title, links = False, 0
    for el in title_el.getroottree().getroot().iter():
        if el is title_el:
            seen_title = True
        elif el is main:
            return seen_title and links <= 3
        elif seen_title and el.tag == "a":
            links += 1
    return False


def _teaser(main) -> bool:
    """The block is a list item: a heading that links elsewhere, then a summary."""
    return any(h.find(".//a[@href]") is not None for h in main.iter("h2", "h3", "h4", "h5"))


def _signature(el) -> tuple:
    return (el.tag, el.get("class") or "")


def _repeated(main) -> bool:
    """The main block (or one of its 4 nearest ancestors) is one of 3+ alike siblings: a list item."""
    el = main
    for _ in range(5):
        parent = el.getparent()
        if parent is None:
            return False
        if el.tag == "dd" and parent.tag == "dl" \
                and sum(1 for c in parent if c.tag == "dt" and c.find(".//a") is not None) >= 3:
            return True   # the summary of a <dl> list item, its title link in the <dt> before it
        sig = _signature(el)
        # an item holds a link or two (its title, "more"); page layout blocks hold many
        if sum(1 for c in parent if isinstance(c.tag, str) and _signature(c) == sig
               and 1 <= sum(1 for _ in c.iter("a")) <= 3) >= 3:
            return True
        el = parent
    return False


def _is_ancestor(anc, el) -> bool:
    while el is not None:
        if el is anc:
            return True
        el = el.getparent()
    return False


POSTBACK_JS = re.compile(r"__doPostBack\(\s*'([^']+)'\s*,\s*'(Page\$\d+|Page\$Next|Page\$Last)'", re.I)
DOWNLOADFILE_JS = re.compile(r"downloadfile\(\s*'([^']*)'\s*,\s*'([^']+)'", re.I)
# a quoted file path in a script handler: openFile('/Uploads/x.pdf'), window.open("…/a.docx")
JS_FILE = re.compile(r"""['"]([^'"\s<>]*\.(?:pdf|docx?|xlsx?|rtf|odt|ods|pptx?|zip|rar))(?:\?[^'"\s<>]*)?['"]""", re.I)
# an icon standing for a file: <img src="…/icon-pdf.png">, <i class="fa fa-file-pdf-o">, alt="Tải về"
FILE_ICON = re.compile(r"pdf|docx?\b|\bdoc|xlsx?|download|tai-?ve|tải về|attach|dinh-?kem|đính kèm|(?<![a-z])file", re.I)
EMBED_TAGS = {"iframe": "src", "frame": "src", "embed": "src", "object": "data"}


def links(root, url: str) -> list[Link]:
    """Every link of the page worth a thought, classified by what the URL and anchor hint at;
    documents shown in an iframe/object/embed (or an online viewer of one) count as file links."""
    out: list[Link] = []
    page_key = pagination_key(url)
    base = _base_href(root, url)
    for a in root.iter("a", "button", *EMBED_TAGS):
        if a.tag == "button":
            f = _script_file(base, "", a.get("onclick") or "")
            if f:
                out.append(Link(f, _link_text(a), "file"))
            continue
        if a.tag != "a":
            f = _embedded_file(base, (a.get(EMBED_TAGS[a.tag]) or "").strip())
            if f:
                out.append(Link(f, "", "file"))
            continue
        href = (a.get("href") or "").strip()
        if not href or href.lower().startswith(("javascript:", "#")):
            f = _script_file(base, href, a.get("onclick") or "")
            if f:
                out.append(Link(f, _link_text(a), "file"))
                continue
        if not href:
            continue
        text = _link_text(a)
        pb = POSTBACK_JS.search(href)
        if pb:
            out.append(Link(href, text, "postback", pager=True, extra={"target": pb.group(1), "argument": pb.group(2)}))
            continue
        if href.lower().startswith(("javascript:", "mailto:", "tel:", "#", "data:")):
            continue
        u, kind = _target(_join_base(base, href), href)
        if kind == "skip":
            continue
        nofollow = "nofollow" in (a.get("rel") or "").lower()
        if kind == "file":
            out.append(Link(u, text, "file", nofollow))
        elif kind == "maybe_file" or (MAYBE_FILE_TEXT.search(text) and len(text) < 60) or (not text and _file_icon(a)):
            out.append(Link(u, text, "maybe_file", nofollow))
        else:
            pager = "next" in (a.get("rel") or "").lower() or (
                u != url and (pagination_key(u) == page_key or bool(PAGER_TEXT.match(text))))
            out.append(Link(u, text, "page", nofollow, pager))
    if not out:
        out = _script_redirect(root, base)
    return out


SCRIPT_REDIRECT = re.compile(r"""location(?:\.href)?\s*=\s*['"]([^'"]+)['"]"""
                             r"""|location\.(?:replace|assign)\(\s*['"]([^'"]+)['"]""")


def _script_redirect(root, base: str) -> list[Link]:
    """A page with no link that only sends the browser on (`window.location.href = "/vi/trang-chu"`):
    where it sends it, as a link."""
    for sc in root.iter("script"):
        m = SCRIPT_REDIRECT.search(sc.text or "")
        if m:
            u, kind = _target(_join_base(base, m.group(1) or m.group(2)), m.group(1) or m.group(2))
            if kind != "skip":   # the same page by other means: no hop deeper (crawler.spiders.listing)
                return [Link(u, "", "page", extra={"redirect": True})]
    return []


def _base_href(root, url: str) -> str:
    """What the page's relative links are relative to: its <base href>, else its own URL."""
    head = root.find("head")
    b = head.find("base") if head is not None else None
    href = (b.get("href") or "").strip() if b is not None else ""
    return urljoin(url, href) if href else url


def _script_file(base: str, href: str, onclick: str) -> str | None:
    """The file a javascript: link or an onclick handler opens, when it names one in a string."""
    js = href + " " + onclick
    m = DOWNLOADFILE_JS.search(js)
    if m:
        return urljoin(base, m.group(2))
    paths = JS_FILE.findall(js)
    if not paths:
        return None
    path = next((p for p in reversed(paths) if "/" in p), paths[0])   # a path rather than a bare name
    return norm_url(urljoin(base, path))


def _embedded_file(base: str, src: str) -> str | None:
    """The document an iframe/object/embed shows: its source when that is a file, else the file an
    online viewer is given (`viewer?url=…`, `embed.aspx?src=…`, pdf.js `viewer.html?file=…`)."""
    if not src or src.lower().startswith(("javascript:", "data:", "about:")):
        return None
    u = urljoin(base, src)
    p = urlparse(u)
    if FILE_EXT.search(p.path):
        return norm_url(u)
    for _, v in parse_qsl(p.query):
        if FILE_EXT.search(urlparse(v).path):
            return norm_url(urljoin(u, v))
    return None


def _file_icon(a) -> bool:
    """A link without text whose image or icon stands for a file (PDF/Word icon, download arrow)."""
    return any(FILE_ICON.search(" ".join((el.get("src") or "", el.get("alt") or "", el.get("class") or "",
                                          el.get("title") or "")))
               for el in a.iter("img", "i", "span", "svg"))


def _join_base(url: str, href: str) -> str:
    """What urljoin(url, href) depends on: nothing for an absolute href, the origin for a
    root-relative one (most menu and list links), else the whole page URL. Keys _target's cache."""
    if href.startswith(("http://", "https://")):
        return ""
    if href.startswith("/") and not href.startswith("//"):
        p = urlparse(url)
        return f"{p.scheme}://{p.netloc}/"
    return url


@lru_cache(maxsize=32768)
def _target(base: str, href: str) -> tuple[str, str]:
    """(normalised URL, what the URL alone says: file | maybe_file | page | skip) of a link;
    pages repeat their menus and lists, so each is worked out once per portal."""
    u = norm_url(urljoin(base, href)) if base else norm_url(href)
    p = urlparse(u)
    if p.scheme not in ("http", "https"):
        return u, "skip"
    if FILE_EXT.search(p.path):
        return u, "file"
    if ASSET_URL.search(p.path) or PRINT_URL.search(u) or SKIP_URL.search(u):
        return u, "skip"
    return u, "maybe_file" if MAYBE_FILE_URL.search(u) else "page"


def in_side_list(el, stop) -> bool:
    """el sits in a list of links (a "Các tin khác" box) rather than in the article's own block."""
    while el is not None and el is not stop:
        if el.tag in LIST_TAGS or el.tag == "aside":
            return True
        c = (el.get("class") or "") + " " + (el.get("id") or "")
        if re.search(r"other|related|lien-quan|tin-khac|khac|more-news|sidebar", c, re.I):
            return True
        el = el.getparent()
    return False


def _date_near_title(title_el) -> tuple[int, str, object] | None:
    """The date written just after the title (prio 0) or just before it (prio 1) in the title's
    block, widening up to its grandparents, skipping link lists and side boxes."""
    if title_el is None:
        return None
    block = title_el.getparent()
    before = None
    for _ in range(3):
        if block is None:
            break
        after = False
        for el in block.iter():
            if el is title_el:
                after = True
                continue
            if not isinstance(el.tag, str) or el.tag in ("a", "script", "style") or in_side_list(el, block):
                continue
            txt = " ".join(((el.text or "") + " " + (el.get("datetime") or "")).split())
            if not txt or not re.search(r"\d", txt):
                continue
            d = parse_posting_date(txt)
            if d and str(d.year) in txt:
                if after:
                    return 0, txt, el
                before = before or (1, txt, el)
        block = block.getparent()
    return before


def posting_date(root, title_el, main, url: str = "") -> tuple[date | None, str]:
    """The article's own posting date: the date next to its title (never one from a list beside
    it), then published-time meta, then the day in its URL's path, then htmldate's guess."""
    near = _date_near_title(title_el)
    if near:
        d = parse_posting_date(near[1])
        if d:
            return d, near[1]
    for m in root.iter("meta"):
        if (m.get("property") or m.get("name") or "").lower() in ("article:published_time", "datepublished",
                                                                  "dc.date.issued", "pubdate"):
            d = parse_posting_date(m.get("content") or "")
            if d:
                return d, m.get("content")
    d = url_date(url)
    if d:
        return d, urlparse(url).path
    try:
        from htmldate import find_date
        s = find_date(root, original_date=True, extensive_search=False)
        if s:
            return date.fromisoformat(s), s
    except Exception:  # htmldate is a last resort; it must never stop an article
        pass
    return None, ""


BANNER = re.compile(r"logo|banner|brand|site-?(?:name|title)", re.I)


def _banner(h) -> bool:
    """A heading that names the portal (its logo or banner), not the page."""
    for _ in range(4):
        if h is None:
            return False
        if BANNER.search((h.get("class") or "") + " " + (h.get("id") or "")):
            return True
        h = h.getparent()
    return False


def _heading_like_title(root, main):
    """No h1 of the page's own: the nearest element before (or starting) the main block whose text
    is the page's <title> without the portal's name (`Tiêu đề - Cổng thông tin…`)."""
    t = " ".join((root.findtext(".//title") or "").split())
    name = re.split(r"\s+[-|–]\s+", t)[0].strip()
    if len(name) < 10 or main is None:
        return None
    for el in reversed(main.xpath("preceding::*[self::h2 or self::h3 or self::h4 or self::td or self::div"
                                  " or self::span or self::b or self::strong or self::p][position() <= 40]")):
        if " ".join(" ".join(el.itertext()).split()) == name:
            # a category's heading over a list item (its linked title, then its summary): no article
            between = set(el.xpath("following::a[ancestor::h2 or ancestor::h3 or ancestor::h4 or ancestor::h5]"))
            return None if between & set(main.xpath("preceding::a")) else el
    return None


def title_element(root, main):
    """The article's heading: the h1 nearest before (or in) the main block, else the first h1; on a
    page whose only h1s name the portal, the element before the text that holds the page's title."""
    h1s = [h for h in root.iter("h1") if not _banner(h)]
    if not h1s:
        return _heading_like_title(root, main)
    if main is not None:
        inside = [h for h in main.iter("h1")]
        if inside:
            return inside[0]
        # the last h1 that precedes the main block in document order (XPath in C: numbering every
        # element of the page in Python made a proxy object for each)
        before = main.xpath("preceding::h1 | ancestor::h1")
        if before:
            return before[-1]
    return h1s[0]


def doc_numbers(text: str) -> list[str]:
    return list(dict.fromkeys(m.group(0) for m in DOC_NUMBER.finditer(text or "")))


def parse_html(text: str):
    """lxml root of a page (lenient: broken markup still yields a tree)."""
    from lxml import html as lxml_html
    try:
        return lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return lxml_html.document_fromstring("<html><body></body></html>")
