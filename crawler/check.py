"""`parwatch sources check`: a dry run over the registry's entry points, no crawl.

    report = check_sources(sources, user_agent=..., timeout=10)
    report.offline      # True when no entry point answered at all (no network), report.reason says why

Each entry point (base URL, sections, feeds, sitemaps) is fetched once: HTTP status, the redirect
chain and final URL (merged portals often redirect), what robots.txt of its host says for our user
agent (and the sitemaps it declares), the RSS/Atom feeds the page links to, and the CMS family its
URL and page look like (crawler.families detection rules) next to the declared `cms`.
"""
from __future__ import annotations

import re
import ssl
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from urllib.parse import urljoin, urlparse
from urllib.robotparser import RobotFileParser

import httpx

from crawler.families import guess_family
from crawler.sources import SourceConfig

FEED_RE = re.compile(r"<link\b[^>]*>", re.I)
MAX_BODY = 2 * 1024 * 1024


@dataclass
class EntryCheck:
    source: str
    url: str
    role: str                            # base | section | start | feed | sitemap
    status: int | None = None
    final_url: str | None = None
    redirects: list[str] = field(default_factory=list)
    error: str | None = None
    insecure_tls: bool = False           # answered only without certificate verification
    robots: str = "unknown"              # allowed | disallowed | no robots.txt | unreachable
    robots_sitemaps: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    cms_declared: str = "unknown"
    cms_guess: str | None = None
    seconds: float = 0.0


@dataclass
class CheckReport:
    entries: list[EntryCheck]
    offline: bool = False
    reason: str | None = None

    def to_dict(self) -> dict:
        return {"offline": self.offline, "reason": self.reason, "entries": [asdict(e) for e in self.entries],
                "answered": sum(1 for e in self.entries if e.status is not None),
                "failed": sum(1 for e in self.entries if e.status is None)}


def entry_points(s: SourceConfig) -> list[tuple[str, str]]:
    out = [("base", s.base_url)] + [("start", u) for u in s.start_urls]
    out += [("section", urljoin(s.base_url, x)) for x in s.sections]
    out += [("feed", u) for u in s.feeds] + [("sitemap", u) for u in s.sitemaps]
    seen, uniq = set(), []
    for role, u in out:
        if u not in seen:
            seen.add(u)
            uniq.append((role, u))
    return uniq


def _transport_error(e: Exception) -> bool:
    """No HTTP answer at all: DNS, refused or unreachable connection, timeout."""
    return isinstance(e, (httpx.ConnectError, httpx.ConnectTimeout, httpx.ReadTimeout, httpx.PoolTimeout))


def _tls_error(e: Exception) -> bool:
    return isinstance(e, httpx.ConnectError) and isinstance(e.__context__ or e.__cause__, ssl.SSLError) or \
        "CERTIFICATE" in str(e).upper() or "SSL" in str(e).upper()


class _Checker:
    def __init__(self, user_agent: str, timeout: float):
        self.ua = user_agent
        self.timeout = timeout
        self.robots: dict[str, tuple[str, RobotFileParser | None, list[str]]] = {}
        self.lock = threading.Lock()

    def client(self, verify: bool) -> httpx.Client:
        return httpx.Client(follow_redirects=True, max_redirects=8, timeout=self.timeout, verify=verify,
                            headers={"User-Agent": self.ua, "Accept-Language": "vi,en;q=0.5"})

    def get(self, url: str) -> tuple[httpx.Response, bool]:
        """The response and whether it needed certificate checks off (broken chains are common on gov.vn)."""
        try:
            with self.client(True) as c:
                return c.get(url), False
        except httpx.ConnectError as e:
            if not _tls_error(e):
                raise
        with self.client(False) as c:
            return c.get(url), True

    def robots_for(self, url: str) -> tuple[str, RobotFileParser | None, list[str]]:
        p = urlparse(url)
        origin = f"{p.scheme}://{p.netloc}"
        with self.lock:
            if origin in self.robots:
                return self.robots[origin]
        try:
            r, _ = self.get(origin + "/robots.txt")
            if r.status_code >= 400:
                res = ("no robots.txt", None, [])
            else:
                rp = RobotFileParser()
                lines = r.text.splitlines()
                rp.parse(lines)
                maps = [ln.split(":", 1)[1].strip() for ln in lines if ln.lower().startswith("sitemap:")]
                res = ("parsed", rp, maps)
        except Exception:
            res = ("unreachable", None, [])
        with self.lock:
            self.robots[origin] = res
        return res

    def check(self, s: SourceConfig, role: str, url: str) -> EntryCheck:
        ec = EntryCheck(source=s.id, url=url, role=role, cms_declared=s.cms)
        t0 = time.perf_counter()
        try:
            r, insecure = self.get(url)
        except Exception as e:
            ec.error = f"{type(e).__name__}: {e}"[:200] or type(e).__name__
            ec.seconds = round(time.perf_counter() - t0, 3)
            ec._transport = _transport_error(e)  # type: ignore[attr-defined]
            return ec
        ec.status, ec.insecure_tls = r.status_code, insecure
        ec.final_url = str(r.url)
        ec.redirects = [str(h.url) for h in r.history]
        state, rp, maps = self.robots_for(ec.final_url)
        ec.robots = state if rp is None else ("allowed" if rp.can_fetch(self.ua, ec.final_url) else "disallowed")
        ec.robots_sitemaps = maps
        ctype = r.headers.get("content-type", "")
        if "html" in ctype:
            html = r.text[:MAX_BODY]
            ec.feeds = _feeds(html, ec.final_url)
            ec.cms_guess = guess_family(ec.final_url, html)
        else:
            ec.cms_guess = guess_family(ec.final_url)
        ec.seconds = round(time.perf_counter() - t0, 3)
        return ec


def _feeds(html: str, base: str) -> list[str]:
    out = []
    for tag in FEED_RE.findall(html):
        low = tag.lower()
        if "alternate" in low and ("rss+xml" in low or "atom+xml" in low):
            m = re.search(r'href\s*=\s*["\']([^"\']+)', tag, re.I)
            if m:
                u = urljoin(base, m.group(1).replace("&amp;", "&"))
                if u not in out:
                    out.append(u)
    return out


def check_sources(sources: list[SourceConfig], *, user_agent: str, timeout: float = 10.0, workers: int = 8,
                  probe: int = 3) -> CheckReport:
    """Fetch every entry point of the sources once. First a probe of a few distinct hosts: if none
    answers at transport level, the machine is offline and nothing more is tried."""
    ck = _Checker(user_agent, timeout)
    jobs = [(s, role, u) for s in sources for role, u in entry_points(s)]
    if not jobs:
        return CheckReport([])
    firsts, hosts = [], set()
    for j in jobs:
        h = urlparse(j[2]).netloc
        if h not in hosts:
            hosts.add(h)
            firsts.append(j)
        if len(firsts) >= probe:
            break
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        probed = list(pool.map(lambda j: ck.check(*j), firsts))
        if all(getattr(e, "_transport", False) for e in probed):
            return CheckReport(probed, offline=True,
                               reason=f"none of {len(probed)} portal hosts answered ({probed[0].error})")
        done = {(e.source, e.url) for e in probed}
        rest = [j for j in jobs if (j[0].id, j[2]) not in done]
        results = probed + list(pool.map(lambda j: ck.check(*j), rest))
    order = {(s.id, u): i for i, (s, _, u) in enumerate(jobs)}
    results.sort(key=lambda e: order[(e.source, e.url)])
    return CheckReport(results)
