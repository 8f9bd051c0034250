"""Redis key names of one distributed crawl job (every worker of the job derives the same ones)."""
from __future__ import annotations

import re
from dataclasses import dataclass

JOB_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


@dataclass(frozen=True)
class JobKeys:
    job: str

    def __post_init__(self):
        if not JOB_NAME.match(self.job):
            raise ValueError(f"job name {self.job!r}: use 1-64 letters, digits, '.', '_' or '-'")

    def _k(self, what: str) -> str:
        return f"parwatch:{self.job}:{what}"

    @property
    def requests(self) -> str:        # scrapy-redis priority queue of pending requests
        return self._k("requests")

    @property
    def dupefilter(self) -> str:      # scrapy-redis set of request fingerprints
        return self._k("dupefilter")

    @property
    def pages(self) -> str:           # stream: fetched article pages (+ attachment bytes) to process
        return self._k("pages")

    @property
    def docs(self) -> str:            # stream: built documents for the store writer
        return self._k("docs")

    def lease(self, domain: str) -> str:   # sorted set: download leases held on one domain
        return self._k(f"lease:{domain}")
