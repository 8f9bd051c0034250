"""gr32 (session 31, option gr32, tokens): true goals the goal model rejects, accepted after the model. A value the
model rejects with a middling probability (target_features.GR32_BAND to 0.5) is kept at 0.51 (the vetoes and drops
still read it) when: "sent", its sentence sets goals before its first value and another of its values is kept, with
no past or result wording; "run", it is an item of a run of one unit (";", ",", "và", inline dashes) with a kept item
and no item under the band; "twin", a kept value of its sentence with its unit has the same word before it; "line",
its short line (a headline, caption or item) holds a forward cue before it and no past wording; "due", it is an item
after a year lead ending in a colon ("- Đến năm 2030: …; …"); "dash", an indicator item "- <label>: X" of a run of
three or more of one unit with a kept item (read down to GR32_DASH_BAND).
Wordings written for these tests, not taken from the corpus."""
import pytest

from extractors import target_features as tf
from extractors.targets import Sentences, find_targets
from tests.extractors.goal_only import flat, goal_only

BASE = {"units": "goal_lines", "cand_fix": "nouns+scaled"}


class _Strive:
    """A goal model that keeps a value with "(phấn) đấu" among the words before it and gives the others `low`."""
    weights: dict = {}

    def __init__(self, low: float):
        self.low = low

    def prob(self, f) -> float:
        return 0.9 if f.get("b:dau") else self.low


def _values(t: str, models, gr32: str | None) -> set:
    opts = {**BASE, **({"gr32": gr32} if gr32 else {})}
    return {(x.value, x.unit) for x in find_targets(t, models=models, options=opts)}


def _sent(t: str, value: str, first: str) -> bool:
    start = t.index(value)
    end = start + len(value)
    return tf.gr32_sent(t, Sentences(t).bounds(start), start, end, t.index(first))


def test_goal_sentences():
    t = "Năm 2027, huyện đặt mục tiêu thu ngân sách 420 tỷ đồng, tạo việc làm cho 2.600 lao động."
    assert _sent(t, "2.600 lao động", "420")
    t = "Kế hoạch năm 2028 nêu rõ: đón 900 nghìn lượt khách và doanh thu du lịch 1.500 tỷ đồng."
    assert _sent(t, "1.500 tỷ đồng", "900")


def test_result_sentences_and_changes_are_not_goal_sentences():
    t = "Năm 2024, huyện đã thu ngân sách 380 tỷ đồng, tạo việc làm cho 2.100 lao động."
    assert not _sent(t, "2.100 lao động", "380")                   # no goal wording before the first value
    t = "Mục tiêu năm 2024 là 400 tỷ đồng, kết quả thu ngân sách được 380 tỷ đồng."
    assert not _sent(t, "380 tỷ đồng", "400")                      # a result wording in the sentence
    t = "Phấn đấu đến năm 2028 quy mô kinh tế đạt 90.000 tỷ đồng, gấp 1,4 lần so với năm 2023."
    assert not _sent(t, "1,4 lần", "90.000")                       # a change told by "so với"
    t = "Mục tiêu năm 2028 có 60 xã (năm 2025 được 48 xã) đạt chuẩn."
    assert not _sent(t, "48 xã", "60")                             # inside an open parenthesis


def test_short_lines_with_a_forward_cue():
    t = "Thị xã hướng tới 95% hộ dân dùng nước sạch vào năm 2029\nNội dung bài viết dài hơn ở đây."
    assert tf.gr32_line(t, t.index("95%"))
    t = "Tỉnh nỗ lực nâng tỷ lệ che phủ rừng lên 46%\nBài viết."
    assert tf.gr32_line(t, t.index("46%"))


def test_short_lines_of_results_or_parts_are_not_read():
    t = "Thị xã đã có 95% hộ dân dùng nước sạch, vượt mục tiêu\nBài viết."
    assert not tf.gr32_line(t, t.index("95%"))                     # a result
    t = "Để thực hiện mục tiêu, tỉnh chia thành 4 vùng kinh tế\nBài viết."
    assert not tf.gr32_line(t, t.index("4 vùng"))                  # a plan's parts
    t = "Hướng tới " + "nội dung rất dài " * 20 + "95% hộ dân"
    assert not tf.gr32_line(t, t.index("95%"))                     # not a short line


def test_year_leads_with_a_colon():
    t = "- Đến năm 2030: tỷ lệ suy dinh dưỡng dưới 20%; tỷ lệ thấp còi dưới 12%."
    assert tf.gr32_due(t, (0, len(t)), t.index("12%"))
    t = "- Đến năm 2030: tỷ lệ suy dinh dưỡng\nở trẻ em dưới 20%; tỷ lệ thấp còi dưới 12%."
    start = t.index("20%")
    assert tf.gr32_due(t, Sentences(t).bounds(start), start)                   # a hard-wrapped line read across
    t = "- Đến năm 2024: tỷ lệ suy dinh dưỡng đã giảm còn 20%."
    assert not tf.gr32_due(t, (0, len(t)), t.index("20%"))                      # a result
    t = "Đến năm 2030: xem mục 2. Tỷ lệ thấp còi 12%."
    assert not tf.gr32_due(t, (0, len(t)), t.index("12%"))                      # another sentence


def test_twins_and_runs():
    t = "Năm 2026 đạt 2,9 ngày/khách; năm 2028 đạt 3,3 ngày/khách"
    a, b = t.index("2,9"), t.index("3,3")
    assert tf.gr32_twin(t, (0, len(t)), a, b)
    t = "Năm 2026 đạt 2,9 ngày/khách, tăng so với năm 2025 là 3,3 ngày/khách"
    assert not tf.gr32_twin(t, (0, len(t)), t.index("2,9"), t.index("3,3"))      # a change between
    t = "Tính đến hết năm 2025, 12 trường hoàn thành 100%; 3 trường hoàn thành 80%"
    assert not tf.gr32_twin(t, (0, len(t)), t.index("100%"), t.index("80%"))     # a tally
    t = "Đến cuối năm 2025, tỉnh có 40 xã đạt chuẩn, 12 xã nâng cao"
    assert not tf.gr32_item_clear(t, (0, len(t)), t.index("12 xã"))              # a tally opener
    t = "Phấn đấu năm 2028 có 40 xã đạt chuẩn, 12 xã nâng cao"
    assert tf.gr32_item_clear(t, (0, len(t)), t.index("12 xã"))
    t = "Tỷ lệ A: 70%; tỷ lệ B: 60%. Mới."
    assert tf.gr32_linked(t, t.index("70"), t.index("60"))
    assert not tf.gr32_linked(t, t.index("60"), t.index("Mới"))     # a sentence ends
    t = "Tỷ lệ A: 70%. - Tỷ lệ B: 60%"
    assert tf.gr32_linked(t, t.index("70"), t.index("60"))          # an inline dash item goes on


def test_indicator_dash_items():
    t = "1. Mạng di động\n- Tỷ lệ thuê bao/100 dân: 85%.\n- Tỷ lệ hộ có cáp quang: 70%.\n2. Mạng cố định\n- Tỷ lệ thôn phủ sóng: 100%"
    for v in ("85%", "70%", "100%"):
        assert tf.gr32_dash_item(t, t.index(v))
    assert tf.gr32_dash_linked(t, t.index("70%"), t.index("100%"))               # a numbered heading between
    t = "- Giảm số người dùng điện thoại 2G xuống dưới 5%."
    assert not tf.gr32_dash_item(t, t.index("5%"))                               # no label and colon
    t = "- Tỷ lệ hộ có cáp quang đã đạt: 70%."
    assert not tf.gr32_dash_item(t, t.index("70%"))                              # a result
    t = "- Tỷ lệ A: 85%.\nBài viết khác ở đây.\n- Tỷ lệ B: 70%."
    assert not tf.gr32_dash_linked(t, t.index("85%"), t.index("70%"))            # a prose line between


def test_the_option_on_and_off():
    t = ("Năm 2027, tỉnh đặt mục tiêu phấn đấu thu ngân sách 420 tỷ đồng, tạo việc làm cho 2.600 lao động, "
         "đón 900 nghìn lượt khách.")
    on = _values(t, goal_only(_Strive(0.4)), "sent")
    assert (420, "tỷ đồng") in on and (2600, "lao động") in on
    assert _values(t, goal_only(_Strive(0.4)), None) == {(420, "tỷ đồng")}
    assert _values(t, goal_only(_Strive(0.2)), "sent") == {(420, "tỷ đồng")}     # under the band
    t = "Thị xã hướng tới 95% hộ dân dùng nước sạch vào năm 2029\nNội dung bài viết dài hơn ở đây."
    assert (95, "%") in _values(t, flat(0.4), "line")
    assert (95, "%") not in _values(t, flat(0.4), None)
    assert (95, "%") not in _values(t, flat(0.4), "sent+run+twin")              # another token alone leaves it


def test_dash_on_and_off():
    t = ("Chỉ tiêu:\n- Tỷ lệ thuê bao/100 dân: 85%.\n- Tỷ lệ hộ có cáp quang: 70%.\n- Tỷ lệ thôn phủ sóng: 100%.\n"
         "- Tỷ lệ dùng chung trạm phấn đấu: 30%.")
    on = _values(t, goal_only(_Strive(0.2)), "dash")
    assert {(85, "%"), (70, "%"), (100, "%"), (30, "%")} <= on                   # one kept item, the others at 0.2
    assert _values(t, goal_only(_Strive(0.2)), None) == {(30, "%")}
    assert _values(t, goal_only(_Strive(0.1)), "dash") == {(30, "%")}           # under the dash floor


def test_unknown_token():
    with pytest.raises(ValueError):
        _values("Phấn đấu 5 xã đạt chuẩn.", flat(0.4), "nope")
