"""Downloader middlewares: conditional GET (ETag / Last-Modified from the store's crawl_state),
and evidence capture (bytes as fetched, gzip-compressed and content-addressed under
CrawlConfig.snapshot_root(), with SHA-256, headers and time of retrieval) plus byte accounting."""
from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from scrapy.http import Response


class ConditionalGetMiddleware:
    """Adds If-None-Match / If-Modified-Since to GETs of articles and files already processed.

    A URL counts as processed only once its document (or off-topic verdict) is committed: the
    pipeline writes crawl_state after the store transaction, so a crawl killed in between simply
    re-fetches the page in full next time (nothing lost, nothing duplicated)."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request, spider=None):
        spider = self.crawler.spider
        store = getattr(spider, "store", None)
        kind = request.meta.get("kind")
        if store is None or request.method != "GET" or kind not in ("article", "file"):
            return None
        st = store.crawl_state(request.url)
        if not st or not st.get("content_hash"):
            return None
        if kind == "article" and not str(st["content_hash"]).startswith("offtopic:") \
                and not store.document_id_for_url(request.url):
            return None
        if kind == "file":
            from store.crawl_records import attachment_by_url
            if not attachment_by_url(store, request.url):
                return None
        if st.get("etag"):
            request.headers["If-None-Match"] = st["etag"]
        if st.get("last_modified"):
            request.headers["If-Modified-Since"] = st["last_modified"]
        return None


class CaptureMiddleware:
    """Keeps the bytes of every 200 response as evidence; nothing is buffered in memory.

    Articles and files: the snapshot record rides with the page (request.meta["snapshot"]) and is
    written in the same transaction as its document (store.sqlite.upsert_document), so kill -9
    leaves both or neither. Listings, feeds, sitemaps: recorded at once, one short transaction."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request, response: Response, spider=None):
        spider = self.crawler.spider
        root = getattr(spider, "snapshot_root", None)
        kind = request.meta.get("kind")
        if root is None or response.status != 200 or kind is None:
            return response
        from store.captures import keep_bytes
        body = response.body
        sha, rel = keep_bytes(Path(root), body)
        request.meta["snapshot_path"] = rel
        headers = {k.decode("latin-1"): [v.decode("latin-1") for v in vs] for k, vs in response.headers.items()}
        row = {"url": response.url, "source_id": request.meta.get("src"), "kind": kind,
               "status": response.status, "sha256": sha, "size": len(body), "path": rel,
               "headers": headers, "fetched_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
               "run_id": getattr(spider, "run_id", None)}
        if kind in ("article", "file"):
            request.meta["snapshot"] = row
        else:
            store = getattr(spider, "store", None)
            if store is not None:
                from store.crawl_records import add_snapshots
                add_snapshots(store, [row])
        return response


class ByteCountMiddleware:
    """Counts bytes as received on the wire (before gzip/deflate decoding): body + headers."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request, response: Response, spider=None):
        tally = getattr(self.crawler.spider, "tally", None)
        if tally is not None:
            header_bytes = sum(len(k) + sum(len(v) for v in vs) + 4 for k, vs in response.headers.items()) + 17
            tally.add_bytes(len(response.body) + header_bytes)
        return response
