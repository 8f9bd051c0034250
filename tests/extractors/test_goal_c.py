"""gen25: the goal model's C as an option (c_goal; measured on part J's validation shares, not shipped)."""
from extractors import corpus
from extractors.train import C, SHIPPED, _c_of, fit


def test_c_goal_sets_the_goal_models_c_only():
    assert _c_of("goal", {"c_goal": 1.0}) == 1.0
    assert _c_of("deadline", {"c_goal": 1.0}) == C["deadline"]
    assert _c_of("goal", {}) == C["goal"] == 0.3


def test_a_larger_c_goal_regularises_the_goal_model_less():
    cases = [c for c in corpus.load() if corpus.trainable(c)][:80]
    opts = {**SHIPPED, "page_kind": False, "block": False, "trees": False}
    weak = fit(cases, **{**opts, "c_goal": 0.3}).goal.weights
    strong = fit(cases, **{**opts, "c_goal": 3.0}).goal.weights
    assert sum(v * v for v in strong.values()) > sum(v * v for v in weak.values())
