-- Crawl records (owned by crawler/): evidence snapshots of every fetched page and file,
-- crawl runs, and per-source health for each run.
CREATE TABLE snapshots (
    id          INTEGER PRIMARY KEY,
    url         TEXT NOT NULL,
    source_id   TEXT,
    kind        TEXT NOT NULL,            -- listing | article | file | feed | sitemap | other
    status      INTEGER NOT NULL,
    sha256      TEXT NOT NULL,            -- of the bytes as fetched (before any decoding)
    size        INTEGER NOT NULL,
    path        TEXT NOT NULL,            -- gzip file under settings.snapshot_root(), relative
    headers     TEXT NOT NULL DEFAULT '{}',  -- response headers, JSON
    fetched_at  TEXT NOT NULL,
    run_id      INTEGER
);
CREATE INDEX snapshots_url ON snapshots(url, fetched_at);
CREATE INDEX snapshots_sha ON snapshots(sha256);

CREATE TABLE crawl_runs (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    status      TEXT NOT NULL DEFAULT 'running',   -- running | finished | interrupted
    summary     TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE source_runs (
    run_id       INTEGER NOT NULL REFERENCES crawl_runs(id) ON DELETE CASCADE,
    source_id    TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    finished_at  TEXT,
    pages        INTEGER NOT NULL DEFAULT 0,
    documents    INTEGER NOT NULL DEFAULT 0,      -- on-topic documents seen (new + changed + unchanged)
    new          INTEGER NOT NULL DEFAULT 0,
    changed      INTEGER NOT NULL DEFAULT 0,
    errors       INTEGER NOT NULL DEFAULT 0,
    http_403     INTEGER NOT NULL DEFAULT 0,
    http_503     INTEGER NOT NULL DEFAULT 0,
    challenges   INTEGER NOT NULL DEFAULT 0,      -- bot-wall / challenge pages seen
    unreachable  TEXT,                            -- why, when the portal could not be reached at all
    PRIMARY KEY (run_id, source_id)
);
CREATE INDEX source_runs_source ON source_runs(source_id, started_at);
