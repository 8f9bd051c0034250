"""The crawl -> store contract: what the spider yields for an article page (FetchedPage, with its
FetchedFile attachments) and the item pipeline turns into a stored document. Both sides import
these; Scrapy carries dataclass items as they are."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass
class FetchedFile:
    """One attachment download: its bytes, or 304 (not_modified), or why it failed."""
    url: str
    status: int | None = None
    size: int | None = None
    media_type: str | None = None            # Content-Type as served
    filename: str | None = None              # Content-Disposition's file name, when the server gives one
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False
    data: bytes | None = None
    sha256: str | None = None                # of data
    error: str | None = None
    error_kind: str | None = None
    snapshot: dict | None = None             # its capture record (crawler.middlewares.CaptureMiddleware)

    @property
    def downloaded(self) -> bool:
        return self.data is not None


@dataclass
class FetchedPage:
    """One on-topic article page, as read from the portal."""
    source_id: str
    url: str
    title: str
    text: str
    fetched_at: datetime
    content_hash: str                        # store.sqlite.content_hash of the page before its files
    province: str | None = None              # the source's province: a hint for fact extraction
    published_date: date | None = None
    date_text: str = ""
    etag: str | None = None
    last_modified: str | None = None
    raw_sha256: str | None = None            # of the page bytes as received
    raw_path: str | None = None              # its snapshot file
    snapshot: dict | None = None             # its capture record, stored in the document's transaction
    files: list[FetchedFile] = field(default_factory=list)
    frontier_key: str | None = None          # the crawl frontier's key of this page: done once stored
