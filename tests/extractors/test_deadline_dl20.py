"""dl20 (scope token "r20"): goals listed first and their plan named after them by a sentence that
refers back to them ("…; 70% doanh nghiệp … . Đó là các chỉ tiêu của kế hoạch … năm 2025"): the
plan's year becomes a candidate as an annual plan's year does."""
import re

from extractors import deadline_features as dl
from extractors import target_features as tf

SCOPE = "lead+q1+r18+r19"


def _cands(text: str, value_at: str, scope: str = SCOPE + "+r20", plan_year: int | None = None,
           rule_year: int | None = None) -> dict:
    """{year or None: features} of the value first written at value_at, from year_candidates."""
    s = text.index(value_at)
    whole = (0, len(text))
    stop = re.compile(r"[.!?](?=\s)|\n").search(text, s)
    sent = (0, stop.end() if stop else len(text))
    c = tf.Context(text, s, s + len(value_at), 0.0, "%", sent, sent, whole, 0,
                   False, False, False, rule_year, plan_year, False)
    return dict(dl.year_candidates(c, dl.year_mentions(text), True, True, scope, "paren"))


def test_the_plan_year_of_a_back_referring_sentence_is_a_candidate():
    shapes = [
        ("Phấn đấu 100% hồ sơ được số hóa; tối thiểu 90% người dân hài lòng. Đó là một số chỉ tiêu được "
         "đề ra trong kế hoạch cải cách hành chính năm 2025 vừa được UBND tỉnh ban hành.", "90%", 2025),
        ("Tỷ lệ thanh toán không dùng tiền mặt đạt 60%. Đây là mục tiêu của Chương trình chuyển đổi số "
         "năm 2024 của tỉnh.", "60%", 2024),
        ("Tăng trưởng kinh tế đạt trên 8%, thu ngân sách tăng 10%! Đó chính là những chỉ tiêu quan trọng "
         "mà Hội nghị triển khai nhiệm vụ năm 2026 đặt ra.", "8%", 2026),
        ("Kinh tế số chiếm 20% GRDP.\nĐây là một trong những mục tiêu tại Kế hoạch số 12/KH-UBND năm 2023.",
         "20%", 2023),
    ]
    for t, at, yr in shapes:
        assert dl.backref_plan_year(t, t.index(at) + len(at)) == yr, t
        on = _cands(t, at)
        assert on[yr]["r20_backref"] == 1.0 and on[yr]["annual"] == 1.0 and on[yr]["rule"] == 1.0, t
        assert on[None]["r20n_backref"] == 1.0 and on[None]["annual_doc"] == 1.0 and on[None]["rule"] == 0.0, t
        off = _cands(t, at, SCOPE)
        assert yr not in off and "r20n_backref" not in off[None], t     # the option off: as before


def test_a_horizon_a_window_or_a_far_sentence_gives_no_plan_year():
    shapes = [
        # a horizon or a window, not a plan year
        "Tỷ trọng kinh tế số đạt 20%. Đây là mục tiêu của Chiến lược kinh tế số đến năm 2025.",
        "Tỷ lệ hộ nghèo giảm 1,5%. Đó là chỉ tiêu của giai đoạn năm 2021 - 2025.",
        "Tỷ lệ hộ nghèo giảm 1,5%. Đó là chỉ tiêu của thời kỳ năm 2021 - năm 2025.",
        "Thu ngân sách tăng 12%. Đây là mục tiêu tăng so với năm 2024.",
        # no back reference to goals, or not the next sentence
        "Tỷ lệ hồ sơ số hóa đạt 70%. Đó là kết quả của kế hoạch năm 2025.",
        "Tỷ lệ hồ sơ số hóa đạt 70%. Tỉnh còn nhiều khó khăn. Đó là mục tiêu của kế hoạch năm 2025.",
        # no year in the back reference
        "50% người dân có căn cước điện tử. Đây là mục tiêu mà thành phố phải đạt được vào ngày 1/5 năm nay.",
    ]
    for t in shapes:
        at = re.search(r"[\d,]+%", t).group(0)
        assert dl.backref_plan_year(t, t.index(at) + len(at)) is None, t


def test_an_annual_plan_already_found_is_kept():
    t = ("Kế hoạch chuyển đổi số năm 2024. Phấn đấu 100% hồ sơ được số hóa. Đó là chỉ tiêu của kế hoạch "
         "thi đua năm 2025.")
    on = _cands(t, "100%", plan_year=2024)
    assert on[None]["r20n_backref"] == 0.0 and "r20_backref" not in on.get(2025, {})
    # the year already a candidate (written before the value) is marked, not replaced
    t = "Năm 2025, phấn đấu 100% hồ sơ được số hóa. Đó là chỉ tiêu của kế hoạch thi đua năm 2025."
    on = _cands(t, "100%", rule_year=2025)
    assert on[2025]["r20_backref"] == 1.0 and on[2025]["before"] == 1.0 and on[None]["rule"] == 0.0
