"""The citation chain of a document: what it cites and what cites it, matched by document number."""
from __future__ import annotations

import json

from extractors.refs import ref_key
from store.sqlite import Store

from evidence.inputs import NotFoundError


def _brief(r) -> dict:
    return {"id": r["id"], "number": r["doc_number"], "type": r["doc_type"], "date": r["date"],
            "issuer": r["issuer"], "title": r["title"], "url": r["url"]}


def related(store: Store, doc_id: int) -> dict:
    doc = store.conn.execute("SELECT id, doc_number, doc_type, date, issuer, title, url, facts FROM documents "
                             "WHERE id=?", (doc_id,)).fetchone()
    if doc is None:
        raise NotFoundError(f"no document {doc_id}")
    facts = json.loads(doc["facts"] or "{}")
    mine = ref_key(doc["doc_number"])
    cites = []
    targets = [(c.get("target"), c.get("relation")) for c in facts.get("citations") or []
               if c.get("source") in (None, doc["doc_number"])]
    seen = {mine}
    for t, rel in targets:
        nt = ref_key(t)
        if not nt or nt in seen:
            continue
        seen.add(nt)
        core = (t or "").split("/")[0].strip()
        hits = [r for r in store.conn.execute(
            "SELECT id, doc_number, doc_type, date, issuer, title, url FROM documents WHERE doc_number LIKE ? "
            "AND id != ? LIMIT 50", (core + "/%", doc_id)) if ref_key(r["doc_number"]) == nt]
        cites.append({"number": t, "relation": rel, "documents": [_brief(r) for r in hits]})
    cited_by = []
    if mine:
        core = (doc["doc_number"] or "").split("/")[0].strip()
        for r in store.conn.execute("SELECT id, doc_number, doc_type, date, issuer, title, url, facts FROM documents "
                                    "WHERE id != ? AND facts LIKE ? LIMIT 2000", (doc_id, f"%{core}/%")):
            f = json.loads(r["facts"] or "{}")
            rel = next((c.get("relation") for c in f.get("citations") or [] if ref_key(c.get("target")) == mine), None)
            if rel is None and any(ref_key(x.get("number")) == mine for x in f.get("doc_refs") or []
                                   if x.get("number") != f.get("primary")):
                rel = "mentions"
            if rel:
                cited_by.append({**_brief(r), "relation": rel})
    return {"document": _brief(doc), "cites": cites, "cited_by": cited_by}
