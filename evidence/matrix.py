"""The province-year evidence matrix (one verdict per criterion) and its CSV / XLSX exports."""
from __future__ import annotations

import csv
import io
from datetime import date

from extractors.criteria import catalog_for
from store.backend import SearchBackend
from store.sqlite import Store

from evidence.candidates import candidates
from evidence.inputs import EvidenceError, check_as_of, check_year, resolve_province
from evidence.verdicts import verify

MATRIX_COLUMNS = ["criterion", "name", "domain", "verdict", "reason", "documents", "dates", "links"]


def matrix(store: Store, backend: SearchBackend | None, province: str, year: int,
           as_of: str | date | None = None, criterion: str | None = None) -> dict:
    province = resolve_province(province)
    year = check_year(year)
    as_of = check_as_of(as_of)
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
        out.append({
            "criterion": v["criterion"]["id"], "name": v["criterion"]["name"], "domain": v["criterion"]["domain"],
            "verdict": v["verdict"], "reason": v["reason"],
            "documents": "; ".join(e["number"] or e["title"][:60] for e in shown),
            "dates": "; ".join(e["issue_date"] or e["posted"] or "" for e in shown),
            "links": " ".join(e["url"] for e in shown),
        })
    counts = {k: sum(r["verdict"] == k for r in out) for k in ("met", "late", "missing", "unclear")}
    return {"province": province, "year": year, "as_of": as_of, "catalog": cat.summary(),
            "documents_considered": len(rows), "counts": counts, "rows": out}


def matrix_csv(m: dict) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=MATRIX_COLUMNS, extrasaction="ignore")
    w.writeheader()
    w.writerows(m["rows"])
    return buf.getvalue()


def matrix_xlsx(m: dict) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    wb = Workbook()
    ws = wb.active
    ws.title = f"{m['year']}"[:31]
    ws.append([f"PAR INDEX evidence — {m['province']} {m['year']}" + (f" (as of {m['as_of']})" if m["as_of"] else ""),
               f"catalog {m['catalog']['id']}"])
    ws.append(MATRIX_COLUMNS)
    for c in ws[2]:
        c.font = Font(bold=True)
    fills = {"met": "C6EFCE", "late": "FFEB9C", "missing": "FFC7CE", "unclear": "DDEBF7"}
    for r in m["rows"]:
        ws.append([r[k] for k in MATRIX_COLUMNS])
        ws.cell(ws.max_row, 4).fill = PatternFill("solid", fgColor=fills.get(r["verdict"], "FFFFFF"))
        first = r["links"].split(" ")[0] if r["links"] else ""
        if first:
            ws.cell(ws.max_row, 8).hyperlink = first
    for col, width in zip("ABCDEFGH", (9, 50, 7, 9, 70, 30, 14, 60)):
        ws.column_dimensions[col].width = width
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
