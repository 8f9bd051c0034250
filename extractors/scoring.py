"""The devset scorer's comparison rules (shared/devset/score.py), as a library for eval and the suite.

- document numbers: case-insensitive, spaces removed, "Đ" == "D";
- dates: exact ISO date; types: exact after case folding;
- issuers: equal after folding diacritics, "UBND" == "Ủy ban nhân dân", either containing the other;
- targets: (value, unit, deadline_year) as a multiset; subjects are not scored;
- indices: set of names, case-insensitive;
- province: equal after folding, or one unit under its old and new name when it was only
  renamed ("Thừa Thiên Huế" = "Huế", extractors.places.same_province); never a province and the
  unit it was merged into. This one rule is this project's, not the shared scorer's.
"""
from __future__ import annotations

import json
import unicodedata
from collections import Counter
from pathlib import Path

from extractors.places import same_province


def fold(s):
    s = unicodedata.normalize("NFD", s or "")
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return s.replace("đ", "d").replace("Đ", "D").casefold()


def norm_number(n):
    return fold(n).replace(" ", "").upper()


def norm_issuer(s):
    s = fold(s).replace("uy ban nhan dan", "ubnd").replace(".", " ")
    return " ".join(s.split())


def issuer_match(gold, got):
    g, h = norm_issuer(gold), norm_issuer(got or "")
    return bool(h) and (g == h or g in h or h in g)


def prf(tp, n_got, n_gold):
    p = tp / n_got if n_got else (1.0 if n_gold == 0 else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def target_key(t):
    v = t.get("value")
    try:
        v = float(v)
    except (TypeError, ValueError):
        pass
    return (v, fold(str(t.get("unit") or "")), t.get("deadline_year"))


def load_cases(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score(cases: list[dict], outputs: dict[str, dict]) -> tuple[dict[str, float], list[tuple]]:
    """-> (figures, misses). figures: docref_f1, date, type, issuer, primary, province,
    period, indices_f1, targets_f1 (ratios; 1.0 when nothing to score)."""
    c: Counter = Counter()
    misses: list[tuple] = []
    for case in cases:
        out = outputs.get(case["id"], {})
        gold_refs = {norm_number(r["number"]): r for r in case.get("doc_refs", [])}
        got_refs: dict = {}
        for r in out.get("doc_refs") or []:
            if r.get("number"):
                got_refs.setdefault(norm_number(r["number"]), r)
        tp = set(gold_refs) & set(got_refs)
        c["ref_tp"] += len(tp); c["ref_got"] += len(got_refs); c["ref_gold"] += len(gold_refs)
        misses += [(case["id"], "missed ref", gold_refs[k]["number"]) for k in set(gold_refs) - set(got_refs)]
        misses += [(case["id"], "spurious ref", got_refs[k]["number"]) for k in set(got_refs) - set(gold_refs)]
        for k in tp:
            g, h = gold_refs[k], got_refs[k]
            if g.get("date"):
                c["date_n"] += 1
                ok = h.get("date") == g["date"]
                c["date_ok"] += ok
                if not ok:
                    misses.append((case["id"], f"date of {g['number']}", h.get("date"), g["date"]))
            if g.get("type"):
                c["type_n"] += 1
                c["type_ok"] += fold(h.get("type") or "") == fold(g["type"])
            if g.get("issuer"):
                c["issuer_n"] += 1
                ok = issuer_match(g["issuer"], h.get("issuer"))
                c["issuer_ok"] += ok
                if not ok:
                    misses.append((case["id"], f"issuer of {g['number']}", h.get("issuer"), g["issuer"]))
        if "primary" in case:
            c["primary_n"] += 1
            gp, hp = case["primary"], out.get("primary")
            ok = (gp is None and not hp) or bool(gp and hp and norm_number(gp) == norm_number(hp))
            c["primary_ok"] += ok
            if not ok:
                misses.append((case["id"], "primary", hp, gp))
        if "province" in case:
            c["province_n"] += 1
            # a renamed unit is one place under either name ("Thừa Thiên Huế" = "Huế"); a merged one is not
            ok = fold(case["province"] or "") == fold(out.get("province") or "") or \
                same_province(case["province"], out.get("province"))
            c["province_ok"] += ok
            if not ok:
                misses.append((case["id"], "province", out.get("province"), case["province"]))
        if "indices" in case:
            gi = {fold(x) for x in case["indices"]}
            hi = {fold(x) for x in out.get("indices") or []}
            c["ind_tp"] += len(gi & hi); c["ind_got"] += len(hi); c["ind_gold"] += len(gi)
        if "targets" in case:
            gt = Counter(target_key(t) for t in case["targets"])
            ht = Counter(target_key(t) for t in out.get("targets") or [])
            c["tgt_tp"] += sum((gt & ht).values()); c["tgt_got"] += sum(ht.values()); c["tgt_gold"] += sum(gt.values())
            misses += [(case["id"], "missed target", k) for k in (gt - ht)]
            misses += [(case["id"], "spurious target", k) for k in (ht - gt)]
        if "period" in case:
            c["period_n"] += 1
            gp, hp = case["period"], out.get("period")
            ok = (gp.get("from") == hp.get("from") and gp.get("to") == hp.get("to")) if gp and hp else (not gp and not hp)
            c["period_ok"] += ok
            if not ok:
                misses.append((case["id"], "period", hp, gp))

    def ratio(k):
        n = c[k + "_n"]
        return c[k + "_ok"] / n if n else 1.0

    figures = {
        "docref_f1": prf(c["ref_tp"], c["ref_got"], c["ref_gold"])[2],
        "date": ratio("date"), "type": ratio("type"), "issuer": ratio("issuer"),
        "primary": ratio("primary"), "province": ratio("province"), "period": ratio("period"),
        "indices_f1": prf(c["ind_tp"], c["ind_got"], c["ind_gold"])[2],
        "targets_f1": prf(c["tgt_tp"], c["tgt_got"], c["tgt_gold"])[2],
    }
    return figures, misses
