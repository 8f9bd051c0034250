"""fj27 (option fj27): a plan's figures told by news ("Theo Kế hoạch, … dự kiến đạt …") and the items of a
sentence a goal opens ("Mục tiêu đến năm 2027, …; …; …"). Wordings written for these tests, not from the corpus."""
from extractors import target_features as tf
from extractors.targets import Sentences


def _governs(t: str, needle: str, toks=("plan", "list")) -> bool:
    start = t.index(needle)
    para_lo = t.rfind("\n", 0, start) + 1
    para_hi = t.find("\n", start)
    para = (para_lo, len(t) if para_hi < 0 else para_hi)
    return tf.opener_governs(t, Sentences(t).bounds(start), para, start, toks)


def test_a_plan_attribution_heads_its_figures():
    t = "Theo Kế hoạch, tổng thu ngân sách năm 2027 dự kiến đạt 18.500 tỷ đồng; vốn đầu tư đạt 60 nghìn tỷ đồng."
    assert _governs(t, "18.500") and _governs(t, "60 nghìn")
    t = "Theo dự thảo Quy hoạch tỉnh thời kỳ 2021-2030, đã được trình Hội đồng thẩm định, tỷ lệ che phủ rừng đạt 45%."
    assert not _governs(t, "45%")     # "đã được trình" is no approval: a past cue


def test_a_plan_attribution_opening_a_paragraph_covers_the_paragraph():
    t = ("Theo Đề án được UBND tỉnh phê duyệt, năm 2028 toàn tỉnh có 40 xã đạt chuẩn. "
         "Cơ cấu nông nghiệp chiếm 18%; dịch vụ 42%.\nNăm 2024 tỉnh có 12 xã đạt chuẩn.")
    assert _governs(t, "40 xã") and _governs(t, "18%") and _governs(t, "42%")
    assert not _governs(t, "12 xã")   # the next paragraph is not the plan's


def test_no_plan_figure_after_a_past_cue_or_without_a_plan():
    t = "Theo kế hoạch, năm 2024 tỉnh giải ngân 5.000 tỷ đồng, đến nay mới đạt 62%."
    assert _governs(t, "5.000") and not _governs(t, "62%")
    assert not _governs("Theo báo cáo, năm 2024 tỉnh thu hút 3 dự án.", "3 dự án")
    assert not _governs("Tỉnh đã triển khai kế hoạch, thu hút 3 dự án.", "3 dự án")
    assert not _governs("Theo Kế hoạch, năm 2027 đạt 9%.", "9%", ("list",))


def test_a_goal_opener_heads_every_item_of_its_sentence():
    t = "Mục tiêu đến năm 2027, toàn huyện có 4 xã đạt chuẩn; 12 thôn kiểu mẫu; 90% hộ dùng nước sạch."
    assert all(_governs(t, n) for n in ("4 xã", "12 thôn", "90%"))
    t = "Phấn đấu đến năm 2026: thu hút 15 dự án; tạo việc làm cho 2.000 lao động."
    assert _governs(t, "15 dự án") and _governs(t, "2.000")


def test_a_goal_opener_heads_nothing_after_a_past_cue_nor_in_the_next_sentence():
    t = "Mục tiêu năm 2025, huyện có 6 xã đạt chuẩn, đến nay đã có 4 xã. Năm 2026 huyện có 3 xã."
    assert _governs(t, "6 xã") and not _governs(t, "4 xã") and not _governs(t, "3 xã")
    t = "Năm 2024, toàn tỉnh có 95 xã đạt chuẩn; mục tiêu đến 2026 có 120 xã."
    assert not _governs(t, "95 xã")   # the goal is no opener of its sentence


def test_a_later_item_of_a_goal_list_is_headed_by_its_goal_word():
    t = "Kế hoạch đặt chỉ tiêu là 95% hồ sơ trực tuyến; xây dựng 20 điểm sinh hoạt; đào tạo 300 cán bộ."
    assert _governs(t, "20 điểm", ("items",)) and _governs(t, "300 cán bộ", ("items",))
    assert not _governs(t, "95%", ("items",))    # the first figure is the direct rule's, not a list item's
    t = "Năm 2025 huyện phấn đấu có 3 xã đạt chuẩn, đến nay đã có 2 xã; cấp 40 sổ đỏ."
    assert not _governs(t, "40 sổ", ("items",))  # a past cue between the goal word and the item
    assert not _governs("Tỉnh thu hút 12 dự án; tạo việc làm cho 900 lao động.", "900", ("items",))


def test_the_option_keeps_a_plans_figures_the_model_rejects():
    from extractors.targets import find_targets
    from tests.extractors.goal_only import flat
    t = "Theo Kế hoạch, năm 2027 tổng thu ngân sách dự kiến đạt 18.500 tỷ đồng; vốn đầu tư đạt 60.000 tỷ đồng."
    m = flat(0.1)
    base = {"units": "goal_lines", "cand_fix": "nouns+scaled"}
    got = {(x.value, x.unit) for x in find_targets(t, models=m, options={**base, "fj27": "plan+list"})}
    assert (18500, "tỷ đồng") in got and (60000, "tỷ đồng") in got
    assert not find_targets(t, models=m, options=base)
