"""Dev tool: the gold goals never emitted, by the stage that lost them (miss22, session 18).

    python -m extractors.goal_errors --seed none --out ROWS.jsonl
    python -m extractors.target_cv --refit all --seeds none --dump DUMP.json
    python -m extractors.never_emitted DUMP.json ROWS.jsonl

A gold goal is never emitted when the dump misses it and emits no target of its value and unit
that the gold lacks (so not a deadline error). Stages, from goal_errors' rows (same partition):
(a) never a candidate: no candidate of that value and unit, or its only candidates were emitted
for another gold goal of the same value and unit (one value written for two goals);
(b) rejected by the goal decision; (c) dropped after it (a past deadline, a share of a goal met,
the statistic veto, a merge or restatement). Parts in corpus.TEST_ONLY_PARTS are left out."""
from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict

from extractors import corpus
from extractors.scoring import target_key

# the stage of each drop reason of targets.find_targets
STAGE = {"not a candidate": "a", "goal": "b", "as_of": "c", "ratio": "c", "statistic": "c", "dx_share": "c",
         "similar": "c", "restated": "c"}


def never_emitted(cases: list[dict], dump: dict) -> list[tuple[str, tuple]]:
    """(id, gold key) of each gold goal missed whose value and unit the page emits for no false target."""
    out = []
    for c in cases:
        if "targets" not in c or c["id"] not in dump or c.get("part") in corpus.TEST_ONLY_PARTS:
            continue
        gt = Counter(target_key(t) for t in c["targets"])
        ht = Counter(target_key(t) for t in dump[c["id"]]["targets"])
        spur = {k[:2] for k in ht - gt}
        out += [(c["id"], k) for k in (gt - ht).elements() if k[:2] not in spur]
    return out


def stage(row: dict | None) -> tuple[str, str]:
    """(stage, reason) of one goal_errors row; a row whose best candidate was emitted (for a twin
    gold goal) is staged by its other candidates' drops."""
    if row is None:
        return "?", "no goal_errors row"
    why = row["why"]
    if why in ("emitted", "deadline"):
        drops = [d for d in row.get("drops", []) if d is not None]
        if not drops:
            return "a", "one candidate emitted for two gold goals"
        why = max(drops, key=lambda d: d == "goal")      # a rejected twin first, else what merged it
        return STAGE.get(why, "c"), "twin: " + why
    return STAGE.get(why, "c"), why


def main(argv=None) -> None:
    args = argv or sys.argv[1:]
    dump = json.load(open(args[0], encoding="utf-8"))
    rows = defaultdict(list)
    for line in open(args[1], encoding="utf-8"):
        r = json.loads(line)
        if r["kind"] == "fn":
            rows[(r["id"], tuple(r["gold"]))].append(r)
    by = defaultdict(list)
    for i, k in never_emitted(corpus.load(), dump):
        rs = rows.get((i, k))
        by[stage(rs.pop(0) if rs else None)].append(f"{i}:{k[0]:g} {k[1]}")
    for (st, why), ids in sorted(by.items()):
        print(f"({st}) {why}: {len(ids)}  {' '.join(ids)}")
    print("total", sum(map(len, by.values())), {s: sum(len(v) for (t, _), v in by.items() if t == s) for s in "abc?"})


if __name__ == "__main__":
    main()
