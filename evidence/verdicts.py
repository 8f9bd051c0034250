"""Verdict rules: for (province, year, criterion), which published documents prove the criterion
and was the proof on time (met / late / missing / unclear, or no_data when the province's sources
were not read for the year); appraisers' reviews."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from extractors.criteria import MAPPED, POSSIBLE
from extractors.criteria.catalog import Target
from extractors.formatting import vn_date
from extractors.evidence_year import EvidenceYears, evidence_years
from extractors.places import predecessor_of
from store import evidence_records as records
from store.backend import SearchBackend
from store.sqlite import Store

from evidence.candidates import Candidate, _fts_ranks, candidates, family, mappings, posted
from evidence.coverage import coverage
from evidence.frozen import check_open
from evidence.inputs import EvidenceError, NotFoundError, check_as_of, check_year, criterion_for, resolve_province

FTS_WEIGHT = 0.1          # full-text relevance adds at most this much to the rule score


# -- verdicts ---------------------------------------------------------------------
def _d(s: str | None) -> date | None:
    try:
        return date.fromisoformat(s[:10]) if s else None
    except ValueError:
        return None


def _vn(d: date | None) -> str:
    return vn_date(d, missing="?")


def deadline_of(target: Target, year: int) -> date | None:
    dl = target.rule.deadline
    if dl is None:
        return None
    if dl.rule == "before_year_start":
        return date(year - 1, 12, 31)
    return date(year + dl.year_offset, dl.month, dl.day)


def years_of(row: Candidate) -> EvidenceYears:
    """The years a stored document is evidence for (title year, report period, plan period),
    apart from its issue and posting dates."""
    facts = row.facts if isinstance(row.facts, dict) else json.loads(row.facts or "{}")
    p = facts.get("period") if isinstance(facts, dict) else None
    period = (int(p["from"]), int(p["to"])) if isinstance(p, dict) and p.get("from") and p.get("to") else None
    return evidence_years(row.title or "", row.text or "", issued=_d(row.issue_date), period=period)


def year_fit(target: Target, m: dict, row: Candidate, year: int) -> tuple[bool, bool, str]:
    """(relevant, explicit, how): does the document concern the year, and does it say so? The
    year a document is *for* (its title, its report period, its plan period) decides before any
    date: the 2024 plan issued on 26/12/2023 is evidence for 2024, not 2023."""
    ey = years_of(row)
    own = list(ey.years) if ey.basis in ("title", "report") else []
    years = own or ([y for y in m.get("target_years") or [] if ey.basis != "period"])
    issued = _d(row.issue_date)
    when = issued or _d(posted(row))
    rule = target.rule.year_rule
    if year in years:
        return True, True, f"names the year {year}"
    if ey.basis == "period" and year in ey.years:
        return True, False, f"covers the period {ey.years[0]}-{ey.years[-1]}"
    if rule == "plan_for_year":
        if years:
            return False, True, f"is for {', '.join(map(str, years))}"
        if ey.basis == "period":
            return False, True, f"is for the period {ey.years[0]}-{ey.years[-1]}"
        if when and date(year - 1, 10, 1) <= when <= date(year, 12, 31):
            return True, False, f"does not name the year; dated {_vn(when)}"
        return False, False, "date outside the plan window"
    if rule == "report_on_year":
        if years and year not in years and all(y < year - 1 or y > year for y in years):
            return False, True, f"reports on {', '.join(map(str, years))}"
        if when and (when.year == year or (when.year == year + 1 and when.month <= 3)):
            return True, False, f"dated {_vn(when)}"
        return False, False, "dated outside the reporting window"
    if own and year not in own:
        return False, True, f"is for {', '.join(map(str, own))}"
    if when and when.year == year:
        return True, True, f"{'issued' if issued else 'posted'} {_vn(when)}"
    return False, False, f"{'issued' if issued else 'posted'} {_vn(when)}, not in {year}"


@dataclass
class _Ev:
    row: Candidate
    m: dict
    score: float
    fts: tuple[int, str] | None
    relevant: bool
    explicit: bool
    how: str
    review: dict | None


def _evidence_item(e: _Ev, dl: date | None, province: str) -> dict:
    r = e.row
    issued = _d(r.issue_date)
    ey = years_of(r)
    item = {
        "document_id": r.id, "number": r.doc_number, "type": r.doc_type, "issuer": r.issuer,
        "issue_date": r.issue_date, "posted": posted(r), "url": r.url, "title": r.title,
        "evidence_years": list(ey.years), "evidence_years_basis": ey.basis,
        "province": r.province, "predecessor": predecessor_of(r.province, province),
        "score": round(e.score, 3), "rule_score": e.m["score"], "mapped": e.m["score"] >= MAPPED,
        "year_fit": e.how, "explanation": e.m.get("explanation"), "sentence": e.m.get("sentence"),
        "snippet": (e.m.get("sentence") or r.text[:240])[:300],
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
        m = mappings(store, row, cat, year).get(target.id)
        review = (revs.get(row.id) or [None])[0]
        if m is None:
            if review is None:
                continue
            m = {"score": 0.0, "explanation": "no rule matched", "sentence": None, "target_years": []}
        f = fts.get(row.id)
        score = m["score"] + (FTS_WEIGHT / f[0] if f else 0.0)
        if score < POSSIBLE and review is None:
            continue
        rel, explicit, how = year_fit(target, m, row, year)
        evs.append(_Ev(row, m, min(score, 1.0), f, rel, explicit, how, review))
    dl = deadline_of(target, year)
    verdict, reason, best = _verdict(target, year, evs, dl)
    cov = coverage(store, family(province), year)
    if verdict == "missing" and cov.state == "not_crawled":
        verdict, reason = "no_data", f"no data: {cov.note}; nothing can be said for {year}"
    rank = {"accepted": 0, None: 1, "rejected": 2}
    evs.sort(key=lambda e: (rank[(e.review or {}).get("decision")], not (e.relevant and e.m["score"] >= MAPPED),
                            -e.score, e.row.id))
    return {
        "province": province, "year": year, "as_of": as_of,
        "criterion": {"id": target.id, "name": target.name, "domain": target.domain_id,
                      "domain_name": target.domain_name, "points": target.points,
                      "domain_points": target.domain_points, "sourced": target.sourced,
                      "citations": list(target.citations), "caveat": target.caveat,
                      "inferred": target.inferred, "year_rule": target.rule.year_rule,
                      "deadline": dl.isoformat() if dl else None,
                      "deadline_inferred": target.rule.deadline_inferred if dl else None},
        "catalog": cat.summary(),
        "verdict": verdict, "reason": reason,
        "best": best["row"].id if best else None,
        "documents_considered": len(rows),
        "coverage": cov.to_dict(),
        "family": family(province),
        "evidence": [_evidence_item(e, dl, province) for e in evs],
    }


def _label(e: _Ev) -> str:
    r = e.row
    what = r.doc_number or (r.title or "")[:60] or f"document {r.id}"
    kind = r.doc_type or "document"
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
        issued = _d(b.row.issue_date)
        return "met", (f"{_label(b)} ({src}) {b.how}" + (f", issued {_vn(issued)}" if issued else "")), {"row": b.row}
    dated = [e for e in pool if _d(e.row.issue_date)]
    on_time = [e for e in dated if _d(e.row.issue_date) <= dl]
    when = ("before the year began" if target.rule.deadline.rule == "before_year_start"
            else f"by {_vn(dl)}")
    explicit_on_time = [e for e in on_time if e.explicit or e in accepted]
    if explicit_on_time:
        b = explicit_on_time[0]
        return "met", (f"{_label(b)} issued {_vn(_d(b.row.issue_date))}, {when}: on time ({src})"), {"row": b.row}
    if on_time:
        b = on_time[0]
        return "unclear", (f"{_label(b)} issued {_vn(_d(b.row.issue_date))} {b.how}: on time only if it is "
                           f"the {year} one; review it"), {"row": b.row}
    if dated:
        b = min(dated, key=lambda e: _d(e.row.issue_date))
        return "late", (f"{_label(b)} issued {_vn(_d(b.row.issue_date))}, after the deadline "
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
    check_open(store, province, year)          # a signed-off province-year is frozen
    return records.add_review(store, actor=actor, criterion_id=target.id, document_id=document_id, year=year,
                              decision=decision, reason=reason.strip(), province=province)
