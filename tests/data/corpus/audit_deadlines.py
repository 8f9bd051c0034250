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
    python3 tests/data/corpus/audit_deadlines.py --q1 [ID …]     # reach of a lead year (session 15)

`--q1` points at targets the lead-year rule Q1 (README-part-A.md, "Lead-year audit (session 15)")
may decide differently from the gold: walking the text, each year mention is a *lead* (fronted:
"Đến năm 2025, …", "Mục tiêu đến năm 2030:") or a *stop* (another year or window, a fronted "hằng
năm", a heading or sentence that opens results, tasks, implementation or another document; a window
average over the lead's own horizon inside one goal is not a stop, see reach_events); a target is
flagged
  q1a  gold null, the last lead or stop before one of its mentions is a lead, and the target's own
       clause states no year, window or yearly rate;
  q1b  gold year Y, Y not written in the target's sentence, a lead of Y above it, but the last lead
       or stop before each mention is not that lead (a stop lies between);
  q1r  gold null on a yearly rate ("%/năm", "hằng/mỗi năm" in its subject) whose own goal names no
       window, and the last lead or stop before a mention is a lead: by the lead's decision of
       session 15 it takes the lead's year (README-part-A.md, "Yearly rates");
  q1y  gold year Y on a yearly rate that no lead of Y reaches (annual plan, a year in its own
       sentence, a lead past a stop): listed for reading only.
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


LEAD_YEAR = re.compile(
    r"(?i)(?:(?:đến|tới)\s+(?:hết\s+)?(?:cuối\s+)?(?:năm\s+)?|(?:mục tiêu|chỉ tiêu)[^.\n:;]{0,40}?năm\s+)"
    r"((?:19|20)\d\d)(?!\s*[-–—]\s*(?:19|20)\d\d)")
YEARLY = re.compile(r"(?i)\b(?:hằng|hàng|mỗi)\s+năm\b|cả nhiệm kỳ")
CLAUSE_START = re.compile(r"[.!?;:…]\s|\n")
LIST_MARK = r"[\s\-–•+*]*(?:(?:\d+(?:\.\d+)*|[a-zđ]|[IVX]+)[.)/]\s*)?"
OTHER_KIND = re.compile(
    r"(?i)(?:^|(?<=\n)|(?<=[.!?]\s))" + LIST_MARK +
    r"(?:kết quả|những kết quả|đánh giá|tình hình|thực trạng|nhiệm vụ|giải pháp|các nhiệm vụ|"
    r"tổ chức thực hiện|kinh phí|trách nhiệm|phân công|năm qua|thời gian qua|trong (?:năm|thời gian) qua|"
    r"căn cứ|thực hiện (?:kế hoạch|quyết định|nghị quyết|chỉ thị|chương trình)|theo (?:báo cáo|kết quả)|"
    r"tin liên quan|bài liên quan|xem thêm)")
LEAD_PREFIX = 70
FRONTED_YEAR = re.compile(r"(?i)(?:trong\s+)?năm\s+((?:19|20)\d\d)(?!\s*[-–—/]\s*\d)\s*[,:]")
FORWARD_CUE = re.compile(r"(?i)phấn đấu|mục tiêu|chỉ tiêu|\bsẽ\b|cần đạt|phải đạt")


def clause_start(text, pos):
    """Offset where the clause holding text[pos] begins (after '.', ';', ':' or a line break)."""
    starts = [m.end() for m in CLAUSE_START.finditer(text, 0, pos)]
    return starts[-1] if starts else 0


def is_fronted(text, start, end):
    """Whether a forward year at text[start:end] is a lead: near its clause's start, or its line ends in ':'."""
    line_end = text.find("\n", end)
    line = text[end:line_end if line_end >= 0 else len(text)].rstrip()
    named = re.match(r"(?i)mục tiêu|chỉ tiêu", text[start:start + 9])     # "đặt mục tiêu đến năm X"
    return (named or start - clause_start(text, start) <= LEAD_PREFIX or line.startswith(":")
            or (line.endswith(":") and len(line) < 80))


LEAD_CUE_BEFORE = re.compile(
    r"(?i)(?:phấn đấu|mục tiêu|chỉ tiêu|đặt ra|đề ra|hướng tới|theo đó|cụ thể|đồng thời|trong đó|"
    r"với|là|và|như sau|[,(–-])\s*$")


def in_predicate(text, start, end):
    """Whether a forward year at text[start:end] sits in one goal's predicate, after its subject
    ("thu nhập bình quân đầu người đến năm 2025 đạt 70 triệu": Q2), not at the head of a lead."""
    prefix = text[clause_start(text, start):start].strip()
    line_end = text.find("\n", end)
    rest = text[end:line_end if line_end >= 0 else len(text)].strip()
    return bool(prefix) and bool(rest) and not LEAD_CUE_BEFORE.search(prefix) and not rest.startswith((":", ","))


def fronted(text, pos, reach=25):
    """Whether text[pos] stands at the head of its clause (a "Năm 2025, …", "Hằng năm, …" lead)."""
    return pos - clause_start(text, pos) <= reach


def reach_events(text):
    """Sorted (offset, 'lead' | 'stop', year or None): what governs the goals below each offset.

    Walking the text with the current lead year L: a fronted forward year is a lead; a plain year
    equal to L, a window's start and a window ending at L inside a goal's clause (an average over
    the lead's own horizon) and a yearly rate inside a goal's clause do not end L's reach; any other
    year or window, a fronted "hằng năm/mỗi năm" and a heading of another kind are stops."""
    raw = []
    for m in LEAD_YEAR.finditer(text):
        if year_kind(text, m.start(1), m.end(1)) in STATED and is_fronted(text, m.start(), m.end(1)):
            kind = "year" if in_predicate(text, m.start(), m.end(1)) else "lead"
            raw.append((m.start(1), kind, int(m.group(1))))
    for m in FRONTED_YEAR.finditer(text):
        if fronted(text, m.start(), 12) and FORWARD_CUE.search(text, m.end(), m.end() + 60):
            raw.append((m.start(1), "lead", int(m.group(1))))
    leads = {r[0] for r in raw}
    for m in YEAR.finditer(text):
        kind = year_kind(text, m.start(1), m.end(1))
        if m.start(1) not in leads and kind not in {"symbol", "date", "base", "window_start"}:
            raw.append((m.start(1), "window" if kind == "window_end" else "year", int(m.group(1))))
    raw += [(m.start(), "yearly", None) for m in YEARLY.finditer(text) if fronted(text, m.start(), 12)]
    raw += [(m.end(), "stop", None) for m in OTHER_KIND.finditer(text)]
    events, lead = [], None
    for pos, kind, year in sorted(raw):
        if kind == "lead":
            lead = year
            events.append((pos, "lead", year))
        elif year is not None and year == lead and (kind == "year" or not fronted(text, pos, 25)):
            continue
        else:
            lead = None
            events.append((pos, "stop", year))
    return events


def own_clause_span(text, pos):
    """(start, end) of the goal clause holding text[pos]: from its clause start to the next ',', ';' or '.'."""
    m = re.compile(r"[;,.!?]\s|\n").search(text, pos)
    return clause_start(text, pos), (m.start() if m else len(text))


def own_clause_has_year(text, pos):
    """Whether the clause holding text[pos] states a year, a window or a yearly rate of its own."""
    clause = text[slice(*own_clause_span(text, pos))]
    return bool(YEAR.search(clause) or YEARLY.search(clause) or re.search(r"\d\s*%?\s*/\s*năm", clause))


def governing(events, pos):
    """The last event before pos, or None."""
    before = [e for e in events if e[0] < pos]
    return before[-1] if before else None


def q1_flag(case, target, events=None):
    """('q1a' | 'q1b' | None, lead year pointed at) for one gold target under the lead-year rule."""
    text, gold = case["text"], target["deadline_year"]
    events = reach_events(text) if events is None else events
    spots = mentions(text, target["value"], target["unit"])
    if not spots:
        return None, None
    if gold is None:
        for start, _ in spots:
            last = governing(events, start)
            if last and last[1] == "lead" and not own_clause_has_year(text, start):
                return "q1a", last[2]
        return None, None
    if annual_plan_year(text) == gold:
        return None, None
    for start, end in spots:
        last = governing(events, start)
        if gold in years_in(text, *own_clause_span(text, start)) or (last and last[1] == "lead" and last[2] == gold):
            return None, None
    leads_above = [ev for ev in events if ev[2] == gold and ev[0] < spots[-1][0]]
    return ("q1b", gold) if leads_above else (None, None)


YEARLY_RATE = re.compile(r"(?i)\b(?:hằng|hàng|mỗi)\s+năm\b|\d\s*%?\s*/\s*năm\b")
NAMED_WINDOW = re.compile(r"(?i)giai đoạn|nhiệm kỳ|thời kỳ")


def goal_span(text, pos):
    """(start, end) of the one goal holding text[pos]: its clause cut at the commas around it, so a
    sibling goal's "hằng năm" in the same list sentence is not read as this goal's."""
    start, end = own_clause_span(text, pos)
    return max(start, text.rfind(",", start, pos) + 1), end


def is_yearly_rate(target):
    """Whether a gold target is a yearly rate: a per-year unit ("%/năm", not an income's
    "đồng/năm") or "hằng/hàng/mỗi năm", "bình quân/năm" in its subject (the audit's Q-rate count)."""
    per_year_unit = target["unit"].endswith("/năm") and "đồng" not in target["unit"]
    subject = target.get("subject") or ""
    return per_year_unit or bool(YEARLY_RATE.search(subject) or re.search(r"bình quân\s*/\s*năm", subject))


def names_own_window(text, pos, lead):
    """Whether the clause at text[pos] names a window or a year other than the lead's ("bình quân
    giai đoạn 2021-2025", "cả nhiệm kỳ"): such a rate keeps null (README-part-A, yearly rates)."""
    start, end = goal_span(text, pos)
    other_year = any(y != lead or kinds - STATED for y, kinds in years_in(text, start, end).items())
    return other_year or bool(NAMED_WINDOW.search(text, start, end))


def rate_flag(case, target, events=None):
    """('q1r' | 'q1y' | None, year) for a yearly-rate gold target under the session-15 decision.

    q1r  gold null, a yearly rate not naming its own window, and the last lead or stop before one
         of its mentions is a lead: by the decision it takes the lead's year;
    q1y  gold year Y on a yearly rate, and no mention has a lead of Y as its last lead or stop
         (Y from elsewhere: an annual plan, its own clause, a lead past a stop): listed to read."""
    text, gold = case["text"], target["deadline_year"]
    events = reach_events(text) if events is None else events
    spots = [s for s, _ in mentions(text, target["value"], target["unit"])]
    if not spots or not is_yearly_rate(target):
        return None, None
    lasts = [(s, governing(events, s)) for s in spots]
    if gold is None:
        for s, last in lasts:
            if last and last[1] == "lead" and not names_own_window(text, s, last[2]):
                return "q1r", last[2]
        return None, None
    if any(last and last[1] == "lead" and last[2] == gold for _, last in lasts):
        return None, None
    return "q1y", gold


def q1_report(ids):
    """Print q1 flag counts per file, then one line per flag (of ids, or all); --show gives context."""
    counts, totals, rows = Counter(), Counter(), []
    kinds = ("q1a", "q1b", "q1r", "q1y")
    for name, case in cases():
        part = name.replace("part-", "").replace(".jsonl", "").replace("cases", "dev")
        events = reach_events(case["text"])
        for i, t in enumerate(case["targets"]):
            totals[part] += 1
            for kind, year in (q1_flag(case, t, events), rate_flag(case, t, events)):
                if kind:
                    counts[part, kind] += 1
                    rows.append((case["id"], i, t, kind, year))
    print("part   targets  " + "  ".join(f"{k:>7}" for k in kinds))
    for part in totals:
        print(f"{part:<6} {totals[part]:>7}  " + "  ".join(f"{counts[part, k]:>7}" for k in kinds))
    print(f"all    {sum(totals.values()):>7}  " + "  ".join(
        f"{sum(v for (p, k), v in counts.items() if k == kind):>7}" for kind in kinds))
    for cid, i, t, kind, year in rows:
        if ids is None or not ids or cid in ids:
            print(f"{kind} {cid} #{i} {t['value']} {t['unit']} gold {t['deadline_year']} lead {year}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", nargs="*", help="print flags (of these ids; all when none given)")
    ap.add_argument("--jsonl", help="write every flag as a JSON line here")
    ap.add_argument("--agreement", action="store_true", help="deadline agreement with the blind files")
    ap.add_argument("--q1", nargs="*", help="lead-year reach flags (of these ids; all when none given)")
    args = ap.parse_args(argv)
    if args.q1 is not None:
        q1_report(args.q1 or None)
        return 0
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
