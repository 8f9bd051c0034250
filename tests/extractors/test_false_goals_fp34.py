"""fp34 (session 33): false goals the goal decision keeps on new sites, sixth look, dropped after it.
Option fp34 tokens: "verdict" (a figure its clause then sets against a plan: ", đạt chỉ tiêu … đề ra", ", vượt kế
hoạch", ", dù chưa đạt mục tiêu"), "achieved" (a figure after a lead saying the aims were met or naming what was
achieved), "pivot" (a figure of a sentence with no intent and no year right before a sentence turning to what comes
next: "Trong 5 năm tới, …", "Thời gian tới, …"). Wordings are written for these tests, not taken from the corpus."""
import pytest

from extractors.false_goals import FP34_TOKENS, fp34_drop

ALL = "+".join(FP34_TOKENS)


def _why(text, written, unit, toks=ALL, nth=0):
    """fp34's drop reason for the value written as `written` (its nth writing) with this unit, or None."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(written, start + 1)
    return fp34_drop(text, start, start + len(written), unit, toks)


def test_a_figure_judged_against_its_plan():
    text = ("Ước đến hết năm 2026, tỷ lệ hộ nghèo của huyện giảm còn 3,2%, đạt chỉ tiêu Nghị quyết đề ra; số xã "
            "đạt chuẩn tăng thêm 2 xã.")
    assert _why(text, "3,2%", "%") == "verdict"
    assert _why(text, "3,2%", "%", "achieved+pivot") is None             # off without its token
    text = "Năm 2025, thu nhập bình quân đầu người đạt 62 triệu đồng, dù chưa đạt mục tiêu 65 triệu đồng."
    assert _why(text, "62 triệu đồng", "triệu đồng") == "verdict"
    text = "Kim ngạch xuất khẩu cả năm đạt 1.250 triệu USD, vượt kế hoạch; thu ngân sách tăng mạnh."
    assert _why(text, "1.250 triệu USD", "triệu USD") == "verdict"
    text = "Tổng vốn đầu tư toàn xã hội ước đạt 21.000 tỷ đồng, bằng 104% kế hoạch năm."
    assert _why(text, "21.000 tỷ đồng", "tỷ đồng") == "verdict"


def test_a_goal_said_to_exceed_a_plan_stays():
    # an intent word before the figure: the goal itself, set above another body's
    text = "Thành phố phấn đấu tốc độ tăng trưởng đạt 10%, vượt mục tiêu Trung ương giao."
    assert _why(text, "10%", "%") is None
    text = "Mục tiêu đến năm 2030, tỷ lệ đô thị hóa đạt 55%, cao hơn bình quân cả nước."
    assert _why(text, "55%", "%") is None
    # a verdict far from the figure, or after a new clause, is not read
    text = "Năm 2027, tỷ lệ che phủ rừng đạt 48%; các chỉ tiêu khác đều đạt kế hoạch."
    assert _why(text, "48%", "%") is None


def test_figures_after_a_lead_of_results():
    text = ("Nhiệm kỳ qua, huyện đã đạt được nhiều thành tựu quan trọng: tỷ lệ trường đạt chuẩn quốc gia đạt 80%, "
            "thu ngân sách tăng 12%/năm.")
    assert _why(text, "80%", "%") == "achieved"
    assert _why(text, "80%", "%", "verdict+pivot") is None
    text = ("Đến nay, mục tiêu này đã được ngành y tế tỉnh hoàn thành xuất sắc. Theo đó, số bác sĩ đạt 12 bác "
            "sĩ/vạn dân, số giường bệnh đạt 33 giường/vạn dân.")
    assert _why(text, "12 bác sĩ/vạn dân", "bác sĩ/vạn dân") == "achieved"
    text = ("Trong nhiệm kỳ vừa qua, thị xã duy trì tốc độ tăng trưởng khá. Quy mô kinh tế đạt 18.500 tỷ đồng, gấp "
            "1,6 lần đầu nhiệm kỳ.")
    assert _why(text, "18.500 tỷ đồng", "tỷ đồng") == "achieved"


def test_goals_after_a_lead_of_results_stay():
    # results carried on: a goal's lead
    text = "Phát huy những thành tựu đã đạt được, đến năm 2030 tỷ lệ trường đạt chuẩn quốc gia đạt 90%."
    assert _why(text, "90%", "%") is None
    # an intent word after the lead's clause
    text = ("Năm 2025, huyện đã đạt được nhiều kết quả quan trọng. Năm 2026, huyện phấn đấu thu ngân sách đạt "
            "450 tỷ đồng.")
    assert _why(text, "450 tỷ đồng", "tỷ đồng") is None
    # a pledge to carry out the year's aims "thắng lợi" is no result
    text = ("Với quyết tâm thực hiện thắng lợi các mục tiêu năm 2026, huyện cam kết đạt và vượt 9 nội dung. Cụ "
            "thể: tỷ lệ giải ngân vốn đầu tư công đạt 100%.")
    assert _why(text, "100%", "%") is None
    # a unit assigned to complete a figure ("được giao hoàn thành") is no result
    text = "Giai đoạn 2026-2030, tỉnh được giao hoàn thành hơn 20 nghìn căn nhà ở xã hội."
    assert _why(text, "20 nghìn căn", "nghìn căn") is None


def test_figures_before_a_turn_to_what_comes_next():
    text = ("Thu nhập bình quân đạt khoảng 61 triệu đồng/năm; tỷ lệ hộ nghèo còn 2,5%. Trong 5 năm tới, huyện "
            "tiếp tục khai thác mọi tiềm năng.")
    assert _why(text, "2,5%", "%") == "pivot"
    assert _why(text, "2,5%", "%", "verdict+achieved") is None
    text = "Số xã đạt chuẩn nông thôn mới là 40 xã. Thời gian tới, huyện tập trung nâng chất các tiêu chí."
    assert _why(text, "40 xã", "xã") == "pivot"


def test_goals_before_a_turn_stay():
    # a year in the figure's sentence: a dated aim
    text = "Đến năm 2030, tỷ lệ đô thị hóa đạt 45%. Trong thời gian tới, tỉnh tập trung các giải pháp."
    assert _why(text, "45%", "%") is None
    # an intent word
    text = "Tỉnh phấn đấu tỷ lệ che phủ rừng đạt 47%. Thời gian tới, các ngành tăng cường kiểm tra."
    assert _why(text, "47%", "%") is None
    # "trong năm tới" (the coming year) is no turn to the longer run
    text = "Tỷ lệ người dân có chữ ký số đạt 50%. Trong năm tới, tỉnh tiếp tục triển khai chương trình."
    assert _why(text, "50%", "%") is None
    # the turn too far after the figure
    text = ("Tỷ lệ hộ nghèo còn 2,5%, " + "các chương trình an sinh được triển khai đồng bộ ở các địa bàn, " * 4 +
            "Thời gian tới, huyện tiếp tục.")
    assert _why(text, "2,5%", "%") is None


def test_unknown_token():
    with pytest.raises(ValueError):
        fp34_drop("Tỷ lệ đạt 5%.", 10, 12, "%", "verdict+nope")


def test_a_past_terms_lead_in_a_longer_sentence():
    # the lead's clause alone is read for intent: an earlier clause of its sentence may praise the effort
    text = ("Với tinh thần trách nhiệm, phát huy tiềm năng, toàn Đảng bộ đã lãnh đạo thực hiện các mục tiêu nhiệm kỳ "
            "trước đề ra. Giá trị sản xuất nhiệm kỳ tăng 8,4%. Thu nhập bình quân đầu người đạt 70 triệu đồng/năm.")
    assert _why(text, "8,4%", "%") == "achieved"
    assert _why(text, "70 triệu đồng/năm", "triệu đồng/năm") == "achieved"
    # items of the sentence before the turn, a semicolon between
    text = ("Thu nhập bình quân đạt khoảng 61 triệu đồng/năm; tỷ lệ hộ nghèo còn 2,5%. Trong 5 năm tới, huyện "
            "tiếp tục khai thác mọi tiềm năng.")
    assert _why(text, "61 triệu đồng/năm", "triệu đồng/năm") == "pivot"


def test_figures_after_a_figure_judged_against_its_plan():
    text = ("Tăng trưởng kinh tế năm 2026 của huyện ước đạt 8,2%, vượt mục tiêu đề ra. Quy mô kinh tế đạt khoảng "
            "21.000 tỷ đồng, tăng 10% so với năm trước.")
    assert _why(text, "21.000 tỷ đồng", "tỷ đồng", "surpass") == "surpass"
    assert _why(text, "21.000 tỷ đồng", "tỷ đồng", "verdict+achieved+pivot") is None
    text = ("Thu nhập bình quân đạt 90 triệu đồng, dù chưa đạt mục tiêu 95 triệu đồng đề ra. Cơ cấu kinh tế chuyển "
            "dịch đúng hướng, tỷ trọng công nghiệp và dịch vụ chiếm trên 88%.")
    assert _why(text, "88%", "%", "surpass") == "surpass"
    # a goal judged against another plan, then goals: intent in the lead's clause or before the figure keeps them
    text = "Huyện phấn đấu tăng trưởng đạt 9%, vượt mục tiêu đề ra. Thu ngân sách đạt 500 tỷ đồng."
    assert _why(text, "500 tỷ đồng", "tỷ đồng", "surpass") is None
    text = "Năm 2026 tăng trưởng ước đạt 7%, đạt kế hoạch. Năm 2027, tỉnh phấn đấu tăng trưởng 8,5%."
    assert _why(text, "8,5%", "%", "surpass") is None
