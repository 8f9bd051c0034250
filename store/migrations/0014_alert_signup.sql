-- Self-service e-mail sign-up: a pending subscription (active=0) waits for its confirmation
-- token (stored hashed, expires); every e-mail subscription has an unsubscribe token, kept in
-- clear because every alert e-mail carries it (it can only remove that one subscription).

ALTER TABLE alert_subscriptions ADD COLUMN confirm_token_hash TEXT;
ALTER TABLE alert_subscriptions ADD COLUMN pending_until TEXT;
ALTER TABLE alert_subscriptions ADD COLUMN unsubscribe_token TEXT;
CREATE UNIQUE INDEX alert_subscriptions_confirm ON alert_subscriptions(confirm_token_hash);
CREATE UNIQUE INDEX alert_subscriptions_unsubscribe ON alert_subscriptions(unsubscribe_token);
