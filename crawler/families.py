"""CMS family rules, one file per family in crawler/sources/families/<name>.yaml.

A family says how its portals shape URLs (listing, article, print view, download), how they
page, which selectors find title/date/body, and how to recognise the family from a URL or a
page (`detect`, used by `parwatch sources check`). A source names its family in `cms`; the
crawler takes the family's article pattern and selectors when the source gives none, and never
follows print views.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

FAMILIES_DIR = Path(__file__).resolve().parent / "sources" / "families"
HREF_RE = re.compile(r"""(?:href|src)\s*=\s*["']([^"']+)""", re.I)


class FamilyError(ValueError):
    """A family file that cannot be used; the message names the file and the key."""


def _regexes(v):
    for i, p in enumerate(v if isinstance(v, list) else [v]):
        if p is None:
            continue
        try:
            re.compile(p)
        except re.error as e:
            raise ValueError(f"item {i}: not a regular expression ({e})") from None
    return v


class Detect(BaseModel):
    model_config = ConfigDict(extra="forbid")
    meta_generator: str | None = None                        # substring of <meta name="generator">
    url_patterns: list[str] = Field(default_factory=list)    # regexes on a URL
    html_markers: list[str] = Field(default_factory=list)    # substrings of the page

    _re = field_validator("url_patterns")(classmethod(lambda cls, v: _regexes(v)))


class Pagination(BaseModel):
    model_config = ConfigDict(extra="forbid")
    style: str                                               # path | query | postback | script | next-link
    template: str | None = None
    params: dict[str, str] = Field(default_factory=dict)
    next_link_text: list[str] = Field(default_factory=list)
    ajax_fragment: str | None = None
    postback: dict[str, str] = Field(default_factory=dict)


class Selectors(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str | None = None
    date: str | None = None
    body: str | None = None
    pager: str | None = None


class Family(BaseModel):
    model_config = ConfigDict(extra="forbid")
    family: str
    detect: Detect = Field(default_factory=Detect)
    listing: str | None = None
    article: str | None = None
    print: str | None = None
    download: str | None = None
    pagination: Pagination | None = None
    feeds: list[str] = Field(default_factory=list)
    dates: list[str] = Field(default_factory=list)
    selectors: Selectors = Field(default_factory=Selectors)
    tls: str | None = None                                   # "legacy": seen needing SECLEVEL=1 / TLS 1.2
    render: str | None = None                                # a hint: listings of this family often need js

    _re = field_validator("listing", "article", "print", "download")(classmethod(lambda cls, v: _regexes(v)))

    def guess_score(self, url: str, html: str = "") -> float:
        """How strongly a URL and its page look like this family (0 = not at all); between equal
        counts of matching rules, the family whose matching URL rule is longer (more specific) wins."""
        d, score = self.detect, 0.0
        specific = [len(p) for p in d.url_patterns if re.search(p, url)]
        score += max(specific, default=0) / 1000
        low = html[:200_000]
        hrefs = HREF_RE.findall(low)[:500]
        for p in d.url_patterns:   # the URL itself counts double, the page's links once
            if re.search(p, url):
                score += 2
            elif any(re.search(p, h) for h in hrefs):
                score += 1
        if html:
            score += 2 * sum(1 for m in d.html_markers if m in low)
            if d.meta_generator and re.search(r'<meta[^>]+name=["\']generator["\'][^>]+' + re.escape(d.meta_generator),
                                              low, re.I):
                score += 5
        return score


def load_families(directory: str | Path = FAMILIES_DIR) -> dict[str, Family]:
    out: dict[str, Family] = {}
    for f in sorted(Path(directory).glob("*.yaml")):
        try:
            fam = Family.model_validate(yaml.safe_load(f.read_text(encoding="utf-8")))
        except (yaml.YAMLError, OSError) as e:
            raise FamilyError(f"{f}: cannot read it ({e})") from None
        except ValidationError as e:
            err = e.errors()[0]
            where = ".".join(str(x) for x in err["loc"])
            msg = "unknown key" if err["type"] == "extra_forbidden" else err["msg"].removeprefix("Value error, ")
            raise FamilyError(f"{f}: {where}: {msg}") from None
        if fam.family != f.stem:
            raise FamilyError(f"{f}: family: {fam.family!r} differs from the file name {f.stem!r}")
        out[fam.family] = fam
    return out


@functools.lru_cache(maxsize=1)
def _all() -> dict[str, Family]:
    return load_families()


def family(name: str | None) -> Family | None:
    return _all().get(name or "")


def guess_family(url: str, html: str = "") -> str | None:
    """The family whose detection rules match best, or None."""
    best, best_score = None, 0
    for name, fam in _all().items():
        sc = fam.guess_score(url, html)
        if sc > best_score and name != "custom":
            best, best_score = name, sc
    if best is None and _all().get("custom") and _all()["custom"].guess_score(url, html):
        return "custom"   # the catch-all only when no product family matches
    return best
