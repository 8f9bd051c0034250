"""The throughput rewrites (perf15) must match what they replace: the compiled goal trees against a
node-by-node walk, the digit-first value patterns and the lowered cue counts against the originals."""
from __future__ import annotations

import json
import random
import re

import pytest

from extractors import candidates, corpus, period, target_units, targets
from extractors.models import DIR, Linear, Trees
from extractors.normalize import fold, normalize_text
from extractors.textutil import digit_first

TRICKY = ("12% 1.5% /12% ,3% 0,5%-1% 2024 xã 1999 xã 19 xã 199 xã 20 sản phẩm 2030 sản phẩm 20301 xã "
          "1.000 tỷ đồng 1.000.000 đồng 5-7 bậc 3/100.000 dân 7/10.000 người 4,5 điểm 1 - 2 điểm 15 đô thị",
          "9% đầu trang", "x1%", "", "2019/2020 xã")


def _walk(nodes: list, feats: dict) -> float:
    i = 0
    while len(nodes[i]) == 4:
        f, t, left, right = nodes[i]
        i = left if feats.get(f, 0.0) <= t else right
    return nodes[i][0]


def _texts(n: int = 250) -> list[str]:
    cases = corpus.load()
    return [normalize_text(c["text"]) for c in random.Random(3).sample(cases, min(n, len(cases)))] + list(TRICKY)


def test_compiled_trees_equal_the_node_walk_bit_for_bit():
    d = json.loads((DIR / "goal_trees.json").read_text(encoding="utf-8"))
    model = Trees.from_json(d)
    names = sorted({n[0] for t in d["trees"] for n in t if len(n) == 4})
    thresholds = {f: [n[1] for t in d["trees"] for n in t if len(n) == 4 and n[0] == f] for f in names}
    rnd = random.Random(5)
    for _ in range(300):
        feats = {f: rnd.choice(thresholds[f] + [0.0, 1.0, rnd.uniform(-2, 5)]) for f in names if rnd.random() < 0.7}
        z = d["bias"]
        for t in d["trees"]:
            z += _walk(t, feats)
        assert model.raw(feats) == z


def test_compiled_trees_bind_no_text_of_the_file():
    nasty = 'x") or __import__("os") or ("'
    model = Trees([[[nasty, 0.5, 1, 2], [1.0], [float("inf")]]], 0.25)
    assert model.raw({nasty: 0.0}) == 1.25
    assert model.raw({nasty: 1.0}) == float("inf")


def test_linear_sums_as_the_generator_did():
    rnd = random.Random(2)
    lin = Linear({f"w{i}": rnd.uniform(-3, 3) for i in range(50)}, 0.3)
    for _ in range(100):
        feats = {f"w{rnd.randrange(80)}": rnd.uniform(-1, 10) for _ in range(30)}
        z = lin.bias + sum(lin.weights.get(k, 0.0) * v for k, v in feats.items())
        assert lin.prob(feats) == 1.0 / (1.0 + __import__("math").exp(-max(-30.0, min(30.0, z))))


@pytest.mark.parametrize("rx", [rx for mod in (targets, target_units) for rx in vars(mod).values()
                                if isinstance(rx, re.Pattern) and rx.pattern.startswith(r"(?<![\d.,/])")])
def test_digit_first_patterns_find_the_same_matches(rx):
    fast = digit_first(rx)
    assert fast is not rx and fast.pattern.startswith(r"(\d")
    for t in _texts():
        assert [(m.span(), m.groups()) for m in fast.finditer(t)] == [(m.span(), m.groups()) for m in rx.finditer(t)]


def test_digit_first_leaves_other_patterns_alone():
    assert digit_first(targets.RANK_RE) is targets.RANK_RE


def test_lowered_cue_counts_equal_the_re_i_counts():
    rxs = (candidates._NATIONAL_CUES, candidates._RANKING_CUES, candidates._LOCAL_CUES)
    odd = "TOAN TINH Ha Noi, CA NUOC xep hang, UBND TINH Quang Tri, cap xa, ubnd tinh a"
    for t in [fold(x) for x in _texts()] + [odd, odd + " \u0130 \u212a"]:
        assert candidates._cue_counts(t) == tuple(len(rx.findall(t)) for rx in rxs)


@pytest.mark.parametrize("rx", [period.PERIOD_RE, period._BARE_RE, targets.RANK_RE, targets.BAC_RE, targets.RANK_AMONG_RE, targets._PAST, targets._FORWARD,
                                target_units.TIMES_RE, target_units.WORD_COUNT_RE, target_units._GOAL_LINE])
def test_re_i_over_the_lowered_page_finds_the_same_spans(rx):
    from extractors.textutil import finditer_i, lowered_page
    shouting = "PHẤN ĐẤU TĂNG ÍT NHẤT 2 BẬC, GẤP 3 LẦN; Đã Đạt TOP 10 đầu, Thuộc NHÓM 5 tỉnh dẫn đầu"
    for t in _texts() + [shouting, shouting + " \u0130stanbul", shouting + " \u212a"]:
        assert ([(m.span(), tuple(g and g.lower() for g in m.groups())) for m in finditer_i(rx, t)]
                == [(m.span(), tuple(g and g.lower() for g in m.groups())) for m in rx.finditer(t)])
        a, b = len(t) // 3, 2 * len(t) // 3
        assert [m.span() for m in finditer_i(rx, t, a, b)] == [m.span() for m in rx.finditer(t, a, b)]
    assert lowered_page(shouting + " \u0130") is None


def test_goal_lines_the_same_with_and_without_the_lowered_page(monkeypatch):
    texts = _texts(120)
    fast = [target_units._goal_line_spans(t) for t in texts]
    monkeypatch.setattr(target_units, "lowered_page", lambda t: None)
    assert fast == [target_units._goal_line_spans(t) for t in texts]


def test_fast_sentence_ends_are_the_sentence_ends():
    from extractors.textutil import _SENT_END, _SENT_END_FAST
    rnd = random.Random(0)
    alpha = "TPpShS.:!?…\n -\"”)(“Aa1Đ \t"
    fuzz = ["".join(rnd.choice(alpha) for _ in range(rnd.randint(1, 30))) for _ in range(30000)]
    for t in _texts() + fuzz:
        assert [m.span() for m in _SENT_END_FAST.finditer(t)] == [m.span() for m in _SENT_END.finditer(t)]


def test_compiled_trees_survive_pickle_and_copy():
    import copy
    import pickle
    model = Trees.from_json(json.loads((DIR / "goal_trees.json").read_text(encoding="utf-8")))
    feats = {"blk": 0.3, "pk": 0.9, "sent_goal_any": 1.0}
    for other in (pickle.loads(pickle.dumps(model)), copy.deepcopy(model), copy.copy(model)):
        assert other == model and other.raw(feats) == model.raw(feats)


def _windows(t: str, rnd: random.Random, n: int = 6) -> list[tuple[int, int]]:
    """Random windows of t, mid-word ends among them (where a slice and pos/endpos differ)."""
    out = [(0, len(t)), (len(t) // 3, 2 * len(t) // 3)]
    for _ in range(n):
        a = rnd.randrange(len(t) + 1)
        out.append((a, min(len(t), a + rnd.randrange(1, 700))))
    return out


@pytest.mark.parametrize("rx", [
    "target_features._PAST_CTX", "target_features._GOAL_ANY", "target_features._PAREN_RESULT",
    "target_features._RESULT_CTX", "target_features._MET_TALLY", "deadline_features._SPAN_YEARS",
    "deadline_features._RECURRING", "deadline_features._DUE_OWN", "deadline_features._Q1_RATE",
    "deadline_features._AVERAGE", "targets._STRONG_FORWARD", "targets._NATIONAL", "targets._DEADLINE"])
def test_search_i_and_slice_search_i_find_what_re_i_finds(rx):
    """search_i is rx.search(t, a, b) and slice_search_i is rx.search(t[a:b]), on any page (a page
    with a character re.I and lower() disagree on falls back to re.I)."""
    import importlib

    from extractors.textutil import search_i, slice_search_i
    mod, name = rx.split(".")
    rx = getattr(importlib.import_module("extractors." + mod), name)
    shouting = "ĐẾN NĂM 2025 PHẤN ĐẤU ĐẠT 80%; Đã Đạt 70% SO VỚI Năm 2020, hằng năm tăng; giai đoạn 2021 - 2025"
    rnd = random.Random(5)
    for t in _texts(120) + [shouting, shouting + " \u0130", "\u212a" + shouting]:
        for a, b in _windows(t, rnd):
            fast, slow = search_i(rx, t, a, b), rx.search(t, a, b)
            assert (fast and fast.span()) == (slow and slow.span())
            fast, slow = slice_search_i(rx, t, a, b), rx.search(t[a:b])
            assert (fast and fast.span()) == (slow and slow.span())


def test_cues_over_the_lowered_page_match_the_sliced_re_i_search():
    from extractors import target_features as tf
    from extractors.textutil import slice_search_i
    rnd = random.Random(6)
    for t in _texts(80) + ["Từ 5% lên 8%, ĐẠT 9%, chỉ đạt 3%"]:
        for a, b in _windows(t, rnd):
            for rx in tf._CUES.values():
                assert bool(slice_search_i(rx, t, a, b)) == bool(rx.search(t[a:b]))


def test_parenthesis_walks_read_as_the_character_loops():
    from extractors import deadline_features as dl, target_features as tf

    def closed(gap: str) -> bool:          # the loop over every character they replaced
        depth = 0
        for ch in gap:
            if ch == "(":
                depth += 1
            elif ch == ")":
                if depth == 0:
                    return True
                depth -= 1
        return False

    def opening(before: str) -> int | None:
        depth, i = 0, len(before) - 1
        while i >= 0:
            if before[i] == ")":
                depth += 1
            elif before[i] == "(":
                if depth == 0:
                    return i
                depth -= 1
            i -= 1
        return None

    rnd = random.Random(7)
    for _ in range(3000):
        s = "".join(rnd.choice("()ab mục tiêu ") for _ in range(rnd.randrange(0, 30)))
        assert dl._closed_paren(s) == closed(s)
        i = opening(s)
        want = 0.0 if i is None else float(bool(re.search(r"mục tiêu|chỉ tiêu|phấn đấu|kế hoạch", s[max(0, i - 60):i], re.I)))
        assert tf._paren_goal(s) == want


def test_tone_repair_skips_only_pages_with_nothing_to_repair():
    from extractors import normalize as nz
    for t in _texts(120) + ["Uỷ ban nhân dân, hoà bình, thuỷ lợi", "quý hoà", "hoàng thuyết"]:
        assert nz._fix_tones(t) == nz._TONE_SYLLABLE.sub(nz._retone_syllable, t)
    assert nz._fix_tones("Uỷ ban, hoà") == "Ủy ban, hòa"


# --- tp27: whole-page scans with their first character consumed before their lookbehinds ---------
_SYM = r"[A-ZĐ][A-Za-zĐđ0-9&]*"
_TYPES = r"(QĐ|QD|KH|NQ|CT|BC|TB|HD|CTr|TTr|QC|ĐA|KL)"
_BODIES = r"(UBND|HĐND|HDND|TTg|CP|BNV|TU|HU|ĐU|BCĐ|VPCP|BTTTT|SNV|STTTT)"
_BEFORE_TP27 = {     # the patterns as they were written before tp27
    "_DAMAGED_ADMIN": r"(?<![\w/])(\d{1,5}[a-zđ]?)((?:[ \t]*/[ \t]*(?:19|20)\d\d)?)[ \t]*/[ \t]*(" + _SYM
                      + r"(?:[ \t]*[-\u2012-\u2014\u2212][ \t]*\n?[ \t]*" + _SYM + r")+)(?![\w])",
    "_DAMAGED_ADMIN_NL": r"(\d{1,5}[a-zđ]?(?:/(?:19|20)\d\d)?/" + _SYM + r"-)[ \t]*\n[ \t]*(" + _SYM + r")",
    "_DAMAGED_PARTY": r"(?<![\w/])(\d{1,4}[a-z]?)[ \t]*[-\u2012-\u2014\u2212][ \t]*([A-ZĐ][A-Za-zĐ]{1,4})[ \t]*/[ \t]*"
                      r"([A-ZĐ][A-ZĐ0-9]{1,8})(?![\w])",
    "_GLUED": r"(?<=\d/)" + _TYPES + r"[.]?" + _BODIES + r"(?![\w-])",
    "_SPACED": r"(?<=\bsố )(\d{1,5}) (?=" + _TYPES + r"-[A-ZĐ])",
    "_GLUED_DAY": r"\b([Nn]gày)(\d)",
}


def _fuzz(alpha: list[str], n: int = 20000, seed: int = 1) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alpha) for _ in range(rnd.randint(1, 30))) for _ in range(n)]


def test_normalize_scans_find_what_they_found_before_tp27():
    from extractors import normalize
    raw = [c["text"] for c in random.Random(3).sample(corpus.load(), 250)]
    fuzz = _fuzz(list(" \t\n\u00a0\u2003\ufeff/-.,:()0123456789aNnsố QĐDKHTrUBNDHĐNDTTgĐUx\u2013\u2212")
                 + ["ngày", "Ngày", "số ", "QĐ", "UBND", "2020/", "12"])
    for name, src in _BEFORE_TP27.items():
        old, new = re.compile(src), getattr(normalize, name)
        for t in raw + fuzz:
            assert [(m.span(), m.groups()) for m in new.finditer(t)] == [(m.span(), m.groups()) for m in old.finditer(t)]
    spaces = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000\ufeff]+")
    for t in raw + fuzz:
        assert normalize._SPACES.sub(" ", t) == spaces.sub(" ", t)


def test_place_scans_find_what_they_found_before_tp27():
    from extractors import places
    mention = places._mention_re()
    district = places._district_re()
    names = [n for n in places._districts()][:200]
    provinces = places.old_provinces() + places.new_provinces()
    rnd = random.Random(4)
    bits = ["huyện ", "Huyện", "HUYỆN ", "quận", "thị xã ", "Thành phố", "TP.", "tp", "xhuyện ", " ", "\n", ",", "a", "_", "'"]
    fuzz = ["".join(rnd.choice([rnd.choice(bits), rnd.choice(names), rnd.choice(provinces).upper(), fold(rnd.choice(provinces))])
                    for _ in range(rnd.randint(1, 6))) for _ in range(8000)]
    old_district = re.compile(district.pattern.split(r"\s*(", 1)[0].replace(
        r"[hHqQtT](?<!\w[hHqQtT])(?i:(?<=h)uyện|(?<=q)uận|(?<=t)hị xã|(?<=t)hành phố|(?<=t)p\.?)",
        r"(?<!\w)(?i:huyện|quận|thị xã|thành phố|tp\.?)") + r"\s*(" + district.pattern.split(r"\s*(", 1)[1])
    assert old_district.pattern != district.pattern
    old_mention = re.compile(r"(?<!\w)(?=[A-Z])(?:" + "|".join(places._mention_alternatives()) + r")(?!\w)")
    for t in _texts(150) + fuzz:
        for x in (t, fold(t)):
            assert [(m.span(), m.groups()) for m in district.finditer(x)] == [(m.span(), m.groups()) for m in old_district.finditer(x)]
            assert [m.span() for m in mention.finditer(x)] == [m.span() for m in old_mention.finditer(x)]


def test_index_scans_answer_as_before_tp27():
    from extractors import indices
    old = {name: re.compile("|".join(p)) for name, p in indices._PATTERNS.items()}
    for t in _texts() + _fuzz(list(" .;-x") + ["chi so ", "cchc", "par index", "pgi", "xpci", "dti", "xep hang ", "chuyen doi so",
                                               "muc do", "nang luc canh tranh ", "cap tinh", "sipas", "hai long ", "hanh chinh"]):
        low = fold(t).lower()
        assert {n for n, rx in indices._COMPILED.items() if rx.search(low)} == {n for n, rx in old.items() if rx.search(low)}


def test_letter_first_sources():
    from extractors.textutil import letter_first_source as lf
    assert lf(r"đã đạt|\bđã\b") == r"đã đạt|đ(?<!\wđ)ã\b"
    assert lf(r"\b(?:hằng|mỗi)\s+năm|cả kỳ") == r"h(?<!\wh)ằng\s+năm|m(?<!\wm)ỗi\s+năm|cả kỳ"
    assert lf(r"(?<!đến )\bnăm 20\d\d|x") == r"n(?<!(?:đến )n)(?<!\wn)ăm 20\d\d|x"
    assert lf(r"(?:a|b)(c)|d") is None          # a capturing group after the split group: left alone
    assert lf(r"(?:a|b)+c|d") is None           # a repeated group
    assert lf(r"\s*x|y") is None and lf("abc") is None


def test_letter_first_re_i_patterns_find_the_same_spans():
    import importlib
    import pkgutil

    import extractors
    from extractors.textutil import _without_i
    rxs = []
    for info in pkgutil.iter_modules(extractors.__path__):
        mod = importlib.import_module("extractors." + info.name)
        rxs += [v for v in vars(mod).values() if isinstance(v, re.Pattern) and _without_i(v) is not None
                and _without_i(v).pattern != v.pattern]
    assert len(rxs) > 40
    texts = [t.lower() for t in _texts(120)] + _fuzz(list(" ,.:;\n-(đ5") + ["đã", "năm", "2025", "đến", "hằng", "mục tiêu", "xã"], 3000)
    for rx in rxs:
        fast, plain = _without_i(rx), re.compile(rx.pattern, rx.flags & ~re.I)
        for t in texts:
            assert [(m.span(), m.groups()) for m in fast.finditer(t)] == [(m.span(), m.groups()) for m in plain.finditer(t)]
            a, b = len(t) // 3, 2 * len(t) // 3
            x, y = fast.search(t, a, b), plain.search(t, a, b)
            assert (x and (x.span(), x.groups())) == (y and (y.span(), y.groups()))


def test_letter_first_digits_and_lone_word_groups():
    """spd30: a digit after leading checks is moved first as a letter is; a pattern that is one word group
    followed by a capturing group keeps the group, its alternatives letter-first inside it."""
    from extractors.textutil import letter_first_source as lf
    assert lf(r"(?<![\d/])20\d\d|x") == r"2(?<!(?:[\d/])2)0\d\d|x"
    assert lf(r"(?<!x )(?:a|b)(c)") == r"(?:a(?<!(?:x )a)|b(?<!(?:x )b))(c)"
    assert lf(r"(?:a|b)(c)|d") is None          # beside other alternatives: still left alone


_BEFORE_SPD30 = {
    ("deadline_features", "_YEAR"): r"(?<![\d,])(20[0-4]\d)(?![\d/]|-\d{1,2}(?!\d))",
    ("deadline_features", "_YEAR_FAR"): r"(?<![\d,])(20[0-5]\d)(?![\d/]|-\d{1,2}(?!\d))",
    ("targets", "_ISO_DATE"): r"(?<![\d.,/-])(?:19|20)\d\d-\d{1,2}-\d{1,2}(?![\d.,/-])",
    ("issuers", "LIST_HEAD_RE"): None,          # the same source with "\b[Cc]ác" in front
    ("period", "_BARE_RE"): r"(?<!nhiệm kỳ )(?<![\d/])((?:19|20)\d\d)\s*(?:-|–|—|đến|tới)\s*((?:19|20)\d\d)(?![\d/])",
}


def test_first_digit_rewrites_find_what_they_found_before_spd30():
    import importlib

    from extractors import issuers
    fuzz = _fuzz(list(" ,./-–\n2019x") + ["2025", "2050", "1999", "2024-11-19", "nhiệm kỳ ", "NHIỆM KỲ ", "Các ", "các ",
                                          "xcác ", "Nghị quyết ", "của ", "Tỉnh ủy", ":", "đến "], 20000, seed=7)
    for (mod, name), src in _BEFORE_SPD30.items():
        new = getattr(importlib.import_module("extractors." + mod), name)
        if src is None:
            src = r"\b[Cc]ác" + new.pattern[len(r"[Cc](?<!\w[Cc])ác"):]
            assert new.pattern.startswith(r"[Cc](?<!\w[Cc])ác")
        old = re.compile(src, new.flags)
        assert old.pattern != new.pattern
        for t in _texts(150) + fuzz:
            assert [(m.span(), m.groups()) for m in new.finditer(t)] == [(m.span(), m.groups()) for m in old.finditer(t)]
            a, b = len(t) // 3, 2 * len(t) // 3
            assert [m.span() for m in new.finditer(t, a, b)] == [m.span() for m in old.finditer(t, a, b)]
    assert issuers.LIST_HEAD_RE.search("Căn cứ các Nghị quyết của Tỉnh ủy:")


def test_scans_skipped_only_where_they_find_nothing():
    """spd30: the scans skipped when the page lacks their words would have found nothing there."""
    from extractors import issuers, places, refs
    shouting = ["ĐỨNG TOP 10, XẾP HẠNG 5", "Ảnh: TTXVN", "GIẤY PHÉP số 12", "Thuộc NHÓM 3 tỉnh", "(ẢNH minh họa)",
                "Baohatinh.VN đưa tin", "đã ban hành các Nghị quyết về …:", "\u0130STANBUL top 3"]
    for t in _texts(200) + shouting:
        low = targets.lowered_page(t)
        if not targets._may_rank(t):
            assert not targets.RANK_RE.search(t)
        if low is not None and "ảnh" not in low:
            assert not targets._CAPTION.search(t)
        if low is not None and not any(w in low for w in ("giấy phép", "giay phep", "issn")):
            assert not refs._FURNITURE_RE.search(t)
        folded = fold(t)
        if not any(x in folded.lower() for x in places._WEB_TLDS):
            assert not places._WEB.search(folded.lower())
        if "ban hành" not in t:
            assert not issuers.LIST_HEAD_VERB_RE.search(t)
    assert targets._may_rank(shouting[0]) and targets._may_rank(shouting[3])


def _same_matches(fast, rx, texts):
    from extractors.textutil import finditer_from, search_from
    for t in texts:
        assert [(m.span(), m.groups()) for m in finditer_from(fast, rx, t)] == [(m.span(), m.groups()) for m in rx.finditer(t)]
        a, b = len(t) // 3, 2 * len(t) // 3
        assert [(m.span(), m.groups()) for m in finditer_from(fast, rx, t, a, b)] == \
            [(m.span(), m.groups()) for m in rx.finditer(t, a, b)]
        got, want = search_from(fast, rx, t, a), rx.search(t, a)
        assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))
        # fast is no looser than rx: rx matches wherever fast does (one match of rx per step)
        assert all(rx.match(t, f.start()) for f in fast.finditer(t))


def test_dates_found_through_their_first_digit_as_before_spd31():
    from extractors import dates
    fuzz = _fuzz(list(" /.-–,\n0123456789x") + ["2019", "1999", "20245", " tháng ", " THÁNG ", "năm ", "Năm ", "ngày "],
                 20000, seed=11)
    _same_matches(dates._ANY_DATE_FAST, dates.ANY_DATE, _texts(200) + fuzz)
    assert dates.find_dates("ngày 5 tháng 12 năm 2024, 1/2/2023")[1][2].isoformat() == "2023-02-01"


def test_symbols_found_through_their_first_digit_as_before_spd31():
    from extractors import refs
    fuzz = _fuzz(list(" /.-,;)\nx0123456789aAQĐ") + ["/KH-UBND", "/QĐ-", "2018", "NQ/TU", "QH12", "UBTVQH", " ngày",
                                                     "-NQ/TW", "BCSĐ", "đ/"], 20000, seed=12)
    _same_matches(refs._SYMBOL_FAST, refs.SYMBOL_RE, _texts(200) + fuzz)


def test_index_scans_skipped_only_where_they_find_nothing():
    """spd31: an index whose words are all absent from the page is not scanned for: its patterns
    could not have matched there."""
    from extractors import indices
    for name, alts in indices._PATTERNS.items():
        assert all(any(w in a for w in indices._NEEDS[name]) for a in alts), name
    for t in _texts():
        low = fold(t).lower()
        for name, rx in indices._COMPILED.items():
            if not any(w in low for w in indices._NEEDS[name]):
                assert not rx.search(low)


def test_sentence_starts_as_the_lookbehind_scan_before_spd31():
    from extractors import deadline_features as d
    fuzz = _fuzz(list(" \n\t.!?x\u00a0\u2003aB…"), 30000, seed=13) + [""]
    for t in _texts(200) + fuzz:
        assert list(d._sentence_starts(t)) == [m.start() for m in d._SENT_START.finditer(t)]


def test_deadline_phrases_found_through_their_first_characters_as_before_spd31():
    from extractors.textutil import finditer_i, finditer_i_from, slice_search_i, slice_search_i_from
    fuzz = _fuzz(list(" \n.;:,x") + ["đến ", "Đến ", "tới ", "trước ", "trong ", "vào ", "hết ", "cuối ", "năm ", "NĂM ",
                                      "2025", "ngày ", "12/", "định hướng ", "tầm nhìn ", "\u0130"], 20000, seed=14)
    rx, at = targets._DEADLINE, targets._DEADLINE_AT
    for t in _texts(200) + fuzz:
        assert [(m.span(), m.groups()) for m in finditer_i_from(at, rx, t)] == \
            [(m.span(), m.groups()) for m in finditer_i(rx, t)]
        for a, b in ((0, len(t)), (len(t) // 3, 2 * len(t) // 3), (1, len(t))):
            x, y = slice_search_i(rx, t, a, b), slice_search_i_from(at, rx, t, a, b)
            assert (x and (x.span(), x.groups())) == (y and (y.span(), y.groups()))
