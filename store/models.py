"""The nouns the store keeps and the search backends exchange."""
from __future__ import annotations

import datetime as dt
import re
from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import (BaseModel, BeforeValidator, Field, PlainSerializer, PlainValidator, field_validator,
                      model_validator)

from extractors.types import Facts

# Control characters (a crawled "&#27;" decodes to ESC) broke Atom feeds and terminals: they are
# stripped at the door, keeping tab and line breaks, which carry the text's paragraphs.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def without_controls(value: str | None) -> str | None:
    return _CONTROLS.sub("", value) if value else value


def _as_facts(v) -> Facts:
    if isinstance(v, Facts):
        return v
    if isinstance(v, dict):
        return Facts.from_dict(v)
    raise ValueError("facts: an extractors.types.Facts or its dict form")


# A document's facts, typed (extractors.types.Facts); stored and serialized as Facts.to_dict().
# `Any` keeps pydantic from deriving a schema of the extractor's dataclasses.
FactsField = Annotated[Any, PlainValidator(_as_facts), PlainSerializer(lambda f: f.to_dict(), return_type=dict)]


class Source(BaseModel):
    id: str
    name: str
    province: str | None = None
    base_url: str
    kind: str = "province"                 # province | department | district | national
    data: dict = Field(default_factory=dict)  # the rest of the source file entry


class AttachmentIn(BaseModel):
    url: str
    media_type: str | None = None
    size: int | None = None
    sha256: str | None = None
    text: str = ""
    text_method: str | None = None          # text-layer | ocr | docx | antiword | ...
    error: str | None = None
    filename: str | None = None             # as served (Content-Disposition), when the server named it

    _clean = field_validator("text", "url", "filename")(classmethod(lambda cls, v: without_controls(v)))


class SnapshotIn(BaseModel):
    """The bytes of one response as captured (gzip file under the snapshot root, by SHA-256)."""
    url: str
    source_id: str | None = None
    kind: str                               # listing | article | file | feed | sitemap | other
    status: int = 200
    sha256: str
    size: int
    path: str
    headers: dict = Field(default_factory=dict)
    fetched_at: str
    run_id: int | None = None


class DocumentIn(BaseModel):
    """One fetched page, ready to be stored."""
    url: str
    canonical_url: str | None = None
    source_id: str | None = None
    title: str = ""
    text: str
    published_date: dt.date | None = None      # the portal's posting date
    fetched_at: datetime
    etag: str | None = None
    last_modified: str | None = None
    language: str = "vi"
    raw_path: str | None = None
    raw_sha256: str | None = None
    attachments: list[AttachmentIn] = Field(default_factory=list)
    facts: FactsField = Field(default_factory=Facts)
    snapshots: list[SnapshotIn] = Field(default_factory=list)  # page + files as captured, stored with it

    _clean = field_validator("title", "text", "url")(classmethod(lambda cls, v: without_controls(v)))


UpsertStatus = Literal["new", "changed", "unchanged"]


class UpsertOutcome(BaseModel):
    id: int
    status: UpsertStatus
    version: int


class IndexDoc(BaseModel):
    """What a search backend indexes for one document."""
    id: int
    url: str
    source_id: str | None = None
    title: str
    text: str
    doc_number: str | None = None
    doc_type: str | None = None
    issuer: str | None = None
    province: str | None = None
    indices: list[str] = Field(default_factory=list)
    date: dt.date | None = None                # issue date of the primary document, else posting date
    published_date: dt.date | None = None
    fetched_at: datetime | None = None
    targets: list[dict] = Field(default_factory=list)
    relevance: float | None = None             # crawler.relevance score (None: stored before it existed)


SortOrder = Literal["relevance", "date"]


def _iso_date(v):
    """Dates are written YYYY-MM-DD; a bare number (pydantic would read 0 as 1970-01-01) is not one."""
    if isinstance(v, (int, float)) or (isinstance(v, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v.strip())):
        raise ValueError(f"{v!r} is not a date written YYYY-MM-DD")
    return v


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]


class SearchQuery(BaseModel):
    q: str = ""
    province: str | None = None
    type: str | None = None
    issuer: str | None = None
    index: str | None = None
    date_from: IsoDate | None = None
    date_to: IsoDate | None = None
    doc_ids: list[int] | None = None        # restrict to these (alert matching)
    min_relevance: float | None = Field(None, ge=0, le=1)   # only documents the crawler scored at least this
    sort: SortOrder = "relevance"
    page: int = Field(1, ge=1, le=1000)
    size: int = Field(10, ge=1, le=100)

    @model_validator(mode="after")
    def _dates_in_order(self):
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError(f"'from' ({self.date_from}) is after 'to' ({self.date_to}): nothing could match")
        return self


class SearchHit(BaseModel):
    id: int
    url: str
    title: str
    doc_number: str | None = None
    doc_type: str | None = None
    issuer: str | None = None
    province: str | None = None
    indices: list[str] = Field(default_factory=list)
    date: dt.date | None = None
    score: float
    snippet: str = ""                        # HTML-escaped text with <mark> around matches
    matched_in: list[str] = Field(default_factory=list)  # "title", "page text", "attachment: <file>" (store.matched)


class FacetValue(BaseModel):
    value: str
    count: int


class SearchResult(BaseModel):
    total: int
    page: int
    size: int
    hits: list[SearchHit]
    facets: dict[str, list[FacetValue]] = Field(default_factory=dict)
