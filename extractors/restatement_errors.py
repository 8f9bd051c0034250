"""Dev tool: where the goals emitted more often than the gold holds them are written, and why the
restatement merges did not join them.

    python -m extractors.target_cv --seeds none --dump preds.json
    python -m extractors.restatement_errors preds.json

For every (value, unit) a page emits more often than its gold holds it (and at least once), each
mention is placed as headline, caption, subheading line ("short"), lead paragraph or body
(`targets._line_kind`), with its year, whether it matches a gold target, and for each pair of
mentions the two subject tests of the merges (`_similar`, `_restates`). The counts by placement
pair close the listing. A sentence written twice on a page is placed at its first occurrence.
"""
from __future__ import annotations

import argparse
import bisect
import json
from collections import Counter

from extractors import corpus
from extractors.scoring import target_key
from extractors.targets import _contained, _head_end, _line_kind, _paragraphs, _similar, _words
from extractors.types import Target


def _kind(text: str, sentence: str) -> str:
    """The placement of the mention whose (whitespace-normalised) sentence starts like `sentence`."""
    flat, offsets = [], []
    for i, ch in enumerate(text):          # map the normalised text back to the page's offsets
        if ch.isspace() and flat and flat[-1] == " ":
            continue
        flat.append(" " if ch.isspace() else ch)
        offsets.append(i)
    at = "".join(flat).find(sentence[:60]) if sentence else -1
    if at < 0:
        return "?"
    paras = _paragraphs(text)
    starts = [s for s, _ in paras]
    para = paras[bisect.bisect_right(starts, offsets[at]) - 1]
    return _line_kind(text, para, _head_end(text, paras, False))


def _restates(a: Target, b: Target) -> bool:
    """Does goal a restate goal b? Most words of the shorter subject are in the longer one (the
    caption/subheading rule's test: the first test of `_similar`, without its length balance)."""
    return _contained(_words(a.subject), _words(b.subject))


def rows(cases: dict[str, dict], preds: dict[str, dict]) -> list[dict]:
    out = []
    for cid, pred in preds.items():
        case = cases.get(cid)
        if not case or "targets" not in case:
            continue
        gold = Counter(target_key(t) for t in case["targets"])
        gold_vu = Counter(k[:2] for k in gold.elements())
        by_vu: dict[tuple, list[dict]] = {}
        for t in pred["targets"]:
            by_vu.setdefault(target_key(t)[:2], []).append(t)
        for vu, ts in by_vu.items():
            if not gold_vu[vu] or len(ts) <= gold_vu[vu]:
                continue
            objs = [Target(**{k: t.get(k) for k in ("value", "unit", "subject", "deadline_year", "sentence")}) for t in ts]
            out.append({"id": cid, "value": list(vu), "gold": gold_vu[vu],
                        "mentions": [{"where": _kind(case["text"], t.get("sentence") or ""), "year": t["deadline_year"],
                                      "in_gold": target_key(t) in gold, "subject": (t["subject"] or "")[:70]} for t in ts],
                        "pairs": [[a, b, _similar(objs[a].subject, objs[b].subject), _restates(objs[a], objs[b])]
                                  for a in range(len(ts)) for b in range(a + 1, len(ts))]})
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("preds", help="a `target_cv --dump` file")
    a = ap.parse_args(argv)
    cases = {c["id"]: c for c in corpus.load()}
    with open(a.preds, encoding="utf-8") as fh:
        res = rows(cases, json.load(fh))
    placements = Counter()
    for r in res:
        print(json.dumps(r, ensure_ascii=False))
        placements["+".join(sorted(m["where"] for m in r["mentions"]))] += 1
    print("over-emitted values by placement of their mentions:", dict(placements.most_common()))


if __name__ == "__main__":
    main()
