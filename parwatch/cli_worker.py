"""`parwatch worker crawl|process|write`: the scale-out path (docs/scale-out.md), thin commands
over crawler.distributed. All workers of one job name the same Redis and --job."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from parwatch.cli_common import StoreOpt, UserError, one_line_errors, out, settings_for
from parwatch.lang import tr

worker_app = typer.Typer(no_args_is_help=True, help=tr(
    "Các tiến trình làm việc dùng chung một lượt thu thập qua Redis (mở rộng quy mô, docs/scale-out.md).",
    "Scale-out workers sharing one crawl through Redis (docs/scale-out.md)."))

RedisOpt = Annotated[str, typer.Option("--redis", envvar="PARWATCH_REDIS_URL", help=tr(
    "Redis của công việc, ví dụ redis://10.0.0.5:6379/0", "Redis of the job, e.g. redis://10.0.0.5:6379/0"))]
JobOpt = Annotated[str, typer.Option("--job", envvar="PARWATCH_JOB", help=tr(
    "Tên công việc, chung cho mọi tiến trình của nó", "Job name shared by its workers"))]
IdleOpt = Annotated[float, typer.Option("--idle-exit", min=0, help=tr(
    "Dừng sau bấy nhiêu giây không có việc (0: chạy đến khi bị dừng)",
    "End after this many seconds with nothing to do (0: run until stopped)"))]


def _check_redis(url: str) -> None:
    import redis
    try:
        redis.Redis.from_url(url, socket_connect_timeout=5).ping()
    except (redis.RedisError, ValueError) as e:
        raise UserError(tr(f"--redis: không kết nối được Redis tại {url} ({e}): hãy chạy redis-server hoặc sửa --redis",
                           f"--redis: Redis at {url} is not reachable ({e}): start redis-server or fix --redis")) from None


def crawl(
    redis_url: RedisOpt = "redis://127.0.0.1:6379/0",
    job: JobOpt = "default",
    source: Annotated[Optional[list[str]], typer.Option("--source", help=tr(
        "Chỉ các nguồn có mã này (lặp lại được)", "Only these source ids (repeatable)"))] = None,
    sources_dir: Annotated[Optional[Path], typer.Option(help=tr("Thư mục chứa các tệp YAML mô tả nguồn",
                                                                "Folder of source YAML files"))] = None,
    idle_exit: IdleOpt = 10.0,
    heartbeat: Annotated[float, typer.Option(min=1, help=tr(
        "Tiến trình thu thập im lặng bấy nhiêu giây bị coi là đã chết: các yêu cầu dở dang của nó vào lại hàng đợi",
        "A crawl worker silent this long is dead: its requests in flight are queued again"))] = 10.0,
) -> None:
    from crawler.distributed import crawl_worker
    from crawler.run import select_sources

    _check_redis(redis_url)
    settings = settings_for(None, sources_dir=sources_dir)
    got = crawl_worker.run(settings, select_sources(settings, source or None), redis_url, job, idle_exit=idle_exit,
                             heartbeat=heartbeat)
    out.print(tr(f"tiến trình thu thập xong: {got['pages']} trang, {got['files']} tài liệu đính kèm",
                 f"crawl worker done: {got['pages']} pages, {got['files']} files"))


def process(
    redis_url: RedisOpt = "redis://127.0.0.1:6379/0",
    job: JobOpt = "default",
    ocr: Annotated[bool, typer.Option(help=tr("Nhận dạng chữ (OCR, tesseract) trong PDF bản quét",
                                              "OCR scanned PDFs (tesseract)"))] = True,
    idle_exit: IdleOpt = 0.0,
    claim_idle: Annotated[float, typer.Option(min=0.1, help=tr(
        "Nhận xử lý thay các trang đã chờ bấy nhiêu giây ở một tiến trình đã chết",
        "Take over pages pending this long with a dead worker"))] = 30.0,
) -> None:
    from crawler.distributed import process_worker

    _check_redis(redis_url)
    n = process_worker.run(redis_url, job, ocr=ocr, idle_exit=idle_exit, claim_idle=claim_idle)
    out.print(tr(f"tiến trình xử lý xong: {n} trang", f"process worker done: {n} pages"))


def write(
    redis_url: RedisOpt = "redis://127.0.0.1:6379/0",
    job: JobOpt = "default",
    store: StoreOpt = None,
    idle_exit: IdleOpt = 0.0,
) -> None:
    from crawler.distributed import writer
    from store.factory import open_backend, open_store

    _check_redis(redis_url)
    settings = settings_for(store)
    st = open_store(settings)
    counts = writer.run(st, open_backend(settings, st), redis_url, job, idle_exit=idle_exit)
    out.print(tr("tiến trình ghi xong: ", "writer done: ") + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


CRAWL_HELP = tr("Thu thập từ hàng đợi chung của công việc; trang tải được đưa vào luồng trang của công việc.",
                "Crawl from the job's shared frontier; fetched pages go to the job's pages stream.")
PROCESS_HELP = tr("Đọc chữ trong tài liệu đính kèm, OCR và trích xuất dữ kiện cho các trang công việc đã tải.",
                  "Read attachment text, OCR and extract facts for the job's fetched pages.")
WRITE_HELP = tr("Tiến trình ghi duy nhất của công việc: văn bản vào SQLite (và chỉ mục tìm kiếm), xác nhận sau khi "
                "ghi xong.", "The job's one store writer: documents into SQLite (and the search index), "
                "acknowledged after commit.")


def register(app: typer.Typer) -> None:
    for fn, help in ((crawl, CRAWL_HELP), (process, PROCESS_HELP), (write, WRITE_HELP)):
        worker_app.command(help=help)(one_line_errors(fn))
    app.add_typer(worker_app, name="worker")
