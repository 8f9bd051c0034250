"""Scrapy's downloader with its per-slot concurrency enforced under the asyncio reactor.

Scrapy (2.19, the version installed here) starts each download of a slot's queue in an asyncio
task and marks it "transferring" only when that task first runs. ``_process_queue`` loops while the slot has free
transfer slots, so under the asyncio reactor it sees free slots for every queued request and starts
them all at once: with a download delay of 0 (local mirrors, the simulator) a portal got up to 9
requests at a time where CONCURRENT_REQUESTS_PER_DOMAIN said 2, and Twisted's connection pool (kept
at that size) closed the surplus connections after one request each. Counting the download as
transferring when it is scheduled restores the limit; with the Twisted reactor nothing changes (the
coroutine runs at once there). A delay > 0 already spaced requests out.
"""
from __future__ import annotations

from scrapy.core.downloader import Downloader


class PoliteDownloader(Downloader):
    def _wait_for_download(self, slot, request, queue_dfd):
        slot.transferring.add(request)   # now, not when the task first runs; _download removes it
        return super()._wait_for_download(slot, request, queue_dfd)
