"""fp23 (session 18): values read as goals that are a table's result, a bound inside a goal's subject, a
clock time, a gloss after a bound word, or a result set against its goal. Wordings are not the corpus's."""
from extractors import target_features as tf
from extractors.normalize import normalize_text
from extractors.targets import find_targets
from extractors.textutil import Sentences

_ALL = "clock+verdict+result+gloss2+threshold+qualifier+existing+met_list+shortfall+present"
_BASE = {"merge_subject": "long", "similar_scope": "paragraph", "restate": "title", "merge_none": True,
         "units": "goal_lines"}


def _drop(text, needle, unit, tokens=_ALL):
    """The rule that drops the value written at `needle` (its first occurrence), if any."""
    text = normalize_text(text)
    start = text.index(needle)
    end = start + len(needle)
    return tf.fp23_drop(text, Sentences(text).bounds(start), start, end, unit, tokens)


def _t(text, **opts):
    return [(t.value, t.unit) for t in find_targets(normalize_text(text), options={**_BASE, **opts})]


def test_a_clock_time_is_not_a_figure():
    assert _drop("Thời sự 03/04/2026 18:45\nbb\nTỉnh phấn đấu đến năm 2030 đạt 90% hồ sơ trực tuyến.", "45", "bb") == "clock"
    assert _drop("Cập nhật lúc 9h30 ngày 2/3/2026, tỉnh có 30 xã", "30", "xã") == "clock"
    assert _drop("Cập nhật 07:15 ngày 2/3", "07", "ngày") == "clock"
    # a ratio or a list after a colon is not a clock
    assert _drop("Chỉ tiêu: 45 xã đạt chuẩn nông thôn mới", "45", "xã") is None
    assert _drop("Phấn đấu đến năm 2030 có 45 xã đạt chuẩn", "45", "xã") is None


def test_the_cells_of_a_flattened_goal_and_result_table_before_a_verdict():
    table = ("Chỉ tiêu\n\nKế hoạch năm 2025\n\nThực hiện\n\nĐánh giá\n\n- Tỷ lệ hồ sơ trực tuyến\n\n"
             "40%\n\n62,5%\n\nVượt\n\n- Tỷ lệ thanh toán trực tuyến\n\n35%\n\n20%\n\nKhông đạt\n")
    assert _drop(table, "40%", "%") == "verdict"
    assert _drop(table, "62,5%", "%") == "verdict"
    assert _drop(table, "35%", "%") == "verdict"
    # a plan's table of goals by year has no verdict cell
    plan = "Chỉ tiêu\n\nNăm 2026\n\nNăm 2030\n\n- Tỷ lệ hồ sơ trực tuyến\n\n60%\n\n90%\n\n- Tỷ lệ thanh toán\n\n50%\n"
    assert _drop(plan, "60%", "%") is None
    # a goal sentence that ends with "đạt" is prose, not a cell
    assert _drop("Phấn đấu 95% hồ sơ được giải quyết đúng hạn\nĐạt\n", "95%", "%") is None


def test_a_result_set_against_its_goal_after_kết_quả():
    text = "Huyện đề ra chỉ tiêu trồng mới 300 ha rừng, kết quả cả năm đã trồng được 420 ha."
    assert _drop(text, "420", "ha") == "result"
    assert _drop("Năm 2025 mục tiêu kết nạp 150 đảng viên; kết quả đạt 171 đảng viên.", "171", "đảng viên") == "result"
    # the goal itself, and a goal whose subject is a result index
    assert _drop(text, "300", "ha") is None
    assert _drop("Phấn đấu kết quả Chỉ số PAR INDEX năm 2026 đạt trên 90%.", "90%", "%") is None


def test_a_conversion_after_a_bound_word_glosses_the_value_before_it():
    text = "Thu nhập bình quân đạt 5.000 USD/người trở lên (tương đương khoảng 130 triệu đồng)."
    assert _drop(text, "130", "triệu đồng") == "gloss2"
    assert _drop("Tăng trưởng đạt 9% trở lên (khoảng 10%).", "10%", "%") == "gloss2"
    # a goal of its own inside the parenthesis stays
    assert _drop("Tăng trưởng đạt 9% trở lên (đến năm 2030 đạt 12%).", "12%", "%") is None


def test_a_bound_inside_a_goals_subject_and_a_service_level():
    assert _drop("Đến năm 2027 không còn huyện có dưới 12 xã đạt chuẩn", "12", "xã") == "threshold"
    assert _drop("giảm số thôn có dưới 3 tiêu chí xuống còn 20 thôn", "3", "tiêu chí") == "threshold"
    assert _drop("100% thủ tục được cung cấp ở mức độ 3, 4 toàn trình", "4", "toàn trình") == "threshold"
    # a ceiling goal and a count after a level stay
    assert _drop("Tỷ lệ hộ nghèo dưới 2%.", "2%", "%") is None
    assert _drop("Tốc độ tăng dân số bình quân dưới 1%.", "1%", "%") is None
    assert _drop("cung cấp 900 dịch vụ mức độ 4 và 450 dịch vụ một phần", "450", "dịch vụ") is None


def test_a_count_qualifying_the_subject_of_the_percentage_before_it():
    assert _drop("Phấn đấu 70% trạm y tế cung cấp ít nhất một dịch vụ khám từ xa.", "một", "dịch vụ") == "qualifier"
    assert _drop("Đến năm 2030, 80% trẻ em được học 2 buổi/ngày.", "2 buổi", "buổi") == "qualifier"
    # a second goal of its own after a stop, a comma or its own verb
    assert _drop("80% xã có internet; 300 xã đạt chuẩn.", "300", "xã") is None
    assert _drop("Đến năm 2030, 80% xã đạt chuẩn, 50 xã kiểu mẫu.", "50", "xã") is None
    assert _drop("Phấn đấu 90% hồ sơ trực tuyến và 400 thủ tục toàn trình.", "400", "thủ tục") is None
    # a bound on the items of a count before it
    assert _drop("triển khai 120 thủ tục có số hồ sơ hằng năm từ 500 hồ sơ trở lên", "500", "hồ sơ") == "qualifier"
    assert _drop("Năm 2024 toàn tỉnh có trên 500 hồ sơ", "500", "hồ sơ") is None
    # a percentage's own value is never a qualifier
    assert _drop("Đến năm 2030, 80% trẻ em đạt 95% chuẩn.", "95%", "%") is None


def test_a_count_of_what_already_exists():
    assert _drop("Năm 2026 duy trì 40 mô hình chợ số đã có, xây mới 15 mô hình.", "40", "mô hình") == "existing"
    assert _drop("Năm 2026 duy trì 40 mô hình chợ số đã có, xây mới 15 mô hình.", "15", "mô hình") is None
    # a share of what exists is a goal, and "đã có" opening another clause is not the count's
    assert _drop("cắt giảm ít nhất 10% thủ tục đã có.", "10%", "%") is None
    assert _drop("xây dựng 30 trạm, đã có kế hoạch vốn.", "30", "trạm") is None


def test_the_items_after_a_goal_said_met():
    text = "Bên cạnh đó, hoàn thành chỉ tiêu 90% hợp tác xã có tài khoản số; 75% hộ kinh doanh thanh toán không tiền mặt."
    assert _drop(text, "75%", "%") == "met_list"
    # a goal list that opens with its goal word, and items before any "hoàn thành"
    goal = "Năm 2026 phấn đấu hoàn thành chỉ tiêu 90% hợp tác xã có tài khoản số; 75% hộ kinh doanh thanh toán số."
    assert _drop(goal, "75%", "%") is None
    assert _drop("Tỉnh có 60% xã có wifi; 75% hộ dùng điện thoại thông minh.", "75%", "%") is None
    purpose = "Để hoàn thành mục tiêu đề ra, tỉnh tập trung cải cách; trong đó thu hút 3 dự án lớn mỗi năm."
    assert _drop(purpose, "3 dự án", "dự án") is None


def test_a_figure_short_of_its_goal_after_a_contrast():
    text = "Kế hoạch giao 80% hồ sơ trực tuyến; tuy nhiên, đến tháng 9 các xã mới đạt từ 35% đến 60%."
    assert _drop(text, "35%", "%") == "shortfall"
    assert _drop(text, "60%", "%") == "shortfall"
    assert _drop("Năm 2026 tăng 5 bậc nhưng chỉ đạt 61,2 điểm.", "61,2", "điểm") == "shortfall"
    # a goal after a contrast, and "mới đạt" with no contrast, stay
    assert _drop("Tuy nhiên, tỉnh phấn đấu năm 2027 đạt 70%.", "70%", "%") is None
    assert _drop("Chỉ số năm 2026 mới đạt 20%, năm 2030 phấn đấu đạt 60%.", "20%", "%") is None


def test_a_figure_said_to_hold_now():
    assert _drop("Mạng 5G của tỉnh hiện bảo đảm phủ sóng 85% khu dân cư.", "85%", "%") == "present"
    assert _drop("Toàn huyện hiện nay có trên 1.200 hộ kinh doanh số.", "1.200", "hộ") == "present"
    assert _drop("Hiện tại có 9 doanh nghiệp viễn thông.", "9", "doanh nghiệp") == "present"
    # the price basis, a verb holding "hiện", a goal over what exists now
    assert _drop("Năm 2030 GRDP theo giá hiện hành đạt 90 nghìn tỷ đồng.", "90", "nghìn tỷ đồng") is None
    assert _drop("Năm 2026 thực hiện đạt 95% kế hoạch vốn.", "95%", "%") is None
    assert _drop("Cắt giảm 10% thủ tục hiện có, giảm tối thiểu 20% chi phí.", "20%", "%") is None


def test_the_option_drops_the_value_after_the_goal_decision_and_only_when_set():
    text = "Tỉnh đặt mục tiêu năm 2026 thu hút 500 doanh nghiệp mới, kết quả hết năm có 640 doanh nghiệp."
    assert (640.0, "doanh nghiệp") in _t(text)                       # off: the rules keep it
    assert (640.0, "doanh nghiệp") not in _t(text, fp23="result")
    assert (640.0, "doanh nghiệp") in _t(text, fp23="clock+verdict")


def test_a_headline_digital_economy_share_is_not_merged_into_another_goal_of_its_key():
    text = ("Hà Nam: Đến năm 2027, kinh tế số đóng góp khoảng 15% tổng sản phẩm\n\n"
            "Tỉnh phấn đấu đến năm 2027, tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 15%, "
            "trong đó ưu tiên nông nghiệp.\n\n"
            "Kế hoạch đặt mục tiêu đến năm 2027 kinh tế số chiếm 15% GRDP của tỉnh.")
    assert [v for v in _t(text) if v == (15.0, "%")] == [(15.0, "%")]              # off: the share is lost
    assert [v for v in _t(text, fp23="dx_head") if v == (15.0, "%")] == [(15.0, "%"), (15.0, "%")]
    # a body share of the GRDP worded without "GRDP" after the value is the headline's goal, not a twin
    same = ("Hà Nam: Đến năm 2027, kinh tế số chiếm 15% GRDP\n\n"
            "Tỉnh phấn đấu đến năm 2027, tỷ trọng kinh tế số đóng góp vào GRDP toàn tỉnh chiếm từ 15% trở lên.")
    assert [v for v in _t(same, fp23="dx_head") if v == (15.0, "%")] == [(15.0, "%")]
