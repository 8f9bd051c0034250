"""cd33 (session 32): gold goals of new sites (K1-K3, J) that never became candidates, third look. Option cd33
tokens: "over" (a count "… trở lên" makes its line a goal line), "bare" (the HDI and life expectancy set bare,
cd31's readings alone), "aim" ("nhằm thu hút …" makes its line a goal line), "colon" (a bulleted indicator and its
figure after a colon), "lift" ("nâng tổng số <term> lên N"). Wordings are written for these tests, not taken
from the corpus."""
from extractors.targets import _values
from extractors.train import SHIPPED


def _fix(tokens=""):
    o = SHIPPED
    pre = lambda k: "+".join(k + "_" + t for t in (o.get(k) or "").split("+") if t)
    return "+".join(filter(None, (o.get("cand_fix"), o.get("fj26b"), "un30" if o.get("un30") else None,
                                  pre("cd31"), pre("tc25"), pre("tg29"), pre("tg30"), pre("tg31"), pre("cd32"),
                                  "+".join("cd33_" + t for t in tokens.split("+") if t))))


def _read(text, tokens=""):
    return [(v, u) for _, _, v, u in _values(text, "goal_lines", _fix(tokens))]


def test_over_a_floor_line_is_a_goal_line():
    text = "Mỗi chi bộ kết nạp từ 3 đảng viên trở lên/năm."
    assert (3.0, "#đảng viên/năm") in _read(text, "over")
    assert not _read(text)
    text = "Các khu du lịch đón 400 nghìn lượt khách; lưu trú bình quân từ 2 đêm trở lên."
    assert (400.0, "#nghìn lượt khách") in _read(text, "over")
    assert (400.0, "#nghìn lượt khách") not in _read(text)


def test_over_needs_a_number_before_it():
    # "trở lên" with no figure before it in the clause names no floor
    text = "Cán bộ từ cấp phòng trở lên được tập huấn; huyện có 12 trạm y tế."
    assert not _read(text, "over")
    assert not _read("Huyện có 12 trạm y tế.", "over")


def test_bare_hdi_and_life_expectancy():
    text = "Đến năm 2030, chỉ số phát triển con người (HDI) đạt khoảng 0,72; tuổi thọ trung bình 75,2."
    got = _read(text, "bare")
    assert (0.72, "điểm") in got and (75.2, "#tuổi") in got
    assert (0.72, "điểm") not in _read(text) and (75.2, "#tuổi") not in _read(text)
    # a percentage or an age with its unit is read the usual way, once
    got = _read("Tuổi thọ bình quân đạt 74 tuổi; tỷ lệ tăng dân số 0,9%.", "bare")
    assert got.count((74.0, "#tuổi")) == 1
    assert not [u for v, u in _read("Tuổi thọ bình quân tăng 5 năm.", "bare") if u == "#tuổi"]


def test_aim_line_is_a_goal_line():
    text = "Năm nay huyện sẽ chi 20 tỷ đồng nhằm thu hút 300 nghìn lượt khách."
    assert (300.0, "#nghìn lượt khách") in _read(text, "aim")
    assert (300.0, "#nghìn lượt khách") not in _read(text)
    assert (300.0, "#nghìn lượt khách") not in _read("Năm qua tỉnh đón 300 nghìn lượt khách.", "aim")


def test_colon_indicator_item():
    text = "- Tốc độ truy cập mạng cố định: 80 Mb/s."
    assert (80.0, "#Mb/s") in _read(text, "colon")
    assert not _read(text)
    assert not _read("Tốc độ truy cập mạng cố định đạt 80 Mb/s.", "colon")


def test_lift_the_term_before_the_value():
    got = _read("Phấn đấu nâng số đơn vị cấp huyện đạt chuẩn lên 5/9.", "lift")
    assert (5.0, "#đơn vị cấp huyện") in got
    assert not _read("Phấn đấu nâng số đơn vị cấp huyện đạt chuẩn lên 5/9.")
    # a result ("đã nâng") and a value read where it stands are left as they are
    assert not _read("Năm 2023 tỉnh đã nâng tổng số hợp tác xã lên 120.", "lift")
    assert _read("Phấn đấu nâng số xã đạt chuẩn lên 40 xã.", "lift") == [(40.0, "#xã")]
    assert _read("Phấn đấu nâng tỷ lệ che phủ rừng lên 45%.", "lift") == [(45.0, "%")]


def test_money_forms_of_cd31():
    text = ("Phấn đấu thu ngân sách đến năm 2027 khoảng 9 nghìn tỉ đồng; vốn đầu tư từ 120 nghìn tỷ đến 150 nghìn tỷ "
            "đồng; thu nhập 70 triệu đồng/1 người/1 năm.")
    got = _read(text, "money")
    assert (9.0, "#nghìn tỉ đồng") in got and (120.0, "#nghìn tỷ đồng") in got
    assert (70.0, "#triệu đồng/1 người/1 năm") in got
    off = _read(text)
    assert (120.0, "#nghìn tỷ") in off and (70.0, "#triệu đồng") in off
    assert (35.0, "#giường bệnh/01 vạn dân") in _read("Mục tiêu đạt 35 giường bệnh/01 vạn dân.", "money")
    assert (35.0, "#giường bệnh") in _read("Mục tiêu đạt 35 giường bệnh/01 vạn dân.")


def test_scales_money_forms_without_the_range():
    text = ("Phấn đấu thu ngân sách đến năm 2027 khoảng 9 nghìn tỉ đồng; vốn đầu tư từ 120 nghìn tỷ đến 150 nghìn tỷ "
            "đồng; thu nhập 70 triệu đồng/1 người/1 năm.")
    got = _read(text, "scales")
    assert (9.0, "#nghìn tỉ đồng") in got and (70.0, "#triệu đồng/1 người/1 năm") in got
    assert (120.0, "#nghìn tỷ") in got and (120.0, "#nghìn tỷ đồng") not in got     # the range as off
    assert (35.0, "#giường bệnh/01 vạn dân") in _read("Mục tiêu đạt 35 giường bệnh/01 vạn dân.", "scales")
