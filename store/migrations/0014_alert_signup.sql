-- Self-service e-mail sign-up: a pending subscription (active=0) waits for its confirmation
-- token (stored hashed, expires); every e-mail subscription has an unsubscribe token, kept in
-- clear because every alert e-mail carries it (it can only remove that one subscription).

ALTER TABLE alert_subscriptions ADD COLUMN confirm_token_hash TEXT;
ALTER TABLE alert_subscriptions ADD COLUMN pending_until TEXT;
ALTER TABLE alert_subscriptions ADD COLUMN unsubscribe_token TEXT;
CREATE UNIQUE INDEX alert_subscriptions_confirm ON alert_subscriptions(confirm_token_hash);
CREATE UNIQUE INDEX alert_subscriptions_unsubscribe ON alert_subscriptions(unsubscribe_token);

-- Queue times in milliseconds: a subscription sees documents queued after it was made, and a
-- second is too coarse to say which came first.
DROP TRIGGER alert_queue_on_insert;
DROP TRIGGER alert_queue_on_change;
CREATE TRIGGER alert_queue_on_insert AFTER INSERT ON documents
BEGIN
    INSERT OR REPLACE INTO alert_queue(document_id, version, queued_at)
    VALUES (new.id, new.version, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;

CREATE TRIGGER alert_queue_on_change AFTER UPDATE OF version ON documents
WHEN new.version <> old.version
BEGIN
    INSERT OR REPLACE INTO alert_queue(document_id, version, queued_at)
    VALUES (new.id, new.version, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
