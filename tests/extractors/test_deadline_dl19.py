"""dl19 (scope token "r19"): leads the lead-year detector missed ("năm 2022 phấn đấu …" with no
comma; a lead right after the store's "date" line), a lead naming a document in an annual plan of
its own year, the year of the goal a value hangs from by "trong đó", and a year written right after
the value in its own goal."""
from extractors import deadline_features as dl
from extractors import target_features as tf


def _cands(text: str, value_at: str, wide: bool = True, unit: str = "%", plan_year: int | None = None) -> dict:
    """{year or None: features} for the value first written at value_at: the rule's features (with
    dl19's leads when wide) and dl19's own features when wide; plan_year: the annual plan's year."""
    s = text.index(value_at)
    c = tf.Context(text, s, s + len(value_at), 0.0, unit, (0, len(text)), (0, len(text)), (0, len(text)), 0,
                   False, False, False, None, plan_year, False)
    years = dl.year_mentions(text)
    cands = {y: {} for _, _, y, _ in years}
    cands[None] = {}
    dl.rule_features(c, cands, past_stops=True, wide=wide)
    if wide:
        dl.reach19_features(c, cands, years)
    return cands


def test_a_fronted_year_before_a_forward_word_leads_without_a_comma():
    shapes = [
        ("Một số mục tiêu cụ thể: năm 2022 phấn đấu kinh tế số chiếm 10% GRDP, tỷ lệ hộ có cáp quang đạt 75%.", "75%", 2022),
        ("Năm 2026 phấn đấu tăng trưởng kinh tế đạt 8%; thu ngân sách tăng 12%.", "12%", 2026),
        ("Các chỉ tiêu chính như sau. Trong năm 2025 cần đạt 90% hồ sơ trực tuyến; 60% hồ sơ được số hóa.", "60%", 2025),
        ("Theo kế hoạch.\nNăm 2027 đặt mục tiêu 100% xã có điểm phục vụ; 80% hộ dùng ví điện tử.", "80%", 2027),
    ]
    for t, at, lead in shapes:
        on, off = _cands(t, at), _cands(t, at, wide=False)
        assert on[lead]["q1_gov"] == 1.0 and on[None]["q1n_lead"] == 1.0, t
        assert off[lead]["q1_gov"] == 0.0, t        # the option off: as before


def test_a_year_that_is_not_fronted_or_not_forward_is_no_such_lead():
    shapes = [
        ("Tỷ lệ hồ sơ trực tuyến của tỉnh trong năm 2024 phấn đấu đạt 90%, hồ sơ số hóa 70%.", "70%", 2024),
        ("Năm 2023 đạt 80% hồ sơ trực tuyến; 65% hồ sơ được số hóa.", "65%", 2023),
        ("Năm 2023 - 2025 phấn đấu 80% hồ sơ trực tuyến; 65% hồ sơ được số hóa.", "65%", 2023),
    ]
    for t, at, yr in shapes:
        assert _cands(t, at)[yr]["q1_gov"] == 0.0, t


def test_the_store_date_line_ends_a_clause():
    shapes = [
        (" date 2025-12-26 Năm 2026, xã Vĩnh Lộc đề ra 24 chỉ tiêu, phấn đấu tăng trưởng kinh tế đạt 7,77%.", "7,77%", 2026),
        ("date 2024-03 Năm 2025, tỉnh phấn đấu 100% hồ sơ được số hóa.", "100%", 2025),
        (" date 2023-09-01 Mục tiêu năm 2024: tỷ lệ hộ dùng cáp quang 85%.", "85%", 2024),
    ]
    for t, at, lead in shapes:
        assert _cands(t, at)[lead]["q1_gov"] == 1.0, t
    # a "date" word inside the text is no store line
    t = "Theo lịch, ngày cập nhật (date 2025-01-02) của hệ thống, năm 2026, tỉnh phấn đấu 100% hồ sơ số hóa."
    assert dl._Reach(t, True).clauses == dl._Reach(t).clauses


def test_the_year_of_the_goal_a_value_hangs_from():
    shapes = [
        ("Tỷ lệ xã đạt chuẩn nông thôn mới năm 2025 đạt 50% (8 xã), trong đó: xã nâng cao 6,25%; thôn kiểu mẫu 1,8%.",
         ["6,25%", "1,8%"], 2025),
        ("Đến năm 2030, tổng thu ngân sách đạt 9.000 tỷ đồng, trong đó thu nội địa 7.500 tỷ đồng.", ["7.500"], 2030),
        ("GRDP năm 2026 tăng 8,5%, trong đó công nghiệp tăng 10% và dịch vụ tăng 7%.", ["10%", "7%"], 2026),
    ]
    for t, ats, yr in shapes:
        for at in ats:
            assert _cands(t, at)[yr]["r19_parent_year"] == 1.0, (t, at)
    # a year of its own after the "trong đó", or a clause mark between the year and the "trong đó"
    assert _cands("GRDP năm 2026 tăng 8,5%, trong đó năm 2030 công nghiệp 10%.", "10%")[2026]["r19_parent_year"] == 0.0
    assert _cands("GRDP năm 2025 tăng 8%; lao động trong đó nữ chiếm 45%.", "45%")[2025]["r19_parent_year"] == 0.0
    assert _cands("Thu ngân sách năm 2025 đạt 9.000 tỷ đồng. Trong đó thu nội địa 7.500 tỷ đồng.",
                  "7.500")[2025]["r19_parent_year"] == 0.0


def test_a_year_written_right_after_the_value():
    shapes = [
        ("Nghị quyết đặt mục tiêu năm 2030 kinh tế số chiếm hơn 30% GDP và tăng lên 50% vào năm 2045.", "50%", 2045),
        ("Tỉnh phấn đấu là 1 trong 20 địa phương dẫn đầu chuyển đổi số vào năm 2025.", "20", 2025),
        ("Có tối thiểu 50% (năm 2025) và 80% (năm 2030) sản phẩm có mặt trên sàn thương mại điện tử.", "80%", 2030),
        ("Đến năm 2030 thành lập 45 doanh nghiệp công nghệ số trong năm 2026.", "45", 2026),
    ]
    for t, at, yr in shapes:
        got = _cands(t, at, unit="")
        assert got[yr]["r19_after_value"] == 1.0, t
        assert sum(f.get("r19_after_value", 0.0) for y, f in got.items() if y is not None) == 1.0, t
    # a number or a comma between: the year is another value's
    no = [("Phấn đấu có 3 chỉ số trong tốp 10 và tốp 5 vào năm 2020.", "10", 2020),
          ("Kinh tế số chiếm 20% GRDP, đến năm 2030 đạt 30%.", "20%", 2030)]
    for t, at, yr in no:
        assert _cands(t, at, unit="")[yr]["r19_after_value"] == 0.0, t


def test_a_document_lead_in_an_annual_plan_of_its_own_year():
    shapes = [
        ("UBND tỉnh ban hành Kế hoạch chuyển đổi số tỉnh năm 2025. Mục tiêu tổng quát: hoàn thành các mục tiêu "
         "đến năm 2025 theo Nghị quyết số 06-NQ/TU. Mục tiêu cụ thể: 100% cơ quan kết nối mạng chuyên dùng.", "100%"),
        ("Chương trình cải cách hành chính năm 2025 của tỉnh nêu rõ: thực hiện các chỉ tiêu đến năm 2025 đề ra "
         "tại Nghị quyết Đại hội. Theo đó, 90% hồ sơ được giải quyết trực tuyến.", "90%"),
    ]
    for t, at in shapes:
        got = _cands(t, at, plan_year=2025)
        assert got[2025]["r19_doc_lead_annual"] == 1.0 and got[None]["r19n_doc_lead_annual"] == 1.0, t
        assert _cands(t, at, plan_year=2024)[None]["r19n_doc_lead_annual"] == 0.0, t    # not the plan's year
    # the plan year only as the cited resolution's horizon ("đến năm 2025"), not written as the plan's own
    t = ("Theo đó, kế hoạch đặt mục tiêu chung là hoàn thành các mục tiêu, nhiệm vụ đến năm 2025 đề ra tại nghị "
         "quyết của Tỉnh ủy. Về mục tiêu cụ thể, tỉnh phấn đấu 100% hồ sơ công việc được xử lý trực tuyến.")
    assert _cands(t, "100%", plan_year=2025)[None]["r19n_doc_lead_annual"] == 0.0
    # a lead that names no document
    t = "Kế hoạch chuyển đổi số năm 2025. Phấn đấu đến năm 2025, 100% cơ quan kết nối mạng chuyên dùng."
    assert _cands(t, "100%", plan_year=2025)[None]["r19n_doc_lead_annual"] == 0.0
