"""tg28 (session 28, option tg28, tokens): the items of a goal the first pass rejects on new sites, kept at 0.51
(the vetoes still read them): "semi", a later ";" item of a sentence with a kept item; "parts", a sentence opened
by "Trong đó" / "Trong số đó" / "Cụ thể" right after a sentence of its paragraph with a kept value; "lead", such a
sentence under a goal lead ("phấn đấu", "mục tiêu", "đề ra", "đặt ra", "kịch bản", "giao") with no result cue after
it in the 400 characters before. Wordings written for these tests, not taken from the corpus."""
import pytest

from extractors import target_features as tf
from extractors.targets import Sentences, find_targets
from tests.extractors.goal_only import flat, goal_only

BASE = {"units": "goal_lines", "cand_fix": "nouns+scaled"}


def _semi(t: str, kept: str, value: str) -> bool:
    start = t.index(value)
    return tf.tg28_semi_item(t, Sentences(t).bounds(start), t.index(kept) + len(kept), start)


def _opened(t: str, value: str) -> bool:
    start = t.index(value)
    return tf.tg28_part_sentence(t, Sentences(t).bounds(start), start)


def _led(t: str, value: str) -> bool:
    start = t.index(value)
    return tf.tg28_lead_before(t, Sentences(t).bounds(start))


def test_a_later_semicolon_item_of_a_kept_one():
    t = ("Năm 2028, xã phấn đấu doanh thu dịch vụ đạt 900 tỷ đồng; thu ngân sách trên địa bàn đạt 45 tỷ đồng; "
         "tỷ lệ lao động qua đào tạo đạt 75%.")
    assert _semi(t, "900 tỷ đồng", "45 tỷ") and _semi(t, "900 tỷ đồng", "75%")
    t = "Phấn đấu doanh thu đạt 900 tỷ đồng, tăng 8% so với năm trước."
    assert not _semi(t, "900 tỷ đồng", "8%")          # no ";" between: the same item's growth
    t = "Phấn đấu doanh thu đạt 900 tỷ đồng; năm trước đã đạt 700 tỷ đồng."
    assert not _semi(t, "900 tỷ đồng", "700 tỷ")      # a result cue between
    t = "Phấn đấu doanh thu đạt 900 tỷ đồng; (bằng 120% kế hoạch cũ 750 tỷ đồng)."
    assert not _semi(t, "900 tỷ đồng", "750 tỷ")      # an aside


def test_a_parts_sentence_and_its_lead():
    t = ("Huyện được giao chỉ tiêu phấn đấu giảm tỷ lệ hộ nghèo năm 2028 cho các xã.\n"
         "Cụ thể, xã An Lạc giảm 3,5%; xã Bình Minh giảm 2,8%; thị trấn giảm 1,2%.")
    assert _opened(t, "3,5%") and _opened(t, "1,2%") and _led(t, "2,8%")
    t = ("Tỉnh xây dựng kịch bản tăng trưởng năm 2028 đạt 9% trở lên. Trong đó, nông nghiệp tăng 3%; "
         "công nghiệp tăng 12%.")
    assert _opened(t, "3%") and _led(t, "12%")
    t = "Tỉnh phấn đấu đón 2 triệu lượt khách. Khách quốc tế đạt 300 nghìn lượt."
    assert not _opened(t, "300 nghìn")                # no opener
    t = "Tỉnh phấn đấu đón 2 triệu lượt khách. Trong đó, năm ngoái đã đón 300 nghìn lượt khách quốc tế."
    assert not _opened(t, "300 nghìn")                # a result cue in its own sentence


def test_a_results_lead_is_no_lead():
    t = ("Năm 2027, huyện đã hoàn thành 12/14 chỉ tiêu đề ra. Cụ thể, thu ngân sách đạt 80 tỷ đồng; "
         "giá trị sản xuất tăng 7,5%.")
    assert _opened(t, "80 tỷ") and not _led(t, "80 tỷ")     # "đã hoàn thành … chỉ tiêu": the goals met
    t = "Nhiều chỉ tiêu kinh tế tăng cao so với năm trước. Cụ thể, thu ngân sách đạt 80 tỷ đồng."
    assert not _led(t, "80 tỷ")                        # "chỉ tiêu" alone names no plan being set
    t = "Tỉnh đặt mục tiêu giảm nghèo. Năm trước, tỷ lệ hộ nghèo đã giảm 2%. Trong đó, xã A giảm 3%."
    assert not _led(t, "3%")                           # a result after the lead


class _FirstOnly:
    """A goal model that keeps only a value right after "phấn đấu"."""
    weights: dict = {}

    def prob(self, f) -> float:
        return 0.9 if f.get("b:phan") else 0.1


def _values(t: str, models, tg28: str | None) -> set:
    opts = {**BASE, **({"tg28": tg28} if tg28 else {})}
    return {(x.value, x.unit) for x in find_targets(t, models=models, options=opts)}


def test_the_option_keeps_the_items_on_and_not_off():
    t = "Năm 2028, huyện phấn đấu 95% hộ dùng nước sạch; 60% xã có chợ đạt chuẩn; 30% thôn có nhà văn hóa mới."
    model = goal_only(_FirstOnly())
    assert _values(t, model, "semi") == {(95, "%"), (60, "%"), (30, "%")}
    assert _values(t, model, None) == {(95, "%")}
    t = "Năm 2028, huyện phấn đấu tăng trưởng 8,5%. Trong đó, nông nghiệp tăng 3,2%, dịch vụ tăng 9,1%."
    assert _values(t, model, "parts") == {(8.5, "%"), (3.2, "%"), (9.1, "%")}
    assert _values(t, model, None) == {(8.5, "%")}
    assert _values(t, model, "semi") == {(8.5, "%")}                 # another token alone leaves them
    t = ("Tỉnh giao chỉ tiêu giảm tỷ lệ hộ nghèo năm 2028 cho các huyện.\n"
         "Cụ thể, huyện A giảm 3,5%; huyện B giảm 2,5%.")
    assert _values(t, flat(0.2), "lead") == {(3.5, "%"), (2.5, "%")}
    assert _values(t, flat(0.2), None) == set()


def test_unknown_tokens_are_refused():
    with pytest.raises(ValueError):
        find_targets("Phấn đấu đạt 90%; 80% xã có chợ.", models=flat(0.9), options={**BASE, "tg28": "semi+what"})
