"""Everything the spider reads out of a fetched HTML page, as one picklable result: what the page is
(crawler.pages.analyse), its links and, for an article, its title, main text and posting date.

It is a pure function of the page's text so that it runs in the worker processes (crawler.workers),
off the crawl process whose single core (reactor, spider, store writer) bounds the crawl's speed:
lxml parsing, page typing and trafilatura were a third of that process's CPU (docs/crawler-history.md)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from lxml import etree
from parsel import Selector

from crawler import extract as X
from crawler import pages as P


@dataclass
class ArticleText:
    title: str
    text: str
    published_date: date | None
    date_text: str


@dataclass
class PageResult:
    info: P.PageInfo              # info.main is None here: an lxml element does not cross processes
    links: list[P.Link]
    article: ArticleText | None   # read when the page is an article without noindex
    capture: tuple[str, str] | None = None   # (sha256, path) when the worker also kept the bytes


def analyse_page(text: str, url: str, selectors: dict, print_pattern: str | None = None) -> PageResult:
    """`selectors`: the source's merged selectors (title/date/body/attachments overrides);
    `print_pattern`: the CMS family's print-view URLs, dropped from the links."""
    root = P.parse_html(text)
    info = P.analyse(root, url)
    links = P.links(root, url)
    if print_pattern:
        rx = re.compile(print_pattern)
        links = [x for x in links if not rx.search(x.url)]
    article = None
    if info.kind == "article" and not info.noindex:
        article = _article(text, url, root, info, selectors)
    info.main = None
    return PageResult(info=info, links=links, article=article)


def _article(text: str, url: str, root, info: P.PageInfo, selectors: dict) -> ArticleText:
    main_html = etree.tostring(info.main, encoding="unicode") if info.main is not None else None
    art = X.extract_article(text, url, selectors=selectors, sel=Selector(root=root), links=[], main_html=main_html)
    heading = P.title_element(root, info.main)
    if heading is not None and heading.tag != "h1" and not selectors.get("title"):
        # no h1 of its own (table layouts, an h1 in the banner): the heading that repeats <title>
        art.title = " ".join(" ".join(heading.itertext()).split())
    if not selectors.get("date"):
        posted, date_text = P.posting_date(root, heading, info.main, url)
        if posted:
            art.published_date, art.date_text = posted, date_text
    return ArticleText(TITLE_DATE.sub("", art.title) or art.title, art.text, art.published_date, art.date_text)


# a posting date written at the end of the heading: `Tiêu đề (03/06/2024)`
TITLE_DATE = re.compile(r"\s*[(\[]\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*[-,]?\s*\d{1,2}:\d\d)?\s*[)\]]\s*$")
