"""The agreement script scores a blind reading as the scorer scores targets, and part I's blind file
holds the seeded draw its README describes."""
import importlib.util
import json
import random
from collections import Counter
from pathlib import Path

CORPUS = Path(__file__).parent / "data" / "corpus"
spec = importlib.util.spec_from_file_location("agreement_check", CORPUS / "agreement_check.py")
check = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check)


def test_a_deadline_difference_is_a_disagreement_but_not_on_value_and_unit():
    gold = Counter(check.target_key(t) for t in [{"value": 200, "unit": "triệu đồng", "deadline_year": 2030}])
    blind = check.blind_keys([[200, "triệu đồng", None]])
    assert check.counts(gold, blind) == (1, 1, 0)
    assert check.counts(check.without_year(gold), check.without_year(blind)) == (1, 1, 1)


def test_units_are_folded_and_repeated_values_counted_as_a_multiset():
    gold = Counter(check.target_key({"value": 100, "unit": "%", "deadline_year": 2025}) for _ in range(3))
    blind = check.blind_keys([[100, "%", 2025], [100, "%", 2025], [13794, "tỷ đồng", 2025]])
    assert check.counts(gold, blind) == (3, 3, 2)
    assert check.blind_keys([{"value": "5", "unit": "bậc", "deadline_year": None}]) == Counter({(5.0, "bac", None): 1})


def test_prf_and_bootstrap():
    assert check.prf(4, 2, 2) == (1.0, 0.5, 2 / 3)
    assert check.prf(0, 0, 0)[2] == 1.0
    assert check.bootstrap_f1([(2, 2, 2)] * 5) == (1.0, 1.0)
    low, high = check.bootstrap_f1([(2, 2, 2), (2, 2, 0), (0, 0, 0)])
    assert 0.0 <= low < high <= 1.0


def test_part_i_blind_file_holds_the_seeded_draw():
    blind = json.loads((CORPUS / "agreement-I-blind.json").read_text(encoding="utf-8"))
    ids = [json.loads(line)["id"] for part in ("I1", "I2", "I3")
           for line in (CORPUS / f"part-{part}.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(blind["seed"])
    picks = []
    for low, high in [(1, 45), (101, 145), (201, 245)]:
        picks += rng.sample(sorted(i for i in ids if low <= int(i[2:]) <= high), 10)
    assert blind["picks"] == picks
    assert set(blind["targets"]) == set(picks)
