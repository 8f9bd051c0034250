"""`parwatch run`, `crawl`, `demo` and `reindex`: thin commands over crawler/ and store/
(`sources ...` lives in parwatch/cli_sources.py)."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from parwatch.cli_common import (ERROR, StoreOpt, UserError, err, every_seconds, one_line_errors, out, serve_app,
                                 served_at, settings_for)
from parwatch.crawl_summary import summary_table, unreachable_lines
from parwatch.lang import tr
from parwatch.progress import CrawlProgress
from parwatch.term import cell, quoted

SourcesDirOpt = Annotated[Optional[Path], typer.Option(help=tr("Thư mục chứa các tệp YAML mô tả nguồn",
                                                              "Folder of source YAML files"))]
HostOpt = Annotated[str, typer.Option(help=tr("Địa chỉ lắng nghe", "Address to listen on"))]
PortOpt = Annotated[int, typer.Option(min=1, max=65535, help=tr("Cổng lắng nghe", "Port to listen on"))]


CRAWL_HELP = tr("Thu thập các cổng thông tin trong danh mục (hoặc một --url) vào kho, rồi cập nhật chỉ mục tìm kiếm.\n\n"
                "Mã thoát 1 khi bộ thu thập dừng bất thường hoặc không thu thập được nguồn nào.",
                "Crawl the portals of the registry (or one --url) into the store, then bring the search index "
                "level.\n\nExits 1 when the crawler died or no source could be crawled.")


def crawl(
    source: Annotated[Optional[list[str]], typer.Option("--source", help=tr(
        "Chỉ các nguồn có mã này (lặp lại được; danh sách: parwatch sources list)",
        "Only these source ids (repeatable; list: parwatch sources list)"))] = None,
    url: Annotated[Optional[str], typer.Option(help=tr("Thu thập một cổng thông tin bất kỳ theo địa chỉ này thay vì "
                                                       "danh mục", "Crawl one ad-hoc portal instead of the registry"))] = None,
    province: Annotated[Optional[str], typer.Option(help=tr(
        "Chỉ các nguồn của tỉnh/thành này (hoặc tỉnh/thành của --url)",
        "Only the sources of this province (or the province of --url)"))] = None,
    sources_dir: SourcesDirOpt = None,
    store: StoreOpt = None,
) -> None:
    settings = settings_for(store, sources_dir=sources_dir)
    _check_sources(settings, source)
    summary = crawl_and_report(settings, source, url, province)
    if summary.exit_code:
        why = summary.error_samples[0]["message"] if summary.errors.get("crawler_failed") else \
            tr("không thu thập được nguồn nào", "no source could be crawled")
        err.print(f"[red]{ERROR}[/red] {quoted(why)}", highlight=False)
        raise typer.Exit(1)


def _check_sources(settings, source: list[str] | None) -> None:
    """Unknown --source ids are named with the flag, before any crawl starts."""
    if not source:
        return
    from crawler.sources import load_sources

    unknown = set(source) - {s.id for s in load_sources(settings.sources_dir)}
    if unknown:
        raise UserError(tr(f"--source: không có nguồn mã {', '.join(sorted(unknown))} (xem parwatch sources list)",
                           f"--source: unknown source id(s) {', '.join(sorted(unknown))} (see parwatch sources list)"))


def crawl_and_report(settings, source=None, url=None, province=None):
    from crawler.run import run_crawl

    with CrawlProgress() as progress:
        summary = run_crawl(settings, sources=source or None, url=url, province=province, on_progress=progress)
    for line in unreachable_lines(summary):
        err.print(cell(line), highlight=False)
    out.print(summary_table(summary))
    if summary.unreachable and len(summary.unreachable) == len(summary.per_source or summary.unreachable):
        n = len(summary.unreachable)
        err.print(tr(f"Không truy cập được cổng thông tin nào ({n} cổng đã thử): máy này có mạng không? "
                     "`make demo` cho xem parwatch làm việc trên các cổng mô phỏng, không cần mạng.",
                     f"No portal could be reached ({n} tried): is this machine offline? "
                     "`make demo` shows parwatch at work on simulated portals, without a network."), highlight=False)
    _match_and_report(settings)
    return summary


def _match_and_report(settings) -> dict:
    """After an ingest: index, match subscriptions, deliver what is due (parwatch.watch.run_cycle
    without its crawl). Failures of one stage are reported, not raised."""
    from parwatch.watch import run_cycle

    report = run_cycle(settings, crawl=False)
    d = report.get("delivery") or {}
    matched, delivered = report.get("matched") or 0, d.get("delivered") or 0
    out.print(tr(f"cảnh báo: {matched} khớp, {delivered} đã gửi", f"alerts: {matched} matched, {delivered} delivered"))
    for e in report["errors"][:5]:
        err.print(f"[yellow]{quoted(e)}[/yellow]", highlight=False)
    return report


RUN_HELP = tr("Công việc chính: thu thập, gửi cảnh báo, chạy máy chủ, rồi thu thập lại sau mỗi --every.\n\n"
              "Thu thập danh mục ngay (mỗi cổng không truy cập được báo một dòng), đối chiếu và gửi cảnh báo, rồi "
              "phục vụ API và các trang trong khi thu thập lại theo lịch.",
              "The main job: crawl, alert, serve, and crawl again every --every.\n\n"
              "Crawls the registry now (each unreachable portal is reported in one line), matches and "
              "delivers alerts, then serves the API and pages while crawling again on the schedule.")


def run(
    host: HostOpt = "127.0.0.1",
    port: PortOpt = 8000,
    every: Annotated[str, typer.Option(help=tr("Thời gian giữa các lượt thu thập và cảnh báo sau: 30m, 6h, 1d",
                                               "Time between later crawl-and-alert cycles: 30m, 6h, 1d"))] = "6h",
    store: StoreOpt = None,
) -> None:
    import threading

    from parwatch.watch import watch

    seconds = every_seconds(every)
    settings = served_at(settings_for(store), host, port)
    crawl_and_report(settings)       # an offline first crawl still serves what is stored
    stop = threading.Event()

    def later_cycles() -> None:
        if not stop.wait(seconds):
            watch(settings, seconds, stop=stop, install_signals=False)

    threading.Thread(target=later_cycles, name="parwatch-watch", daemon=True).start()
    out.print(tr(f"sẽ thu thập lại sau mỗi {every}; Ctrl-C để dừng", f"crawling again every {every}; Ctrl-C stops"))
    try:
        serve_app(settings, host, port)
    finally:
        stop.set()


REINDEX_HELP = tr("Dựng lại chỉ mục tìm kiếm từ kho (Elasticsearch: chỉ mục mới rồi đổi bí danh một lần).",
                  "Rebuild the search index from the store (Elasticsearch: a new index, then an atomic alias swap).")


def reindex(store: StoreOpt = None) -> None:
    from store.factory import open_backend, open_store
    from store.reindex import reindex as rebuild

    settings = settings_for(store)
    st = open_store(settings)
    backend = open_backend(settings, st)
    with out.status(tr("đang dựng lại chỉ mục ...", "reindexing ...")):
        n = rebuild(st, backend)
    out.print(tr(f"đã đưa {n} văn bản vào chỉ mục {backend.name}", f"indexed {n} documents into the {backend.name} backend"))


DEMO_HELP = tr("Demo không cần mạng: chạy bản sao các cổng thông tin tỉnh trên 127.0.0.1, thu thập rồi phục vụ kết quả.\n\n"
               "Chạy lại thì cập nhật cùng kho đó: trang không thay đổi không được lưu hai lần.",
               "Offline demo: serve a bundled mirror of provincial portals on 127.0.0.1, crawl it, serve the "
               "result.\n\nRunning it again updates the same store: unchanged pages are not stored twice.")


def demo(
    host: Annotated[str, typer.Option(help=tr("Địa chỉ phục vụ API và các trang", "Address of the served API and pages"))
                    ] = "127.0.0.1",
    port: PortOpt = 8000,
    store: Annotated[Optional[Path], typer.Option("--store", envvar="PARWATCH_DEMO_STORE",
                                                  help=tr("Tệp SQLite của kho demo", "SQLite file of the demo store"))
                     ] = Path("var/demo.sqlite"),
    serve: Annotated[bool, typer.Option(help=tr("Phục vụ kết quả sau khi thu thập xong",
                                                "Serve the result after the crawl"))] = True,
    sim_port: Annotated[int, typer.Option(min=1024, max=65000, envvar="PARWATCH_DEMO_SIM_PORT", help=tr(
        "Cổng đầu tiên của các cổng thông tin mô phỏng (cố định, để lần demo sau gặp đúng các địa chỉ cũ và không "
        "thay đổi gì)",
        "First port of the simulated portals (fixed, so a second demo finds the same URLs and changes nothing)"))
                    ] = 8731,
) -> None:
    from parwatch.demo import run_demo

    run_demo(settings_for(store), host=host, port=port, serve=serve, console=out, sim_port=sim_port)


def register(app: typer.Typer) -> None:
    app.command(help=RUN_HELP)(one_line_errors(run))
    app.command(help=CRAWL_HELP)(one_line_errors(crawl))
    app.command(help=REINDEX_HELP)(one_line_errors(reindex))
    app.command(help=DEMO_HELP)(one_line_errors(demo))
