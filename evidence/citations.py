"""The citation chain of a document: what it cites and what cites it, and its validity.

A number is unique only within (issuer, year) (Decree 30/2020/NĐ-CP): a citation is resolved by
number AND issuer (or, for a local body's number, the citing document's province) AND year (the
cited date, the year in the symbol, never after the citing document). When several documents
remain, all are shown as ambiguous rather than one guessed."""
from __future__ import annotations

import json
import re

from extractors.refs import is_national, issuer_key, number_key
from store.sqlite import Store

from evidence.inputs import NotFoundError

_COLS = "id, doc_number, doc_type, date, issue_date, issuer, province, title, url, facts, doc_key"
# relation of a later document -> what it makes of the earlier one
_VALIDITY = {"replaces": "bị thay thế bởi", "repeals": "bị bãi bỏ bởi", "amends": "được sửa đổi, bổ sung bởi"}


def _brief(r) -> dict:
    return {"id": r["id"], "number": r["doc_number"], "type": r["doc_type"], "date": r["date"],
            "issuer": r["issuer"], "province": r["province"], "title": r["title"], "url": r["url"]}


def _ref(facts: dict, number: str) -> dict:
    n = number_key(number)
    return next((r for r in facts.get("doc_refs") or [] if number_key(r.get("number")) == n), {})


def _issuer_fits(cand, issuer: str) -> bool | None:
    """True/False when the cited issuer names the candidate's issuer or province; None when it
    names no place ("UBND tỉnh" alone), so the province decides."""
    ik = issuer_key(issuer)
    if cand["issuer"] and issuer_key(cand["issuer"]) == ik:
        return True
    if cand["province"] and issuer_key(cand["province"]) in ik:
        return True
    return None if ik in ("ubnd", "hdnd", "ubnd huyen", "so noi vu") or len(ik) < 6 else False


def resolve(store: Store, citing, number: str) -> list:
    """The stored documents `citing` (a row with facts) can mean by `number`."""
    target = number_key(number)
    if not target:
        return []
    core = number.split("/")[0].strip()
    facts = json.loads(citing["facts"] or "{}")
    ref = _ref(facts, number)
    year = (ref.get("date") or "")[:4] or (re.search(r"/((?:19|20)\d\d)/", number) or [None, None])[1]
    before = citing["issue_date"] or citing["date"]
    out, keys = [], set()
    for c in store.conn.execute(f"SELECT {_COLS} FROM documents WHERE doc_number LIKE ? AND id != ? "
                                "ORDER BY id LIMIT 200", (core + "/%", citing["id"])):
        if number_key(c["doc_number"]) != target:
            continue
        when = c["issue_date"] or c["date"]
        if year and when and when[:4] != year:
            continue
        if ref.get("date") and c["issue_date"] and c["issue_date"] != ref["date"]:
            continue
        if before and when and when > before:          # nothing cites a document issued after it
            continue
        fits = _issuer_fits(c, ref["issuer"]) if ref.get("issuer") else None
        if fits is False:
            continue
        if fits is None and not is_national(number) and citing["province"] and c["province"] \
                and issuer_key(citing["province"]) != issuer_key(c["province"]):
            continue                                    # a local body's number: the citing province's
        if c["doc_key"] and c["doc_key"] in keys:
            continue                                    # the same document on another page: one is enough
        keys.add(c["doc_key"])
        out.append(c)
    return out


def related(store: Store, doc_id: int) -> dict:
    doc = store.conn.execute(f"SELECT {_COLS} FROM documents WHERE id=?", (doc_id,)).fetchone()
    if doc is None:
        raise NotFoundError(f"no document {doc_id}")
    facts = json.loads(doc["facts"] or "{}")
    mine = number_key(doc["doc_number"])
    cites, seen = [], {mine}
    for c in facts.get("citations") or []:
        t = c.get("target")
        if c.get("source") not in (None, doc["doc_number"]) or not number_key(t) or number_key(t) in seen:
            continue
        seen.add(number_key(t))
        hits = resolve(store, doc, t)
        cites.append({"number": t, "relation": _relation(c.get("relation")), "documents": [_brief(r) for r in hits],
                      "ambiguous": len(hits) > 1})
    cited_by = _cited_by(store, doc, mine) if mine else []
    return {"document": _brief(doc), "cites": cites, "cited_by": cited_by, "validity": _validity(cited_by)}


def _cited_by(store: Store, doc, mine: str) -> list[dict]:
    out = []
    core = (doc["doc_number"] or "").split("/")[0].strip()
    for r in store.conn.execute(f"SELECT {_COLS} FROM documents WHERE id != ? AND facts LIKE ? LIMIT 2000",
                                (doc["id"], f"%{core}/%")):
        f = json.loads(r["facts"] or "{}")
        hit = next((c for c in f.get("citations") or [] if number_key(c.get("target")) == mine), None)
        rel = _relation(hit.get("relation")) if hit else None
        if rel is None and any(number_key(x.get("number")) == mine for x in f.get("doc_refs") or []
                               if x.get("number") != f.get("primary")):
            rel = "mentions"
        if rel is None:
            continue
        means = resolve(store, r, doc["doc_number"])
        if any(m["id"] == doc["id"] for m in means):
            out.append({**_brief(r), "relation": rel, "ambiguous": len(means) > 1})
    return out


def _relation(rel: str | None) -> str | None:
    return "cites" if rel == "based_on" else rel      # "based_on" was stored by earlier versions


def _validity(cited_by: list[dict]) -> dict:
    """"còn hiệu lực" unless a later stored document replaces or repeals it (amendments listed)."""
    ends = [c for c in cited_by if c["relation"] in ("replaces", "repeals") and not c["ambiguous"]]
    amended = [c for c in cited_by if c["relation"] == "amends" and not c["ambiguous"]]
    if ends:
        first = min(ends, key=lambda c: c["date"] or "9999")
        verb = _VALIDITY[first["relation"]]
        return {"status": first["relation"], "label": f"{verb} {first['number'] or first['title']}", "verb": verb,
                "by": first, "amended_by": amended}
    return {"status": "in_force", "label": "còn hiệu lực (không thấy văn bản nào trong kho thay thế hay bãi bỏ)",
            "verb": None, "by": None, "amended_by": amended}
