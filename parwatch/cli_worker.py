"""`parwatch worker crawl|process|write`: the scale-out path (docs/scale-out.md), thin commands
over crawler.distributed. All workers of one job name the same Redis and --job."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from parwatch.cli_common import StoreOpt, UserError, one_line_errors, out, settings_for

worker_app = typer.Typer(no_args_is_help=True,
                         help="Scale-out workers sharing one crawl through Redis (docs/scale-out.md).")

RedisOpt = Annotated[str, typer.Option("--redis", envvar="PARWATCH_REDIS_URL",
                                       help="Redis of the job, e.g. redis://10.0.0.5:6379/0")]
JobOpt = Annotated[str, typer.Option("--job", envvar="PARWATCH_JOB", help="Job name shared by its workers")]
IdleOpt = Annotated[float, typer.Option("--idle-exit", min=0,
                                        help="End after this many seconds with nothing to do (0: run until stopped)")]


def _check_redis(url: str) -> None:
    import redis
    try:
        redis.Redis.from_url(url, socket_connect_timeout=5).ping()
    except (redis.RedisError, ValueError) as e:
        raise UserError(f"Redis at {url} is not reachable ({e}): start redis-server or fix --redis") from None


def crawl(
    redis_url: RedisOpt = "redis://127.0.0.1:6379/0",
    job: JobOpt = "default",
    source: Annotated[Optional[list[str]], typer.Option("--source", help="Only these source ids (repeatable)")] = None,
    sources_dir: Annotated[Optional[Path], typer.Option(help="Folder of source YAML files")] = None,
    idle_exit: IdleOpt = 10.0,
    heartbeat: Annotated[float, typer.Option(min=1, help="A crawl worker silent this long is dead: "
                                                         "its requests in flight are queued again")] = 10.0,
) -> None:
    """Crawl from the job's shared frontier; fetched pages go to the job's pages stream."""
    from crawler.distributed import crawl_worker
    from crawler.run import select_sources

    _check_redis(redis_url)
    settings = settings_for(None, sources_dir=sources_dir)
    got = crawl_worker.run(settings, select_sources(settings, source or None), redis_url, job, idle_exit=idle_exit,
                             heartbeat=heartbeat)
    out.print(f"crawl worker done: {got['pages']} pages, {got['files']} files")


def process(
    redis_url: RedisOpt = "redis://127.0.0.1:6379/0",
    job: JobOpt = "default",
    ocr: Annotated[bool, typer.Option(help="OCR scanned PDFs (tesseract)")] = True,
    idle_exit: IdleOpt = 0.0,
    claim_idle: Annotated[float, typer.Option(min=0.1, help="Take over pages pending this long with a dead worker")] = 30.0,
) -> None:
    """Read attachment text, OCR and extract facts for the job's fetched pages."""
    from crawler.distributed import process_worker

    _check_redis(redis_url)
    n = process_worker.run(redis_url, job, ocr=ocr, idle_exit=idle_exit, claim_idle=claim_idle)
    out.print(f"process worker done: {n} pages")


def write(
    redis_url: RedisOpt = "redis://127.0.0.1:6379/0",
    job: JobOpt = "default",
    store: StoreOpt = None,
    idle_exit: IdleOpt = 0.0,
) -> None:
    """The job's one store writer: documents into SQLite (and the search index), acknowledged after commit."""
    from crawler.distributed import writer
    from store.factory import open_backend, open_store

    _check_redis(redis_url)
    settings = settings_for(store)
    st = open_store(settings)
    counts = writer.run(st, open_backend(settings, st), redis_url, job, idle_exit=idle_exit)
    out.print("writer done: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


def register(app: typer.Typer) -> None:
    for fn in (crawl, process, write):
        worker_app.command()(one_line_errors(fn))
    app.add_typer(worker_app, name="worker")
