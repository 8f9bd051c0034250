"""`parwatch sources list|validate|status|check`: the portal registry (crawler/sources/*.yaml)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from parwatch.cli_common import StoreOpt, UserError, err, one_line_errors, out, settings_for
from parwatch.lang import LANG, tr
from parwatch.term import cell, quoted

sources_app = typer.Typer(no_args_is_help=True, help=tr(
    "Danh mục cổng thông tin (crawler/sources/*.yaml) và tình trạng từng nguồn.",
    "The portal registry (crawler/sources/*.yaml) and the health of each source."))
DirOpt = Annotated[Optional[Path], typer.Option("--sources-dir", help=tr(
    "Thư mục chứa các tệp YAML mô tả nguồn [mặc định: danh mục]", "Folder of source YAML files [default: the registry]"))]


def _load(sources_dir: Path | None, include_disabled: bool = True):
    from crawler.sources import load_sources

    return load_sources(settings_for(None, sources_dir=sources_dir).sources_dir, include_disabled=include_disabled)


@sources_app.command("list", help=tr("Liệt kê các điểm vào của danh mục, nguồn nhiều văn bản nhất trước.",
                                     "List the entry points of the registry, densest first."))
@one_line_errors
def sources_list(sources_dir: DirOpt = None,
                 all_: Annotated[bool, typer.Option("--all", help=tr("Cả các mục đang tắt",
                                                                     "Disabled entries too"))] = False) -> None:
    from crawler.sources import by_priority

    items = by_priority(_load(sources_dir, include_disabled=all_))
    table = Table(*tr(("mã", "tỉnh/thành", "loại", "ưu tiên", "cms", "địa chỉ gốc", "bằng chứng"),
                      ("id", "province", "kind", "prio", "cms", "base URL", "evidence")))
    for s in items:
        ev = tr("chưa kiểm chứng", "unverified") if s.unverified else tr(f"đã thấy {len(s.seen)}", f"{len(s.seen)} seen")
        table.add_row(cell(s.id), cell(s.province or ""), s.kind, str(s.priority), s.cms, cell(s.base_url),
                      ev + ("" if s.enabled else tr(", đang tắt", ", disabled")))
    out.print(table)
    out.print(tr(f"{len(items)} nguồn", f"{len(items)} sources"))


@sources_app.command("validate", help=tr(
    "Kiểm tra danh mục: lược đồ, mã, tỉnh/thành theo danh mục hành chính, cú pháp địa chỉ, điểm vào trùng lặp, "
    "bằng chứng; mỗi vấn đề một dòng, mã thoát 1 khi có vấn đề.",
    "Check the registry: schema, ids, provinces against the gazetteer, URL syntax, duplicate entry points, "
    "evidence; one line per problem, exit code 1 when there is any."))
@one_line_errors
def sources_validate(paths: Annotated[Optional[list[Path]], typer.Argument(help=tr(
        "Thư mục hoặc tệp nguồn [mặc định: danh mục]", "Folders or files of sources [default: the registry]"))] = None
                     ) -> None:
    from crawler.registry_check import check_registry, evidenced_entry_points
    from crawler.sources import load_sources, parse_sources
    from extractors.places import canonical_province

    sources = []
    for p in paths or [settings_for(None).sources_dir]:
        if p.is_dir():
            sources += load_sources(p, include_disabled=True)
        elif p.is_file():
            sources += parse_sources(p.read_text(encoding="utf-8"), str(p))
        else:
            raise UserError(tr(f"{p}: không có tệp hoặc thư mục này", f"{p}: no such file or folder"))
    problems = check_registry(sources)
    for pr in problems:
        err.print(f"[red]{tr('vấn đề:', 'problem:')}[/red] {quoted(pr)}", highlight=False)
    provinces = {s.province for s in sources if s.status == "active" and s.province}
    archives = {s.former_province for s in sources if s.kind == "archive" and s.former_province}
    unverified = sum(1 for s in sources if s.unverified)
    present = {canonical_province(p) for p in provinces}
    thin = sorted(p for p, keys in evidenced_entry_points(sources).items() if p in present and len(keys) < 2)
    summary = tr(f"{len(sources)} nguồn, {len(provinces)} tỉnh/thành, {len(archives)} tỉnh đã sáp nhập, "
                 f"{unverified} chưa kiểm chứng (đang tắt)",
                 f"{len(sources)} sources, {len(provinces)} provinces, {len(archives)} merged-away provinces, "
                 f"{unverified} unverified (disabled)")
    if thin:    # information, not a problem: a partial registry file may hold one province only
        summary += tr(f"; {len(thin)} tỉnh/thành có dưới 2 điểm vào có bằng chứng ngoài trang chủ: {', '.join(thin)}",
                      f"; {len(thin)} provinces with < 2 evidenced entry points beyond the home page: {', '.join(thin)}")
    if problems:
        err.print(tr(f"[red]{len(problems)} vấn đề[/red] trong {summary}",
                     f"[red]{len(problems)} problem(s)[/red] in {summary}"), highlight=False)
        raise typer.Exit(1)
    out.print(f"[green]{tr('hợp lệ', 'ok')}[/green]: {summary}")


@sources_app.command("status", help=tr(
    "Tình trạng từng nguồn: lần thu thập thành công gần nhất, số văn bản mỗi lần và các cảnh báo (như trang /nguon).",
    "Health of each source: last successful crawl, documents per run, and alarms (as the /nguon page)."))
@one_line_errors
def sources_status(store: StoreOpt = None) -> None:
    from crawler.health import source_status
    from store.factory import open_store

    rows = source_status(open_store(settings_for(store)))
    table = Table(*tr(("nguồn", "thành công gần nhất", "văn bản lần gần nhất", "cảnh báo"),
                      ("source", "last success", "docs last run", "flags")))
    for r in rows:
        table.add_row(cell(r["source_id"]), r.get("last_success_at") or tr("chưa bao giờ", "never"),
                      str(r.get("documents_last_run", "")), ", ".join(_flag(f) for f in r.get("flags") or [])
                      or tr("bình thường", "ok"))
    out.print(table)


@sources_app.command("check", help=tr(
    "Chạy thử, không thu thập: tải mỗi điểm vào một lần và báo trạng thái, chuyển hướng, robots.txt, nguồn tin "
    "tìm thấy và CMS đoán được. Khi không có mạng thì báo một dòng (mã thoát 3).",
    "Dry run, no crawl: fetch each entry point once and report status, redirects, robots.txt, feeds found and a "
    "CMS guess. Offline it says so in one line (exit code 3)."))
@one_line_errors
def sources_check(
    source: Annotated[Optional[list[str]], typer.Option("--source", help=tr("Chỉ nguồn có mã này (lặp lại được)",
                                                                            "Only this source id (repeatable)"))] = None,
    province: Annotated[Optional[str], typer.Option(help=tr("Chỉ các nguồn của tỉnh/thành này",
                                                            "Only the sources of this province"))] = None,
    include_disabled: Annotated[bool, typer.Option("--include-disabled", help=tr(
        "Cả các mục đang tắt (chưa kiểm chứng)", "Also the disabled (unverified) entries"))] = False,
    as_json: Annotated[bool, typer.Option("--json", help=tr("In JSON thay cho bảng", "JSON instead of a table"))] = False,
    timeout: Annotated[float, typer.Option(help=tr("Số giây chờ mỗi yêu cầu", "Seconds per request"))] = 10.0,
    workers: Annotated[int, typer.Option(help=tr("Số yêu cầu chạy song song", "Requests in flight"))] = 8,
    sources_dir: DirOpt = None,
) -> None:
    from crawler.check import check_sources
    from crawler.run import select_sources

    settings = settings_for(None, sources_dir=sources_dir)
    chosen = _load(sources_dir, include_disabled=include_disabled)
    if source:
        unknown = set(source) - {s.id for s in chosen}
        if unknown:
            raise UserError(tr(f"--source: không có nguồn mã {', '.join(sorted(unknown))} (xem parwatch sources list)",
                               f"--source: unknown source id(s): {', '.join(sorted(unknown))}"))
        chosen = [s for s in chosen if s.id in set(source)]
    chosen = select_sources(settings, chosen, province=province)
    if not chosen:
        raise UserError(tr("không có nguồn nào để kiểm tra", "no source to check"))
    report = check_sources(chosen, user_agent=settings.user_agent, timeout=timeout, workers=workers)
    if report.offline:
        err.print(tr(f"không có mạng: {quoted(report.reason)}; hãy chạy `parwatch sources check` trên máy có Internet",
                     f"offline: {quoted(report.reason)}; run `parwatch sources check` on a machine with internet access"),
                  highlight=False)
        raise typer.Exit(3)
    if as_json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return
    table = Table(*tr(("nguồn", "điểm vào", "trạng thái", "chuyển hướng tới", "robots", "nguồn tin", "cms (khai báo → thấy)"),
                      ("source", "entry point", "status", "redirects to", "robots", "feeds", "cms (declared → seen)")))
    for e in report.entries:
        status = str(e.status) if e.status is not None else f"[red]{quoted(e.error or 'error')}[/red]"
        if e.insecure_tls:
            status += tr(" (chứng chỉ TLS không hợp lệ)", " (bad TLS cert)")
        moved = e.final_url if e.redirects else ""
        cms = e.cms_declared + (f" → {e.cms_guess}" if e.cms_guess and e.cms_guess != e.cms_declared else "")
        table.add_row(cell(e.source), cell(f"{e.role}: {e.url}"), status, cell(moved), e.robots,
                      cell(" ".join(e.feeds)), cms)
    out.print(table)
    ok = sum(1 for e in report.entries if e.status is not None and e.status < 400)
    out.print(tr(f"{ok}/{len(report.entries)} điểm vào trả về một trang", f"{ok}/{len(report.entries)} entry points answered with a page"))


def _flag(code: str) -> str:
    """A health flag in the words of the /nguon page (the code under --lang en)."""
    if LANG != "vi":
        return code
    from search_api.pages.sources_view import FLAGS

    return FLAGS[code][1] if code in FLAGS else code


def register(app: typer.Typer) -> None:
    app.add_typer(sources_app, name="sources")
