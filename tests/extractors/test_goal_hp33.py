"""hp33 (session 32, option hp33, tokens): the goal decision's settings as options. "cX" the linear goal model's C,
"leafN" / "leavesN" / "itN" / "lrN" the goal trees' min_samples_leaf / max_leaf_nodes / max_iter / learning_rate,
"bN" the trees' share of the averaged probability, "tN" the cut on the goal probability, stored in goal.json's meta
(models.recentred moves the probabilities so that the cut sits at 0.5, for the decision and its post-model rules
alike). No token: today's settings, and no "cut" in the model file. Wordings written for these tests, not taken
from the corpus."""
import pytest

from extractors import corpus
from extractors.models import GOAL_CUT, Linear, recentred
from extractors.targets import find_targets
from extractors.train import C, SHIPPED, TREES, TREES_BLEND, _c_of, fit, fit_trees, hp33_settings
from tests.extractors.goal_only import Flat, goal_only

BASE = {"units": "goal_lines", "cand_fix": "nouns+scaled"}


class _Cut(Flat):
    """Every candidate a goal with probability p, under a goal model whose file names a cut."""

    def __init__(self, p: float, cut: float | None):
        super().__init__(p)
        self.meta = {} if cut is None else {"cut": cut}


def _values(t: str, p: float, cut: float | None) -> set:
    return {(x.value, x.unit) for x in find_targets(t, models=goal_only(_Cut(p, cut)), options=BASE)}


def test_no_token_is_todays_settings():
    assert hp33_settings(None) == hp33_settings("") == {"c": None, "trees": {}, "blend": TREES_BLEND, "cut": 0.5}
    assert _c_of("goal", {"hp33": "t45"}) == C["goal"] == 0.3
    assert GOAL_CUT == 0.5


def test_tokens():
    hp = hp33_settings("c1+leaf20+it400+b6+t45")
    assert hp == {"c": 1.0, "trees": {"min_samples_leaf": 20, "max_iter": 400}, "blend": 0.6, "cut": 0.45}
    assert hp33_settings("c01")["c"] == 0.1 and hp33_settings("c3")["c"] == 3.0
    assert hp33_settings("leaves31+lr01")["trees"] == {"max_leaf_nodes": 31, "learning_rate": 0.1}
    assert hp33_settings("t55")["cut"] == 0.55 and hp33_settings("b4")["blend"] == 0.4
    assert _c_of("goal", {"hp33": "c1"}) == 1.0 and _c_of("deadline", {"hp33": "c1"}) == C["deadline"]
    with pytest.raises(ValueError):
        hp33_settings("cut45")
    with pytest.raises(ValueError):
        hp33_settings("t0")


def test_recentred_puts_the_cut_at_one_half():
    m = Linear({}, 0.0, {"cut": 0.45})
    moved = recentred([0.40, 0.45, 0.46, 0.60], m)
    assert moved[0] < 0.5 and moved[1] == pytest.approx(0.5) and moved[2] > 0.5 and moved[3] > 0.6
    assert recentred([0.3, 0.7], Linear({}, 0.0, {})) == [0.3, 0.7]         # no cut: the same list
    assert recentred([0.52], Linear({}, 0.0, {"cut": 0.55}))[0] < 0.5


def test_a_lower_cut_keeps_a_value_between_it_and_one_half():
    t = "Phấn đấu đến năm 2029, tỷ lệ hộ dân được dùng nước sạch đạt 97%."
    assert (97, "%") in _values(t, 0.47, 0.45)
    assert (97, "%") not in _values(t, 0.47, None)
    assert (97, "%") not in _values(t, 0.44, 0.45)
    t = "Mục tiêu năm 2030, thu nhập bình quân đầu người của huyện đạt 95 triệu đồng."
    assert (95, "triệu đồng") in _values(t, 0.52, None)
    assert (95, "triệu đồng") not in _values(t, 0.52, 0.55)                # a higher cut rejects it
    assert (95, "triệu đồng") in _values(t, 0.57, 0.55)


def test_trees_take_the_tokens_settings_and_blend():
    feats = [{"a": float(i % 7), "b": float(i % 3)} for i in range(300)]
    labels = [int(f["a"] > 3) for f in feats]
    base = fit_trees(feats, labels)
    assert base.meta["blend"] == TREES_BLEND and len(base.trees) == TREES["max_iter"]
    hp = hp33_settings("it50+b6")
    more = fit_trees(feats, labels, blend=hp["blend"], params=hp["trees"])
    assert more.meta["blend"] == 0.6 and len(more.trees) == 50


def test_fit_stores_the_cut_only_when_a_token_names_one():
    cases = [c for c in corpus.load() if corpus.trainable(c)][:60]
    opts = {**SHIPPED, "page_kind": False, "block": False, "trees": False}
    assert "cut" not in fit(cases, **opts).goal.meta
    assert fit(cases, **{**opts, "hp33": "t45"}).goal.meta["cut"] == 0.45
