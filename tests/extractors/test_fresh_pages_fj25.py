"""fj25 (session 19): general shapes of Vietnamese plan text that fresh pages showed the extractor missing.
Option cand_fix tokens "nouns" (compound counted terms), "ti" (the scale spelt "tỉ"), "measures" (glued or
capitalised measure units), "permille" (‰), "abbr" (a year glued to an abbreviation is no deadline); option
fp23 tokens "revision" (the value a change starts from) and "forecast" (a planning forecast). Wordings are
written for these tests, not taken from the corpus."""
from extractors import target_features as tf
from extractors.deadline_features import year_mentions
from extractors.normalize import normalize_text
from extractors.target_units import unit_kind, unit_values
from extractors.targets import _values
from extractors.textutil import Sentences


def _units(text, fix):
    return [(v, u) for _, _, v, u in unit_values(text, [], "goal_lines", fix)]


def test_a_compound_counted_term_is_the_unit_when_the_text_writes_it_whole():
    text = ("Mục tiêu đến năm 2030 đón 12 triệu lượt khách, trong đó 800.000 lượt khách quốc tế; "
            "có 300 tổ hợp tác, 9 liên hiệp hợp tác xã và 15 bác sỹ.")
    assert _units(text, "nouns") == [(800000.0, "#lượt khách"), (12.0, "#triệu lượt khách"),
                                     (300.0, "#tổ hợp tác"), (9.0, "#liên hiệp hợp tác xã"), (15.0, "#bác sỹ")]
    # the option off: the word list cuts each term at its first word
    assert _units(text, "") == [(800000.0, "#lượt"), (12.0, "#triệu lượt"), (300.0, "#tổ hợp"),
                                (9.0, "#liên hiệp"), (15.0, "#bác")]


def test_a_counted_term_is_not_widened_past_what_is_written():
    text = "Phấn đấu mỗi tài khoản có 100 lượt sử dụng mỗi năm và 40 lượt khám; 20 tổ hợp đồng bộ."
    assert _units(text, "nouns") == [(100.0, "#lượt"), (40.0, "#lượt"), (20.0, "#tổ hợp")]


def test_a_widened_unit_keeps_its_first_words_class_for_the_goal_model():
    assert unit_kind("lượt khách") == unit_kind("lượt") == "count"
    assert unit_kind("triệu lượt khách") == unit_kind("triệu lượt")
    assert unit_kind("tổ hợp tác") == unit_kind("tổ hợp")


def test_the_scale_spelt_ti_is_money():
    text = "Kế hoạch năm 2026 phấn đấu doanh thu du lịch đạt 7.300 tỉ đồng."
    assert _units(text, "ti") == [(7300.0, "#tỉ đồng")]
    assert _units(text, "") == []
    assert _units("Mục tiêu là 5 tỉ người dùng", "ti") == []        # no currency: no money


def test_measure_units_glued_to_the_number_or_in_capitals():
    text = ("Chỉ tiêu: trồng mới 250ha rừng, tăng 8ha/năm mảng xanh, cây xanh đạt 1,2m2/người; "
            "tổng công suất tăng thêm 1.500 MW.")
    assert _units(text, "measures") == [(250.0, "#ha"), (8.0, "#ha/năm"), (1.2, "#m2/người"), (1500.0, "#MW")]
    assert _units(text, "") == []
    # a spaced lower-case unit is read as before, a word starting with the unit's letters is no unit
    assert _units("Phấn đấu trồng 30 ha/năm", "measures") == _units("Phấn đấu trồng 30 ha/năm", "")
    assert _units("Phấn đấu có 30hai", "measures") == []


def test_a_rate_per_thousand_is_a_candidate_with_its_unit():
    text = "Phấn đấu giảm tỷ lệ sinh xuống 14,5‰ vào năm 2030."
    assert [(v, u) for _, _, v, u in _values(text, "goal_lines", "permille")] == [(14.5, "‰")]
    assert _values(text, "goal_lines", "") == []


def test_a_year_glued_to_an_abbreviation_is_no_deadline():
    text = "Tăng trưởng 9%/năm theo QH2015, điều chỉnh theo KH-2021 đến năm 2025; NĂM2030 và năm2030"
    years = [y for _, _, y, _ in year_mentions(text, None, True)]
    assert years == [2025, 2030, 2030]
    assert [y for _, _, y, _ in year_mentions(text)] == [2015, 2021, 2025, 2030, 2030]


def _drop(text, needle, unit, tokens):
    text = normalize_text(text)
    start = text.index(needle)
    end = start + len(needle)
    return tf.fp23_drop(text, Sentences(text).bounds(start), start, end, unit, tokens)


def test_the_value_a_change_starts_from_is_no_goal():
    assert _drop("Điều chỉnh tốc độ tăng trưởng từ 12,5%/năm theo QH2015 xuống 10%/năm.", "12,5%/năm", "%/năm",
                 "revision") == "revision"
    assert _drop("Tỷ trọng dịch vụ điều chỉnh từ 30% (theo quy hoạch cũ) tăng lên 42%.", "30%", "%",
                 "revision") == "revision"
    assert _drop("Giảm tỷ lệ hộ nghèo từ 6,2% năm 2020 xuống còn dưới 3% năm 2025.", "6,2%", "%",
                 "revision") == "revision"
    # the new value, a floor, a range and a contrast are not the old side of a change
    assert _drop("Giảm tỷ lệ hộ nghèo từ 6,2% năm 2020 xuống còn dưới 3% năm 2025.", "3%", "%", "revision") is None
    assert _drop("Phấn đấu 100% sản phẩm đạt từ 3 sao trở lên.", "3 sao", "sao", "revision") is None
    assert _drop("Tăng trưởng đạt từ 7% - 7,5%.", "7%", "%", "revision") is None
    assert _drop("Tỷ lệ đạt từ 80%, còn 20 xã chưa đạt.", "80%", "%", "revision") is None


def test_a_planning_forecast_is_no_goal():
    assert _drop("Về dân số, tốc độ tăng dân số dự báo đạt 1,2%/năm.", "1,2%/năm", "%/năm", "forecast") == "forecast"
    text = "Dự báo phát triển vùng\n\nDân số toàn vùng đến năm 2030 đạt khoảng 1.500.000 người."
    assert _drop(text, "1.500.000", "người", "forecast") == "forecast"
    # a goal word after the forecast, a goals heading, or no forecast at all keep the value
    assert _drop("Theo dự báo, tỉnh phấn đấu đạt 80% hộ dân.", "80%", "%", "forecast") is None
    assert _drop("Mục tiêu cụ thể\n\nDân số đô thị đạt 40% vào năm 2030.", "40%", "%", "forecast") is None
    assert _drop("Dự báo phát triển vùng\n\nMục tiêu:\nĐạt 40% vào năm 2030.", "40%", "%", "forecast") is None


def _unit_class(text, fix):
    """The goal model's unit-class features of each value of text, read from a trace of find_targets."""
    from extractors.models import shipped
    from extractors.targets import find_targets
    trace = []
    find_targets(text, models=shipped(), trace=trace, options={"units": "goal_lines", "cand_fix": fix})
    return [(v["unit"], sorted(k for k in v["goal"] if k.startswith("u:"))) for v in trace]


def test_a_scaled_count_is_a_count_for_the_goal_model():
    text = "Phấn đấu đến năm 2030 đón 3,5 triệu lượt khách và tạo việc làm cho 30 nghìn lao động."
    assert _unit_class(text, "nouns+scaled") == [("triệu lượt khách", ["u:count"]), ("nghìn lao động", ["u:count"])]
    assert _unit_class(text, "nouns") == [("triệu lượt khách", ["u:noun"]), ("nghìn lao động", ["u:noun"])]
    # a scaled noun that is not a listed count stays a noun
    assert _unit_class("Phấn đấu đến năm 2030 trồng 2 triệu cây xanh.", "scaled") == [("triệu cây xanh", ["u:noun"])]


def test_a_months_year_is_a_deadline_mention_with_year_parts_month():
    text = "Từ nay đến tháng 5/2027, vận động 80% hộ dân ký cam kết; báo cáo ngày 15/5/2026."
    assert [(y, cue) for _, _, y, cue in year_mentions(text, "month")] == [(2027, True)]
    assert year_mentions(text) == []                    # what shipped before fj25: a month's year is a date's
    from extractors.train import SHIPPED
    assert SHIPPED["year_parts"] == "month"
