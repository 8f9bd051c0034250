"""What the crawl writes down about a page that is not a stored document: its capture and its
crawl_state (validators for the next run)."""
from __future__ import annotations

from crawler.sources import SourceConfig
from crawler.spiders.responses import _h


class RecordingMixin:
    """Captures and crawl_state rows of the pages the crawl reads."""

    def _keep(self, body: bytes) -> tuple[str, str]:
        from pathlib import Path

        from store.captures import keep_bytes
        return keep_bytes(Path(self.snapshot_root), body)

    def _capture(self, response, fetched_at: str, kept: tuple[str, str]) -> None:
        from crawler.capture import record_capture
        record_capture(self, response.request, response, *kept, fetched_at=fetched_at)

    def _state(self, response, s: SourceConfig, content_hash: str) -> None:
        """crawl_state of a page that is not a stored document (its validators serve the next run)."""
        if self.frontier is not None:
            self.frontier.save_state(response.url, s.id, response.status, _h(response, "ETag"),
                                     _h(response, "Last-Modified"), content_hash)


def _record_snapshot(store, response, document_id: int | None = None, frontier=None) -> None:
    """A capture that produces no document item (off-topic, unchanged): see crawler.capture.save_record."""
    row = response.meta.get("snapshot")
    if row:
        from crawler.capture import save_record
        save_record(store, frontier, row, document_id)
