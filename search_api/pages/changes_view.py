"""The change view of a document (/van-ban/{id}/thay-doi?tu=&den=): two stored versions side by
side as sentences added, removed and edited (edited words marked), and the facts that changed."""
from __future__ import annotations

from markupsafe import Markup

from search_api.deps import AppState
from search_api.pages.views import PageError, vn_date
from store import changes


def _version_param(params, name: str, default: int, known: list[int], label: str) -> int:
    raw = (params.get(name) or "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) not in known:
        raise PageError(400, f"{label} “{raw[:20]}” không có: văn bản này có các bản "
                             f"{', '.join(map(str, known))}.")
    return int(raw)


def changes_view(state: AppState, raw_id: str, params) -> dict:
    if not raw_id.isdigit() or len(raw_id) > 18:
        raise PageError(404, f"“{raw_id[:40]}” không phải là mã văn bản (mã là một số, ví dụ /van-ban/12/thay-doi).")
    doc_id = int(raw_id)
    doc = state.store.get_document(doc_id)
    if doc is None:
        raise PageError(404, f"Không có văn bản số {doc_id} trong kho.")
    vers = changes.versions(state.store, doc_id)
    known = [v["version"] for v in vers]
    view = {"doc": doc, "versions": [{**v, "when": vn_date(v["fetched_at"])} for v in vers], "diff": None}
    if len(known) < 2:
        return view
    after = _version_param(params, "den", known[-1], known, "Bản")
    before = _version_param(params, "tu", known[known.index(after) - 1] if after != known[0] else known[0],
                            known, "Bản")
    d = changes.diff(state.store, doc_id, before, after)
    view["diff"] = {"before": before, "after": after, "facts": d.facts,
                    "lines": [{"kind": x.kind, "html": Markup(x.html)} for x in d.lines],
                    "counts": {"added": len(d.added), "removed": len(d.removed), "changed": len(d.changed)},
                    "same": before == after}
    return view
