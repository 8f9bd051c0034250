"""`parwatch run`, `crawl`, `demo` and `reindex`: thin commands over crawler/ and store/
(`sources ...` lives in parwatch/cli_sources.py)."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from parwatch.cli_common import StoreOpt, err, one_line_errors, out, serve_app, served_at, settings_for
from parwatch.progress import CrawlProgress
from parwatch.term import cell, quoted

def _print_summary(summary) -> None:
    table = Table(title="crawl summary", show_header=True)
    table.add_column("what")
    table.add_column("count", justify="right")
    unreachable = 0
    for what, count in summary.rows():
        if what.startswith("unreachable:"):  # already said, one line per portal
            unreachable += 1
            continue
        table.add_row(what, str(count))
    if unreachable:
        table.add_row("portals unreachable", str(unreachable))
    out.print(table)


def crawl(
    source: Annotated[Optional[list[str]], typer.Option("--source", help="Only these source ids (repeatable)")] = None,
    url: Annotated[Optional[str], typer.Option(help="Crawl one ad-hoc portal instead of the registry")] = None,
    province: Annotated[Optional[str], typer.Option(help="Only the sources of this province (or the province of --url)")] = None,
    sources_dir: Annotated[Optional[Path], typer.Option(help="Folder of source YAML files")] = None,
    store: StoreOpt = None,
) -> None:
    """Crawl the portals of the registry (or one --url) into the store, then bring the search index level.

    Exits 1 when the crawler died or no source could be crawled."""
    summary = crawl_and_report(settings_for(store, sources_dir=sources_dir), source, url, province)
    if summary.exit_code:
        why = summary.error_samples[0]["message"] if summary.errors.get("crawler_failed") else \
            "no source could be crawled"
        err.print(f"[red]error:[/red] {quoted(why)}", highlight=False)
        raise typer.Exit(1)


def crawl_and_report(settings, source=None, url=None, province=None):
    from crawler.run import run_crawl

    with CrawlProgress() as progress:
        summary = run_crawl(settings, sources=source or None, url=url, province=province, on_progress=progress)
    for line in summary.unreachable_lines():
        err.print(cell(line), highlight=False)
    _print_summary(summary)
    if summary.unreachable and len(summary.unreachable) == len(summary.per_source or summary.unreachable):
        err.print(f"No portal could be reached ({len(summary.unreachable)} tried): is this machine offline? "
                  "`make demo` shows parwatch at work on simulated portals, without a network.", highlight=False)
    _match_and_report(settings)
    return summary


def _match_and_report(settings) -> dict:
    """After an ingest: index, match subscriptions, deliver what is due (parwatch.watch.run_cycle
    without its crawl). Failures of one stage are reported, not raised."""
    from parwatch.watch import run_cycle

    report = run_cycle(settings, crawl=False)
    d = report.get("delivery") or {}
    out.print(f"alerts: {report.get('matched') or 0} matched, {d.get('delivered') or 0} delivered")
    for e in report["errors"][:5]:
        err.print(f"[yellow]{quoted(e)}[/yellow]", highlight=False)
    return report


def run(
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on")] = 8000,
    every: Annotated[str, typer.Option(help="Time between later crawl-and-alert cycles: 30m, 6h, 1d")] = "6h",
    store: StoreOpt = None,
) -> None:
    """The main job: crawl, alert, serve, and crawl again every --every.

    Crawls the registry now (each unreachable portal is reported in one line), matches and
    delivers alerts, then serves the API and pages while crawling again on the schedule."""
    import threading

    from alerts.schedule import parse_duration
    from parwatch.watch import watch

    seconds = parse_duration(every)
    settings = served_at(settings_for(store), host, port)
    crawl_and_report(settings)       # an offline first crawl still serves what is stored
    stop = threading.Event()

    def later_cycles() -> None:
        if not stop.wait(seconds):
            watch(settings, seconds, stop=stop, install_signals=False)

    threading.Thread(target=later_cycles, name="parwatch-watch", daemon=True).start()
    out.print(f"crawling again every {every}; Ctrl-C stops")
    try:
        serve_app(settings, host, port)
    finally:
        stop.set()


def reindex(store: StoreOpt = None) -> None:
    """Rebuild the search index from the store (Elasticsearch: a new index, then an atomic alias swap)."""
    from store.factory import open_backend, open_store
    from store.reindex import reindex as rebuild

    settings = settings_for(store)
    st = open_store(settings)
    backend = open_backend(settings, st)
    with out.status("reindexing ..."):
        n = rebuild(st, backend)
    out.print(f"indexed {n} documents into the {backend.name} backend")


def demo(
    host: Annotated[str, typer.Option(help="Address of the served API and pages")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
    store: Annotated[Optional[Path], typer.Option("--store", envvar="PARWATCH_DEMO_STORE",
                                                  help="SQLite file of the demo store")] = Path("var/demo.sqlite"),
    serve: Annotated[bool, typer.Option(help="Serve the result after the crawl")] = True,
    sim_port: Annotated[int, typer.Option(min=1024, max=65000, envvar="PARWATCH_DEMO_SIM_PORT",
                                          help="First port of the simulated portals (fixed, so a second demo "
                                               "finds the same URLs and changes nothing)")] = 8731,
) -> None:
    """Offline demo: serve a bundled mirror of provincial portals on 127.0.0.1, crawl it, serve the result.

    Running it again updates the same store: unchanged pages are not stored twice."""
    from parwatch.demo import run_demo

    run_demo(settings_for(store), host=host, port=port, serve=serve, console=out, sim_port=sim_port)


def register(app: typer.Typer) -> None:
    app.command()(one_line_errors(run))
    app.command()(one_line_errors(crawl))
    app.command()(one_line_errors(reindex))
    app.command()(one_line_errors(demo))
