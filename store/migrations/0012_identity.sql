-- Document identity: one record per (number, issuer, year) - doc_key, from extractors.refs.document_key -
-- with every URL and portal it was seen at; MinHash signatures and LSH bands for near-duplicate texts.
ALTER TABLE documents ADD COLUMN doc_key TEXT;
CREATE INDEX documents_doc_key ON documents(doc_key);

CREATE TABLE document_sightings (
    document_id   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    url           TEXT NOT NULL UNIQUE,
    source_id     TEXT,
    first_seen_at TEXT NOT NULL,
    last_seen_at  TEXT NOT NULL,
    content_hash  TEXT,
    PRIMARY KEY (document_id, url)
);
INSERT OR IGNORE INTO document_sightings
    SELECT id, canonical_url, source_id, first_seen_at, fetched_at, content_hash FROM documents;

CREATE TABLE document_minhash (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    signature   BLOB NOT NULL            -- datasketch MinHash hash values, uint64
);
CREATE TABLE document_lsh (
    band        INTEGER NOT NULL,
    hash        TEXT NOT NULL,           -- digest of the band's rows
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (band, hash, document_id)
);
CREATE INDEX document_lsh_document ON document_lsh(document_id);
