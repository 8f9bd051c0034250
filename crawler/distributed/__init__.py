"""Scale-out path (docs/scale-out.md): several machines share one crawl through Redis.

  * frontier: scrapy-redis scheduler + duplicate filter, and a per-domain lease so that politeness
    holds across crawl workers (frontier.py);
  * a Redis Streams work queue with consumer groups and acknowledgements (streams.py) carries
    fetched pages from crawl workers to process workers (text, OCR, extraction) and their documents
    to the single store writer, which acknowledges only after its SQLite commit.

The single-machine path (crawler.run) imports none of this and needs no Redis.
"""
