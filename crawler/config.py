"""What a crawl needs from the shell's settings, declared here so the crawler never imports the
shell: the shell hands run_crawl its Settings (or a CrawlConfig) and only these fields are read."""
from __future__ import annotations

from pathlib import Path

from pydantic import Field

from store.factory import StoreConfig

SOURCES_DIR = Path(__file__).resolve().parent / "sources"


class CrawlConfig(StoreConfig):
    sources_dir: Path = SOURCES_DIR
    snapshots_dir: Path | None = None           # default: beside the store, "<store>.snapshots"
    user_agent: str = "parwatch/0.1 (+https://github.com/parwatch/parwatch; PAR evidence crawler)"
    concurrent_per_domain: int = Field(2, ge=1, le=16)
    download_timeout: int = Field(30, ge=1)
    max_file_bytes: int = Field(50 * 1024 * 1024, ge=1024)
    # tuning (docs/crawler.md): worker processes for attachment text and build_document (None: CPUs - 1, between 1 and 2;
    # 0: threads), the child's GIL switch interval, Scrapy's log level in <store>.crawl.log
    crawl_workers: int | None = Field(None, ge=0)
    crawl_switch_interval: float = Field(0.0005, gt=0)
    # a page's bytes are kept by the worker that reads it while fewer of its tasks wait (CaptureMiddleware)
    crawl_capture_in_worker_below: int = Field(4, ge=0)
    crawl_log_level: str = "WARNING"

    def snapshot_root(self) -> Path:
        return self.snapshots_dir or self.store.with_suffix(".snapshots")
