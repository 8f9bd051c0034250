"""View models of the HTML pages: gather what a template shows by calling the same service
functions the JSON routes call (the search backend, the store, evidence, alerts).
No HTML here except snippets that the store has already escaped (marked safe explicitly)."""
from __future__ import annotations

import math
import re
from datetime import date
from urllib.parse import urlencode

from markupsafe import Markup

import evidence as ev
from alerts.config import alert_config
from extractors.criteria import MAPPED, POSSIBLE, CatalogError, catalog_for, catalogs_for_year
from extractors.formatting import vn_date
from extractors.places import predecessor_of
from search_api.auth import request_key
from search_api.deps import AppState
from search_api.pages import labels
from search_api.pages.highlight import mark_facts
from store.auth_records import principal_for
from store.backend import FACET_FIELDS, BackendUnavailable
from store.identity import near_duplicates, same_document_pages, sightings
from store.models import SearchQuery
from store.query import parse_query
from store.snippets import highlight
from store.sqlite import key

SEARCH_PATH = "/tim-kiem"
PAGE_SIZES = (10, 20, 50)
MAX_PAGE = 1000
FIRST_YEAR = 2017


class PageError(Exception):
    """A request a page cannot answer; `status` is the HTTP status, the message is Vietnamese."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


# -- small helpers ------------------------------------------------------------------
def check_read(request, state: AppState) -> None:
    """Pages follow the API: reading is public unless public_read is off; then a key is needed."""
    if state.settings.public_read:
        return
    from search_api.pages.session import page_principal
    if request.cookies.get("pw_phien") and page_principal(request, state) is not None:
        return
    k = request_key(request)
    if not k or principal_for(state.store, k) is None:
        raise PageError(401, "Máy chủ này chỉ cho đọc khi có khóa API (public_read đang tắt). "
                             "Hãy dùng API với tiêu đề X-API-Key hoặc nhờ quản trị bật đọc công khai.")


def _text_param(params, name: str, limit: int) -> str | None:
    v = params.get(name)
    if v is None:
        return None
    v = " ".join(str(v).split())
    if len(v) > limit:
        raise PageError(400, f"Ô “{name}” quá dài (tối đa {limit} ký tự).")
    return v or None


def _date_param(params, name: str, label: str) -> date | None:
    v = (params.get(name) or "").strip()
    if not v:
        return None
    try:
        return date.fromisoformat(v)
    except ValueError:
        raise PageError(400, f"{label} “{v[:40]}” không phải là ngày hợp lệ (dạng năm-tháng-ngày, ví dụ 2024-03-12).") from None


def _int_param(params, name: str, default: int, lo: int, hi: int, label: str) -> int:
    v = (params.get(name) or "").strip()
    if not v:
        return default
    if not re.fullmatch(r"\d{1,7}", v) or not lo <= int(v) <= hi:
        raise PageError(400, f"{label} phải là số từ {lo} đến {hi}.")
    return int(v)


def year_options() -> list[int]:
    today = date.today().year
    return [y for y in range(today + 1, FIRST_YEAR - 1, -1) if catalog_for(y) is not None]


def default_year(years: list[int], with_data: set[int] | None = None) -> int:
    """The latest year a catalog covers and the store has documents of; without such data, last
    year (the one appraised now) when a catalog covers it, else the newest covered."""
    covered = sorted(set(years) & (with_data or set()), reverse=True)
    if covered:
        return covered[0]
    last = date.today().year - 1
    return last if last in years or not years else years[0]


def data_years(state: AppState) -> set[int]:
    """Years the stored documents are dated in."""
    rows = state.store.conn.execute("SELECT DISTINCT substr(date, 1, 4) FROM documents WHERE date IS NOT NULL")
    return {int(y) for (y,) in rows if y and y.isdigit()}


def known_provinces(state: AppState) -> list[str]:
    """Provinces the store knows (from its sources and its documents), canonical names."""
    names: set[str] = set()
    for (p,) in state.store.conn.execute(
            "SELECT DISTINCT province FROM sources WHERE province IS NOT NULL AND province != '' "
            "UNION SELECT DISTINCT province FROM documents WHERE province IS NOT NULL AND province != ''"):
        try:
            names.add(ev.resolve_province(p))
        except ev.EvidenceError:
            continue
    return sorted(names, key=lambda n: (key(n), n))


# -- search ----------------------------------------------------------------------------
def search_view(state: AppState, params) -> dict:
    """The search page: form values, hits with highlighted titles and snippets, facets, pages."""
    form = {"q": "", "province": "", "type": "", "issuer": "", "index": "", "from": "", "to": "",
            "sort": "relevance", "size": "10"}
    for k in form:
        if params.get(k) is not None:
            form[k] = str(params.get(k))[:600]
    view = {"form": form, "error": None, "result": None, "facets": [], "hits": [], "pages": [],
            "active": [], "sizes": PAGE_SIZES, "status": 200}
    try:
        q = _text_param(params, "q", 500) or ""
        province = _text_param(params, "province", 100)
        dtype = _text_param(params, "type", 100)
        issuer = _text_param(params, "issuer", 200)
        index = _text_param(params, "index", 50)
        dfrom = _date_param(params, "from", "Từ ngày")
        dto = _date_param(params, "to", "Đến ngày")
        if dfrom and dto and dfrom > dto:
            raise PageError(400, "“Từ ngày” đang sau “Đến ngày”: hãy đổi lại khoảng thời gian.")
        sort = (params.get("sort") or "relevance").strip()
        if sort not in ("relevance", "date"):
            raise PageError(400, "Cách sắp xếp chỉ có thể là “liên quan nhất” hoặc “mới nhất”.")
        size = _int_param(params, "size", 10, 1, 100, "Số kết quả mỗi trang")
        page = _int_param(params, "page", 1, 1, MAX_PAGE, "Số trang")
    except PageError as e:
        view.update(error=e.message, status=e.status)
        return view
    current = {"q": q, "province": province, "type": dtype, "issuer": issuer, "index": index,
               "from": dfrom.isoformat() if dfrom else None, "to": dto.isoformat() if dto else None,
               "sort": sort if sort != "relevance" else None, "size": size if size != 10 else None}
    query = SearchQuery(q=q, province=province, type=dtype, issuer=issuer, index=index, date_from=dfrom,
                        date_to=dto, sort=sort, page=page, size=size)
    try:
        result = state.backend.search(query)
    except BackendUnavailable as e:
        view.update(error=f"Máy tìm kiếm đang không truy cập được ({e}). Hãy thử lại sau ít phút.", status=503)
        return view
    except ValueError as e:
        view.update(error=f"Không tìm được với truy vấn này: {e}", status=400)
        return view
    pq = parse_query(q)
    view["result"] = result
    view["listing"] = pq.empty            # nothing to rank by: the list is by date, and says so
    view["only_excluded"] = pq.only_excluded
    view["hits"] = [{
        "id": h.id, "url": h.url, "link": f"/van-ban/{h.id}",
        "title": Markup(highlight(h.title or h.url, pq)),          # escaped by store.snippets
        "snippet": Markup(h.snippet),                                # escaped by the backend, <mark> only
        "doc_number": h.doc_number, "doc_type": h.doc_type, "issuer": h.issuer, "province": h.province,
        "predecessor": predecessor_of(h.province, province) if province else None,
        "indices": h.indices, "date": vn_date(h.date),
    } for h in result.hits]
    view["facets"] = _facets(result.facets, current)
    view["active"] = _active_filters(current)
    pages = min(MAX_PAGE, math.ceil(result.total / size)) if result.total else 0
    view["pages"] = _pagination(page, pages, current)
    view["page"], view["page_count"] = page, pages
    view["first"] = (page - 1) * size + 1 if result.hits else 0
    view["last"] = (page - 1) * size + len(result.hits)
    view["follow_link"] = follow_url(current)
    view["sort_links"] = {s: search_url({**current, "sort": s if s != "relevance" else None}) for s in ("relevance", "date")}
    return view


def follow_url(current: dict) -> str:
    """The alerts sign-up form pre-filled with this search (dates and sort do not apply to alerts)."""
    keep = [(k, current[k]) for k in ("q", "province", "type", "issuer", "index") if current.get(k)]
    return "/canh-bao" + ("?" + urlencode(keep) if keep else "") + "#dang-ky"


def search_url(params: dict) -> str:
    clean = [(k, v) for k, v in params.items() if v not in (None, "")]
    return SEARCH_PATH + ("?" + urlencode(clean) if clean else "")


def _facets(facets: dict, current: dict) -> list[dict]:
    out = []
    for field in FACET_FIELDS:
        values = facets.get(field) or []
        items = []
        for fv in values:
            if field == "year":
                y = fv.value
                active = current["from"] == f"{y}-01-01" and current["to"] == f"{y}-12-31"
                change = {"from": None, "to": None} if active else {"from": f"{y}-01-01", "to": f"{y}-12-31"}
            else:
                active = key(current.get(field)) == key(fv.value)
                change = {field: None if active else fv.value}
            items.append({"value": fv.value, "count": fv.count, "active": active,
                          "url": search_url({**current, **change, "page": None})})
        if items:
            out.append({"field": field, "label": labels.FACETS.get(field, field), "values": items})
    return out


def _active_filters(current: dict) -> list[dict]:
    out = []
    for field in ("province", "type", "issuer", "index"):
        if current.get(field):
            out.append({"label": labels.FACETS[field], "value": current[field],
                        "url": search_url({**current, field: None})})
    if current.get("from") or current.get("to"):
        span = f"{vn_date(current.get('from')) or '…'} – {vn_date(current.get('to')) or '…'}"
        out.append({"label": "Thời gian", "value": span, "url": search_url({**current, "from": None, "to": None})})
    return out


def _pagination(page: int, pages: int, current: dict) -> list[dict]:
    if pages <= 1:
        return []
    shown = sorted({1, pages, *range(max(1, page - 2), min(pages, page + 2) + 1)})
    out, prev = [], 0
    for p in shown:
        if p - prev > 1:
            out.append({"gap": True})
        out.append({"number": p, "current": p == page, "url": search_url({**current, "page": p if p > 1 else None})})
        prev = p
    return out


# -- document -----------------------------------------------------------------------
def document_view(state: AppState, raw_id: str) -> dict:
    if not re.fullmatch(r"\d{1,18}", raw_id or "") or not 1 <= int(raw_id) <= 2**62:
        raise PageError(404, f"“{(raw_id or '')[:40]}” không phải là mã văn bản (mã là một số, ví dụ /van-ban/12).")
    doc_id = int(raw_id)
    doc = state.store.get_document(doc_id)
    if doc is None:
        raise PageError(404, f"Không có văn bản số {doc_id} trong kho. Hãy tìm lại từ trang tìm kiếm.")
    facts = doc.get("facts") or {}
    source = state.store.get_source(doc["source_id"]) if doc.get("source_id") else None
    offset = len(doc.get("title") or "") + 2
    attachments = [{
        **a, "how": labels.text_method(a.get("text_method")),
        "name": labels.attachment_name(a),
        "text_html": mark_facts(a.get("text") or "", facts) if a.get("text") else None,
    } for a in doc.get("attachments") or []]
    try:
        chain = ev.related(state.store, doc_id)
    except ev.EvidenceError:
        chain = {"cites": [], "cited_by": [], "validity": None}
    for c in chain["cites"]:
        c["relation_vi"] = labels.relation(c.get("relation"))
    for c in chain["cited_by"]:
        c["relation_vi"] = labels.relation(c.get("relation"))
    return {
        "doc": doc, "facts": facts, "source": source,
        "text_html": mark_facts(doc.get("text") or "", facts, offset=offset, paragraphs=True),
        "fact_rows": fact_rows(facts),
        "attachments": attachments,
        "chain": chain,
        "criteria": document_criteria(state, doc),
        "dates": {"issued": vn_date(doc.get("issue_date")), "published": vn_date(doc.get("published_date")),
                  "fetched": vn_date(doc.get("fetched_at")), "first_seen": vn_date(doc.get("first_seen_at"))},
        "versions": doc.get("versions") or [],
        "also_at": [s for s in sightings(state.store.conn, doc_id) if s["url"] != doc.get("canonical_url")],
        "near_duplicates": near_duplicates(state.store.conn, doc_id),
        "same_document": same_document_pages(state.store.conn, doc_id),
    }


def fact_rows(facts: dict) -> list[dict]:
    """The facts as table rows: kind, value, details, the sentence it came from."""
    rows = []
    primary = facts.get("primary")
    for r in facts.get("doc_refs") or []:
        if not isinstance(r, dict):
            continue
        rows.append({"kind": "Văn bản chính" if r.get("number") == primary else "Văn bản được nhắc đến",
                     "css": "number", "value": r.get("number") or "",
                     "details": [("Loại", r.get("type")), ("Ngày", vn_date(r.get("date"))),
                                 ("Cơ quan ban hành", r.get("issuer"))],
                     "sentence": r.get("sentence")})
    for t in facts.get("targets") or []:
        if not isinstance(t, dict):
            continue
        v = t.get("value")
        value = (f"{int(v)}" if isinstance(v, (int, float)) and v == int(v) else str(v)) + (
            ("" if t.get("unit") == "%" else " ") + t["unit"] if t.get("unit") else "")
        rows.append({"kind": "Chỉ tiêu", "css": "target", "value": value,
                     "details": [("Nội dung", t.get("subject")), ("Mức", t.get("qualifier")),
                                 ("Năm phải đạt", t.get("deadline_year"))],
                     "sentence": t.get("sentence")})
    period = facts.get("period")
    if isinstance(period, dict) and (period.get("from") or period.get("to")):
        rows.append({"kind": "Giai đoạn", "css": "other", "value": f"{period.get('from') or '…'} – {period.get('to') or '…'}",
                     "details": [], "sentence": None})
    if facts.get("province"):
        rows.append({"kind": "Tỉnh, thành phố", "css": "other", "value": facts["province"], "details": [], "sentence": None})
    if facts.get("indices"):
        rows.append({"kind": "Chỉ số", "css": "other", "value": ", ".join(facts["indices"]), "details": [], "sentence": None})
    for c in facts.get("citations") or []:
        if isinstance(c, dict):
            rows.append({"kind": "Dẫn chiếu", "css": "other",
                         "value": f"{c.get('source') or 'văn bản này'} → {c.get('target')}",
                         "details": [("Quan hệ", labels.relation(c.get("relation")))], "sentence": None})
    for r in rows:
        r["details"] = [(k, v) for k, v in r["details"] if v not in (None, "")]
    return rows


def document_criteria(state: AppState, doc: dict) -> dict:
    """The criteria (of the catalogs in force for the year the document is *for*) it is evidence
    for. That year comes from the document itself (its title, report period or plan period), not
    from its issue date: the 2024 plan issued on 26/12/2023 is evidence for 2024."""
    row = ev.candidate(state.store, doc["id"])
    ey = ev.years_of(row)
    when = doc.get("date") or doc.get("published_date") or (doc.get("first_seen_at") or "")[:10]
    years = list(ey.years)
    if years:
        now = date.today().year
        year = years[0] if ey.basis in ("title", "report") else max([y for y in years if y <= now] or [years[0]])
    else:
        try:
            year = int(str(when)[:4])
        except ValueError:
            return {"year": None, "years": [], "basis": None, "items": [], "error": None}
    items = []
    try:
        for cat in catalogs_for_year(year):
            for m in ev.mappings(state.store, row, cat, year).values():
                if m["score"] < POSSIBLE:
                    continue
                items.append({"id": m["criterion_id"], "name": m.get("criterion_name") or "",
                              "catalog": cat.model.name, "index": cat.index,
                              "score": m["score"], "mapped": m["score"] >= MAPPED,
                              "explanation": labels.explanation(m.get("signals"), m.get("explanation")),
                              "sentence": m.get("sentence"),
                              "years": m.get("target_years") or [],
                              "evidence_url": _evidence_url(doc.get("province"), year, m["criterion_id"])
                              if cat.index == "PAR INDEX" else None})
    except CatalogError as e:
        return {"year": year, "years": years, "basis": ey.basis, "items": [], "error": f"Bộ tiêu chí không dùng được: {e}"}
    items.sort(key=lambda i: (-i["mapped"], -i["score"], i["id"]))
    return {"year": year, "years": years, "basis": ey.basis, "detail": ey.detail, "items": items, "error": None}


def _evidence_url(province: str | None, year: int, cid: str) -> str | None:
    if not province:
        return None
    return "/minh-chung?" + urlencode({"province": province, "year": year, "criterion": cid}) + "#chi-tiet"


# -- evidence ----------------------------------------------------------------------
def _verdict(v: str) -> dict:
    text, icon = labels.VERDICTS.get(v, (v, "·"))
    return {"code": v, "text": text, "icon": icon}


def evidence_view(state: AppState, params) -> dict:
    years = year_options()
    provinces = known_provinces(state)
    form = {"province": (params.get("province") or "")[:100], "year": (params.get("year") or "")[:10],
            "criterion": (params.get("criterion") or "")[:20], "as_of": (params.get("as_of") or "")[:20]}
    view = {"form": form, "years": years, "provinces": provinces, "matrix": None, "detail": None,
            "error": None, "status": 200}
    if not form["year"]:
        form["year"] = str(default_year(years, data_years(state)))
    if not form["province"]:
        return view
    try:
        year = _int_param(params, "year", default_year(years), 2000, 2100, "Năm")
        if form["as_of"]:
            _date_param(params, "as_of", "Ngày xét")
        m = ev.matrix(state.store, state.backend, form["province"], year, form["as_of"] or None)
    except PageError as e:
        view.update(error=e.message, status=e.status)
        return view
    except ev.EvidenceError as e:
        view.update(error=_evidence_error(e), status=e.status)
        return view
    except CatalogError as e:
        view.update(error=f"Bộ tiêu chí không dùng được: {e}", status=503)
        return view
    form["province"] = m["province"]
    base = {"province": m["province"], "year": year, "as_of": m["as_of"]}
    q = lambda **kw: urlencode([(k, v) for k, v in {**base, **kw}.items() if v not in (None, "")])  # noqa: E731
    rows = []
    for r in m["rows"]:
        if not rows or rows[-1]["domain"] != r["domain"]:
            rows.append({"heading": True, "domain": r["domain"], "domain_name": r.get("domain_name"),
                         "domain_points": r.get("domain_points")})
        rows.append({**r, "verdict": _verdict(r["verdict"]), "reason": labels.reason(r.get("reason")),
                     "detail_url": f"/minh-chung?{q(criterion=r['criterion'])}#chi-tiet",
                     "compare_url": f"/minh-chung/so-sanh?{urlencode({'criterion': r['criterion'], 'year': year})}",
                     "selected": r["criterion"] == form["criterion"]})
    view["matrix"] = {**m, "rows": rows,
                      "counts": [{**_verdict(k), "count": m["counts"].get(k, 0)} for k in ev.words.VERDICT_ORDER],
                      "coverage_note": _coverage_vi(m["coverage"]), "old_provinces": m["family"][1:],
                      "csv": f"/evidence/matrix?{q(format='csv')}", "xlsx": f"/evidence/matrix?{q(format='xlsx')}",
                      "json": f"/evidence/matrix?{q()}"}
    if form["criterion"]:
        try:
            v = ev.verify(state.store, state.backend, m["province"], year, form["criterion"], m["as_of"])
        except ev.EvidenceError as e:
            view.update(error=_evidence_error(e), status=e.status)
            return view
        view["detail"] = evidence_detail(v)
    return view


def _coverage_vi(cov: dict) -> str:
    """One line on what was collected for the province-year (so "Thiếu" can be trusted)."""
    if cov["sources"] == 0:
        return ("Chưa cấu hình nguồn nào của tỉnh" + (f"; có {cov['documents']} văn bản từ nguồn khác."
                                                       if cov["documents"] else "; chưa thu được văn bản nào."))
    return f"Đã thu thập thành công {cov['crawled']}/{cov['sources']} nguồn của tỉnh cho năm này."


def evidence_detail(v: dict) -> dict:
    items = []
    for e in v["evidence"]:
        items.append({**e, "link": f"/van-ban/{e['document_id']}", "issue_date_vn": vn_date(e.get("issue_date")),
                      "explanation": labels.explanation(e.get("signals"), e.get("explanation")),
                      "year_fit": labels.year_fit(e.get("year_fit")),
                      "posted_vn": vn_date(e.get("posted")), "score_pct": round((e.get("score") or 0) * 100)})
    return {**v, "verdict": _verdict(v["verdict"]), "reason": labels.reason(v.get("reason")), "items": items,
            "deadline_vn": vn_date(v["criterion"].get("deadline"))}


def _evidence_error(e: Exception) -> str:
    msg = str(e)
    if msg.startswith("province: unknown province"):
        return f"Không biết tỉnh này. Hãy chọn một tỉnh trong danh sách. ({msg})"
    if msg.startswith("year: no PAR INDEX catalog"):
        return f"Chưa có bộ tiêu chí PAR INDEX cho năm này. Hãy chọn năm khác. ({msg})"
    if msg.startswith("criterion"):
        return f"Không có tiêu chí này trong bộ tiêu chí của năm đã chọn. ({msg})"
    return f"Yêu cầu không hợp lệ: {msg}"


def compare_view(state: AppState, params) -> dict:
    """One criterion across every province the store knows, for one year."""
    years = year_options()
    form = {"criterion": (params.get("criterion") or "")[:20], "year": (params.get("year") or "")[:10]}
    if not form["year"]:
        form["year"] = str(default_year(years, data_years(state)))
    view = {"form": form, "years": years, "criteria": [], "rows": [], "criterion": None, "error": None,
            "status": 200}
    try:
        year = _int_param(params, "year", default_year(years), 2000, 2100, "Năm")
        cat = catalog_for(year)
        if cat is None:
            raise PageError(422, f"Chưa có bộ tiêu chí PAR INDEX cho năm {year}. Hãy chọn năm khác.")
        view["criteria"] = [{"id": t.id, "name": t.name} for t in cat.mapping_targets()]
        view["catalog"] = cat.summary()
    except PageError as e:
        view.update(error=e.message, status=e.status)
        return view
    except CatalogError as e:
        view.update(error=f"Bộ tiêu chí không dùng được: {e}", status=503)
        return view
    if not form["criterion"]:
        return view
    if cat.criterion(form["criterion"]) is None:
        view.update(error=f"Không có tiêu chí “{form['criterion']}” trong bộ tiêu chí năm {year}.", status=404)
        return view
    for p in known_provinces(state):
        try:
            v = ev.verify(state.store, state.backend, p, year, form["criterion"])
        except ev.EvidenceError as e:
            view.update(error=_evidence_error(e), status=e.status)
            return view
        view["criterion"] = v["criterion"]
        best = next((e for e in v["evidence"] if e["document_id"] == v["best"]), None)
        view["rows"].append({"province": p, "verdict": _verdict(v["verdict"]), "reason": labels.reason(v["reason"]),
                             "best": best, "best_date": vn_date(best.get("issue_date") or best.get("posted")) if best else "",
                             "considered": v["documents_considered"],
                             "detail_url": "/minh-chung?" + urlencode({"province": p, "year": year,
                                                                        "criterion": form["criterion"]}) + "#chi-tiet"})
    view["counts"] = [{**_verdict(k), "count": sum(r["verdict"]["code"] == k for r in view["rows"])}
                      for k in ("met", "late", "missing", "unclear")]
    return view


# -- alerts -------------------------------------------------------------------------
def alerts_view(state: AppState, params=None) -> dict:
    """The alerts page: the public sign-up form (pre-filled from a search: q, province, type, index,
    criterion) and the editors' part, filled by its script through the JSON API."""
    params = params or {}
    picked = {k: [str(x)[:200] for x in (params.getlist(k) if hasattr(params, "getlist") else [])][:70]
              for k in ("province", "type", "index", "issuer", "criterion")}
    prefill = {"q": str(params.get("q") or "")[:500], "provinces": picked["province"], "types": picked["type"],
               "indices": picked["index"], "issuers": picked["issuer"], "criteria": picked["criterion"]}
    try:
        facets = state.backend.search(SearchQuery(q="", size=1)).facets
    except (BackendUnavailable, ValueError):
        facets = {}
    year = date.today().year
    criteria = []
    try:
        # the PAR INDEX first: it is what most subscribers follow
        for cat in sorted(catalogs_for_year(year), key=lambda c: c.model.index != "PAR INDEX"):
            criteria += [{"id": t.id, "name": t.name} for t in cat.mapping_targets()]
    except CatalogError:
        pass
    return {"provinces": known_provinces(state),
            "types": [f.value for f in facets.get("type", [])],
            "indices": sorted({*(f.value for f in facets.get("index", [])), "PAR INDEX", "SIPAS", "PAPI", "PCI"}),
            "criteria": criteria, "channels": labels.CHANNELS, "prefill": prefill,
            "mail_ready": bool(alert_config(state.settings).smtp_host)}
