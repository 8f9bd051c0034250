"""fg27 (session 27): candidates that are nobody's forward goal, read on the false goals of new sites (J, K1-K3).
Option fg27 tokens: "grade" (a star grade, "3 sao trở lên"), "funds" (money the plan spends: "kinh phí",
"vốn ngân sách trung ương", "hỗ trợ … tỷ đồng"), "base" (the level a goal moves from: "giảm từ 12,5% năm 2024
xuống còn 4%"), "spent" (money named for what it pays: "6 tỷ đồng hỗ trợ …"), "gauge" (a yardstick in
parentheses: "(yêu cầu 80%)"), "dated" (a figure dated right after it by a year before the page's), "parts" (a count
of the plan's own parts: "2 con số", "4 nhóm nhiệm vụ"). Wordings are written for these tests, not taken from the corpus."""
from extractors.target_features import fg27_dropped
from extractors.targets import _fg27_kept, _values, find_targets
from extractors.train import SHIPPED

ALL = ["grade", "funds", "base", "spent", "gauge", "dated", "parts"]
FIX = "+".join(filter(None, (SHIPPED["cand_fix"], SHIPPED["fj26b"], "un30",
                             "+".join("tc25_" + t for t in SHIPPED["tc25"].split("+")))))


def _kept(text, toks=ALL):
    values = _values(text, "goal_lines", FIX)
    return [(v, u.lstrip("#")) for _, _, v, u in (_fg27_kept(text, values, toks) if toks else values)]


def test_star_grades_are_no_amounts():
    text = "Năm 2027, huyện phấn đấu có thêm 15 sản phẩm OCOP đạt từ 3 sao trở lên và 2 khách sạn 4 sao."
    on, off = _kept(text), _kept(text, [])
    assert (15.0, "sản phẩm") in on and (2.0, "khách sạn") in on
    assert not [u for _, u in on if u == "sao"]
    assert [v for v, u in off if u == "sao"] == [3.0, 4.0]
    # another token alone leaves the grades
    assert [v for v, u in _kept(text, ["funds", "base"]) if u == "sao"] == [3.0, 4.0]


def test_a_plans_funds_are_no_outcome():
    text = ("Tổng kinh phí thực hiện đề án khoảng 45 tỷ đồng, trong đó vốn ngân sách trung ương 30 tỷ đồng. "
            "Đến năm 2028, doanh thu du lịch đạt 1.200 tỷ đồng.")
    assert _kept(text) == [(1200.0, "tỷ đồng")]
    assert len(_kept(text, [])) == 3
    text = "Giai đoạn 2026-2030, tỉnh hỗ trợ hơn 18,5 tỷ đồng cho các hợp tác xã nông nghiệp."
    assert _kept(text) == [] and _kept(text, []) == [(18.5, "tỷ đồng")]


def test_society_investment_and_revenue_stay():
    text = ("Phấn đấu năm 2027 tổng vốn đầu tư toàn xã hội đạt 21.000 tỷ đồng; thu ngân sách nhà nước "
            "đạt 3.400 tỷ đồng.")
    assert _kept(text) == _kept(text, []) == [(21000.0, "tỷ đồng"), (3400.0, "tỷ đồng")]


def test_the_base_of_a_move_is_no_goal():
    text = "Đến năm 2030, tỷ lệ hộ nghèo đa chiều giảm từ 14,2% cuối năm 2025 xuống còn 5%."
    assert _kept(text) == [(5.0, "%")]
    assert _kept(text, []) == [(14.2, "%"), (5.0, "%")]
    text = "Mục tiêu nâng tỷ lệ người dân tập luyện thể thao từ 31% năm 2025 lên 40% năm 2030."
    assert _kept(text) == [(40.0, "%")]


def test_a_floor_or_a_range_after_tu_stays():
    text = "Năm 2027, tốc độ tăng trưởng kinh tế đạt từ 9% trở lên; tạo việc làm mới từ 12.000 - 14.000 lao động."
    assert _kept(text) == _kept(text, [])
    assert fg27_dropped("tăng trưởng đạt từ 8% trở lên", 15, 17, "%", ALL) is None


def test_the_option_reaches_the_goal_models_rows():
    text = ("Kế hoạch năm 2027: phấn đấu có 20 sản phẩm đạt 4 sao; kinh phí thực hiện 6 tỷ đồng; "
            "tỷ lệ che phủ rừng từ 41% năm 2025 lên 45%.")
    base = {k: SHIPPED[k] for k in ("units", "cand_fix", "fj26b", "un30", "tc25")}
    on, off = [], []
    find_targets(text, trace=on, options={**base, "fg27": "grade+funds+base"})
    find_targets(text, trace=off, options=base)
    assert [r["value"] for r in on] == [20.0, 45.0]
    assert [r["value"] for r in off] == [20.0, 4.0, 6.0, 41.0, 45.0]


def test_money_named_for_what_it_pays():
    text = "Trong đó, 6 tỷ đồng hỗ trợ xây dựng nhãn hiệu và 2,5 tỷ đồng cho các hợp tác xã mới."
    assert _kept(text) == [] and _kept(text, ["grade", "base"]) == [(6.0, "tỷ đồng"), (2.5, "tỷ đồng")]
    text = "Phấn đấu năm 2027 doanh thu đạt 700 tỷ đồng cho thấy ngành tăng trưởng."
    assert _kept(text) == [(700.0, "tỷ đồng")]


def test_a_yardstick_in_parentheses():
    text = "Đến năm 2030, 92% thủ tục hành chính được xử lý trực tuyến (yêu cầu 80%), kinh tế số đạt 30% GRDP (so với 25% theo kế hoạch chung)."
    assert _kept(text) == [(92.0, "%"), (30.0, "%")]
    assert _kept(text, []) == [(92.0, "%"), (80.0, "%"), (30.0, "%"), (25.0, "%")]
    # a comparison outside parentheses is left to the goal model
    assert _kept("Năm 2027 doanh thu tăng 12% so với 2026.") == [(12.0, "%")]


def test_a_figure_dated_before_the_page():
    text = "Số hộ gia đình thể thao đạt 26% năm 2021, phấn đấu đến năm 2027 đạt 35%."
    assert fg27_dropped(text, text.find("26"), text.find("26") + 3, "%", ["dated"], as_of=2024) == "dated"
    assert fg27_dropped(text, text.find("26"), text.find("26") + 3, "%", ["dated"], as_of=2021) is None
    assert fg27_dropped(text, text.find("26"), text.find("26") + 3, "%", ["dated"]) is None     # page's year unknown
    text = "Phấn đấu tỷ lệ che phủ rừng đạt 45% năm 2027."
    assert fg27_dropped(text, text.find("45"), text.find("45") + 3, "%", ["dated"], as_of=2024) is None
    base = {k: SHIPPED[k] for k in ("units", "cand_fix", "fj26b", "un30", "tc25")}
    on = []
    find_targets("Số câu lạc bộ đạt 1.200 CLB năm 2020, đến năm 2027 có 1.600 CLB.", trace=on, options={**base, "fg27": "dated"},
                 as_of=2024)
    assert [r["value"] for r in on] == [1600.0]


def test_counts_of_the_plans_own_parts():
    text = ("Năm 2027 phấn đấu tăng trưởng 2 con số; xây dựng 3 nền tảng và 3 hành lang kinh tế; đề ra 04 nhóm "
            "nhiệm vụ, giải pháp; triển khai 82 nhóm thủ tục hành chính trực tuyến.")
    assert _kept(text) == [(82.0, "nhóm")]
    assert len(_kept(text, [])) == 5
