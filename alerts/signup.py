"""Subscribers serve themselves: sign up with an e-mail address (no API key), confirm with the
link of the confirmation e-mail, leave with the one-click link every alert e-mail carries; or
take a private Atom feed, which needs no confirmation (it sends nothing to anyone).

A sign-up is a pending e-mail subscription (inactive, matched against nothing) until its random
token comes back; the token is stored hashed and expires. An address may have only a few pending
sign-ups at once, so the form cannot be used to flood someone's mailbox (the HTTP layer also
rate-limits sign-ups per client address)."""
from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from alerts import subscriptions as subs_db
from alerts.config import AlertConfig
from alerts.models import AlertError, Filters, NotFound, Subscription, SubscriptionIn
from alerts.render import why_filters
from store.auth_records import audit
from store.sqlite import Store

MAX_PENDING_PER_ADDRESS = 3
PENDING_HOURS = 48
PUBLIC_OWNER = "public"


class SignupRefused(AlertError):
    """Too many unconfirmed sign-ups for one address."""


def _iso(dt: datetime) -> str:
    return dt.isoformat(timespec="milliseconds")


def confirm_url(cfg: AlertConfig, token: str) -> str:
    return f"{cfg.public_base_url.rstrip('/')}/canh-bao/xac-nhan/{token}"


def unsubscribe_url(cfg: AlertConfig, token: str) -> str:
    return f"{cfg.public_base_url.rstrip('/')}/canh-bao/huy/{token}"


def purge_expired(store: Store, now: datetime | None = None) -> int:
    now = now or datetime.now(timezone.utc)
    return store.conn.execute("DELETE FROM alert_subscriptions WHERE confirm_token_hash IS NOT NULL "
                              "AND pending_until < ?", (_iso(now),)).rowcount


def pending_for(store: Store, email: str) -> int:
    return store.conn.execute("SELECT count(*) FROM alert_subscriptions WHERE confirm_token_hash IS NOT NULL "
                              "AND lower(target)=lower(?)", (email,)).fetchone()[0]


def request(store: Store, cfg: AlertConfig, *, email: str, query: str = "", filters: Filters | None = None,
            on_changes: bool = False, digest: bool = False, name: str | None = None) -> tuple[Subscription, str]:
    """A pending e-mail subscription and its confirmation token (to send, never to show)."""
    filters = filters or Filters()
    data = SubscriptionIn(name=(name or "").strip() or default_name(query, filters), query=query.strip(),
                          filters=filters, channel="email", email=email.strip(), on_changes=on_changes,
                          digest=digest)
    purge_expired(store)
    if pending_for(store, data.email or "") >= MAX_PENDING_PER_ADDRESS:
        raise SignupRefused(f"địa chỉ {data.email} đã có {MAX_PENDING_PER_ADDRESS} đăng ký chưa xác nhận; "
                            "hãy mở thư xác nhận đã gửi, hoặc đợi chúng hết hạn sau "
                            f"{PENDING_HOURS} giờ")
    token = secrets.token_urlsafe(24)
    until = _iso(datetime.now(timezone.utc) + timedelta(hours=PENDING_HOURS))
    created = subs_db.create(store, data, cfg, actor=PUBLIC_OWNER, confirm=(token, until))
    return subs_db.get(store, created.id), token


def feed(store: Store, cfg: AlertConfig, *, query: str = "", filters: Filters | None = None,
         on_changes: bool = False, name: str | None = None):
    """A private Atom feed, active at once: nothing is sent to anyone, so nothing to confirm.
    Returns the subscription with its feed URL (shown once)."""
    filters = filters or Filters()
    data = SubscriptionIn(name=(name or "").strip() or default_name(query, filters), query=query.strip(),
                          filters=filters, channel="atom", on_changes=on_changes)
    return subs_db.create(store, data, cfg, actor=PUBLIC_OWNER)


def default_name(query: str, filters: Filters) -> str:
    text = why_filters(query, filters)
    return (text[:190] + "…") if len(text) > 190 else text


def cancel(store: Store, sub_id: int) -> None:
    """Drop a pending sign-up whose confirmation e-mail could not be sent."""
    store.conn.execute("DELETE FROM alert_subscriptions WHERE id=? AND confirm_token_hash IS NOT NULL", (sub_id,))


def confirm(store: Store, token: str) -> Subscription:
    """Activate the pending subscription of `token`; it sees documents stored from now on."""
    now = datetime.now(timezone.utc)
    r = store.conn.execute("SELECT id FROM alert_subscriptions WHERE confirm_token_hash=? AND pending_until >= ?",
                           (subs_db.token_hash(token), _iso(now))).fetchone()
    if r is None:
        raise NotFound("liên kết xác nhận không đúng hoặc đã hết hạn; hãy đăng ký lại")
    store.conn.execute("UPDATE alert_subscriptions SET active=1, confirm_token_hash=NULL, pending_until=NULL, "
                       "since_seq=(SELECT n FROM alert_seq), created_at=?, updated_at=? WHERE id=?",
                       (_iso(now), _iso(now), r[0]))
    sub = subs_db.get(store, r[0])
    audit(store, actor=PUBLIC_OWNER, action="alert_subscription.confirm", target=f"subscription:{sub.id}",
          detail={"email": sub.target})
    return sub


def by_unsubscribe_token(store: Store, token: str) -> Subscription | None:
    r = store.conn.execute("SELECT id FROM alert_subscriptions WHERE unsubscribe_token=?", (token,)).fetchone()
    return subs_db.get(store, r[0]) if r else None


def unsubscribe(store: Store, token: str) -> Subscription | None:
    """Remove the subscription of `token` (and its deliveries); None when it is gone already."""
    sub = by_unsubscribe_token(store, token)
    if sub is None:
        return None
    return subs_db.remove(store, sub.id, actor="unsubscribe-link")


def confirmation_message(cfg: AlertConfig, sub: Subscription, token: str) -> EmailMessage:
    link = confirm_url(cfg, token)
    text = (f"Kính gửi quý anh/chị,\n\nCó người (hy vọng là quý anh/chị) vừa đăng ký nhận cảnh báo văn bản mới "
            f"của parwatch tại địa chỉ này:\n\n   {sub.name}\n   ({why_filters(sub.query, sub.filters)})\n\n"
            f"Để xác nhận, hãy mở liên kết sau trong {PENDING_HOURS} giờ tới:\n\n   {link}\n\n"
            "Nếu quý anh/chị không đăng ký, hãy bỏ qua thư này: sẽ không có thư nào khác được gửi.\n\n"
            "—\nparwatch — theo dõi văn bản cải cách hành chính.")
    msg = EmailMessage()
    msg["Subject"] = "[parwatch] Xác nhận đăng ký nhận cảnh báo"
    msg["From"] = cfg.smtp_from
    msg["To"] = sub.target or ""
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = make_msgid(idstring=f"confirm-s{sub.id}", domain="parwatch")
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(text, charset="utf-8")
    return msg
