"""The durable outbox: claim due deliveries under a lease, send, record the attempt.

At-least-once: a delivery is marked delivered only after the receiver accepted it; a sender
that dies mid-way leaves its claim to expire (lease) and the next run sends it again with the
same idempotency key (header X-Parwatch-Delivery / e-mail X-Parwatch-Delivery and Message-ID
stem), so receivers can drop the rare repeat. Failures are retried with exponential back-off,
then dead-lettered; dead deliveries stay visible and can be requeued."""
from __future__ import annotations

import hashlib
import json
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from alerts import subscriptions as subs_db
from alerts.config import AlertConfig, alert_config
from alerts.mail import MailSender, compose
from alerts.models import Attempt, Delivery, DeliveryDetail, NotFound, Subscription
from alerts.schedule import backoff, ts
from alerts.signup import unsubscribe_url
from alerts.ssrf import Resolver
from alerts.webhook import SendResult, WebhookSender
from store.auth_records import audit
from store.sqlite import Store


@dataclass
class Unit:
    """What one message carries: one delivery, or every due delivery of a digest subscription."""
    subscription: Subscription
    rows: list[dict]

    @property
    def key(self) -> str:
        if len(self.rows) == 1 and not self.subscription.digest:
            return self.rows[0]["idem_key"]
        h = hashlib.sha256("\n".join(sorted(r["idem_key"] for r in self.rows)).encode()).hexdigest()[:20]
        return f"digest-s{self.subscription.id}-{h}"


@dataclass
class DeliveryReport:
    delivered: int = 0
    failed: int = 0          # will be retried
    dead: int = 0
    messages: int = 0
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"delivered": self.delivered, "failed": self.failed, "dead": self.dead,
                "messages": self.messages, "errors": self.errors[:20]}


def _now() -> datetime:
    return datetime.now(timezone.utc)


def claim(store: Store, cfg: AlertConfig, now: datetime) -> Unit | None:
    """Take the next due delivery (and, for a digest, every due one of its subscription)."""
    n, lease = ts(now), ts(now + timedelta(seconds=cfg.lease_seconds))
    with store.transaction() as c:
        r = c.execute(
            "SELECT d.* FROM alert_deliveries d JOIN alert_subscriptions s ON s.id = d.subscription_id "
            "WHERE s.active=1 AND d.next_attempt_at <= ? AND "
            "(d.status='pending' OR (d.status='sending' AND d.lease_until <= ?)) ORDER BY d.next_attempt_at, d.id LIMIT 1",
            (n, n)).fetchone()
        if r is None:
            return None
        sub_row = c.execute("SELECT * FROM alert_subscriptions WHERE id=?", (r["subscription_id"],)).fetchone()
        sub = subs_db._row(sub_row)
        if sub.digest:
            rows = c.execute(
                "SELECT * FROM alert_deliveries WHERE subscription_id=? AND next_attempt_at <= ? AND "
                "(status='pending' OR (status='sending' AND lease_until <= ?)) ORDER BY id LIMIT 500",
                (sub.id, n, n)).fetchall()
        else:
            rows = [r]
        c.executemany("UPDATE alert_deliveries SET status='sending', lease_until=?, attempts=attempts+1 WHERE id=?",
                      [(lease, x["id"]) for x in rows])
    rows = [{**dict(x), "attempts": x["attempts"] + 1} for x in rows]
    return Unit(sub, rows)


def _items(unit: Unit) -> list[dict]:
    out = []
    for r in unit.rows:
        doc = json.loads(r["document"])
        out.append({**doc, "idempotency_key": r["idem_key"], "change": r["change"],
                    "reason": json.loads(r["reason"])})
    return out


def payload(unit: Unit, event: str) -> dict:
    s = unit.subscription
    return {"event": event, "idempotency_key": unit.key, "sent_at": ts(_now()),
            "subscription": {"id": s.id, "name": s.name, "query": s.query, "filters": s.filters.model_dump()},
            "documents": _items(unit)}


class Deliverer:
    """Sends due deliveries. Senders are created once per run and closed at the end."""

    def __init__(self, store: Store, cfg: AlertConfig | None = None, *, resolver: Resolver | None = None):
        self.store = store
        self.cfg = cfg or alert_config()
        self.webhook = WebhookSender(self.cfg, resolver)
        self.mail = MailSender(self.cfg)

    def close(self) -> None:
        self.webhook.close()

    def send_unit(self, unit: Unit, event: str) -> SendResult:
        sub = unit.subscription
        if sub.channel == "webhook":
            secret = subs_db.secret_of(self.store, sub.id) or ""
            return self.webhook.send(sub.target or "", secret, payload(unit, event), key=unit.key, event=event)
        if sub.channel == "email":
            items = [(doc, doc["reason"]) for doc in _items(unit)]
            token = subs_db.unsubscribe_token(self.store, sub.id) if sub.id else None
            msg = compose(self.cfg, sub.target or "", sub.name, items, key=unit.key,
                          digest=sub.digest or len(items) > 1,
                          unsubscribe=unsubscribe_url(self.cfg, token) if token else None)
            return self.mail.send(msg)
        return SendResult(True)  # atom: the feed is the delivery

    def run(self, *, now: datetime | None = None, limit: int = 1000,
            stop: threading.Event | None = None) -> DeliveryReport:
        report = DeliveryReport()
        while report.messages < limit and not (stop and stop.is_set()):
            at = now or _now()
            unit = claim(self.store, self.cfg, at)
            if unit is None:
                break
            report.messages += 1
            t0 = time.perf_counter()
            event = "digest" if unit.subscription.digest else "alert"
            try:
                result = self.send_unit(unit, event)
            except Exception as e:  # a channel bug must not stop the other deliveries
                result = SendResult(False, error=f"{type(e).__name__}: {e}"[:500])
            self._record(unit, result, (time.perf_counter() - t0) * 1000, now or _now(), report)
        return report

    def _record(self, unit: Unit, result: SendResult, ms: float, now: datetime, report: DeliveryReport) -> None:
        n = ts(now)
        with self.store.transaction() as c:
            for r in unit.rows:
                c.execute("INSERT INTO alert_attempts(delivery_id, at, ok, status_code, error, duration_ms) "
                          "VALUES (?,?,?,?,?,?)", (r["id"], n, int(result.ok), result.status_code, result.error, ms))
                if result.ok:
                    c.execute("UPDATE alert_deliveries SET status='delivered', delivered_at=?, lease_until=NULL, "
                              "last_error=NULL WHERE id=?", (n, r["id"]))
                    report.delivered += 1
                elif result.permanent or r["attempts"] >= self.cfg.max_attempts:
                    c.execute("UPDATE alert_deliveries SET status='dead', lease_until=NULL, last_error=? WHERE id=?",
                              (result.error, r["id"]))
                    report.dead += 1
                else:
                    delay = backoff(r["attempts"], self.cfg.retry_base_seconds, self.cfg.retry_max_seconds)
                    c.execute("UPDATE alert_deliveries SET status='pending', lease_until=NULL, last_error=?, "
                              "next_attempt_at=? WHERE id=?", (result.error, ts(now + timedelta(seconds=delay)), r["id"]))
                    report.failed += 1
        if not result.ok and result.error:
            report.errors.append(f"subscription {unit.subscription.id}: {result.error}")


def deliver_due(store: Store, cfg: AlertConfig | None = None, *, now: datetime | None = None,
                limit: int = 1000, resolver: Resolver | None = None,
                stop: threading.Event | None = None) -> dict:
    """Send every due delivery (up to `limit` messages); returns counts and the first errors."""
    d = Deliverer(store, cfg, resolver=resolver)
    try:
        return d.run(now=now, limit=limit, stop=stop).as_dict()
    finally:
        d.close()


def send_test(store: Store, sub_id: int, cfg: AlertConfig | None = None, *, resolver: Resolver | None = None,
              principal=None) -> SendResult:
    """Send a sample alert now, outside the outbox, and say what happened."""
    sub = subs_db.get(store, sub_id, principal)
    cfg = cfg or alert_config()
    if sub.channel == "atom":
        return SendResult(True, error=None, response_excerpt="atom feeds are read by the subscriber; nothing to send")
    sample = {"id": 0, "idem_key": f"test-s{sub.id}-{int(time.time())}", "change": "new",
              "document": json.dumps({"id": 0, "url": f"{cfg.public_base_url.rstrip('/')}/", "title":
                                      "Thông báo thử từ parwatch", "number": "01/TB-TEST", "type": "Thông báo",
                                      "date": _now().date().isoformat(), "issuer": "parwatch", "province": None,
                                      "indices": [], "version": 1}, ensure_ascii=False),
              "reason": json.dumps({"query": sub.query, "terms": [], "filters": {}, "criteria": [], "test": True})}
    d = Deliverer(store, cfg, resolver=resolver)
    try:
        unit = Unit(sub.model_copy(update={"digest": False}), [sample])
        return d.send_unit(unit, "test")
    finally:
        d.close()


# -- reading and requeueing ----------------------------------------------------------------------
def _delivery(r) -> Delivery:
    d = dict(r)
    d["reason"] = json.loads(d["reason"])
    d["document"] = json.loads(d["document"])
    d.pop("lease_until", None)
    return Delivery(**d)


def list_deliveries(store: Store, *, status: str | None = None, subscription_id: int | None = None,
                    owner: str | None = None, limit: int = 100, offset: int = 0) -> list[Delivery]:
    sql = ("SELECT d.* FROM alert_deliveries d JOIN alert_subscriptions s ON s.id = d.subscription_id WHERE 1=1")
    params: list = []
    if status:
        sql += " AND d.status=?"; params.append(status)
    if subscription_id is not None:
        sql += " AND d.subscription_id=?"; params.append(subscription_id)
    if owner is not None:
        sql += " AND s.owner=?"; params.append(owner)
    sql += " ORDER BY d.id DESC LIMIT ? OFFSET ?"
    return [_delivery(r) for r in store.conn.execute(sql, [*params, limit, offset])]


def get_delivery(store: Store, delivery_id: int, owner: str | None = None) -> DeliveryDetail:
    sql, params = ("SELECT d.* FROM alert_deliveries d JOIN alert_subscriptions s ON s.id = d.subscription_id "
                   "WHERE d.id=?"), [delivery_id]
    if owner is not None:
        sql += " AND s.owner=?"; params.append(owner)
    r = store.conn.execute(sql, params).fetchone()
    if r is None:
        raise NotFound(f"no delivery {delivery_id}")
    attempts = [Attempt(at=a["at"], ok=bool(a["ok"]), status_code=a["status_code"], error=a["error"],
                        duration_ms=a["duration_ms"])
                for a in store.conn.execute("SELECT * FROM alert_attempts WHERE delivery_id=? ORDER BY id", (delivery_id,))]
    return DeliveryDetail(**_delivery(r).model_dump(), attempts_log=attempts)


def requeue(store: Store, delivery_id: int, *, actor: str, owner: str | None = None) -> Delivery:
    """A dead (or failing) delivery goes back to the queue, due now, with a fresh attempt count."""
    d = get_delivery(store, delivery_id, owner)
    if d.status == "delivered":
        from alerts.models import InvalidSubscription
        raise InvalidSubscription(f"delivery {delivery_id} was delivered already")
    store.conn.execute("UPDATE alert_deliveries SET status='pending', attempts=0, next_attempt_at=?, lease_until=NULL "
                       "WHERE id=?", (ts(_now()), delivery_id))
    audit(store, actor=actor, action="alert_delivery.requeue", target=f"delivery:{delivery_id}",
          detail={"subscription": d.subscription_id, "previous_status": d.status, "last_error": d.last_error})
    return _delivery(store.conn.execute("SELECT * FROM alert_deliveries WHERE id=?", (delivery_id,)).fetchone())


def counts(store: Store) -> dict:
    return {r[0]: r[1] for r in store.conn.execute("SELECT status, count(*) FROM alert_deliveries GROUP BY 1")}
