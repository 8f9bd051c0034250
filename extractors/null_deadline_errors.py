"""Dev tool: the classes of "gold null, a year given" deadline errors (error analysis, win14).

    python -m extractors.target_cv --seeds none --errors ERR.jsonl
    python -m extractors.deadline_cv --two-stage --seeds none --explain EXPLAIN.jsonl
    python -m extractors.null_deadline_errors ERR.jsonl [--explain EXPLAIN.jsonl]

Each error whose gold year is null and emitted year is not is put in the first class that
reads it, by what a reader of the text would use (gold14's audit, session 13):
  average  an average, yearly or window total in the value's clause, or in the clause a
           "trong đó" sub-item hangs from ("bình quân hằng năm tăng 7%; trong đó công nghiệp 9,5%")
  term     a party-term list or a window list: "nhiệm kỳ", "Đại hội", "chỉ tiêu chủ yếu" in the
           page's head or the heading over the value, or the year is a sibling item's own year
  metadata the given year is written only in the page-metadata line (" date 2025-01")
  horizon  the given year is in the page's title / lead (first 400 characters), not in the
           value's sentence: a plan's or a cited resolution's horizon
  other    a year in the value's own sentence or paragraph (goals quoted in prose)
With --explain, each error also gets the stage of the two-stage deadline that let the year
through (from deadline_cv's proxy on the same partition, matched on id, value and unit).
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict

from extractors import corpus

_AVG = re.compile(r"bình quân(?!\s+(?:mỗi\s+)?(?:đầu người|người|lao động|hộ))|trung bình(?!\s+đầu người)|"
                  r"hằng năm|hàng năm|mỗi năm|(?<!người)/\s*năm\b|toàn giai đoạn|cả giai đoạn|\d+\s+năm tới|tổng vốn", re.I)
_TERM = re.compile(r"nhiệm kỳ|đại hội|chỉ tiêu chủ yếu", re.I)
_META = re.compile(r"^\s*date\s+(20\d\d)-\d\d")


def _value_at(text: str, sentence: str, value: float) -> int:
    """Offset of the value in the text: its written form after the error's sentence start."""
    at = max(text.find(sentence[:60]), 0) if sentence else 0
    written = f"{value:,.2f}".rstrip("0").rstrip(".").replace(",", " ").replace(".", ",").replace(" ", ".")
    k = text.find(written, at)
    return k if k >= 0 else at


def classify(text: str, row: dict) -> str:
    value, _, year = row["emitted"]
    at = _value_at(text, row.get("sentence", ""), value)
    s0 = max(text.rfind(". ", 0, at), text.rfind(".\n", 0, at), at - 400) + 1    # a PDF line break is no stop
    sent = text[s0:at]
    clause = re.split(r"[;\n]", sent)[-1]
    head = sent[:sent.rfind("trong đó")] if "trong đó" in sent else ""
    if _AVG.search(clause) or _AVG.search(head) or "/năm" in str(row["emitted"][1]):
        return "average"
    if _TERM.search(text[:600]) or _TERM.search(text[max(0, at - 600):at]):
        return "term"
    m = _META.match(text)
    written = [x.start() for x in re.finditer(str(year), text)]
    if m and int(m.group(1)) == year and all(p < 20 for p in written):
        return "metadata"
    if str(year) in text[:400] and str(year) not in text[s0:at + 200]:
        return "horizon"
    return "other"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("errors")
    ap.add_argument("--explain")
    a = ap.parse_args(argv)
    texts = {c["id"]: c["text"] for c in corpus.load()}
    stages: dict = defaultdict(list)
    if a.explain:
        for line in open(a.explain, encoding="utf-8"):
            w = json.loads(line)
            stages[(w["id"], w["value"])].append(w["stage"])
    rows = [json.loads(x) for x in open(a.errors, encoding="utf-8")]
    rows = [r for r in rows if r["kind"] == "deadline" and r["gold"][2] is None]
    by = defaultdict(list)
    stage_count = Counter()
    for r in rows:
        cls = classify(texts[r["id"]], r)
        st = stages.get((r["id"], r["emitted"][0]), ["(not in the proxy)"])[0]
        by[cls].append(r["id"])
        stage_count[(cls, st)] += 1
    print(f"{len(rows)} errors, gold null given a year")
    for cls in ("average", "term", "metadata", "horizon", "other"):
        ids = Counter(by[cls])
        print(f"  {cls:9} {len(by[cls]):3}  " + " ".join(f"{i}{'' if n == 1 else f' ×{n}'}" for i, n in sorted(ids.items())))
    if a.explain:
        for (cls, st), n in sorted(stage_count.items()):
            print(f"    {cls:9} {st}: {n}")


if __name__ == "__main__":
    main()
