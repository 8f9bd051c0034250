-- Core records: sources, documents (with versions), attachments, crawl state, the FTS5 index.
CREATE TABLE sources (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    province    TEXT,
    base_url    TEXT NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'province',
    data        TEXT NOT NULL DEFAULT '{}',
    updated_at  TEXT NOT NULL
);

CREATE TABLE documents (
    id              INTEGER PRIMARY KEY,
    url             TEXT NOT NULL,
    canonical_url   TEXT NOT NULL UNIQUE,
    source_id       TEXT,
    title           TEXT NOT NULL,
    text            TEXT NOT NULL,
    published_date  TEXT,
    fetched_at      TEXT NOT NULL,
    first_seen_at   TEXT NOT NULL,
    etag            TEXT,
    last_modified   TEXT,
    content_hash    TEXT NOT NULL,
    language        TEXT,
    raw_path        TEXT,
    raw_sha256      TEXT,
    version         INTEGER NOT NULL DEFAULT 1,
    doc_number      TEXT,
    doc_type        TEXT,
    issuer          TEXT,
    issue_date      TEXT,
    province        TEXT,
    date            TEXT,            -- issue date of the primary document, else posting date
    province_key    TEXT,            -- folded, lower case: filters ignore diacritics and case
    type_key        TEXT,
    issuer_key      TEXT,
    facts           TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX documents_date ON documents(date);
CREATE INDEX documents_province ON documents(province_key);
CREATE INDEX documents_source ON documents(source_id);
CREATE INDEX documents_number ON documents(doc_number);

CREATE TABLE document_indices (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    name_key    TEXT NOT NULL,
    PRIMARY KEY (document_id, name)
);
CREATE INDEX document_indices_key ON document_indices(name_key);

-- Earlier versions of changed documents stay retrievable.
CREATE TABLE document_versions (
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    version      INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    title        TEXT NOT NULL,
    text         TEXT NOT NULL,
    facts        TEXT NOT NULL,
    fetched_at   TEXT NOT NULL,
    PRIMARY KEY (document_id, version)
);

CREATE TABLE attachments (
    id           INTEGER PRIMARY KEY,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    url          TEXT NOT NULL,
    media_type   TEXT,
    size         INTEGER,
    sha256       TEXT,
    text         TEXT NOT NULL DEFAULT '',
    text_method  TEXT,
    error        TEXT,
    UNIQUE (document_id, url)
);

-- Conditional-GET state per fetched URL (pages, listings, feeds, files).
CREATE TABLE crawl_state (
    url           TEXT PRIMARY KEY,
    source_id     TEXT,
    etag          TEXT,
    last_modified TEXT,
    content_hash  TEXT,
    status        INTEGER,
    fetched_at    TEXT NOT NULL
);

-- Documents whose search-index entry is behind the record (crash-safe hand-off to any backend).
CREATE TABLE index_queue (
    document_id INTEGER PRIMARY KEY,
    queued_at   TEXT NOT NULL
);

-- title/body keep diacritics (exact hits rank first); *_f hold the folded text (đ -> d).
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, body, title_f, body_f,
    tokenize = 'unicode61 remove_diacritics 0'
);
