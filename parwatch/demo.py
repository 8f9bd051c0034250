"""`parwatch demo`: the main job against a bundled offline portal mirror served on 127.0.0.1."""
from __future__ import annotations

import tempfile
from pathlib import Path

from rich.console import Console

from parwatch.cli_common import UserError, serve_app
from parwatch.progress import CrawlProgress
from parwatch.settings import Settings


def _simulator():
    """The portal simulator is test and demo tooling beside the package, not in the wheel."""
    try:
        from portal_sim import start_simulator
    except ModuleNotFoundError as e:
        if e.name != "portal_sim":
            raise
        raise UserError("the demo needs the portal simulator (portal_sim/), which is not installed with the "
                        "package: run `make demo` from a clone of the source tree") from None
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
        raise UserError(f"the demo's simulated portals need ports {sim_port}-{sim_port + 9} on 127.0.0.1 ({e.strerror}); "
                        "is another demo running? Stop it, or pick others with --sim-port") from None
    try:
        console.print(f"Simulated provincial portals are up at [bold]{sim.base_url}[/bold]")
        with tempfile.TemporaryDirectory() as tmp:
            sources_file = Path(tmp) / "demo.yaml"
            sources_file.write_text(sim.source_yaml(), encoding="utf-8")
            sources = load_sources(Path(tmp))
            demo_settings = settings.model_copy(update={"sources_dir": Path(tmp)})
            with CrawlProgress() as progress:
                summary = run_crawl(demo_settings, sources=sources, on_progress=progress)
        table_rows = list(summary.rows())
        for what, count in table_rows:
            console.print(f"  {what:<40} {count}")
        _print_urls(console, settings, host, port)
        if serve:
            serve_app(settings, host, port)
        return dict(table_rows)
    finally:
        sim.stop()


def _print_urls(console: Console, settings: Settings, host: str, port: int) -> None:
    from store.factory import open_store

    store = open_store(settings)
    first = store.conn.execute("SELECT id FROM documents ORDER BY id LIMIT 1").fetchone()
    base = f"http://{host}:{port}"
    console.print(f"\n[bold]{store.count_documents()}[/bold] documents in the demo store {settings.store}. "
                  "Try it on the command line:")
    console.print(f'  parwatch search "cải cách hành chính" --store {settings.store}', highlight=False)
    console.print("Open:")
    console.print(f"  {base}/?q=cai+cach+hanh+chinh                 search page (diacritics optional)")
    if first:
        console.print(f"  {base}/van-ban/{first[0]}                          a document, its facts marked in the text")
    console.print(f"  {base}/minh-chung?province=Tiền+Giang&year=2024  PAR INDEX evidence matrix of a province-year")
    console.print(f"  {base}/search?q=PAR+INDEX&province=Tiền+Giang  the same search as JSON")
    console.print(f"  {base}/docs                                 the API documentation")
