"""Dev tool: does the shipped extractor give the same facts when a text arrives in another shape?

    python -m extractors.robustness [--perturb NAME ...] [--limit N] [--show N] [--with-part-i]

Each perturbation is a named, deterministic function text -> text (seeded per case id) that keeps the
text's meaning, so the gold annotation still applies: a PDF's hard wraps and page furniture, CRLF and
NBSP, NFD, old-style tone placement, spaced units, typographic dashes and quotes, flattened table rows,
upper-cased headings, full-width digits. For every corpus text, original and perturbed, the SHIPPED extractor
(`extractors.extract_facts`, what `parwatch extract` calls; models loaded once) runs without a URL,
and the table gives per field the figure on the original and on the perturbed texts (scored by
`extractors.scoring`) and the share of texts whose output for that field changed.

The shipped models were fitted on these texts, so the absolute figures are in-sample and flatter:
only the DELTA between original and perturbed means anything. Part I (test only, never used for a
choice) is left out unless --with-part-i.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import time
import unicodedata

from extractors import corpus
from extractors.scoring import fold, norm_number, score, target_key

# --- perturbations ------------------------------------------------------------------


def pdf_wrap(text: str, rnd: random.Random) -> str:
    """Every paragraph re-wrapped at 60-90 characters (no hyphenation), as PDF text comes out."""
    width = rnd.randint(60, 90)
    out = []
    for line in text.split("\n"):
        cur = ""
        for w in line.split(" "):
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur)
                cur = w
            else:
                cur = cur + " " + w if cur else w
        out.append(cur)
    return "\n".join(out)


def pdf_pages(text: str, rnd: random.Random) -> str:
    """Page furniture every ~40 lines: a page number, a running header, "Trang n/m" footers.
    The first break falls early so that short texts get one too."""
    lines = text.split("\n")
    out, page, nxt = [], 1, rnd.randint(2, 40)
    for i, line in enumerate(lines):
        out.append(line)
        if i + 1 == nxt and i + 1 < len(lines):
            page += 1
            kind = rnd.randrange(3)
            if kind == 0:
                out += ["", str(page - 1), ""]
            elif kind == 1:
                out += ["", f"Trang {page - 1}/{page + 2}", ""]
            else:
                out += ["", "Cổng Thông tin điện tử", str(page - 1), ""]
            nxt += rnd.randint(35, 45)
    return "\n".join(out)


def pdf(text: str, rnd: random.Random) -> str:
    """A whole PDF copy: re-wrapped, then page marks between its lines, inside paragraphs."""
    return pdf_pages(pdf_wrap(text, rnd), rnd)


def crlf_nbsp(text: str, rnd: random.Random) -> str:
    """Windows line ends, a BOM, NBSP for some spaces, zero-width spaces next to some spaces."""
    def space(_m):
        r = rnd.random()
        return "\u00a0" if r < 0.15 else " \u200b" if r < 0.20 else " "
    return "\ufeff" + re.sub(" ", space, text).replace("\n", "\r\n")


def nfd(text: str, rnd: random.Random) -> str:
    """Unicode NFD (decomposed marks), as some PDF and macOS copies give."""
    return unicodedata.normalize("NFD", text)


_OLD_TONE = {}
for _a, _b in (("o", "a"), ("o", "e"), ("u", "y")):
    for _t in "\u0300\u0301\u0309\u0303\u0323":
        for _f in (_a, _a.upper()):
            for _s in (_b, _b.upper()):
                _OLD_TONE[unicodedata.normalize("NFC", _f + _t + _s)] = unicodedata.normalize("NFC", _f + _s + _t)
_NEW_TONE = re.compile(r"(?<![qQ])(" + "|".join(_OLD_TONE) + r")(?!\w)")


def old_tones(text: str, rnd: random.Random) -> str:
    """Old-style tone placement ("hòa" -> "hoà", "Ủy" -> "Uỷ") and Latin eth "Ð" for "Đ"."""
    text = _NEW_TONE.sub(lambda m: _OLD_TONE[m.group(1)], text)
    return re.sub("Đ", lambda m: "\u00d0" if rnd.random() < 0.7 else "Đ", text)


_UNIT_AFTER = re.compile(r"(\d)( ?)(%|tỷ|triệu|nghìn|km|ha\b|đồng|người|hồ sơ|thủ tục)")


def spaced_units(text: str, rnd: random.Random) -> str:
    """Stray spaces between a number and its unit: "90 %", "1.000  tỷ  đồng"."""
    def spaced(m):
        gap = " " if m.group(3) == "%" or rnd.random() < 0.5 else "  "
        return m.group(1) + gap + m.group(3)
    text = _UNIT_AFTER.sub(spaced, text)
    return re.sub(r"\b(tỷ|triệu) (?=đồng)", r"\1  ", text)


def dashes(text: str, rnd: random.Random) -> str:
    """Typographic dashes in symbols and ranges ("252/KH–UBND", "2021 – 2025") and smart quotes."""
    text = re.sub(r"(/[A-ZĐa-z]{1,6})-(?=[A-ZĐ])", lambda m: m.group(1) + rnd.choice("\u2013\u2014"), text)
    text = re.sub(r"\b((?:19|20)\d\d) ?- ?(?=(?:19|20)\d\d\b)",
                  lambda m: m.group(1) + rnd.choice(("\u2013", " \u2013 ", "\u2014")), text)
    text = re.sub(r'"([^"\n]{1,200})"', "\u201c\\1\u201d", text)
    return re.sub(r"(?<=\w)'(?=\w)", "\u2019", text)


_CELL_LINE = re.compile(r"^(\s*)(?:([-+•*]|\d{1,2}[.)]|[a-zđ]\))\s+)?([^:\n]{3,120}):\s+(\S.*)$", re.M)


def table_cells(text: str, rnd: random.Random) -> str:
    """Rows of a flattened DOCX/HTML table: "1 | Tỷ lệ ... | 90%" or tab-separated cells, from
    list items and "label: value" lines."""
    def row(m):
        sep = rnd.choice((" | ", "\t"))
        cells = [c for c in (m.group(2) and m.group(2).rstrip(".)"), m.group(3), m.group(4)) if c]
        line = sep.join(cells)
        return m.group(1) + ("| " + line + " |" if sep == " | " and rnd.random() < 0.5 else line)
    text = _CELL_LINE.sub(row, text)
    sep = "\t"
    return re.sub(r"^(\d{1,2})[.)] (?=\S)", lambda m: m.group(1) + sep, text, flags=re.M)


_HEAD = re.compile(r"^(?:[IVX]{1,5}\.|\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]\))\s+[^\n]{3,100}$|^[^\n.;:]{10,100}$", re.M)


def upper_heads(text: str, rnd: random.Random) -> str:
    """Headings (numbered short lines, short lines without a stop) upper-cased, the title among them."""
    return _HEAD.sub(lambda m: m.group(0) if m.group(0).rstrip().endswith((".", ";", ",")) else m.group(0).upper(), text)


def fullwidth(text: str, rnd: random.Random) -> str:
    """Full-width digits, "%" and "/" (an East Asian input method or OCR engine) in some numbers."""
    wide = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "0123456789%/,."})
    return re.sub(r"\d[\d%/,.]*", lambda m: m.group(0).translate(wide) if rnd.random() < 0.5 else m.group(0), text)


PERTURBATIONS = {f.__name__: f for f in (pdf_wrap, pdf_pages, pdf, crlf_nbsp, nfd, old_tones, spaced_units,
                                          dashes, table_cells, upper_heads, fullwidth)}


def perturb(name: str, text: str, key: str) -> str:
    """The perturbation `name` of text, its draws seeded by key (the case id): the same every run."""
    return PERTURBATIONS[name](text, random.Random(f"{name}:{key}"))


# --- measurement ----------------------------------------------------------------------
FIELDS = ("targets_f1", "docref_f1", "primary", "province", "period", "date")


def projection(out: dict) -> dict:
    """The scored parts of one output, per field, for "did it change"."""
    refs = sorted((norm_number(r["number"]), r.get("date")) for r in out.get("doc_refs") or [] if r.get("number"))
    return {"targets_f1": sorted(map(repr, map(target_key, out.get("targets") or []))),
            "docref_f1": [r[0] for r in refs], "date": refs,
            "primary": norm_number(out.get("primary") or ""), "province": fold(out.get("province") or ""),
            "period": out.get("period")}


def run(cases: list[dict], name: str | None, models=None) -> dict[str, dict]:
    from extractors.facts import extract_facts
    outs = {}
    t0 = time.time()
    for i, c in enumerate(cases):
        text = c["text"] if name is None else perturb(name, c["text"], c["id"])
        outs[c["id"]] = extract_facts(text, models=models).to_dict()
        if (i + 1) % 200 == 0:
            print(f"  {name or 'original'}: {i + 1}/{len(cases)} ({time.time() - t0:.0f} s)", file=sys.stderr)
    return outs


def changed(cases: list[dict], a: dict, b: dict) -> dict[str, list[str]]:
    """field -> ids of the texts whose output for it differs between a and b."""
    out: dict[str, list[str]] = {f: [] for f in FIELDS}
    out["any"] = []
    for c in cases:
        pa, pb = projection(a[c["id"]]), projection(b[c["id"]])
        diff = [f for f in FIELDS if pa[f] != pb[f]]
        for f in diff:
            out[f].append(c["id"])
        if diff:
            out["any"].append(c["id"])
    return out


def _models(opts: list[str]):
    """The shipped models, with `opts` ("key=value") added to their options; None for none."""
    if not opts:
        return None
    import dataclasses

    from extractors.models import shipped
    from extractors.target_cv import _opt
    m = shipped()
    return dataclasses.replace(m, options={**m.options, **{k: _opt(v) for k, v in (o.split("=", 1) for o in opts)}})


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--perturb", action="append", choices=sorted(PERTURBATIONS), help="run only this one (repeatable)")
    ap.add_argument("--limit", type=int, help="the first N corpus texts only")
    ap.add_argument("--show", type=int, default=0, help="list up to N changed texts per perturbation and field")
    ap.add_argument("--with-part-i", action="store_true", help="include the test-only part I")
    ap.add_argument("--opt", action="append", default=[], metavar="KEY=VALUE",
                    help="an option set on top of the shipped models' (e.g. unwrap=1), for a fix not yet shipped")
    a = ap.parse_args(argv)
    models = _models(a.opt)
    cases = [c for c in corpus.load() if a.with_part_i or corpus.trainable(c)][:a.limit]
    names = a.perturb or list(PERTURBATIONS)
    print(f"{len(cases)} texts, shipped extractor, no URL (in-sample: read the deltas)", file=sys.stderr)
    base = run(cases, None, models)
    base_fig = score(cases, base)[0]
    header = "| perturbation | changed | " + " | ".join(FIELDS) + " |"
    lines = [header, "|---" * (len(FIELDS) + 2) + "|",
             "| original | - | " + " | ".join(f"{base_fig[f]:.3f}" for f in FIELDS) + " |"]
    for name in names:
        outs = run(cases, name, models)
        fig = score(cases, outs)[0]
        ch = changed(cases, base, outs)
        cells = [f"{fig[f]:.3f} ({fig[f] - base_fig[f]:+.3f}; {len(ch[f]) / len(cases):.0%})" for f in FIELDS]
        lines.append(f"| {name} | {len(ch['any']) / len(cases):.0%} | " + " | ".join(cells) + " |")
        print(lines[-1], file=sys.stderr)
        for f in FIELDS if a.show else ():
            if ch[f]:
                print(f"    {name} {f}: {', '.join(ch[f][:a.show])}", file=sys.stderr)
    print("cells: figure on the perturbed texts (delta vs original; share of texts whose field changed)")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
