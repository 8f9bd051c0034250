"""Flag gold `deadline_year`s that may contradict the written conventions (session 13 audit).

Model-blind: reads only the annotation files and their texts; no extractor, no prediction.
Each gold target is looked up in its text by value (and unit); the years around each mention are
collected from its sentence, its line, its list's lead-in (a line or clause ending in ":") and the
nearest goals heading above it, and the target is flagged when

  a  the gold year is null but a year (not a window, a base year, a document's date or symbol)
     is stated in its sentence, lead-in or heading, or the text reads as an annual plan;
  b  the gold year is not found in any of those places (or only as a base year, a document's
     date or symbol, a window's start), nor is the text an annual plan of it;
  c  the gold year is there only as the end of a window ("giai đoạn 2021-2025");
  f  (wider net, read too) the gold year is null, none of the above holds, but a forward year
     ("đến năm 2025", "mục tiêu … năm 2024") is written anywhere above the value: a lead far above.

A flag is a question for a reader, not a verdict: README-part-A.md ("Deadline audit (session 13)")
gives the protocol and the decisions.

    python3 tests/data/corpus/audit_deadlines.py                 # counts per part and kind
    python3 tests/data/corpus/audit_deadlines.py --show A-132    # flags of some texts, with context
    python3 tests/data/corpus/audit_deadlines.py --jsonl out.jsonl
    python3 tests/data/corpus/audit_deadlines.py --agreement     # deadline agreement with the blind files
"""
import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = sorted(HERE.glob("part-*.jsonl")) + [HERE.parent / "devset" / "cases.jsonl"]

NUMBER = re.compile(r"(?<![\d/.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?![\d/])")
YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?!\d)")
SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
HEADING_CUE = re.compile(r"(?i)mục tiêu|chỉ tiêu|đến năm|đến hết|năm 20\d\d")
DEADLINE_DATE_CUE = re.compile(r"(?i)(trước|đến|hết|chậm nhất|trong)\s+(ngày|tháng)?\s*$")
ANNUAL_PLAN = re.compile(
    r"(?i)(kế hoạch|chương trình|nhiệm vụ|chỉ tiêu|mục tiêu)[^\n.]{0,100}?"
    r"(?<!đến )(?<!giai đoạn )(?<!tầm nhìn )(?<!định hướng )năm (20\d\d)(?!\s*[-–—]\s*20\d\d)")


def number_value(token):
    """The number a Vietnamese numeral token writes ('34.600' -> 34600, '7,5' -> 7.5)."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", token):
        return float(token.replace(".", "").replace(",", "."))
    return float(token.replace(",", "."))


def unit_fits(text, start, end, unit):
    """Whether the words around a number at text[start:end] carry the target's unit."""
    after = text[end:end + 40].lower()
    before = text[max(0, start - 40):start].lower()
    if unit.startswith("%"):
        return after.lstrip().startswith(("%", "phần trăm"))
    if unit == "hạng":
        return bool(re.search(r"nhóm|top|tốp|hạng|đứng|xếp|dẫn đầu", before + " " + after))
    if unit == "bậc":
        return "bậc" in after[:15]
    if unit == "điểm":
        return True
    head = unit.lower().split()[0].split("/")[0]
    return head in after


def mentions(text, value, unit):
    """Offsets of the mentions of value (with its unit when any mention carries it)."""
    hits = [(m.start(), m.end()) for m in NUMBER.finditer(text)
            if abs(number_value(m.group(1)) - value) < 1e-9]
    with_unit = [h for h in hits if unit_fits(text, h[0], h[1], unit)]
    return with_unit or hits


def year_kind(text, start, end):
    """What a four-digit year at text[start:end] is: symbol, date, window, base, deadline date or year."""
    before, after = text[max(0, start - 25):start], text[end:end + 12]
    if re.match(r"/[A-ZĐ]", after) and re.search(r"\d/$", before):
        return "symbol"
    if re.search(r"(?i)so với\s+(cùng kỳ\s+)?(năm\s+)?$", before):
        return "base"
    if re.match(r"\s*[-–—]\s*(19|20)\d\d", after) or re.search(r"(19|20)\d\d\s*[-–—]\s*$", before):
        return "window_end" if re.search(r"(19|20)\d\d\s*[-–—]\s*$", before) else "window_start"
    if re.search(r"\d{1,2}/\d{1,2}/$", before) or re.search(r"(?i)ngày \d+ tháng \d+ năm $", before):
        return "deadline" if DEADLINE_DATE_CUE.search(re.sub(r"[\d/]+$|ngày \d+ tháng \d+ năm $", "", before)) else "date"
    return "year"


def years_in(text, start, end):
    """{year: set of kinds} for the years written in text[start:end]."""
    found = {}
    for m in YEAR.finditer(text, start, end):
        found.setdefault(int(m.group(1)), set()).add(year_kind(text, m.start(1), m.end(1)))
    return found


def sentence_span(text, pos):
    starts = [m.end() for m in SENTENCE_END.finditer(text, 0, pos)]
    start = starts[-1] if starts else 0
    m = SENTENCE_END.search(text, pos)
    return start, (m.start() if m else len(text))


def line_span(text, pos):
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, (end if end >= 0 else len(text))


def lead_in_span(text, pos):
    """The clause before the nearest ':' above the mention (same line, or a line ending in ':')."""
    line_start, _ = line_span(text, pos)
    colon = text.rfind(":", line_start, pos)
    if colon >= 0:
        s, _ = sentence_span(text, colon)
        return s, colon
    lines = text[:line_start].split("\n")
    offset = line_start
    for back, line in enumerate(reversed(lines)):
        offset -= len(line) + 1
        if back > 25:
            break
        if line.rstrip().endswith(":"):
            return offset + 1, offset + 1 + len(line)
    return 0, 0


def heading_span(text, pos):
    """The nearest short goals heading line above the mention (within 40 lines)."""
    line_start, _ = line_span(text, pos)
    offset = line_start
    for back, line in enumerate(reversed(text[:line_start].split("\n"))):
        offset -= len(line) + 1
        if back > 40:
            break
        stripped = line.strip()
        if 0 < len(stripped) <= 150 and not stripped.endswith((".", ";")) and HEADING_CUE.search(stripped):
            return offset + 1, offset + 1 + len(line)
    return 0, 0


def annual_plan_year(text):
    """The year X when the text's head reads as an annual plan or goal list 'năm X', else None."""
    m = ANNUAL_PLAN.search(text[:800])
    return int(m.group(2)) if m else None


def context_years(text, pos):
    spans = {"sentence": sentence_span(text, pos), "line": line_span(text, pos),
             "lead_in": lead_in_span(text, pos), "heading": heading_span(text, pos)}
    return {name: years_in(text, *span) for name, span in spans.items()}, spans


GOVERNING = ("sentence", "lead_in", "heading")
FORWARD_YEAR = re.compile(r"(?i)(đến|tới|trong|vào|cuối)\s+(hết\s+)?(cuối\s+)?năm\s+(20\d\d)(?!\s*[-–])"
                          r"|mục tiêu[^.\n]{0,30}năm (20\d\d)(?!\s*[-–])")
STATED = {"year", "deadline"}


def flag(case, target):
    """(kind or None, details) for one gold target."""
    text, gold = case["text"], target["deadline_year"]
    plan = annual_plan_year(text)
    spots = mentions(text, target["value"], target["unit"])
    if not spots:
        return "unfound", {"plan": plan}
    contexts = [context_years(text, s) for s, _ in spots]
    details = {"plan": plan, "mentions": len(spots),
               "years": [{k: {y: sorted(v) for y, v in ys.items()} for k, ys in c.items()} for c, _ in contexts],
               "snippet": snippet(text, spots[0][0], contexts[0][1])}
    if gold is None:
        stated = any(kinds & STATED for c, _ in contexts for k in GOVERNING for kinds in c[k].values())
        if stated or plan:
            return "a", details
        return ("f" if FORWARD_YEAR.search(text, 0, spots[0][0]) else None), details
    places = [c[k].get(gold, set()) for c, _ in contexts for k in ("sentence", "line", "lead_in", "heading")]
    kinds = set().union(*places)
    if kinds <= {"base", "symbol", "date", "window_start"} and plan != gold:
        return "b", details
    if kinds and kinds <= {"window_end"} and plan != gold:
        return "c", details
    return None, details


def snippet(text, pos, spans):
    lead = text[spans["lead_in"][0]:spans["lead_in"][1]] if spans["lead_in"][1] else ""
    head = text[spans["heading"][0]:spans["heading"][1]] if spans["heading"][1] else ""
    s, e = spans["sentence"]
    return {"heading": head.strip()[:200], "lead_in": lead.strip()[-300:], "sentence": text[s:e].strip()[:600]}


def cases():
    for path in FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                yield path.name, json.loads(line)


BLIND = [HERE / "agreement-G-blind.json", HERE / "agreement-H-blind.json"]


def blind_targets():
    """{id: [(value, unit, year)]} from the blind re-annotation files."""
    out = {}
    for path in BLIND:
        for cid, targets in json.loads(path.read_text(encoding="utf-8"))["targets"].items():
            out[cid] = [tuple(t) if isinstance(t, list) else (t["value"], t["unit"], t["deadline_year"])
                        for t in targets]
    return out


def year_agreement(gold, blind):
    """(pairs matched on value+unit, of which same year, disagreements) for one text.

    Within one value+unit the pairing that agrees most is taken (equal years paired first)."""
    pairs = same = 0
    disagreements = []
    for key in {(v, u) for v, u, _ in gold} & {(v, u) for v, u, _ in blind}:
        g = Counter(y for v, u, y in gold if (v, u) == key)
        b = Counter(y for v, u, y in blind if (v, u) == key)
        n = min(sum(g.values()), sum(b.values()))
        agree = min(n, sum((g & b).values()))
        pairs, same = pairs + n, same + agree
        if agree < n:
            disagreements.append((key, sorted(g.elements(), key=str), sorted(b.elements(), key=str)))
    return pairs, same, disagreements


def agreement_report():
    gold = {c["id"]: [(t["value"], t["unit"], t["deadline_year"]) for t in c["targets"]] for _, c in cases()}
    totals = Counter()
    for cid, blind in sorted(blind_targets().items()):
        pairs, same, disagreements = year_agreement(gold[cid], blind)
        totals.update(texts=1, gold=len(gold[cid]), blind=len(blind), pairs=pairs, same=same)
        for key, g, b in disagreements:
            print(f"  {cid} {key[0]} {key[1]}: gold {g} blind {b}")
    print(f"texts {totals['texts']}, gold targets {totals['gold']}, blind {totals['blind']}, "
          f"matched on value+unit {totals['pairs']}, same deadline year {totals['same']} "
          f"({totals['same'] / max(totals['pairs'], 1):.3f})")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", nargs="*", help="print flags (of these ids; all when none given)")
    ap.add_argument("--jsonl", help="write every flag as a JSON line here")
    ap.add_argument("--agreement", action="store_true", help="deadline agreement with the blind files")
    args = ap.parse_args(argv)
    if args.agreement:
        agreement_report()
        return 0
    counts, totals, rows = Counter(), Counter(), []
    for name, case in cases():
        part = case.get("part") or "dev"
        for i, t in enumerate(case["targets"]):
            totals[part] += 1
            kind, details = flag(case, t)
            if kind:
                counts[part, kind] += 1
                rows.append({"id": case["id"], "i": i, "value": t["value"], "unit": t["unit"],
                             "gold": t["deadline_year"], "kind": kind, **details})
    kinds = ("a", "b", "c", "f", "unfound")
    print("part  targets  " + "  ".join(f"{k:>7}" for k in kinds))
    for part in sorted(totals):
        print(f"{part:<5} {totals[part]:>7}  " + "  ".join(f"{counts[part, k]:>7}" for k in kinds))
    print(f"all   {sum(totals.values()):>7}  " + "  ".join(
        f"{sum(v for (p, k), v in counts.items() if k == kind):>7}" for kind in kinds))
    if args.jsonl:
        with open(args.jsonl, "w", encoding="utf-8") as out:
            for r in rows:
                out.write(json.dumps(r, ensure_ascii=False) + "\n")
    if args.show is not None:
        for r in rows:
            if not args.show or r["id"] in args.show:
                print(json.dumps({k: v for k, v in r.items() if k != "years"}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
