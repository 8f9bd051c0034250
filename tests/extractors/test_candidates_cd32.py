"""cd32 (session 31): gold goals of new sites (K1-K3, J) that never became candidates. Option cd32 tokens:
"words" ("một" before a counted term is the number 1) and "window" (a line naming a multi-year window is a goal
line for the counted nouns). Wordings are written for these tests, not taken from the corpus."""
from extractors.targets import _values
from extractors.train import SHIPPED


def _fix(tokens=""):
    o = SHIPPED
    pre = lambda k: "+".join(k + "_" + t for t in (o.get(k) or "").split("+") if t)
    return "+".join(filter(None, (o.get("cand_fix"), o.get("fj26b"), "un30" if o.get("un30") else None,
                                  pre("cd31"), pre("tc25"), pre("tg29"), pre("tg30"), pre("tg31"),
                                  "+".join("cd32_" + t for t in tokens.split("+") if t))))


def _read(text, tokens=""):
    return [(v, u) for _, _, v, u in _values(text, "goal_lines", _fix(tokens))]


def test_one_in_words_before_a_counted_term():
    text = "Phấn đấu đến năm 2027 có một khu du lịch cấp tỉnh và một đơn vị cấp huyện đạt chuẩn nông thôn mới."
    got = _read(text, "words")
    assert (1.0, "#khu du lịch") in got and (1.0, "#đơn vị cấp huyện") in got
    assert not [v for v, _ in _read(text) if v == 1.0]
    text = "Mục tiêu đến năm 2030 đón 50 nghìn lượt khách quốc tế và một triệu lượt khách trong nước."
    assert (1.0, "#triệu lượt khách") in _read(text, "words")
    assert (1.0, "#triệu lượt khách") not in _read(text)
    text = "Tỉnh phấn đấu có từ một đơn vị cấp huyện trở lên đạt chuẩn kiểu mẫu; nâng cấp một điểm bán hàng hiện có."
    got = _read(text, "words")
    assert (1.0, "#đơn vị cấp huyện") in got and (1.0, "#điểm bán hàng") in got


def test_one_as_an_article_a_name_or_money_stays_unread():
    for text in ("Phấn đấu đến năm 2027 huyện trở thành một khu du lịch trọng điểm.",
                 "Mục tiêu đến năm 2026 Đà Lạt là một đô thị du lịch xanh.",
                 "Kế hoạch thực hiện Chương trình Mỗi xã một sản phẩm đến năm 2025.",
                 "Phấn đấu hỗ trợ một triệu đồng cho mỗi hộ.",
                 "Phấn đấu đến năm 2028 hợp tác với một doanh nghiệp của Nhật Bản."):
        assert not [v for v, _ in _read(text, "words") if v == 1.0], text
    # "ít nhất một huyện" is WORD_COUNT_RE's, read once
    got = _read("Phấn đấu có ít nhất một huyện đạt chuẩn nông thôn mới.", "words")
    assert got.count((1.0, "#huyện")) == 1


def test_one_off_a_goal_line_stays_unread():
    assert not _read("Năm ngoái tỉnh có một khu du lịch được công nhận.", "words")


def test_a_window_line_is_a_goal_line():
    text = "Diện tích trồng mới cây ăn quả giai đoạn 2026 - 2030 khoảng 12 nghìn ha, trong đó 4.000 ha cây có múi."
    got = _read(text, "window")
    assert (12.0, "#nghìn ha") in got and (4000.0, "#ha") in got
    assert not _read(text)
    # a year alone names no window
    assert not _read("Năm 2029 diện tích cây ăn quả khoảng 12 nghìn ha.", "window")


def test_a_title_cased_term_read_in_lower_case():
    text = "Mục tiêu đến năm 2030 có 12 Liên hiệp hợp tác xã và phát triển thêm 2 Điểm du lịch cấp tỉnh."
    got = _read(text, "title")
    assert (12.0, "#liên hiệp hợp tác xã") in got and (2.0, "#điểm du lịch") in got
    assert not _read(text)


def test_title_cased_names_and_scales_stay_unread():
    for text in ("Phấn đấu đến năm 2030 có 12 Giáo dục.", "Mục tiêu đến năm 2026 có 14 Bạc Liêu.",
                 "Phấn đấu phê duyệt quy hoạch tỷ lệ 1/500 Cụm công nghiệp Tân Phú.",
                 "Mục tiêu đến năm 2030 theo Điều 5 Luật Hợp tác xã."):
        assert not _read(text, "title"), text
