"""dl22 (scope token "r22"): a year written after one goal's subject and before its own value ("GRDP
năm 2030 đạt 240 nghìn tỷ đồng, …") dates that goal only (README-part-A, Q2); the other goals of the
list are told their nearest year is such a sibling's, on the year and on "none"."""
import re

from extractors import deadline_features as dl
from tests.extractors.deadline_cands import year_cands

SCOPE = "lead+q1+r18+r19+r20+r21"


def _cands(text: str, value_at: str, unit: str = "%", scope: str = SCOPE + "+r22") -> dict:
    return year_cands(text, value_at, scope, unit)


def _owner(text: str, year: str) -> str | None:
    """The value whose goal holds the first mention of year in its predicate, as written."""
    s = text.index(year)
    p = dl.sibling_predicate(text, s, s + 4)
    return text[p[0]:p[1]] if p else None


def test_a_year_after_a_goal_subject_belongs_to_that_goal_value():
    assert _owner("Các chỉ tiêu: GRDP năm 2030 đạt 240 nghìn tỷ đồng, thu nhập 136 triệu đồng.", "2030") == "240"
    assert _owner("Tỉnh phấn đấu kinh tế số đạt 30% GRDP, tỷ lệ đô thị hoá đến năm 2030 đạt trên 50% và "
                  "chỉ số nằm trong top 20.", "2030") == "50%"
    assert _owner("Bên cạnh đó, chỉ số hài lòng của người dân năm 2027 đạt 92%; chỉ số PAPI tăng 3 bậc.", "2027") == "92%"
    assert _owner("(4). Tỷ lệ người dân tham gia bảo hiểm y tế đến năm 2025 đạt 95 %.", "2025") == "95 %"


def test_a_fronted_labelling_base_or_document_year_belongs_to_no_one_goal():
    for t in ["Đến năm 2030, tỷ trọng kinh tế số đạt 30%, tỷ lệ đô thị hoá đạt 50%.",
              "Theo đó, đến năm 2025, 100% hồ sơ được xử lý trực tuyến.",
              "Mục tiêu năm 2025: 90% hồ sơ được số hoá.",
              "Năm 2026 có 90% hồ sơ được xử lý trực tuyến.",
              "Tỉnh phấn đấu đến năm 2025 đạt 100% xã có điểm phục vụ.",
              "Tỉnh đặt mục tiêu cụ thể đến năm 2025 toàn tỉnh có 100% văn bản được ký số.",
              "Cơ cấu kinh tế đến năm 2025: công nghiệp 64%; dịch vụ 28,5%.",
              "Kế hoạch chuyển đổi số năm 2025 đề ra 48 chỉ tiêu.",
              "tỷ lệ vốn đầu tư so với tổng sản phẩm năm 2025 đạt 34%.",
              "Để đạt mục tiêu, 6 tháng cuối năm 2025 tỉnh phải tăng trưởng 8,8%."]:
        y = re.search(r"20\d\d", t).group(0)
        assert _owner(t, y) is None, t


def test_the_other_goals_of_the_list_are_told_the_year_is_a_sibling_own():
    shapes = [
        ("Các chỉ tiêu nhiệm kỳ mới: GRDP năm 2030 đạt 240 nghìn tỷ đồng, GRDP bình quân đầu người "
         "136 triệu đồng; kinh tế số chiếm khoảng 20%.", "20%", 2030),
        ("Bên cạnh đó, phấn đấu Chỉ số PAR INDEX của tỉnh năm 2024 duy trì trong nhóm 10 tỉnh; "
         "Chỉ số SIPAS đạt 90% mức độ hài lòng.", "90%", 2024),
        # the sibling stands after the value
        ("Tỉnh cũng phấn đấu tỷ trọng kinh tế số đạt 30% GRDP, tỷ lệ đô thị hoá đến năm 2030 đạt trên 50%.",
         "30%", 2030),
    ]
    for t, at, yr in shapes:
        on = _cands(t, at)
        assert on[yr]["r22_sibling"] == 1.0 and on[yr]["r22_sibling_sent"] == 1.0, t
        off = _cands(t, at, scope=SCOPE)
        assert "r22_sibling" not in off[yr] and "r22n_sibling" not in off[None], t
    assert _cands(shapes[0][0], "20%")[None]["r22n_sibling"] == 1.0
    assert _cands(shapes[2][0], "30%")[None]["r22n_sibling"] == 0.0      # no year before it


def test_a_goal_own_year_a_lead_or_a_parent_by_trong_do_is_no_sibling():
    shapes = [
        # the value's own predicate year
        ("Các chỉ tiêu: GRDP năm 2030 đạt 240 nghìn tỷ đồng, thu nhập 136 triệu đồng.", "240", 2030),
        # a fronted lead over the list
        ("Đến năm 2030, tỷ trọng kinh tế số đạt 30% GRDP, tỷ lệ đô thị hoá đạt 50%.", "50%", 2030),
        # the parent of a "trong đó" list
        ("Tỷ lệ xã đạt chuẩn nông thôn mới năm 2025 đạt 50% (8 xã), trong đó: tỷ lệ xã đạt chuẩn nâng cao "
         "6,25% (1 xã).", "6,25%", 2025),
    ]
    for t, at, yr in shapes:
        on = _cands(t, at)
        assert on[yr]["r22_sibling"] == 0.0 and on[yr]["r22_sibling_sent"] == 0.0, t
        assert on[None]["r22n_sibling"] == 0.0, t


def test_a_lead_of_the_year_over_the_list_keeps_it_no_sibling():
    # the lead's year governs the rates even with a sibling's predicate year after them
    t = ("Phấn đấu đến năm 2030, tỉnh đạt chuẩn nông thôn mới. Các chỉ tiêu: tăng trưởng bình quân hàng năm 8%; "
         "thu nhập bình quân đầu người đến năm 2030 đạt 86,4 triệu đồng.")
    on = _cands(t, "8%")
    assert on[2030]["q1_gov"] == 1.0
    assert on[2030]["r22_sibling"] == 0.0 and on[None]["r22n_sibling"] == 0.0
