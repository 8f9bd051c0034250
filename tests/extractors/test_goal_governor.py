"""run18: the cue governing a value's run of chunks (target_features.Governors / governor_features)."""
from extractors import deadline_features as dl
from extractors import target_features as tf
from extractors.targets import _paragraphs, _values, find_targets


def _features(t: str, needle: str, as_of: int | None = 2024) -> dict[str, float]:
    values = _values(t, "goal_lines")
    g = tf.Governors(t, [v[0] for v in values])
    start = t.index(needle)
    para = next(p for p in _paragraphs(t) if p[0] <= start <= p[1])
    return tf.governor_features(g, para, start, dl.year_mentions(t), as_of)


def test_a_goal_sentence_governs_the_valued_sentences_after_it():
    t = ("Hội nghị giao chỉ tiêu kinh tế năm 2025. Theo đó, huyện phấn đấu đưa giá trị sản xuất đạt 3.563 tỷ "
         "đồng, tăng 4,18% so với cùng kỳ. Doanh thu thương mại đạt 10.930 tỷ đồng, tăng 8,61% so với cùng kỳ. "
         "Thu ngân sách gần 667 tỷ đồng.")
    f = _features(t, "8,61")
    assert f["gv_goal"] == 1.0 and "gv_result" not in f and f["gv_gap"] == 0.0
    assert f["gv_ahead"] == 1.0 and f["gv_past"] == 0.0       # the paragraph's 2025 is after the page's 2024
    assert f["gv_own_goal"] == 0.0 and f["gv_own_result"] == 0.0     # "so với cùng kỳ" is no result cue
    assert _features(t, "667")["gv_dist"] > f["gv_dist"]            # one more valued sentence crossed


def test_a_results_run_is_governed_by_its_results_cue():
    t = ("Năm 2024, kết quả thực hiện các chỉ tiêu đạt khá; tổng giá trị sản xuất đạt 8.962 tỷ đồng. "
         "Trong đó, nông nghiệp là 3.621 tỷ đồng, tăng 8,53% so với năm 2023.")
    f = _features(t, "3.621", as_of=2025)
    assert f["gv_result"] == 1.0 and "gv_goal" not in f and f["gv_past"] == 1.0


def test_a_results_sentence_between_ends_the_goal_run():
    t = ("Năm 2025, tỉnh phấn đấu tăng trưởng 8%. Năm qua, doanh thu đã đạt 5.000 tỷ đồng. "
         "Thu ngân sách 900 tỷ đồng.")
    assert _features(t, "900")["gv_result"] == 1.0
    assert _features(t, "5.000")["gv_goal"] == 1.0 and _features(t, "5.000")["gv_own_result"] == 1.0


def test_a_goal_cue_governs_a_run_of_semicolon_items():
    t = ("Năm 2025, huyện đề ra 29 chỉ tiêu. Cụ thể, phấn đấu doanh thu thương mại tăng 5,7% so với năm 2024; "
         "doanh thu dịch vụ tăng 13,5% so với năm 2024; tỷ lệ hộ nghèo còn lại 0,16%; tỷ lệ tham gia BHYT trên 94%.")
    for needle in ("13,5", "0,16", "94%"):
        assert _features(t, needle)["gv_goal"] == 1.0, needle
    assert _features(t, "5,7")["gv_own_goal"] == 1.0


def test_a_new_paragraph_stops_the_run():
    t = "Kế hoạch đặt mục tiêu tỷ lệ hồ sơ trực tuyến đạt 80%.\n\nTỷ lệ bao phủ bảo hiểm y tế đạt 95%."
    assert _features(t, "95%") == {"gv_own_goal": 0.0, "gv_own_result": 0.0, "gv_none": 1.0}


def test_valueless_prose_between_is_flagged_and_reach_is_bounded():
    t = ("Kế hoạch đặt mục tiêu tỷ lệ hồ sơ trực tuyến đạt 80%. Bên cạnh đó, các sở ngành tiếp tục triển khai "
         "nhiều giải pháp đồng bộ. Tỷ lệ bao phủ bảo hiểm y tế đạt 95%.")
    f = _features(t, "95%")
    assert f["gv_goal"] == 1.0 and f["gv_gap"] == 1.0
    far = "Kế hoạch đặt mục tiêu đạt 80%. " + "Huyện có 12 xã. " * 10 + "Tỷ lệ đạt 95%."
    assert _features(far, "95%")["gv_none"] == 1.0          # beyond 8 chunks back


def test_the_option_adds_the_features_to_the_goal_rows():
    t = ("Hội nghị giao chỉ tiêu năm 2025. Theo đó, huyện phấn đấu tăng 4,18% so với cùng kỳ. "
         "Doanh thu dịch vụ tăng 8,61% so với cùng kỳ.")
    rows: list = []
    find_targets(t, trace=rows, options={"governor": True}, as_of=2024)
    assert [r["goal"]["gv_goal"] for r in rows] == [0.0 if "gv_none" in rows[0]["goal"] else 1.0, 1.0]
    plain: list = []
    find_targets(t, trace=plain, as_of=2024)
    assert not any(k.startswith("gv_") for r in plain for k in r["goal"])


def test_the_uncued_mode_reads_the_governor_only_for_a_value_without_its_own_cue():
    t = ("Huyện phấn đấu tăng trưởng 8%. Năm qua, doanh thu đã đạt 5.000 tỷ đồng. "
         "Thu ngân sách 900 tỷ đồng.")
    values = _values(t, "goal_lines")
    g = tf.Governors(t, [v[0] for v in values])
    cued = tf.governor_features(g, (0, len(t)), t.index("5.000"), [], None, "uncued")
    assert cued == {"gv_own_goal": 0.0, "gv_own_result": 1.0}
    assert tf.governor_features(g, (0, len(t)), t.index("900"), [], None, "uncued")["gv_result"] == 1.0
    assert set(tf.governor_features(g, (0, len(t)), t.index("900"), [], None, "min")) == {"gv_result"}


def test_the_cues_right_after_a_value_are_read_with_the_fix():
    cases = {"Tỷ lệ đạt 80% trở lên.": "fx_tro_len",
             "Doanh thu tăng 6,57% so với cùng kỳ.": "fx_so_voi_after",
             "Tỷ lệ đạt 95% (mục tiêu 100%).": "fx_paren_goal_after",
             "Tỷ lệ từ 30% đến dưới 50%.": "fx_den_duoi_after"}
    for t, key in cases.items():
        needle = next(v for v in _values(t, "goal_lines"))
        rows: list = []
        find_targets(t, trace=rows, options={"after_fix": True})
        row = next(r for r in rows if r["start"] == needle[0])
        assert row["goal"].get(key) == 1.0, t
        assert "fx_" + "tro_len" not in row["goal"] or key == "fx_tro_len"
    rows = []
    find_targets("Tỷ lệ đạt 80% trở lên.", trace=rows)
    assert not any(k.startswith("fx_") for k in rows[0]["goal"])
