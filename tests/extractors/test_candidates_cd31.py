"""cd31 (session 23): goals that never became candidates because the value reading did not read their
number, unit or form. Option cd31 tokens: "forms" (money "nghìn tỉ", a money range repeating its scale,
a per-unit written with its one, a multiple written as a range, a rate per "01 vạn dân", the HDI and
life expectancy written bare), "caps" (a counted abbreviation: "HTX"), "terms" ("cụm công nghiệp",
"đoạn đường"), "lines" (a line saying what will be done names a plan). Wordings are written for these
tests, not taken from the corpus."""
from extractors.targets import _values

BASE = "nouns+permille+abbr+ti+measures+scaled+per_words+averages+ages+un30"


def _read(text, tokens=""):
    fix = BASE + "".join("+cd31_" + t for t in tokens.split("+") if t)
    return [(v, u) for _, _, v, u in _values(text, "goal_lines", fix)]


def test_money_in_nghin_ti_and_a_range_repeating_its_scale():
    text = "Mục tiêu: thu ngân sách khoảng 14 nghìn tỉ đồng; vốn đầu tư đạt từ 210 nghìn tỷ đến 260 nghìn tỷ đồng."
    assert _read(text, "forms") == [(14.0, "#nghìn tỉ đồng"), (210.0, "#nghìn tỷ đồng")]
    # off: "nghìn tỉ" is not read and the range yields its upper bound's unit only
    assert _read(text) == [(210.0, "#nghìn tỷ"), (260.0, "#nghìn tỷ đồng")]


def test_money_without_a_currency_is_still_no_money():
    text = "Phấn đấu đến năm 2030 có 120 nghìn tỷ đến 150 nghìn tỷ tiền gửi."
    assert not [u for _, u in _read(text, "forms") if u.endswith("đồng")]


def test_per_unit_written_with_its_one():
    text = "Phấn đấu thu nhập bình quân đạt 95 triệu đồng/1 người/1 năm."
    assert _read(text, "forms") == [(95.0, "#triệu đồng/1 người/1 năm")]
    assert _read(text) == [(95.0, "#triệu đồng")]


def test_a_multiple_written_as_a_range_gives_its_lower_bound():
    text = "Đến năm 2030, doanh thu du lịch tăng 2,5-3 lần so với năm 2025."
    assert _read(text, "forms") == [(2.5, "#lần")]
    assert _read(text) == []
    # an ordinal "lần thứ" is no multiple
    assert _read("Đại hội lần thứ 2 đến 3 lần thứ tư.", "forms") == []


def test_rate_per_01_van_dan():
    text = "Mục tiêu năm 2027: số bác sĩ đạt 12,5 bác sĩ/01 vạn dân."
    assert _read(text, "forms") == [(12.5, "#bác sĩ/01 vạn dân")]


def test_hdi_written_bare_is_points():
    text = "Mục tiêu đến năm 2030: chỉ số phát triển con người (HDI) phấn đấu đạt tối thiểu 0,79; HDI đạt 0,81."
    assert _read(text, "forms") == [(0.79, "điểm"), (0.81, "điểm")]
    assert _read(text) == []


def test_hdi_as_a_share_or_with_its_unit_is_not_read_again():
    text = "Phấn đấu chỉ số phát triển con người tăng 0,5% mỗi năm; HDI đạt 0,8 điểm."
    assert _read(text, "forms") == [(0.5, "%"), (0.8, "điểm")]


def test_life_expectancy_written_bare_is_years_of_age():
    text = "Mục tiêu đến năm 2030: tuổi thọ bình quân 77,2; tỷ lệ hộ nghèo giảm 1%/năm."
    assert (77.2, "#tuổi") in _read(text, "forms")
    assert (77.2, "#tuổi") not in _read(text)


def test_life_expectancy_of_a_building_or_a_year_is_no_age():
    text = "Phấn đấu tuổi thọ công trình đạt 50 năm; tuổi thọ bình quân năm 2030 tăng lên."
    assert not [u for _, u in _read(text, "forms") if u == "#tuổi"]


def test_counted_abbreviation_in_capitals():
    text = "Phấn đấu đến năm 2030 mỗi xã có ít nhất 2 HTX và toàn tỉnh có 40 THT."
    assert _read(text, "caps") == [(2.0, "#HTX"), (40.0, "#THT")]
    assert _read(text) == []


def test_a_capitalised_word_or_a_long_capital_name_is_no_unit():
    text = "Phấn đấu đến năm 2030 ban hành 3 Nghị quyết và 2 VIETNAMESE."
    assert _read(text, "caps") == []


def test_terms_read_whole():
    text = "Phấn đấu đến năm 2030 thành lập 12 cụm công nghiệp, sửa chữa 05 đoạn đường và 3 cụm dân cư."
    assert _read(text, "terms") == [(12.0, "#cụm công nghiệp"), (5.0, "#đoạn đường"), (3.0, "#cụm")]
    assert _read(text) == [(12.0, "#cụm"), (5.0, "#đoạn"), (3.0, "#cụm")]


def test_a_line_saying_what_will_be_done_names_a_plan():
    text = "Năm tới, huyện sẽ xây dựng 14 trạm y tế; dự kiến đào tạo 6.000 lao động.\n\nNăm ngoái huyện xây dựng 9 trạm y tế."
    assert _read(text, "lines") == [(14.0, "#trạm"), (6000.0, "#lao động")]
    assert _read(text) == []

