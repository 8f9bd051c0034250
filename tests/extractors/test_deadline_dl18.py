"""dl18 (scope token "r18"): a sentence that opens with past results stops a lead year's reach, and
features that say why a year may not date a goal (a document's horizon, a year written only after
the value, a window measured in the goal's own words, another goal's own year)."""
from extractors import deadline_features as dl
from extractors import target_features as tf


def _cands(text: str, value_at: str, r18: bool = True, unit: str = "%") -> dict:
    """{year or None: features} for the value first written at value_at: the rule's features with
    dl18's stops and dl18's own features when r18, the rule's alone otherwise."""
    s = text.index(value_at)
    c = tf.Context(text, s, s + len(value_at), 0.0, unit, (0, len(text)), (0, len(text)), (0, len(text)), 0,
                   False, False, False, None, None, False)
    years = dl.year_mentions(text)
    cands = {y: {} for _, _, y, _ in years}
    cands[None] = {}
    dl.rule_features(c, cands, past_stops=r18)
    if r18:
        dl.reach18_features(c, cands, years)
    return cands


def test_a_sentence_opening_with_past_results_stops_the_lead():
    shapes = [
        ("Đến năm 2030, tỉnh hoàn thiện chính quyền số. Lãnh đạo tỉnh cũng cho biết, Chương trình đã mang lại "
         "nhiều tiện ích cho người dân, với mục tiêu 100% hồ sơ được xử lý trực tuyến.", 2030),
        ("Mục tiêu đến năm 2027: phát triển kinh tế số.\nSau một năm, mô hình đã giúp nhiều hộ bán hàng qua mạng; "
         "tỷ lệ hộ dùng ví điện tử 100%.", 2027),
        ("Phấn đấu đến năm 2026, kinh tế số chiếm 20% GRDP. Các đơn vị đã hoàn thành việc số hóa hồ sơ, "
         "100% hồ sơ được lưu trữ điện tử.", 2026),
    ]
    for t, lead in shapes:
        off, on = _cands(t, "100%", r18=False), _cands(t, "100%")
        assert off[lead]["q1_gov"] == 1.0 and off[None]["q1n_lead"] == 1.0, t     # the option off: as before
        assert on[lead]["q1_gov"] == 0.0 and on[None].get("q1n_stop_other") == 1.0, t


def test_forward_sentences_with_past_words_do_not_stop_the_lead():
    shapes = [
        "Đến năm 2030, tỉnh hoàn thiện chính quyền số. Tỉnh phấn đấu 100% doanh nghiệp đã có chữ ký số.",
        "Đến năm 2030, tỉnh hoàn thiện chính quyền số. Tỷ lệ hồ sơ đã được số hóa đạt 100%.",
        "Đến năm 2030: tỷ lệ dịch vụ công trực tuyến toàn trình đạt 100%.",
    ]
    for t in shapes:
        on = _cands(t, "100%")
        assert on[2030]["q1_gov"] == 1.0 and on[None]["q1n_lead"] == 1.0, t


def test_a_year_that_names_or_cites_a_document():
    named = [
        "UBND tỉnh ban hành Kế hoạch chuyển đổi số đến năm 2025, định hướng đến năm 2030. Tỉnh vào top 10.",
        "Tiếp tục thực hiện các mục tiêu, nhiệm vụ đến năm 2025 đề ra tại nghị quyết của Tỉnh ủy; duy trì top 10.",
        "Quy hoạch tổng thể phát triển tỉnh đến năm 2025 được phê duyệt. Tỉnh vào top 10.",
    ]
    for t in named:
        assert _cands(t, "10.", unit="hạng")[2025]["r18_doc_name"] == 1.0, t
    assert _cands(named[1], "10.", unit="hạng")[None]["r18n_doc_lead"] == 1.0
    goals = ["Kế hoạch đặt mục tiêu đến năm 2025, tỉnh vào top 10.",
             "Phấn đấu đến năm 2025, tỉnh vào top 10."]
    for t in goals:
        got = _cands(t, "10.", unit="hạng")
        assert got[2025]["r18_doc_name"] == 0.0 and got[None]["r18n_doc_lead"] == 0.0, t


def test_a_year_written_only_after_the_value():
    t = "Tỉnh phấn đấu vào nhóm 15 tỉnh dẫn đầu. Mục tiêu cụ thể đến năm 2025: 80% dịch vụ công trực tuyến."
    assert _cands(t, "15", unit="hạng")[2025]["r18_after_only"] == 1.0
    assert _cands(t, "80%")[2025]["r18_after_only"] == 0.0


def test_a_goal_measured_over_a_window_in_its_own_words():
    measured = [
        ("Chương trình đặt mục tiêu đến năm 2030, tổng đầu tư xã hội bình quân 5 năm đạt khoảng 40% GDP.", "40%"),
        ("Kế hoạch tài chính 2026 - 2030, tỉnh đặt mục tiêu GRDP toàn giai đoạn gần 2,4 triệu tỷ đồng.", "2,4"),
        ("Đến năm 2030, tổng vốn đầu tư toàn xã hội giai đoạn 2026-2030 đạt 75.000 tỷ đồng.", "75.000"),
        ("Phấn đấu thu ngân sách cả nhiệm kỳ đạt 12.000 tỷ đồng.", "12.000"),
    ]
    for t, at in measured:
        assert _cands(t, at)[None]["r18n_window_measure"] == 1.0, t
    own_end = _cands("Đến năm 2030, vốn đầu tư công giai đoạn 2026-2030 đạt 75.000 tỷ đồng.", "75.000")
    assert own_end[2030]["r18_window_end_own"] == 1.0 and own_end[None]["r18n_window_measure"] == 1.0
    for t in ("Đến năm 2030, tỷ lệ hộ nghèo giảm còn 2%.",
              "Đến năm 2030, GRDP bình quân đầu người đạt 95 triệu đồng; tỷ trọng kinh tế số đạt 2%."):
        got = _cands(t, "2%")
        assert got[None]["r18n_window_measure"] == 0.0 and got[2030]["r18_window_end_own"] == 0.0, t


def test_another_goals_own_year_before_the_value():
    shapes = ["Các chỉ tiêu nhiệm kỳ mới: GRDP năm 2030 đạt 240 nghìn tỷ đồng, GRDP bình quân đầu người 136 triệu đồng.",
              "Phấn đấu Chỉ số PAR INDEX năm 2030 duy trì trong nhóm 10; Chỉ số SIPAS đạt 136 điểm."]
    for t in shapes:
        assert _cands(t, "136")[2030]["r18_other_goal_year"] == 1.0, t
    # a lead's year is no other goal's year
    assert _cands("Đến năm 2030, GRDP đạt 240 nghìn tỷ đồng, thu nhập 136 triệu đồng.", "136")[2030][
        "r18_other_goal_year"] == 0.0
