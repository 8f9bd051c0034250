"""`parwatch worker crawl`: one crawl worker of a distributed job. It runs the same PortalSpider as
the single-machine crawl, but its scheduler is the job's shared frontier in Redis and its items go
to the job's pages stream; it never opens the SQLite store. Start as many as you like, on any
machine: each pushes the sources' start URLs, and the shared duplicate filter keeps one of each."""
from __future__ import annotations

import logging

from crawler.config import CrawlConfig
from crawler.distributed import frontier
from crawler.distributed.keys import JobKeys
from crawler.sources import SourceConfig


def run(settings: CrawlConfig, sources: list[SourceConfig], redis_url: str, job: str,
        idle_exit: float = 10.0, heartbeat: float = 10.0) -> dict:
    """Crawl until the shared frontier stays empty for idle_exit seconds; returns counters. A worker
    silent for `heartbeat` seconds is taken for dead: its requests in flight are queued again."""
    from scrapy.core.engine import ExecutionEngine
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    from crawler.run import scrapy_overrides

    from crawler.spiders.portal import PortalSpider
    from crawler.tally import Tally

    # the engine polls the scheduler every heartbeat when idle; Scrapy's 5 s is long for a queue
    # that other workers fill: poll the Redis frontier twice a second
    ExecutionEngine._SLOT_HEARTBEAT_INTERVAL = 0.5   # noqa: SLF001
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    keys = JobKeys(job)
    sp = Settings()
    sp.setmodule("crawler.settings", priority="project")
    sp.setdict(scrapy_overrides(settings, sources), priority="cmdline")
    dist = frontier.scrapy_settings(redis_url, keys, settings.concurrent_per_domain, idle_exit, heartbeat)
    for name in ("DOWNLOADER_MIDDLEWARES", "SPIDER_MIDDLEWARES", "EXTENSIONS"):   # added to the project's, not instead
        dist[name] = {**sp.getdict(name), **dist[name]}
    sp.setdict(dist, priority="cmdline")     # ITEM_PIPELINES replaced: items go to the stream
    # the single-machine middlewares that read or write the store (conditional GET state,
    # snapshots) stay, and find no store on the spider
    tally = Tally()
    process = CrawlerProcess(sp)
    process.crawl(PortalSpider, sources=sources, store=None, tally=tally, max_file_bytes=settings.max_file_bytes,
                  ocr=False)
    process.start()
    return {"pages": tally.pages, "files": tally.files, "errors": dict(tally.errors)}
