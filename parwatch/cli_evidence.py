"""`parwatch evidence` and `parwatch criteria list`: thin commands over evidence."""

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table


def register(app: typer.Typer) -> None:
    from parwatch.cli_common import StoreOpt, UserError, one_line_errors, out, settings_for

    criteria_app = typer.Typer(no_args_is_help=True, help="The criteria catalogs (PAR INDEX, SIPAS, PAPI, PCI, DTI).")
    app.add_typer(criteria_app, name="criteria")

    @criteria_app.command("list")
    @one_line_errors
    def criteria_list(
        year: Annotated[Optional[int], typer.Option(help="Only the catalogs in force for this year")] = None,
        index: Annotated[Optional[str], typer.Option(help="PAR INDEX or OTHER")] = None,
        as_json: Annotated[bool, typer.Option("--json", help="Print JSON")] = False,
    ) -> None:
        """List the criteria of the catalogs."""
        import evidence as ev

        items = _run(ev.list_criteria, year, index)
        if as_json:
            sys.stdout.write(json.dumps(items, ensure_ascii=False) + "\n")
            return
        table = Table("id", "name", "domain", "catalog", "inferred")
        for c in items:
            table.add_row(c["id"], c["name"], c["domain"], c["catalog"], "yes" if c["inferred"] else "no")
        out.print(table)

    @app.command("evidence")
    @one_line_errors
    def evidence(
        province: Annotated[str, typer.Option(help="Province, e.g. 'Tiền Giang'")],
        year: Annotated[int, typer.Option(help="Assessment year")],
        criterion: Annotated[Optional[str], typer.Option(help="One criterion, e.g. 1.1 (default: all)")] = None,
        format: Annotated[str, typer.Option("--format", help="table, csv, xlsx or json")] = "table",
        output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Write to this file")] = None,
        as_of: Annotated[Optional[str], typer.Option("--as-of", help="What had been posted by YYYY-MM-DD")] = None,
        store: StoreOpt = None,
    ) -> None:
        """Verdicts (met / late / missing / unclear / no_data) with their evidence for a province and year.

        no_data: nothing found and the province's sources were not crawled for that window.
        csv and xlsx are the Vietnamese exports (UTF-8 with BOM; sheet grouped by domain)."""
        import evidence as ev
        from store.factory import open_backend, open_store

        if format not in ("table", "csv", "xlsx", "json"):
            raise UserError(f"--format: use table, csv, xlsx or json, not {format!r}")
        if format == "xlsx" and output is None:
            raise UserError("--format xlsx needs -o FILE")
        settings = settings_for(store)
        st = open_store(settings)
        backend = open_backend(settings, st)
        if criterion and format in ("table", "json"):
            result = _run(ev.verify, st, backend, province, year, criterion, as_of)
        else:
            result = _run(ev.matrix, st, backend, province, year, as_of, criterion)
        if format == "json":
            _emit(json.dumps(result, ensure_ascii=False, indent=1) + "\n", output)
        elif format == "csv":
            _emit(ev.matrix_csv(result), output)
        elif format == "xlsx":
            output.write_bytes(ev.matrix_xlsx(result))
            out.print(f"wrote {output}")
        elif criterion:
            out.print(f"[bold]{result['criterion']['id']} {result['criterion']['name']}[/bold] — "
                      f"{result['province']} {result['year']}: [bold]{result['verdict']}[/bold]")
            out.print(result["reason"], highlight=False)
            table = Table("doc", "number", "date", "score", "review", "url")
            for e in result["evidence"]:
                table.add_row(str(e["document_id"]), e["number"] or "", e["issue_date"] or e["posted"] or "",
                              f"{e['score']:.2f}", (e.get("review") or {}).get("decision", ""), e["url"])
            out.print(table)
        else:
            table = Table("criterion", "verdict", "reason", "documents", title=f"{result['province']} {result['year']}")
            for r in result["rows"]:
                table.add_row(r["criterion"], r["verdict"], r["reason"], r["documents"])
            out.print(table)


def _run(fn, *args):
    from parwatch.cli_common import UserError
    from evidence import EvidenceError

    try:
        return fn(*args)
    except EvidenceError as e:
        raise UserError(str(e)) from None


def _emit(text: str, output: Path | None) -> None:
    from parwatch.cli_common import out

    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
        out.print(f"wrote {output}")
