"""un30 (session 22): counted units written one way across shares (the units ruling in
tests/data/devset/README.md). Option un30: "lượt du khách" counts the same visitors as "lượt khách";
percentage points ("điểm %", "điểm phần trăm") are not index points. Wordings are written for these
tests, not taken from the corpus."""
from extractors.target_units import unit_values
from extractors.targets import _values


def _units(text, fix):
    return [(v, u) for _, _, v, u in unit_values(text, [], "goal_lines", fix)]


def test_visitors_written_du_khach_are_the_khach_of_a_visit_count():
    text = "Mục tiêu năm 2030 đón 7,5 triệu lượt du khách, trong đó 600.000 lượt du khách quốc tế."
    assert _units(text, "nouns+un30") == [(600000.0, "#lượt khách"), (7.5, "#triệu lượt khách")]
    # the option off: the visit count keeps only "lượt"
    assert _units(text, "nouns") == [(600000.0, "#lượt"), (7.5, "#triệu lượt")]


def test_a_visit_count_without_visitors_written_stays_luot():
    text = ("Phấn đấu năm 2026 đón 3 triệu lượt, khách quốc tế 90.000 lượt; mỗi tài khoản có 50 lượt "
            "sử dụng và 20 lượt du lịch cộng đồng.")
    assert _units(text, "nouns+un30") == [(90000.0, "#lượt"), (50.0, "#lượt"), (20.0, "#lượt"),
                                          (3.0, "#triệu lượt")]


def _points(text, fix="un30"):
    return [(v, u) for _, _, v, u in _values(text, "goal_lines", fix) if u.startswith("điểm")]


def test_percentage_points_are_one_unit_whatever_the_spacing():
    text = ("Tỷ lệ hộ nghèo giảm bình quân 0,5 - 1 điểm % mỗi năm; tỷ lệ thất nghiệp giảm 1-1,5 điểm%/năm; "
            "tỷ lệ lao động qua đào tạo tăng 2 điểm phần trăm.")
    assert _points(text) == [(0.5, "điểm %"), (1.0, "điểm %/năm"), (2.0, "điểm %")]
    assert _points(text, "") == [(0.5, "điểm"), (1.0, "điểm"), (2.0, "điểm")]


def test_index_points_stay_points():
    text = "Phấn đấu năm 2026 chỉ số PAR INDEX đạt 90 điểm trở lên, tăng 1,5 điểm so với năm 2025; đạt 85% kế hoạch."
    assert _points(text) == [(90.0, "điểm"), (1.5, "điểm")]


def test_percentage_points_keep_the_points_class_for_the_goal_model():
    from extractors.models import shipped
    from extractors.targets import find_targets
    trace = []
    text = "Phấn đấu đến năm 2030, tỷ lệ hộ nghèo giảm bình quân 1,2 điểm % mỗi năm."
    find_targets(text, models=shipped(), trace=trace, options={"units": "goal_lines", "un30": True})
    assert [(v["unit"], sorted(k for k in v["goal"] if k.startswith("u:"))) for v in trace] == [("điểm %", ["u:điểm"])]
