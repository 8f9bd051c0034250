"""dl32 (option "dl32"): deadlines decided after the models, before and after dl31. Per value: "yearly" leaves
without a deadline a goal whose clause fronts a yearly phrase ("phấn đấu mỗi năm …", "Hằng năm, …"); "vision"
one dated by a year written only as what the place becomes ("đến năm 2045 là đô thị thông minh"); "frame" one
whose nearest year before it is a window opening its sentence ("Giai đoạn 2021-2025, phấn đấu …"). Per page:
"head" dates a headline's yearless goal by the one year of the body's goals; "sib" dates a yearless goal
between two goals of its sentence dated one year. Wordings written for these tests."""
import re

from extractors import deadline_features as dl
from extractors.targets import _dl32_page, _paragraphs
from extractors.textutil import Sentences
from extractors.types import Target
from tests.extractors.deadline_cands import value_context


def _decide(text: str, value: str, model_year, tokens: str = "yearly+vision", unit: str = "%"):
    c, years = value_context(text, value, unit, number_only=False)
    return dl.dl32_year(c, years, model_year, tokens.split("+"))


def test_a_fronted_yearly_phrase_leaves_no_deadline():
    t = ("Kế hoạch năm 2026 của huyện đã được ban hành. Bên cạnh đó, huyện phấn đấu mỗi năm vận động quỹ "
         "khuyến học đạt ít nhất 5 tỷ đồng.")
    assert _decide(t, "5 tỷ đồng", 2026) is None
    assert _decide(t, "5 tỷ đồng", 2026, "vision") == 2026      # off
    t = "Mục tiêu năm 2027 đã rõ. Hằng năm, toàn tỉnh trồng mới 1.200 ha rừng tập trung."
    assert _decide(t, "1.200 ha", 2027) is None


def test_a_yearly_word_after_the_value_or_a_year_of_its_own_is_left_alone():
    t = "Mục tiêu năm 2027: năng suất lao động hằng năm tăng 7%."       # in the predicate (R1): the lead's year
    assert _decide(t, "7%", 2027) == 2027
    t = "Tỉnh phấn đấu mỗi năm đến năm 2028 có thêm 12 xã đạt chuẩn."
    assert _decide(t, "12 xã", 2028) == 2028
    assert _decide(t, "12 xã", None) is None                    # a null stays null


def test_a_vision_year_is_no_deadline():
    t = ("Tỉnh hướng đến mục tiêu 2031 trở thành trung tâm công nghiệp, đến năm 2046 là đô thị xanh của vùng. "
         "Các chỉ tiêu chủ yếu: tỷ lệ người dân tham gia bảo hiểm y tế đạt 97%.")
    assert _decide(t, "97%", 2046, "vision") is None
    assert _decide(t, "97%", 2046, "yearly") == 2046                # off
    assert _decide(t, "97%", 2031, "vision") == 2031
    t = "Đến năm 2046 thành phố là đô thị xanh; đến năm 2046 tỷ lệ đô thị hóa đạt 75%."
    assert _decide(t, "75%", 2046, "vision") == 2046                # written as a deadline too
    t = "Đến năm 2046 là 30 khu công nghiệp; tỷ lệ lấp đầy đạt 75%."
    assert _decide(t, "75%", 2046, "vision") == 2046                # a value after "là": a goal's deadline
    t = "Tỉnh phấn đấu đến năm 2027, sẽ thành lập mới 40 hợp tác xã; có 60% hợp tác xã làm ăn có lãi."
    assert _decide(t, "60%", 2027, "vision") == 2027


def test_goals_under_a_window_opening_their_sentence_have_no_deadline():
    t = ("Đến năm 2027, tỉnh có 85% số xã đạt chuẩn nông thôn mới.\nGiai đoạn 2023-2027, phấn đấu 3 huyện đạt chuẩn. "
         "Cùng với đó, phấn đấu ít nhất 20% số huyện đạt chuẩn nâng cao.")
    assert _decide(t, "20%", 2027, "frame") is None
    assert _decide(t, "3 huyện", 2027, "frame") is None
    assert _decide(t, "20%", 2027, "yearly+vision") == 2027        # off
    assert _decide(t, "85%", 2027, "frame") == 2027


def test_a_window_inside_the_sentence_or_a_year_after_the_value_is_no_frame():
    t = "Tỉnh phấn đấu tăng trưởng bình quân giai đoạn 2023-2027 đạt 8%; tỷ lệ đô thị hóa đạt 45%."
    assert _decide(t, "45%", 2027, "frame") == 2027
    t = "Giai đoạn 2023-2027, phấn đấu có thêm 3 huyện đạt chuẩn vào năm 2027."
    assert _decide(t, "3 huyện", 2027, "frame") == 2027


def _page(text: str, items: list, tokens: str):
    out, starts = [], []
    for value, unit, year in items:
        start = text.index(value)
        sent = Sentences(text).bounds(start)
        out.append(Target(value=float(re.match(r"[\d.,]+", value).group().replace(".", "").replace(",", ".")), unit=unit, subject="", deadline_year=year,
                          sentence=" ".join(text[sent[0]:sent[1]].split())))
        starts.append(start)
    kept = _dl32_page(text, _paragraphs(text), dl.year_mentions(text), out, starts, tokens.split("+"))
    return [out[i].deadline_year for i in kept]


def test_a_headline_goal_takes_the_body_year():
    t = ("Tỉnh phấn đấu giảm tỷ lệ hộ nghèo 1,5%\n\nĐể năm 2027 hoàn thành các mục tiêu, tỉnh phấn đấu 100% người "
         "nghèo được cấp thẻ bảo hiểm y tế; hỗ trợ 900 hộ nghèo về nhà ở.\n")
    items = [("1,5%", "%", None), ("100%", "%", 2027), ("900 hộ", "hộ", 2027)]
    assert _page(t, items, "head") == [2027, 2027, 2027]
    assert _page(t, items, "sib") == [None, 2027, 2027]         # off
    assert _page(t, items[:2], "head") == [None, 2027]             # one dated goal in the body: left alone
    items = [("1,5%", "%/năm", None), ("100%", "%", 2027), ("900 hộ", "hộ", 2027)]
    assert _page(t, items, "head") == [None, 2027, 2027]        # a yearly unit: left alone


def test_a_headline_goal_keeps_null_under_two_body_years_and_its_dated_copy_is_dropped():
    t = ("Huyện đặt mục tiêu có thêm 12 xã nông thôn mới\n\nĐến năm 2026 có thêm 12 xã đạt chuẩn nông thôn mới; "
         "đến năm 2030 có 90% số xã đạt chuẩn.\n")
    items = [("12 xã", "xã", None), ("12 xã đạt", "xã", 2026), ("90%", "%", 2030)]
    assert _page(t, items, "head") == [None, 2026, 2030]
    items = [("12 xã", "xã", None), ("12 xã đạt", "xã", 2026), ("90%", "%", 2026)]
    assert _page(t, items, "head") == [2026, 2026]              # the headline's copy of the body's goal


def test_a_goal_between_two_siblings_of_one_year():
    t = ("Năm 2027 ngành nông nghiệp phấn đấu sản lượng lương thực đạt 52 vạn tấn; giá trị thu trên 1 ha đạt "
         "120 triệu đồng; tỷ lệ che phủ rừng đạt 58%.")
    items = [("52 vạn tấn", "vạn tấn", 2027), ("120 triệu", "triệu đồng", None), ("58%", "%", 2027)]
    assert _page(t, items, "sib") == [2027, 2027, 2027]
    assert _page(t, items, "head") == [2027, None, 2027]        # off
    items = [("52 vạn tấn", "vạn tấn", 2027), ("120 triệu", "triệu đồng", None), ("58%", "%", 2030)]
    assert _page(t, items, "sib") == [2027, None, 2030]         # two years: left alone
    items = [("52 vạn tấn", "vạn tấn", 2027), ("120 triệu", "triệu đồng/năm", None), ("58%", "%", 2027)]
    assert _page(t, items, "sib") == [2027, None, 2027]         # a yearly unit: left alone


def test_a_sibling_with_a_year_between_is_left_alone():
    t = ("Tỉnh phấn đấu đến năm 2027 sản lượng đạt 52 vạn tấn; giai đoạn 2026-2030 bình quân thu 120 triệu "
         "đồng; đến năm 2027 che phủ rừng đạt 58%.")
    items = [("52 vạn tấn", "vạn tấn", 2027), ("120 triệu", "triệu đồng", None), ("58%", "%", 2027)]
    assert _page(t, items, "sib") == [2027, None, 2027]


def test_unknown_token():
    import pytest
    with pytest.raises(ValueError):
        _page("Tỉnh đạt 5%.", [("5%", "%", None)], "nope")


def test_end_to_end_on_and_off():
    import copy
    from extractors.facts import extract_facts
    from extractors.models import shipped
    m = shipped()
    on, off = copy.copy(m), copy.copy(m)
    on.options = {**m.options, "dl32": "yearly+vision+head+sib"}
    off.options = {k: v for k, v in m.options.items() if k != "dl32"}
    t = ("Năm 2027, huyện phấn đấu thu ngân sách đạt 600 tỷ đồng. Bên cạnh đó, huyện phấn đấu mỗi năm vận động "
         "quỹ vì người nghèo đạt ít nhất 3 tỷ đồng.")
    on_ = {x.value: x.deadline_year for x in extract_facts(t, models=on).targets}
    off_ = {x.value: x.deadline_year for x in extract_facts(t, models=off).targets}
    assert set(on_) == set(off_) and on_[600.0] == off_[600.0] == 2027
    assert off_[3.0] == 2027 and on_[3.0] is None               # yearly
    t = ("Tỉnh hướng đến mục tiêu 2031 trở thành trung tâm công nghiệp, đến năm 2046 là đô thị xanh của vùng. "
         "Các chỉ tiêu chủ yếu: tỷ lệ người dân tham gia bảo hiểm y tế đạt 97%.")
    assert [x.deadline_year for x in extract_facts(t, models=off).targets] == [2046]
    assert [x.deadline_year for x in extract_facts(t, models=on).targets] == [None]     # vision
