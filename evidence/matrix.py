"""The province-year evidence matrix (one verdict per criterion) and its exports: a Vietnamese
XLSX dossier (criteria grouped by domain with their points, verdict words, real date cells, links
to the live page and to the archived copy) and a CSV with a byte-order mark for Excel."""
from __future__ import annotations

import csv
import io
from datetime import date

from extractors.criteria import catalog_for
from store.backend import SearchBackend
from store.sqlite import Store

from evidence.candidates import candidates, family
from evidence.coverage import coverage
from evidence.frozen import signed_off
from evidence.inputs import EvidenceError, check_as_of, check_year, resolve_province
from evidence.verdicts import verify
from evidence.words import VERDICT_ORDER, reason, verdict_word

MATRIX_COLUMNS = ["criterion", "name", "domain", "verdict", "reason", "documents", "dates", "links"]
ARCHIVE_ROUTE = "/ban-luu/{document_id}"     # the captured original of a document (the archive pages)

# the exports' columns, in Vietnamese (one row per criterion, its best document)
EXPORT_COLUMNS = ["Lĩnh vực", "Tiêu chí", "Tên tiêu chí", "Điểm tối đa", "Nguồn tiêu chí", "Kết luận", "Lý do",
                  "Độ tin cậy (khớp tự động)", "Văn bản", "Ngày ban hành", "Ngày đăng", "Năm minh chứng",
                  "Tỉnh cũ (trước sáp nhập)", "Trang gốc", "Bản lưu"]
INFERRED_NOTE = ("Tên, thứ tự và điểm của tiêu chí ghi “suy luận” do parwatch dựng lại, không phải văn bản "
                 "chính thức của Bộ Nội vụ. “Độ tin cậy” là mức khớp tự động giữa văn bản và tiêu chí, "
                 "không phải điểm Chỉ số CCHC.")


def _doc(e: dict) -> dict:
    return {"document_id": e["document_id"], "number": e["number"], "title": e["title"], "type": e["type"],
            "issue_date": e["issue_date"], "posted": e["posted"], "url": e["url"], "score": e["score"],
            "mapped": e["mapped"], "evidence_years": e.get("evidence_years") or [],
            "predecessor": e.get("predecessor"), "archive": ARCHIVE_ROUTE.format(document_id=e["document_id"])}


def matrix(store: Store, backend: SearchBackend | None, province: str, year: int,
           as_of: str | date | None = None, criterion: str | None = None) -> dict:
    province = resolve_province(province)
    year = check_year(year)
    as_of = check_as_of(as_of)
    if as_of is None and criterion is None:
        signed = signed_off(store, province, year)
        if signed is not None:     # frozen: the matrix as it was signed
            return {**signed["matrix"], "signed_off": {k: signed[k] for k in ("actor", "at", "comment")}}
    cat = catalog_for(year)
    if cat is None:
        raise EvidenceError(f"year: no PAR INDEX catalog is in force for {year}")
    rows = candidates(store, province, year, as_of)
    ids = [criterion] if criterion else [t.id for t in cat.mapping_targets()]
    out = []
    for cid in ids:
        v = verify(store, backend, province, year, cid, as_of, _rows=rows)
        shown = [e for e in v["evidence"] if e["document_id"] == v["best"]] + \
                [e for e in v["evidence"] if e["document_id"] != v["best"] and e["mapped"]
                 and (e.get("review") or {}).get("decision") != "rejected"][:2]
        c = v["criterion"]
        out.append({
            "criterion": c["id"], "name": c["name"], "domain": c["domain"],
            "domain_name": c["domain_name"], "domain_points": c["domain_points"], "points": c["points"],
            "sourced": c["sourced"], "caveat": c["caveat"], "citations": c["citations"],
            "verdict": v["verdict"], "reason": v["reason"],
            "confidence": shown[0]["score"] if shown else None,
            "evidence": [_doc(e) for e in shown],
            "documents": "; ".join(e["number"] or e["title"][:60] for e in shown),
            "dates": "; ".join(e["issue_date"] or e["posted"] or "" for e in shown),
            "links": " ".join(e["url"] for e in shown),
        })
    counts = {k: sum(r["verdict"] == k for r in out) for k in VERDICT_ORDER}
    return {"province": province, "year": year, "as_of": as_of, "catalog": cat.summary(),
            "family": family(province), "coverage": coverage(store, family(province), year).to_dict(),
            "documents_considered": len(rows), "counts": counts, "rows": out}


# -- exports ------------------------------------------------------------------------
def _d(s: str | None) -> date | None:
    try:
        return date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


def _points(p: float | None) -> str:
    return "" if p is None else (f"{p:g}".replace(".", ","))


def _domains(m: dict) -> list[tuple[str, str, float | None, list[dict]]]:
    """Rows grouped by domain, in catalog order."""
    out: dict[str, tuple[str, str, float | None, list[dict]]] = {}
    for r in m["rows"]:
        d = out.setdefault(r["domain"], (r["domain"], r.get("domain_name") or "", r.get("domain_points"), []))
        d[3].append(r)
    return list(out.values())


def _cells(r: dict, base_url: str) -> list:
    """One export row: the criterion and its best document (dates as dates, links absolute)."""
    e = (r.get("evidence") or [None])[0]
    conf = r.get("confidence")
    return [
        r["domain"], r["criterion"], r["name"], r.get("points"), r.get("caveat") or "có nguồn chính thức",
        verdict_word(r["verdict"]), reason(r["reason"]),
        None if conf is None else round(conf, 2),
        (e["number"] or e["title"]) if e else "",
        _d(e["issue_date"]) if e else None, _d(e["posted"]) if e else None,
        ", ".join(map(str, e["evidence_years"])) if e else "",
        (e.get("predecessor") or "") if e else "",
        e["url"] if e else "", (base_url.rstrip("/") + e["archive"]) if e else "",
    ]


def _title(m: dict) -> str:
    fam = m.get("family") or [m["province"]]
    extra = f" (gồm tỉnh cũ: {', '.join(fam[1:])})" if len(fam) > 1 else ""
    return (f"Hồ sơ minh chứng Chỉ số CCHC — {m['province']}{extra}, năm {m['year']}"
            + (f" (tính đến {_d(m['as_of']).strftime('%d/%m/%Y')})" if m.get("as_of") else ""))


def matrix_csv(m: dict, base_url: str = "") -> str:
    """CSV with a UTF-8 byte-order mark (Excel reads the Vietnamese right); one row per criterion,
    grouped by domain; dates as DD/MM/YYYY."""
    buf = io.StringIO()
    buf.write("\ufeff")
    w = csv.writer(buf)
    w.writerow(["Tên lĩnh vực", "Điểm tối đa lĩnh vực", *EXPORT_COLUMNS])
    for did, dname, dpoints, rows in _domains(m):
        for r in rows:
            cells = _cells(r, base_url)
            cells = [c.strftime("%d/%m/%Y") if isinstance(c, date) else
                     (_points(c) if isinstance(c, float) else ("" if c is None else c)) for c in cells]
            w.writerow([dname, _points(dpoints), *cells])
    return buf.getvalue()


_FILLS = {"met": "C6EFCE", "late": "FFEB9C", "missing": "FFC7CE", "unclear": "DDEBF7", "no_data": "D9D9D9"}


def matrix_xlsx(m: dict, base_url: str = "") -> bytes:
    """The dossier as a workbook: a title, the caveat, then per domain a heading row (name and
    maximum points) followed by its criteria; verdict cells coloured; dates are date cells;
    "Trang gốc" links to the live page, "Bản lưu" to the archived copy."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = f"Năm {m['year']}"[:31]
    ws.append([_title(m)])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([INFERRED_NOTE])
    ws["A2"].alignment = Alignment(wrap_text=False)
    counts = ", ".join(f"{verdict_word(k)}: {m['counts'].get(k, 0)}" for k in VERDICT_ORDER)
    ws.append([f"Bộ tiêu chí {m['catalog']['id']}; {counts}"])
    ws.append(EXPORT_COLUMNS)
    header = ws.max_row
    for c in ws[header]:
        c.font = Font(bold=True)
    date_cols = (EXPORT_COLUMNS.index("Ngày ban hành") + 1, EXPORT_COLUMNS.index("Ngày đăng") + 1)
    link_cols = (EXPORT_COLUMNS.index("Trang gốc") + 1, EXPORT_COLUMNS.index("Bản lưu") + 1)
    verdict_col = EXPORT_COLUMNS.index("Kết luận") + 1
    conf_col = EXPORT_COLUMNS.index("Độ tin cậy (khớp tự động)") + 1
    for did, dname, dpoints, rows in _domains(m):
        ws.append([f"Lĩnh vực {did}: {dname}" + (f" — tối đa {_points(dpoints)} điểm" if dpoints is not None else "")])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for r in rows:
            ws.append(_cells(r, base_url))
            row = ws.max_row
            ws.cell(row, verdict_col).fill = PatternFill("solid", fgColor=_FILLS.get(r["verdict"], "FFFFFF"))
            for col in date_cols:
                ws.cell(row, col).number_format = "DD/MM/YYYY"
            ws.cell(row, conf_col).number_format = "0%"
            for col in link_cols:
                cell = ws.cell(row, col)
                if cell.value:
                    cell.hyperlink = cell.value
                    cell.font = Font(color="0563C1", underline="single")
    for col, width in zip("ABCDEFGHIJKLMNO", (7, 8, 45, 9, 22, 15, 60, 12, 28, 13, 13, 12, 16, 45, 40)):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = ws.cell(header + 1, 1)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
