"""CPU-heavy steps of the item pipeline, run in a small pool of worker processes so that they use
the machine's other core(s) instead of competing with Scrapy's reactor for the GIL:
attachment text (pypdf, python-docx, openpyxl, antiword/catdoc, pdftoppm + tesseract),
``crawler.document.build_document`` (normalisation + fact extraction) and the spider's reading of
every HTML page (``crawler.analysis.analyse_page``: lxml, page typing, links, trafilatura).

The crawl child forks its workers at its very start, while it has one thread (start_pool): a worker
costs a fork, not a fresh interpreter, and no forkserver or resource tracker process stays beside
them (~60 MB of the tree's peak). A pool made later, when threads exist, goes through a forkserver
that imports this module (and the page reader) once. ``CrawlConfig.crawl_workers`` (PARWATCH_CRAWL_WORKERS)
sets the pool size (default: CPUs - 1, between 1 and 2); 0 runs the steps in the crawl process's threads.
"""
from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from crawler import files as F
from crawler.analysis import analyse_page
from crawler.document import build_document
from crawler.resources import usage_here


def worker_count(configured: int | None = None) -> int:
    """Default: one core is the crawl process's (reactor, parsing, store writer), the pool gets
    the others, at most 2 (a worker costs ~95 MB; on 2 cores a second one only competed with the
    crawl process and added its memory: bench_crawl, docs/crawler-history.md)."""
    if configured is not None:
        return configured
    return max(1, min(2, (os.cpu_count() or 1) - 1))


def _init() -> None:
    from crawler import gcpolicy
    gcpolicy.quiet_start()
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    F.imports_on_first_use()   # one task at a time here: the file parsers load when a file needs them
    import trafilatura  # noqa: F401  (every article page)
    from extractors import extract_facts  # noqa: F401  (models load once per worker, not per document)
    gcpolicy.settle()


def file_text(data: bytes, url: str, media_type: str | None, ocr: bool | str) -> tuple[F.FileText, float, int, float, dict]:
    """(text, seconds, OCR pages, OCR seconds, usage) - OCR counters live in the process that ran
    it; usage: this worker's peak RSS and CPU and its helpers' (crawler.resources)."""
    p0, s0 = F.OCR_STATS["pages"], F.OCR_STATS["seconds"]
    t0 = time.perf_counter()
    res = F.extract_text(data, url, media_type, ocr=ocr)
    return res, time.perf_counter() - t0, F.OCR_STATS["pages"] - p0, F.OCR_STATS["seconds"] - s0, usage_here()


def build(kwargs: dict):
    """(DocumentIn, seconds, usage)."""
    t0 = time.perf_counter()
    doc = build_document(**kwargs)
    return doc, time.perf_counter() - t0, usage_here()


def analyse(kwargs: dict):
    """(crawler.analysis.PageResult, seconds, usage): a fetched page read for the spider; with
    kwargs["capture"] = (snapshot root, bytes) its bytes are kept too (store.captures.keep_bytes),
    here rather than in a thread of the crawl process, whose one core bounds the crawl."""
    t0 = time.perf_counter()
    capture = kwargs.pop("capture", None)
    kept = None
    if capture is not None:
        from store.captures import keep_bytes
        kept = keep_bytes(Path(capture[0]), capture[1])
    res = analyse_page(**kwargs)
    res.capture = kept
    return res, time.perf_counter() - t0, usage_here()


_EARLY: dict = {}   # the pool start_pool is starting, for the pipeline (take_pool)


def _ready() -> None:
    """A first task: makes the pool start its worker (fork, _init's imports) right away."""


def start_pool(n: int) -> None:
    """Start the crawl's pool before Scrapy is even imported: the workers' imports (~1 s of CPU)
    then run on the other core while this process starts, instead of holding up the first pages.
    Called while this process has a single thread, the workers are forked here and now (the first
    task makes a fork pool start them all); otherwise a thread waits for a forkserver's start."""
    import threading
    if threading.active_count() == 1 and _fork_context() is not None:
        pool = make_pool(n, fork=True)
        if pool is not None:
            pool.submit(_ready)     # forks the workers now, before any thread of this process exists
        _EARLY["pool"] = pool
        return

    def start() -> None:
        pool = make_pool(n)
        if pool is not None:
            pool.submit(_ready)
        _EARLY["pool"] = pool
    _EARLY["thread"] = t = threading.Thread(target=start, name="parwatch-pool-start", daemon=True)
    t.start()


def take_pool(n: int):
    """The pool start_pool started (once it is up), else a new one (make_pool)."""
    t = _EARLY.pop("thread", None)
    if t is not None:
        t.join()
    pool = _EARLY.pop("pool", None)
    return pool if pool is not None else make_pool(n)


def _fork_context():
    import multiprocessing as mp
    try:
        return mp.get_context("fork")
    except ValueError:     # no fork on this platform
        return None


# Tasks sent ahead to the workers (concurrent.futures keeps 1 beyond one per worker): with one,
# a worker ran dry whenever the crawl process's pool thread waited for the GIL between two of its
# 2-5 ms tasks (~0.8 s idle a bench crawl with hundreds of tasks waiting; ~0.6 s with 8)
QUEUED_AHEAD = 8


def _deep_pool(n: int, ctx):
    import concurrent.futures.process as cfp
    default, cfp.EXTRA_QUEUED_CALLS = cfp.EXTRA_QUEUED_CALLS, QUEUED_AHEAD   # read once, by __init__
    try:
        return cfp.ProcessPoolExecutor(max_workers=n, mp_context=ctx, initializer=_init)
    finally:
        cfp.EXTRA_QUEUED_CALLS = default


def make_pool(n: int, fork: bool = False):
    """A ProcessPoolExecutor of n workers, or None when n == 0 or processes cannot start.
    fork=True only while the calling process has one thread (a fork copies no other thread, and
    a lock another thread held would stay locked in the worker); else through a forkserver."""
    if n <= 0:
        return None
    import multiprocessing as mp
    try:
        if fork:
            ctx = _fork_context()
        else:
            ctx = mp.get_context("forkserver")
            # the fact extractors' patterns compile once in the forkserver, not in every worker
            ctx.set_forkserver_preload(["crawler.workers", "extractors.facts"])
        return _deep_pool(n, ctx)
    except (ValueError, OSError, ImportError) as e:  # no forkserver on this platform, no /dev/shm ...
        logging.getLogger(__name__).warning("no worker processes (%s): attachment text runs in threads", e)
        return None
