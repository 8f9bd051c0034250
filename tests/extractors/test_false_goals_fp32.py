"""fp32 (session 31): false goals the goal decision keeps on new sites, fourth look, dropped after it.
Option fp32 tokens: "office" (fp30's "Theo Bộ / Sở …" opener when the office's name holds "Kế hoạch"), "base" (a
level dated by its own year that its sentence carries to a later year), "enum" (a count of a plan's parts that a
list follows), "pair" (a count and its share in one clause: one target), "scope" (where or with what a plan is
carried out, a condition of the goal), "months" (a figure of part of a year), "prior" (the value a plan had before
it was revised), "subject" (a count that is the subject of another figure). Wordings are written for these tests,
not taken from the corpus."""
from extractors.false_goals import FP32_TOKENS, fp32_drop
from extractors.targets import _values
from extractors.train import SHIPPED

ALL = "+".join(FP32_TOKENS)
FIX = "+".join(filter(None, (SHIPPED["cand_fix"], SHIPPED["fj26b"], "un30",
                             "+".join("tc25_" + t for t in SHIPPED["tc25"].split("+")))))


def _why(text, written, unit, toks=ALL, nth=0):
    """fp32's drop reason for the value written as `written` (its nth writing) with this unit, or None."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(written, start + 1)
    return fp32_drop(text, start, start + len(written), unit, toks)


def _cand_why(text, value, toks=ALL):
    """The same through the candidate reader (the value must be a candidate)."""
    return next(fp32_drop(text, s, e, u, toks) for s, e, v, u in _values(text, "goal_lines", FIX) if v == value)


def test_an_office_whose_name_holds_a_goal_word():
    text = ("Theo Sở Kế hoạch và Đầu tư, tốc độ tăng trưởng kinh tế năm 2024 của tỉnh đạt 7,4%; thu ngân sách "
            "đạt khoảng 9.800 tỷ đồng.")
    assert _why(text, "7,4%", "%") == "office" and _why(text, "9.800 tỷ đồng", "tỷ đồng") == "office"
    assert _why(text, "7,4%", "%", "base+enum+pair") is None              # off without its token
    # a goal word after the office's name keeps the value
    text = "Theo Sở Kế hoạch và Đầu tư, tỉnh phấn đấu năm 2027 tăng trưởng kinh tế đạt 8,2%."
    assert _why(text, "8,2%", "%") is None
    # fp30's own opener without an office name is not this token's
    text = "Theo báo cáo của huyện, năm 2024 tỷ lệ che phủ rừng đạt 61%."
    assert _why(text, "61%", "%") is None


def test_a_dated_base_carried_to_a_later_year():
    text = ("Tỷ lệ hộ dân dùng nước sạch đạt 71% năm 2021 (tăng bình quân 2%/năm) và đến năm 2027 đạt 85% số "
            "hộ.")
    assert _why(text, "71%", "%") == "base" and _why(text, "85%", "%") is None
    text = "Số hợp tác xã năm 2021 là 160 HTX, phấn đấu đến năm 2026 có 240 HTX."
    assert _why(text, "160 HTX", "HTX") == "base" and _why(text, "240 HTX", "HTX") is None
    assert _why(text, "160 HTX", "HTX", "office+enum") is None


def test_dated_levels_that_stay():
    # a goal word before the value in its sentence: a year series of goals
    text = "Phấn đấu tỷ lệ đô thị hóa năm 2026 đạt 45%, đến năm 2030 đạt 52%."
    assert _why(text, "45%", "%") is None
    # the later year comes first: the value is the later level itself
    text = "Đến năm 2026 tỷ lệ đô thị hóa đạt 45%."
    assert _why(text, "45%", "%") is None
    # no later year after it
    text = "Số trang trại năm 2021 là 310 trang trại, tăng gấp đôi."
    assert _why(text, "310 trang trại", "trang trại") is None


def test_a_count_of_the_plans_parts_before_its_list():
    text = "Giai đoạn 2026-2030, huyện tập trung vào 3 lĩnh vực ưu tiên: nông nghiệp sạch, du lịch và dịch vụ."
    assert _why(text, "3 lĩnh vực", "lĩnh vực") == "enum"
    text = "Tỉnh xác định 06 nhóm giải pháp trọng tâm trong giai đoạn 2026-2030, bao gồm: cải cách thể chế, …"
    assert _why(text, "06 nhóm", "nhóm") == "enum"
    assert _why(text, "06 nhóm", "nhóm", "office+base") is None
    # a count of what the plan achieves is not a part of it, even with a list
    text = "Năm 2027, huyện phấn đấu có thêm 3 xã đạt chuẩn nông thôn mới, gồm xã An Hòa, Tân Phú và Bình Lợi."
    assert _why(text, "3 xã", "xã") is None
    # a rank ("nằm trong nhóm 5 tỉnh") is no part count
    text = "Phấn đấu đến năm 2028 nằm trong nhóm 5 tỉnh dẫn đầu về chỉ số cải cách hành chính: …"
    assert _why(text, "nhóm 5", "hạng") is None


def test_a_count_and_its_share_are_one_target():
    text = "Đến năm 2028, phấn đấu hoàn thành chuẩn hóa trạm y tế ở 120 xã, đạt 100%."
    assert _why(text, "100%", "%") == "pair" and _why(text, "120 xã", "xã") is None
    assert _cand_why(text, 100.0) == "pair"
    assert _why(text, "100%", "%", "office+base") is None
    # a fraction: the share is the target, the count its restatement
    text = "Đến năm 2027, phấn đấu có 96/120 trường học đạt chuẩn quốc gia, đạt 80% (vượt chỉ tiêu)."
    assert _why(text, "96/120 trường", "trường") == "pair" and _why(text, "80%", "%") is None


def test_shares_that_stay():
    # a share of something else ("chiếm 40% giá trị …")
    text = "Đến năm 2027, tỉnh có 30.000 ha cây ăn quả ứng dụng công nghệ cao, chiếm 40% giá trị sản xuất."
    assert _why(text, "40%", "%") is None
    # the share goes on to its own noun
    text = "Đến năm 2027, xây dựng mới 15 trường học, đạt 90% số trường học đạt chuẩn."
    assert _why(text, "90%", "%") is None


def test_where_and_with_what_a_plan_is_carried_out():
    text = "Chương trình được triển khai tại 9/9 huyện với 110 xã và 1.500 thôn, bản."
    assert _why(text, "9/9 huyện", "huyện") == "scope" and _why(text, "110 xã", "xã") == "scope"
    text = "Giai đoạn 2026-2030 sẽ xây mới 6 trường học với nhu cầu đất là 12,5 ha."
    assert _why(text, "12,5 ha", "ha") == "scope" and _why(text, "6 trường", "trường") is None
    text = "Năm 2027, triển khai 12 mô hình sinh kế với khoảng 400 hộ nghèo tham gia."
    assert _why(text, "400 hộ", "hộ") == "scope" and _why(text, "12 mô hình", "mô hình") is None
    text = "Thành lập 2 hợp tác xã dịch vụ với số thành viên ban đầu tối thiểu là 7 thành viên."
    assert _why(text, "7 thành viên", "thành viên") == "scope"
    assert _why(text, "7 thành viên", "thành viên", "office+base") is None
    # a share where a plan is carried out is its goal
    text = "Đến năm 2027, phấn đấu triển khai tại 100% số xã mô hình chợ an toàn thực phẩm."
    assert _why(text, "100%", "%") is None


def test_a_figure_of_part_of_the_year():
    text = "Với kim ngạch xuất khẩu tăng 12,6% trong 6 tháng đầu năm 2026, tỉnh quyết tâm đạt 15% cả năm."
    assert _why(text, "12,6%", "%") == "months" and _why(text, "15%", "%") is None
    text = "Doanh thu du lịch đạt 1.250 tỷ đồng trong quý I năm 2026."
    assert _why(text, "1.250 tỷ đồng", "tỷ đồng") == "months"
    # a goal word before it: a goal for the period
    text = "Tỉnh phấn đấu giải ngân đạt 60% vốn trong 6 tháng đầu năm 2027."
    assert _why(text, "60%", "%") is None
    assert _why("Xuất khẩu tăng 9% trong 9 tháng năm 2026.", "9%", "%", "office+base") is None


def test_a_plans_prior_value():
    text = "Tỉnh điều chỉnh chỉ tiêu tăng trưởng năm 2026 lên 9% trở lên (trước đó là 8%)."
    assert _why(text, "8%", "%") == "prior" and _why(text, "9%", "%") is None
    text = "Huyện nâng chỉ tiêu trồng rừng năm 2027 lên 500 ha thay vì 400 ha như kế hoạch đầu năm."
    assert _why(text, "400 ha", "ha") == "prior" and _why(text, "500 ha", "ha") is None
    assert _why(text, "400 ha", "ha", "office") is None


def test_a_count_that_is_the_subject_of_another_figure():
    text = "Năm 2027, giảm tỷ lệ hộ nghèo 3%; trong đó 5 xã đặc biệt khó khăn giảm từ 5% trở lên."
    assert _why(text, "5 xã", "xã") == "subject" and _why(text, "5%", "%") is None
    assert _why(text, "5 xã", "xã", "scope") is None
    # a count whose own verb has no figure stays
    text = "Năm 2027, phấn đấu 4 xã đạt chuẩn nông thôn mới, tăng thu nhập bình quân."
    assert _why(text, "4 xã", "xã") is None


def test_unknown_tokens():
    import pytest
    with pytest.raises(ValueError):
        fp32_drop("Năm 2027 đạt 5%.", 12, 14, "%", "nope")
