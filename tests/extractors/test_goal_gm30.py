"""gm30: the value's own predicate, forecasts by year and figures weighed against a plan
(target_features.gm30_features), on wordings written for the test."""
from tests.extractors.goal_rows import goal_features


def _row(t: str, needle: str, toks: str = "pred+forecast+vs_plan") -> dict[str, float]:
    return goal_features(t, needle, {"units": "goal_lines", "gm30": toks})


def _gm(f: dict[str, float]) -> set[str]:
    return {k for k in f if k.startswith("gm:")}


def test_maintaining_a_level_is_its_own_predicate():
    assert "gm:maintain" in _gm(_row("Tiếp tục duy trì tỷ lệ trẻ em đi học đúng độ tuổi đạt 98% trở lên.", "98%"))
    assert "gm:maintain" not in _gm(_row("Tiếp tục duy trì sĩ số, tỷ lệ trẻ em đi học đạt 98%.", "98%"))


def test_the_level_raised_to_and_its_starting_point():
    t = "Điều chỉnh chỉ tiêu thu ngân sách từ 8,2% lên 9,5%; nâng tỷ lệ che phủ rừng lên 46%."
    assert _gm(_row(t, "9,5%")) == {"gm:to_level"}
    assert _gm(_row(t, "46%")) == {"gm:to_level"}
    assert _gm(_row(t, "8,2%")) == {"gm:from_level"}
    # "từ" opening a range or a count, with no "lên" after it, is no starting point
    assert not _gm(_row("Mỗi xã có từ 3 hợp tác xã trở lên.", "3 hợp"))


def test_a_forecast_is_split_by_the_year_it_names():
    t = "Năm 2026, tổng thu ngân sách dự kiến đạt 9.000 tỷ đồng. Năm 2023, thu ngân sách ước đạt 7.100 tỷ đồng."
    assert _gm(_row(t, "9.000")) == {"gm:fc_ahead"}
    assert _gm(_row(t, "7.100")) == {"gm:fc_past"}
    assert _gm(_row("Lượng khách sẽ tăng khoảng 12% so với năm trước.", "12%")) == {"gm:fc_noyear"}
    assert not _gm(_row("Năm 2026, tổng thu ngân sách đạt 9.000 tỷ đồng.", "9.000"))


def test_figures_weighed_against_a_plan_are_marked():
    for t, needle in (("Tăng trưởng kinh tế đạt 6,8% (chỉ tiêu Nghị quyết là 7%).", "6,8%"),
                      ("Thu ngân sách đạt 5.200 tỷ đồng, vượt 4% so với kế hoạch.", "5.200"),
                      ("Có 12/15 chỉ tiêu đạt và vượt, tỷ lệ hộ nghèo còn 2,1%.", "2,1%")):
        assert "gm:vs_plan" in _gm(_row(t, needle)), t
    assert "gm:vs_plan" not in _gm(_row("Phấn đấu đến năm 2027 tỷ lệ hộ nghèo còn 2,1%.", "2,1%"))
    assert "gm:vs_plan" not in _gm(_row("Khách quốc tế (khách lưu trú là chủ yếu) đạt 900.000 lượt.", "900.000"))


def test_each_token_alone_adds_only_its_own_features():
    t = "Năm 2026 sẽ duy trì tỷ lệ 95% (chỉ tiêu kế hoạch là 95%)."
    assert _gm(_row(t, "95%", "pred")) == {"gm:maintain"}
    assert _gm(_row(t, "95%", "forecast")) == {"gm:fc_ahead"}
    assert _gm(_row(t, "95%", "vs_plan")) == {"gm:vs_plan"}
    assert not _gm(_row(t, "95%", "none"))


def test_a_past_year_leading_the_value_without_a_goal_word():
    assert _gm(_row("Năm 2022, toàn tỉnh có 64 xã đạt chuẩn nông thôn mới.", "64 xã", "past_lead")) == {"gm:past_lead"}
    assert not _gm(_row("Năm 2022, tỉnh đặt mục tiêu có 64 xã đạt chuẩn nông thôn mới.", "64 xã", "past_lead"))
    assert not _gm(_row("Năm 2025, toàn tỉnh có 64 xã đạt chuẩn nông thôn mới.", "64 xã", "past_lead"))   # as_of 2024


def test_a_plan_comparison_in_another_clause_of_a_list_sentence_is_not_the_values():
    t = "Thu ngân sách đạt 5.200 tỷ đồng, vượt 4% so với kế hoạch; tỷ lệ che phủ rừng đến năm 2027 đạt 47%."
    assert "gm:vs_plan" in _gm(_row(t, "5.200", "vs_clause"))
    assert "gm:vs_plan" not in _gm(_row(t, "47%", "vs_clause"))
    assert "gm:vs_plan" in _gm(_row(t, "47%", "vs_plan"))        # the sentence-wide token reaches it


def test_a_goal_verb_aiming_at_a_plan_is_no_comparison_with_it():
    assert "gm:vs_plan" not in _gm(_row("Thành phố quyết tâm đạt mục tiêu tăng trưởng trên 8,5%.", "8,5%", "vs_guard"))
    assert "gm:vs_plan" in _gm(_row("Thành phố quyết tâm đạt mục tiêu tăng trưởng trên 8,5%.", "8,5%", "vs_clause"))
    assert "gm:vs_plan" in _gm(_row("Tăng trưởng đạt 7,1%, vượt 0,6% so với kế hoạch.", "7,1%", "vs_guard"))
