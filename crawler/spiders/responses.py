"""Reading a Scrapy response: a header as text, the page's text (mislabelled UTF-8 recovered)."""
from __future__ import annotations

from scrapy.http import TextResponse


def decode_page(response: TextResponse) -> str:
    """The page's text; a page declared Latin-1/Windows-1252 whose bytes are valid UTF-8 with
    non-ASCII letters is UTF-8 mislabelled (a common portal misconfiguration)."""
    enc = (response.encoding or "").lower().replace("_", "-")
    if enc in ("cp1252", "iso-8859-1", "latin-1", "latin1", "windows-1252", "ascii", "us-ascii"):
        body = response.body
        if not body.isascii():
            try:
                return body.decode("utf-8")
            except UnicodeDecodeError:
                pass
    return response.text


def _h(response, name: str) -> str | None:
    v = response.headers.get(name)
    return v.decode("latin-1") if v else None
