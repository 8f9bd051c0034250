"""fj28 (option fj28, tokens): item lines under a goal heading, a goal opener after a connective, goals of one key named for two places, the next
item of a run of "trong đó" parts. Wordings written for these tests, not from the corpus."""
from extractors import target_features as tf
from extractors.targets import Sentences, _paragraphs, find_targets
from tests.extractors.goal_only import flat as _models


def _under(t: str):
    """prefix -> whether the (non-blank) line starting with it is an item under a goal heading."""
    flags = [(t[s:e].strip(), f) for (s, e), f in zip(_paragraphs(t), tf.items_under_goal_heading(t, _paragraphs(t)))]
    return lambda prefix: next(f for line, f in flags if line.startswith(prefix))


def test_item_lines_under_a_goal_heading_are_its_goals():
    t = ("Mục tiêu chung: phát triển nông nghiệp bền vững.\n2. Mục tiêu cụ thể đến năm 2028:\n"
         "- Về nông nghiệp:\n+ Diện tích cây ăn quả đạt 12.000 ha;\n+ Sản lượng thủy sản khoảng 40 nghìn tấn.\n"
         "3. Giải pháp thực hiện:\n- Hỗ trợ 500 hộ chuyển đổi giống.")
    u = _under(t)
    assert u("+ Diện tích cây ăn q") and u("+ Sản lượng thủy sản")
    assert not u("- Hỗ trợ 500 hộ chu")          # a solutions heading ends the goals' reach
    assert not u("Mục tiêu chung: phát") and not u("2. Mục tiêu cụ thể đ")


def test_ordinal_items_after_a_sentence_setting_n_targets():
    t = ("Thành phố đề ra 3 chỉ tiêu chủ yếu cho năm 2027.\nMột là, tăng trưởng kinh tế khoảng 7%.\n"
         "Hai là, thu nhập bình quân 110 triệu đồng.\nBa là, tỷ lệ hộ nghèo còn 0,5%.\nÝ kiến đại biểu tán thành.\n"
         "- Năm 2026 tỉnh đã thu hút 30 dự án.")
    u = _under(t)
    assert u("Một là, tăng trưởng ") and u("Hai là, thu nhập bìn") and u("Ba là, tỷ lệ hộ nghè")
    assert not u("- Năm 2026 tỉnh đã t")         # a prose paragraph between ends the heading's reach


def test_no_goal_heading_no_items_and_results_stay_results():
    t = "Kết quả thực hiện các chỉ tiêu chủ yếu năm 2026:\n- Tăng trưởng đạt 6,8%;\n- Thu hút 25 dự án."
    assert not _under(t)("- Tăng") and not _under(t)("- Thu")   # a results heading
    t = "I. TÌNH HÌNH THỰC HIỆN CÁC CHỈ TIÊU NĂM 2026\n1. Về hạ tầng số: 100% xã có cáp quang;\n2. Về dữ liệu: 12 cơ sở."
    assert not _under(t)("1. Về") and not _under(t)("2. Về")
    t = "Các hoạt động trong tuần:\n- Tổ chức 3 hội nghị;\n- Kiểm tra 12 cơ sở."
    assert not _under(t)("- Tổ") and not _under(t)("- Kiểm")
    t = "Các chỉ tiêu chủ yếu năm 2027:\n- Năm 2026 đã đạt 92% hồ sơ trực tuyến, năm 2027 đạt 95%."
    para = _paragraphs(t)[1]
    assert not tf.item_goal(t, para, t.index("92%")) and not tf.item_goal(t, para, t.index("95%"))


def test_the_option_keeps_a_headings_items_the_model_rejects():
    t = "Mục tiêu cụ thể đến năm 2028:\n- Diện tích trồng rau đạt khoảng 9.000 ha;\n- Có 35 hợp tác xã kiểu mẫu."
    base = {"units": "goal_lines", "cand_fix": "nouns+scaled"}
    got = {(x.value, x.unit) for x in find_targets(t, models=_models(0.2), options={**base, "fj28": "heading"})}
    assert (9000, "ha") in got and (35, "hợp tác xã") in got
    assert not find_targets(t, models=_models(0.2), options=base)


def test_the_place_a_goal_names():
    t = "Năm 2027, Huyện Ea Nam có 2 xã đạt chuẩn, huyện Krông Tây phấn đấu có 2 xã đạt chuẩn."
    s = Sentences(t)
    first, second = t.index("2 xã"), t.rindex("2 xã")
    assert tf.place_before(t, s.bounds(first), first) == "ea nam"
    assert tf.place_before(t, s.bounds(second), second) == "krông tây"
    t = "Toàn huyện có thêm 4 xã đạt chuẩn trong năm 2027."
    assert tf.place_before(t, Sentences(t).bounds(t.index("4 xã")), t.index("4 xã")) is None


def test_two_places_goals_of_one_key_are_not_merged():
    t = ("Kế hoạch năm 2027 giao chỉ tiêu cho từng huyện.\n\nHuyện Ea Nam phấn đấu có 1 xã đạt chuẩn nông thôn mới, "
         "bình quân 14,2 tiêu chí/xã.\n\nHuyện Krông Tây phấn đấu có 1 xã đạt chuẩn nông thôn mới, bình quân 14,2 "
         "tiêu chí/xã.\n\nTỉnh phấn đấu có 1 xã đạt chuẩn nông thôn mới.")
    base = {"units": "goal_lines", "cand_fix": "nouns+scaled+averages", "similar_scope": "paragraph",
            "merge_fraction": True, "fj26b": "copies"}
    def count(opts):
        return sum(1 for x in find_targets(t, models=_models(0.9), options=opts) if x.unit == "xã")
    assert count(base) == 1                      # without the option the two districts' goals merge
    assert count({**base, "fj28": "places"}) == 2   # the province's line, with no place named, is still a copy


def test_the_next_item_of_a_run_of_parts():
    def np_(t, a, b):
        pe, st = t.index(a) + len(a), t.index(b)
        return tf.next_part(t, Sentences(t).bounds(st), pe, st)
    t = "Năm 2027 đón 3 triệu lượt khách, trong đó khách trong nước 2,8 triệu lượt, khách nước ngoài 200.000 lượt."
    assert np_(t, "2,8 triệu lượt", "200.000")
    t = "Có 70% số xã đạt chuẩn, trong đó 15% số xã đạt chuẩn nâng cao và 9 huyện hoàn thành nhiệm vụ."
    assert np_(t, "15%", "9 huyện")
    assert not np_("trong đó 5 xã đạt chuẩn. Năm 2026 có 8 xã.", "5 xã", "8 xã")     # another sentence
    assert not np_("trong đó 5 xã đạt chuẩn, đến nay đã có 3 xã.", "5 xã", "3 xã")   # a past cue


def test_the_option_gives_the_next_part_its_totals_verdict():
    t = ("Tỉnh đặt mục tiêu năm 2027 đón 3 triệu lượt khách, trong đó khách trong nước 2,8 triệu lượt, "
         "khách nước ngoài 200.000 lượt.")
    m = _models(0.2)                # only the goal set in words keeps the total (miss26 "direct")
    base = {"units": "goal_lines", "cand_fix": "nouns+scaled", "miss26": "parts+direct"}

    def values(opts):
        return {x.value for x in find_targets(t, models=m, options=opts)}
    assert {3, 2.8} <= values(base) and 200000 not in values(base)
    assert 200000 in values({**base, "fj28": "chain"})


def test_a_goal_opener_after_a_connective_heads_its_sentence():
    def gov(t, needle):
        start = t.index(needle)
        return tf.connective_opener_governs(t, Sentences(t).bounds(start), (0, len(t)), start)
    t = "Qua đó, phấn đấu đến năm 2028, toàn tỉnh có 3 huyện đạt chuẩn; 40 xã nâng cao; 12 xã kiểu mẫu."
    assert gov(t, "3 huyện") and gov(t, "40 xã") and gov(t, "12 xã")
    t = "Theo đó, mục tiêu năm 2027, huyện có 5 xã đạt chuẩn, đến nay đã có 2 xã."
    assert gov(t, "5 xã") and not gov(t, "2 xã")                     # a past cue
    assert not gov("Qua đó, toàn tỉnh đã có 40 xã đạt chuẩn; 12 xã kiểu mẫu.", "12 xã")   # no goal opener
    assert not gov("Phấn đấu đến năm 2028, toàn tỉnh có 3 huyện đạt chuẩn.", "3 huyện")  # no connective: fj27's


def test_an_item_under_a_heading_that_names_one_year_is_of_that_year():
    t = ("Huyện đặt ra 3 chỉ tiêu chủ yếu trong năm 2027. Kỳ họp thứ 9, nhiệm kỳ 2021-2026 đang diễn ra.\n"
         "Một là, tăng trưởng 7%.\nHai là, thu nhập 90 triệu đồng.\n"
         "Mục tiêu cụ thể giai đoạn 2026-2030:\n- Tăng trưởng bình quân 8%/năm.\n"
         "Mục tiêu cụ thể:\n- Có 20 xã đạt chuẩn.")
    years = [y for (s, e), y in zip(_paragraphs(t), tf.goal_heading_years(t, _paragraphs(t))) if t[s:e].strip()]
    assert years == [None, 2027, 2027, None, None, None, None]   # a window names no one year; nor does no year
