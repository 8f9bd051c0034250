"""A local simulator of Vietnamese provincial portals, one threaded HTTP server per portal.

    sim = start_simulator(faults=True, scale=1)
    sim.sites["tiengiang"].base_url     # Liferay-style portal
    sim.source_yaml()                   # a crawler/sources file for it
    sim.publish("quangtri", "Kế hoạch ...", ["..."]) ; sim.update(article_id, body=[...])
    sim.stop()

Articles and files carry ETag and Last-Modified and answer conditional GETs with 304; listing
pages, feeds and sitemaps do not (as on most real portals). Counters in the page furniture change
on every request, so raw bytes of an article page differ between two fetches.
"""
from __future__ import annotations

import collections
import socket
import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone
from http.server import ThreadingHTTPServer

import portal_sim.files as files
from portal_sim.articles import R, Article, all_articles
from portal_sim.base import PortalHandler
from portal_sim.custom import Custom
from portal_sim.liferay import Liferay
from portal_sim.nukeviet import NukeViet
from portal_sim.pages import Furniture, e, parse_date
from portal_sim.sharepoint import SharePoint
from portal_sim.tandan import TanDan

# CMS family -> its request handler (URL scheme and pages); a new family is one module and one line here
FAMILIES: dict[str, type[PortalHandler]] = {h.family: h for h in (Liferay, SharePoint, NukeViet, Custom, TanDan)}

SITES = {  # name -> (family, province, portal name)
    "tiengiang": ("liferay", "Tiền Giang", "Cổng Thông tin điện tử tỉnh Tiền Giang"),
    "baclieu": ("sharepoint", "Bạc Liêu", "Cổng Thông tin điện tử tỉnh Bạc Liêu"),
    "quangtri": ("nukeviet", "Quảng Trị", "Cổng Thông tin điện tử tỉnh Quảng Trị"),
}
FAULT_SITE = ("custom", "Kon Tum", "Cổng Thông tin điện tử tỉnh Kon Tum")
JS_SITE = ("tandan", "Điện Biên", "Cổng Thông tin điện tử tỉnh Điện Biên")   # listings built by script (opt-in)
JS_ARTICLES = 12


@dataclass
class Site:
    name: str
    family: str
    province: str
    title: str
    server: ThreadingHTTPServer | None = None
    port: int = 0
    host: str = "127.0.0.1"
    furniture: Furniture = field(default_factory=Furniture)

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/"


class ServerStats:
    """What a portal's server log would tell: TCP connections accepted and the most requests served
    at once, per site. A request counts from its arrival until its answer starts, so a request whose
    answer the client already has never overlaps the next one."""

    def __init__(self):
        self.lock = threading.Lock()
        self.connections: collections.Counter = collections.Counter()
        self.now: collections.Counter = collections.Counter()
        self.peak: collections.Counter = collections.Counter()

    def connected(self, site: str) -> None:
        with self.lock:
            self.connections[site] += 1

    def arrived(self, site: str) -> None:
        with self.lock:
            self.now[site] += 1
            self.peak[site] = max(self.peak[site], self.now[site])

    def left(self, site: str) -> None:
        with self.lock:
            self.now[site] -= 1

    def reset(self) -> None:
        with self.lock:
            self.connections.clear()
            self.peak.clear()


class Sim:
    def __init__(self, *, faults: bool = False, scale: int = 1, fault_delay: float = 5.0, js_portal: bool = False,
                 latency: float = 0.0):
        self.faults = faults
        self.latency = latency          # seconds each request takes before its answer (a remote server)
        self.stats = ServerStats()
        self.fault_delay = fault_delay
        self.lock = threading.RLock()
        self.articles: dict[int, Article] = {a.id: a for a in all_articles(scale)}
        self.modified: dict[int, datetime] = {a.id: parse_date(a.date).replace(tzinfo=timezone.utc)
                                              for a in self.articles.values()}
        self.sites: dict[str, Site] = {n: Site(n, *v, furniture=Furniture(i)) for i, (n, v) in enumerate(SITES.items())}
        if faults:
            self.sites["kontum"] = Site("kontum", *FAULT_SITE, furniture=Furniture(9))
            self._add_fault_articles()
        if js_portal:
            self.sites["dienbien"] = Site("dienbien", *JS_SITE, furniture=Furniture(7))
            self._add_js_articles()
        self.log: list[tuple[str, str, str, int, int]] = []   # (site, method, path, status, body bytes)
        self._cache: dict[tuple, bytes] = {}
        self._sorted: dict[tuple, list[Article]] = {}     # site_articles, cleared when an article changes
        self.unreachable_port: int | None = None
        self.index: Site | None = None

    # -- content -------------------------------------------------------------
    def _add_fault_articles(self) -> None:
        specs = [  # id, title, fault
            (901, "Kế hoạch cải cách hành chính (máy chủ chậm)", "timeout"),
            (902, "Kế hoạch số 12/KH-UBND về cải cách hành chính (lỗi máy chủ)", "5xx"),
            (903, "Thông báo cải cách hành chính (chuyển hướng vòng lặp)", "redirect-loop"),
            (904, "Kế hoạch số 14/KH-UBND nâng cao Chỉ số SIPAS", "missing-file"),
            (905, "Kế hoạch số 15/KH-UBND về dịch vụ công trực tuyến", "malformed"),
            (906, "Kế hoạch số 16/KH-UBND nâng cao Chỉ số PAPI năm 2024", "wrong-charset"),
            (907, "Kế hoạch số 17/KH-UBND về Chỉ số cải cách hành chính (tài liệu lớn)", "huge-file"),
            (908, "Kế hoạch số 18/KH-UBND về chuyển đổi số trong cải cách hành chính", "zipbomb"),
            (909, "Quyết định số 19/QĐ-UBND về cải cách thủ tục hành chính", "corrupt-pdf"),
            (910, "Kế hoạch cải cách hành chính (trang chặn truy cập)", "botwall"),
        ]
        files = {"missing-file": ["missing"], "huge-file": ["huge"], "zipbomb": ["zipbomb"], "corrupt-pdf": ["corrupt"]}
        for aid, title, fault in specs:
            self.articles[aid] = Article(
                id=aid, site="kontum", section=R, title=title, date="08/07/2024 11:38", author="Sở Nội vụ",
                body=[f"UBND tỉnh Kon Tum ban hành {title.split('(')[0].strip()} nhằm nâng cao Chỉ số cải cách hành chính "
                      "(PAR INDEX) và chất lượng dịch vụ công trực tuyến của tỉnh.",
                      "Sở Nội vụ theo dõi, đôn đốc các cơ quan thực hiện và báo cáo kết quả về UBND tỉnh trước ngày 15/12/2024."],
                files=files.get(fault, []), topic=fault)
            self.modified[aid] = datetime(2024, 7, 8, 11, 38, tzinfo=timezone.utc)

    def _add_js_articles(self) -> None:
        start = max(self.articles) + 1
        for i in range(JS_ARTICLES):
            aid = start + i
            self.articles[aid] = Article(
                id=aid, site="dienbien", section=R, date=f"{10 + i:02d}/05/2024 09:{i:02d}", author="Sở Nội vụ",
                title=f"Kế hoạch số {120 + i}/KH-UBND về cải cách hành chính tỉnh Điện Biên (đợt {i + 1})",
                body=[f"UBND tỉnh Điện Biên ban hành Kế hoạch số {120 + i}/KH-UBND triển khai nhiệm vụ cải cách hành chính, "
                      "nâng cao Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng (SIPAS) của tỉnh.",
                      "Sở Nội vụ chủ trì, theo dõi, tổng hợp kết quả và báo cáo UBND tỉnh hằng quý."],
                files=["pdf"] if i % 4 == 0 else [])
            self.modified[aid] = parse_date(self.articles[aid].date).replace(tzinfo=timezone.utc)

    def site_articles(self, site: str, section: str | None = None) -> list[Article]:
        """A site's (or section's) articles, newest first; sorted once until an article changes."""
        with self.lock:
            arts = self._sorted.get((site, section))
            if arts is None:
                arts = [a for a in self.articles.values() if a.site == site and (section is None or a.section == section)]
                arts = self._sorted[(site, section)] = sorted(arts, key=lambda a: (parse_date(a.date), a.id), reverse=True)
            return list(arts)

    def article_path(self, a: Article) -> str:
        return FAMILIES[self.sites[a.site].family].article_path(a)

    def article_url(self, a: Article | int) -> str:
        a = self.articles[a] if isinstance(a, int) else a
        return self.sites[a.site].base_url.rstrip("/") + self.article_path(a)

    def file_name(self, a: Article, k: int) -> str:
        return files.file_name(a, k)

    def file_path(self, a: Article, k: int) -> str:
        return FAMILIES[self.sites[a.site].family].file_path(a, k)

    def publish(self, site: str, title: str, body: list[str], *, section: str = R, files: list[str] | None = None,
                date: str | None = None, topic: str = "reform") -> str:
        """Publish a new article now; returns its URL."""
        with self.lock:
            aid = max(self.articles) + 1
            now = datetime.now(timezone.utc)
            self.articles[aid] = Article(id=aid, site=site, section=section, title=title,
                                         date=date or now.strftime("%d/%m/%Y %H:%M"), body=list(body),
                                         author="Ban Biên tập", files=list(files or []), topic=topic)
            self.modified[aid] = now
            self._sorted.clear()
        return self.article_url(aid)

    def update(self, article: int | str, *, title: str | None = None, body: list[str] | None = None) -> str:
        """Change an article (new version, new ETag and Last-Modified); returns its URL."""
        with self.lock:
            aid = article if isinstance(article, int) else self.id_for_url(article)
            a = self.articles[aid]
            if title:
                a.title = title
            if body is not None:
                a.body = list(body)
            a.version += 1
            self.modified[aid] = datetime.now(timezone.utc)
            self._cache = {k: v for k, v in self._cache.items() if k[0] != aid}
            self._sorted.clear()
        return self.article_url(aid)

    def id_for_url(self, url: str) -> int:
        for a in self.articles.values():
            if self.article_url(a) == url:
                return a.id
        raise KeyError(url)

    def etag(self, a: Article, k: int | None = None) -> str:
        return f'"a{a.id}-v{a.version}' + (f"-f{k}" if k is not None else "") + '"'

    # -- files ---------------------------------------------------------------
    def file_bytes(self, a: Article, k: int) -> bytes:
        key = (a.id, k, a.version)
        if key not in self._cache:
            self._cache[key] = files.file_bytes(a, k)
        return self._cache[key]

    def warm(self) -> "Sim":
        """Make every attachment now (DOCX/XLSX are generated: ~40 ms each) instead of at its first
        download, as a real server has its files on disk: a benchmark then times the crawler, not
        the simulator's file generation. The bytes served are the same (generated once either way)."""
        for a in list(self.articles.values()):
            for k, kind in enumerate(a.files):
                if kind not in ("missing", "huge"):
                    self.file_bytes(a, k)
        return self

    # -- serving -------------------------------------------------------------
    def start(self, host: str = "127.0.0.1", port: int = 0) -> "Sim":
        def serve(site: Site, p: int) -> None:
            handler = type("H", (FAMILIES.get(site.family, IndexPage),), {"sim": self, "site": site})
            site.server = ThreadingHTTPServer((host, p), handler)
            site.server.daemon_threads = True
            site.host, site.port = host, site.server.server_address[1]
            threading.Thread(target=site.server.serve_forever, daemon=True, name=f"sim-{site.name}").start()

        self.index = Site("index", "index", "", "Các cổng thông tin (mô phỏng)")
        serve(self.index, port)
        for i, s in enumerate(self.sites.values(), 1):
            serve(s, port + i if port else 0)
        if self.faults:
            files.zip_bomb()  # made up front (about a second), so serving it is instant
            with socket.socket() as sk:  # a port nothing listens on: an unreachable portal
                sk.bind((host, 0))
                self.unreachable_port = sk.getsockname()[1]
        return self

    def stop(self) -> None:
        for s in [self.index, *self.sites.values()]:
            if s and s.server:
                s.server.shutdown()
                s.server.server_close()

    @property
    def base_url(self) -> str:
        return self.index.base_url

    def reform_articles(self) -> list[Article]:
        return [a for a in self.articles.values() if a.topic == "reform"]

    def offtopic_articles(self) -> list[Article]:
        return [a for a in self.articles.values() if a.topic == "offtopic"]

    def bytes_served(self) -> int:
        return sum(r[4] for r in self.log)

    def reset_log(self) -> None:
        self.log.clear()
        self.stats.reset()

    def source_entries(self, delay: float = 0.0) -> list[dict]:
        out = []
        for s in self.sites.values():
            entry = {"id": f"sim-{s.name}", "name": s.title + " (mô phỏng)", "province": s.province,
                     "base_url": s.base_url, "kind": "province", "cms": s.family,
                     "limits": {"max_depth": 4, "max_pages": 5000, "max_listing_pages": 200, "delay": delay}}
            entry.update(FAMILIES[s.family].source_extra(s.base_url))
            out.append(entry)
        if self.faults and self.unreachable_port:
            out.append({"id": "sim-unreachable", "name": "Cổng không truy cập được (mô phỏng)", "province": "Gia Lai",
                        "base_url": f"http://127.0.0.1:{self.unreachable_port}/", "kind": "province",
                        "limits": {"delay": delay}})
        return out

    def source_yaml(self, delay: float = 0.0) -> str:
        import yaml
        return yaml.safe_dump({"sources": self.source_entries(delay)}, allow_unicode=True, sort_keys=False)


def start_simulator(host: str = "127.0.0.1", port: int = 0, *, faults: bool = False, scale: int = 1,
                    fault_delay: float = 5.0, js_portal: bool = False, latency: float = 0.0) -> Sim:
    """Start the portal simulator (threaded servers on host, ports from `port`, or ephemeral);
    js_portal adds a portal whose listings are built by script (its source is `render: js`);
    latency: seconds every request waits before it is answered (sim.stats counts overlaps)."""
    return Sim(faults=faults, scale=scale, fault_delay=fault_delay, js_portal=js_portal,
               latency=latency).start(host, port)


class IndexPage(PortalHandler):
    """The simulator's own front page: links to every simulated portal."""
    family = "index"

    def route_path(self, method: str, form: dict) -> None:
        if self.path == "/robots.txt":
            return self._send(200, self.robots().encode(), "text/plain; charset=utf-8")
        lis = "".join(f'<li><a href="{s.base_url}">{e(s.title)}</a> ({s.family})</li>' for s in self.sim.sites.values())
        self._html(f"<!DOCTYPE html><html lang=vi><head><meta charset=utf-8><title>parwatch portal simulator</title></head>"
                   f"<body><h1>Cổng thông tin mô phỏng</h1><ul>{lis}</ul></body></html>")
