"""dl21 (scope token "r21"): a yearly rate governed by a lead year ("Đến năm 2030: … bình quân 7%/năm")
whose own sentence names no window or term is told so, on "none" and on the lead's year, so that the
term or window named elsewhere on the page no longer reads "no single deadline" for it."""
from tests.extractors.deadline_cands import year_cands

SCOPE = "lead+q1+r18+r19+r20"


def _cands(text: str, value_at: str, unit: str = "%", scope: str = SCOPE + "+r21") -> dict:
    return year_cands(text, value_at, scope, unit)


def test_a_yearly_rate_under_a_lead_with_no_window_in_its_sentence_is_marked():
    shapes = [
        ("Nghị quyết Đại hội nhiệm kỳ 2025 - 2030 đặt mục tiêu đến năm 2030: thu nhập đạt 90 triệu đồng. "
         "Các chỉ tiêu cụ thể: kinh tế tăng trưởng bình quân trên 8%/năm; tỷ lệ hộ nghèo giảm 1%/năm.",
         "8%/năm", "%/năm", 2030),
        ("Đại hội Đảng bộ huyện nhiệm kỳ 2020-2025.\nĐến năm 2025, phấn đấu thu ngân sách tăng bình quân "
         "hằng năm 12%; số xã đạt chuẩn tăng mỗi năm 5%.", "12%", "%", 2025),
        ("Kế hoạch phát triển nhiệm kỳ 2026 - 2031. Phấn đấu đến năm 2031 đạt đô thị loại II; tốc độ "
         "tăng tổng giá trị sản xuất hàng năm 9,5%.", "9,5%", "%", 2031),
    ]
    for t, at, unit, yr in shapes:
        on = _cands(t, at, unit)
        assert on[None]["r21n_rate_lead_clear"] == 1.0, t
        assert on[yr]["r21_rate_gov"] == 1.0, t
        assert all(f.get("r21_rate_gov") == 0.0 for y, f in on.items() if y not in (None, yr)), t
        off = _cands(t, at, unit, SCOPE)
        assert "r21n_rate_lead_clear" not in off[None] and "r21_rate_gov" not in off[yr], t


def test_a_window_or_term_in_the_rate_own_sentence_or_no_rate_or_no_lead_is_not():
    shapes = [
        # a window or a term in the rate's own sentence
        ("Đến năm 2030, GRDP đạt 300 nghìn tỷ đồng. Giai đoạn 2026 - 2030, phấn đấu tăng trưởng "
         "bình quân 9%/năm.", "9%/năm", "%/năm"),
        ("Đến năm 2025: thu nhập đạt 70 triệu đồng. Trong nhiệm kỳ, phấn đấu tỷ lệ hộ nghèo giảm "
         "bình quân 2%/năm.", "2%/năm", "%/năm"),
        # not a yearly rate
        ("Đến năm 2030: tỷ lệ đô thị hóa đạt 45%; kinh tế số chiếm 25% GRDP.", "25%", "%"),
        # a yearly rate with no lead above it
        ("Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm trong những năm tới.", "1,5%/năm", "%/năm"),
    ]
    for t, at, unit in shapes:
        on = _cands(t, at, unit)
        assert on[None]["r21n_rate_lead_clear"] == 0.0, t
        assert all(f.get("r21_rate_gov") == 0.0 for y, f in on.items() if y is not None), t
