"""The written lead-year rule's features (deadline_features.rule_features): which year a lead
reaches a goal with, what stops it, predicate years, yearly rates and named windows."""
from extractors import deadline_features as dl
from extractors import target_features as tf


def _rule(text: str, value_at: str, unit: str = "%", default_year=None) -> dict:
    """{year or None: the rule's features} for the value first written at value_at."""
    s = text.index(value_at)
    e = s + len(value_at)
    c = tf.Context(text, s, e, 0.0, unit, (0, len(text)), (0, len(text)), (0, len(text)), 0,
                   False, False, False, None, default_year, False)
    cands = {y: {} for _, _, y, _ in dl.year_mentions(text)}
    if default_year is not None:
        cands[default_year] = {}        # year_candidates adds the annual plan's year
    cands[None] = {}
    dl.rule_features(c, cands, extra=True)
    return cands


def _answer(cands: dict):
    """The candidate the rule names (q1_answer on a year, q1n_answer on none)."""
    got = [y for y, f in cands.items() if f.get("q1n_answer" if y is None else "q1_answer")]
    assert len(got) == 1, cands
    return got[0]


def test_a_lead_reaches_later_goals_across_paragraphs_until_a_stop_of_another_kind():
    text = ("Kế hoạch xác định mục tiêu đến năm 2029:\n- Tỷ lệ xã có trạm y tế số đạt 90%.\n\n"
            "Tỷ lệ bệnh viện dùng bệnh án điện tử đạt 70%.\n"
            "Nhiệm vụ và giải pháp: tập huấn cho 50% cán bộ.")
    for at in ("90%", "70%"):
        got = _rule(text, at)
        assert _answer(got) == 2029 and got[2029]["q1_gov"] == 1.0 and got[None]["q1n_lead"] == 1.0
    assert _rule(text, "70%")[2029]["q1_paras"] > _rule(text, "90%")[2029]["q1_paras"]
    after = _rule(text, "50%")
    assert _answer(after) is None and after[2029]["q1_stopped"] == 1.0 and after[None]["q1n_stop_other"] == 1.0
    # past results and related news are stops too
    for stop in ("Kết quả năm qua cho thấy nhiều tiến bộ.", "Tin liên quan"):
        t = f"Đến năm 2027, phấn đấu 60% hộ dùng ví điện tử.\n{stop}\nTỷ lệ trường học số đạt 45%."
        assert _answer(_rule(t, "45%")) is None


def test_fronted_years_and_lead_ins_are_leads_in_several_shapes():
    shapes = ["Năm 2026, tỉnh phấn đấu 30% doanh nghiệp dùng hóa đơn điện tử. Tỷ lệ hộ có cáp quang đạt 85%.",
              "Huyện đặt mục tiêu đến năm 2026, 30% doanh nghiệp dùng hóa đơn điện tử; tỷ lệ hộ có cáp quang đạt 85%.",
              "Phấn đấu đến năm 2026:\n+ 30% doanh nghiệp dùng hóa đơn điện tử;\n+ tỷ lệ hộ có cáp quang đạt 85%.",
              "Các chỉ tiêu chủ yếu năm 2026 là: 30% doanh nghiệp dùng hóa đơn điện tử, hộ có cáp quang 85%."]
    for t in shapes:
        assert _answer(_rule(t, "85%")) == 2026, t


def test_a_year_in_another_goals_predicate_is_that_goals_only():
    shapes = ["Doanh thu du lịch đến năm 2027 đạt 500 tỷ đồng; tỷ lệ khách quay lại đạt 40%.",
              "Sản lượng lúa tới năm 2027 đạt 20 nghìn tấn, giá trị trên một ha đạt 40%."]
    for t in shapes:
        got = _rule(t, "40%")
        assert _answer(got) is None and got[2027]["q1_pred_other"] == 1.0 and got[2027]["q1_gov"] == 0.0, t
    # a year closing one item's label before its value ("… đến năm 2027: 45 triệu") is that item's
    label = ("Các chỉ tiêu chủ yếu:\n- Thu nhập bình quân đầu người đến năm 2027: 45 triệu đồng.\n"
             "- Tỷ lệ hộ dùng nước sạch: 40%.")
    assert _answer(_rule(label, "40%")) is None
    assert _answer(_rule("Mục tiêu đến năm 2027: 45 triệu đồng; nước sạch 40%.", "40%")) == 2027
    own = _rule("Doanh thu du lịch đến năm 2027 đạt 500 tỷ đồng.", "500", unit="tỷ đồng")
    assert own[2027]["q1_own"] == 1.0 and _answer(own) == 2027


def test_another_lead_starts_its_own_reach():
    t = "Đến năm 2025, tỷ lệ A đạt 50%. Đến năm 2030, tỷ lệ B đạt 80%. Tỷ lệ C đạt 90%."
    got = _rule(t, "90%")
    assert _answer(got) == 2030 and got[2025]["q1_stopped"] == 1.0 and got[2030]["q1_gov"] == 1.0
    # a window fronted in its clause stops a lead too
    w = "Đến năm 2025, tỷ lệ A đạt 50%. Giai đoạn 2026 - 2030, tỷ lệ B đạt 80%."
    got = _rule(w, "80%")
    assert _answer(got) is None and got[None]["q1n_lead"] == 0.0


def test_a_yearly_rate_follows_the_lead_but_not_a_named_window():
    for t in ("Đến năm 2028, tỉnh phấn đấu GRDP đạt 90 nghìn tỷ đồng; năng suất lao động tăng 6%/năm.",
              "Mục tiêu đến năm 2028:\n- Thu ngân sách hằng năm tăng 6%.",
              "Năm 2028, thành phố phấn đấu số doanh nghiệp mỗi năm tăng thêm 6%."):
        got = _rule(t, "6%", unit="%/năm" if "/năm" in t else "%")
        assert _answer(got) == 2028 and got[None]["q1n_rate"] == 1.0 and got[None]["q1n_rate_lead"] == 1.0, t
    for t in ("Đến năm 2028, tỉnh phấn đấu tăng trưởng bình quân giai đoạn 2024-2028 đạt 7%.",
              "Đến năm 2028:\n1. Tổng vốn đầu tư thời kỳ 2024-2028: 7 nghìn tỷ đồng."):
        got = _rule(t, "7")
        assert _answer(got) is None and got[None]["q1n_window"] == 1.0, t


def test_a_fronted_yearly_phrase_stops_a_lead():
    t = "Đến năm 2027, 100% xã có điểm phục vụ bưu chính. Hằng năm, đào tạo 300 lượt cán bộ đạt 95%."
    got = _rule(t, "95%")
    assert _answer(got) is None and got[None]["q1n_stop_yearly"] == 1.0


def test_a_year_fronting_one_numbered_item_opens_no_run():
    t = ("Các chỉ tiêu chủ yếu (nhiệm kỳ 2021 - 2026):\n(1) Tỷ lệ hộ nghèo giảm 2%.\n"
         "(2) Đến năm 2026 xây dựng huyện đạt chuẩn nông thôn mới.\n(3) Tỷ lệ lao động qua đào tạo: 75%.")
    assert _answer(_rule(t, "75%")) is None
    # a numbered heading that closes on ":" is a lead
    h = "1. Đến năm 2026:\n- Tỷ lệ lao động qua đào tạo: 75%."
    assert _answer(_rule(h, "75%")) == 2026


def test_the_annual_plan_year_without_a_lead():
    t = "Tỷ lệ giải ngân vốn đầu tư công đạt 95%."
    assert _answer(_rule(t, "95%", default_year=2026)) == 2026
    assert _answer(_rule(t, "95%")) is None and _rule(t, "95%")[None]["q1n_nothing"] == 1.0


def test_the_shipped_set_leaves_out_the_tried_extras():
    t = "Đến năm 2027, 100% xã có điểm phục vụ bưu chính.\nTỷ lệ trường học số đạt 45%."
    s = t.index("45%")
    c = tf.Context(t, s, s + 3, 45.0, "%", (0, len(t)), (0, len(t)), (0, len(t)), 0,
                   False, False, False, None, None, False)
    cands = {2027: {}, None: {}}
    dl.rule_features(c, cands)
    assert cands[2027]["q1_gov"] == 1.0 and cands[None]["q1n_lead"] == 1.0
    assert not any(k in f for f in cands.values() for k in ("q1_answer", "q1n_answer", "q1_stopped", "q1_paras"))
