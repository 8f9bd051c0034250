"""Did we look? Whether a province-year's sources were crawled successfully, from the crawl's
source health records (source_runs), so that "nothing found" can be told apart from "nothing
collected": a verdict of *missing* needs the sources to have been read."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from store.sqlite import Store, key


@dataclass
class Coverage:
    state: str                      # crawled | partial | not_crawled
    sources: int                    # sources configured for the province (and its predecessors)
    crawled: int                    # of them, read successfully since the window opened
    documents: int                  # candidate documents found for the window
    failed: list[tuple[str, str]] = field(default_factory=list)   # (source id, why)

    @property
    def note(self) -> str:
        if self.sources == 0:
            return "no source of the province is configured and no document of it was collected"
        why = "; ".join(f"{s}: {w}" for s, w in self.failed[:3])
        return (f"{self.crawled} of {self.sources} sources crawled successfully for the window"
                + (f" ({why})" if why else ""))

    def to_dict(self) -> dict:
        return {"state": self.state, "sources": self.sources, "crawled": self.crawled,
                "documents": self.documents, "failed": [list(f) for f in self.failed], "note": self.note}


def _why(run: dict | None) -> str:
    if run is None:
        return "never crawled"
    if run.get("unreachable"):
        return f"unreachable ({run['unreachable']})"[:120]
    if run.get("challenges"):
        return "blocked by a bot wall"
    if run.get("http_403") or run.get("http_503"):
        return f"refused (HTTP 403 ×{run.get('http_403') or 0}, 503 ×{run.get('http_503') or 0})"
    return "no page read"


def _ok(run: dict) -> bool:
    return not run.get("unreachable") and (run.get("pages") or 0) > 0 and \
        (run.get("errors") or 0) < (run.get("pages") or 0)


def _documents(store: Store, keys: set[str], srcs: list[str], year: int) -> int:
    lo, hi = f"{year - 1}-07-01", f"{year + 1}-06-30"
    where = f"(province_key IN ({','.join('?' * len(keys))})" + \
        (f" OR source_id IN ({','.join('?' * len(srcs))})" if srcs else "") + ")"
    return store.conn.execute(
        f"SELECT count(*) FROM documents WHERE {where} AND ((date BETWEEN ? AND ?) OR "
        "(date IS NULL AND substr(first_seen_at,1,10) BETWEEN ? AND ?))",
        [*keys, *srcs, lo, hi, lo, hi]).fetchone()[0]


def coverage(store: Store, provinces: list[str], year: int) -> Coverage:
    """What the collection holds for the province-year, whatever `as_of` a verdict is asked for
    (as-of limits what was *published* by then, not what we read). A source counts as read when
    one of its runs since the window opened (1 July of the year before) read pages without being
    unreachable; documents of the province from any source count as something read."""
    keys = {key(p) for p in provinces}
    srcs = [s.id for s in store.list_sources() if s.province and key(s.province) in keys]
    lo = date(year - 1, 7, 1).isoformat()
    crawled, failed = 0, []
    for sid in srcs:
        runs = [dict(r) for r in store.conn.execute(
            "SELECT * FROM source_runs WHERE source_id=? AND started_at >= ? ORDER BY started_at DESC", (sid, lo))]
        if any(_ok(r) for r in runs):
            crawled += 1
        else:
            failed.append((sid, _why(runs[0] if runs else None)))
    documents = _documents(store, keys, srcs, year)
    if crawled and crawled == len(srcs):
        state = "crawled"
    elif crawled or documents:
        state = "partial"             # something was read: what is missing may still be missing
    else:
        state = "not_crawled"
    return Coverage(state, len(srcs), crawled, documents, failed)
