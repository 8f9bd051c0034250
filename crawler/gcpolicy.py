"""CPython's cyclic garbage collector in the crawl's processes (the crawl process, its workers).

After its imports a crawl process holds ~120,000 long-lived container objects (Scrapy, Twisted,
the sources, the store) and then allocates many short-lived ones per request (requests, responses,
deferreds, headers, tasks). With CPython's defaults a young collection starts every 700 new
objects and every 100th of them is a full one that walks the whole start-up heap again: ~0.45 s
of the crawl process's ~5.5 s of CPU in a bench crawl (measured with gc.callbacks). Here nothing is
collected while the start-up heap is built (it is all kept), that heap is then frozen (moved out
of every generation: never walked again) and young collections start every YOUNG_THRESHOLD new
objects (docs/crawler-history.md: ~0.06 s a crawl)."""
from __future__ import annotations

import gc

# new container objects between two young collections (CPython's default: 700); the older
# generations keep CPython's ratios. Garbage in reference cycles waits at most this long.
YOUNG_THRESHOLD = 50_000


def quiet_start() -> None:
    """Before the start-up imports: no collections while the long-lived heap is being built."""
    gc.disable()


def settle() -> None:
    """Once the long-lived objects exist: freeze them, collect young garbage less often."""
    gc.freeze()
    gc.set_threshold(YOUNG_THRESHOLD, *gc.get_threshold()[1:])
    gc.enable()
