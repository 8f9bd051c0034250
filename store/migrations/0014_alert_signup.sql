-- Self-service e-mail sign-up: a pending subscription (active=0) waits for its confirmation
-- token (stored hashed, expires); every e-mail subscription has an unsubscribe token, kept in
-- clear because every alert e-mail carries it (it can only remove that one subscription).

ALTER TABLE alert_subscriptions ADD COLUMN confirm_token_hash TEXT;
ALTER TABLE alert_subscriptions ADD COLUMN pending_until TEXT;
ALTER TABLE alert_subscriptions ADD COLUMN unsubscribe_token TEXT;
CREATE UNIQUE INDEX alert_subscriptions_confirm ON alert_subscriptions(confirm_token_hash);
CREATE UNIQUE INDEX alert_subscriptions_unsubscribe ON alert_subscriptions(unsubscribe_token);

-- Which queued documents a subscription sees: every queue entry takes the next number of a
-- counter, and a subscription remembers the counter when it was made (or confirmed); it sees
-- entries numbered after that. A counter, not clock times: two events in one millisecond
-- still come in order. Old subscriptions (since_seq 0) see everything, as before.
CREATE TABLE alert_seq (n INTEGER NOT NULL);
INSERT INTO alert_seq VALUES (0);
ALTER TABLE alert_queue ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE alert_subscriptions ADD COLUMN since_seq INTEGER NOT NULL DEFAULT 0;

DROP TRIGGER alert_queue_on_insert;
DROP TRIGGER alert_queue_on_change;
CREATE TRIGGER alert_queue_on_insert AFTER INSERT ON documents
BEGIN
    UPDATE alert_seq SET n = n + 1;
    INSERT OR REPLACE INTO alert_queue(document_id, version, queued_at, seq)
    VALUES (new.id, new.version, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT n FROM alert_seq));
END;

CREATE TRIGGER alert_queue_on_change AFTER UPDATE OF version ON documents
WHEN new.version <> old.version
BEGIN
    UPDATE alert_seq SET n = n + 1;
    INSERT OR REPLACE INTO alert_queue(document_id, version, queued_at, seq)
    VALUES (new.id, new.version, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), (SELECT n FROM alert_seq));
END;
