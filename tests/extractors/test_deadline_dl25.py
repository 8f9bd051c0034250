"""dl25 (scope token "r25"): a total or average over a window its own goal names ("trong 5 năm",
"toàn giai đoạn", "thời kỳ 2026 - 2030") has no single deadline, whatever lead stands over it; an
ellipsis ends a goal ("… tỷ đồng… Đến năm 2030, …"); a quarter's year ("vào quý 2/2026") is a
deadline candidate."""
from extractors.train import trace_of
from tests.extractors.deadline_cands import year_cands

SCOPE = "lead+q1+r18+r19+r20+r21+r22+r23"


def _cands(text: str, value_at: str, unit: str = "%", scope: str = SCOPE + "+r25") -> dict:
    return year_cands(text, value_at, scope, unit)


def test_a_window_named_in_the_goal_fires():
    for t, at, unit in [
            ("Đến năm 2030, tổng vốn đầu tư toàn xã hội trong 5 năm đạt 2 triệu tỷ đồng.", "2 triệu", "triệu tỷ đồng"),
            ("Phấn đấu đến năm 2025, tổng thu ngân sách cả giai đoạn đạt 50 nghìn tỷ đồng.", "50 nghìn", "nghìn tỷ đồng"),
            ("Mục tiêu đến năm 2030, vốn đầu tư bình quân 5 năm bằng 35% GRDP.", "35%", "%"),
            ("Huyện phấn đấu thu ngân sách 5 năm tới đạt 900 tỷ đồng.", "900", "tỷ đồng"),
            ("Tổng vốn huy động thời kỳ 2026 - 2030 đạt 800 nghìn tỷ đồng.", "800", "nghìn tỷ đồng")]:
        assert _cands(t, at, unit)[None]["r25n_window_own"] == 1.0, t


def test_no_window_of_the_goal_does_not_fire():
    for t, at in [
            ("Đến năm 2030, tốc độ tăng năng suất lao động bình quân đạt 7%/năm.", "7%"),
            ("Đến năm 2025, tỷ lệ hộ nghèo (theo chuẩn giai đoạn 2021 - 2025) giảm còn 1%.", "1%"),
            ("Mức hài lòng đạt 90% vào năm 2025 theo chương trình tổng thể giai đoạn 2021-2030.", "90%"),
            ("Trong năm 2025, 100% hồ sơ được xử lý trực tuyến.", "100%"),
            ("Kế hoạch 5 năm đã được thông qua. Đến năm 2030, 80% doanh nghiệp dùng hóa đơn điện tử.", "80%"),
            ("Giai đoạn 2026 - 2030 có nhiều thách thức; đến năm 2030, 60% xã đạt chuẩn.", "60%")]:
        on = _cands(t, at)
        assert on[None]["r25n_window_own"] == 0.0, t
        assert not any(f.get("r25_window_end_own") for y, f in on.items() if y is not None), t


def test_the_window_years_of_the_goal_are_marked():
    t = "Đến năm 2030, tổng vốn huy động thời kỳ 2026 - 2030 đạt 800 nghìn tỷ đồng."
    on = _cands(t, "800", "nghìn tỷ đồng")
    assert on[2030]["r25_window_end_own"] == 1.0 and on[2026]["r25_window_end_own"] == 1.0


def test_a_lead_over_a_window_goal_is_marked():
    t = "Chương trình đặt mục tiêu đến năm 2030, tổng đầu tư xã hội bình quân 5 năm đạt khoảng 40% GDP."
    on = _cands(t, "40%")
    assert on[2030]["r25_lead_window"] == 1.0 and on[2030]["q1_gov"] == 1.0
    assert on[None]["r25n_window_lead"] == 1.0 and on[None]["r25n_window_own"] == 1.0
    # a rate of the same lead that names no window is not marked
    rate = _cands("Chương trình đặt mục tiêu đến năm 2030, tốc độ tăng năng suất bình quân đạt 8%/năm.", "8%", "%/năm")
    assert rate[2030]["q1_gov"] == 1.0 and rate[2030]["r25_lead_window"] == 0.0
    assert rate[None]["r25n_window_lead"] == 0.0
    # a window goal with no lead over it
    free = _cands("Huyện phấn đấu thu ngân sách 5 năm tới đạt 900 tỷ đồng.", "900", "tỷ đồng")
    assert free[None]["r25n_window_own"] == 1.0 and free[None]["r25n_window_lead"] == 0.0


def test_an_ellipsis_ends_the_goal():
    t = ("Phấn đấu đến năm 2030: thu ngân sách đạt 12.000 tỷ đồng. Tổng vốn đầu tư toàn xã hội trên 75.000 tỷ đồng… "
         "Đến năm 2030, tỉnh là tỉnh phát triển khá.")
    assert _cands(t, "75.000", "tỷ đồng", scope=SCOPE)[2030]["q1_own"] == 1.0
    assert _cands(t, "75.000", "tỷ đồng")[2030]["q1_own"] == 0.0
    own = "Tổng vốn đầu tư trên 75.000 tỷ đồng vào năm 2030… Tỉnh phát triển khá."
    assert _cands(own, "75.000", "tỷ đồng")[2030]["q1_own"] == 1.0        # a year before the ellipsis stays


def _years_of(text: str, year_parts: str | None) -> list[set]:
    from extractors.train import SHIPPED
    tr = trace_of({"id": f"dl25-{year_parts}", "text": text}, **dict(SHIPPED, year_parts=year_parts))
    return [{y for y, _ in v["years"]} for v in tr["targets"]]


def test_a_quarter_gives_its_year():
    # dl25 read a quarter's year under r25; the shared year_parts mechanism (fj25's "month", shipped)
    # reads it for every scope now
    t = "Thành phố phấn đấu 100% người dân có danh tính số vào quý 2/2026."
    assert _years_of(t, "month") == [{2026, None}]
    assert _years_of(t, None) == [{None}]


def test_the_token_off_adds_nothing():
    t = "Đến năm 2030, tổng vốn đầu tư toàn xã hội trong 5 năm đạt 2 triệu tỷ đồng."
    assert not any(k.startswith("r25") for f in _cands(t, "2 triệu", scope=SCOPE).values() for k in f)
