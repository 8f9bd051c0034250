"""`parwatch alerts add|list|remove|test|match|deliver|deliveries|retry` and `parwatch watch`."""
from __future__ import annotations

import json
import sys
from typing import Annotated, Optional

import typer
from rich.table import Table

from parwatch.cli_common import JsonOpt, StoreOpt, UserError, every_seconds, one_line_errors, out, settings_for
from parwatch.lang import tr
from parwatch.term import cell, quoted

alerts_app = typer.Typer(no_args_is_help=True,
                         help=tr("Đăng ký cảnh báo: webhook, thư điện tử hoặc nguồn tin Atom khi có văn bản mới phù hợp.",
                                 "Alert subscriptions: webhook, e-mail or Atom feed when new matching documents "
                                 "appear."))
SubIdArg = Annotated[int, typer.Argument(help=tr("Mã đăng ký (xem parwatch alerts list)",
                                                 "Subscription id (see parwatch alerts list)"))]

ACTOR = "cli"


def _store(store):
    from store.factory import open_store

    settings = settings_for(store)
    return settings, open_store(settings)


@alerts_app.command("add", help=tr("Tạo một đăng ký. Chọn đúng một kênh: --webhook, --email hoặc --atom.",
                                   "Create a subscription. Exactly one of --webhook, --email, --atom."))
@one_line_errors
def add(
    name: Annotated[str, typer.Option(help=tr("Tên của đăng ký", "A name for the subscription"))],
    query: Annotated[str, typer.Option("--query", "-q", help=tr('Truy vấn lưu sẵn: từ khóa, "cụm từ", -từ loại trừ',
                                                                'Saved query: words, "phrases", -excluded'))] = "",
    province: Annotated[Optional[list[str]], typer.Option(help=tr("Chỉ các tỉnh/thành này (lặp lại được)",
                                                                  "Only these provinces (repeatable)"))] = None,
    type: Annotated[Optional[list[str]], typer.Option("--type", help=tr("Chỉ các loại văn bản này (lặp lại được)",
                                                                        "Only these document types (repeatable)"))] = None,
    issuer: Annotated[Optional[list[str]], typer.Option(help=tr("Cơ quan ban hành có chứa (lặp lại được)",
                                                                "Issuer contains (repeatable)"))] = None,
    index: Annotated[Optional[list[str]], typer.Option(help=tr("Chỉ văn bản về các chỉ số này (lặp lại được)",
                                                               "Only documents about these indices (repeatable)"))] = None,
    criterion: Annotated[Optional[list[str]], typer.Option(help=tr(
        "Chỉ minh chứng cho các tiêu chí này, ví dụ 1.1 hoặc SIPAS.1 (danh sách: parwatch criteria)",
        "Only evidence for these criteria, e.g. 1.1 or SIPAS.1 (list: parwatch criteria)"))] = None,
    webhook: Annotated[Optional[str], typer.Option(help=tr("Gửi tới địa chỉ webhook này (JSON có chữ ký)",
                                                           "Deliver to this webhook URL (signed JSON)"))] = None,
    secret: Annotated[Optional[str], typer.Option(help=tr("Khóa ký webhook (mặc định: tự tạo)",
                                                          "Webhook signing secret (default: generated)"))] = None,
    email: Annotated[Optional[str], typer.Option(help=tr("Gửi thư tới địa chỉ này",
                                                         "Deliver by e-mail to this address"))] = None,
    atom: Annotated[bool, typer.Option("--atom", help=tr("Đăng thành nguồn tin Atom riêng",
                                                         "Publish as a private Atom feed"))] = False,
    on_changes: Annotated[bool, typer.Option("--on-changes", help=tr("Báo lại khi văn bản đã báo được sửa đổi",
                                                                     "Alert again when a matched document changes"))] = False,
    digest: Annotated[bool, typer.Option("--digest", help=tr("Gộp thành một thư mỗi ngày",
                                                             "One daily message instead of one per document"))] = False,
    as_json: JsonOpt = False,
    store: StoreOpt = None,
) -> None:
    from pydantic import ValidationError

    from alerts import subscriptions as subs_db
    from alerts.config import alert_config
    from alerts.models import Filters, InvalidSubscription, SubscriptionIn

    channels = [c for c, on in (("webhook", webhook), ("email", email), ("atom", atom)) if on]
    if len(channels) != 1:
        raise UserError(tr("hãy chọn đúng một kênh: --webhook URL, --email ĐỊA_CHỈ hoặc --atom",
                           "give exactly one channel: --webhook URL, --email ADDRESS or --atom"))
    settings, st = _store(store)
    try:
        data = SubscriptionIn(name=name, query=query, channel=channels[0], webhook_url=webhook, secret=secret,
                              email=email, on_changes=on_changes, digest=digest,
                              filters=Filters(provinces=province or [], types=type or [], issuers=issuer or [],
                                              indices=index or [], criteria=criterion or []))
    except ValidationError as e:
        first = e.errors()[0]
        msg = first["msg"].removeprefix("Value error, ")
        raise UserError(f"{_flag(first['loc'], msg)}: {msg}") from None
    try:
        created = subs_db.create(st, data, alert_config(settings), actor=ACTOR)
    except InvalidSubscription as e:
        raise UserError(f"{_flag((), str(e))}: {e}") from None
    if as_json:
        sys.stdout.write(created.model_dump_json() + "\n")
        return
    out.print(tr(f"đã tạo đăng ký {created.id} ({created.channel})",
                 f"subscription {created.id} ({created.channel}) created"))
    if created.secret:
        out.print(tr("khóa ký webhook (chỉ hiện một lần):", "webhook signing secret (shown once):"))
        sys.stdout.write(created.secret + "\n")
    if created.feed_url:
        out.print(tr("địa chỉ nguồn tin riêng (chỉ hiện một lần):", "private feed URL (shown once):"))
        sys.stdout.write(created.feed_url + "\n")
        if not settings.alerts_public_base_url:
            out.print(tr("(dựng cho máy chủ ở địa chỉ mặc định; đặt PARWATCH_ALERTS_PUBLIC_BASE_URL là địa chỉ người "
                         "đăng ký truy cập parwatch)",
                         "(built for a server at the default address; set PARWATCH_ALERTS_PUBLIC_BASE_URL to the "
                         "address subscribers reach parwatch at)"), highlight=False)


# The subscription model's fields as `alerts add` spells them; messages that name no field, by their words.
_FLAGS = {"name": "--name", "query": "--query", "webhook_url": "--webhook", "secret": "--secret", "email": "--email",
          "provinces": "--province", "types": "--type", "issuers": "--issuer", "indices": "--index",
          "criteria": "--criterion", "digest": "--digest", "on_changes": "--on-changes"}
_MESSAGE_FLAGS = (("criteri", "--criterion"), ("webhook", "--webhook"), ("e-mail", "--email"), ("name", "--name"),
                  ("digest", "--digest"))


def _flag(loc: tuple, message: str) -> str:
    """The flag a failed check of `alerts add` is about (never the model's field name)."""
    for part in reversed([str(p) for p in loc]):
        if part in _FLAGS:
            return _FLAGS[part]
    return next((flag for words, flag in _MESSAGE_FLAGS if words in message.lower()), "alerts add")


@alerts_app.command("list", help=tr("Liệt kê các đăng ký và số lần gửi.",
                                    "List subscriptions with their delivery counts."))
@one_line_errors
def list_(as_json: JsonOpt = False, store: StoreOpt = None) -> None:
    from alerts import subscriptions as subs_db

    _, st = _store(store)
    subs = subs_db.list_all(st)
    counts = {(r[0], r[1]): r[2] for r in st.conn.execute(
        "SELECT subscription_id, status, count(*) FROM alert_deliveries GROUP BY 1, 2")}
    if as_json:
        sys.stdout.write(json.dumps([s.model_dump() for s in subs], ensure_ascii=False) + "\n")
        return
    table = Table(*tr(("mã", "tên", "kênh", "gửi tới", "truy vấn", "bộ lọc", "đã gửi", "chờ gửi", "thất bại"),
                      ("id", "name", "channel", "target", "query", "filters", "sent", "pending", "dead")))
    paused, pending = tr(" (tạm dừng)", " (paused)"), tr(" (chờ xác nhận)", " (unconfirmed)")
    for s in subs:
        f = {k: v for k, v in s.filters.model_dump().items() if v}
        table.add_row(str(s.id), cell(s.name + (pending if s.pending else "" if s.active else paused)),
                      s.channel + (tr(" gộp ngày", " digest") if s.digest else ""),
                      cell(s.target or tr("(nguồn tin)", "(feed)")), cell(s.query),
                      cell(json.dumps(f, ensure_ascii=False)) if f else "",
                      str(counts.get((s.id, "delivered"), 0)),
                      str(counts.get((s.id, "pending"), 0) + counts.get((s.id, "sending"), 0)),
                      str(counts.get((s.id, "dead"), 0)))
    out.print(table)


@alerts_app.command("remove", help=tr("Xóa một đăng ký cùng nhật ký gửi của nó.",
                                      "Remove a subscription and its delivery log."))
@one_line_errors
def remove(sub_id: SubIdArg, store: StoreOpt = None) -> None:
    from alerts import subscriptions as subs_db
    from alerts.models import NotFound

    _, st = _store(store)
    try:
        subs_db.remove(st, sub_id, actor=ACTOR)
    except NotFound as e:
        raise UserError(tr(f"không có đăng ký {sub_id} (xem parwatch alerts list)", str(e))) from None
    out.print(tr(f"đã xóa đăng ký {sub_id}", f"removed subscription {sub_id}"))


@alerts_app.command("test", help=tr("Gửi ngay một cảnh báo mẫu qua kênh của đăng ký và cho biết kết quả.",
                                    "Send a sample alert to the subscription's channel now and say what happened."))
@one_line_errors
def test(sub_id: SubIdArg, store: StoreOpt = None) -> None:
    from alerts.config import alert_config
    from alerts.models import NotFound
    from alerts.outbox import send_test

    settings, st = _store(store)
    try:
        result = send_test(st, sub_id, alert_config(settings))
    except NotFound as e:
        raise UserError(tr(f"không có đăng ký {sub_id} (xem parwatch alerts list)", str(e))) from None
    if not result.ok:
        raise UserError(tr(f"gửi thử cho đăng ký {sub_id} thất bại: {result.error}",
                           f"test alert for subscription {sub_id} failed: {result.error}"))
    out.print(tr(f"đã gửi thử cho đăng ký {sub_id}", f"test alert for subscription {sub_id} delivered")
              + (f" (HTTP {result.status_code})" if result.status_code else ""))


@alerts_app.command("match", help=tr("Đối chiếu các văn bản lưu hoặc sửa từ lần chạy trước với các đăng ký "
                                     "(văn bản lưu trước khi có đăng ký không được báo cho nó).",
                                     "Match the documents stored or changed since the last run against the "
                                     "subscriptions (documents stored before a subscription never alert it)."))
@one_line_errors
def match(store: StoreOpt = None) -> None:
    from alerts.config import alert_config
    from alerts.matching import match_new_documents, pending_queue
    from store.factory import open_backend

    settings, st = _store(store)
    queued = pending_queue(st)
    before = _feed_entries(st)
    added = match_new_documents(st, open_backend(settings, st), None, cfg=alert_config(settings))
    feeds = _feed_entries(st) - before
    out.print(tr(f"đã đối chiếu {queued} văn bản: {added - feeds} cảnh báo chờ gửi (webhook, thư), "
                 f"{feeds} mục mới trong nguồn tin Atom",
                 f"{queued} documents matched: {added - feeds} alerts queued (webhook, e-mail), "
                 f"{feeds} new Atom feed entries"))


def _feed_entries(st) -> int:
    """Atom deliveries are done when matched: the entry is in the feed from then on."""
    return st.conn.execute("SELECT count(*) FROM alert_deliveries WHERE channel='atom'").fetchone()[0]


@alerts_app.command("deliver", help=tr("Gửi các cảnh báo đến hạn (kể cả lượt thử lại). Nguồn tin Atom không cần "
                                       "gửi: mục mới có trong nguồn tin ngay khi đối chiếu.",
                                       "Send the due alerts of the outbox (retries included). Atom feeds need no "
                                       "sending: entries are in the feed as soon as they are matched."))
@one_line_errors
def deliver(limit: Annotated[int, typer.Option(min=1, help=tr("Nhiều nhất bấy nhiêu thư/lần gửi",
                                                              "At most this many messages"))] = 1000,
            store: StoreOpt = None) -> None:
    from alerts.config import alert_config
    from alerts.outbox import deliver_due

    settings, st = _store(store)
    report = deliver_due(st, alert_config(settings), limit=limit)
    feeds = _feed_entries(st)
    out.print(tr(f"đã gửi {report['delivered']} (webhook, thư), {report['failed']} sẽ thử lại, "
                 f"{report['dead']} thất bại hẳn; nguồn tin Atom đang có {feeds} mục (có ngay khi đối chiếu)",
                 f"{report['delivered']} delivered (webhook, e-mail), {report['failed']} to retry, "
                 f"{report['dead']} dead-lettered; Atom feeds hold {feeds} entries (published when matched)"))
    for e in report["errors"][:5]:
        out.print(f"  [yellow]{quoted(e)}[/yellow]", highlight=False)


@alerts_app.command("deliveries", help=tr("Nhật ký gửi (--status dead: các lần gửi thất bại hẳn).",
                                          "The delivery log (use --status dead for the dead letters)."))
@one_line_errors
def deliveries(status: Annotated[Optional[str], typer.Option(help=tr(
                   "Chỉ trạng thái này: pending (chờ), sending (đang gửi), delivered (đã gửi) hoặc dead (thất bại hẳn)",
                   "Only this status: pending, sending, delivered or dead"))] = None,
               subscription: Annotated[Optional[int], typer.Option(help=tr("Chỉ đăng ký này",
                                                                           "Only this subscription"))] = None,
               limit: Annotated[int, typer.Option(min=1, max=1000, help=tr("Số dòng nhiều nhất",
                                                                           "At most this many rows"))] = 50,
               store: StoreOpt = None) -> None:
    from alerts.outbox import list_deliveries

    if status and status not in ("pending", "sending", "delivered", "dead"):
        raise UserError(tr(f"--status {status!r} không có: dùng pending, sending, delivered hoặc dead",
                           f"unknown status {status!r}: use pending, sending, delivered or dead"))
    _, st = _store(store)
    table = Table(*tr(("mã", "đăng ký", "văn bản", "trạng thái", "số lần thử", "tạo lúc", "lỗi gần nhất"),
                      ("id", "sub", "doc", "status", "tries", "created", "last error")))
    for d in list_deliveries(st, status=status, subscription_id=subscription, limit=limit):
        table.add_row(str(d.id), str(d.subscription_id), f"{d.document_id} v{d.doc_version}", d.status,
                      str(d.attempts), d.created_at[:19], (d.last_error or "")[:80])
    out.print(table)


@alerts_app.command("retry", help=tr("Đưa một lần gửi thất bại trở lại hàng đợi.",
                                     "Put a dead or failing delivery back in the queue."))
@one_line_errors
def retry(delivery_id: Annotated[int, typer.Argument(help=tr("Mã lần gửi", "Delivery id"))],
          store: StoreOpt = None) -> None:
    from alerts.models import NotFound
    from alerts.outbox import requeue

    _, st = _store(store)
    try:
        requeue(st, delivery_id, actor=ACTOR)
    except NotFound as e:
        raise UserError(tr(f"không có lần gửi {delivery_id} (xem parwatch alerts deliveries)", str(e))) from None
    out.print(tr(f"lần gửi {delivery_id} đã vào lại hàng đợi", f"delivery {delivery_id} queued again"))


WATCH_HELP = tr("Thu thập → lưu → đối chiếu → gửi cảnh báo theo lịch, không chạy máy chủ; SIGTERM dừng gọn.",
                "crawl -> ingest -> match -> deliver on a schedule; SIGTERM stops it cleanly.")


@one_line_errors
def watch(
    every: Annotated[str, typer.Option(help=tr("Thời gian giữa các lượt: 90s, 30m, 6h, 1d",
                                               "Time between cycles: 90s, 30m, 6h, 1d"))] = "6h",
    once: Annotated[bool, typer.Option("--once", help=tr("Chạy một lượt rồi thoát", "Run one cycle and exit"))] = False,
    no_crawl: Annotated[bool, typer.Option("--no-crawl", help=tr("Chỉ đối chiếu và gửi (không thu thập)",
                                                                 "Only match and deliver (no crawling)"))] = False,
    store: StoreOpt = None,
) -> None:
    import logging

    from parwatch.watch import watch as run_watch

    seconds = every_seconds(every)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = settings_for(store)

    def show(report: dict) -> None:
        d = report.get("delivery") or {}
        sys.stdout.write(json.dumps({"matched": report.get("matched"), "delivered": d.get("delivered"),
                                     "retry": d.get("failed"), "dead": d.get("dead"),
                                     "errors": report["errors"][:5], "seconds": report["seconds"]},
                                    ensure_ascii=False) + "\n")
        sys.stdout.flush()

    cycles = run_watch(settings, seconds, crawl=not no_crawl, on_cycle=show, max_cycles=1 if once else None)
    out.print(tr(f"đã dừng sau {cycles} lượt", f"watch stopped after {cycles} cycle{'s' if cycles != 1 else ''}"))


def register(app: typer.Typer) -> None:
    app.add_typer(alerts_app, name="alerts")
    app.command("watch", help=WATCH_HELP)(watch)
