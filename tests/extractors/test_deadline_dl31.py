"""dl31 (option "dl31"): deadlines decided after the models. "carry" gives a goal the models left without a
deadline the year of its goals lead when nothing between the lead and the value says otherwise (dl29's
conjunction); "far" leaves without a deadline a goal dated by a year the text writes only as a far horizon
("tầm nhìn đến năm 2045"). The rules read the models' year, so they are tested on the rule function with the
year the models gave, and once end to end on and off. Wordings written for these tests."""
from extractors import deadline_features as dl
from tests.extractors.deadline_cands import value_context


def _decide(text: str, value: str, model_year, tokens: str = "carry+far", as_of: int | None = 2024, unit: str = "%"):
    c, years = value_context(text, value, unit, number_only=False)
    return dl.dl31_year(c, years, model_year, as_of, tokens.split("+"))


def test_a_last_year_lead_is_carried_to_goals_left_null():
    t = ("Năm 2026 là năm cuối thực hiện nghị quyết đại hội nhiệm kỳ 2021-2026. Ngành công thương phấn đấu "
         "giá trị sản xuất công nghiệp đạt 92 nghìn tỷ; tỷ lệ cụm công nghiệp có hạ tầng đạt 75%.")
    assert _decide(t, "75%", None) == 2026
    assert _decide(t, "92 nghìn tỷ", None) == 2026
    assert _decide(t, "75%", None, "far") is None       # off: the models' null stays
    assert _decide(t, "75%", 2029) == 2029              # a year the models gave is never replaced


def test_a_goals_heading_over_a_list_and_a_goals_sentence():
    t = ("III. Chỉ tiêu chủ yếu năm 2027\n- Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 97%.\n"
         "- Số giường bệnh trên một vạn dân đạt 34 giường.")
    assert _decide(t, "97%", None) == 2027
    assert _decide(t, "34 giường", None) == 2027
    t = "Mục tiêu cụ thể đến năm 2028: giảm tỷ lệ hộ nghèo đa chiều xuống còn 1,5%."
    assert _decide(t, "1,5%", None) == 2028


def test_no_carry_of_a_past_lead():
    t = "Năm 2022 là năm bản lề của kế hoạch 5 năm. Tỉnh phấn đấu thu ngân sách đạt 9.000 tỷ đồng."
    assert _decide(t, "9.000 tỷ đồng", None, as_of=2024) is None
    assert _decide(t, "9.000 tỷ đồng", None, as_of=2022) == 2022


def test_no_carry_past_another_year_or_to_a_yearly_rate():
    t = ("Chỉ tiêu chủ yếu năm 2026 đã được thông qua. Năm 2024 ngành thuế thu 300 tỷ đồng. "
         "Tỉnh phấn đấu thu hút 45 dự án mới.")
    assert _decide(t, "45 dự án", None) is None
    t = "Mục tiêu cụ thể đến năm 2029: kim ngạch xuất khẩu tăng bình quân hằng năm 11%."
    assert _decide(t, "11%", None) is None
    t = "Nhiệm vụ năm 2026: doanh thu du lịch tăng 12%/năm."
    assert _decide(t, "12%", None, unit="%/năm") is None


def test_no_carry_across_a_window_sentence_or_a_far_horizon():
    t = ("Kế hoạch đề ra mục tiêu đến năm 2027 có 80% số thôn đạt chuẩn.\nGiai đoạn 2023-2027, phấn đấu "
         "thêm 3 huyện đạt chuẩn.")
    assert _decide(t, "3 huyện", None) is None
    t = ("Tỉnh hướng đến mục tiêu 2031, đến năm 2046 là đô thị xanh của vùng. Các chỉ tiêu chủ yếu: "
         "tỷ lệ người dân tham gia bảo hiểm y tế đạt 97%.")
    assert _decide(t, "97%", None, "carry+due") is None


def test_no_carry_of_a_far_lead_a_term_total_or_past_another_window():
    t = ("Thành phố đặt mục tiêu đến năm 2046 trở thành trung tâm tài chính của vùng. Các chỉ tiêu chủ yếu: "
         "thu hút thêm 300 doanh nghiệp công nghệ.")
    assert _decide(t, "300 doanh nghiệp", None, "carry+due", as_of=2025) is None
    assert _decide(t, "300 doanh nghiệp", None, "carry+due", as_of=2040) == 2046
    t = "Nghị quyết đề ra 20 chỉ tiêu chủ yếu đến năm 2030. Kết nạp ít nhất 250 đảng viên trong nhiệm kỳ."
    assert _decide(t, "250 đảng viên", None, "carry+due", as_of=2025) is None
    t = "Nghị quyết đề ra 20 chỉ tiêu chủ yếu đến năm 2030. Kết nạp ít nhất 250 đảng viên."
    assert _decide(t, "250 đảng viên", None, "carry+due", as_of=2025) == 2030
    t = ("Mục tiêu đến năm 2035 được xác định rõ. Về kinh tế, tăng trưởng giai đoạn 2026-2030 được giữ ổn định; "
         "tỷ lệ đô thị hóa đạt 55%.")
    assert _decide(t, "55%", None, "carry+due", as_of=2026) is None


def test_a_far_horizon_year_is_no_deadline():
    t = ("Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050 đã được phê duyệt. Các chỉ tiêu chủ yếu: "
         "tỷ lệ hộ dân dùng nước sạch đạt 98%.")
    assert _decide(t, "98%", 2050) is None
    assert _decide(t, "98%", 2050, "carry") == 2050     # off
    assert _decide(t, "98%", 2030) == 2030              # the plan's end year is left alone
    t = ("Đề án phát triển du lịch giai đoạn 2026-2030, tầm nhìn 2045 được ban hành. Theo đó, ngành phấn đấu "
         "đón 12 triệu lượt khách.")
    assert _decide(t, "12 triệu lượt khách", 2045) is None
    t = "Tầm nhìn đến năm 2045: thành phố có 80% dân số sống ở đô thị."     # a heading that opens goals
    assert _decide(t, "80%", 2045) == 2045
    t = "Tầm nhìn đến năm 2045, trở thành đô thị loại I; đến năm 2045 tỷ lệ đô thị hóa đạt 70%."
    assert _decide(t, "70%", 2045) == 2045              # written as a deadline too


def test_end_to_end_on_and_off():
    import copy
    from extractors.facts import extract_facts
    from extractors.models import shipped
    m = shipped()
    on, off = copy.copy(m), copy.copy(m)
    on.options = {**m.options, "dl31": "carry+far"}
    off.options = {k: v for k, v in m.options.items() if k != "dl31"}
    t = ("Kế hoạch phát triển nông nghiệp giai đoạn 2026-2030, tầm nhìn 2045. Các chỉ tiêu chủ yếu: tỷ lệ hộ "
         "dân nông thôn dùng nước sạch đạt 98%; thu nhập bình quân đầu người đạt 150 triệu đồng.")
    years_on = {t_.value: t_.deadline_year for t_ in extract_facts(t, models=on).targets}
    years_off = {t_.value: t_.deadline_year for t_ in extract_facts(t, models=off).targets}
    assert 2045 not in years_on.values()
    assert set(years_on) == set(years_off)
