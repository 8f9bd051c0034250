"""dl34 (option "dl34"): deadlines decided after the models, dl32, dl31 and dl33. Per value: "sib" leaves without
a deadline a goal the models dated by a year the text writes before it only as other values' predicate years
("… đến năm 2025 đạt 47,75%, trồng thêm 40.000 ha"; README-part-A R2); "cont" dates a goal of a sentence opened by
"Đồng thời," / "Bên cạnh đó," by the lead year of the sentence before; "plan" (a page pass) dates the null goals
of an annual plan's page by its one year. Wordings written for these tests."""
import pytest

from extractors import deadline_features as dl
from tests.extractors.deadline_cands import value_context


def _decide(text: str, value: str, model_year, tokens: str = "sib+cont", unit: str = "%", as_of=None):
    c, years = value_context(text, value, unit)
    return dl.dl34_year(c, years, model_year, as_of, tokens.split("+"))


def test_a_sibling_predicate_year_in_the_same_sentence():
    t = "Huyện đặt mục tiêu nâng tỷ lệ cây xanh đến năm 2027 đạt 36,5%, cải tạo thêm 1.200 ha đất trống."
    assert _decide(t, "1.200 ha", 2027, unit="ha") is None
    assert _decide(t, "1.200 ha", 2027, "cont", unit="ha") == 2027          # off
    assert _decide(t, "36,5%", 2027) == 2027                                # its own predicate year


def test_siblings_in_the_sentences_after():
    t = ("Xã phấn đấu đến năm 2028 có trên 55% số hộ dùng nước sạch và đạt 70% vào năm 2032. "
         "Trong đó, 100% trường học có nhà vệ sinh đạt chuẩn.")
    assert _decide(t, "100%", 2032) is None
    assert _decide(t, "100%", 2028) == 2028         # "phấn đấu đến năm 2028 …": a goal opener's year, a lead
    t = ("Theo kế hoạch 5 năm 2026-2030, thu ngân sách (đến năm 2030) đạt 9.000 tỷ đồng; doanh nghiệp số chiếm "
         "25% tổng số doanh nghiệp; tỷ lệ đô thị hóa đến năm 2030 khoảng 45%.")
    assert _decide(t, "25%", 2030) is None


def test_a_lead_year_stays():
    t = "Năm 2027, thành phố đặt mục tiêu tăng trưởng 9%. Thu ngân sách phấn đấu đạt 8.000 tỷ đồng."
    assert _decide(t, "8.000 tỷ đồng", 2027, unit="tỷ đồng") == 2027
    t = "Đến năm 2029, huyện phấn đấu thu nhập bình quân đạt 90 triệu đồng, tỷ lệ hộ nghèo còn 1,5%."
    assert _decide(t, "1,5%", 2029) == 2029
    t = "Tỉnh phấn đấu đến năm 2029, tỷ lệ lao động qua đào tạo đạt 75%; 60% xã đạt chuẩn."
    assert _decide(t, "60%", 2029) == 2029
    t = "Mục tiêu đến năm 2028: thu ngân sách đến năm 2028 đạt 3.000 tỷ đồng; 90% hộ có điện."
    assert _decide(t, "90%", 2028) == 2028                                  # a heading's year
    t = "Các chỉ tiêu chủ yếu đến năm 2028\n1. Thu ngân sách đạt 3.000 tỷ đồng.\n2. Có 90% hộ dùng điện."
    assert _decide(t, "90%", 2028) == 2028                                  # a heading, a list number after
    t = "Thị xã phấn đấu đến năm 2029 có 95% hồ sơ được xử lý trực tuyến, 80% người dân có tài khoản số."
    assert _decide(t, "80%", 2029) == 2029                                  # the opener's year governs the list
    t = "Tỉnh đặt mục tiêu đến năm 2029 đạt 95% dịch vụ công trực tuyến. Kinh tế số chiếm trên 25% GRDP."
    assert _decide(t, "25%", 2029) == 2029


def test_the_same_value_restated_keeps_its_year():
    t = "Thành phố phấn đấu thu hút 9,5% khách quốc tế trong năm 2027\nĐể đạt mức 9,5%, thành phố mở thêm đường bay."
    assert _decide(t, "9,5%, thành", 2027) == 2027


def test_own_year_or_a_year_after_stays():
    t = "Tỷ lệ che phủ đến năm 2027 đạt 48%, trồng mới 500 ha vào năm 2027."
    assert _decide(t, "500 ha", 2027, unit="ha") == 2027
    assert _decide("Năm 2020 đạt 40%.", "40%", 2020, as_of=2024) == 2020   # dropped as past: left alone


def test_a_continued_sentence_takes_the_lead_year():
    t = ("Theo đó, định hướng đến năm 2031 huyện sẽ phát triển 8 sản phẩm du lịch chủ lực. Đồng thời, huyện cũng "
         "quy hoạch 3 cụm du lịch với mục tiêu đón khoảng 450.000 lượt khách.")
    assert _decide(t, "450.000 lượt", None, unit="lượt khách") == 2031
    assert _decide(t, "450.000 lượt", None, "sib", unit="lượt khách") is None          # off
    assert _decide(t, "450.000 lượt", None, unit="lượt khách", as_of=2032) is None    # a past year: no change
    t = ("Phấn đấu đến năm 2031 có 8 sản phẩm chủ lực. Bên cạnh đó, doanh thu tăng bình quân 12%/năm.")
    assert _decide(t, "12%", None, unit="%/năm") is None                    # a yearly rate: none
    t = ("Giai đoạn 2026-2031, huyện phấn đấu có 8 sản phẩm. Đồng thời, thu hút 4.000 lượt khách.")
    assert _decide(t, "4.000 lượt", None, unit="lượt khách") is None        # a window, no lead year
    t = "Phấn đấu đến năm 2031 có 8 sản phẩm. Thu hút 4.000 lượt khách."
    assert _decide(t, "4.000 lượt", None, unit="lượt khách") is None        # no connective


def test_unknown_token():
    with pytest.raises(ValueError):
        _decide("Đạt 5%.", "5%", 2026, "nope")


def test_end_to_end_on_and_off():
    import copy
    from extractors.facts import extract_facts
    from extractors.models import shipped
    m = shipped()
    on, off = copy.copy(m), copy.copy(m)
    base = {k: v for k, v in m.options.items() if k != "dl35"}     # dl35 (after dl34) reads the same siblings
    on.options = {**base, "dl34": "sib+cont"}
    off.options = {k: v for k, v in base.items() if k != "dl34"}
    run = lambda t, mm: {x.value: x.deadline_year for x in extract_facts(t, models=mm).targets}
    t = ("Huyện vừa ban hành đề án phát triển rừng. Theo đó, huyện đặt mục tiêu nâng tỷ lệ che phủ của rừng đến năm "
         "2030 đạt 45,5%, trồng mới 12.000 ha. Trong đó, diện tích trồng mới có ít nhất 3.000 ha rừng gỗ lớn.")
    a, b = run(t, off), run(t, on)
    assert a[45.5] == b[45.5] == 2030 and a[12000.0] == 2030 and b[12000.0] is None and b[3000.0] is None
    # a goal between two siblings of one sentence that dl32's "sib" would date keeps dl34's null
    t = ("Nhiệm kỳ 2025-2030, thành phố đặt mục tiêu thu nhập bình quân (đến năm 2030) đạt 150 triệu đồng; thu "
         "ngân sách đến năm 2030 đạt 40.000 tỷ đồng; kinh tế số chiếm 25% GRDP; tỷ lệ đô thị hóa đến năm 2030 khoảng 45%.")
    a, b = run(t, off), run(t, on)
    assert a[25.0] == 2030 and b[25.0] is None and b[45.0] == 2030
    t = ("Theo đó, định hướng đến năm 2030 huyện sẽ phát triển 8 sản phẩm du lịch chủ lực. Đồng thời, huyện cũng "
         "quy hoạch các cụm du lịch với mục tiêu đón khoảng 450.000 lượt du khách, doanh thu đạt 900 tỷ đồng.")
    a, b = run(t, off), run(t, on)
    assert a[450000.0] is None and b[450000.0] == 2030 and b[900.0] == 2030


def test_an_annual_plan_page_dates_its_null_goals():
    from extractors.targets import _dl34_plan
    from extractors.types import Target
    s = "Huyện phấn đấu thu ngân sách đạt 450 tỷ đồng."
    mk = lambda v, u, y, sent=s: Target(v, u, "", y, None, sent)
    page = lambda: [mk(450, "tỷ đồng", 2027), mk(12, "xã", 2027), mk(30, "hợp tác xã", 2027),
                    mk(2, "bậc", None, "Chỉ số cải cách hành chính tăng từ 2 bậc trở lên."),
                    mk(7, "%/năm", None, "Tăng trưởng bình quân 7%/năm."),
                    mk(6, "%", None, "Giai đoạn 2026-2030 tăng 6%.")]
    out = page()
    _dl34_plan(out, 2027, set())
    assert [t.deadline_year for t in out] == [2027, 2027, 2027, 2027, None, None]
    out = page()
    _dl34_plan(out, 2026, set())                    # the dated goals are not of the page's own year
    assert out[3].deadline_year is None
    out = page()[2:]
    _dl34_plan(out, 2027, set())                    # one dated goal: too few
    assert out[1].deadline_year is None
    out = page()
    _dl34_plan(out, 2027, {id(out[3])})            # left null by "sib"
    assert out[3].deadline_year is None
