"""Run a crawl: ``run_crawl(settings, ...) -> CrawlSummary``.

Twisted's reactor cannot be restarted inside one process, so every crawl runs the real Scrapy
spider in a child process (``python -m crawler.run --child``); the parent passes the crawl config
and sources on stdin, reads progress events (JSON lines) from the child's stdout and returns the
summary. run_crawl may thus be called any number of times from one process (CLI, tests, bench).
The command line is `parwatch crawl`.
"""
from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from crawler.config import CrawlConfig
from crawler.sources import SourceConfig, SourceError, adhoc_source, by_priority, load_sources

Progress = Callable[[dict], None]


@dataclass
class CrawlSummary:
    pages: int = 0                       # pages, listings, feeds and sitemaps answered (incl. 304)
    files: int = 0                       # attachment downloads answered (incl. 304)
    bytes: int = 0                       # bytes received (bodies + headers)
    not_modified: int = 0                # 304 answers
    documents: dict = field(default_factory=dict)     # new / changed / unchanged / offtopic
    attachments: dict = field(default_factory=dict)   # text method -> count ("reused", "error" too)
    errors: dict = field(default_factory=dict)        # kind -> count
    error_samples: list = field(default_factory=list)  # {kind, url, message, source}
    unreachable: dict = field(default_factory=dict)    # source id -> reason
    per_source: dict = field(default_factory=dict)
    seconds: float = 0.0
    run_id: int | None = None
    ocr_pages: int = 0
    ocr_seconds: float = 0.0
    resumed: bool = False                # an earlier run had been interrupted
    log_path: str | None = None
    exit_code: int = 0
    misc: dict = field(default_factory=dict)
    timing: dict = field(default_factory=dict)       # seconds per stage (threads overlap)
    resources: dict = field(default_factory=dict)    # process kind -> peak RSS (MB) and CPU s (crawler.resources)

    @property
    def new(self) -> int:
        return self.documents.get("new", 0)

    @property
    def changed(self) -> int:
        return self.documents.get("changed", 0)

    @property
    def unchanged(self) -> int:
        return self.documents.get("unchanged", 0)

    def rows(self) -> list[tuple[str, str]]:
        """(what, value) rows for a two-column table."""
        d = self.documents
        out = [
            ("pages fetched", f"{self.pages} ({self.not_modified} not modified)"),
            ("files fetched", str(self.files)),
            ("bytes received", f"{self.bytes:,}"),
            ("documents new", str(d.get("new", 0))),
            ("documents changed", str(d.get("changed", 0))),
            ("documents unchanged", str(d.get("unchanged", 0))),
            ("pages off-topic (not stored)", str(d.get("offtopic", 0))),
        ]
        for m, n in sorted(self.attachments.items()):
            out.append((f"attachments: {m}", str(n)))
        for k, n in sorted(self.errors.items()):
            out.append((f"errors: {k}", str(n)))
        for sid, why in sorted(self.unreachable.items()):
            out.append((f"unreachable: {sid}", why))
        if self.ocr_pages:
            out.append(("OCR", f"{self.ocr_pages} pages in {self.ocr_seconds:.1f} s"))
        out.append(("time", f"{self.seconds:.1f} s"))
        return out

    def unreachable_lines(self) -> list[str]:
        return [f"{sid}: portal unreachable: {why}" for sid, why in sorted(self.unreachable.items())]

    def to_dict(self) -> dict:
        return asdict(self)


def _fold(s: str | None) -> str:
    from extractors.normalize import fold
    return fold(unicodedata.normalize("NFC", s or "")).casefold().strip()


def select_sources(settings, sources=None, url: str | None = None, province: str | None = None) -> list[SourceConfig]:
    settings = CrawlConfig.of(settings)
    if url:
        return [adhoc_source(url, province)]
    if sources is None or all(isinstance(s, str) for s in sources):
        every = load_sources(settings.sources_dir)
        if sources:
            wanted = set(sources)
            unknown = wanted - {s.id for s in every}
            if unknown:
                raise SourceError(f"{settings.sources_dir}: unknown source id(s): {', '.join(sorted(unknown))}")
            every = [s for s in every if s.id in wanted]
        sources = every
    if province:
        p = _fold(province)
        sources = [s for s in sources if p in (_fold(s.province), _fold(s.merged_into), _fold(s.former_province))]
    return by_priority(list(sources))


def run_crawl(settings, *, sources: Iterable[SourceConfig | str] | None = None, url: str | None = None,
              province: str | None = None, on_progress: Progress | None = None, ocr: bool = True,
              timeout: float | None = None) -> CrawlSummary:
    """Crawl the sources (all of settings.sources_dir, the given configs or ids, or one ad-hoc
    portal `url`, optionally only those of `province`), ingest every on-topic article into the store,
    and return what happened. One child process per call. `settings`: a CrawlConfig or any
    object with its fields (the shell's Settings)."""
    settings = CrawlConfig.of(settings)
    chosen = select_sources(settings, list(sources) if sources is not None else None, url, province)
    log_path = Path(str(settings.store) + ".crawl.log")
    log_path.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps({"settings": json.loads(settings.model_dump_json()),
                          "sources": [s.model_dump(mode="json") for s in chosen], "ocr": ocr})
    env = dict(os.environ)
    root = str(Path(__file__).resolve().parent.parent)
    env["PYTHONPATH"] = root + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env["SCRAPY_SETTINGS_MODULE"] = "crawler.settings"
    # glibc gives every thread that allocates a malloc arena of its own (reactor, store writer,
    # captures, pool manager...): two arenas kept the crawl process 5-14 MB smaller for the same CPU
    env.setdefault("MALLOC_ARENA_MAX", "2")
    summary: dict | None = None
    stored: dict[str, int] = {}
    with open(log_path, "ab") as log:
        t_spawn = time.perf_counter()
        # its own session: the child and its worker processes form one process group
        # that is ended as a whole, whatever happened to the child
        proc = subprocess.Popen([sys.executable, "-m", "crawler.run", "--child"], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=log, env=env, cwd=root, start_new_session=True)
        assert proc.stdin and proc.stdout
        proc.stdin.write(payload.encode())
        proc.stdin.close()
        deadline = time.monotonic() + timeout if timeout else None
        started_at = None
        try:
            for ev in _events(proc, deadline):
                if ev.get("event") == "start" and started_at is None:
                    started_at = time.perf_counter() - t_spawn
                if ev.get("event") == "summary":
                    summary = ev["summary"]
                    continue
                if ev.get("event") == "document":
                    stored[ev["status"]] = stored.get(ev["status"], 0) + 1
                if on_progress is not None:
                    on_progress(ev)
        finally:
            _end_group(proc)
        code = proc.wait()
    out = CrawlSummary(**summary) if summary else CrawlSummary(documents=stored)
    if started_at is not None:
        out.timing = {"process start + imports (wall)": round(started_at, 3), **out.timing}
    out.exit_code = code
    out.log_path = str(log_path)
    if chosen and len(out.unreachable) >= len(chosen):
        out.exit_code = out.exit_code or 1        # nothing could be crawled: say so in the exit code
    if summary is None:
        how = f"was killed by signal {-code}" if code < 0 else f"exited with code {code}"
        out.exit_code = code or 1
        out.errors = {"crawler_failed": 1}
        out.error_samples = [{"kind": "crawler_failed", "url": "", "message":
                              f"crawler process {how} before it finished; see {log_path}", "source": None}]
    return out


def _events(proc: subprocess.Popen, deadline: float | None) -> Iterator[dict]:
    """The child's JSON events until it ends. The child's own exit ends the stream even when its
    worker processes still hold the pipe open (they inherit it): a dead child never hangs us."""
    lines: queue.Queue = queue.Queue()

    def read() -> None:
        for line in proc.stdout:
            lines.put(line)
        lines.put(None)
    threading.Thread(target=read, name="crawl-events", daemon=True).start()
    exited_at = None
    while True:
        if deadline and time.monotonic() > deadline:
            return
        try:
            line = lines.get(timeout=0.2)
        except queue.Empty:
            if proc.poll() is None:
                continue
            exited_at = exited_at or time.monotonic()
            if time.monotonic() - exited_at > 1.0:   # its last lines have had time to arrive
                return
            continue
        if line is None:
            return
        try:
            yield json.loads(line)
        except ValueError:
            continue


def _end_group(proc: subprocess.Popen) -> None:
    """Kill what is left of the crawl's process group (workers of a dead child, or everything on
    a time-out or an interrupt of ours)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


# ------------------------------------------------------------------------------------ child side
def _child() -> int:
    from crawler import gcpolicy
    gcpolicy.quiet_start()
    cfg = json.loads(sys.stdin.read())
    out = sys.stdout
    lock = __import__("threading").Lock()

    def emit(ev: dict) -> None:
        line = json.dumps(ev, ensure_ascii=False, default=str)
        with lock:
            out.write(line + "\n")
            out.flush()

    sys.stdout = sys.stderr  # nothing else may write to the event channel
    settings = CrawlConfig(**cfg["settings"])
    # The reactor thread makes a syscall for every socket read/write and each one hands the GIL to
    # the pipeline's threads (store writer, process-pool manager); with the default 5 ms switch
    # interval it then waits up to 5 ms to get it back, turning local downloads into ~100 ms ones.
    sys.setswitchinterval(settings.crawl_switch_interval)
    if cfg["sources"]:   # the worker pool boots on the other core while this process starts
        from crawler import workers as W
        W.start_pool(W.worker_count(settings.crawl_workers))
    import logging

    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    # Scrapy's HTTP/1.1 handler defines deprecated aliases at import, each calling inspect.stack(),
    # which looks up the module of every frame: imported here, at a shallow stack, and not deep
    # inside the engine's start (~0.1 s of CPU before the first request)
    import scrapy.core.downloader.handlers.http11  # noqa: F401

    from crawler import files as F
    from crawler.spiders.portal import PortalSpider
    from crawler.tally import Tally
    from store import crawl_records as CR
    from store.factory import open_backend
    from store.ingest import catch_up, sync_index
    from store.sqlite import Store

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    sources = [SourceConfig(**s) for s in cfg["sources"]]
    store = Store(settings.store)
    backend = None
    try:
        backend = open_backend(settings, store)
        catch_up(store, backend)    # what a killed run committed but never indexed
    except Exception as e:  # search backend down: documents wait in the index queue
        print(f"search backend unavailable ({e}); documents are queued for indexing", file=sys.stderr)
    for s in sources:
        store.upsert_source(s.to_source())
    resumed = CR.interrupted_runs(store) > 0
    run_id = CR.start_run(store)
    tally = Tally(emit)
    t0 = time.perf_counter()

    sp = get_project_settings()
    sp.setdict(scrapy_overrides(settings, sources), priority="cmdline")
    tally.misc["browser_enabled"] = int(any(s.render == "js" for s in sources))
    emit({"event": "start", "pid": os.getpid(), "run_id": run_id, "sources": [s.id for s in sources], "resumed": resumed})
    from crawler.frontier import Frontier
    frontier = Frontier(settings.store)
    if sources:
        process = CrawlerProcess(sp)
        process.crawl(PortalSpider, sources=sources, store=store, tally=tally, max_file_bytes=settings.max_file_bytes,
                      ocr=cfg.get("ocr", True), snapshot_root=str(settings.snapshot_root()), run_id=run_id,
                      backend=backend, frontier=frontier, crawl_workers=settings.crawl_workers)
        gcpolicy.settle()   # the long-lived heap (imports, the engine, its middlewares) is built
        t_crawl = time.perf_counter()
        process.start()
        tally.timed("crawl: reactor running (wall)", time.perf_counter() - t_crawl)
    else:
        gcpolicy.settle()
    if backend is not None:
        t_sync = time.perf_counter()
        try:
            sync_index(store, backend)
        except Exception as e:
            print(f"search index sync failed ({e}); run `parwatch reindex` later", file=sys.stderr)
        tally.timed("search index sync at the end (wall)", time.perf_counter() - t_sync)
    frontier.close()
    tally.finish_sources()
    for s in sources:
        c = tally.per_source.get(s.id, {})
        CR.save_source_run(store, run_id, s.id, {
            "pages": c.get("pages", 0), "documents": c.get("documents", 0), "new": c.get("new", 0),
            "changed": c.get("changed", 0), "errors": c.get("errors", 0), "http_403": c.get("http_403", 0),
            "http_503": c.get("http_503", 0), "challenges": c.get("challenges", 0),
            "unreachable": tally.unreachable.get(s.id), "started_at": tally.started.get(s.id),
            "finished_at": time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())})
    summary = CrawlSummary(
        pages=tally.pages, files=tally.files, bytes=tally.bytes, not_modified=tally.not_modified_count,
        documents=dict(tally.docs), attachments=dict(tally.attachments), errors=dict(tally.errors),
        error_samples=tally.error_samples, unreachable=dict(tally.unreachable),
        per_source={k: dict(v) for k, v in tally.per_source.items()}, seconds=round(time.perf_counter() - t0, 3),
        run_id=run_id, ocr_pages=F.OCR_STATS["pages"], ocr_seconds=round(F.OCR_STATS["seconds"], 3), resumed=resumed,
        misc={**tally.misc, "playwright_loaded": int("scrapy_playwright" in sys.modules)}, timing={k: round(v, 3) for k, v in tally.timing.items()},
        resources=tally.resources)
    if not summary.resources:   # no worker pool: the crawl process alone (and its helpers)
        from crawler.resources import tree_usage
        summary.resources = tree_usage({})
    CR.finish_run(store, run_id, {k: v for k, v in summary.to_dict().items() if k != "error_samples"})
    emit({"event": "summary", "summary": summary.to_dict()})
    store.close()
    return 0


CHROMIUM = "/usr/bin/chromium"   # Debian's Chromium; no browser is ever downloaded
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


def scrapy_overrides(settings: CrawlConfig, sources: list[SourceConfig]) -> dict:
    """Scrapy settings from the crawl config and the sources (one home for the single-process
    crawl and the distributed crawl workers)."""
    floor = min([s.limits.delay for s in sources] or [1.0])
    out = {
        "USER_AGENT": settings.user_agent,
        "CONCURRENT_REQUESTS_PER_DOMAIN": settings.concurrent_per_domain,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(settings.concurrent_per_domain),
        "DOWNLOAD_TIMEOUT": settings.download_timeout,
        "DOWNLOAD_MAXSIZE": settings.max_file_bytes,
        "DOWNLOAD_DELAY": floor,
        "AUTOTHROTTLE_START_DELAY": max(floor, 0.0),
        "LOG_LEVEL": settings.crawl_log_level,
        "CAPTURE_IN_WORKER_BELOW": settings.crawl_capture_in_worker_below,
    }
    if any(s.render == "js" for s in sources):
        out.update(browser_settings())
    return out


def browser_settings() -> dict:
    """Scrapy settings that route requests marked `playwright` through headless Chromium. Only
    set when a source is `render: js`: other crawls never load scrapy-playwright or a browser."""
    return {
        "DOWNLOAD_HANDLERS": {"http": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
                              "https": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"},
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        "ASYNCIO_EVENT_LOOP": None,   # asyncio's own loop for Playwright's driver (uvloop not measured with it)
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_LAUNCH_OPTIONS": {"executable_path": os.environ.get("PARWATCH_CHROMIUM", CHROMIUM),
                                      "headless": True, "args": CHROMIUM_ARGS},
        "PLAYWRIGHT_MAX_CONTEXTS": 1,
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": 2,
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": 30_000,
    }


def main(argv: list[str] | None = None) -> int:
    if (argv if argv is not None else sys.argv[1:]) != ["--child"]:
        print("usage: python -m crawler.run --child (internal); crawl with `parwatch crawl`", file=sys.stderr)
        return 2
    code = _child()
    # all is committed, closed and reported: skip the interpreter's tear-down of the crawl's
    # thousands of modules and objects (0.1-0.3 s the parent waited for after the summary)
    import logging
    logging.shutdown()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    raise SystemExit(main())
