"""miss20: the cue governing a value's own sentence (target_features.own_cue / own_goal_features)."""
from extractors.targets import find_targets


def _row(t: str, needle: str, mode: str | None = "add") -> dict[str, float]:
    rows: list = []
    find_targets(t, trace=rows, options={"units": "goal_lines", **({"own_goal": mode} if mode else {})}, as_of=2024)
    start = t.index(needle)
    return next(r["goal"] for r in rows if r["start"] == start)


def test_a_goal_cue_after_a_result_in_the_same_sentence_governs_the_value():
    t = "Tỷ trọng kinh tế số ước đạt 7% GRDP, phấn đấu đến năm 2026 đạt 25% GRDP."
    assert _row(t, "25%")["og:goal"] == 1.0
    assert _row(t, "7%")["og:past"] == 1.0           # "ước" is its last cue


def test_a_past_cue_after_the_goal_cue_makes_the_value_a_result():
    t = "Mục tiêu đề ra năm 2023 là 60%, đến nay tỷ lệ đã đạt 72%."
    f = _row(t, "72%")
    assert f["og:past"] == 1.0 and "og:goal" not in f
    assert _row(t, "60%")["og:goal"] == 1.0


def test_a_goal_noun_after_a_result_verb_is_a_past_cue():
    for t, needle in (("Huyện đã hoàn thành các chỉ tiêu, tỷ lệ hộ nghèo 3%.", "3%"),
                      ("Tăng 12% so với kế hoạch 9%.", "9%"), ("Năm nay đạt và vượt mục tiêu với 95%.", "95%"),
                      ("Tỉnh hoàn thành mục tiêu kinh tế số chiếm 20% GRDP.", "20%")):
        assert _row(t, needle).get("og:past") == 1.0, t


def test_an_as_of_year_is_no_deadline_cue():
    t = "Tính đến năm 2024, tỷ lệ che phủ rừng là 45%."
    assert _row(t, "45%").get("og:past") == 1.0


def test_a_sentence_without_cues_gets_none():
    t = "Toàn huyện có 12 xã và 3 thị trấn."
    assert not any(k.startswith("og:") for k in _row(t, "12 xã"))


def test_scope_drops_the_paragraphs_past_cues_only_under_an_own_goal_cue():
    t = ("Năm qua, kết quả thu ngân sách đã đạt 5.100 tỷ đồng. Năm 2026, tỉnh đặt mục tiêu thu ngân sách "
         "6.000 tỷ đồng. Số doanh nghiệp hiện nay là 4.000 doanh nghiệp.")
    add, scope = _row(t, "6.000", "add"), _row(t, "6.000", "scope")
    assert add["og:goal_para_past"] == 1.0 and add["para_past_any"] == 1.0
    assert scope["og:goal_para_past"] == 1.0 and "para_past_any" not in scope and "para_result" not in scope
    res = _row(t, "4.000", "scope")                  # its own sentence says "hiện nay": cues kept
    assert res["og:past"] == 1.0 and res["para_past_any"] == 1.0


def test_off_by_default():
    t = "Tỷ trọng kinh tế số ước đạt 7% GRDP, phấn đấu đến năm 2026 đạt 25% GRDP."
    assert not any(k.startswith("og:") for k in _row(t, "25%", None))


def test_the_strong_mode_reads_goal_verbs_and_horizons_only():
    t = "Kế hoạch năm 2026 giao các sở 95% hồ sơ trực tuyến; phấn đấu đến năm 2027 đạt 99%."
    assert _row(t, "95%")["og:goal"] == 1.0
    assert not any(k.startswith("og:") for k in _row(t, "95%", "strong"))
    assert _row(t, "99%", "strong")["og:goal"] == 1.0


def _tally_row(t: str, needle: str, on: bool) -> dict[str, float]:
    rows: list = []
    find_targets(t, trace=rows, options={"units": "goal_lines", **({"tally_goal": True} if on else {})}, as_of=2024)
    return next(r["goal"] for r in rows if r["start"] == t.index(needle))


def test_a_goal_to_complete_n_targets_is_no_tally_met():
    for t, needle in (("Năm 2026, huyện phấn đấu hoàn thành 28 chỉ tiêu. Trong đó, thu nhập bình quân đạt 80 triệu "
                       "đồng/người.", "80 triệu"),
                      ("Tỉnh đặt mục tiêu hoàn thành 90 tiêu chí trước tháng 12, tỷ lệ hồ sơ trực tuyến đạt 95%.", "95%"),
                      ("Đến năm 2027, đạt 18 tiêu chí; tỷ lệ hộ nghèo dưới 2%.", "2%")):
        assert _tally_row(t, needle, False)["met_tally"] == 1.0, t       # main reads a tally met
        on = _tally_row(t, needle, True)
        assert on["met_tally"] == 0.0 and on["tally_goal"] == 1.0, t


def test_a_tally_met_stays_one():
    for t, needle in (("Năm 2024, huyện đã hoàn thành 25 chỉ tiêu; tỷ lệ hộ nghèo còn 3%.", "3%"),
                      ("Kết quả có 15/16 mục tiêu hoàn thành, tỷ lệ hồ sơ trực tuyến đạt 88%.", "88%"),
                      ("Phấn đấu năm 2026 tăng 8%; năm 2025 đạt và vượt 14 chỉ tiêu, tăng 7%.", "7%")):
        f = _tally_row(t, needle, True)
        assert f["met_tally"] == 1.0 and "tally_goal" not in f, t
