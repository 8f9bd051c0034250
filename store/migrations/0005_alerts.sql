-- Alerts: subscriptions, the durable queue of documents still to match, the outbox of
-- deliveries (one per idempotency key) and the log of every delivery attempt.

CREATE TABLE alert_subscriptions (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    owner           TEXT NOT NULL,              -- API key name (or "cli") that created it
    query           TEXT NOT NULL DEFAULT '',   -- the saved query, same language as /search
    filters         TEXT NOT NULL DEFAULT '{}', -- {"provinces": [...], "types": [...], "issuers": [...], "indices": [...], "criteria": [...]}
    channel         TEXT NOT NULL,              -- webhook | email | atom
    target          TEXT,                       -- webhook URL or e-mail address; NULL for atom
    secret          TEXT,                       -- webhook signing secret (needed in clear to sign)
    feed_token_hash TEXT UNIQUE,                -- atom: sha256 of the private feed token
    on_changes      INTEGER NOT NULL DEFAULT 0, -- alert again when a matched document changes
    digest          INTEGER NOT NULL DEFAULT 0, -- one daily message instead of one per document
    active          INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

-- Documents stored or changed but not yet matched against the subscriptions. Filled by
-- triggers in the same transaction as the document write, so a crash between ingest and
-- matching loses nothing.
CREATE TABLE alert_queue (
    document_id INTEGER PRIMARY KEY,
    version     INTEGER NOT NULL,
    queued_at   TEXT NOT NULL
);

CREATE TRIGGER alert_queue_on_insert AFTER INSERT ON documents
BEGIN
    INSERT OR REPLACE INTO alert_queue(document_id, version, queued_at)
    VALUES (new.id, new.version, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;

CREATE TRIGGER alert_queue_on_change AFTER UPDATE OF version ON documents
WHEN new.version <> old.version
BEGIN
    INSERT OR REPLACE INTO alert_queue(document_id, version, queued_at)
    VALUES (new.id, new.version, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
END;

-- The outbox: one row per (subscription, document[, version]); the unique idempotency key
-- is what makes "alerts once, however often it is recrawled" hold.
CREATE TABLE alert_deliveries (
    id               INTEGER PRIMARY KEY,
    subscription_id  INTEGER NOT NULL REFERENCES alert_subscriptions(id) ON DELETE CASCADE,
    document_id      INTEGER NOT NULL,
    doc_version      INTEGER NOT NULL,
    change           TEXT NOT NULL,             -- new | changed
    idem_key         TEXT NOT NULL UNIQUE,
    channel          TEXT NOT NULL,
    status           TEXT NOT NULL,             -- pending | sending | delivered | dead
    reason           TEXT NOT NULL DEFAULT '{}',-- why it matched: terms, filters, criteria
    document         TEXT NOT NULL DEFAULT '{}',-- snapshot: number, date, issuer, title, url ...
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT NOT NULL,
    lease_until      TEXT,
    last_error       TEXT,
    created_at       TEXT NOT NULL,
    delivered_at     TEXT
);
CREATE INDEX alert_deliveries_due ON alert_deliveries(status, next_attempt_at);
CREATE INDEX alert_deliveries_sub ON alert_deliveries(subscription_id, id);

CREATE TABLE alert_attempts (
    id           INTEGER PRIMARY KEY,
    delivery_id  INTEGER NOT NULL REFERENCES alert_deliveries(id) ON DELETE CASCADE,
    at           TEXT NOT NULL,
    ok           INTEGER NOT NULL,
    status_code  INTEGER,
    error        TEXT,
    duration_ms  REAL
);
CREATE INDEX alert_attempts_delivery ON alert_attempts(delivery_id);
