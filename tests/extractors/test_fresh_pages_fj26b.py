"""fj26b (session 20): deadlines, copies and false goals read on part J's validation shares. Scope token "r26"
(a year after the value in a series of dated goals is the value's own); option fj26b tokens "far" (vision
years 2050-2059), "isodate" (a year-month-day date holds no figures), "equiv" (an amount converted right after another), "relative" (an amount said again as a share of
a yardstick), "stats" (figures after "theo thống kê"). Wordings are written for these tests, not taken from
the corpus."""
from extractors import deadline_features as dl
from extractors import target_features as tf
from extractors.targets import _values


def _after(text: str, value_at: str, series: bool = True, far: bool = True) -> int | None:
    e = text.index(value_at) + len(value_at)
    years = dl.year_mentions(text, far=far)
    return (dl.series_after_year if series else dl.own_after_year)(text, e, years)


def test_a_series_of_dated_goals_gives_each_value_the_year_after_it():
    t = "Phấn đấu giảm tỷ lệ sinh từ 2,1 con năm 2015 xuống 1,9 con vào năm 2025 và 1,8 con vào năm 2030."
    assert _after(t, "1,9 con") == 2025
    assert _after(t, "1,9 con", series=False) is None       # dl23's reading: the next value opens a goal
    assert _after(t, "1,8 con") == 2030
    t = "Thu nhập bình quân đạt 80 triệu đồng vào năm 2030, 150 triệu đồng vào năm 2050; dân số 2 triệu người."
    assert _after(t, "80 triệu đồng") == 2030
    assert _after(t, "150 triệu đồng") == 2050


def test_a_year_that_opens_the_next_goal_is_still_not_the_values():
    for t, at in [("Tỷ lệ che phủ rừng đạt 45% (năm 2030 đạt 50%).", "45%"),
                  ("Tỷ lệ che phủ rừng đạt 45% vào năm 2025 và đạt 50% trong giai đoạn tới.", "45%"),
                  ("Có 50% xã đạt chuẩn, năm 2030 có 80% xã đạt chuẩn.", "50%"),
                  ("Doanh thu tăng 15% so với năm 2024 và 20% so với năm 2023.", "15%")]:
        assert _after(t, at) is None, t


def test_vision_years_are_year_mentions_only_with_the_option():
    t = "Định hướng đến năm 2030 đạt 60% và tầm nhìn đến năm 2050 đạt 80%."
    assert [y[2] for y in dl.year_mentions(t, far=True)] == [2030, 2050]
    assert [y[2] for y in dl.year_mentions(t)] == [2030]
    assert [y[2] for y in dl.year_mentions("Dự kiến đến năm 2065 dân số ổn định.", far=True)] == []


def test_a_year_month_day_date_holds_no_figures():
    t = "date 2024-03-05 Huyện có 12 xã đạt chuẩn; ngày 2023-7-9 Tỉnh ban hành kế hoạch."
    assert [(v, u) for _, _, v, u in _values(t, "goal_lines", "isodate")] == [(12.0, "#xã")]
    assert (3.0, "#huyện") in [(v, u) for _, _, v, u in _values(t, "goal_lines", "")]   # "03-05 Huyện" before


def _at(s: str, v: str) -> tuple[int, int]:
    return s.index(v), s.index(v) + len(v)


def test_an_amount_converted_or_set_against_a_yardstick_is_the_same_goal():
    s = "Thu nhập bình quân đến năm 2030 đạt 120 triệu đồng, tương đương khoảng 4.800 USD, bằng 110% so với bình quân cả nước."
    sent = (0, len(s))
    st, en = _at(s, "4.800")
    assert tf.fj26b_drop(s, sent, st, en, "equiv") == "equiv"
    st, en = _at(s, "110%")
    assert tf.fj26b_drop(s, sent, st, en, "relative") == "relative"
    st, en = _at(s, "120")
    assert tf.fj26b_drop(s, sent, st, en, "equiv+relative+stats") is None


def test_a_goal_as_a_share_or_the_amount_a_rate_comes_to_is_kept():
    for s, v in [("Phấn đấu tăng thu ngân sách 15%, tương đương 500 tỷ đồng.", "500"),
                 ("Phấn đấu GRDP bình quân đầu người bằng 120% so với bình quân cả nước.", "120%"),
                 ("Năm 2025 thu ngân sách 900 tỷ đồng; GRDP đầu người bằng 90% so với cả nước.", "90%")]:
        st, en = _at(s, v)
        assert tf.fj26b_drop(s, (0, len(s)), st, en, "equiv+relative") is None, s


def test_figures_a_statistic_states_are_no_goals_unless_a_goal_follows_the_cue():
    s = "Theo số liệu thống kê, toàn huyện hiện còn 1.200 hộ nghèo, chiếm 8,5%."
    st, en = _at(s, "8,5")
    assert tf.fj26b_drop(s, (0, len(s)), st, en, "stats") == "stats"
    assert tf.fj26b_drop(s, (0, len(s)), st, en, "equiv") is None
    s = "Theo thống kê, năm 2024 tỉnh đạt 60%; mục tiêu năm 2025 đạt 70%."
    st, en = _at(s, "70")
    assert tf.fj26b_drop(s, (0, len(s)), st, en, "stats") is None


def _emitted(text: str, fj26b: str) -> list[tuple]:
    from extractors.targets import find_targets
    opts = {"similar_scope": "paragraph", "units": "goal_lines", "fj26b": fj26b}
    return [(t.value, t.unit, t.deadline_year) for t in find_targets(text, options=opts)]


def test_an_amount_said_again_in_another_paragraph_is_one_goal_and_shares_are_not_merged():
    t = ("Mục tiêu đến năm 2030, tổng thu từ khách du lịch đạt 50.000 tỷ đồng.\n\n"
         "Phấn đấu đến năm 2030, doanh thu ngành dịch vụ lưu trú và lữ hành đạt 50.000 tỷ đồng.\n\n"
         "Phấn đấu đến năm 2030, 70% xã đạt chuẩn.\n\nĐến năm 2030, 70% hộ dân dùng nước sạch.")
    assert _emitted(t, "copies") == [(50000.0, "tỷ đồng", 2030), (70.0, "%", 2030), (70.0, "%", 2030)]
    assert _emitted(t, "") == [(50000.0, "tỷ đồng", 2030), (50000.0, "tỷ đồng", 2030), (70.0, "%", 2030),
                               (70.0, "%", 2030)]
    # two amounts of one key in one paragraph are two items of a list
    t = "Đến năm 2030, thu ngân sách xã đạt 120 triệu đồng; giá trị trên một ha đất trồng trọt đạt 120 triệu đồng."
    assert _emitted(t, "copies") == _emitted(t, "")


def _drop(s: str, v: str, tokens: str, province: str | None = "Tỉnh A") -> str | None:
    st = s.index(v)
    return tf.fj26b_drop(s, (0, len(s)), st, st + len(v), tokens, province)


def test_a_figure_reached_toward_a_goal_is_a_result():
    s = "Tỉnh A tăng trưởng 9,5%, hướng tới mục tiêu 11% năm 2026"
    assert _drop(s, "9,5", "toward") == "toward"
    assert _drop(s, "11", "toward") is None
    assert _drop("Phấn đấu tăng trưởng 9,5%, hướng tới mục tiêu 11% năm 2030", "9,5", "toward") is None


def test_the_whole_countrys_goal_on_a_provincial_page_is_context():
    s = "Tỉnh góp phần cùng cả nước hoàn thành mục tiêu tăng trưởng GDP của cả nước từ 8% trở lên."
    assert _drop(s, "8%", "nation") == "nation"
    assert _drop(s, "8%", "nation", province=None) is None          # a national page: its own goal
    for s, v in [("Mục tiêu đến năm 2030 tỉnh thuộc nhóm 10 tỉnh dẫn đầu cả nước.", "10"),
                 ("Mục tiêu năm 2026, tăng trưởng GRDP của tỉnh đạt 10%, cao hơn bình quân cả nước.", "10%"),
                 ("Mục tiêu trở thành tỉnh khá của cả nước, 100% xã đạt chuẩn nông thôn mới.", "100%")]:
        assert _drop(s, v, "nation") is None, s


def test_an_increment_is_no_target_when_its_total_follows():
    s = "Năm 2026, huyện phấn đấu có thêm 4 xã đạt chuẩn nông thôn mới, nâng tổng số xã đạt chuẩn lên 15 xã."
    assert _drop(s, "4 xã", "increment") == "increment"
    assert _drop(s, "15 xã", "increment") is None
    for s, v in [("Phấn đấu có thêm 4 xã đạt chuẩn nông thôn mới; nâng tổng số xã đạt chuẩn lên 15 xã.", "4 xã"),
                 ("Phấn đấu có thêm 4 xã đạt chuẩn nông thôn mới, nâng cao thu nhập người dân.", "4 xã")]:
        assert _drop(s, v, "increment") is None, s
