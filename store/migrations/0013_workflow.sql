-- Appraisal workflow in the pages: browser sessions (a cookie standing for an API key), sign-offs
-- of a province-year (the matrix frozen as it was), evidence added by hand.
CREATE TABLE page_sessions (
    token_hash  TEXT PRIMARY KEY,        -- SHA-256 of the cookie value; the value itself is not kept
    key_hash    TEXT NOT NULL,           -- the API key it stands for (revoking the key ends it)
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);

CREATE TABLE evidence_signoffs (
    province_key TEXT NOT NULL,
    year         INTEGER NOT NULL,
    province     TEXT NOT NULL,
    actor        TEXT NOT NULL,
    at           TEXT NOT NULL,
    comment      TEXT NOT NULL,
    matrix       TEXT NOT NULL,          -- the matrix as signed (JSON): shown from then on
    PRIMARY KEY (province_key, year)
);

CREATE TABLE evidence_additions (
    id           INTEGER PRIMARY KEY,
    province     TEXT NOT NULL,
    province_key TEXT NOT NULL,
    year         INTEGER NOT NULL,
    criterion_id TEXT NOT NULL,
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    how          TEXT NOT NULL CHECK (how IN ('url', 'upload')),
    comment      TEXT NOT NULL,
    actor        TEXT NOT NULL,
    at           TEXT NOT NULL
);
CREATE INDEX evidence_additions_key ON evidence_additions(province_key, year, criterion_id);
