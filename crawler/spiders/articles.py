"""An article page: kept as a document item unless old, off-topic, a variant or unchanged."""
from __future__ import annotations

import hashlib
from datetime import datetime, timezone

from crawler import analysis as A
from crawler import pages as P
from crawler.items import FetchedPage
from crawler.relevance import reform_terms
from crawler.sources import SourceConfig
from crawler.spiders.recording import _record_snapshot
from crawler.spiders.responses import _h
from store.sqlite import content_hash as page_hash


def _now() -> datetime:
    return datetime.now(timezone.utc)


class ArticleMixin:
    """An article read from a page: skipped and written down, or an item that waits for its files."""

    def handle_article(self, response, s: SourceConfig, art: A.ArticleText, links: list[P.Link]):
        raw_sha = hashlib.sha256(response.body).hexdigest()
        cutoff = self._cutoff[s.id]
        if cutoff and art.published_date and art.published_date < cutoff:
            self.tally.count("older_than_lookback", s.id)
            self._settle(response, s, "old:" + raw_sha)
            return
        files = [l for l in links if l.kind in ("file", "maybe_file") and self._in_domain(s, l.url)]
        files = list({l.url: l for l in files}.values())
        if not (reform_terms(art.title) or reform_terms(art.text) or P.doc_numbers(art.title + "\n" + art.text)
                or files):
            self.tally.offtopic(s.id, response.url)
            self._settle(response, s, "offtopic:" + raw_sha)
            return
        content_hash = page_hash(art.title, art.text, [(u, "") for u in sorted(l.url for l in files)])
        canonical = self._alias(response.url, content_hash)
        if canonical is not None and canonical != response.url:
            self.tally.count("article variant skipped (same content)", s.id)
            self._settle(response, s, "alias:" + canonical)
            return
        self.by_hash[content_hash] = response.url
        state = self.store.crawl_state(response.url) if self.store is not None else None
        if state and state.get("content_hash") == content_hash and self.store.document_id_for_url(response.url):
            self.tally.unchanged_by_hash(s.id, response.url)
            self._settle(response, s, content_hash, self.store.document_id_for_url(response.url))
            return
        item = FetchedPage(
            source_id=s.id, province=s.province, url=response.url, title=art.title, text=art.text,
            published_date=art.published_date, date_text=art.date_text, etag=_h(response, "ETag"),
            last_modified=_h(response, "Last-Modified"), raw_sha256=raw_sha, raw_path=response.meta.get("snapshot_path"),
            fetched_at=_now(), content_hash=content_hash, frontier_key=response.meta.get("fkey"),
            snapshot=response.meta.get("snapshot"))
        pending = [(l.url, l.kind) for l in files]
        yield from self._next_file(item, pending, response.meta)

    def _settle(self, response, s: SourceConfig, state: str, document_id: int | None = None) -> None:
        """A page kept as no new document: its state and capture written down; done once its links are
        written down (parse_page)."""
        self._state(response, s, state)
        _record_snapshot(self.store, response, document_id, self.frontier)
        response.meta["settled"] = True

    def _alias(self, url: str, content_hash: str) -> str | None:
        """The URL this content is already stored under (another variant of the same article)."""
        if content_hash in self.by_hash:
            return self.by_hash[content_hash]
        if self.store is None:
            return None
        st = self.store.crawl_state(url)
        if st and str(st.get("content_hash") or "").startswith("alias:"):
            return st["content_hash"][6:]
        r = self.store.conn.execute("SELECT url FROM crawl_state WHERE content_hash=? AND url != ? LIMIT 1",
                                    (content_hash, url)).fetchone()
        return r[0] if r else None
