"""dl30 (option "dl30"): a comparison's base year widened ("so với ước thực hiện 2023", "từ mức X năm
2023 lên Y"; token "base"), and an annual plan's year that is not the year of a plan being reported on
("kết quả thực hiện nhiệm vụ năm 2023; … nhiệm vụ năm 2024"; token "annual")."""
from extractors.deadline_features import _YEAR, is_base_year
from extractors.targets import annual_year
from extractors.train import SHIPPED, trace_of


def _bases(text: str) -> dict[int, bool]:
    return {int(m.group(1)): is_base_year(text, m.start(1), m.end(1)) for m in _YEAR.finditer(text)}


def test_a_comparison_base_is_read():
    for t, base in [
            ("Giá trị sản xuất tăng 7% so với ước thực hiện 2022.", 2022),
            ("Thu ngân sách tăng 10% so với kết quả thực hiện năm 2024.", 2024),
            ("Diện tích trồng mới 1.200 ha, giảm so với mục tiêu năm 2021 là 1.500 ha.", 2021),
            ("Thu nhập bình quân tăng từ 45 triệu đồng/người năm 2022 lên 50 triệu đồng/người năm 2023.", 2022),
            ("Tỷ lệ hộ nghèo giảm từ 6% năm 2020 xuống còn 3% năm 2025.", 2020),
            ("Tỷ lệ che phủ rừng đạt 55% vào năm 2030, so với 50% năm 2020.", 2020)]:
        assert _bases(t)[base], t


def test_a_goal_year_is_no_base():
    for t in [
            "Phấn đấu đến năm 2025, 100% xã đạt chuẩn nông thôn mới.",
            "Huyện phấn đấu từ năm 2023 đến năm 2025 trồng mới 300 ha rừng.",
            "Đến năm 2030, so sánh với các tỉnh trong vùng, tỉnh đứng thứ 3.",
            "Năm 2024, tỉnh đặt mục tiêu tăng trưởng 8%, so với cùng kỳ tăng 1 điểm.",
            "Tổng thu đạt 900 tỷ đồng năm 2025, tăng 5%."]:
        assert not any(_bases(t).values()), t
    # the year a change goes to is the goal's, the one it starts from the base's
    t = "Thu ngân sách tăng từ mức 700 tỷ đồng năm 2022 lên mức 760 tỷ đồng năm 2023."
    assert _bases(t) == {2022: True, 2023: False}


def _years(text: str, dl30: str | None) -> list[dict]:
    tr = trace_of({"id": f"dl30-{dl30}", "text": text}, **dict(SHIPPED, dl30=dl30))
    return [dict(v["years"]) for v in tr["targets"]]


def test_the_base_feature_only_with_the_token():
    t = ("UBND tỉnh đặt ra 8 chỉ tiêu chủ yếu trong năm 2025.\n"
         "Một là, tổng sản phẩm trên địa bàn tăng 8% so với ước thực hiện 2024.\n"
         "Hai là, thu ngân sách đạt 12.000 tỷ đồng.")
    on = _years(t, "base")
    assert on[0][2024]["dl30_base"] == 1.0 and on[0][2025]["dl30_base"] == 0.0
    off = _years(t, None)
    assert all("dl30_base" not in f for v in off for f in v.values())


def test_a_reported_plan_year_is_not_the_annual_year():
    for focus, year in [
            ("Trên cơ sở kết quả thực hiện nhiệm vụ năm 2022, tỉnh đề ra nhiệm vụ năm 2023 với 15 chỉ tiêu.", 2023),
            ("Hội nghị đánh giá tình hình thực hiện kế hoạch năm 2024 và triển khai kế hoạch năm 2025.", 2025),
            ("Tổng kết thực hiện nhiệm vụ năm 2023, phương hướng nhiệm vụ năm 2024.", 2024)]:
        assert annual_year(focus, results=True) == year, focus
        assert annual_year(focus) != year, focus        # shipped: the first named year
    # a plan's own year is kept, with or without the token
    for focus, year in [
            ("Kế hoạch chuyển đổi số năm 2025 của tỉnh đặt 20 chỉ tiêu.", 2025),
            ("UBND huyện ban hành chương trình công tác năm 2024.", 2024)]:
        assert annual_year(focus, results=True) == year == annual_year(focus), focus
    # only a reported year, no plan set: no annual year
    assert annual_year("Báo cáo kết quả thực hiện nhiệm vụ năm 2023 của huyện.", results=True) is None


def test_the_annual_year_of_a_page_only_with_the_token():
    t = ("Trên cơ sở kết quả thực hiện nhiệm vụ năm 2023, Ban Chấp hành Đảng bộ tỉnh đề ra nhiệm vụ năm 2024 "
         "với 16 mục tiêu chủ yếu.\nChỉ số cải cách hành chính tăng từ 1 bậc trở lên.\n"
         "Tỷ lệ dịch vụ công trực tuyến toàn trình đạt từ 80% trở lên.")
    on, off = _years(t, "annual")[-1], _years(t, None)[-1]
    assert on[2024].get("annual") == 1.0 and not on[2023].get("annual")
    assert off[2023].get("annual") == 1.0 and not off[2024].get("annual")
