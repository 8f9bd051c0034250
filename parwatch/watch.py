"""crawl -> ingest -> match -> deliver, once (`run_cycle`) or on a schedule (`watch`).

A failing portal, search engine or channel is logged in the cycle's report and the next
stage goes on; SIGTERM/SIGINT end the loop after the message being sent."""
from __future__ import annotations

import logging
import signal
import threading
import time
from typing import Callable

from alerts.config import AlertConfig, alert_config
from alerts.matching import match_new_documents, pending_queue
from alerts.outbox import deliver_due
from alerts.ssrf import Resolver
from crawler.run import run_crawl
from store.factory import open_backend, open_store
from store.ingest import sync_index

log = logging.getLogger("parwatch.watch")


def _crawl(settings, report: dict) -> None:
    summary = run_crawl(settings)
    report["crawl"] = {k: v for k, v in summary.to_dict().items()
                       if isinstance(v, (int, float, str, bool, type(None), list, dict))}


def run_cycle(settings, *, crawl: bool = True, cfg: AlertConfig | None = None,
              resolver: Resolver | None = None, stop: threading.Event | None = None) -> dict:
    """One cycle; never raises for a failing stage: its error is in report["errors"]."""
    cfg = cfg or alert_config(settings)
    report: dict = {"errors": []}
    t0 = time.monotonic()
    store = open_store(settings)
    try:
        backend = None
        try:
            backend = open_backend(settings, store)
        except Exception as e:
            report["errors"].append(f"search backend: {e}")
        if crawl:
            try:
                _crawl(settings, report)
            except Exception as e:
                log.exception("crawl failed")
                report["errors"].append(f"crawl: {type(e).__name__}: {e}")
        if backend is not None:
            try:
                report["indexed"] = sync_index(store, backend)
            except Exception as e:
                report["errors"].append(f"index: {type(e).__name__}: {e}")
        try:
            report["queued"] = pending_queue(store)
            report["matched"] = match_new_documents(store, backend, None, cfg=cfg)
        except Exception as e:
            log.exception("matching failed")
            report["errors"].append(f"match: {type(e).__name__}: {e}")
        try:
            report["delivery"] = deliver_due(store, cfg, resolver=resolver, stop=stop)
            report["errors"].extend(report["delivery"]["errors"][:5])
        except Exception as e:
            log.exception("delivery failed")
            report["errors"].append(f"deliver: {type(e).__name__}: {e}")
    finally:
        store.close()
    report["seconds"] = round(time.monotonic() - t0, 3)
    return report


def watch(settings, every: float, *, crawl: bool = True, stop: threading.Event | None = None,
          on_cycle: Callable[[dict], None] | None = None, install_signals: bool = True,
          max_cycles: int | None = None) -> int:
    """Run cycles every `every` seconds until SIGTERM/SIGINT (or `stop`); returns cycles run."""
    stop = stop or threading.Event()
    if install_signals and threading.current_thread() is threading.main_thread():
        def _stop(signum, _frame):
            log.info("signal %s: stopping after the current step", signum)
            stop.set()
        signal.signal(signal.SIGTERM, _stop)
        signal.signal(signal.SIGINT, _stop)
    cycles = 0
    while not stop.is_set():
        started = time.monotonic()
        report = run_cycle(settings, crawl=crawl, stop=stop)
        cycles += 1
        if on_cycle:
            on_cycle(report)
        if max_cycles is not None and cycles >= max_cycles:
            break
        stop.wait(max(0.0, every - (time.monotonic() - started)))
    return cycles
