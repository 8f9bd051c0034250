"""Classify a rank13 driver result's leave-one-province-out misses (res_NAME.json, with `pages`):
wrong top (sibling or other domain, and the features that carried it over the gold pair) vs the
right top under the cut (its probability, the fold's cut, what kind of page), and the negatives
mapped. Prints markdown rows with page ids; with a second (reference) result, also which pages changed.

    python bench/criteria_rank13_classify.py /tmp/rank13/res_base.json [/tmp/rank13/res_OTHER.json]
"""
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from extractors.criteria import mapping as M, ranker as R, train as T  # noqa: E402

docs = {d["id"]: d for s in T.load(T.PAIRS).values() for d in s}


def kind(did: str) -> str:
    d = docs[did]
    v = M.prepare(d["text"], d.get("title") or "")
    bits = [v.doc_type or "no type", v.issuer_level or "no level"]
    if not v.title.strip():
        bits.append("no title")
    veto = R.not_evidence(v)
    if veto:
        bits.append(f"vetoed: {veto}")
    return ", ".join(bits)


def subject(did: str) -> str:
    """The page title, or the subject's first words (documents stored without a page title)."""
    d = docs[did]
    return d.get("title") or "(" + R.subject_lead(M.prepare(d["text"], ""), 10) + ")"


def classes(res: dict) -> dict[str, tuple[str, str]]:
    out = {}
    for did, p in res["pages"].items():
        pos = p["pos"]
        if not pos:
            continue
        top, prob, score = p["top3"][0] if p["top3"] else (None, 0.0, 0.0)
        if top in pos and score >= M.MAPPED:
            continue
        dom = lambda c: c.split(".")[0]  # noqa: E731
        if top in pos:
            out[did] = ("under cut", f"{top} p {prob:.2f} (cut {p['cut']:.2f}), {kind(did)}")
        else:
            rel = "sibling" if any(dom(top) == dom(g) for g in pos) else "other"
            carried = ", ".join(f"{k} {c:+.1f}" for k, c in p.get("carried", [])[:4])
            out[did] = (rel, f"{top} {prob:.2f} over {'/'.join(pos)}: {carried}")
    return out


def negatives(res: dict) -> list[str]:
    out = []
    for did, p in res["pages"].items():
        for c, prob, score in p["top3"]:
            if c in p["neg"] and score >= M.MAPPED:
                out.append(f"{did} {c} {score:.2f}")
    return out


def main() -> None:
    res = json.loads(Path(sys.argv[1]).read_text())
    cl = classes(res)
    for did, (c, why) in sorted(cl.items(), key=lambda kv: (kv[1][0], kv[0])):
        print(f"| {did} | {c} | {why} | {subject(did)[:50]} |")
    print(Counter(c for c, _ in cl.values()))
    neg = negatives(res)
    print(f"negatives mapped among top-3 ({len(neg)}):", "; ".join(neg))
    if len(sys.argv) > 2:
        other = classes(json.loads(Path(sys.argv[2]).read_text()))
        print("right now, missed in the other:", sorted(set(other) - set(cl)))
        print("missed now, right in the other:", sorted(set(cl) - set(other)))


if __name__ == "__main__":
    main()
