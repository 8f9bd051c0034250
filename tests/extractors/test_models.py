"""The learned decisions: plain-JSON linear models, loaded once, trained reproducibly."""
import json

import pytest

from extractors import corpus
from extractors.models import DIR, Linear, Models, RULES, best, save, shipped


def test_linear_scores_and_none_wins_when_nothing_scores():
    lin = Linear({"rule": 2.0, "none": 0.5}, bias=-1.0)
    assert lin.prob({"rule": 1.0}) > 0.7 > lin.prob({"none": 1.0}) > lin.prob({})
    assert best([("a", {"rule": 1.0}), (None, {"none": 1.0})], lin) == "a"
    assert best([("a", {}), (None, {"none": 1.0})], lin) is None


def test_shipped_models_are_plain_json_and_loaded_once():
    files = sorted(p.name for p in DIR.glob("*.json"))
    assert "goal.json" in files and "deadline.json" in files
    for p in DIR.glob("*.json"):
        d = json.loads(p.read_text(encoding="utf-8"))
        if p.name != "options.json":
            assert isinstance(d["bias"], float) and all(isinstance(v, float) for v in d["weights"].values())
    assert shipped() is shipped()
    assert shipped().goal is not None and RULES.goal is None


def test_save_round_trip(tmp_path):
    m = Models(goal=Linear({"x": 1.5}, 0.25, {"examples": 3}), options={"bow": False})
    save(m, tmp_path)
    d = json.loads((tmp_path / "goal.json").read_text(encoding="utf-8"))
    assert d["weights"] == {"x": 1.5} and d["bias"] == 0.25 and d["examples"] == 3
    assert json.loads((tmp_path / "options.json").read_text(encoding="utf-8")) == {"bow": False}


def test_training_is_reproducible():
    pytest.importorskip("sklearn")
    from extractors.train import SHIPPED, fit
    cases = corpus.load()[:40]
    a, b = fit(cases, **SHIPPED), fit(cases, **SHIPPED)
    assert a.goal.weights == b.goal.weights and a.deadline.bias == b.deadline.bias


def test_groups_keep_sites_and_provinces_on_one_side():
    cases = [
        {"id": "1", "province": "Huế", "source_url": "https://a.vn/x"},
        {"id": "2", "province": "Huế", "source_url": "https://b.vn/y"},
        {"id": "3", "province": "Nam Định", "source_url": "https://b.vn/z"},
        {"id": "4", "province": "Cà Mau", "source_url": "https://www.c.vn/z"},
        {"id": "5", "province": None, "site": "c.vn"},
    ]
    g = corpus.groups(cases, hub_min=None)
    assert g[0] == g[1] == g[2] and g[3] == g[4] and g[0] != g[3]


def test_the_optional_second_pass_trains_out_of_fold_and_runs():
    pytest.importorskip("sklearn")
    from extractors.facts import extract_facts
    from extractors.train import SHIPPED, fit
    cases = corpus.load()[:80]
    m = fit(cases, **{**SHIPPED, "stack": True})
    assert m.goal_stack is not None and any(k.startswith("st_") for k in m.goal_stack.weights)
    assert fit(cases, **SHIPPED).goal_stack is None           # off in what ships
    text = "Đến năm 2025, phấn đấu:\n- 90% hồ sơ được giải quyết trực tuyến;\n- 80% người dân có tài khoản định danh.\n"
    assert all(t.deadline_year == 2025 for t in extract_facts(text, models=m).targets)
