"""cu35 (session 34, option cu35, tokens): counted goals the goal decision rejects, accepted after it. A value of any
unit but "%…" the goal model rejects (at least target_features.CU35_BAND) is kept at 0.51 (the vetoes and drops
still read it) when: "gov", an opener governs it in its sentence ("phấn đấu", "mục tiêu", "quyết tâm", "nhằm",
"hướng tới", "sẽ", "dự kiến", "tối thiểu") with no result cue between; "due", the last year before it in its
sentence is ahead of the page's date, or a year not before it is written right after it ("… vào năm 2030");
"paren", it names, in the parenthesis opened right after a kept value of its unit, that value's parts or plan;
"series", it is one year's level of a year series another level of which is kept (its own year is its deadline).
None is kept when its own item reports it (gm31's gate), it names a plan's parts ("3 ngành trọng điểm: …") or a sum
to be spent ("sẽ đầu tư 500 tỷ đồng"), its sentence measures it against a plan after it ("đạt 60% kế hoạch"), its
clause reports it after it ("đã", "chiếm 3%"), it restates a share in a parenthesis, or it is a headline's copy of
a value the body writes again. Wordings written for these tests, not taken from the corpus."""
import pytest

from extractors import target_features as tf
from extractors.targets import find_targets
from tests.extractors.goal_only import flat, goal_only

BASE = {"units": "goal_lines", "cand_fix": "nouns+scaled", "dl31": "carry"}


class _Seq:
    """A goal model that gives the page's values, in order, the probabilities listed (then `rest`)."""
    weights: dict = {}

    def __init__(self, ps: list[float], rest: float = 0.3):
        self.ps, self.rest = list(ps), rest

    def prob(self, f) -> float:
        return self.ps.pop(0) if self.ps else self.rest


def _kept(t: str, cu35: str | None, models=None, as_of: int | None = None) -> set:
    opts = {**BASE, **({"cu35": cu35} if cu35 else {})}
    return {(x.value, x.unit) for x in find_targets(t, models=models or flat(0.3), options=opts, as_of=as_of)}


def test_an_opener_governs_a_count():
    t = "Năm 2027, huyện phấn đấu thành lập mới 12 hợp tác xã."
    assert (12.0, "hợp tác xã") in _kept(t, "gov")
    assert not _kept(t, None)                                            # off: the model's verdict stands
    t = "Tỉnh đặt mục tiêu đến năm 2028 có thêm 40 xã đạt chuẩn nông thôn mới nâng cao."
    assert (40.0, "xã") in _kept(t, "gov")
    t = "Theo quy hoạch, thành phố sẽ có 22 đô thị vào năm 2035."
    assert (22.0, "đô thị") in _kept(t, "gov")


def test_shares_are_not_read():
    t = "Năm 2027, huyện phấn đấu 85% hộ dân dùng nước sạch."
    assert not _kept(t, "gov+due+paren+series")                         # "%": the goal model's own ground


def test_nouns_and_duties_are_no_openers():
    t = "Năm 2027, chỉ tiêu giao cho 12 sở được công bố."
    assert not _kept(t, "gov")                                           # "chỉ tiêu" alone opens nothing
    t = "Doanh thu đạt 98% kế hoạch, toàn huyện thành lập 14 hợp tác xã."
    assert not _kept(t, "gov")
    t = "Để thực hiện các mục tiêu trên, 5 sở vừa ký cam kết."
    assert not _kept(t, "gov")                                           # a back reference closed by a comma


def test_guards_keep_nothing():
    t = "Giai đoạn tới, tỉnh sẽ tập trung vào 3 sản phẩm đặc thù để thu hút du khách."
    assert not _kept(t, "gov")                                           # a plan's parts
    t = "Năm tới, tỉnh sẽ đầu tư 500 tỷ đồng cho hạ tầng số."
    assert not _kept(t, "gov")                                           # a sum to be spent
    t = "Dự kiến cuối năm, có 40 dự án hoàn thành, đạt 60% kế hoạch đề ra."
    assert not _kept(t, "gov")                                           # measured against its plan
    t = "Tỉnh phấn đấu đến năm 2027 còn 9.000 hộ nghèo, chiếm 3,5% số hộ."
    assert not _kept(t, "gov")                                           # a count with its share
    t = "Năm 2027, tỉnh phấn đấu giảm nghèo; 4 huyện đã thoát nghèo trước hạn."
    assert not _kept(t, "gov")


def test_a_headline_copy_is_left_to_the_body():
    t = "Huyện sẽ có 9 xã nông thôn mới kiểu mẫu\n\nTheo kế hoạch vừa ban hành, huyện sẽ có 9 xã nông thôn mới kiểu mẫu vào năm 2027."
    got = find_targets(t, models=flat(0.3), options={**BASE, "cu35": "gov"})
    assert [x.value for x in got] == [9.0] and got[0].sentence.startswith("Theo kế hoạch")


def test_a_year_ahead_of_the_page():
    t = "Đến năm 2029, toàn tỉnh phát triển 150 hợp tác xã kiểu mới."
    assert (150.0, "hợp tác xã") in _kept(t, "due", as_of=2025)
    assert not _kept(t, "due", as_of=2030)                               # a year already past for the page
    t = "Tỉnh phấn đấu tổng diện tích trồng rừng mới 6.000 ha vào năm 2030."
    assert (6000.0, "ha") in _kept(t, "due", as_of=2025)
    assert not _kept(t, "due", as_of=2031)


def test_parts_of_a_kept_count_in_its_parenthesis():
    t = "Phấn đấu năm 2027 công nhận thêm 15 xã đạt chuẩn nông thôn mới (kế hoạch giao 11 xã và 4 xã đăng ký thêm)."
    models = goal_only(_Seq([0.9]))
    assert _kept(t, "paren", models) == {(15.0, "xã"), (11.0, "xã"), (4.0, "xã")}
    assert _kept(t, None, goal_only(_Seq([0.9]))) == {(15.0, "xã")}
    t = "Phấn đấu năm 2027 công nhận thêm 15 xã đạt chuẩn nông thôn mới (năm 2026 đã công nhận 11 xã)."
    assert _kept(t, "paren", goal_only(_Seq([0.9]))) == {(15.0, "xã")}  # a result in the parenthesis


def test_a_year_series_takes_its_own_years():
    t = ("Tỉnh phấn đấu số khách lưu trú năm 2026 đạt 700 nghìn lượt khách; năm 2028 đạt 850 nghìn lượt khách "
         "và năm 2030 đạt 1.000 nghìn lượt khách.")
    models = goal_only(_Seq([0.3, 0.3, 0.9]))
    got = {(x.value, x.deadline_year) for x in find_targets(t, models=models, options={**BASE, "cu35": "series"})}
    assert (700.0, 2026) in got and (850.0, 2028) in got
    models = goal_only(_Seq([0.3, 0.3, 0.9]))
    assert {x.value for x in find_targets(t, models=models, options=BASE)} == {1000.0}


def test_unknown_tokens_are_errors():
    with pytest.raises(ValueError):
        _kept("Năm 2027, huyện phấn đấu thành lập mới 12 hợp tác xã.", "gov+carry")


def test_guard_flags():
    from extractors.targets import Sentences

    def flags(t, v, unit):
        s = t.index(v)
        sent = Sentences(t).bounds(s)
        c = tf.Context(t, s, s + len(v), 0.0, unit, sent, sent, (0, len(t)), 0, False, False, False, None, None, False)
        return tf.cu35_flags(c, [], None)
    assert flags("Giai đoạn tới, tỉnh sẽ tập trung vào 3 sản phẩm đặc thù để thu hút du khách.", "3", "sản phẩm")["parts"]
    assert flags("Năm tới, tỉnh sẽ đầu tư 500 tỷ đồng cho hạ tầng số.", "500", "tỷ đồng")["funds"]
    assert flags("Dự kiến cuối năm, có 40 dự án hoàn thành, đạt 60% kế hoạch đề ra.", "40", "dự án")["verdict"]
    assert flags("Tỉnh phấn đấu đến năm 2027 còn 9.000 hộ nghèo, chiếm 3,5% số hộ.", "9.000", "hộ")["reported"]
    assert flags("Tỷ lệ thôn đạt chuẩn 60% (30 thôn) vào năm 2027.", "30", "thôn")["share_paren"]
    f = flags("Vốn đầu tư toàn xã hội giai đoạn tới đạt 9.000 tỷ đồng.", "9.000", "tỷ đồng")
    assert not f.get("funds")                                            # a level to reach, not a sum to spend


def test_cu35_flags_read_the_clause():
    from extractors.targets import Sentences
    t = "Năm 2027, huyện phấn đấu thành lập mới 12 hợp tác xã."
    s = t.index("12")
    sent = Sentences(t).bounds(s)
    c = tf.Context(t, s, s + 2, 12.0, "hợp tác xã", sent, sent, (0, len(t)), 0, False, False, False, None, None, False)
    f = tf.cu35_flags(c, [], None)
    assert f["gov"] and f["gov_word"] == "phấn đấu" and not f["past"]


def test_extract_facts_end_to_end():
    from extractors.facts import extract_facts
    from extractors.models import shipped
    m = shipped()
    t = ("UBND huyện Tân Hòa ban hành Kế hoạch phát triển kinh tế tập thể năm 2027. Theo đó, huyện phấn đấu "
         "thành lập mới 12 hợp tác xã, nâng tổng số hợp tác xã đang hoạt động lên 85 hợp tác xã.")
    off = {(x.value, x.unit) for x in extract_facts(t, models=m).targets}
    m2 = type(m)()
    m2.__dict__.update(m.__dict__)
    m2.options = {**m.options, "cu35": "gov+due+paren+series"}
    on = {(x.value, x.unit) for x in extract_facts(t, models=m2).targets}
    assert off <= on                                                     # the option only adds
    assert (12.0, "hợp tác xã") in on
