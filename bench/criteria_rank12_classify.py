"""Classify the P@1 misses of a driver result: right under the cut / sibling / other domain."""
import json, re, sys
from collections import Counter
sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parents[1]))
from extractors.criteria import train as T, mapping as M, ranker as R

docs = {d["id"]: d for n, s in T.load(T.PAIRS).items() for d in s}
res = json.load(open(sys.argv[1])) if sys.argv[1].endswith(".json") else {"lopo_fail": open(sys.argv[1]).read().splitlines()}
rx = re.compile(r"^(\S+): top-1 (\S+) \(([\d.]+)\) not in \[(.*)\]$")
rows = []
for line in res["lopo_fail"]:
    m = rx.match(line)
    if not m:
        continue
    did, top, sc, gold = m.group(1), m.group(2), float(m.group(3)), [g.strip(" '") for g in m.group(4).split(",")]
    dom = lambda c: c.split(".")[0]
    if top in gold:
        cls = "right, under cut"
    elif any(dom(top) == dom(g) for g in gold):
        cls = f"sibling {top} for {'/'.join(gold)}"
    else:
        cls = f"other {top} for {'/'.join(gold)}"
    d = docs[did]
    v = M.prepare(d["text"], d.get("title") or "")
    rows.append((cls.split()[0], did, cls, sc, sorted(R.actions(R.subject_lead(v, 12))), (d.get("title") or R.subject_lead(v))[:60]))
rows.sort()
for r in rows:
    print(f"{r[1]:5} {r[2]:32} {r[3]:.2f} {','.join(r[4]):18} {r[5]}")
print(Counter(r[0] for r in rows))
