"""miss23: the page kind read from the page's first goal lead on, and pk's interactions with the
value's own goal cues, pk floored under a goal lead (option pk_mix: "tail", "x", "gate")."""
from extractors.models import Linear, Models
from extractors.targets import find_targets
from extractors.text_models import LEAD_SKIP, gate_pk, goal_tail, pk_interactions

# a news lede longer than LEAD_SKIP, then the plan's goals (wording not from the corpus)
LEDE = ("Sáng ngày 5/1, Ủy ban nhân dân huyện Tân Hòa tổ chức hội nghị tổng kết công tác năm qua, "
        "đánh giá kết quả thực hiện nhiệm vụ và triển khai công việc của năm mới với sự tham dự "
        "của đại diện các sở, ngành, các xã, thị trấn và đông đảo cán bộ, công chức trên địa bàn. ") * 2
PLAN = "Các chỉ tiêu chủ yếu năm 2026 như sau:\n- Tỷ lệ trẻ em đi học đạt 98%.\n"


def test_the_tail_starts_at_the_line_of_the_first_goal_lead_past_the_opening():
    page = LEDE + "\n" + PLAN
    assert len(LEDE) > LEAD_SKIP
    assert goal_tail(page) == PLAN


def test_no_tail_when_the_only_goal_lead_is_in_the_opening_or_there_is_none():
    assert goal_tail("Huyện phấn đấu thu ngân sách 700 tỷ đồng\n" + LEDE) is None
    assert goal_tail(LEDE + "\nKết quả năm qua: thu ngân sách đạt 650 tỷ đồng.") is None


def test_a_report_like_page_times_the_values_own_goal_cue():
    f = {"pk": -0.4, "muc_tieu_before": 1.0, "para_goal_any": 1.0, "blk": 0.3}
    x = pk_interactions(f)
    assert x["pkx_cue"] == x["pkx_para"] == 0.4
    assert x["pkx_head"] == 0.0 and abs(x["pkx_blk"] - 0.12) < 1e-9


def test_no_interaction_on_pages_that_read_as_goals_or_without_a_cue():
    assert pk_interactions({"pk": 0.3, "phan_dau": 1.0, "blk": 0.4}) == {}
    x = pk_interactions({"pk": -0.4, "blk": -0.2})
    assert set(x.values()) == {0.0}


def _models():
    # a page-kind model that reads "kết quả" as a results page, "chỉ tiêu" as a goals page
    idf = {"kết quả": 1.0, "chỉ tiêu": 1.0}
    page = Linear({"kết quả": -4.0, "chỉ tiêu": 4.0}, 0.0, {"idf": idf})
    return Models(goal=Linear({}, 0.0, {}), page_kind=page)


def _goal_feats(options):
    trace: list = []
    find_targets(LEDE + "\n" + PLAN, models=_models(), options=options, trace=trace)
    return next(t["goal"] for t in trace if t["value"] == 98)


def test_the_goal_features_carry_the_tail_and_the_interactions_only_under_the_option():
    plain = _goal_feats({})
    assert plain["pk"] < 0 and not any(k == "pkt" or k.startswith("pkx_") for k in plain)
    mixed = _goal_feats({"pk_mix": "tail+x"})
    assert mixed["pkt"] > 0.4              # the tail is the plan: "chỉ tiêu", no "kết quả"
    assert mixed["pkx_head"] > 0           # its list heading names the goals on a report-like page
    assert {k: v for k, v in mixed.items() if k != "pkt" and not k.startswith("pkx_")} == plain


def test_a_goal_lead_floors_a_report_like_pages_prior():
    assert gate_pk({"pk": -0.3, "head_goal": 1.0}) == {"pk": 0.0}
    assert gate_pk({"pk": -0.3, "block_forward": 1.0}) == {"pk": 0.0}
    assert gate_pk({"pk": -0.3, "head_goal": 0.0, "block_forward": 0.0}) == {}
    assert gate_pk({"pk": 0.2, "head_goal": 1.0}) == {}      # a goal page keeps its prior
