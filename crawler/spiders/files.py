"""An article's attachments: fetched one after the other, the article's item yielded after the last;
a link of unknown type is decided from the answer's headers."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import urlparse

from scrapy.http import TextResponse

from crawler import pages as P
from crawler.items import FetchedFile, FetchedPage
from crawler.spiders.errors import classify_failure
from crawler.spiders.responses import _h, decode_page


class FilesMixin:
    """Callbacks of attachment requests: one file at a time, the item after the last."""

    def _next_file(self, item: FetchedPage, pending: list[tuple[str, str]], meta: dict):
        s = self.sources[item.source_id]
        while pending:
            url, kind = pending.pop(0)
            if any(f.url == url for f in item.files):
                continue
            r = self._req(s, url, "file", depth=meta.get("depth", 0), item=item, pending=pending, hint=kind)
            yield r
            return
        yield item

    def parse_file(self, response):
        item, pending = response.meta["item"], response.meta["pending"]
        s = self._source(response)
        self.tally.file_fetched(s.id, response)
        if response.status == 200 and isinstance(response, TextResponse) and not _is_download(response) \
                and "html" in (_h(response, "Content-Type") or "text/html").lower():
            # not a file but a page about one (a WordPress attachment page, a download page):
            # its file links join this article's attachments, one level deep
            if response.meta.get("hint") == "maybe_file" and not response.meta.get("via_page"):
                root = P.parse_html(decode_page(response))
                found = [(l.url, "file") for l in P.links(root, response.url)
                         if l.kind == "file" or (l.kind == "maybe_file" and _looks_downloadable(l.url))]
                for u, _ in found:
                    if self._in_domain(s, u):
                        pending.insert(0, (u, "via_page"))
            self.tally.count("link to a page, not a file", s.id)
            yield from self._next_file(item, pending, response.meta)
            return
        entry = FetchedFile(url=response.request.url, status=response.status, size=len(response.body),
                            media_type=_h(response, "Content-Type"), etag=_h(response, "ETag"),
                            last_modified=_h(response, "Last-Modified"),
                            filename=disposition_filename(_h(response, "Content-Disposition")))
        if response.status == 304:
            entry.not_modified = True
        elif response.status >= 400:
            kind = "http_404" if response.status in (404, 410) else f"http_{response.status // 100}xx"
            entry.error = f"HTTP {response.status}"
            self.tally.error(kind, response.request.url, f"attachment: HTTP {response.status}", s.id)
        else:
            entry.data = response.body
            entry.sha256 = hashlib.sha256(response.body).hexdigest()
            entry.snapshot = response.meta.get("snapshot")
        item.files.append(entry)
        yield from self._next_file(item, pending, response.meta)

    def on_file_error(self, failure):
        req = failure.request
        item, pending = req.meta["item"], req.meta["pending"]
        kind, msg = classify_failure(failure)
        self.tally.error(kind, req.url, "attachment: " + msg, req.meta["src"])
        item.files.append(FetchedFile(url=req.url, error=msg, error_kind=kind))
        yield from self._next_file(item, pending, req.meta)


# the first bytes of PDF, ZIP (DOCX, XLSX, ODT) and OLE2 (Word 97, Excel 97) files
FILE_MAGIC = (b"%PDF-", b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")


def _is_download(response) -> bool:
    """A file, not a page: said so by its headers, or by its first bytes whatever its Content-Type
    (servers that label every answer text/html)."""
    cd = (_h(response, "Content-Disposition") or "").lower()
    ct = (_h(response, "Content-Type") or "").lower()
    return cd.startswith("attachment") or (bool(ct) and not any(t in ct for t in ("html", "xml", "text/plain"))) \
        or response.body[:8].lstrip().startswith(FILE_MAGIC)


def disposition_filename(value: str | None) -> str | None:
    """The file name of a Content-Disposition header (RFC 6266: filename*=UTF-8''... wins over
    filename=), without any directory part; raw UTF-8 sent as header bytes is read as UTF-8."""
    if not value or "filename" not in value.lower():
        return None
    from email.message import Message
    m = Message()
    m["Content-Disposition"] = value
    name = m.get_filename()
    if not name:
        return None
    try:
        name = name.encode("latin-1").decode("utf-8")   # headers arrive decoded as Latin-1
    except (UnicodeEncodeError, UnicodeDecodeError):
        pass
    name = re.split(r"[/\\]", name.strip().strip('"'))[-1].strip()
    return unicodedata.normalize("NFC", name)[:200] or None


def _looks_downloadable(url: str) -> bool:
    return bool(P.FILE_EXT.search(urlparse(url).path) or P.MAYBE_FILE_URL.search(url))
