"""The source registry: which portals to crawl, read from crawler/sources/*.yaml.

A file holds ``sources: [ {...}, ... ]`` (see docs/crawler.md and docs/sources.md for every key).
Errors are one line naming the file and the key: ``crawler/sources/x.yaml: sources[3].base_url: not a URL``.
Entries are returned in registry order; ``by_priority`` orders them for a crawl (1 = densest first).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Literal
from urllib.parse import urljoin, urlparse

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from store.models import Source

Kind = Literal["province", "department", "district", "commune", "cchc", "public-service", "gazette",
               "document-db", "national-db", "national", "archive"]
# one file per family in crawler/sources/families/ (crawler.families), plus custom/unknown
Cms = Literal["liferay", "sharepoint", "nukeviet", "webcenter", "websphere", "drupal", "joomla", "dotnetnuke",
              "tandan", "custom", "unknown"]
# "<public http(s) URL> [free words] <YYYY-MM-DD>": the citable page or file where the URL was seen, and when.
# Anything else (a search tool's private file id, a note) is no evidence: mark the entry unverified instead.
SEEN_RE = re.compile(r"(?P<ref>https?://[^\s/?#]+\S*)(?: .+?)? (?P<date>\d{4}-\d{2}-\d{2})")


class SourceError(ValueError):
    """A source file that cannot be used; the message names the file and the key."""


def _is_url(v: str) -> bool:
    p = urlparse(v)
    return p.scheme in ("http", "https") and bool(p.hostname)


class Limits(BaseModel):
    model_config = ConfigDict(extra="forbid")
    max_depth: int = Field(3, ge=0, le=20)            # link hops from a start URL (listing pages count)
    max_pages: int = Field(20000, ge=1)               # pages FETCHED (not files, not links seen) per source and run
    max_listing_pages: int = Field(100000, ge=1)      # pagination steps per listing (the look-back window stops it)
    delay: float = Field(1.0, ge=0)                   # minimum seconds between requests (AutoThrottle floor)
    # the look-back window: articles dated before (today - N years) are skipped, and a listing whose
    # newest item is older is not paginated further (None: no window, the page budget bounds the crawl)
    lookback_years: int | None = Field(None, ge=1, le=50)


class Selectors(BaseModel):
    """CSS selector overrides for portals the generic rules get wrong."""
    model_config = ConfigDict(extra="forbid")
    title: str | None = None
    date: str | None = None
    body: str | None = None
    attachments: str | None = None     # container of attachment links
    article_links: str | None = None   # container of article links on listing pages


class SourceConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    name: str
    province: str | None = None          # province as of the 2025 reorganisation (34 units)
    base_url: str
    kind: Kind = "province"
    status: Literal["active", "archive"] = "active"
    merged_into: str | None = None       # for pre-2025 portals: the province that absorbed it
    former_province: str | None = None   # the pre-2025 province the portal belonged to
    parent: str | None = None            # id of the provincial source a department/district portal belongs to
    cms: Cms = "unknown"
    priority: int = Field(3, ge=1, le=9)   # 1 = densest in reform documents: crawled first
    seen: list[str] = Field(default_factory=list)   # evidence: where the URLs were seen, and when (SEEN_RE)
    unverified: bool = False             # address not seen anywhere (a guess): keep disabled until checked
    render: Literal["html", "js"] = "html"   # js: listings are built by script, render them with Chromium
    enabled: bool = True
    start_urls: list[str] = Field(default_factory=list)
    sections: list[str] = Field(default_factory=list)    # start sections: paths or URLs
    feeds: list[str] = Field(default_factory=list)       # RSS/Atom
    sitemaps: list[str] = Field(default_factory=list)
    allowed_domains: list[str] = Field(default_factory=list)
    # pages followed only under these paths: a site inside a shared host (vbpl.vn/<tỉnh>/)
    path_scope: list[str] = Field(default_factory=list)
    article_pattern: str | None = None   # regex on the URL: pages that are articles
    selectors: Selectors = Field(default_factory=Selectors)
    limits: Limits = Field(default_factory=Limits)
    notes: str | None = None

    @field_validator("id")
    @classmethod
    def _id(cls, v: str) -> str:
        if not re.fullmatch(r"[a-z0-9][a-z0-9_.-]*", v):
            raise ValueError("lower-case letters, digits, '-', '_' and '.' only")
        return v

    @field_validator("path_scope")
    @classmethod
    def _paths(cls, v: list[str]) -> list[str]:
        bad = [x for x in v if not x.startswith("/")]
        if bad:
            raise ValueError(f"a path starting with '/' expected, got {bad[0]!r}")
        return v

    def in_path_scope(self, url: str) -> bool:
        """Whether a page URL lies under one of path_scope (case-insensitive; any path without one)."""
        path = (urlparse(url).path or "/").lower()
        return not self.path_scope or any(path.startswith(x.lower()) for x in self.path_scope)

    @field_validator("base_url")
    @classmethod
    def _base(cls, v: str) -> str:
        if not _is_url(v):
            raise ValueError("not a URL")
        return v if urlparse(v).path else v + "/"

    @field_validator("start_urls", "feeds", "sitemaps")
    @classmethod
    def _urls(cls, v: list[str]) -> list[str]:
        for i, u in enumerate(v):
            if not _is_url(u):
                raise ValueError(f"item {i}: not a URL: {u!r}")
        return v

    @field_validator("sections")
    @classmethod
    def _sections(cls, v: list[str]) -> list[str]:
        for i, u in enumerate(v):
            if "://" in u and not _is_url(u):
                raise ValueError(f"item {i}: not a URL or a path: {u!r}")
            if not u.strip() or any(c.isspace() for c in u):
                raise ValueError(f"item {i}: a path or URL without spaces, not {u!r}")
        return v

    @field_validator("seen")
    @classmethod
    def _seen(cls, v: list[str]) -> list[str]:
        for i, s in enumerate(v):
            m = SEEN_RE.fullmatch(s)
            if not m or not _is_url(m["ref"]):
                raise ValueError(f"item {i}: not '<http(s) URL of a public page> <YYYY-MM-DD>': {s!r}")
        return v

    @field_validator("article_pattern")
    @classmethod
    def _regex(cls, v: str | None) -> str | None:
        if v is not None:
            try:
                re.compile(v)
            except re.error as e:
                raise ValueError(f"not a regular expression ({e})") from None
        return v

    @model_validator(mode="after")
    def _archive(self):
        if self.status == "archive" and not self.merged_into:
            raise ValueError("merged_into: required for an archive portal (the province it merged into)")
        return self

    # -- derived -----------------------------------------------------------
    def family(self):
        """The CMS family's rules (crawler/sources/families/<cms>.yaml), or None."""
        from crawler.families import family
        return family(self.cms)

    def effective_article_pattern(self) -> str | None:
        """The source's own article pattern, else its family's."""
        if self.article_pattern:
            return self.article_pattern
        fam = self.family()
        return fam.article if fam else None

    def every_url(self) -> list[str]:
        """Every entry point: base URL, start URLs, sections, feeds, sitemaps (absolute)."""
        return [self.base_url, *self.start_urls, *(urljoin(self.base_url, s) for s in self.sections),
                *self.feeds, *self.sitemaps]

    def entry_urls(self) -> list[str]:
        """Start URLs: explicit ones, then sections, else the base URL."""
        urls = list(self.start_urls) + [urljoin(self.base_url, s) for s in self.sections]
        return urls or [self.base_url]

    def domains(self) -> set[str]:
        hosts = {urlparse(self.base_url).hostname or ""}
        hosts.update(urlparse(u).hostname or "" for u in self.start_urls + self.feeds + self.sitemaps)
        hosts.update(self.allowed_domains)
        return {h.lower() for h in hosts if h}

    def to_source(self) -> Source:
        data = self.model_dump(exclude={"id", "name", "province", "base_url", "kind"}, exclude_defaults=True)
        return Source(id=self.id, name=self.name, province=self.province, base_url=self.base_url,
                      kind=self.kind, data=data)


class SourceFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sources: list[SourceConfig] = Field(default_factory=list)


def _where(loc: tuple) -> str:
    out = ""
    for p in loc:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


def parse_sources(text: str, origin: str = "<string>") -> list[SourceConfig]:
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        at = f" (line {mark.line + 1})" if mark else ""
        raise SourceError(f"{origin}: not valid YAML{at}: {getattr(e, 'problem', e)}") from None
    if raw is None:
        return []
    if not isinstance(raw, dict) or "sources" not in raw:
        raise SourceError(f"{origin}: sources: missing (the file must hold 'sources: [...]')")
    try:
        return SourceFile.model_validate(raw).sources
    except ValidationError as e:
        err = e.errors()[0]
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "unknown key"
        elif err["type"] == "missing":
            msg = "required"
        raise SourceError(f"{origin}: {_where(err['loc'])}: {msg}") from None


def load_sources(directory: str | Path, *, include_disabled: bool = False) -> list[SourceConfig]:
    """Every source of every *.yaml/*.yml file in the folder, ids unique across files."""
    d = Path(directory)
    if not d.is_dir():
        raise SourceError(f"{d}: no such folder of source files (set PARWATCH_SOURCES_DIR)")
    out: list[SourceConfig] = []
    seen: dict[str, str] = {}
    for f in sorted([*d.glob("*.yaml"), *d.glob("*.yml")]):
        try:
            text = f.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise SourceError(f"{f}: cannot read it ({e})") from None
        for i, s in enumerate(parse_sources(text, str(f))):
            if s.id in seen:
                raise SourceError(f"{f}: sources[{i}].id: duplicate id {s.id!r} (also in {seen[s.id]})")
            seen[s.id] = str(f)
            if s.enabled or include_disabled:
                out.append(s)
    ids = set(seen)
    for s in out:
        if s.parent and s.parent not in ids:
            raise SourceError(f"{seen[s.id]}: source {s.id}: parent: unknown source id {s.parent!r}")
    return out


def by_priority(sources: list[SourceConfig]) -> list[SourceConfig]:
    """Densest first (priority 1), registry order within a priority."""
    return sorted(sources, key=lambda s: s.priority)


def adhoc_source(url: str, province: str | None = None) -> SourceConfig:
    """A source for one portal named on the command line (run_crawl(url=...))."""
    if not _is_url(url or ""):
        raise SourceError(f"--url: not a portal address (http:// or https:// and a host): {url!r}")
    p = urlparse(url)
    host = p.hostname or "adhoc"
    # host, port and path: two ad-hoc crawls of different portals never share a history
    parts = [host] + ([str(p.port)] if p.port else []) + ([p.path] if p.path.strip("/") else [])
    sid = "adhoc-" + re.sub(r"[^a-z0-9]+", "-", "-".join(parts).lower()).strip("-")
    return SourceConfig(id=sid[:120].rstrip("-"), name=p.netloc + (p.path if p.path.strip("/") else ""),
                        province=province, base_url=url, kind="province")
