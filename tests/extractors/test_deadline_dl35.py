"""dl35 (option "dl35"): deadlines decided after the models and dl31-dl34. Per value: "bare" dates a goal by the
year written bare against it ("…; năm 2027 đạt 3,1 ngày"); "r2", "vision" and "next" widen dl34's "sib" (a lead
ended by another year's predicate, a title's horizon, a later value's year after the value: README-part-A R2, Q2);
"yearly" leaves null a goal behind a fronted "phấn đấu mỗi năm" (R1); "win" leaves null a window average naming
its window; "part" gives "trong đó" parts the year of their dated whole. Wordings written for these tests."""
import pytest

from extractors import deadline_features as dl
from tests.extractors.deadline_cands import value_context

ALL = "r2+vision+next+bare+yearly+part+win"


def _decide(text: str, value: str, model_year, tokens: str = ALL, unit: str = "%", as_of=None):
    c, years = value_context(text, value, unit)
    return dl.dl35_year(c, years, model_year, as_of, tokens.split("+"))


def test_bare_year_against_the_value():
    t = "Thời gian lưu trú của khách năm 2026 đạt 2,9 ngày; năm 2028 đạt 3,1 ngày và năm 2032 đạt 3,6 ngày."
    assert _decide(t, "3,1 ngày", 2032, unit="ngày") == 2028
    assert _decide(t, "3,1 ngày", None, unit="ngày") == 2028
    assert _decide(t, "3,1 ngày", 2032, "r2", unit="ngày") == 2032                  # off
    assert _decide(t, "2,9 ngày", 2028, unit="ngày", as_of=2027) == 2028            # a past year: no change
    t = "Tỷ lệ nhựa hóa đường tăng từ 42% năm 2022 lên 58% năm 2027."
    assert _decide(t, "58%", 2027) == 2027                  # "42% năm 2022 lên": the year of the value before
    t = "Thu ngân sách so với năm 2024 tăng 12%."
    assert _decide(t, "12%", 2026) == 2026                  # a base year
    t = "Đến năm 2029 đạt 70%."
    assert _decide(t, "70%", 2029) == 2029                  # "đến năm": dl33's shape, not this one's


def test_a_lead_ended_by_another_years_predicate():
    t = ("Đến năm 2031, huyện trở thành đô thị loại III. Tỷ lệ hộ dùng nước sạch đến năm 2031 khoảng 92% và đến "
         "năm 2040 khoảng 99%. Doanh nghiệp số chiếm 18% tổng số doanh nghiệp.")
    assert _decide(t, "18%", 2031) is None
    assert _decide(t, "18%", 2031, "next+bare") == 2031                             # off
    t = ("Đến năm 2031, huyện trở thành đô thị loại III. Tỷ lệ hộ dùng nước sạch đạt 92%, doanh nghiệp số chiếm "
         "18% tổng số doanh nghiệp.")
    assert _decide(t, "18%", 2031) == 2031                  # no other year: the lead's reach goes on
    t = ("Đến năm 2031: tỷ lệ hộ dùng nước sạch đạt 92% (đến năm 2040 đạt 99%), doanh nghiệp số chiếm 18% "
         "tổng số doanh nghiệp.")
    assert _decide(t, "18%", 2031) == 2031                  # a parenthesis is its item's own (R4)
    t = ("Đến năm 2031, huyện có 60% xã đạt chuẩn. Đến năm 2040, huyện trở thành thị xã. "
         "Doanh nghiệp số chiếm 18% tổng số doanh nghiệp.")
    assert _decide(t, "18%", 2031) == 2031                  # another year's lead and no predicate after it: kept
    t = ("Đến năm 2031, huyện trở thành đô thị loại III. Đến năm 2040, huyện trở thành thị xã. Số cụm công nghiệp "
         "đến năm 2028 là 4 cụm, đến năm 2031 là 6 cụm. Huyện cũng quy hoạch 9 khu dân cư mới.")
    assert _decide(t, "9 khu", 2031, unit="khu") is None    # another lead, then predicates: the reach is ended


def test_a_title_horizon_is_no_lead():
    t = ("Quy hoạch phát triển huyện đến năm 2027, tầm nhìn đến năm 2035.\nTheo đó, giai đoạn 2023 - 2027, phấn "
         "đấu thu nhập bình quân đầu người đến năm 2027 đạt 70 triệu đồng, đến năm 2035 đạt 140 triệu đồng; tỷ lệ "
         "hộ nghèo giảm bình quân 1,5%/năm.")
    assert _decide(t, "1,5%", 2035, "vision", unit="%/năm") is None
    assert _decide(t, "1,5%", 2035, "next+bare", unit="%/năm") == 2035              # off
    t = ("Quy hoạch đến năm 2027, tầm nhìn đến năm 2035.\nTầm nhìn 2035, tỷ lệ đô thị hóa đạt 60%, thu nhập "
         "đến năm 2035 đạt 140 triệu đồng.")
    assert _decide(t, "60%", 2035, "vision") == 2035        # fronted in the value's own clause: a lead


def test_a_later_values_year_after_the_value():
    t = ("Đại hội xác định thu ngân sách đến năm 2031 đạt 20.000 tỷ đồng. Huyện cũng phấn đấu kinh tế số đạt "
         "22% GRDP, tỷ lệ đô thị hóa đến năm 2031 đạt trên 45%.")
    assert _decide(t, "22%", 2031, "next") is None
    assert _decide(t, "22%", 2031, "vision") == 2031                                # off
    t = "Huyện phấn đấu kinh tế số đạt 22% GRDP vào năm 2031."
    assert _decide(t, "22%", 2031, "next") == 2031          # the value's own year


def test_a_fronted_yearly_phrase_ends_the_reach():
    t = ("Năm 2027, huyện phấn đấu giảm 1,5% tỷ lệ hộ nghèo. Bên cạnh đó, huyện phấn đấu mỗi năm vận động quỹ "
         "vì người nghèo đạt ít nhất 20 tỷ đồng. Các doanh nghiệp giúp đỡ ít nhất 600 hộ nghèo hàng năm.")
    assert _decide(t, "600 hộ", 2027, "yearly", unit="hộ") is None
    assert _decide(t, "600 hộ", 2027, "r2", unit="hộ") == 2027                       # off
    t = ("Năm 2027, huyện phấn đấu giảm 1,5% tỷ lệ hộ nghèo. Các doanh nghiệp giúp đỡ ít nhất 600 hộ nghèo.")
    assert _decide(t, "600 hộ", 2027, "yearly", unit="hộ") == 2027                   # no stop


def test_a_window_average_naming_its_window():
    t = "Mục tiêu đến năm 2030: tốc độ tăng GRDP bình quân 5 năm 2026-2030 đạt từ 8,5% trở lên; thu ngân sách 9.000 tỷ."
    assert _decide(t, "8,5%", 2030, "win") is None
    assert _decide(t, "8,5%", 2030, "part") == 2030                                  # off
    t = "Đến năm 2030, năng suất lao động tăng khoảng 7,5%/năm giai đoạn 2026 – 2030."
    assert _decide(t, "7,5%", 2030, "win", unit="%/năm") is None
    t = "Đến năm 2030, đầu tư xã hội bình quân 5 năm đạt khoảng 35% GRDP, tỷ lệ đầu tư công chiếm 18% tổng vốn."
    assert _decide(t, "35%", 2030, "win") is None
    assert _decide(t, "18%", 2030, "win") == 2030           # the window is another value's
    t = "Thủ tướng yêu cầu hoàn thành nhiệm vụ giai đoạn 2021-2025, phấn đấu cả năm tăng trưởng đạt ít nhất 9%."
    assert _decide(t, "9%", 2025, "win") == 2025            # "cả năm" and a comma: no window average


def test_parts_of_a_dated_whole():
    t = ("Tỷ lệ xã đạt chuẩn nông thôn mới năm 2028 đạt 60% (9 xã), trong đó: tỷ lệ xã đạt chuẩn nâng cao 12,5% "
         "(2 xã); tỷ lệ thôn kiểu mẫu 4,2%.")
    assert _decide(t, "12,5%", None, "part") == 2028
    assert _decide(t, "4,2%", None, "part") == 2028
    assert _decide(t, "12,5%", None, "win") is None                                  # off
    t = "Tỷ lệ xã đạt chuẩn nông thôn mới đạt 60%, trong đó: tỷ lệ xã đạt chuẩn nâng cao 12,5%."
    assert _decide(t, "12,5%", None, "part") is None        # a whole without its own year
    t = ("Tỷ lệ che phủ rừng đến năm 2028 đạt 47%, trồng mới 9.000 ha. Trong đó, rừng gỗ lớn chiếm 20%.")
    assert _decide(t, "20%", None, "part") is None          # the whole before "Trong đó" has no year of its own


def test_unknown_token():
    with pytest.raises(ValueError):
        _decide("Đạt 5%.", "5%", 2026, "nope")


def test_end_to_end_on_and_off():
    import copy
    from extractors.facts import extract_facts
    from extractors.models import shipped
    m = shipped()
    on, off = copy.copy(m), copy.copy(m)
    on.options = {**m.options, "dl35": ALL}
    off.options = {k: v for k, v in m.options.items() if k != "dl35"}
    run = lambda t, mm: {x.value: x.deadline_year for x in extract_facts(t, models=mm).targets}
    t = ("Quy hoạch phát triển kinh tế - xã hội huyện đến năm 2027, tầm nhìn đến năm 2035.\nTheo đó, giai đoạn "
         "2023 - 2027, phấn đấu tốc độ tăng trưởng bình quân giai đoạn 2023 - 2027 đạt 8,5%/năm; thu nhập bình quân "
         "đầu người đến năm 2027 đạt 70 triệu đồng, đến năm 2035 đạt 140 triệu đồng; tỷ lệ hộ nghèo giảm bình quân "
         "1,5%/năm.")
    a, b = run(t, off), run(t, on)
    assert a[1.5] == 2035 and b[1.5] is None
    assert a[70.0] == b[70.0] == 2027 and a[140.0] == b[140.0] == 2035 and b[8.5] is None
    t = ("Năm 2027, huyện phấn đấu giảm 1,5% tỷ lệ hộ nghèo. Để đạt kết quả đó, huyện tăng cường công tác tuyên "
         "truyền. Bên cạnh đó, huyện phấn đấu mỗi năm vận động quỹ vì người nghèo đạt ít nhất 20 tỷ đồng. Các doanh "
         "nghiệp giúp đỡ ít nhất 600 hộ nghèo, cận nghèo hàng năm.")
    a, b = run(t, off), run(t, on)
    assert a[600.0] == 2027 and b[600.0] is None and a[1.5] == b[1.5] == 2027
