"""Dev tool: the gold goals never emitted, classed by where the nearest goal cue is.

    python -m extractors.goal_errors --seed none --out FILE.jsonl
    python -m extractors.goal_miss_classes FILE.jsonl

Reads goal_errors's rows (a missed gold goal with 160 characters before its value); a row whose
snippet is not found again in the page's text is "unlocated". Classes: a goal cue in the value's own
clause (A-C: the local verdict is wrong), only earlier in its paragraph (D: goals assigned
collectively), only in the 600 characters above its paragraph (E: a list cut from its lead-in), none
(F); rows the goal model did not reject are counted by goal_errors' reason. `--detail` (run18) splits
classes D and E, per part group (the test-only parts apart), by run shape (`_run_shape`), the page's
date against the gold year and a comparison ("so với cùng kỳ / năm trước") after the value."""
from __future__ import annotations

import collections
import json
import re
import sys

from extractors import corpus
from extractors.targets import _paragraphs

GOAL = re.compile(r"mục tiêu|chỉ tiêu|phấn đấu|đề ra|đặt ra|kế hoạch|dự kiến|hướng tới|hướng đến|định hướng|đến (?:cuối |hết )?năm 20\d\d", re.I)
PAST = re.compile(r"đã đạt|đạt được|\bđã\b|đến nay|hiện nay|tính đến|ước đạt|vừa qua|năm qua|kết quả|xếp (?:thứ|hạng)", re.I)
CMP = re.compile(r"so với|cùng kỳ", re.I)
_NUM = re.compile(r"\d")
_PERIOD_CMP = re.compile(r"so với (?:cùng kỳ|năm trước|năm 20\d\d)|cùng kỳ", re.I)


def _cue_class(t: str, tp: int) -> str:
    """Where the goal cue nearest the value at tp is: its clause, its paragraph, the lines above, none."""
    paras = _paragraphs(t)
    pi = max((i for i, (s, _) in enumerate(paras) if s <= tp), default=0)
    ps = paras[pi][0]
    sent0 = max(t.rfind(". ", ps, tp), t.rfind("; ", ps, tp), ps)
    sent_b = t[sent0:tp]
    para_b = t[max(ps, tp - 1500):sent0]
    above = t[max(0, ps - 600):ps]
    if GOAL.search(sent_b) and not PAST.search(sent_b) and CMP.search(t[tp:tp + 60] + sent_b):
        return "A goal cue in its clause, a comparison 'so với/cùng kỳ' near"
    if GOAL.search(sent_b) and not PAST.search(sent_b):
        return "B goal cue in its clause, no past cue (local verdict wrong)"
    if GOAL.search(sent_b):
        return "C goal and past cues in its clause"
    if GOAL.search(para_b):
        lastg = max(m.end() for m in GOAL.finditer(para_b))
        lastp = max((m.end() for m in PAST.finditer(para_b)), default=-1)
        return "D collective: goal cue earlier in its paragraph" + (" (last cue)" if lastg > lastp else " (a past cue after it)")
    if GOAL.search(above):
        return "E list: goal cue only in the lines above its paragraph"
    return "F no goal cue within reach"


def _run_shape(t: str, tp: int) -> str:
    """"run": going back from the value's sentence (or ";" item) in its paragraph, every sentence
    holds a number until one with a goal cue; "broken": a sentence without a number comes first;
    "no goal sentence": the paragraph's start comes first."""
    paras = _paragraphs(t)
    ps = paras[max((i for i, (s, _) in enumerate(paras) if s <= tp), default=0)][0]
    cuts = [ps] + [ps + m.end() for m in re.finditer(r"(?<=[.;!?])\s+|\n", t[ps:tp])]
    for a, b in zip(reversed(cuts[:-1]), reversed(cuts[1:])):
        if not _NUM.search(t, a, b):
            return "broken by a sentence without a number"
        if GOAL.search(t, a, b):
            return "run"
    return "no goal sentence before it"


def _details(r: dict, t: str, tp: int, cls: str) -> list[str]:
    """The counted traits of a class D or E row (task 1 of run18)."""
    y, a = r["gold"][2], r.get("as_of")
    date = "page date or gold year unknown" if a is None or y is None else \
        "page date before the gold year" if a < y else "page date at or after the gold year"
    cmp = "comparison after the value" if _PERIOD_CMP.search(t, tp, tp + 80) else "no comparison"
    return [f"{cls[0]}: {_run_shape(t, tp)}", f"{cls[0]}: {date}", f"{cls[0]}: {cmp}"]


def _value_at(t: str, snip: str) -> int | None:
    """The value's offset in t: goal_errors' snippet is t[start - 160:start + 60], whitespace-collapsed."""
    if not snip.split():
        return None
    m = re.search(r"\s+".join(map(re.escape, snip.split())), t)
    if m is None:
        return None
    fits = [st for st in range(m.start(), m.end() + 1) if " ".join(t[max(0, st - 160):st + 60].split()) == snip]
    # on a page shorter than the snippet several offsets fit: the first that opens a number
    nums = [st for st in fits if t[st:st + 1].isdigit() and not t[st - 1:st].isdigit()]
    return (nums or fits or [None])[0]


def main(argv=None) -> None:
    args = argv or sys.argv[1:]
    rs = [json.loads(line) for line in open(args[0], encoding="utf-8")]
    cases = {c["id"]: c for c in corpus.load()}
    cls = collections.defaultdict(list)
    detail: collections.Counter = collections.Counter()
    for r in rs:
        if r["kind"] != "fn" or r["why"] == "deadline":
            continue
        if r["why"] != "goal":
            cls["not decided by the goal model: " + r["why"]].append(r["id"])
            continue
        t = cases[r["id"]]["text"]
        tp = _value_at(t, r["text"])
        c = "unlocated" if tp is None else _cue_class(t, tp)
        cls[c].append(r["id"])
        if "--detail" in args and c[0] in "DE":
            test_only = cases[r["id"]].get("part") in corpus.TEST_ONLY_PARTS
            detail.update(("test-only parts" if test_only else "other parts", d) for d in _details(r, t, tp, c))
    for c, ids in sorted(cls.items()):
        print(f"{len(ids):3d}  {c}: {dict(collections.Counter(ids).most_common())}")
    print("total", sum(map(len, cls.values())))
    for (group, d), n in sorted(detail.items()):
        print(f"{n:3d}  {group}  {d}")


if __name__ == "__main__":
    main()
