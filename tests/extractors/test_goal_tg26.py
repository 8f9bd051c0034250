"""tg26: the goal decision's second pass over the verdicts of a value's neighbours
(target_features.tg26_stack_features, targets.find_targets with a `goal_seq` model) and plan revisions
(target_features.tg26_revision), on wordings written for the test."""
import math

import pytest

from extractors.models import Linear, Models
from extractors.target_features import tg26_stack_features
from extractors.targets import find_targets
from tests.extractors.goal_rows import goal_features

ALL = ["sent", "after", "para", "prev"]


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


def test_a_list_item_reads_the_best_verdict_before_it_in_its_sentence():
    # a head at 0.9, two items at 0.3 and 0.2 in one sentence; a new sentence of the same paragraph
    f = tg26_stack_features([0.9, 0.3, 0.2, 0.6], [0, 0, 0, 50], [0, 0, 0, 0], ALL)
    assert "sx:sent" not in f[0] and f[0]["sx:self"] == pytest.approx(_logit(0.9))
    assert f[1]["sx:sent"] == pytest.approx(_logit(0.9)) and f[1]["sx:sent_goal"] == 1.0
    assert f[2]["sx:sent"] == pytest.approx(_logit(0.9)) and f[2]["sx:prev"] == pytest.approx(_logit(0.3))
    assert "sx:sent" not in f[3]                                # another sentence: not its list
    assert f[3]["sx:para"] == pytest.approx(_logit(0.9))        # but its paragraph's earlier sentences
    assert f[0]["sx:after"] == pytest.approx(_logit(0.3))       # the best after it in its sentence
    assert "sx:after" not in f[3]


def test_a_result_head_gives_its_items_no_goal_verdict():
    f = tg26_stack_features([0.1, 0.4], [0, 0], [0, 0], ALL)
    assert f[1]["sx:sent_goal"] == 0.0 and f[1]["sx:sent"] < 0


def test_another_paragraph_shares_nothing_and_tokens_select_features():
    f = tg26_stack_features([0.9, 0.3], [0, 100], [0, 1], ALL)
    assert set(f[1]) == {"sx:self"}
    f = tg26_stack_features([0.9, 0.3, 0.3], [0, 0, 40], [0, 0, 0], ["sent"])
    assert set(f[1]) == {"sx:self", "sx:sent", "sx:sent_goal"} and set(f[2]) == {"sx:self"}
    with pytest.raises(ValueError):
        tg26_stack_features([0.5], [0], [0], ["nope"])


_PLAN = ("Năm 2026, huyện phấn đấu tổng giá trị sản xuất đạt hơn 3.200 tỷ đồng; thu ngân sách trên địa bàn "
         "đạt 65,4 tỷ đồng; tỷ lệ hộ nghèo giảm dưới 0,8%.")
_REPORT = ("Năm 2023, tổng giá trị sản xuất đạt 3.200 tỷ đồng; thu ngân sách trên địa bàn "
           "đạt 65,4 tỷ đồng; tỷ lệ hộ nghèo giảm còn 0,8%.")


def _models(seq: bool) -> Models:
    # a first pass that trusts "phấn đấu" alone (the head's), and a second pass that lets the head carry its list
    first = Linear({"phan_dau": 4.0}, -0.5)
    return Models(goal=first, goal_seq=Linear({"sx:self": 1.0, "sx:sent": 1.0}, 0.0) if seq else None,
                  options={"units": "goal_lines", **({"tg26": "sent"} if seq else {})})


def _values(text: str, seq: bool) -> list[float]:
    m = _models(seq)
    return sorted(t.value for t in find_targets(text, models=m, options=m.options, as_of=2025))


def test_the_second_pass_keeps_a_goal_lists_items():
    assert _values(_PLAN, seq=False) == [3200.0]                 # the first pass keeps the head only
    assert _values(_PLAN, seq=True) == [0.8, 65.4, 3200.0]       # its items share its verdict


def test_the_second_pass_keeps_no_item_of_a_report():
    assert _values(_REPORT, seq=True) == []


def _tg(t: str, needle: str, toks: str) -> dict[str, float]:
    f = goal_features(t, needle, {"units": "goal_lines", "gm30": "vs_guard", "tg26": toks})
    return {k: v for k, v in f.items() if k.startswith(("gm:", "tg:"))}


def test_a_revised_plans_figures_are_not_weighed_against_their_plan():
    for t, needle in (("Huyện đã điều chỉnh các chỉ tiêu chủ yếu: tổng thu ngân sách đạt 2.800 tỷ đồng "
                       "(tăng 120 tỷ đồng so với chỉ tiêu cũ).", "2.800"),
                      ("Sản lượng lúa cả năm là 95.000 tấn, tăng thêm 5.000 tấn so với kế hoạch đầu năm.", "95.000")):
        assert _tg(t, needle, "") == {"gm:vs_plan": 1.0}, t
        assert _tg(t, needle, "revise") == {"tg:revised": 1.0}, t


def test_results_against_their_plan_stay_marked():
    t = "Thu ngân sách đạt 5.200 tỷ đồng, vượt 4% so với kế hoạch."
    assert _tg(t, "5.200", "revise") == {"gm:vs_plan": 1.0}
    assert _tg("Tổng thu ngân sách năm nay đạt 5.200 tỷ đồng.", "5.200", "revise") == {}


def test_lift_decides_only_rejected_values_next_to_a_kept_one():
    from extractors.target_features import tg26_lifted
    f = tg26_stack_features([0.9, 0.3, 0.6, 0.2], [0, 0, 0, 90], [0, 0, 0, 1], ALL)
    assert not tg26_lifted(f[0])        # kept by the first pass
    assert tg26_lifted(f[1])            # rejected, its sentence's head kept
    assert not tg26_lifted(f[2])        # kept
    assert not tg26_lifted(f[3])        # rejected, alone in its paragraph
    f = tg26_stack_features([0.2, 0.3], [0, 0], [0, 0], ALL)
    assert not tg26_lifted(f[1])        # its neighbours rejected too


def test_lift_leaves_every_other_verdict_to_the_first_pass():
    m = _models(seq=True)
    m.options = {"units": "goal_lines", "tg26": "sent+lift"}
    m.goal_seq = Linear({}, -5.0)       # a second pass that rejects all it decides
    out = sorted(t.value for t in find_targets(_PLAN, models=m, options=m.options, as_of=2025))
    assert out == [3200.0]              # the head, kept by the first pass, is not decided again
