"""The general counted-value candidate (option units="general", target_units.general_values)."""
from extractors.target_units import general_values, head_noun, unit_kind, unit_values
from extractors.targets import _values


def _units(text, mode="general"):
    return [(v, u) for _, _, v, u in unit_values(text, [], mode)]


def test_any_noun_after_a_number_is_a_counted_value_with_its_first_word_as_unit():
    text = ("kết nạp mới từ 80 đảng viên mới trở lên; giải quyết việc làm cho 6.500 lao động; "
            "có ít nhất 2 thôn đạt chuẩn; trồng 2.000 ha diện tích rừng; thu hút 15 triệu lượt khách; "
            "duy tu từ 06 đến 08 đoạn đường; 04/09 thôn, làng")
    got = [(v, u) for _, _, v, u in general_values(text, [])]
    assert got == [(80.0, "#đảng viên"), (6500.0, "#lao động"), (2.0, "#thôn"), (2000.0, "#ha"),
                   (15.0, "#triệu lượt"), (6.0, "#đoạn"), (4.0, "#thôn")]


def test_two_syllables_only_when_they_form_a_word():
    assert head_noun("đô", "thị") == "đô thị" and head_noun("hộ", "gia") == "hộ"
    assert head_noun("Cơ", "quan") == "cơ quan" and head_noun("giường", None) == "giường"


def test_names_dates_orders_and_times_are_not_counts():
    text = ("Điều 3 quy định; ngày 15 tháng 10; khóa 14 nhiệm kỳ; lần thứ 2; năm 2025 tỉnh đạt; "
            "trong 5 năm qua; Quyết định số 12 ngày; có 46 nhiệm vụ, giải pháp; đạt 3 điểm cầu")
    assert general_values(text, []) == []


def test_rates_per_population_keep_the_population_in_the_unit():
    text = "hướng tới đạt tỷ lệ trên 0,7 doanh nghiệp công nghệ số trên 1.000 dân; 85% dân số"
    assert _units(text) == [(0.7, "#doanh nghiệp/1.000 dân")]
    text = "phấn đấu đạt tỷ lệ doanh nghiệp công nghệ số trên 0,7/1.000 dân."
    assert _units(text) == [(0.7, "#doanh nghiệp/1.000 dân")]


def test_money_keeps_a_chain_of_per_units_as_written():
    text = "thu nhập bình quân đầu người đạt 31 triệu đồng/người/năm; giá trị đạt 124,5 triệu đồng /ha"
    assert _units(text) == [(31.0, "#triệu đồng/người/năm"), (124.5, "#triệu đồng/ha")]
    # without the option: the sixth pass's money (one per-unit word) and no general count
    assert _units(text, "forms") == [(31.0, "#triệu đồng/người/năm"), (124.5, "#triệu đồng/ha")]
    assert _units(text, True) == [(31.0, "#triệu đồng/người"), (124.5, "#triệu đồng")]
    assert _units("kết nạp 80 đảng viên mới", "forms") == []


def test_ranges_of_points_and_steps_and_ranks_among_countries():
    text = ("các chỉ số của tỉnh đạt từ 0,7 - 0,8 điểm; DTI tăng dần (ít nhất 1-2 bậc) theo từng năm; "
            "duy trì xếp hạng GII thuộc 3 nước dẫn đầu khu vực ASEAN")
    got = [(v, u) for _, _, v, u in _values(text, "general")]
    assert got == [(0.7, "điểm"), (1.0, "bậc"), (3.0, "hạng")]
    assert [(v, u) for _, _, v, u in _values(text, True)] == [(0.8, "điểm")]


def test_the_goal_model_sees_listed_counts_apart_from_other_nouns():
    assert unit_kind("xã") == unit_kind("tiêu chí/xã") == unit_kind("đơn vị cấp huyện") == "count"
    assert unit_kind("doanh nghiệp/1.000 dân") == "count"
    assert unit_kind("đảng viên") == unit_kind("ha") == "noun" and unit_kind("triệu đồng/người/năm") == "money"


def test_goal_lines_read_counted_nouns_only_where_a_goal_is_named():
    text = ("Năm qua, huyện kết nạp 75 đảng viên mới.\n"
            "Mục tiêu đến năm 2030:\n- Kết nạp từ 80 đảng viên mới trở lên mỗi năm.\n- Trồng 1.900 ha rừng.")
    got = [(v, u) for _, _, v, u in unit_values(text, [], "goal_lines")]
    assert got == [(80.0, "#đảng viên"), (1900.0, "#ha")]
    assert (75.0, "#đảng viên") in [(v, u) for _, _, v, u in unit_values(text, [], "general")]


def test_a_local_spelling_of_the_scale_stays_as_written():
    from extractors import extract_facts
    got = {(t.value, t.unit) for t in extract_facts(
        "Phấn đấu đến năm 2025 trồng mới 4,2 ngàn ha rừng và thu ngân sách đạt 12 ngàn tỷ đồng.").targets}
    assert got == {(4.2, "ngàn ha"), (12.0, "ngàn tỷ đồng")}
