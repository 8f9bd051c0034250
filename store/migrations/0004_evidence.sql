-- Evidence: cached criterion mappings per document and catalog, and appraisers' reviews.
CREATE TABLE evidence_mappings (
    document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    catalog_id   TEXT NOT NULL,
    content_hash TEXT NOT NULL,      -- the document content the mappings were computed from
    mapper       TEXT NOT NULL,      -- mapper version + catalog digest: a new catalog recomputes
    mappings     TEXT NOT NULL,      -- JSON list of extractors.criteria.Mapping dicts
    computed_at  TEXT NOT NULL,
    PRIMARY KEY (document_id, catalog_id)
);

CREATE TABLE evidence_reviews (
    id            INTEGER PRIMARY KEY,
    criterion_id  TEXT NOT NULL,
    document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    year          INTEGER NOT NULL,
    province      TEXT,
    province_key  TEXT,
    decision      TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
    reason        TEXT NOT NULL,
    actor         TEXT NOT NULL,
    at            TEXT NOT NULL
);
CREATE INDEX evidence_reviews_key ON evidence_reviews(criterion_id, year, document_id);
