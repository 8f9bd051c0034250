-- The crawl frontier (owned by crawler/frontier.py): every page request of a crawl cycle, so a
-- killed crawl resumes where it stopped, and URLs that kept failing are tried first next time.
-- page_links: a page's out-links, followed again when the page answers 304 Not Modified.
-- documents.relevance / relevance_reasons: crawler.relevance's score and why (JSON list).
CREATE TABLE crawl_frontier (
    key         TEXT PRIMARY KEY,            -- request fingerprint (method, URL, body)
    source_id   TEXT NOT NULL,
    url         TEXT NOT NULL,
    method      TEXT NOT NULL DEFAULT 'GET',
    body        BLOB,
    kind        TEXT NOT NULL,
    meta        TEXT NOT NULL DEFAULT '{}',
    state       TEXT NOT NULL DEFAULT 'pending',   -- pending | done | failed
    attempts    INTEGER NOT NULL DEFAULT 0,
    error       TEXT,
    updated_at  TEXT NOT NULL
);
CREATE INDEX crawl_frontier_state ON crawl_frontier(source_id, state);

CREATE TABLE page_links (
    url       TEXT PRIMARY KEY,
    links     TEXT NOT NULL,                 -- JSON [[url, text, kind, pager], ...]
    saved_at  TEXT NOT NULL
);

ALTER TABLE documents ADD COLUMN relevance REAL;
ALTER TABLE documents ADD COLUMN relevance_reasons TEXT;
CREATE INDEX crawl_state_hash ON crawl_state(content_hash);
