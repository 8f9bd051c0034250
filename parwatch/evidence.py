"""Evidence service: for (province, year, criterion), which published documents prove the
criterion, and was the proof on time? Verdicts, reviews, the province-year matrix, exports,
and the citation chain of a document. The API and the CLI are thin shells over this module."""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from extractors.criteria import MAPPED, MAPPER_VERSION, POSSIBLE, Catalog, catalog_for, catalogs, find_criterion
from extractors.criteria.catalog import Target
from extractors.criteria.mapping import map_document
from extractors.normalize import fold
from store import evidence_records as records
from store.backend import BackendUnavailable, SearchBackend
from store.models import SearchQuery
from store.sqlite import Store, key

PROVINCES_FILE = Path(__file__).resolve().parent.parent / "extractors" / "data" / "provinces.json"
MAX_CANDIDATES = 3000
FTS_WEIGHT = 0.1          # full-text relevance adds at most this much to the rule score


class EvidenceError(ValueError):
    """Bad input for the evidence service; `status` is the HTTP status the API answers with."""
    status = 422


class NotFoundError(EvidenceError):
    status = 404


# -- inputs --------------------------------------------------------------------
@lru_cache(maxsize=1)
def _province_names() -> dict[str, str]:
    data = json.loads(PROVINCES_FILE.read_text(encoding="utf-8"))
    names: dict[str, str] = {}
    for p in data.get("old_provinces", []) + data.get("new_provinces", []):
        names[key(p["name"])] = p["name"]
    for canon, aliases in (data.get("aliases") or {}).items():
        names.setdefault(key(canon), canon)
        for a in aliases:
            names[key(a)] = names.get(key(canon), canon)
    return names


def resolve_province(name: str | None) -> str:
    if not name or not name.strip():
        raise EvidenceError("province: give a province name, e.g. 'Tiền Giang'")
    k = key(re.sub(r"^\s*(tỉnh|tinh|thành phố|thanh pho|tp\.?)\s+", "", name.strip(), flags=re.I))
    found = _province_names().get(k)
    if not found:
        raise EvidenceError(f"province: unknown province {name!r} (use a name such as 'Tiền Giang' or 'Hà Nội')")
    return found


def check_year(year: int) -> int:
    if not isinstance(year, int) or year < 2000 or year > 2100:
        raise EvidenceError(f"year: {year!r} is out of range (2000-2100)")
    return year


def check_as_of(as_of: str | date | None) -> str | None:
    if as_of is None or as_of == "":
        return None
    if isinstance(as_of, date):
        return as_of.isoformat()
    try:
        return date.fromisoformat(str(as_of)).isoformat()
    except ValueError:
        raise EvidenceError(f"as_of: {as_of!r} is not a date (YYYY-MM-DD)") from None


def criterion_for(cid: str, year: int) -> tuple[Catalog, Target]:
    found = find_criterion(cid, year)
    if found is None:
        if find_criterion(cid) is not None:
            raise EvidenceError(f"criterion: {cid!r} is not in the catalog in force for {year}")
        raise NotFoundError(f"criterion: no criterion {cid!r} (see GET /criteria)")
    return found


# -- catalog views ---------------------------------------------------------------
def list_criteria(year: int | None = None, index: str | None = None) -> list[dict]:
    out = []
    for cat in catalogs():
        if year is not None and not cat.in_force(year):
            continue
        if index and key(cat.index) != key(index):
            continue
        for d in cat.model.domains:
            for c in d.criteria:
                out.append({"id": c.id, "name": c.name, "domain": d.id, "domain_name": d.name,
                            "catalog": cat.id, "index": cat.index, "inferred": c.inferred,
                            "confidence": c.confidence, "sub_criteria": [s.id for s in c.sub_criteria]})
    return out


def criterion_detail(cid: str, year: int | None = None) -> dict:
    found = find_criterion(cid, year)
    if found is None:
        raise NotFoundError(f"no criterion {cid!r}" + (f" in force for {year}" if year else ""))
    cat, t = found
    crit = next((c for d in cat.model.domains for c in d.criteria if c.id == (t.parent_id or t.id)), None)
    rule = t.rule.model_dump()
    refs = rule.get("source_refs") or []
    return {"id": t.id, "name": t.name, "domain": t.domain_id, "domain_name": t.domain_name,
            "parent": t.parent_id, "inferred": t.inferred, "confidence": t.confidence,
            "catalog": cat.summary(), "evidence_rule": rule,
            "sources": {r: cat.model.sources.get(r) for r in refs},
            "sub_criteria": [s.model_dump(exclude={"evidence"}) for s in crit.sub_criteria] if crit and not t.parent_id else [],
            "other_versions": [c.id for c in catalogs() if c.id != cat.id and c.criterion(cid) is not None]}


# -- candidates and mappings -----------------------------------------------------------
_COLS = ("id, url, title, text, doc_number, doc_type, issuer, issue_date, date, published_date, "
         "first_seen_at, content_hash, facts, province, source_id")


def _source_ids(store: Store, province: str) -> list[str]:
    pk = key(province)
    return [s.id for s in store.list_sources() if s.province and key(s.province) == pk]


def posted(row) -> str | None:
    return row["published_date"] or (row["first_seen_at"] or "")[:10] or None


def candidates(store: Store, province: str, year: int, as_of: str | None = None) -> list:
    """Documents of the province that may concern the year (issued or posted from July of the
    year before to June of the year after), as published by `as_of`."""
    srcs = _source_ids(store, province)
    where = "(province_key = ?" + (f" OR source_id IN ({','.join('?' * len(srcs))})" if srcs else "") + ")"
    params: list = [key(province), *srcs]
    lo, hi = f"{year - 1}-07-01", f"{year + 1}-06-30"
    where += " AND ((date BETWEEN ? AND ?) OR (date IS NULL AND substr(first_seen_at,1,10) BETWEEN ? AND ?))"
    params += [lo, hi, lo, hi]
    if as_of:
        where += " AND coalesce(published_date, substr(first_seen_at, 1, 10)) <= ?"
        params.append(as_of)
    return store.conn.execute(f"SELECT {_COLS} FROM documents WHERE {where} ORDER BY id LIMIT ?",
                              [*params, MAX_CANDIDATES]).fetchall()


def _attachment_text(store: Store, doc_id: int) -> str:
    return "\n\n".join(r[0] for r in store.conn.execute(
        "SELECT text FROM attachments WHERE document_id=? AND text != '' ORDER BY id", (doc_id,)))


def mappings(store: Store, row, cat: Catalog) -> dict[str, dict]:
    """criterion id -> mapping dict for one stored document (cached per content and catalog)."""
    mapper = f"{MAPPER_VERSION}:{cat.digest[:16]}"
    got = records.cached_mappings(store, row["id"], cat.id, row["content_hash"], mapper)
    if got is None:
        text = row["text"]
        extra = _attachment_text(store, row["id"])
        if extra:
            text += "\n\n" + extra
        facts = json.loads(row["facts"] or "{}")
        got = [m.to_dict() for m in map_document(text, row["title"], facts, catalog=cat, minimum=0.0)]
        records.save_mappings(store, row["id"], cat.id, row["content_hash"], mapper, got)
    return {m["criterion_id"]: m for m in got}


def _fts_ranks(backend: SearchBackend | None, target: Target, province: str, year: int) -> dict[int, tuple[int, str]]:
    """doc id -> (rank, query) in the full-text search for the criterion's plain key phrases."""
    if backend is None:
        return {}
    out: dict[int, tuple[int, str]] = {}
    for phrase in [p for p in target.rule.title_phrases if not p.startswith("re:")][:3]:
        q = f'"{phrase}"'
        try:
            res = backend.search(SearchQuery(q=q, province=province, date_from=date(year - 1, 7, 1),
                                             date_to=date(year + 1, 6, 30), size=50))
        except (BackendUnavailable, ValueError):
            return out
        for rank, h in enumerate(res.hits, 1):
            if h.id not in out or rank < out[h.id][0]:
                out[h.id] = (rank, q)
    return out


# -- verdicts ---------------------------------------------------------------------
def _d(s: str | None) -> date | None:
    try:
        return date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


def _vn(d: date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else "?"


def deadline_of(target: Target, year: int) -> date | None:
    dl = target.rule.deadline
    if dl is None:
        return None
    if dl.rule == "before_year_start":
        return date(year - 1, 12, 31)
    return date(year + dl.year_offset, dl.month, dl.day)


def year_fit(target: Target, m: dict, row, year: int) -> tuple[bool, bool, str]:
    """(relevant, explicit, how): does the document concern the year, and does it say so?"""
    years = m.get("target_years") or []
    issued = _d(row["issue_date"])
    when = issued or _d(posted(row))
    rule = target.rule.year_rule
    if year in years:
        return True, True, f"names the year {year}"
    if rule == "plan_for_year":
        if years:
            return False, True, f"is for {', '.join(map(str, years))}"
        if when and date(year - 1, 10, 1) <= when <= date(year, 12, 31):
            return True, False, f"does not name the year; dated {_vn(when)}"
        return False, False, "date outside the plan window"
    if rule == "report_on_year":
        if years and year not in years and all(y < year - 1 or y > year for y in years):
            return False, True, f"reports on {', '.join(map(str, years))}"
        if when and (when.year == year or (when.year == year + 1 and when.month <= 3)):
            return True, False, f"dated {_vn(when)}"
        return False, False, "dated outside the reporting window"
    if when and when.year == year:
        return True, True, f"{'issued' if issued else 'posted'} {_vn(when)}"
    return False, False, f"{'issued' if issued else 'posted'} {_vn(when)}, not in {year}"


@dataclass
class _Ev:
    row: object
    m: dict
    score: float
    fts: tuple[int, str] | None
    relevant: bool
    explicit: bool
    how: str
    review: dict | None


def _evidence_item(e: _Ev, dl: date | None) -> dict:
    r = e.row
    issued = _d(r["issue_date"])
    item = {
        "document_id": r["id"], "number": r["doc_number"], "type": r["doc_type"], "issuer": r["issuer"],
        "issue_date": r["issue_date"], "posted": posted(r), "url": r["url"], "title": r["title"],
        "score": round(e.score, 3), "rule_score": e.m["score"], "mapped": e.m["score"] >= MAPPED,
        "year_fit": e.how, "explanation": e.m.get("explanation"), "sentence": e.m.get("sentence"),
        "snippet": (e.m.get("sentence") or r["text"][:240])[:300],
        "signals": e.m.get("signals"),
        "full_text": {"rank": e.fts[0], "query": e.fts[1]} if e.fts else None,
        "review": e.review,
    }
    if dl is not None:
        item["deadline"] = dl.isoformat()
        item["on_time"] = (issued <= dl) if issued else None
    return item


def verify(store: Store, backend: SearchBackend | None, province: str, year: int, criterion: str,
           as_of: str | date | None = None, *, _rows=None) -> dict:
    province = resolve_province(province)
    year = check_year(year)
    as_of = check_as_of(as_of)
    cat, target = criterion_for(criterion, year)
    rows = _rows if _rows is not None else candidates(store, province, year, as_of)
    revs = records.reviews(store, target.id, year, as_of)
    fts = _fts_ranks(backend, target, province, year)
    evs: list[_Ev] = []
    for row in rows:
        m = mappings(store, row, cat).get(target.id)
        review = (revs.get(row["id"]) or [None])[0]
        if m is None:
            if review is None:
                continue
            m = {"score": 0.0, "explanation": "no rule matched", "sentence": None, "target_years": []}
        f = fts.get(row["id"])
        score = m["score"] + (FTS_WEIGHT / f[0] if f else 0.0)
        if score < POSSIBLE and review is None:
            continue
        rel, explicit, how = year_fit(target, m, row, year)
        evs.append(_Ev(row, m, min(score, 1.0), f, rel, explicit, how, review))
    dl = deadline_of(target, year)
    verdict, reason, best = _verdict(target, year, evs, dl)
    rank = {"accepted": 0, None: 1, "rejected": 2}
    evs.sort(key=lambda e: (rank[(e.review or {}).get("decision")], not (e.relevant and e.m["score"] >= MAPPED),
                            -e.score, e.row["id"]))
    return {
        "province": province, "year": year, "as_of": as_of,
        "criterion": {"id": target.id, "name": target.name, "domain": target.domain_id,
                      "inferred": target.inferred, "year_rule": target.rule.year_rule,
                      "deadline": dl.isoformat() if dl else None,
                      "deadline_inferred": target.rule.deadline_inferred if dl else None},
        "catalog": cat.summary(),
        "verdict": verdict, "reason": reason,
        "best": best["row"]["id"] if best else None,
        "documents_considered": len(rows),
        "evidence": [_evidence_item(e, dl) for e in evs],
    }


def _label(e: _Ev) -> str:
    r = e.row
    what = r["doc_number"] or (r["title"] or "")[:60] or f"document {r['id']}"
    kind = r["doc_type"] or "document"
    return f"{kind} {what}"


def _verdict(target: Target, year: int, evs: list[_Ev], dl: date | None):
    usable = [e for e in evs if (e.review or {}).get("decision") != "rejected"]
    accepted = [e for e in usable if (e.review or {}).get("decision") == "accepted"]
    mapped = [e for e in usable if e.relevant and e.m["score"] >= MAPPED]
    pool = accepted or mapped
    if not pool:
        weak = [e for e in usable if e.relevant]
        if weak:
            w = max(weak, key=lambda e: e.score)
            return "unclear", (f"possible evidence only: {_label(w)} (score {w.score:.2f}, below "
                               f"{MAPPED}); review it"), {"row": w.row}
        outside = [e for e in usable if e.m["score"] >= MAPPED]
        if outside:
            o = outside[0]
            return "missing", f"no document for {year}; {_label(o)} {o.how}", None
        return "missing", f"no published document of the province matches “{target.name}” for {year}", None
    pool.sort(key=lambda e: (-(e in accepted), -e.explicit, -e.score))
    src = "accepted by an appraiser" if accepted else "mapped"
    if dl is None:
        b = pool[0]
        issued = _d(b.row["issue_date"])
        return "met", (f"{_label(b)} ({src}) {b.how}" + (f", issued {_vn(issued)}" if issued else "")), {"row": b.row}
    dated = [e for e in pool if _d(e.row["issue_date"])]
    on_time = [e for e in dated if _d(e.row["issue_date"]) <= dl]
    when = ("before the year began" if target.rule.deadline.rule == "before_year_start"
            else f"by {_vn(dl)}")
    explicit_on_time = [e for e in on_time if e.explicit or e in accepted]
    if explicit_on_time:
        b = explicit_on_time[0]
        return "met", (f"{_label(b)} issued {_vn(_d(b.row['issue_date']))}, {when}: on time ({src})"), {"row": b.row}
    if on_time:
        b = on_time[0]
        return "unclear", (f"{_label(b)} issued {_vn(_d(b.row['issue_date']))} {b.how}: on time only if it is "
                           f"the {year} one; review it"), {"row": b.row}
    if dated:
        b = min(dated, key=lambda e: _d(e.row["issue_date"]))
        return "late", (f"{_label(b)} issued {_vn(_d(b.row['issue_date']))}, after the deadline "
                        f"{_vn(dl)} ({when}): late"), {"row": b.row}
    b = pool[0]
    return "unclear", f"{_label(b)} matches but its issue date was not read; check the date", {"row": b.row}


# -- reviews -----------------------------------------------------------------------
def review(store: Store, *, actor: str, province: str, year: int, criterion: str, document_id: int,
           decision: str, reason: str) -> dict:
    province = resolve_province(province)
    year = check_year(year)
    _, target = criterion_for(criterion, year)
    if decision not in ("accepted", "rejected", "accept", "reject"):
        raise EvidenceError("decision: use 'accepted' or 'rejected'")
    decision = decision if decision.endswith("ed") else decision + "ed"
    if not reason or not reason.strip():
        raise EvidenceError("reason: say why (one sentence an appraiser can check)")
    if store.conn.execute("SELECT 1 FROM documents WHERE id=?", (document_id,)).fetchone() is None:
        raise NotFoundError(f"document_id: no document {document_id}")
    return records.add_review(store, actor=actor, criterion_id=target.id, document_id=document_id, year=year,
                              decision=decision, reason=reason.strip(), province=province)


# -- matrix and exports -------------------------------------------------------------
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


# -- citation chain ------------------------------------------------------------------
def norm_number(n: str | None) -> str:
    """'252/ KH-UBND', '252/KH-UBND' and '252/kh-ubnd' compare equal; Đ folds to D."""
    return re.sub(r"[\s.]+", "", fold(n or "")).upper().replace("–", "-")


def _brief(r) -> dict:
    return {"id": r["id"], "number": r["doc_number"], "type": r["doc_type"], "date": r["date"],
            "issuer": r["issuer"], "title": r["title"], "url": r["url"]}


def related(store: Store, doc_id: int) -> dict:
    doc = store.conn.execute("SELECT id, doc_number, doc_type, date, issuer, title, url, facts FROM documents "
                             "WHERE id=?", (doc_id,)).fetchone()
    if doc is None:
        raise NotFoundError(f"no document {doc_id}")
    facts = json.loads(doc["facts"] or "{}")
    mine = norm_number(doc["doc_number"])
    cites = []
    targets = [(c.get("target"), c.get("relation")) for c in facts.get("citations") or []
               if c.get("source") in (None, doc["doc_number"])]
    seen = {mine}
    for t, rel in targets:
        nt = norm_number(t)
        if not nt or nt in seen:
            continue
        seen.add(nt)
        core = (t or "").split("/")[0].strip()
        hits = [r for r in store.conn.execute(
            "SELECT id, doc_number, doc_type, date, issuer, title, url FROM documents WHERE doc_number LIKE ? "
            "AND id != ? LIMIT 50", (core + "/%", doc_id)) if norm_number(r["doc_number"]) == nt]
        cites.append({"number": t, "relation": rel, "documents": [_brief(r) for r in hits]})
    cited_by = []
    if mine:
        core = (doc["doc_number"] or "").split("/")[0].strip()
        for r in store.conn.execute("SELECT id, doc_number, doc_type, date, issuer, title, url, facts FROM documents "
                                    "WHERE id != ? AND facts LIKE ? LIMIT 2000", (doc_id, f"%{core}/%")):
            f = json.loads(r["facts"] or "{}")
            rel = next((c.get("relation") for c in f.get("citations") or [] if norm_number(c.get("target")) == mine), None)
            if rel is None and any(norm_number(x.get("number")) == mine for x in f.get("doc_refs") or []
                                   if x.get("number") != f.get("primary")):
                rel = "mentions"
            if rel:
                cited_by.append({**_brief(r), "relation": rel})
    return {"document": _brief(doc), "cites": cites, "cited_by": cited_by}
