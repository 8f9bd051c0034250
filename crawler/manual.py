"""Documents an appraiser adds by hand: a page fetched once by URL, or an uploaded file. Their bytes
are kept as captures (store.captures.keep_bytes) exactly as crawled ones, and they are built into
documents by the same crawler.document.build_document."""
from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote, urlsplit

from crawler.document import build_document
from store.captures import keep_bytes
from store.models import DocumentIn, SnapshotIn

MAX_BYTES = 30 * 1024 * 1024


class ManualError(ValueError):
    """A URL that cannot be fetched or a file that cannot be read; the message says which."""


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _snapshot(root: Path, url: str, kind: str, data: bytes, headers: dict, at: datetime) -> SnapshotIn:
    sha, rel = keep_bytes(root, data)
    return SnapshotIn(url=url, kind=kind, sha256=sha, size=len(data), path=rel, headers=headers,
                      fetched_at=at.isoformat(timespec="seconds"))


def from_url(url: str, root: Path, province: str | None, timeout: float = 15.0) -> DocumentIn:
    import httpx

    if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
        raise ManualError(f"not a web address: {url[:120]!r} (give http:// or https://…)")
    try:
        with httpx.stream("GET", url, timeout=timeout, follow_redirects=True,
                          headers={"User-Agent": "parwatch (appraiser request)"}) as r:
            if r.status_code != 200:
                raise ManualError(f"{url} answered HTTP {r.status_code}")
            data = b""
            for chunk in r.iter_raw():
                data += chunk
                if len(data) > MAX_BYTES:
                    raise ManualError(f"{url} is larger than {MAX_BYTES // 2**20} MB")
            headers = {k: r.headers.get_list(k) for k in r.headers.keys()}
            final = str(r.url)
    except httpx.HTTPError as e:
        raise ManualError(f"cannot fetch {url}: {e}") from e
    if "gzip" in (r.headers.get("content-encoding") or ""):   # iter_raw gives the wire bytes
        import gzip
        data = gzip.decompress(data)
    at = _now()
    snap = _snapshot(root, final, "article", data, headers, at)
    ctype = (r.headers.get("content-type") or "").lower()
    if "html" in ctype or data.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html")):
        from crawler.extract import extract_article
        art = extract_article(data.decode(r.encoding or "utf-8", "replace"), final)
        title, text, published = art.title, art.text, art.published_date
    else:
        title, text, published = _file_text(final.rsplit("/", 1)[-1], data)
    return build_document(url=final, title=title, text=text, province_hint=province, published_date=published,
                          fetched_at=at, raw_sha256=snap.sha256, raw_path=snap.path, snapshots=[snap])


def from_upload(filename: str, data: bytes, root: Path, province: str | None, media_type: str | None) -> DocumentIn:
    if not data:
        raise ManualError(f"the file {filename!r} is empty")
    if len(data) > MAX_BYTES:
        raise ManualError(f"the file {filename!r} is larger than {MAX_BYTES // 2**20} MB")
    name = Path(filename or "tep").name[:200]
    sha = hashlib.sha256(data).hexdigest()
    url = f"upload:{sha}/{quote(name)}"             # an upload has no web address: its content names it
    at = _now()
    snap = _snapshot(root, url, "upload", data, {"Content-Type": [media_type or "application/octet-stream"]}, at)
    title, text, _ = _file_text(name, data)
    return build_document(url=url, title=title, text=text, province_hint=province, fetched_at=at,
                          raw_sha256=snap.sha256, raw_path=snap.path, snapshots=[snap])


def _file_text(name: str, data: bytes):
    from crawler.files import extract_text

    res = extract_text(data, name, ocr=True)
    if not res.text.strip():
        raise ManualError(f"no text could be read from {name!r}: {res.error or 'empty'}")
    first = next((ln.strip() for ln in res.text.splitlines() if ln.strip()), name)
    return first[:300], res.text, None
