"""Option cand_fix (miss22): candidate-finder gaps. "runs": the paragraph right after one that names a
goal reads counted nouns too; "stop": a percentage glued to the stop before it is a candidate."""
from extractors.target_units import unit_values
from extractors.targets import find_targets, _values


def _counts(text, fix="runs"):
    return [(v, u) for _, _, v, u in unit_values(text, [], "goal_lines", fix)]


def test_the_paragraph_after_a_goal_paragraph_goes_on_with_its_goals():
    text = ("Trong nhiệm kỳ tới, huyện phấn đấu tăng trưởng bình quân 9%/năm.\n"
            "Hằng năm, kết nạp từ 120 đến 150 đảng viên mới.")
    assert _counts(text) == [(120.0, "#đảng viên")]
    assert _counts(text, "") == []          # the option off: only lines that name a goal


def test_blank_lines_between_do_not_break_the_run():
    text = "Kế hoạch đặt ra các chỉ tiêu chủ yếu.\n\nTrồng mới 2.500 ha rừng sản xuất."
    assert _counts(text) == [(2500.0, "#ha")]


def test_only_one_paragraph_after_the_goal_paragraph():
    text = ("Mục tiêu năm 2026 được đặt ra rõ ràng.\n"
            "Tổ chức hội nghị sơ kết với các xã.\n"
            "Năm qua, huyện đã kết nạp 75 đảng viên mới.")
    assert _counts(text) == []


def test_a_paragraph_before_the_goal_paragraph_is_not_read():
    text = ("Năm 2024, toàn huyện trồng 1.800 ha rừng.\n"
            "Năm 2025, huyện phấn đấu hoàn thành kế hoạch được giao.")
    assert _counts(text) == []


def _pcts(text, fix="stop"):
    return [(v, u) for _, _, v, u in _values(text, "goal_lines", fix)]


def test_a_percentage_glued_to_the_stop_before_it_is_a_candidate():
    assert _pcts("người dân chỉ nhập dữ liệu một lần.100% người dân được định danh") == [(100.0, "%")]
    assert _pcts("kết nối mạng chuyên dùng.99,5% hồ sơ được số hóa") == [(99.5, "%")]
    assert _pcts("người dân chỉ nhập dữ liệu một lần.100% người dân", "") == []


def test_a_stop_inside_a_number_or_after_a_year_opens_no_value():
    assert _pcts("doanh thu đạt 1.100% kế hoạch") == []
    assert _pcts("đến năm 2025.80% hồ sơ") == []
    assert _pcts("đạt 80%. Hồ sơ trực tuyến") == [(80.0, "%")]      # counted once, not twice


def test_the_glued_goal_reaches_the_output_with_the_rules():
    text = "Kế hoạch đặt mục tiêu đến năm 2025 nhập dữ liệu một lần.100% người dân được định danh điện tử."
    assert [t.value for t in find_targets(text, options={"units": "goal_lines", "cand_fix": "stop"})] == [100.0]
    assert find_targets(text, options={"units": "goal_lines"}) == []
