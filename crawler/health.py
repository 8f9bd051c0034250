"""Source health for `parwatch sources status` and `GET /sources`: one dict per source.

Flags: ``unreachable`` (last run got no answer), ``zero_documents`` (last run found no on-topic
document), ``sudden_drop`` (last run found < 50 % of the average of the previous runs, min. 4),
``bot_wall`` (challenge pages, or 403/503 answers on half or more of the pages, in the last run),
``never_crawled``, ``interrupted`` (the last run was killed before it finished: its counts are
those it had written, every few seconds, before it died)."""
from __future__ import annotations

from store.crawl_records import source_runs
from store.sqlite import Store


def source_status(store: Store, history: int = 5) -> list[dict]:
    out = []
    for src in store.list_sources():
        runs = source_runs(store, src.id, limit=history + 1)
        row = {"source_id": src.id, "name": src.name, "province": src.province, "kind": src.kind,
               "base_url": src.base_url, "status": src.data.get("status", "active"),
               "last_run_at": None, "last_success_at": None, "documents_last_run": None,
               "documents_per_run": [], "pages_last_run": None, "errors_last_run": None, "flags": []}
        if not runs:
            row["flags"].append("never_crawled")
            out.append(row)
            continue
        last = runs[0]
        row.update(last_run_at=last["finished_at"] or last["started_at"], documents_last_run=last["documents"],
                   pages_last_run=last["pages"], errors_last_run=last["errors"],
                   documents_per_run=[r["documents"] for r in runs], unreachable=last["unreachable"])
        ok = [r for r in runs if not r["unreachable"] and r["pages"] > 0]
        row["last_success_at"] = (ok[0]["finished_at"] or ok[0]["started_at"]) if ok else None
        if last.get("run_status") == "interrupted":
            row["flags"].append("interrupted")
        if last["unreachable"]:
            row["flags"].append("unreachable")
        elif last["documents"] == 0:
            row["flags"].append("zero_documents")
        prev = [r["documents"] for r in runs[1:] if not r["unreachable"]]
        if prev and not last["unreachable"]:
            avg = sum(prev) / len(prev)
            if avg >= 4 and last["documents"] < 0.5 * avg:
                row["flags"].append("sudden_drop")
        walls = last["http_403"] + last["http_503"]
        if last["challenges"] or (last["pages"] and walls >= max(1, last["pages"] // 2)):
            row["flags"].append("bot_wall")
        out.append(row)
    return out
