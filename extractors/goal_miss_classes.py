"""Dev tool: the gold goals never emitted, classed by where the nearest goal cue is.

    python -m extractors.goal_errors --seed none --out FILE.jsonl
    python -m extractors.goal_miss_classes FILE.jsonl

Reads goal_errors's rows (a missed gold goal with 160 characters before its value); a row whose
snippet is not found again in the page's text is "unlocated". Classes: a goal cue in the value's own
clause (A-C: the local verdict is wrong), only earlier in its paragraph (D: goals assigned
collectively), only in the 600 characters above its paragraph (E: a list cut from its lead-in), none
(F); rows the goal model did not reject are counted by goal_errors' reason."""
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
    rs = [json.loads(line) for line in open((argv or sys.argv[1:])[0], encoding="utf-8")]
    cases = {c["id"]: c for c in corpus.load()}
    cls = collections.defaultdict(list)
    for r in rs:
        if r["kind"] != "fn" or r["why"] == "deadline":
            continue
        if r["why"] != "goal":
            cls["not decided by the goal model: " + r["why"]].append(r["id"])
            continue
        t = cases[r["id"]]["text"]
        tp = _value_at(t, r["text"])
        cls["unlocated" if tp is None else _cue_class(t, tp)].append(r["id"])
    for c, ids in sorted(cls.items()):
        print(f"{len(ids):3d}  {c}: {dict(collections.Counter(ids).most_common())}")
    print("total", sum(map(len, cls.values())))


if __name__ == "__main__":
    main()
