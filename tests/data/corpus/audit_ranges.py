"""List numeric range goals ("15 - 16%", "7,0-7,5%", "từ 15% đến 20%", "gấp 3,5 - 4 lần") in every
text of the corpus and the devset, with the gold targets that sit on either bound (session 14 audit).

Model-blind: reads only the annotation files and their texts; no extractor, no prediction.
A range is two numbers joined by "-", "–", "—" or "đến" (optionally "từ X đến Y"), with a unit the
corpus uses after the second number (or after both, "25% - 30%"); year ranges ("2021-2025"), dates,
symbols ("15/20") and rank fractions are left out. A row is a question for a reader, not a verdict:
README-part-A.md ("Range audit (session 14)") gives the convention and the decisions.

    python3 tests/data/corpus/audit_ranges.py                # counts per part
    python3 tests/data/corpus/audit_ranges.py --show         # every range, with context and gold
    python3 tests/data/corpus/audit_ranges.py --show B-041   # ranges of some texts
"""
import argparse
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))          # the sibling audit script, also when loaded by a test
from audit_deadlines import FILES, cases, number_value  # noqa: E402

NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
UNIT = (r"%\s*/\s*năm|%|phần trăm|lần|điểm|bậc|nghìn tỷ đồng|ngàn tỷ đồng|triệu tỷ đồng|tỷ đồng|tỉ đồng|triệu đồng|"
        r"nghìn đồng|tỷ USD|triệu USD|USD|đô la|"
        # counted units the corpus annotates ("30 - 35 đơn vị cấp huyện", "8.000-10.000 doanh nghiệp")
        r"đơn vị|doanh nghiệp|đảng viên|giường|bác sĩ|sản phẩm|lượt|hộ|xã|tỉnh")
RANGE = re.compile(
    rf"(?<![\d/.,])(?P<from>từ\s+)?(?P<lo>{NUM})\s*(?P<u1>%|lần|điểm)?\s*"
    rf"(?P<sep>[-–—]|đến|tới)\s*(?P<hi>{NUM})(?![\d/])\s*(?P<unit>{UNIT})", re.IGNORECASE)
DATE_BEFORE = re.compile(r"(?i)(ngày|tháng|năm|quý|giai đoạn|số)\s*$")


def is_year_range(lo, hi):
    """Whether both ends are years ("2021 - 2025")."""
    return all(re.fullmatch(r"(19|20)\d\d", t) for t in (lo, hi))


def is_date_piece(text, start, end):
    """Whether the two numbers are part of a dashed date ("04 - 05 - 2023", "2025-12-26")."""
    return bool(re.match(r"\s*[-–]\s*\d", text[end:]) or re.search(r"\d\s*[-–]\s*$", text[:start]))


def ranges_in(text):
    """Each range in a text: (start, end, low, high, unit)."""
    found = []
    for m in RANGE.finditer(text):
        lo, hi = m.group("lo"), m.group("hi")
        if (is_year_range(lo, hi) or DATE_BEFORE.search(text[max(0, m.start() - 12):m.start()])
                or is_date_piece(text, m.start(), m.end("hi"))):
            continue
        low, high = number_value(lo), number_value(hi)
        if high <= low:
            continue
        unit = re.sub(r"\s*/\s*", "/", m.group("unit").lower()).replace("phần trăm", "%")
        found.append((m.start(), m.end(), low, high, unit))
    return found


def gold_on(targets, low, high):
    """Which bound(s) of a range a gold target sits on: 'lower', 'upper', or None."""
    values = {t.get("value") for t in targets}
    if low in values:
        return "lower"
    if high in values:
        return "upper"
    return None


def part_of(case_id):
    """The part letter of a case id ('I-128' -> 'I', 'dev-001' -> 'dev')."""
    return case_id.split("-")[0]


def rows():
    """One row per range found: id, part, bounds, unit, context, gold bound."""
    out = []
    for name, case in cases():
        text = case["text"]
        for start, end, low, high, unit in ranges_in(text):
            out.append({
                "id": case["id"], "file": name, "low": low, "high": high, "unit": unit,
                "context": text[max(0, start - 120):end + 40].replace("\n", " | "),
                "gold": gold_on(case.get("targets") or [], low, high),
            })
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--show", nargs="*", help="print ranges (of these ids, or all)")
    args = ap.parse_args(argv)
    found = rows()
    counts = Counter((r["file"], r["gold"]) for r in found)
    print(f"{'file':<18} ranges  lower-gold  upper-gold  no-gold")
    for name in sorted({r["file"] for r in found} | {p.name for p in FILES}):
        n = sum(v for (f, _), v in counts.items() if f == name)
        print(f"{name:<18} {n:>6}  {counts[(name, 'lower')]:>10}  {counts[(name, 'upper')]:>10}"
              f"  {counts[(name, None)]:>7}")
    if args.show is not None:
        for r in found:
            if not args.show or r["id"] in args.show:
                print(f"\n{r['id']} {r['low']:g}-{r['high']:g} {r['unit']} gold={r['gold']}\n  {r['context']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
