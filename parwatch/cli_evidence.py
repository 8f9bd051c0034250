"""`parwatch evidence` and `parwatch criteria list`: thin commands over evidence."""

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from parwatch.lang import LANG, tr

# The evidence service names its inputs by their API names; the command line by its flags.
_FLAGS = {"province": "--province", "year": "--year", "as_of": "--as-of", "criterion": "--criterion"}


def register(app: typer.Typer) -> None:
    from parwatch.cli_common import JsonOpt, StoreOpt, UserError, one_line_errors, out, settings_for
    from parwatch.term import cell, quoted

    criteria_app = typer.Typer(no_args_is_help=True, help=tr(
        "Các bộ tiêu chí (PAR INDEX, SIPAS, PAPI, PCI, DTI).", "The criteria catalogs (PAR INDEX, SIPAS, PAPI, PCI, DTI)."))
    app.add_typer(criteria_app, name="criteria")

    @criteria_app.command("list", help=tr("Liệt kê các tiêu chí của các bộ tiêu chí.", "List the criteria of the catalogs."))
    @one_line_errors
    def criteria_list(
        year: Annotated[Optional[int], typer.Option(help=tr("Chỉ các bộ tiêu chí có hiệu lực trong năm này",
                                                            "Only the catalogs in force for this year"))] = None,
        index: Annotated[Optional[str], typer.Option(help=tr("PAR INDEX, hoặc OTHER cho các bộ khác (SIPAS, PAPI, PCI, DTI)",
                                                             "PAR INDEX, or OTHER for the others (SIPAS, PAPI, PCI, DTI)"))] = None,
        as_json: JsonOpt = False,
    ) -> None:
        import evidence as ev

        items = _run(ev.list_criteria, year, index)
        if index and not items and _run(ev.list_criteria, year, None):
            raise UserError(tr(f"--index: không có bộ tiêu chí nào cho {index!r}: dùng PAR INDEX hoặc OTHER",
                               f"--index: no catalog for {index!r}: use PAR INDEX or OTHER"))
        if as_json:
            sys.stdout.write(json.dumps(items, ensure_ascii=False) + "\n")
            return
        table = Table(*tr(("mã", "tên", "lĩnh vực", "bộ tiêu chí", "suy luận"), ("id", "name", "domain", "catalog", "inferred")))
        yes, no = tr(("có", "không"), ("yes", "no"))
        for c in items:
            table.add_row(c["id"], c["name"], c["domain"], c["catalog"], yes if c["inferred"] else no)
        out.print(table)

    @app.command("evidence", help=tr(
        "Kết luận từng tiêu chí (đạt / trễ hạn / thiếu / chưa rõ / không đủ dữ liệu) kèm minh chứng cho một tỉnh, "
        "một năm.\n\nKhông đủ dữ liệu: không tìm thấy gì và các nguồn của tỉnh chưa được thu thập cho khoảng thời "
        "gian đó. csv và xlsx là bản xuất tiếng Việt (UTF-8 có BOM; trang tính nhóm theo lĩnh vực).",
        "Verdicts (met / late / missing / unclear / no_data) with their evidence for a province and year.\n\n"
        "no_data: nothing found and the province's sources were not crawled for that window. "
        "csv and xlsx are the Vietnamese exports (UTF-8 with BOM; sheet grouped by domain)."))
    @one_line_errors
    def evidence(
        province: Annotated[str, typer.Option(help=tr("Tỉnh/thành, ví dụ 'Tiền Giang'", "Province, e.g. 'Tiền Giang'"))],
        year: Annotated[int, typer.Option(help=tr("Năm đánh giá", "Assessment year"))],
        criterion: Annotated[Optional[str], typer.Option(help=tr("Một tiêu chí, ví dụ 1.1 (mặc định: tất cả)",
                                                                 "One criterion, e.g. 1.1 (default: all)"))] = None,
        format: Annotated[str, typer.Option("--format", help=tr("Dạng kết quả: table (bảng), csv, xlsx hoặc json",
                                                                "table, csv, xlsx or json"))] = "table",
        output: Annotated[Optional[Path], typer.Option("-o", "--output", help=tr("Ghi ra tệp này",
                                                                                 "Write to this file"))] = None,
        as_of: Annotated[Optional[str], typer.Option("--as-of", help=tr("Chỉ tính những gì đã đăng đến ngày "
                                                                        "YYYY-MM-DD", "What had been posted by "
                                                                        "YYYY-MM-DD"))] = None,
        store: StoreOpt = None,
    ) -> None:
        import evidence as ev
        from store.factory import open_backend, open_store

        if format not in ("table", "csv", "xlsx", "json"):
            raise UserError(tr(f"--format: dùng table, csv, xlsx hoặc json, không phải {format!r}",
                               f"--format: use table, csv, xlsx or json, not {format!r}"))
        if format == "xlsx" and output is None:
            raise UserError(tr("--format xlsx cần -o TỆP", "--format xlsx needs -o FILE"))
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
            out.print(tr(f"đã ghi {output}", f"wrote {output}"))
        elif criterion:
            out.print(f"[bold]{quoted(result['criterion']['id'])} {quoted(result['criterion']['name'])}[/bold] — "
                      f"{quoted(result['province'])} {result['year']}: [bold]{_verdict(result['verdict'])}[/bold]")
            out.print(cell(_reason(result["reason"])), highlight=False)
            table = Table(*tr(("văn bản", "số hiệu", "ngày", "điểm", "thẩm định", "địa chỉ"),
                              ("doc", "number", "date", "score", "review", "url")))
            for e in result["evidence"]:
                table.add_row(str(e["document_id"]), cell(e["number"] or ""), e["issue_date"] or e["posted"] or "",
                              f"{e['score']:.2f}", (e.get("review") or {}).get("decision", ""), cell(e["url"]))
            out.print(table)
        else:
            table = Table(*tr(("tiêu chí", "kết luận", "lý do", "văn bản"), ("criterion", "verdict", "reason", "documents")),
                          title=f"{quoted(result['province'])} {result['year']}")
            for r in result["rows"]:
                table.add_row(cell(r["criterion"]), _verdict(r["verdict"]), cell(_reason(r["reason"])), cell(r["documents"]))
            out.print(table)


def _verdict(code: str) -> str:
    from evidence.words import verdict_word

    return verdict_word(code) if LANG == "vi" else code


def _reason(text: str) -> str:
    from evidence.words import reason

    return reason(text) if LANG == "vi" else text


def _run(fn, *args):
    from parwatch.cli_common import UserError
    from evidence import EvidenceError

    try:
        return fn(*args)
    except EvidenceError as e:
        field, sep, rest = str(e).partition(": ")
        raise UserError(f"{_FLAGS[field]}: {rest}" if sep and field in _FLAGS else str(e)) from None


def _emit(text: str, output: Path | None) -> None:
    from parwatch.cli_common import out

    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
        out.print(tr(f"đã ghi {output}", f"wrote {output}"))
