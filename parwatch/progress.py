"""Live progress of a crawl on the terminal (used by `parwatch crawl`, `run` and `demo`)."""
from __future__ import annotations

from parwatch.cli_common import err
from parwatch.term import quoted


class CrawlProgress:
    """Live counts while the crawl runs; errors and unreachable portals as lines of their own."""

    def __init__(self):
        self.docs: dict[str, int] = {}
        self.status = err.status("starting the crawler ...")

    def __enter__(self):
        self.status.start()
        return self

    def __exit__(self, *exc):
        self.status.stop()
        return False

    def __call__(self, ev: dict) -> None:
        kind = ev.get("event")
        if kind == "progress":
            docs = ", ".join(f"{n} {k}" for k, n in sorted(self.docs.items())) or "no documents yet"
            self.status.update(f"{ev.get('pages', 0)} pages, {ev.get('files', 0)} files fetched; {docs}")
        elif kind == "document":
            self.docs[ev["status"]] = self.docs.get(ev["status"], 0) + 1
        elif kind == "unreachable":
            pass  # said once, in the summary: "<source>: portal unreachable: <why>"
        elif kind == "error" and ev.get("entry"):
            pass  # the portal's front door: its failure is that one unreachable line (or a counted error)
        elif kind == "error":
            err.print(f"[dim]{quoted(ev.get('kind'))}: {quoted(ev.get('url'))} {quoted(ev.get('message', ''))}[/dim]", highlight=False)
