"""Live progress of a crawl on the terminal (used by `parwatch crawl`, `run` and `demo`)."""
from __future__ import annotations

from parwatch.cli_common import err
from parwatch.lang import LANG, tr
from parwatch.term import quoted


# A stored document's status (crawler events) as the Vietnamese summary says it.
_STATUS = {"new": "mới", "changed": "đã sửa đổi", "unchanged": "không thay đổi", "offtopic": "ngoài chủ đề"}


class CrawlProgress:
    """Live counts while the crawl runs. Unreachable portals are said once, after the crawl (one
    line each); single failed requests only with verbose (the summary counts them)."""

    def __init__(self, verbose: bool = False):
        self.verbose = verbose
        self.docs: dict[str, int] = {}
        self.status = err.status(tr("đang khởi động bộ thu thập ...", "starting the crawler ..."))

    def __enter__(self):
        self.status.start()
        return self

    def __exit__(self, *exc):
        self.status.stop()
        return False

    def __call__(self, ev: dict) -> None:
        kind = ev.get("event")
        if kind == "progress":
            docs = ", ".join(f"{n} {_STATUS.get(k, k) if LANG == 'vi' else k}" for k, n in sorted(self.docs.items())) \
                or tr("chưa có", "no documents yet")
            pages, files = ev.get("pages", 0), ev.get("files", 0)
            self.status.update(tr(f"đã tải {pages} trang, {files} tài liệu đính kèm; văn bản: {docs}",
                                  f"{pages} pages, {files} files fetched; {docs}"))
        elif kind == "document":
            self.docs[ev["status"]] = self.docs.get(ev["status"], 0) + 1
        elif kind == "error" and self.verbose:
            err.print(f"[dim]{quoted(ev.get('kind'))}: {quoted(ev.get('url'))} {quoted(ev.get('message', ''))}[/dim]", highlight=False)
