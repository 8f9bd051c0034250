"""Counters of one crawl run, shared by the spider, the middlewares and the pipeline (thread-safe),
and the progress events sent to run_crawl's on_progress callback."""
from __future__ import annotations

import threading
import time
from collections import Counter, defaultdict
from datetime import datetime, timezone
from typing import Callable


class Tally:
    def __init__(self, emit: Callable[[dict], None] | None = None):
        self.lock = threading.Lock()
        self.emit = emit or (lambda e: None)
        self.t0 = time.perf_counter()
        self.pages = 0
        self.files = 0
        self.bytes = 0
        self.not_modified_count = 0
        self.docs = Counter()              # new / changed / unchanged / offtopic
        self.attachments = Counter()       # text method (or "error:<kind>" / "reused")
        self.errors = Counter()            # kind -> count
        self.error_samples: list[dict] = []  # {kind, url, message, source}
        self.unreachable: dict[str, str] = {}
        self.per_source: dict[str, Counter] = defaultdict(Counter)
        self.started: dict[str, str] = {}
        self.misc = Counter()
        self.resources: dict = {}            # peak RSS / CPU per process kind (crawler.resources)
        self.timing: Counter = Counter()     # seconds spent per stage (see bench/bench_crawl.py)
        self._last_emit = 0.0

    def source(self, sid: str) -> None:
        self.started.setdefault(sid, datetime.now(timezone.utc).isoformat(timespec="seconds"))
        self.per_source[sid]  # noqa: B018 - create

    def _progress(self, force: bool = False) -> None:
        now = time.perf_counter()
        if force or now - self._last_emit > 0.5:
            self._last_emit = now
            self.emit({"event": "progress", "pages": self.pages, "files": self.files,
                       "documents": dict(self.docs), "errors": sum(self.errors.values())})

    def page(self, sid: str | None, response) -> None:
        with self.lock:
            self.pages += 1
            if sid:
                self.per_source[sid]["pages"] += 1
                if response.status in (403, 503):
                    self.per_source[sid][f"http_{response.status}"] += 1
        self._progress()

    def file_fetched(self, sid: str, response) -> None:
        with self.lock:
            self.files += 1
            if response.status == 304:
                self.not_modified_count += 1

    def add_bytes(self, n: int) -> None:
        with self.lock:
            self.bytes += n

    def not_modified(self, sid: str, url: str, store) -> None:
        with self.lock:
            self.not_modified_count += 1
            st = store.crawl_state(url) if store is not None else None
            if st and str(st.get("content_hash") or "").startswith("offtopic:"):
                self.docs["offtopic"] += 1
            else:
                self.docs["unchanged"] += 1
                self.per_source[sid]["documents"] += 1

    def not_modified_page(self) -> None:
        """A 304 for a page that is not a stored document (listing, alias, duplicate)."""
        with self.lock:
            self.not_modified_count += 1

    def unchanged_by_hash(self, sid: str, url: str) -> None:
        with self.lock:
            self.docs["unchanged"] += 1
            self.per_source[sid]["documents"] += 1

    def offtopic(self, sid: str, url: str) -> None:
        with self.lock:
            self.docs["offtopic"] += 1
            self.per_source[sid]["offtopic"] += 1

    def stored(self, sid: str, status: str, url: str, title: str) -> None:
        with self.lock:
            self.docs[status] += 1
            self.per_source[sid]["documents"] += 1
            if status in ("new", "changed"):
                self.per_source[sid][status] += 1
        if status in ("new", "changed"):
            self.emit({"event": "document", "status": status, "url": url, "title": title, "source": sid})
        self._progress()

    def attachment(self, method: str) -> None:
        with self.lock:
            self.attachments[method] += 1

    def timed(self, stage: str, seconds: float) -> None:
        with self.lock:
            self.timing[stage] += seconds

    def challenge(self, sid: str | None) -> None:
        with self.lock:
            if sid:
                self.per_source[sid]["challenges"] += 1

    def count(self, what: str, sid: str | None = None) -> None:
        with self.lock:
            self.misc[what] += 1
            if sid:
                self.per_source[sid][what] += 1

    def error(self, kind: str, url: str, message: str, sid: str | None = None, entry: bool = False) -> None:
        with self.lock:
            self.errors[kind] += 1
            if sid:
                self.per_source[sid]["errors"] += 1
                if entry:
                    self.per_source[sid]["entry_errors"] += 1
            if len(self.error_samples) < 500:
                self.error_samples.append({"kind": kind, "url": url, "message": message, "source": sid})
        self.emit({"event": "error", "kind": kind, "url": url, "message": message, "source": sid, "entry": entry})

    def finish_sources(self) -> None:
        """A source none of whose pages answered is unreachable."""
        for sid, c in self.per_source.items():
            if c["pages"] == 0 and c["entry_errors"]:
                why = next((e["message"] for e in self.error_samples if e["source"] == sid), "no answer")
                self.unreachable[sid] = why
                self.emit({"event": "unreachable", "source": sid, "message": why})
        self._progress(force=True)
