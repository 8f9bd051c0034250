"""tc25 (session 25): gold goals of new sites (K1-K3, J) that never became candidates because the value
reading cut, widened or skipped their unit. Option tc25 tokens: "stay" (a tourist's length of stay), "terms"
(a place's classifier with the word it classifies, "câu lạc bộ", "lượt người"), "split" (the head "khách du"
of "khách du lịch"), "per" (a counted noun per year / person / hectare as written), "caps" (abbreviations of
counted bodies: "HTX", "CLB"), "times" (a multiple as a range or after "bằng"), "van" (the scale "vạn"),
"speed" (a bandwidth "Mb/s"). Wordings are written for these tests, not taken from the corpus."""
from extractors.targets import _values

BASE = "nouns+permille+abbr+ti+measures+scaled+per_words+averages+ages+un30"


def _read(text, tokens=""):
    fix = BASE + "".join("+tc25_" + t for t in tokens.split("+") if t)
    return [(v, u) for _, _, v, u in _values(text, "goal_lines", fix)]


def test_length_of_stay_per_visitor_and_bare():
    text = "Phấn đấu đến năm 2030, thời gian lưu trú bình quân đạt 3,6 ngày/khách."
    assert (3.6, "#ngày/khách") in _read(text, "stay")
    assert not [u for _, u in _read(text) if u.startswith("#ngày")]
    text = "Mục tiêu năm 2026: số ngày lưu lại của du khách đạt từ 2 ngày trở lên."
    assert (2.0, "#ngày") in _read(text, "stay")
    # a period in days is no stay: no "lưu trú" / "số ngày" before it
    assert not [u for _, u in _read("Phấn đấu hoàn thành hồ sơ trong 15 ngày làm việc.", "stay") if u.startswith("#ngày")]


def test_a_place_classifier_keeps_the_word_it_classifies():
    text = "Phấn đấu đến năm 2027 có 12 điểm du lịch, 4 khu dân cư kiểu mẫu và 6 cụm công nghiệp."
    got = _read(text, "terms")
    assert (12.0, "#điểm du lịch") in got and (4.0, "#khu dân cư") in got and (6.0, "#cụm công nghiệp") in got
    off = _read(text)
    assert (12.0, "#điểm du lịch") not in off and (4.0, "#khu") in off and (6.0, "#cụm") in off


def test_a_stop_place_is_no_score_and_points_stay_points():
    got = _read("Mục tiêu đến năm 2030 xây dựng 5 điểm dừng chân trên quốc lộ.", "terms")
    assert got == [(5.0, "#điểm dừng chân")]
    assert _read("Mục tiêu đến năm 2030 xây dựng 5 điểm dừng chân trên quốc lộ.") == [(5.0, "điểm")]
    # index points are still points, and "trở lên" is no place
    got = _read("Phấn đấu chỉ số PAPI đạt 45 điểm trở lên.", "terms")
    assert got == [(45.0, "điểm")]
    assert ("#cụm bao gồm" not in [u for _, u in _read("Kế hoạch phát triển theo 3 cụm bao gồm: cụm phía bắc.", "terms")])


def test_club_and_visits_of_people():
    got = _read("Phấn đấu đến năm 2026 có 950 câu lạc bộ thể thao, đón 1,2 triệu lượt người.", "terms")
    assert (950.0, "#câu lạc bộ") in got and (1.2, "#triệu lượt người") in got
    assert (950.0, "#câu") in _read("Phấn đấu đến năm 2026 có 950 câu lạc bộ thể thao.")


def test_visitors_of_tourism_are_khach():
    text = "Phấn đấu năm 2026 đón 3,1 triệu khách du lịch."
    assert _read(text, "split") == [(3.1, "#triệu khách")]
    assert _read(text) == [(3.1, "#triệu khách du")]
    # other overlapping words keep the word list's head ("tổ hợp tác", "căn nhà ở")
    assert _read("Mục tiêu đến năm 2030 có 80 tổ hợp tác, 900 căn nhà ở xã hội.", "split") == \
        [(80.0, "#tổ hợp tác"), (900.0, "#căn nhà")]


def test_a_counted_noun_per_year_as_written():
    text = "Phấn đấu giai đoạn 2026-2030 tổ chức 120 - 150 giải/năm."
    assert _read(text, "per") == [(120.0, "#giải/năm")]
    assert _read(text) == [(120.0, "#giải")]
    assert _read("Phấn đấu có thêm 30 câu lạc bộ/năm.", "terms+per") == [(30.0, "#câu lạc bộ/năm")]


def test_counted_abbreviations_of_bodies_only():
    text = "Mục tiêu đến năm 2028 có 60 HTX và 700 CLB hoạt động hiệu quả; 5 UBND xã được khen."
    got = _read(text, "caps")
    assert (60.0, "#HTX") in got and (700.0, "#CLB") in got
    assert "#UBND" not in [u for _, u in got]
    assert "#HTX" not in [u for _, u in _read(text)]


def test_multiples_in_a_range_or_after_bang():
    text = "Đến năm 2030, thu nhập bình quân bằng 1,8 lần so với năm 2025; doanh thu tăng 2 - 2,5 lần."
    assert _read(text, "times") == [(1.8, "#lần"), (2.0, "#lần")]
    assert _read(text) == []


def test_van_scale_and_bandwidth():
    text = "Phấn đấu sản lượng lương thực đạt 42,5 vạn tấn; tốc độ băng rộng cố định mục tiêu 120 Mb/s."
    got = _read(text, "van+speed")
    assert (42.5, "#vạn tấn") in got and (120.0, "#Mb/s") in got
    off = _read(text)
    assert (42.5, "#vạn tấn") not in off and (120.0, "#Mb/s") not in off
