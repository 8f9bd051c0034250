"""fp33 (session 32): false goals the goal decision keeps on new sites, fifth look, dropped after it.
Option fp33 tokens: "close" (a sentence opened by "Đến hết / cuối năm Y," whose page goes on to a later aim),
"dateline" (fp30's result openers after a news dateline "(ABC) - "), "rank" (a figure followed by its rank),
"after" (figures of goal-free sentences the next sentence calls results), "pop" (a population forecast), "at" (a
count of places after "tại / ở" that its clause follows with its own figure), "headcopy" (a headline's goal the
body holds in another unit of the same head word; targets._fp33_head_copies). Wordings are written for these
tests, not taken from the corpus."""
import pytest

from extractors.false_goals import FP33_TOKENS, fp33_drop
from extractors.targets import _fp33_head_copies, _paragraphs
from extractors.types import Target

ALL = "+".join(FP33_TOKENS)


def _why(text, written, unit, toks=ALL, nth=0):
    """fp33's drop reason for the value written as `written` (its nth writing) with this unit, or None."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(written, start + 1)
    return fp33_drop(text, start, start + len(written), unit, toks)


def test_a_years_close_followed_by_a_later_aim():
    text = ("Phong trào được nhân dân đồng tình. Đến hết năm 2021, toàn huyện có 14 xã đạt chuẩn nông thôn mới, "
            "vượt chỉ tiêu đề ra. Huyện phấn đấu đến hết năm 2022 công nhận thêm 3 xã.")
    assert _why(text, "14 xã", "xã") == "close"
    assert _why(text, "14 xã", "xã", "dateline+rank") is None             # off without its token
    text = ("Đến cuối năm 2023, thị xã có 7/10 phường đạt chuẩn văn minh đô thị; thu nhập bình quân đạt 70 triệu "
            "đồng. Trong 5 năm tới, thị xã tiếp tục khai thác mọi tiềm năng.")
    assert _why(text, "7/10 phường", "phường") == "close"
    # the same opener leading a list of goals with no later aim after it stays
    text = ("Tỉnh phấn đấu đến hết năm 2026, 100% hồ sơ được xử lý trực tuyến. Đến hết năm 2027, có 80% dịch vụ "
            "công được cung cấp ở mức toàn trình; tối thiểu 90% người dân hài lòng.")
    assert _why(text, "80%", "%") is None
    # a goal word between the opener and the value keeps it
    text = ("Đến hết năm 2027, tỉnh phấn đấu có 40 xã đạt chuẩn nông thôn mới nâng cao. Kế hoạch đến năm 2030 "
            "là 60 xã.")
    assert _why(text, "40 xã", "xã") is None


def test_a_result_opener_after_a_dateline():
    text = ("(NB) - Kết thúc năm 2023, số người tập luyện thể thao thường xuyên toàn tỉnh đạt tỷ lệ 36,2% dân số, "
            "tăng 1,1% so với năm 2022.")
    assert _why(text, "36,2%", "%") == "dateline"
    assert _why(text, "36,2%", "%", "close+rank") is None
    text = "(QT) - Theo báo cáo của Sở Công Thương, kim ngạch xuất khẩu năm 2023 đạt 950 triệu USD."
    assert _why(text, "950 triệu USD", "triệu USD") == "dateline"
    # a dateline before a goal stays
    text = "(NB) - Năm 2025, tỉnh phấn đấu tỷ lệ người tập luyện thể thao thường xuyên đạt 40% dân số."
    assert _why(text, "40%", "%") is None


def test_a_figure_with_its_rank():
    text = "Năm qua, tốc độ tăng trưởng kinh tế của tỉnh đạt 9,12%, đứng thứ 4 cả nước và thứ nhất vùng."
    assert _why(text, "9,12%", "%") == "rank"
    text = "Chỉ số PCI năm 2023 đạt 68,5 điểm, xếp thứ 7 toàn quốc."
    assert _why(text, "68,5 điểm", "điểm") == "rank"
    assert _why(text, "68,5 điểm", "điểm", "close+after") is None
    # a goal to reach a rank stays
    text = "Tỉnh phấn đấu tăng trưởng đạt 10%, đứng thứ nhất khu vực vào năm 2027."
    assert _why(text, "10%", "%") is None


def test_results_named_by_the_next_sentence():
    text = ("Sau 10 năm, diện mạo nông thôn đổi mới, thu nhập bình quân đạt 58 triệu đồng/người/năm. Tỷ lệ hộ "
            "nghèo toàn huyện còn 2,4%. Phát huy kết quả đạt được, năm 2026 huyện phấn đấu có thêm 2 xã đạt chuẩn.")
    assert _why(text, "2,4%", "%") == "after"
    assert _why(text, "58 triệu đồng/người/năm", "triệu đồng/người/năm") == "after"
    assert _why(text, "2,4%", "%", "close+rank") is None
    # the goal the cue opens stays
    assert _why(text, "2 xã", "xã") is None
    # a goal sentence before the cue stays
    text = ("Huyện phấn đấu tỷ lệ hộ nghèo còn dưới 2%. Với những kết quả trên, huyện tin tưởng hoàn thành kế "
            "hoạch.")
    assert _why(text, "2%", "%") is None


def test_a_population_forecast():
    text = "Đến năm 2035, đô thị trung tâm có quy mô dân số dự kiến khoảng 450 nghìn người."
    assert _why(text, "450 nghìn người", "nghìn người") == "pop"
    assert _why(text, "450 nghìn người", "nghìn người", "close+at") is None
    # a population aim set as a goal stays
    text = "Thành phố đặt mục tiêu dân số trung bình đạt 2,1 triệu người vào năm 2030."
    assert _why(text, "2,1 triệu người", "triệu người") is None


def test_a_count_of_places_its_clause_measures():
    text = "Diện tích trồng mới cây ăn quả giai đoạn 2026-2030 tại 4 huyện phía Bắc khoảng 12 nghìn ha."
    assert _why(text, "4 huyện", "huyện") == "at"
    assert _why(text, "4 huyện", "huyện", "close+pop") is None
    # the measured figure itself and a plain location stay
    assert _why(text, "12 nghìn ha", "nghìn ha") is None
    text = "Năm 2027, tỉnh xây dựng nhà văn hóa tại 20 xã đặc biệt khó khăn."
    assert _why(text, "20 xã", "xã") is None


def test_unknown_tokens():
    with pytest.raises(ValueError):
        fp33_drop("Năm 2027 đạt 5%.", 12, 14, "%", "nope")


def _copies(text, goals):
    """goals: (written, value, unit, year): the kept indices of _fp33_head_copies."""
    out = [Target(value=v, unit=u, subject="", deadline_year=y) for _, v, u, y in goals]
    starts = [text.index(w) for w, *_ in goals]
    return _fp33_head_copies(text, _paragraphs(text), out, starts)


def test_a_headline_copy_in_another_unit():
    text = ("Tỉnh đặt mục tiêu 25.000 tỷ doanh thu du lịch\n\nTheo kế hoạch, đến năm 2030 tổng thu từ khách du lịch "
            "đạt 25.000 tỷ đồng; đón 9 triệu lượt khách.")
    goals = [("25.000 tỷ doanh", 25000, "tỷ doanh thu", 2030), ("25.000 tỷ đồng", 25000, "tỷ đồng", 2030),
             ("9 triệu", 9, "triệu lượt khách", 2030)]
    assert _copies(text, goals) == [1, 2]
    # the headline's yearly unit is the goal's: the body's shorter writing goes
    text = ("Huyện giảm tỷ lệ hộ nghèo 2%/năm\n\nCác chỉ tiêu chủ yếu gồm: tỷ lệ hộ nghèo giảm mỗi năm 2%; thu ngân "
            "sách đạt 60 tỷ đồng.")
    goals = [("2%/năm", 2, "%/năm", None), ("2%;", 2, "%", None), ("60 tỷ", 60, "tỷ đồng", None)]
    assert _copies(text, goals) == [0, 2]
    # two body goals of one value in "%" and "%/năm" are two goals
    text = ("Kế hoạch năm 2027 của tỉnh\n\nTỷ lệ đô thị hóa đạt 7%; kim ngạch xuất khẩu tăng 7%/năm trong cả "
            "giai đoạn.")
    goals = [("7%;", 7, "%", 2027), ("7%/năm", 7, "%/năm", None)]
    assert _copies(text, goals) == [0, 1]
