"""tg29 (session 28, option tg29, tokens): goals worded without the usual cues and values read with another unit.
"duty": a line that hands a goal down or binds to one ("được … giao hoàn thành", "giao kế hoạch trồng", "phải hoàn
thành") is a goal line for the counted nouns; "cue": a value the first pass rejects is kept at 0.51 when its own
clause before it holds such a wording or a rarer plan wording ("kịch bản tăng trưởng … đạt", "thống nhất mức", "đề
ra chỉ tiêu"), with no result cue; "units": "cây xanh" counts "cây", and "trở lên/năm" keeps its "/năm".
Wordings written for these tests, not taken from the corpus."""
import pytest

from extractors import target_features as tf
from extractors.target_units import TG29_DUTY, _goal_line_spans
from extractors.targets import Sentences, _values as cand_values, find_targets
from tests.extractors.goal_only import flat

BASE = {"units": "goal_lines", "cand_fix": "nouns+scaled", "tc25": "per"}


def _duty_line(t: str, on: bool) -> bool:
    return bool(_goal_line_spans(t, duty=on))


def _cue(t: str, value: str) -> bool:
    start = t.index(value)
    return tf.tg29_duty_before(t, Sentences(t).bounds(start), start)


def test_duty_lines():
    for t in ("Giai đoạn 2026-2030, thành phố được Chính phủ giao hoàn thành 12 nghìn căn hộ.",
              "Năm 2027 huyện phải hoàn thành 300 căn nhà cho hộ nghèo.",
              "Xã được huyện giao trồng 250 ha rừng tập trung."):
        assert _duty_line(t, True) and not _duty_line(t, False)
    for t in ("Sở đã hoàn thành các chỉ tiêu được giao, xử lý 5.000 hồ sơ.",
              "Tỉnh được đầu tư giao thông với 20 công trình.",
              "Các huyện được giao xây dựng phương án cho 3 khu vực."):
        assert not TG29_DUTY.search(t.lower())                 # results, "giao thông", a plan drafted


def test_cue_in_the_clause():
    t = "Theo nghị quyết, tỉnh đề ra kịch bản tăng trưởng năm 2027 đạt 9,2% trở lên."
    assert _cue(t, "9,2%")
    t = "Đại hội thống nhất mức tăng trưởng bình quân 8%/năm trong nhiệm kỳ."
    assert _cue(t, "8%")
    t = "Huyện được tỉnh giao hoàn thành 40 km đường giao thông nông thôn."
    assert _cue(t, "40 km")
    t = "Năm 2026 đã hoàn thành 400 căn nhà, đạt kế hoạch được giao; tỷ lệ giải ngân đạt 90%."
    assert not _cue(t, "400 căn") and not _cue(t, "90%")     # results, "được giao" after the value
    t = "Tỉnh xây dựng kịch bản tăng trưởng kinh tế với các giải pháp phát huy thế mạnh của 2 địa phương."
    assert not _cue(t, "2 địa")                                # a scenario drafted, no level set
    t = "Huyện phải hoàn thành nhiệm vụ; năm trước, giá trị sản xuất tăng 6%."
    assert not _cue(t, "6%")                                   # the cue is in another clause


def test_units():
    t = "Đến năm 2028 phấn đấu trồng 3 triệu cây xanh và kết nạp 20 đảng viên trở lên/năm, thu nhập tăng 7% trở lên/năm."
    on = {(v, u) for _, _, v, u in cand_values(t, "goal_lines", "nouns+scaled+tc25_per+tg29_units")}
    off = {(v, u) for _, _, v, u in cand_values(t, "goal_lines", "nouns+scaled+tc25_per")}
    assert (3, "#triệu cây") in on and (20, "#đảng viên/năm") in on and (7, "%/năm") in on
    assert (3, "#triệu cây xanh") in off and (20, "#đảng viên") in off and (7, "%") in off


def _targets(t: str, p: float, tg29: str | None) -> set:
    opts = {**BASE, **({"tg29": tg29} if tg29 else {})}
    return {(x.value, x.unit) for x in find_targets(t, models=flat(p), options=opts)}


def test_the_option_on_and_off():
    t = "Giai đoạn 2026-2030, thành phố được Chính phủ giao hoàn thành 12 nghìn căn hộ."
    assert _targets(t, 0.9, "duty") == {(12, "nghìn căn hộ")}
    assert _targets(t, 0.9, None) == set()
    t = "Đại hội thống nhất mức tăng trưởng 8,5% trong năm 2027."
    assert _targets(t, 0.2, "cue") == {(8.5, "%")}
    assert _targets(t, 0.2, None) == set()
    assert _targets(t, 0.2, "duty") == set()                  # another token alone leaves it


def test_unknown_tokens_are_refused():
    with pytest.raises(ValueError):
        find_targets("Phấn đấu đạt 90%.", models=flat(0.9), options={**BASE, "tg29": "cue+what"})
