"""A source that is one site inside a shared host (vbpl.vn/<tỉnh>/) follows pages only under its
path_scope: another province's pages on the same host are never fetched nor stored as its own."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from crawler.run import run_crawl
from crawler.sources import SourceConfig, parse_sources
from parwatch.settings import Settings
from store.sqlite import Store

ARTICLE = """<html><head><title>{title}</title></head><body><div class="content">
<h1>{title}</h1><p>Ngày 12/03/2024</p>
<p>Ủy ban nhân dân tỉnh {province} ban hành Kế hoạch số {num}/KH-UBND ngày 12/3/2024 về cải cách hành chính
năm 2024. Phấn đấu 90% thủ tục hành chính được giải quyết trực tuyến toàn trình, nâng cao chỉ số
PAR INDEX của tỉnh {province}. Các sở, ban, ngành triển khai kế hoạch cải cách hành chính.</p>
</div></body></html>"""

LISTING = """<html><head><title>Văn bản {site}</title></head><body><ul>
{items}
</ul></body></html>"""

SITES = {"caobang": ("Cao Bằng", ["11", "12"]), "laocai": ("Lào Cai", ["21", "22"])}


def _page(path: str) -> str | None:
    parts = [p for p in path.split("/") if p]
    if not parts or parts[0] not in SITES:
        return None
    site = parts[0]
    province, nums = SITES[site]
    if len(parts) == 1:
        items = [f'<li><a href="/{site}/van-ban-{n}.html">Kế hoạch cải cách hành chính số {n}/KH-UBND</a></li>'
                 for n in nums]
        other = next(s for s in SITES if s != site)    # the shared host links the other site's documents
        items.append(f'<li><a href="/{other}/van-ban-{SITES[other][1][0]}.html">Kế hoạch cải cách hành chính '
                     f'số {SITES[other][1][0]}/KH-UBND</a></li>')
        return LISTING.format(site=site, items="\n".join(items))
    n = parts[1].removeprefix("van-ban-").removesuffix(".html")
    if n not in nums:
        return None
    return ARTICLE.format(title=f"Kế hoạch cải cách hành chính năm 2024 tỉnh {province}", province=province, num=n)


@pytest.fixture()
def shared_host():
    requested: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            requested.append(self.path)
            body = _page(self.path)
            if body is None:
                self.send_error(404)
                return
            data = body.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}", requested
    server.shutdown()
    server.server_close()


def _crawl(tmp_path, base: str, scope: list[str]) -> Store:
    src = SourceConfig(id="cao-bang-vbpl", name="vbpl Cao Bằng", province="Cao Bằng", base_url=f"{base}/caobang/",
                       kind="national-db", path_scope=scope, limits={"delay": 0})
    settings = Settings(store=tmp_path / "s.sqlite", download_timeout=5, sources_dir=tmp_path / "sources")
    run_crawl(settings, sources=[src], ocr=False)
    return Store(settings.store)


def _urls(store: Store) -> set[str]:
    return {u for (u,) in store.conn.execute("SELECT url FROM documents")}


def test_pages_outside_the_path_scope_are_not_followed(tmp_path, shared_host):
    base, requested = shared_host
    store = _crawl(tmp_path, base, ["/caobang/"])
    assert {p for p in requested if p.startswith("/caobang/van-ban")} == {"/caobang/van-ban-11.html",
                                                                          "/caobang/van-ban-12.html"}
    assert not [p for p in requested if p.startswith("/laocai/")]
    assert {u.rsplit("/", 1)[1] for u in _urls(store)} == {"van-ban-11.html", "van-ban-12.html"}


def test_without_a_path_scope_the_whole_host_is_followed(tmp_path, shared_host):
    base, requested = shared_host           # the fixture's cross-site link is followable at all
    store = _crawl(tmp_path, base, [])
    assert "/laocai/van-ban-21.html" in requested
    assert any(u.endswith("/laocai/van-ban-21.html") for u in _urls(store))


def test_a_path_scope_must_be_a_path():
    yaml = "sources:\n  - {id: x, name: x, base_url: 'https://vbpl.vn/caobang/', path_scope: [caobang]}\n"
    with pytest.raises(ValueError, match="path_scope"):
        parse_sources(yaml)
