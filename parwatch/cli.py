"""`parwatch` command line: thin commands over the same functions the HTTP API uses."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from parwatch import cli_alerts, cli_crawl, cli_evidence, cli_sources, cli_worker
from parwatch.cli_common import StoreOpt, UserError, one_line_errors, out, serve_app, settings_for, store_and_backend
from parwatch.term import cell, quoted

app = typer.Typer(no_args_is_help=True, add_completion=False,
                  help="Watch Vietnamese provincial portals for public-administration-reform documents, "
                       "extract their facts and search them as PAR INDEX evidence.")
keys_app = typer.Typer(no_args_is_help=True, help="API keys and their roles (admin, editor, appraiser, reader).")
app.add_typer(keys_app, name="keys")

# -- extract ----------------------------------------------------------------
@app.command()
@one_line_errors
def extract(
    files: Annotated[Optional[list[Path]], typer.Argument(help="Text or HTML files to read")] = None,
    jsonl: Annotated[bool, typer.Option("--jsonl", help='Read JSON lines {"id", "text"} on stdin, '
                                                        "write one JSON line per input")] = False,
    store: StoreOpt = None,
) -> None:
    """Read document numbers, dates, issuers, province, indices, period and targets out of texts.

    Prints one JSON object per file (or per input line with --jsonl), with the keys
    doc_refs, primary, province, indices, targets, period, citations.
    """
    from parwatch.extract_cmd import extract_file, extract_lines

    if jsonl:
        for result in extract_lines(sys.stdin):
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        return
    if not files:
        raise UserError("give files to read, or --jsonl to read JSON lines on stdin")
    for f in files:
        sys.stdout.write(json.dumps(extract_file(f), ensure_ascii=False) + "\n")


# -- search -----------------------------------------------------------------
@app.command()
@one_line_errors
def search(
    query: Annotated[str, typer.Argument(help='Words (all must match), "phrases", -excluded; diacritics optional')],
    province: Annotated[Optional[str], typer.Option(help="Only this province")] = None,
    type: Annotated[Optional[str], typer.Option("--type", help="Only this document type, e.g. 'Kế hoạch'")] = None,
    issuer: Annotated[Optional[str], typer.Option(help="Issuer name contains this")] = None,
    index: Annotated[Optional[str], typer.Option(help="Only documents about this index (PAR INDEX, SIPAS, ...)")] = None,
    date_from: Annotated[Optional[str], typer.Option("--from", help="From date, YYYY-MM-DD")] = None,
    date_to: Annotated[Optional[str], typer.Option("--to", help="To date, YYYY-MM-DD")] = None,
    sort: Annotated[str, typer.Option(help="relevance or date")] = "relevance",
    min_relevance: Annotated[Optional[float], typer.Option(
        "--min-relevance", min=0, max=1, help="Only documents the crawler scored at least this (0.25: reform)")] = None,
    page: Annotated[int, typer.Option(min=1)] = 1,
    size: Annotated[int, typer.Option(min=1, max=100)] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print the hits as JSON")] = False,
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
        first = e.errors()[0]
        flag = {"date_from": "--from", "date_to": "--to"}.get(str(first["loc"][0]) if first["loc"] else "", "")
        msg = first["msg"].removeprefix("Value error, ").replace("'from'", "--from").replace("'to'", "--to")
        raise UserError(f"{flag + ': ' if flag else ''}{msg}") from None
    from store.matched import annotate

    result = annotate(backend.search(sq), records, query)
    if as_json:
        hits = [{"id": h.id, "url": h.url, "title": h.title, "doc_number": h.doc_number,
                 "date": h.date.isoformat() if h.date else None, "score": h.score,
                 "province": h.province, "doc_type": h.doc_type, "matched_in": h.matched_in} for h in result.hits]
        sys.stdout.write(json.dumps({"total": result.total, "hits": hits}, ensure_ascii=False) + "\n")
        return
    table = Table(title=f"{result.total} documents for {quoted(repr(query))}", show_lines=False)
    for col in ("id", "date", "number", "province", "title"):
        table.add_column(col, overflow="fold")
    for h in result.hits:
        table.add_row(str(h.id), h.date.isoformat() if h.date else "", cell(h.doc_number), cell(h.province),
                      cell(h.title))
    out.print(table)


# -- serve ------------------------------------------------------------------
@app.command()
@one_line_errors
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on")] = 8000,
    store: StoreOpt = None,
) -> None:
    """Serve the search API and pages (OpenAPI docs at /docs)."""
    serve_app(settings_for(store), host, port)


# -- keys -------------------------------------------------------------------
@keys_app.command("add")
@one_line_errors
def keys_add(name: str, role: Annotated[str, typer.Option(help="admin, editor, appraiser or reader")] = "reader",
             store: StoreOpt = None) -> None:
    """Create an API key; it is printed once and stored hashed."""
    from store.factory import open_store
    from store.auth_records import create_key

    key = create_key(open_store(settings_for(store)), name, role)
    out.print(f"API key for {name} ({role}) — keep it, it is not shown again:")
    sys.stdout.write(key + "\n")


@keys_app.command("list")
@one_line_errors
def keys_list(store: StoreOpt = None) -> None:
    """List API keys (names and roles, never the keys)."""
    from store.factory import open_store
    from store.auth_records import list_keys

    table = Table("name", "role", "created", "revoked")
    for k in list_keys(open_store(settings_for(store))):
        table.add_row(cell(k["name"]), k["role"], k["created_at"], k["revoked_at"] or "")
    out.print(table)


@keys_app.command("revoke")
@one_line_errors
def keys_revoke(name: str, store: StoreOpt = None) -> None:
    """Revoke an API key by name."""
    from store.factory import open_store
    from store.auth_records import revoke_key

    if not revoke_key(open_store(settings_for(store)), name):
        raise UserError(f"no active API key named {name!r}")
    out.print(f"revoked {name}")


for _commands in (cli_crawl, cli_sources, cli_evidence, cli_alerts, cli_worker):
    _commands.register(app)
