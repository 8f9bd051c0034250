"""`parwatch sources validate`: rules a registry must keep beyond the schema of each entry.

    problems = check_registry(load_sources(dir, include_disabled=True))   # [] when the registry is sound
    counts = evidenced_entry_points(sources)    # per current province, evidenced entry points beyond the home page

One Problem per finding, each a one-line message naming the source id: provinces against the
gazetteer (extractors.places), archive portals against the 2025 mergers, URL syntax of every
entry point, the same entry point listed twice, evidence (`seen`) for every enabled URL, unverified
guesses kept disabled, a family file for every `cms`, parents in the same province.
"""
from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlparse

from crawler.families import load_families
from crawler.sources import SourceConfig
from extractors.places import canonical_province, merged_into, new_provinces, old_provinces

NO_FAMILY = {"custom", "unknown"}


@dataclass(frozen=True)
class Problem:
    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


def entry_key(url: str) -> str:
    """An entry point's identity: host without www., path without trailing slash, query kept."""
    p = urlparse(url)
    host = (p.hostname or "").lower().removeprefix("www.")
    port = f":{p.port}" if p.port and p.port not in (80, 443) else ""
    return f"{host}{port}{p.path.rstrip('/') or '/'}" + (f"?{p.query}" if p.query else "")


def _host_ok(url: str) -> bool:
    host = urlparse(url).hostname or ""
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        labels = host.split(".")
        return len(labels) >= 2 and all(lab and len(lab) < 64 and lab.replace("-", "").isalnum() for lab in labels)


def check_registry(sources: list[SourceConfig]) -> list[Problem]:
    out: list[Problem] = []
    new = set(new_provinces())
    old = set(old_provinces())
    families = set(load_families())
    by_id = {s.id: s for s in sources}
    where: dict[str, str] = {}
    for s in sources:
        out += _province(s, new, old)
        if s.cms not in NO_FAMILY and s.cms not in families:
            out.append(Problem(s.id, f"cms: no family file crawler/sources/families/{s.cms}.yaml"))
        if s.parent and s.parent in by_id and by_id[s.parent].province != s.province:
            out.append(Problem(s.id, f"parent: {s.parent} is in {by_id[s.parent].province}, not {s.province}"))
        if s.parent and s.parent not in by_id:
            out.append(Problem(s.id, f"parent: unknown source id {s.parent!r}"))
        for url in s.every_url():
            if not _host_ok(url):
                out.append(Problem(s.id, f"not a usable host name: {url}"))
            k = entry_key(url)
            if k in where and where[k] != s.id:
                out.append(Problem(s.id, f"duplicate entry point {url} (also in {where[k]})"))
            elif k in where:
                out.append(Problem(s.id, f"entry point listed twice: {url}"))
            where[k] = s.id
        if s.unverified and s.enabled:
            out.append(Problem(s.id, "unverified: true but enabled: a guessed address must stay disabled until checked"))
        if not s.unverified and not s.seen:
            out.append(Problem(s.id, "seen: no evidence for its URLs (add where they were seen, or mark unverified: true)"))
    return out


def evidenced_entry_points(sources: list[SourceConfig]) -> dict[str, set[str]]:
    """Per current province, the distinct entry points beyond its portal's home page that a crawl may use
    and that carry evidence: active, enabled, not unverified, with a `seen` URL (archives do not count)."""
    out: dict[str, set[str]] = {p: set() for p in new_provinces()}
    for s in sources:
        if s.status != "active" or not s.province or not s.enabled or s.unverified or not s.seen:
            continue
        urls = s.every_url()
        beyond = urls[1:] if s.parent is None else urls      # a portal's own base URL is its home page
        out.setdefault(canonical_province(s.province), set()).update(entry_key(u) for u in beyond)
    return out


def _province(s: SourceConfig, new: set[str], old: set[str]) -> list[Problem]:
    out = []
    if s.province is not None and canonical_province(s.province) not in new:
        out.append(Problem(s.id, f"province: {s.province!r} is not one of the 34 provinces (extractors/data/provinces.json)"))
    if s.former_province is not None:
        former = canonical_province(s.former_province)
        if former not in old:
            out.append(Problem(s.id, f"former_province: {s.former_province!r} is not one of the 63 pre-2025 provinces"))
        elif s.merged_into and merged_into(former) != canonical_province(s.merged_into):
            out.append(Problem(s.id, f"merged_into: {s.former_province} merged into {merged_into(former)}, not {s.merged_into}"))
    if s.status == "archive" and s.merged_into and s.province and \
            canonical_province(s.province) != canonical_province(s.merged_into):
        out.append(Problem(s.id, f"province: {s.province} differs from merged_into {s.merged_into}"))
    return out
