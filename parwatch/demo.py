"""`parwatch demo`: the main job against a bundled offline portal mirror served on 127.0.0.1."""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from rich.console import Console

from parwatch.cli_common import UserError, serve_app
from parwatch.crawl_summary import summary_rows
from parwatch.lang import tr
from parwatch.progress import CrawlProgress
from parwatch.settings import Settings


def _simulator():
    """The portal simulator is test and demo tooling beside the package, not in the wheel."""
    try:
        from portal_sim import start_simulator
    except ModuleNotFoundError as e:
        if e.name != "portal_sim":
            raise
        raise UserError(tr("demo cần bộ mô phỏng cổng thông tin (portal_sim/), vốn không cài kèm gói: hãy chạy "
                           "`make demo` trong một bản sao mã nguồn",
                           "the demo needs the portal simulator (portal_sim/), which is not installed with the "
                           "package: run `make demo` from a clone of the source tree")) from None
    return start_simulator


def run_demo(settings: Settings, *, host: str, port: int, serve: bool, console: Console, sim_port: int = 8731) -> dict:
    """Start the simulated portals, crawl them with the real spider into the demo store,
    print what to open, and serve until interrupted. Returns the crawl summary's figures.
    The portals take fixed ports from `sim_port`: the same URLs every run, so a second demo
    recognises every page it stored and the links of the first run stay alive."""
    from crawler.run import run_crawl
    from crawler.sources import load_sources
    try:
        sim = _simulator()(host="127.0.0.1", port=sim_port)
    except OSError as e:
        ports = f"{sim_port}-{sim_port + 9}"
        raise UserError(tr(f"--sim-port: các cổng thông tin mô phỏng của demo cần các cổng {ports} trên 127.0.0.1 "
                           f"({e.strerror}); có demo khác đang chạy không? Hãy dừng nó, hoặc chọn cổng khác bằng "
                           "--sim-port",
                           f"--sim-port: the demo's simulated portals need ports {ports} on 127.0.0.1 ({e.strerror}); "
                           "is another demo running? Stop it, or pick others with --sim-port")) from None
    try:
        console.print(tr(f"Các cổng thông tin mô phỏng đang chạy tại [bold]{sim.base_url}[/bold]",
                         f"Simulated provincial portals are up at [bold]{sim.base_url}[/bold]"))
        with tempfile.TemporaryDirectory() as tmp:
            sources_file = Path(tmp) / "demo.yaml"
            sources_file.write_text(sim.source_yaml(), encoding="utf-8")
            sources = load_sources(Path(tmp))
            demo_settings = settings.model_copy(update={"sources_dir": Path(tmp)})
            with CrawlProgress() as progress:
                summary = run_crawl(demo_settings, sources=sources, on_progress=progress)
        for what, count in summary_rows(summary):
            console.print(f"  {what:<40} {count}", highlight=False)
        _print_urls(console, settings, host, port)
        if serve:
            serve_app(settings, host, port)
        return dict(summary.rows())
    finally:
        sim.stop()


def _program() -> str:
    """`parwatch` as the user can type it here: after `make demo` the venv is not activated, so
    plain `parwatch` is "command not found"; then the venv's script, relative to the current folder."""
    script = Path(sys.executable).parent / "parwatch"     # not resolved: the venv's bin, not the system's
    on_path = shutil.which("parwatch")
    if not script.exists() or (on_path and Path(on_path).absolute() == script.absolute()):
        return "parwatch"
    try:
        return str(script.absolute().relative_to(Path.cwd()))
    except ValueError:
        return str(script)


def _print_urls(console: Console, settings: Settings, host: str, port: int) -> None:
    from store.factory import open_store

    store = open_store(settings)
    # the document to show: a plan with its number shows the facts best (not a news item)
    first = store.conn.execute("SELECT id FROM documents ORDER BY doc_number IS NULL, doc_type IS NOT 'Kế hoạch', id "
                               "LIMIT 1").fetchone()
    base = f"http://{host}:{port}"
    console.print(tr(f"\n[bold]{store.count_documents()}[/bold] văn bản trong kho demo {settings.store}. "
                     "Thử trên dòng lệnh:",
                     f"\n[bold]{store.count_documents()}[/bold] documents in the demo store {settings.store}. "
                     "Try it on the command line:"))
    program = _program()
    console.print(f'  {program} search "cải cách hành chính" --store {settings.store}', highlight=False)
    if first:
        console.print(f"  {program} show {first[0]} --store {settings.store}", highlight=False)
    console.print(tr("Mở:", "Open:"))
    for path, vi, en in [
            ("/?q=cai+cach+hanh+chinh", "trang tìm kiếm (có dấu hay không dấu đều được)",
             "search page (diacritics optional)"),
            *([(f"/van-ban/{first[0]}", "một văn bản, dữ kiện tô màu trong nội dung",
                "a document, its facts marked in the text")] if first else []),
            ("/minh-chung?province=Tiền+Giang&year=2024", "ma trận minh chứng PAR INDEX của một tỉnh, một năm",
             "PAR INDEX evidence matrix of a province-year"),
            ("/canh-bao", "nhận cảnh báo văn bản mới (nguồn tin Atom; thư khi có máy chủ thư)",
             "alerts for new documents (Atom feed; e-mail once a mail server is set)"),
            ("/search?q=PAR+INDEX&province=Tiền+Giang", "cùng tìm kiếm đó, dạng JSON", "the same search as JSON"),
            ("/docs", "tài liệu API", "the API documentation")]:
        console.print(f"  {base + path:<62} {tr(vi, en)}", highlight=False)
