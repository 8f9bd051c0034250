"""`parwatch show ID|NUMBER`: one document on the terminal — what it is, where it came from, its
facts and attachments, its versions."""
from __future__ import annotations

from typing import Annotated

import typer
from rich.table import Table

from parwatch.cli_common import JsonOpt, StoreOpt, UserError, one_line_errors, out, settings_for
from parwatch.lang import tr
from parwatch.term import cell, quoted


def find(st, ref: str) -> list[int]:
    """Ids of the documents `ref` names: an id, else a document number (any case)."""
    ref = ref.strip()
    if ref.isdigit() and len(ref) < 19 and st.get_document(int(ref)) is not None:
        return [int(ref)]
    rows = st.conn.execute("SELECT id FROM documents WHERE lower(doc_number)=lower(?) ORDER BY date DESC, id",
                           (ref,)).fetchall()
    return [r[0] for r in rows]


def _field_rows(doc: dict) -> list[tuple[str, str]]:
    return [(tr("Số hiệu", "Number"), doc.get("doc_number") or ""), (tr("Loại", "Type"), doc.get("doc_type") or ""),
            (tr("Cơ quan ban hành", "Issuer"), doc.get("issuer") or ""),
            (tr("Tỉnh/thành", "Province"), doc.get("province") or ""), (tr("Ngày", "Date"), doc.get("date") or ""),
            (tr("Chỉ số", "Indices"), ", ".join(doc.get("indices") or [])),
            (tr("Địa chỉ gốc", "URL"), doc.get("url") or ""), (tr("Thu thập lúc", "Fetched"), doc.get("fetched_at") or ""),
            (tr("Phiên bản", "Version"), str(doc.get("version") or 1))]


def _facts_table(facts: dict) -> Table | None:
    rows = []
    for r in facts.get("doc_refs") or []:
        kind = tr("văn bản chính", "primary") if r.get("number") == facts.get("primary") else tr("văn bản nhắc đến",
                                                                                                  "cited")
        rows.append((kind, r.get("number") or "", " · ".join(x for x in (r.get("type"), r.get("date"), r.get("issuer"))
                                                             if x)))
    for t in facts.get("targets") or []:
        v = t.get("value")
        value = (f"{v:g}" if isinstance(v, (int, float)) else str(v)) + (t.get("unit") or "")
        rows.append((tr("chỉ tiêu", "target"), " ".join(x for x in (t.get("qualifier"), value) if x),
                     (t.get("subject") or "")[:100] + (f" ({tr('hạn', 'by')} {t['deadline_year']})"
                                                        if t.get("deadline_year") else "")))
    if not rows:
        return None
    table = Table(*tr(("dữ kiện", "giá trị", "chi tiết"), ("fact", "value", "detail")),
                  title=tr("Dữ kiện trích xuất", "Extracted facts"))
    for row in rows:
        table.add_row(*(cell(x) for x in row))
    return table


def _attachments_table(atts: list[dict]) -> Table | None:
    if not atts:
        return None
    from search_api.pages.labels import attachment_name

    table = Table(*tr(("tệp", "loại", "cỡ", "cách đọc", "lỗi"), ("file", "type", "size", "read by", "error")),
                  title=tr("Tệp đính kèm", "Attachments"))
    for a in atts:
        table.add_row(cell(attachment_name(a)), cell(a.get("media_type")),
                      f"{a['size']:,}" if a.get("size") else "", cell(a.get("text_method")), cell(a.get("error")))
    return table


@one_line_errors
def show(ref: Annotated[str, typer.Argument(help=tr("Mã văn bản (số) hoặc số hiệu, ví dụ 252/KH-UBND",
                                                  "Document id (a number) or document number, e.g. 252/KH-UBND"))],
         as_json: JsonOpt = False, store: StoreOpt = None) -> None:
    import json
    import sys

    from store.factory import open_store

    settings = settings_for(store)
    st = open_store(settings)
    ids = find(st, ref)
    if not ids:
        raise UserError(tr(f"không có văn bản nào có mã hoặc số hiệu {ref!r}; tìm bằng: parwatch search {ref!r}",
                           f"no document with id or number {ref!r}; look for it with: parwatch search {ref!r}"))
    if len(ids) > 1:
        out.print(tr(f"{len(ids)} văn bản mang số hiệu {quoted(ref)}; xem từng văn bản bằng parwatch show MÃ:",
                     f"{len(ids)} documents carry the number {quoted(ref)}; show one with parwatch show ID:"),
                  highlight=False)
        for i in ids:
            d = st.get_document(i)
            out.print(f"  {i}  {quoted(d.get('date') or '')}  {quoted(d.get('province') or '')}  {quoted(d['title'])}",
                      highlight=False)
        return
    doc = st.get_document(ids[0])
    if as_json:
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, default=str) + "\n")
        return
    # the serving address is unknown here: a path on whatever server serves this store, unless configured
    base = (settings.alerts_public_base_url or "").rstrip("/")
    out.print(f"[bold]{quoted(doc['title'] or tr('(không có tiêu đề)', '(untitled)'))}[/bold]", highlight=False)
    fields = Table.grid(padding=(0, 2))
    fields.add_column(no_wrap=True)
    fields.add_column(overflow="fold")
    for label, value in _field_rows(doc) + [(tr("Trang", "Page"), f"{base}/van-ban/{doc['id']}")]:
        if value:
            fields.add_row(label, cell(value))
    out.print(fields)
    for t in (_facts_table(doc.get("facts") or {}), _attachments_table(doc.get("attachments") or [])):
        if t is not None:
            out.print(t)
    if doc.get("versions"):
        out.print(tr(f"Bản trước: {', '.join(str(v['version']) for v in doc['versions'])} — thay đổi: "
                     f"{base}/van-ban/{doc['id']}/thay-doi",
                     f"Earlier versions: {', '.join(str(v['version']) for v in doc['versions'])} — changes: "
                     f"{base}/van-ban/{doc['id']}/thay-doi"), highlight=False)


def register(app: typer.Typer) -> None:
    app.command("show", help=tr("Một văn bản: dữ kiện, địa chỉ, tệp đính kèm, các phiên bản (theo mã hoặc số hiệu).",
                                "One document: facts, URLs, attachments, versions (by id or number)."))(show)
