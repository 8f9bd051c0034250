"""Scrapy settings of the parwatch crawler (scrapy.cfg points here). crawler.run overrides the
values that come from crawler.config.CrawlConfig (user agent, concurrency, timeouts, size limit)."""
from importlib.util import find_spec

from scrapy.settings import default_settings as _default

BOT_NAME = "parwatch"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

USER_AGENT = "parwatch/0.1 (+https://github.com/parwatch/parwatch; PAR evidence crawler)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
# Scrapy's own downloader starts a slot's whole queue at once under the asyncio reactor (crawler/downloader.py)
DOWNLOADER = "crawler.downloader.PoliteDownloader"
# libuv's event loop (uvloop) under Scrapy's asyncio reactor: the loop's scheduling and polling run
# in C (bench crawl: crawl process ~5 % less CPU, docs/crawler-history.md); asyncio's own loop when uvloop
# is not installed (it is a dependency on Linux and macOS, where uvloop builds)
ASYNCIO_EVENT_LOOP = "uvloop.Loop" if find_spec("uvloop") else None
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 50 * 1024 * 1024
DOWNLOAD_WARNSIZE = 0
RETRY_ENABLED = True
RETRY_TIMES = 3                   # crawler.middlewares.BackoffRetryMiddleware: exponential back-off, Retry-After
RETRY_BACKOFF_BASE = 0.5
RETRY_BACKOFF_MAX = 30.0
REDIRECT_MAX_TIMES = 5
COOKIES_ENABLED = True            # ASP.NET session cookies for postback paging
TELNETCONSOLE_ENABLED = False
# Scrapy 2.19 starts, in every crawl, an HTTP server on localhost that runs Python code sent to it
# (its MCP "remote control", token in a job file under the user's profile): a crawler service needs
# none. Its module imports aiohttp (~0.1 s of CPU and ~100 modules before the first request), and
# Scrapy imports the module of every extension it is told about, even one set to None in EXTENSIONS
# or disabled by its setting: so it is left out of the base list itself
REMOTE_CONTROL_ENABLED = False
EXTENSIONS_BASE = {k: v for k, v in _default.EXTENSIONS_BASE.items() if not k.endswith(".RemoteControl")}
LOG_LEVEL = "WARNING"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
# Scrapy would re-parse (ast) the source of every generator callback on every response to warn
# about `return value` in it: 5 % of the crawl process CPU, for a lint
WARN_ON_GENERATOR_RETURN_VALUE = False
# Scrapy starts this many asyncio tasks for the output of EVERY response (100 by default: ~70k
# tasks a crawl, 10 % of the crawl process CPU); a page yields a few requests and at most one
# item, and the spider yields that item last, so one task per response loses no overlap
CONCURRENT_ITEMS = 1
# Scrapy middlewares that do nothing for this spider, each a layer on every request or response:
# offsite (the spider sets no allowed_domains: _in_domain decides), HTTP auth (no credentials),
# downloader stats (ByteCountMiddleware counts bytes), meta-copy detection (a lint)
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "scrapy.downloadermiddlewares.httpauth.HttpAuthMiddleware": None,
    "scrapy.downloadermiddlewares.stats.DownloaderStats": None,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    "crawler.middlewares.ConditionalGetMiddleware": 560,
    "crawler.middlewares.CaptureMiddleware": 580,      # after HttpCompression (590): decoded bytes
    "crawler.middlewares.ByteCountMiddleware": 595,    # before it: bytes on the wire
}
# DepthMiddleware set every request's meta["depth"] to its parent's + 1 over the spider's own count
# (pagination and redirects by script are no hop: crawler/spiders/listing.py)
SPIDER_MIDDLEWARES = {"scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware": None,
                      "scrapy.spidermiddlewares.depth.DepthMiddleware": None}
ITEM_PIPELINES = {"crawler.pipelines.IngestPipeline": 300}
REACTOR_THREADPOOL_MAXSIZE = 4
DEPTH_LIMIT = 0                   # per-source limits live in the sources files
