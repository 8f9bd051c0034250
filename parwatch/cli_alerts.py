"""`parwatch alerts add|list|remove|test|match|deliver|deliveries|retry` and `parwatch watch`."""
from __future__ import annotations

import json
import sys
from typing import Annotated, Optional

import typer
from rich.table import Table

from parwatch.cli_common import StoreOpt, UserError, one_line_errors, out, settings_for
from parwatch.term import quoted

alerts_app = typer.Typer(no_args_is_help=True,
                         help="Alert subscriptions: webhook, e-mail or Atom feed when new matching documents appear.")

ACTOR = "cli"


def _store(store):
    from store.factory import open_store

    settings = settings_for(store)
    return settings, open_store(settings)


@alerts_app.command("add")
@one_line_errors
def add(
    name: Annotated[str, typer.Option(help="A name for the subscription")],
    query: Annotated[str, typer.Option("--query", "-q", help='Saved query: words, "phrases", -excluded')] = "",
    province: Annotated[Optional[list[str]], typer.Option(help="Only these provinces (repeatable)")] = None,
    type: Annotated[Optional[list[str]], typer.Option("--type", help="Only these document types (repeatable)")] = None,
    issuer: Annotated[Optional[list[str]], typer.Option(help="Issuer contains (repeatable)")] = None,
    index: Annotated[Optional[list[str]], typer.Option(help="Only documents about these indices (repeatable)")] = None,
    criterion: Annotated[Optional[list[str]], typer.Option(help="Only evidence for these criteria, e.g. 1.1.1")] = None,
    webhook: Annotated[Optional[str], typer.Option(help="Deliver to this webhook URL (signed JSON)")] = None,
    secret: Annotated[Optional[str], typer.Option(help="Webhook signing secret [default: generated]")] = None,
    email: Annotated[Optional[str], typer.Option(help="Deliver by e-mail to this address")] = None,
    atom: Annotated[bool, typer.Option("--atom", help="Publish as a private Atom feed")] = False,
    on_changes: Annotated[bool, typer.Option("--on-changes", help="Alert again when a matched document changes")] = False,
    digest: Annotated[bool, typer.Option("--digest", help="One daily message instead of one per document")] = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
    store: StoreOpt = None,
) -> None:
    """Create a subscription. Exactly one of --webhook, --email, --atom."""
    from pydantic import ValidationError

    from alerts import subscriptions as subs_db
    from alerts.config import alert_config
    from alerts.models import Filters, SubscriptionIn

    channels = [c for c, on in (("webhook", webhook), ("email", email), ("atom", atom)) if on]
    if len(channels) != 1:
        raise UserError("give exactly one channel: --webhook URL, --email ADDRESS or --atom")
    settings, st = _store(store)
    try:
        data = SubscriptionIn(name=name, query=query, channel=channels[0], webhook_url=webhook, secret=secret,
                              email=email, on_changes=on_changes, digest=digest,
                              filters=Filters(provinces=province or [], types=type or [], issuers=issuer or [],
                                              indices=index or [], criteria=criterion or []))
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise UserError(f"{where + ': ' if where else ''}{first['msg'].removeprefix('Value error, ')}") from None
    created = subs_db.create(st, data, alert_config(settings), actor=ACTOR)
    if as_json:
        sys.stdout.write(created.model_dump_json() + "\n")
        return
    out.print(f"subscription {created.id} ({created.channel}) created")
    if created.secret:
        out.print("webhook signing secret (shown once):")
        sys.stdout.write(created.secret + "\n")
    if created.feed_url:
        out.print("private feed URL (shown once):")
        sys.stdout.write(created.feed_url + "\n")
        if not settings.alerts_public_base_url:
            out.print("(built for a server at the default address; set PARWATCH_ALERTS_PUBLIC_BASE_URL to the "
                      "address subscribers reach parwatch at)", highlight=False)


@alerts_app.command("list")
@one_line_errors
def list_(as_json: Annotated[bool, typer.Option("--json")] = False, store: StoreOpt = None) -> None:
    """List subscriptions with their delivery counts."""
    from alerts import subscriptions as subs_db

    _, st = _store(store)
    subs = subs_db.list_all(st)
    counts = {(r[0], r[1]): r[2] for r in st.conn.execute(
        "SELECT subscription_id, status, count(*) FROM alert_deliveries GROUP BY 1, 2")}
    if as_json:
        sys.stdout.write(json.dumps([s.model_dump() for s in subs], ensure_ascii=False) + "\n")
        return
    table = Table("id", "name", "channel", "target", "query", "filters", "sent", "pending", "dead")
    for s in subs:
        f = {k: v for k, v in s.filters.model_dump().items() if v}
        table.add_row(str(s.id), s.name + ("" if s.active else " (paused)"), s.channel + (" digest" if s.digest else ""),
                      s.target or "(feed)", s.query, json.dumps(f, ensure_ascii=False) if f else "",
                      str(counts.get((s.id, "delivered"), 0)),
                      str(counts.get((s.id, "pending"), 0) + counts.get((s.id, "sending"), 0)),
                      str(counts.get((s.id, "dead"), 0)))
    out.print(table)


@alerts_app.command("remove")
@one_line_errors
def remove(sub_id: Annotated[int, typer.Argument(help="Subscription id")], store: StoreOpt = None) -> None:
    """Remove a subscription and its delivery log."""
    from alerts import subscriptions as subs_db
    from alerts.models import NotFound

    _, st = _store(store)
    try:
        subs_db.remove(st, sub_id, actor=ACTOR)
    except NotFound as e:
        raise UserError(str(e)) from None
    out.print(f"removed subscription {sub_id}")


@alerts_app.command("test")
@one_line_errors
def test(sub_id: Annotated[int, typer.Argument(help="Subscription id")], store: StoreOpt = None) -> None:
    """Send a sample alert to the subscription's channel now and say what happened."""
    from alerts.config import alert_config
    from alerts.models import NotFound
    from alerts.outbox import send_test

    settings, st = _store(store)
    try:
        result = send_test(st, sub_id, alert_config(settings))
    except NotFound as e:
        raise UserError(str(e)) from None
    if not result.ok:
        raise UserError(f"test alert for subscription {sub_id} failed: {result.error}")
    out.print(f"test alert for subscription {sub_id} delivered"
              + (f" (HTTP {result.status_code})" if result.status_code else ""))


@alerts_app.command("match")
@one_line_errors
def match(store: StoreOpt = None) -> None:
    """Match the documents stored or changed since the last run against the subscriptions."""
    from alerts.config import alert_config
    from alerts.matching import match_new_documents, pending_queue
    from store.factory import open_backend

    settings, st = _store(store)
    queued = pending_queue(st)
    added = match_new_documents(st, open_backend(settings, st), None, cfg=alert_config(settings))
    out.print(f"{queued} documents matched, {added} alerts queued")


@alerts_app.command("deliver")
@one_line_errors
def deliver(limit: Annotated[int, typer.Option(min=1, help="At most this many messages")] = 1000,
            store: StoreOpt = None) -> None:
    """Send the due alerts of the outbox (retries included)."""
    from alerts.config import alert_config
    from alerts.outbox import deliver_due

    settings, st = _store(store)
    report = deliver_due(st, alert_config(settings), limit=limit)
    out.print(f"{report['delivered']} delivered, {report['failed']} to retry, {report['dead']} dead-lettered")
    for e in report["errors"][:5]:
        out.print(f"  [yellow]{quoted(e)}[/yellow]", highlight=False)


@alerts_app.command("deliveries")
@one_line_errors
def deliveries(status: Annotated[Optional[str], typer.Option(help="pending, sending, delivered or dead")] = None,
               subscription: Annotated[Optional[int], typer.Option(help="Only this subscription")] = None,
               limit: Annotated[int, typer.Option(min=1, max=1000)] = 50, store: StoreOpt = None) -> None:
    """The delivery log (use --status dead for the dead letters)."""
    from alerts.outbox import list_deliveries

    if status and status not in ("pending", "sending", "delivered", "dead"):
        raise UserError(f"unknown status {status!r}: use pending, sending, delivered or dead")
    _, st = _store(store)
    table = Table("id", "sub", "doc", "status", "tries", "created", "last error")
    for d in list_deliveries(st, status=status, subscription_id=subscription, limit=limit):
        table.add_row(str(d.id), str(d.subscription_id), f"{d.document_id} v{d.doc_version}", d.status,
                      str(d.attempts), d.created_at[:19], (d.last_error or "")[:80])
    out.print(table)


@alerts_app.command("retry")
@one_line_errors
def retry(delivery_id: Annotated[int, typer.Argument(help="Delivery id")], store: StoreOpt = None) -> None:
    """Put a dead or failing delivery back in the queue."""
    from alerts.models import NotFound
    from alerts.outbox import requeue

    _, st = _store(store)
    try:
        requeue(st, delivery_id, actor=ACTOR)
    except NotFound as e:
        raise UserError(str(e)) from None
    out.print(f"delivery {delivery_id} queued again")


@one_line_errors
def watch(
    every: Annotated[str, typer.Option(help="Time between cycles: 90s, 30m, 6h, 1d")] = "6h",
    once: Annotated[bool, typer.Option("--once", help="Run one cycle and exit")] = False,
    no_crawl: Annotated[bool, typer.Option("--no-crawl", help="Only match and deliver (no crawling)")] = False,
    store: StoreOpt = None,
) -> None:
    """crawl -> ingest -> match -> deliver on a schedule; SIGTERM stops it cleanly."""
    import logging

    from alerts.schedule import parse_duration
    from parwatch.watch import watch as run_watch

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    seconds = parse_duration(every)
    settings = settings_for(store)

    def show(report: dict) -> None:
        d = report.get("delivery") or {}
        sys.stdout.write(json.dumps({"matched": report.get("matched"), "delivered": d.get("delivered"),
                                     "retry": d.get("failed"), "dead": d.get("dead"),
                                     "errors": report["errors"][:5], "seconds": report["seconds"]},
                                    ensure_ascii=False) + "\n")
        sys.stdout.flush()

    cycles = run_watch(settings, seconds, crawl=not no_crawl, on_cycle=show, max_cycles=1 if once else None)
    out.print(f"watch stopped after {cycles} cycle{'s' if cycles != 1 else ''}")


def register(app: typer.Typer) -> None:
    app.add_typer(alerts_app, name="alerts")
    app.command("watch")(watch)
