"""fj29 (option fj29, tokens): a news page's related-links block, the "Cụ thể:" sentence that spells out the goals
the sentence before sets. Wordings written for these tests, not from the corpus."""
from extractors import target_features as tf
from extractors.targets import Sentences, _paragraphs, find_targets
from tests.extractors.goal_only import flat as _models


def _related(t: str):
    flags = [(t[s:e].strip(), f) for (s, e), f in zip(_paragraphs(t), tf.related_links(t, _paragraphs(t)))]
    return lambda prefix: next(f for line, f in flags if line.startswith(prefix))


def test_headlines_under_a_related_links_marker():
    t = ("Năm 2027 tỉnh phấn đấu tăng trưởng 8%.\nTin liên quan:\nĐà Nẵng đặt mục tiêu đón 12 triệu lượt khách\n\n"
         "Huế: GRDP năm 2027 tăng 9%\nTheo Sở Kế hoạch, tỉnh cũng phấn đấu thu hút 20 dự án mới trong năm.")
    r = _related(t)
    assert r("Đà Nẵng đặt") and r("Huế: GRDP")
    assert not r("Năm 2027 tỉnh") and not r("Theo Sở Kế hoạch")     # prose before and after the block
    t = "Xem thêm\nHà Tĩnh phấn đấu có 10 xã kiểu mẫu\nBÀI VIẾT LIÊN QUAN\nNghệ An đón 8 triệu lượt khách"
    r = _related(t)
    assert r("Hà Tĩnh") and r("Nghệ An")


def test_no_marker_or_a_marker_inside_prose_opens_no_block():
    t = "Các dự án liên quan:\nDự án A có 3 hạng mục\nTỉnh cũng xem thêm các phương án.\nHuyện B có 5 xã"
    assert not any(tf.related_links(t, _paragraphs(t)))
    t = "Bài liên quan đến chủ trương này đã đăng trên báo.\nTỉnh đặt mục tiêu có 40 xã đạt chuẩn"
    assert not any(tf.related_links(t, _paragraphs(t)))


def _spelled(t: str, needle: str) -> bool:
    start = t.index(needle)
    return tf.spelled_out_goal(t, Sentences(t).bounds(start), start)


def test_the_items_of_a_cu_the_sentence_after_a_pledge():
    t = ("Giám đốc Sở Nông nghiệp ký cam kết với Chủ tịch UBND tỉnh hoàn thành 6 nhiệm vụ trong năm 2027.\n\n"
         "Cụ thể: tỷ lệ che phủ rừng đạt 45%; có thêm 12 sản phẩm OCOP đạt 3 sao trở lên; giải ngân 100% vốn.")
    assert _spelled(t, "45%") and _spelled(t, "12 sản phẩm") and _spelled(t, "100%")
    assert not _spelled(t, "3 sao")              # not the head value of its item
    s = Sentences(t).bounds(t.index("45%"))
    assert tf.spelled_out_year(t, s) == 2027


def test_no_pledge_no_items_and_results_stay_results():
    t = "Năm 2026 tỉnh đã hoàn thành và vượt 10 chỉ tiêu đề ra. Cụ thể: tăng trưởng 7,2%; thu hút 25 dự án."
    assert not _spelled(t, "7,2%") and not _spelled(t, "25 dự án")      # the sentence before reports
    t = "Hội nghị bàn về công tác cán bộ. Cụ thể: có 15 đại biểu phát biểu; 3 ý kiến kiến nghị."
    assert not _spelled(t, "15 đại biểu")       # the sentence before sets no goal
    t = ("Huyện cam kết hoàn thành các nhiệm vụ năm 2027. Cụ thể: nâng tỷ lệ lên 90%; "
         "số xã đạt chuẩn so với kế hoạch còn 4 xã.")
    assert _spelled(t, "90%") and not _spelled(t, "4 xã")            # a past cue in its own item
    t = "Các sở cam kết thực hiện kế hoạch giai đoạn 2026-2030. Cụ thể: 100% hồ sơ được số hóa."
    assert _spelled(t, "100%") and tf.spelled_out_year(t, Sentences(t).bounds(t.index("100%"))) is None  # a window


def test_the_option_keeps_a_pledges_items_and_drops_related_headlines():
    base = {"units": "goal_lines", "cand_fix": "nouns+scaled"}
    t = ("UBND huyện ký cam kết với UBND tỉnh thực hiện 5 nội dung trong năm 2027.\n"
         "Cụ thể: tỷ lệ giải ngân vốn đạt 100%; có thêm 12 xã đạt chuẩn.")
    def got(opts, p):
        return {(x.value, x.unit, x.deadline_year) for x in find_targets(t, models=_models(p), options=opts)}
    assert (100, "%", 2027) in got({**base, "fj29": "pledge"}, 0.2) and (12, "xã", 2027) in got({**base, "fj29": "pledge"}, 0.2)
    assert not got(base, 0.2)
    t = "Tỉnh phấn đấu năm 2027 tăng trưởng 8%.\nBài liên quan\nHuế: GRDP năm 2027 tăng 9%"
    assert {x.value for x in find_targets(t, models=_models(0.9), options={**base, "fj29": "related"})} == {8}
    assert {x.value for x in find_targets(t, models=_models(0.9), options=base)} == {8, 9}


def _under(t: str, phase: bool):
    flags = [(t[s:e].strip(), f) for (s, e), f in zip(_paragraphs(t), tf.items_under_goal_heading(t, _paragraphs(t), phase))]
    return lambda prefix: next(f for line, f in flags if line.startswith(prefix))


def test_a_plans_phase_line_heads_its_items():
    t = ("Phát triển hạ tầng số đồng bộ, hiện đại.\n1.1. Giai đoạn 2027 - 2028\n- 90% hồ sơ được xử lý trực tuyến;\n"
         "- Có 30 xã số.\nb) Đến năm 2030:\n- 100% xã có cáp quang.")
    assert _under(t, True)("- 90%") and _under(t, True)("- Có 30") and _under(t, True)("- 100%")
    assert not _under(t, False)("- 90%")         # without the token, no goal heading here


def test_a_phase_line_under_a_results_heading_heads_no_goals():
    t = ("II. Kết quả thực hiện kế hoạch\n1. Giai đoạn 2021 - 2023\n- 85% hồ sơ được xử lý trực tuyến;\n"
         "2. Giai đoạn 2024 - 2025\n- Có 12 xã số.")
    assert not _under(t, True)("- 85%") and not _under(t, True)("- Có 12")
    t = "Trong giai đoạn 2021 - 2025, tỉnh đã có 20 xã số.\n- 85% hồ sơ trực tuyến."   # a sentence, not a phase line
    assert not _under(t, True)("- 85%")
