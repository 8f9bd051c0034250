"""`parwatch` command line: thin commands over the same functions the HTTP API uses."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from parwatch import cli_alerts, cli_crawl, cli_evidence, cli_show, cli_sources, cli_worker
from parwatch.cli_common import (JsonOpt, StoreOpt, UserError, help_option_names, one_line_errors, out, serve_app,
                                 settings_for, store_and_backend)
from parwatch.lang import LANG, strip_lang, tr
from parwatch.term import cell, quoted

app = typer.Typer(no_args_is_help=True, add_completion=False, context_settings=help_option_names(),
                  help=tr("Theo dõi cổng thông tin điện tử các tỉnh, thành phố: thu thập văn bản cải cách hành chính, "
                          "trích xuất dữ kiện và tìm kiếm chúng làm minh chứng PAR INDEX. "
                          "Thêm --lang en để dùng tiếng Anh.",
                          "Watch Vietnamese provincial portals for public-administration-reform documents, "
                          "extract their facts and search them as PAR INDEX evidence. --lang vi for Vietnamese."))
keys_app = typer.Typer(no_args_is_help=True, help=tr("Khóa API và vai trò của chúng (admin, editor, appraiser, reader).",
                                                     "API keys and their roles (admin, editor, appraiser, reader)."))
app.add_typer(keys_app, name="keys")

# -- extract ----------------------------------------------------------------
@app.command(help=tr("Đọc số hiệu, ngày, cơ quan ban hành, tỉnh, chỉ số, kỳ và chỉ tiêu trong văn bản. In một đối "
                     "tượng JSON cho mỗi tệp (khóa doc_refs, primary, province, indices, targets, period, citations).",
                     "Read document numbers, dates, issuers, province, indices, period and targets out of texts. "
                     "Prints one JSON object per file (keys doc_refs, primary, province, indices, targets, period, "
                     "citations)."))
@one_line_errors
def extract(
    files: Annotated[Optional[list[Path]], typer.Argument(help=tr("Tệp văn bản hoặc HTML cần đọc",
                                                                   "Text or HTML files to read"))] = None,
    jsonl: Annotated[bool, typer.Option("--jsonl", help=tr('Đọc các dòng JSON {"id", "text"} từ stdin, in một dòng '
                                                           "JSON cho mỗi dòng vào",
                                                           'Read JSON lines {"id", "text"} on stdin, '
                                                           "write one JSON line per input"))] = False,
    store: StoreOpt = None,
) -> None:
    """Read document numbers, dates, issuers, province, indices, period and targets out of texts."""
    from parwatch.extract_cmd import extract_file, extract_lines

    if jsonl:
        for result in extract_lines(sys.stdin):
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        return
    if not files:
        raise UserError(tr("hãy cho tệp cần đọc, hoặc --jsonl để đọc các dòng JSON từ stdin",
                           "give files to read, or --jsonl to read JSON lines on stdin"))
    for f in files:
        sys.stdout.write(json.dumps(extract_file(f), ensure_ascii=False) + "\n")


# -- search -----------------------------------------------------------------
@app.command(help=tr("Tìm trong các văn bản đã lưu (cùng cách tìm với trang /tim-kiem và GET /search).",
                     "Search the stored documents (the same search as GET /search)."))
@one_line_errors
def search(
    query: Annotated[str, typer.Argument(help=tr('Từ khóa (phải có đủ), "cụm từ", -từ loại trừ; có dấu hay không '
                                                 "dấu đều được",
                                                 'Words (all must match), "phrases", -excluded; diacritics optional'))],
    province: Annotated[Optional[str], typer.Option(help=tr("Chỉ tỉnh/thành này", "Only this province"))] = None,
    type: Annotated[Optional[str], typer.Option("--type", help=tr("Chỉ loại văn bản này, ví dụ 'Kế hoạch'",
                                                                  "Only this document type, e.g. 'Kế hoạch'"))] = None,
    issuer: Annotated[Optional[str], typer.Option(help=tr("Tên cơ quan ban hành có chứa",
                                                          "Issuer name contains this"))] = None,
    index: Annotated[Optional[str], typer.Option(help=tr("Chỉ văn bản về chỉ số này (PAR INDEX, SIPAS, …)",
                                                         "Only documents about this index (PAR INDEX, SIPAS, ...)"))] = None,
    date_from: Annotated[Optional[str], typer.Option("--from", help=tr("Từ ngày, YYYY-MM-DD",
                                                                       "From date, YYYY-MM-DD"))] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help=tr("Đến ngày, YYYY-MM-DD", "To date, YYYY-MM-DD"))] = None,
    sort: Annotated[str, typer.Option(help=tr("relevance (liên quan nhất) hoặc date (mới nhất)",
                                              "relevance or date"))] = "relevance",
    min_relevance: Annotated[Optional[float], typer.Option(
        "--min-relevance", min=0, max=1, help=tr("Chỉ văn bản có điểm liên quan (của bộ thu thập) từ mức này (0.25: cải cách)",
                                                 "Only documents the crawler scored at least this (0.25: reform)"))] = None,
    page: Annotated[int, typer.Option(min=1, help=tr("Trang kết quả", "Result page"))] = 1,
    size: Annotated[int, typer.Option(min=1, max=100, help=tr("Số kết quả mỗi trang", "Hits per page"))] = 10,
    as_json: JsonOpt = False,
    store: StoreOpt = None,
) -> None:
    """Search the stored documents (the same search as GET /search)."""
    from pydantic import ValidationError

    from store.models import SearchQuery

    settings = settings_for(store)
    records, backend = store_and_backend(settings)
    try:
        sq = SearchQuery(q=query, province=province, type=type, issuer=issuer, index=index,
                         date_from=date_from, date_to=date_to, sort=sort, page=page, size=size,
                         min_relevance=min_relevance)
    except ValidationError as e:
        raise UserError(_search_error(e.errors()[0], date_from, date_to)) from None
    from store.matched import annotate

    result = annotate(backend.search(sq), records, query)
    if as_json:
        hits = [{"id": h.id, "url": h.url, "title": h.title, "doc_number": h.doc_number,
                 "date": h.date.isoformat() if h.date else None, "score": h.score,
                 "province": h.province, "doc_type": h.doc_type, "matched_in": h.matched_in} for h in result.hits]
        sys.stdout.write(json.dumps({"total": result.total, "hits": hits}, ensure_ascii=False) + "\n")
        return
    table = Table(title=tr(f"{result.total} văn bản cho {quoted(repr(query))}",
                           f"{result.total} documents for {quoted(repr(query))}"), show_lines=False)
    for col in tr(("mã", "ngày", "số hiệu", "tỉnh/thành", "tiêu đề"), ("id", "date", "number", "province", "title")):
        table.add_column(col, overflow="fold")
    for h in result.hits:
        table.add_row(str(h.id), h.date.isoformat() if h.date else "", cell(h.doc_number), cell(h.province),
                      cell(h.title))
    out.print(table)
    _page_line(result.total, len(result.hits), page, size)
    if not result.total and not records.count_documents():
        _empty_store_hint(settings.store)


DEMO_STORE = Path("var/demo.sqlite")     # where `make demo` (parwatch demo) puts its documents


def _empty_store_hint(store: Path) -> None:
    """Nothing stored yet: say how to get documents, and where the demo's are when it has run here."""
    demo = DEMO_STORE.exists() and DEMO_STORE.resolve() != Path(store).resolve()
    out.print(tr(f"Kho {store} chưa có văn bản nào: `make run` (hoặc parwatch crawl) thu thập các cổng thông tin"
                 + (f"; văn bản của demo ở kho {DEMO_STORE}: thêm --store {DEMO_STORE}" if demo else "") + ".",
                 f"The store {store} holds no documents yet: `make run` (or parwatch crawl) crawls the portals"
                 + (f"; the demo's documents are in {DEMO_STORE}: add --store {DEMO_STORE}" if demo else "") + "."),
              highlight=False)


def _search_error(first: dict, date_from: str | None, date_to: str | None) -> str:
    """A refused search query in the words of the command line: its flags, never the model's fields."""
    field = str(first["loc"][0]) if first["loc"] else ""
    flag = {"date_from": "--from", "date_to": "--to", "sort": "--sort", "page": "--page", "size": "--size",
            "min_relevance": "--min-relevance"}.get(field, "")
    if flag in ("--from", "--to"):
        return tr(f"{flag}: {first.get('input')!r} không phải ngày hợp lệ viết theo YYYY-MM-DD",
                  f"{flag}: {first.get('input')!r} is not a valid date written YYYY-MM-DD")
    if flag == "--sort":
        return tr(f"--sort: dùng relevance hoặc date, không phải {first.get('input')!r}",
                  f"--sort: use relevance or date, not {first.get('input')!r}")
    if "is after" in first["msg"]:
        return tr(f"--from ({date_from}) sau --to ({date_to}): không văn bản nào khớp được",
                  f"--from ({date_from}) is after --to ({date_to}): nothing could match")
    msg = first["msg"].removeprefix("Value error, ")
    return f"{flag}: {msg}" if flag else msg


def _page_line(total: int, shown: int, page: int, size: int) -> None:
    """Where this page sits among all the hits, and how to see the rest (the table shows one page)."""
    first, last = (page - 1) * size + 1, (page - 1) * size + shown
    if shown and last < total:
        out.print(tr(f"văn bản {first}–{last} trong {total}; xem tiếp: --page {page + 1} (hoặc --size, tối đa 100)",
                     f"documents {first}–{last} of {total}; next: --page {page + 1} (or --size, up to 100)"))
    elif shown and page > 1:
        out.print(tr(f"văn bản {first}–{last} trong {total}", f"documents {first}–{last} of {total}"))
    elif total and not shown:
        pages = -(-total // size)
        out.print(tr(f"trang {page} không có văn bản: {total} văn bản chia thành {pages} trang",
                     f"page {page} is empty: {total} documents make {pages} pages"))


# -- serve ------------------------------------------------------------------
@app.command(help=tr("Chạy các trang và API tìm kiếm (tài liệu OpenAPI tại /docs).",
                     "Serve the search API and pages (OpenAPI docs at /docs)."))
@one_line_errors
def serve(
    host: Annotated[str, typer.Option(help=tr("Địa chỉ lắng nghe", "Address to listen on"))] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help=tr("Cổng lắng nghe", "Port to listen on"))] = 8000,
    store: StoreOpt = None,
) -> None:
    """Serve the search API and pages (OpenAPI docs at /docs)."""
    serve_app(settings_for(store), host, port)


# -- keys -------------------------------------------------------------------
@keys_app.command("add", help=tr("Tạo khóa API; khóa chỉ in ra một lần và được lưu dạng băm.",
                                 "Create an API key; it is printed once and stored hashed."))
@one_line_errors
def keys_add(name: Annotated[str, typer.Argument(help=tr("Tên của khóa (người hoặc hệ thống dùng nó)",
                                                        "Name of the key (who or what uses it)"))],
             role: Annotated[str, typer.Option(help=tr("Vai trò: admin, editor, appraiser hoặc reader",
                                                       "Role: admin, editor, appraiser or reader"))] = "reader",
             store: StoreOpt = None) -> None:
    """Create an API key; it is printed once and stored hashed."""
    from store.factory import open_store
    from store.auth_records import ROLES, create_key

    if role not in ROLES:
        raise UserError(tr(f"--role: không có vai trò {role!r}: dùng {', '.join(ROLES[:-1])} hoặc {ROLES[-1]}",
                           f"--role: unknown role {role!r}: use {', '.join(ROLES[:-1])} or {ROLES[-1]}"))
    key = create_key(open_store(settings_for(store)), name, role)
    out.print(tr(f"Khóa API cho {name} ({role}) — hãy lưu lại, khóa không hiện lần nữa:",
                 f"API key for {name} ({role}) — keep it, it is not shown again:"))
    sys.stdout.write(key + "\n")


@keys_app.command("list", help=tr("Liệt kê khóa API (tên và vai trò, không bao giờ in khóa).",
                                  "List API keys (names and roles, never the keys)."))
@one_line_errors
def keys_list(store: StoreOpt = None) -> None:
    """List API keys (names and roles, never the keys)."""
    from store.factory import open_store
    from store.auth_records import list_keys

    table = Table(*tr(("tên", "vai trò", "tạo lúc", "thu hồi lúc"), ("name", "role", "created", "revoked")))
    for k in list_keys(open_store(settings_for(store))):
        table.add_row(cell(k["name"]), k["role"], k["created_at"], k["revoked_at"] or "")
    out.print(table)


@keys_app.command("revoke", help=tr("Thu hồi một khóa API theo tên.", "Revoke an API key by name."))
@one_line_errors
def keys_revoke(name: Annotated[str, typer.Argument(help=tr("Tên của khóa", "Name of the key"))],
                store: StoreOpt = None) -> None:
    """Revoke an API key by name."""
    from store.factory import open_store
    from store.auth_records import revoke_key

    if not revoke_key(open_store(settings_for(store)), name):
        raise UserError(tr(f"không có khóa API đang dùng nào tên {name!r}", f"no active API key named {name!r}"))
    out.print(tr(f"đã thu hồi khóa {name}", f"revoked {name}"))


for _commands in (cli_crawl, cli_sources, cli_evidence, cli_alerts, cli_worker, cli_show):
    _commands.register(app)

def main() -> None:
    """The `parwatch` program: `--lang vi|en` is taken anywhere on the line (see parwatch.lang)."""
    try:
        args = strip_lang(sys.argv[1:])
    except SystemExit as e:
        sys.stderr.write(f"{e}\n")
        raise SystemExit(2) from None
    app(args=args, prog_name="parwatch")
