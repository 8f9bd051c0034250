"""fp30 (session 29): false goals the goal decision keeps on new sites, read on J and K1-K3, dropped after it.
Option fp30 tokens: "grow" (a goal restated as its change: "đạt 1.850 tỷ đồng, tăng 14% so với năm 2026"), "aside"
(a change in parentheses), "top" (a range's top whose scale repeats), "some" ("1 số" = "một số"), "perone" (the
hectare of a yield per hectare), "voted" (a rank a place was voted into), "source" / "tally" / "now" (figures under
"Theo báo cáo …", "Tính đến …", "Hiện …"). Wordings are written for these tests, not taken from the corpus."""
import pytest

from extractors.false_goals import FP30_TOKENS, fp30_drop
from extractors.targets import _values, find_targets
from extractors.train import SHIPPED

ALL = "+".join(FP30_TOKENS)
FIX = "+".join(filter(None, (SHIPPED["cand_fix"], SHIPPED["fj26b"], "un30",
                             "+".join("tc25_" + t for t in SHIPPED["tc25"].split("+")))))


def _drops(text, toks=ALL):
    """(value, unit, why) of each candidate value, why being fp30's drop reason or None."""
    return [(v, u.lstrip("#"), fp30_drop(text, s, e, u, toks)) for s, e, v, u in _values(text, "goal_lines", FIX)]


def _why(text, value, toks=ALL):
    return next(w for v, _, w in _drops(text, toks) if v == value)


def test_a_goal_restated_as_its_change():
    text = ("Năm 2027, huyện phấn đấu tổng doanh thu du lịch đạt 1.850 tỷ đồng, tăng 14% so với năm 2026; đón 2,4 "
            "triệu lượt khách (trong đó 90.000 lượt khách quốc tế), tăng 12% so với năm 2026.")
    assert _why(text, 14.0) == "grow" and _why(text, 12.0) == "grow"
    assert _why(text, 1850.0) is None and _why(text, 2.4) is None and _why(text, 90000.0) is None
    assert _why(text, 14.0, "aside+top") is None          # off without its token


def test_changes_that_stay():
    # a new item whose own noun follows the value, a growth goal after a bare year, "tăng trưởng" after an amount
    text = "Mục tiêu năm 2027: tỷ lệ tham gia bảo hiểm y tế đạt 96%, giảm 1,2% hộ nghèo."
    assert _why(text, 1.2) is None
    text = "Năm 2027, tăng 9% tổng sản phẩm trên địa bàn."
    assert _why(text, 9.0) is None
    text = "Đến năm 2030, GRDP đạt 95.000 tỷ đồng, tăng trưởng bình quân 9,5%/năm."
    assert _why(text, 9.5) is None
    text = "Phấn đấu năm 2027 công nghiệp tăng 11%, dịch vụ tăng 8,5%."
    assert _why(text, 11.0) is None and _why(text, 8.5) is None


def test_a_change_in_an_aside():
    text = "Đến năm 2028, tỉnh phấn đấu đón 1,6 triệu lượt khách lưu trú (tăng hơn 20% so với năm 2026)."
    assert _why(text, 20.0, "aside") == "aside" and _why(text, 1.6, "aside") is None
    assert _why(text, 20.0, "top") is None


def test_a_ranges_top_with_its_scale_repeated():
    text = "Năm 2027, Sở Văn hóa đặt chỉ tiêu thu hút 5 triệu đến 5,5 triệu lượt khách."
    assert _why(text, 5.5, "top") == "top"
    assert _why(text, 5.5, "grow") is None
    text = "Năm 2027, tỉnh phấn đấu tốc độ tăng trưởng từ 8% đến 8,5%."
    assert all(w is None for _, _, w in _drops(text, "top"))


def test_one_some_and_the_hectare_of_a_yield():
    text = "Đến năm 2030, tỉnh có 2 đô thị loại II và 1 số đô thị loại V khác."
    at = text.index("1 số")
    assert fp30_drop(text, at, at + 4, "số", "some") == "some"
    assert fp30_drop(text, at, at + 4, "số", "grow") is None
    at = text.index("2 đô")
    assert fp30_drop(text, at, at + 6, "đô thị", "some") is None
    text = "Đến năm 2030, giá trị sản phẩm thu hoạch trên 01 ha đất trồng trọt đạt 260 triệu đồng."
    at = text.index("01 ha")
    assert fp30_drop(text, at, at + 5, "ha", "perone") == "perone"
    text = "Phấn đấu trồng mới 01 ha rừng phòng hộ."
    at = text.index("01 ha")
    assert fp30_drop(text, at, at + 5, "ha", "perone") is None


def test_a_rank_voted_into():
    text = "Năm nay, thành phố được bình chọn Top 10 điểm đến hấp dẫn nhất."
    at = text.index("10")
    assert fp30_drop(text, at, at + 2, "hạng", "voted") == "voted"
    text = "Năm 2027, thành phố phấn đấu vào Top 10 điểm đến hấp dẫn nhất."
    at = text.index("10")
    assert fp30_drop(text, at, at + 2, "hạng", "voted") is None


def test_statistics_by_their_openers():
    text = ("Theo báo cáo của UBND huyện, đến nay toàn huyện có 17 xã đạt chuẩn nông thôn mới, tỷ lệ hộ nghèo còn "
            "3,2%. Tính đến hết tháng 10/2026, toàn tỉnh có 412 sản phẩm OCOP được công nhận. Hiện tỷ trọng ngành "
            "dịch vụ trong cơ cấu kinh tế chiếm 38,5%; nông nghiệp chiếm 27%. Năm 2027, tỉnh phấn đấu có thêm 40 "
            "sản phẩm OCOP.")
    assert _why(text, 17.0) == "source" and _why(text, 3.2) == "source"
    assert _why(text, 412.0) == "tally"
    assert _why(text, 38.5) == "now" and _why(text, 27.0) == "now"
    assert _why(text, 40.0) is None
    assert all(w is None for _, _, w in _drops(text, "grow+aside+top"))


def test_openers_with_a_goal_word_stay():
    text = "Theo báo cáo, năm 2027 tỉnh phấn đấu có 20 xã đạt chuẩn nông thôn mới nâng cao."
    assert _why(text, 20.0) is None
    text = "Hiện nay, tỉnh đặt mục tiêu đến năm 2030 tỷ lệ đô thị hóa đạt 45%."
    assert _why(text, 45.0) is None
    text = "Tính đến năm 2030, tỉnh phấn đấu có 60% số xã đạt chuẩn nâng cao."
    assert _why(text, 60.0) is None


def test_a_plans_budget_and_existing_stock():
    text = ("Về nguồn lực, dự kiến bố trí từ nguồn kinh phí sự nghiệp khoảng 12 tỷ đồng để thực hiện đề án. "
            "Năm 2027, doanh thu du lịch đạt 640 tỷ đồng; vốn đầu tư toàn xã hội đạt 9.000 tỷ đồng.")
    assert _why(text, 12.0, "budget") == "budget"
    assert _why(text, 640.0, "budget") is None and _why(text, 9000.0, "budget") is None
    assert _why(text, 12.0, "stock") is None
    text = "Mục tiêu cụ thể: quản lý, bảo vệ tốt 12.500 ha rừng tự nhiên hiện có; trồng mới 300 ha rừng."
    assert _why(text, 12500.0, "stock") == "stock" and _why(text, 300.0, "stock") is None


def test_unknown_tokens_fail():
    with pytest.raises(ValueError):
        fp30_drop("đạt 5%", 4, 6, "%", "grow+nope")


def test_the_option_in_find_targets():
    text = ("Năm 2027, huyện phấn đấu tổng doanh thu du lịch đạt 1.850 tỷ đồng, tăng 14% so với năm 2026. "
            "Hiện tỷ trọng dịch vụ chiếm 38,5%.")
    off = {(t.value, t.unit) for t in find_targets(text, options={**SHIPPED, "fp30": None})}
    on = {(t.value, t.unit) for t in find_targets(text, options={**SHIPPED, "fp30": ALL})}
    assert on <= off
    assert (14.0, "%") not in on and (1850.0, "tỷ đồng") in on
