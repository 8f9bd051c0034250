"""Subscriptions: create, list, change, remove. Every change goes to the audit log."""
from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
from datetime import datetime, timezone

from alerts.config import AlertConfig
from alerts.criteria import catalog
from alerts.models import (Filters, InvalidSubscription, NotFound, Subscription, SubscriptionCreated,
                           SubscriptionIn, SubscriptionPatch)
from alerts.ssrf import UnsafeURL, check_url
from store.auth_records import Principal, audit
from store.sqlite import Store


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def feed_url(cfg: AlertConfig, token: str) -> str:
    return f"{cfg.public_base_url.rstrip('/')}/feeds/{token}.atom"


def new_unsubscribe_token() -> str:
    return secrets.token_urlsafe(24)


def unsubscribe_token(store: Store, sub_id: int) -> str:
    """The subscription's unsubscribe token; made on first use for subscriptions older than the sign-up."""
    r = store.conn.execute("SELECT unsubscribe_token FROM alert_subscriptions WHERE id=?", (sub_id,)).fetchone()
    if r is None:
        raise NotFound(f"no subscription {sub_id}")
    if r[0]:
        return r[0]
    token = new_unsubscribe_token()
    store.conn.execute("UPDATE alert_subscriptions SET unsubscribe_token=? WHERE id=? AND unsubscribe_token IS NULL",
                       (token, sub_id))
    return store.conn.execute("SELECT unsubscribe_token FROM alert_subscriptions WHERE id=?", (sub_id,)).fetchone()[0]


def _row(r: sqlite3.Row) -> Subscription:
    return Subscription(id=r["id"], name=r["name"], owner=r["owner"], query=r["query"],
                        filters=Filters(**json.loads(r["filters"])), channel=r["channel"], target=r["target"],
                        on_changes=bool(r["on_changes"]), digest=bool(r["digest"]), active=bool(r["active"]),
                        pending=r["confirm_token_hash"] is not None,
                        created_at=r["created_at"], updated_at=r["updated_at"])


def _validate(cfg: AlertConfig, filters: Filters, webhook_url: str | None) -> None:
    if filters.criteria:
        known = catalog(cfg.criteria_dir)
        if not known:
            raise InvalidSubscription(f"criteria filters need the criteria catalog, none found in {cfg.criteria_dir} "
                                      "(set PARWATCH_ALERTS_CRITERIA_DIR)")
        unknown = [c for c in filters.criteria if c not in known]
        if unknown:
            raise InvalidSubscription(f"unknown criterion {', '.join(unknown)}: use ids of the catalog, e.g. "
                                      f"{', '.join(list(known)[:5])}")
    if webhook_url:
        try:
            # Syntax and literal addresses now; the full check (DNS, redirects) at every delivery.
            check_url(webhook_url, cfg.allowed_networks(), resolve=False)
        except UnsafeURL as e:
            raise InvalidSubscription(str(e)) from None


def _owner_clause(principal: Principal | None) -> tuple[str, list]:
    """Admins and editors see every subscription; others only their own."""
    if principal is None or principal.may("editor"):
        return "", []
    return " AND owner=?", [principal.name]


def create(store: Store, data: SubscriptionIn, cfg: AlertConfig, *, actor: str,
           confirm: tuple[str, str] | None = None) -> SubscriptionCreated:
    """confirm: (token, until) makes a pending subscription (inactive until confirmed, see alerts.signup)."""
    _validate(cfg, data.filters, data.webhook_url)
    secret = token = None
    if data.channel == "webhook":
        secret = data.secret or "whsec_" + secrets.token_urlsafe(32)
    if data.channel == "atom":
        token = secrets.token_urlsafe(24)
    target = data.webhook_url if data.channel == "webhook" else data.email
    now = now_iso()
    with store.transaction() as c:
        sub_id = c.execute(
            "INSERT INTO alert_subscriptions(name, owner, query, filters, channel, target, secret, feed_token_hash, "
            "on_changes, digest, active, created_at, updated_at, confirm_token_hash, pending_until, unsubscribe_token, "
            "since_seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,(SELECT n FROM alert_seq))",
            (data.name.strip(), actor, data.query, data.filters.model_dump_json(), data.channel, target, secret,
             token_hash(token) if token else None, int(data.on_changes), int(data.digest), int(confirm is None),
             now, now, token_hash(confirm[0]) if confirm else None, confirm[1] if confirm else None,
             new_unsubscribe_token() if data.channel == "email" else None),
        ).lastrowid
    sub = get(store, sub_id)
    audit(store, actor=actor, action="alert_subscription.create", target=f"subscription:{sub_id}",
          detail=_public(sub))
    return SubscriptionCreated(**sub.model_dump(), secret=secret, feed_url=feed_url(cfg, token) if token else None)


def _public(sub: Subscription) -> dict:
    return sub.model_dump(exclude={"created_at", "updated_at"})


def get(store: Store, sub_id: int, principal: Principal | None = None) -> Subscription:
    clause, params = _owner_clause(principal)
    r = store.conn.execute(f"SELECT * FROM alert_subscriptions WHERE id=?{clause}", [sub_id, *params]).fetchone()
    if r is None:
        raise NotFound(f"no subscription {sub_id}")
    return _row(r)


def secret_of(store: Store, sub_id: int) -> str | None:
    r = store.conn.execute("SELECT secret FROM alert_subscriptions WHERE id=?", (sub_id,)).fetchone()
    return r["secret"] if r else None


def list_all(store: Store, principal: Principal | None = None, *, active_only: bool = False) -> list[Subscription]:
    clause, params = _owner_clause(principal)
    if active_only:
        clause += " AND active=1 AND confirm_token_hash IS NULL"
    rows = store.conn.execute(f"SELECT * FROM alert_subscriptions WHERE 1=1{clause} ORDER BY id", params)
    return [_row(r) for r in rows]


def by_feed_token(store: Store, token: str) -> Subscription | None:
    r = store.conn.execute("SELECT * FROM alert_subscriptions WHERE feed_token_hash=? AND channel='atom'",
                           (token_hash(token),)).fetchone()
    return _row(r) if r else None


def update(store: Store, sub_id: int, patch: SubscriptionPatch, cfg: AlertConfig, *, actor: str,
           principal: Principal | None = None) -> SubscriptionCreated:
    sub = get(store, sub_id, principal)
    changes: dict = {}
    for name in ("name", "query", "on_changes", "digest", "active"):
        v = getattr(patch, name)
        if v is not None:
            changes[name] = v.strip() if name == "name" else v
    if patch.filters is not None:
        changes["filters"] = patch.filters
    if patch.webhook_url is not None:
        if sub.channel != "webhook":
            raise InvalidSubscription(f"subscription {sub_id} is a {sub.channel} subscription; webhook_url does not apply")
        changes["target"] = patch.webhook_url
    if patch.email is not None:
        if sub.channel != "email":
            raise InvalidSubscription(f"subscription {sub_id} is a {sub.channel} subscription; email does not apply")
        changes["target"] = patch.email
    if changes.get("digest") and sub.channel == "atom":
        raise InvalidSubscription("digest applies to webhook and e-mail, not to a feed")
    if "name" in changes and not changes["name"]:
        raise InvalidSubscription("name must not be blank")
    _validate(cfg, changes.get("filters", Filters()), changes.get("target") if sub.channel == "webhook" else None)
    secret = token = None
    sets, params = [], []
    for k, v in changes.items():
        sets.append(f"{k}=?")
        params.append(v.model_dump_json() if isinstance(v, Filters) else int(v) if isinstance(v, bool) else v)
    if patch.rotate_secret:
        if sub.channel == "webhook":
            secret = "whsec_" + secrets.token_urlsafe(32)
            sets.append("secret=?"); params.append(secret)
        elif sub.channel == "atom":
            token = secrets.token_urlsafe(24)
            sets.append("feed_token_hash=?"); params.append(token_hash(token))
        else:
            raise InvalidSubscription("an e-mail subscription has no secret to rotate")
    if sets:
        sets.append("updated_at=?"); params.append(now_iso())
        store.conn.execute(f"UPDATE alert_subscriptions SET {', '.join(sets)} WHERE id=?", [*params, sub_id])
        detail = {k: (v.model_dump() if isinstance(v, Filters) else v) for k, v in changes.items()}
        if patch.rotate_secret:
            detail["rotated"] = "secret" if secret else "feed token"
        audit(store, actor=actor, action="alert_subscription.update", target=f"subscription:{sub_id}", detail=detail)
    new = get(store, sub_id)
    return SubscriptionCreated(**new.model_dump(), secret=secret, feed_url=feed_url(cfg, token) if token else None)


def remove(store: Store, sub_id: int, *, actor: str, principal: Principal | None = None) -> Subscription:
    sub = get(store, sub_id, principal)
    with store.transaction() as c:
        c.execute("DELETE FROM alert_deliveries WHERE subscription_id=?", (sub_id,))
        c.execute("DELETE FROM alert_subscriptions WHERE id=?", (sub_id,))
    audit(store, actor=actor, action="alert_subscription.delete", target=f"subscription:{sub_id}",
          detail=_public(sub))
    return sub
