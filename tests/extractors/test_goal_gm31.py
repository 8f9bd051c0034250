"""gm31: a value's own result cue gates the page's and block's goal push; a forecast aimed ahead
(target_features.gm31_features), on wordings written for the test."""
from tests.extractors.goal_rows import goal_features


def _row(t: str, needle: str, toks: str = "gate+fc") -> dict[str, float]:
    return goal_features(t, needle, {"units": "goal_lines", "gm31": toks})


def _gate(t: str, needle: str, toks: str = "gate") -> bool:
    return "gm:past_gate" in _row(t, needle, toks)


def test_a_value_reported_in_its_own_sentence_is_gated():
    for t, needle in (("Tính đến cuối năm 2022, toàn tỉnh có 64 xã đạt chuẩn nông thôn mới.", "64 xã"),
                      ("Năm 2023, tỷ lệ hộ nghèo của huyện còn 2,9%.", "2,9%"),
                      ("Hiện nay, cả tỉnh có 299 xã đạt chuẩn.", "299 xã"),
                      ("Mục tiêu của huyện về thu nhập đã đạt 58 triệu đồng/người.", "58 triệu")):
        assert _gate(t, needle), t


def test_a_same_period_comparison_after_the_value_with_token_after():
    t = "Doanh thu du lịch tăng 15% so với cùng kỳ."
    assert _gate(t, "15%", "gate+after") and not _gate(t, "15%")
    assert not _gate("Phấn đấu thu ngân sách tăng 10% so với cùng kỳ.", "10%", "gate+after")


def test_a_goal_word_after_the_result_cue_or_a_year_ahead_keeps_the_push():
    for t, needle in (("Năm 2022, tỉnh đặt mục tiêu có 64 xã đạt chuẩn nông thôn mới.", "64 xã"),
                      ("Hiện nay, tỉnh phấn đấu có thêm 12 xã đạt chuẩn.", "12 xã"),
                      ("Năm 2023, tỷ lệ hộ nghèo dự kiến còn 2,9%.", "2,9%"),
                      ("Trên cơ sở kết quả năm 2023, tỷ lệ che phủ rừng đạt 47% vào năm 2027.", "47%"),
                      ("Năm 2025, toàn tỉnh có 64 xã đạt chuẩn nông thôn mới.", "64 xã"),     # not before 2024
                      ("Tỷ lệ đô thị hóa đạt 35% trở lên, như quy hoạch đã được phê duyệt năm 2023.", "35%")):
        assert not _gate(t, needle), t


def test_base_years_relative_clauses_and_other_items_are_no_result_cues():
    for t, needle in (("Doanh thu tăng 12% so với năm 2022.", "12%"),
                      ("Giá trị sản xuất (giá so sánh năm 2010) tăng 16%.", "16%"),
                      ("Thu nhập bình quân tăng từ 51 triệu đồng năm 2023 lên 56 triệu đồng.", "56 triệu"),
                      ("Thu ngân sách tăng 10% so với cùng kỳ; tỷ lệ hộ nghèo còn 1,5%.", "1,5%"),
                      ("Tỷ lệ hồ sơ đã được số hóa đạt 50%.", "50%"),
                      ("Tổ chức thực hiện có hiệu quả, tỷ lệ lao động qua đào tạo 70%.", "70%"),
                      ("Ông Giám đốc Sở đã nhấn mạnh tăng trưởng 8,8% trong 6 tháng cuối năm.", "8,8%"),
                      ("Giai đoạn 2021-2025, tăng trưởng bình quân 7%/năm.", "7%")):
        assert not _gate(t, needle), t


def test_the_gate_masks_the_block_push_not_the_rule_unless_asked():
    t = "Theo đó, đến năm 2030 toàn tỉnh có 90 xã đạt chuẩn. Tính đến cuối năm 2022, toàn tỉnh có 64 xã đạt chuẩn."
    plain = _row(t, "64 xã", "none")
    assert plain.get("block_forward") == 1.0
    gated = _row(t, "64 xã", "gate")
    assert gated["gm:past_gate"] == 1.0 and gated["block_forward"] == 0.0 and gated["rule"] == plain["rule"]
    assert _row(t, "64 xã", "gate+rule")["rule"] == 0.0
    assert _row(t, "90 xã", "gate") == _row(t, "90 xã", "none")     # the goal itself is untouched


def test_a_forecast_aimed_ahead_loses_its_estimate_weight():
    ahead = _row("Năm 2026, tổng thu ngân sách ước đạt 9.000 tỷ đồng.", "9.000", "fc")
    assert ahead.get("gm:fc_goal") == 1.0 and "uoc" not in ahead
    led = _row("Kế hoạch đề ra mục tiêu: tổng lượng khách ước đạt 11 triệu lượt.", "11 triệu", "fc")
    assert led.get("gm:fc_goal") == 1.0
    past = _row("Năm 2023, thu ngân sách ước đạt 7.100 tỷ đồng.", "7.100", "fc")
    assert "gm:fc_goal" not in past and past.get("uoc") == 1.0
