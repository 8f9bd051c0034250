"""dl33 (option "dl33"): deadlines decided after the models, dl32 and dl31. Per value: "adj" gives a goal the
models dated the year written against the value itself when it differs ("… lên 38% năm 2025 và 42% vào năm
2030", "… đến năm 2050 khoảng 80%"), "adjn" the same for a goal left without a deadline; "now" dates a goal of
a sentence fronted by the current period without its year ("Trong năm mới này, …", "Trong 6 tháng cuối năm,
…") by the latest single year the text names before it. Wordings written for these tests."""
import pytest

from extractors import deadline_features as dl
from tests.extractors.deadline_cands import value_context


def _decide(text: str, value: str, model_year, tokens: str = "adj+adjn+now", unit: str = "%", as_of=None):
    c, years = value_context(text, value, unit)
    return dl.dl33_year(c, years, model_year, as_of, tokens.split("+"))


def test_a_year_after_the_value_in_a_series():
    t = "Huyện phấn đấu nâng tỷ lệ hộ dùng nước sạch từ 61% năm 2022 lên 74% năm 2026 và 90% vào năm 2031."
    assert _decide(t, "74%", 2022) == 2026
    assert _decide(t, "74%", 2022, "now") == 2022                   # off
    assert _decide(t, "90%", 2026) == 2031
    assert _decide(t, "61%", 2026) == 2026                          # a starting value's year: left alone
    t = "Tổng thu ngân sách đạt 5.400 tỷ đồng năm 2027, tăng 9% so với năm 2026."
    assert _decide(t, "5.400 tỷ đồng", 2026, unit="tỷ đồng") == 2027
    assert _decide(t, "9%", 2027) == 2027                           # a base after the value: no year of its own


def test_a_predicate_year_just_before_the_value():
    t = "Tỷ lệ cây xanh đô thị đến năm 2031 khoảng 40 - 45% và đến năm 2051 khoảng 70%."
    assert _decide(t, "70%", 2031) == 2051
    assert _decide(t, "70%", None, "adj") is None                   # a null goal: only with adjn
    assert _decide(t, "70%", None, "adjn") == 2051
    assert _decide(t, "40 - 45%", 2031) == 2031


def test_no_adjacent_year_or_a_past_one_is_left_alone():
    t = "Đến năm 2028, tỷ lệ hộ nghèo giảm còn 1,5%; 100% xã có trạm y tế đạt chuẩn."
    assert _decide(t, "100%", 2028) == 2028
    t = "Huyện giữ vững 95% năm 2021 trong những năm tới; phấn đấu đến năm 2027 tăng thêm 2 xã."
    assert _decide(t, "95%", 2027, as_of=2024) == 2027              # a year before the page's
    t = "Năm 2025 toàn tỉnh thành lập mới được 70 HTX, năm 2026 mục tiêu đặt ra là trên 40 hợp tác xã."
    assert _decide(t, "70 HTX", 2025, unit="HTX", as_of=2026) == 2025     # dated past by the models: dropped
    assert _decide(t, "70 HTX", 2027, unit="HTX") == 2027                 # ", năm 2026": another clause


def test_a_sentence_fronted_by_the_current_period():
    t = ("Ngành nông nghiệp đã hoàn thành các chỉ tiêu năm 2025 và tăng 3% so với năm 2024. "
         "Trong năm mới này, tỉnh đặt chỉ tiêu giá trị sản xuất nông nghiệp tăng 3,5%.")
    assert _decide(t, "3,5%", None) == 2025
    assert _decide(t, "3,5%", None, "adj") is None                  # off
    assert _decide(t, "3,5%", 2024) == 2025                         # a past year
    t = ("Báo cáo tình hình 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm 2026. Chỉ số PCI năm 2025 tăng 4 bậc. "
         "Trong 6 tháng cuối năm, thành phố phấn đấu thu ngân sách trên 1.900 tỷ đồng.")
    assert _decide(t, "1.900 tỷ đồng", 2025, unit="tỷ đồng") == 2026


def test_the_current_period_without_a_written_year_or_with_its_own_year():
    t = "Năm nay, huyện phấn đấu có thêm 3 xã đạt chuẩn nông thôn mới."
    assert _decide(t, "3 xã", None, unit="xã") is None              # no year written: null (devset Q2)
    t = ("Kế hoạch giai đoạn 2021-2025 đã hoàn thành. Trong năm nay, tỉnh phấn đấu đến năm 2027 có 12 xã đạt "
         "chuẩn.")
    assert _decide(t, "12 xã", None, "now", unit="xã") is None      # a year of its own before the value; a window
    assert _decide(t, "12 xã", None, "adjn", unit="xã") == 2027     # which adjn gives it
    t = "Năm 2026 là năm bản lề. Trong năm mới này, tỉnh phấn đấu tăng trưởng 8%."
    assert _decide(t, "8%", 2027) == 2027                           # a later year is left alone


def test_a_rate_under_a_window_from_now_has_no_deadline():
    t = "Tốc độ tăng trưởng bình quân từ nay đến 2030 đạt 9,5%/năm; GRDP bình quân đầu người 200 triệu đồng."
    assert _decide(t, "9,5%/năm", 2030, "span", unit="%/năm") is None
    assert _decide(t, "9,5%/năm", 2030, "adj", unit="%/năm") == 2030    # off
    t = "Từ nay đến năm 2030, tỉnh phấn đấu tỷ lệ đô thị hóa đạt 45%."
    assert _decide(t, "45%", 2030, "span") == 2030                      # a level, not a rate


def test_unknown_token():
    with pytest.raises(ValueError):
        _decide("Tỉnh đạt 5% năm 2026.", "5%", 2026, "nope")


def test_end_to_end_on_and_off():
    import copy
    from extractors.facts import extract_facts
    from extractors.models import shipped
    m = shipped()
    on, off = copy.copy(m), copy.copy(m)
    on.options = {**m.options, "dl33": "adj+adjn+now"}
    off.options = {k: v for k, v in m.options.items() if k != "dl33"}
    t = "Tỉnh phấn đấu đưa tỷ lệ dân số tập luyện thường xuyên từ 33% năm 2020 lên 38% năm 2025 và 42% vào năm 2030."
    on_ = {x.value: x.deadline_year for x in extract_facts(t, models=on).targets}
    off_ = {x.value: x.deadline_year for x in extract_facts(t, models=off).targets}
    assert off_[38.0] == 2020 and on_[38.0] == 2025 and on_[42.0] == off_[42.0] == 2030
