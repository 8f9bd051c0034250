"""gm32: features for gold goals the goal model rejects (target_features.gm32_features), on wordings
written for the test: where each fires and where it must not."""
from tests.extractors.goal_rows import goal_features


def _row(t: str, needle: str, toks: str) -> dict[str, float]:
    return goal_features(t, needle, {"units": "general", "gm31": "gate", "gm32": toks})


def test_a_counted_value_with_a_plans_bound_or_increment():
    for t, needle in (("Năm 2025, công nhận trên 40 làng nghề truyền thống.", "40 làng"),
                      ("Huyện xây dựng mới 12 cây cầu dân sinh.", "12 cây"),
                      ("Tạo việc làm tăng thêm 2.000 lao động.", "2.000 lao"),
                      ("Trồng rừng tập trung từ 1.200 ha trở lên.", "1.200 ha"),
                      ("Hỗ trợ người dân khoảng 30.000 cây giống.", "30.000 cây")):
        assert "gm:noun_aim" in _row(t, needle, "noun"), t


def test_a_counted_value_reported_or_bare_is_not_marked():
    for t, needle in (("Tính đến nay, tỉnh đã công nhận trên 40 làng nghề.", "40 làng"),
                      ("Huyện có 12 cây cầu dân sinh.", "12 cây"),
                      ("Tạo việc làm tăng thêm 15% so với năm trước.", "15%"),        # not a count
                      ("Trồng rừng tập trung 1.200 ha.", "1.200 ha")):
        assert "gm:noun_aim" not in _row(t, needle, "noun"), t


def test_a_sentence_after_a_goal_lead_in_its_paragraph_is_carried():
    t = ("Theo đó, huyện phấn đấu giá trị sản xuất nông nghiệp đạt 2.100 tỷ đồng. "
         "Giá trị sản xuất công nghiệp đạt 4.300 tỷ đồng, tăng 7% so với cùng kỳ.")
    r = _row(t, "4.300", "carry")
    assert "gm:carry" in r
    assert "gm:carry" not in _row(t, "2.100", "carry")      # the lead sets its own goal


def test_a_report_or_a_new_paragraph_is_not_carried():
    for t, needle in (("Tỉnh đặt mục tiêu tăng trưởng 8%. Kết quả, tăng trưởng đã đạt 7,2%.", "7,2%"),
                      ("Huyện phấn đấu thu ngân sách 600 tỷ đồng.\n\nDoanh thu du lịch đạt 120 tỷ đồng.", "120 tỷ"),
                      ("Năm 2023, tỉnh đặt mục tiêu 70%, hiện nay đạt 65%. Tỷ lệ che phủ rừng 47%.", "47%"),
                      ("Doanh thu du lịch đạt 90 tỷ đồng. Thu ngân sách đạt 600 tỷ đồng.", "600 tỷ")):
        assert "gm:carry" not in _row(t, needle, "carry"), t


def test_a_leads_same_period_base_does_not_stop_the_carry_with_token_base():
    t = ("Huyện phấn đấu thu ngân sách đạt 700 tỷ đồng, tăng 5% so với cùng kỳ. "
         "Doanh thu thương mại đạt 1.200 tỷ đồng.")
    assert "gm:carry" in _row(t, "1.200", "carry+base")
    assert "gm:carry" not in _row(t, "1.200", "carry")
    t = "Huyện phấn đấu thu ngân sách 700 tỷ đồng, hiện đã đạt 650 tỷ đồng. Doanh thu đạt 1.200 tỷ đồng."
    assert "gm:carry" not in _row(t, "1.200", "carry+base")


def test_lift_drops_the_count_prior_only_where_the_bound_is():
    r = _row("Công nhận trên 40 làng nghề truyền thống.", "40 làng", "lift")
    assert "gm:noun_aim" in r and "u:noun" not in r
    assert "u:noun" in _row("Huyện có 40 làng nghề truyền thống.", "40 làng", "lift")
