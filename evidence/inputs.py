"""Inputs of the evidence service: province, year, as-of date and criterion, checked once with
one-line errors; and the catalog views (criteria lists and details)."""
from __future__ import annotations

import json
import re
from datetime import date
from functools import lru_cache

from extractors.criteria import Catalog, catalogs, find_criterion
from extractors.criteria.catalog import Target
from extractors.places import _DATA as PROVINCES_FILE
from store.sqlite import key


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
