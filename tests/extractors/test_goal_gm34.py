"""gm34: a goal word's reach over the values after it (target_features.gm34_features), on wordings written for
the test: where each feature fires and where it must not, each token on and off."""
import pytest

from tests.extractors.goal_rows import goal_features


def _row(t: str, needle: str, toks: str | None, as_of: int = 2024) -> dict[str, float]:
    opts = {"units": "general", "gm31": "gate"}
    if toks:
        opts["gm34"] = toks
    return goal_features(t, needle, opts, as_of)


def test_a_value_a_goal_word_governs_is_marked_and_off_without_the_token():
    for t, needle in (("Huyện đặt mục tiêu cụ thể: doanh thu thương mại ước đạt 4.200 tỷ đồng.", "4.200"),
                      ("Tỉnh phấn đấu nâng tỷ lệ che phủ rừng lên 48%.", "48%"),
                      ("Để hoàn thành kế hoạch, ngành xây dựng dự kiến tăng 12,5%.", "12,5%")):
        assert "gm:gov" in _row(t, needle, "gov"), t
        assert "gm:gov" not in _row(t, needle, None), t


def test_a_result_cue_or_past_year_after_the_goal_word_breaks_its_reach():
    for t, needle in (("Tỉnh đặt mục tiêu tăng trưởng cao, tính đến nay đã đạt 7,1%.", "7,1%"),
                      ("Theo kế hoạch đề ra, năm 2021 huyện có 35 xã đạt chuẩn.", "35 xã"),
                      ("Doanh thu thương mại năm nay đạt 4.200 tỷ đồng.", "4.200")):
        assert "gm:gov" not in _row(t, needle, "gov"), t


def test_a_later_item_of_the_goals_enumeration_is_a_run():
    t = "Huyện phấn đấu sản lượng lúa đạt 90.000 tấn, trong đó lúa chất lượng cao đạt 60.000 tấn và lúa nếp 8.000 tấn."
    for needle in ("60.000", "8.000"):
        r = _row(t, needle, "run")
        assert "gm:gov_run" in r and "gm:gov" not in r      # "run" alone: the relation, not gov's mark
    assert "gm:gov_run" not in _row(t, "90.000", "run")     # the goal word's own object
    t = "Huyện phấn đấu sản lượng lúa đạt 90.000 tấn, đến nay đã thu hoạch 60.000 tấn."
    assert "gm:gov_run" not in _row(t, "60.000", "run")


def test_a_colon_lead_naming_a_goal_reaches_the_sentences_after_it():
    t = ("Năm nay, tỉnh điều chỉnh các chỉ tiêu chủ yếu: tổng thu ngân sách đạt 5.200 tỷ đồng. "
         "Thu nhập bình quân đầu người đạt 72 triệu đồng/người.")
    assert "gm:colon_lead" in _row(t, "72 triệu", "colon")
    assert "gm:colon_lead" not in _row(t, "72 triệu", None)
    for t, needle in (("Kết quả cụ thể như sau: thu ngân sách đạt 5.200 tỷ đồng. Thu nhập đạt 72 triệu đồng/người.",
                       "72 triệu"),                         # the lead names no goal
                      ("Tỉnh đặt các chỉ tiêu: thu ngân sách 5.200 tỷ đồng. Hiện nay, thu nhập đạt 72 triệu đồng/người.",
                       "72 triệu"),                         # a result cue after the colon
                      ("Lúc 08:30, huyện phấn đấu xong. Thu nhập đạt 72 triệu đồng/người.", "72 triệu")):
        assert "gm:colon_lead" not in _row(t, needle, "colon"), t


def test_a_year_ahead_of_the_page_before_the_value_is_due():
    for t, needle in (("Đến năm 2030, diện tích nuôi tôm thu hẹp còn 150.000 ha.", "150.000"),
                      ("Tỷ lệ lấp đầy phòng năm 2026 đạt 65%.", "65%")):
        assert "gm:due" in _row(t, needle, "due"), t
        assert "gm:due" not in _row(t, needle, None), t
    for t, needle in (("Năm 2023, diện tích nuôi tôm đạt 150.000 ha.", "150.000"),      # a past year
                      ("Đến năm 2030, diện tích nuôi tôm hiện đã đạt 150.000 ha.", "150.000")):
        assert "gm:due" not in _row(t, needle, "due"), t


def test_unknown_tokens_are_refused():
    with pytest.raises(ValueError):
        _row("Tỉnh phấn đấu đạt 48%.", "48%", "gov+nope")


def test_met_a_goal_word_a_result_verb_takes_governs_nothing():
    t = "Toàn tỉnh vượt mục tiêu cả giai đoạn được giao, có 320 xã đạt chuẩn nông thôn mới."
    assert "gm:gov" in _row(t, "320 xã", "gov")               # without met the goal word reaches it
    assert "gm:gov" not in _row(t, "320 xã", "gov+met")
    t = "Huyện phấn đấu hoàn thành mục tiêu, có thêm 12 xã đạt chuẩn nông thôn mới."
    assert "gm:gov" in _row(t, "12 xã", "gov+met")            # an aim at the goal still governs
