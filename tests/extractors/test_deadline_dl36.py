"""dl36 (option "dl36"): deadlines decided after the models and dl31-dl35. "base" re-dates a goal the models dated by
a base year only ("so với năm 2021", "giá so sánh 2015"); "law" one dated by a law's year only ("Luật Đất đai năm
2013"): the goal takes the last other "năm Y" of its sentence before it, else none. Wordings written for these tests."""
from extractors import deadline_features as dl
from tests.extractors.deadline_cands import value_context


def _decide(text: str, value: str, model_year, tokens: str = "base+law", unit: str = "%", as_of=None):
    c, years = value_context(text, value, unit)
    return dl.dl36_year(c, years, model_year, as_of, tokens.split("+"))


def test_base_year_re_dated():
    t = "Để năm 2023 này hoàn thành chỉ tiêu, huyện phấn đấu giảm 1,5% hộ nghèo so với năm 2022."
    assert _decide(t, "1,5%", 2022, as_of=2023) == 2023
    assert _decide(t, "1,5%", 2022, "law", as_of=2023) == 2022               # off
    t = "Giá trị sản xuất (giá so sánh 2015) tăng bình quân 4,2%/năm."
    assert _decide(t, "4,2%", 2015, as_of=2021) is None
    assert _decide(t, "4,2%", 2015, "law", as_of=2021) == 2015               # off


def test_law_year_re_dated():
    t = "Đến năm 2027, mỗi huyện có ít nhất 2 hợp tác xã hoạt động theo Luật Hợp tác xã năm 2023, và 3 tổ hợp tác."
    assert _decide(t, "3 tổ", 2023, unit="tổ", as_of=2024) == 2027
    assert _decide(t, "3 tổ", 2023, "base", unit="tổ", as_of=2024) == 2023   # off


def test_shapes_that_stay():
    t = "GRDP theo giá hiện hành năm 2026 đạt 95.000 tỷ đồng."
    assert _decide(t, "95.000 tỷ", 2026, unit="tỷ đồng") == 2026            # current prices: the goal's own year
    t = "Năm 2026, thu ngân sách tăng 10% so với năm 2025."
    assert _decide(t, "10%", 2026, as_of=2025) == 2026                       # the models' year is not a base year
    t = "So với năm 2024, năm 2026 đạt 60% và đến năm 2028 đạt 75%."
    assert _decide(t, "75%", 2028, as_of=2025) == 2028
    assert _decide(t, "75%", None, as_of=2025) is None                      # a null stays null


def test_end_to_end_on_and_off():
    import copy
    from extractors.facts import extract_facts
    from extractors.models import shipped
    m = shipped()
    on, off = copy.copy(m), copy.copy(m)
    on.options = {**m.options, "dl36": "base+law"}
    off.options = {k: v for k, v in m.options.items() if k != "dl36"}
    run = lambda t, mm: {x.value: x.deadline_year for x in extract_facts(t, models=mm).targets}
    t = ("Năm 2027, tỉnh phấn đấu tăng trưởng 8%. Giá trị sản xuất nông nghiệp (giá so sánh 2010) tăng bình quân "
         "3,2%/năm.")
    a, b = run(t, off), run(t, on)
    assert a.get(8.0) == b.get(8.0)
    if 3.2 in a and a[3.2] == 2010:
        assert b[3.2] is None
    assert all(a[v] == b[v] for v in a if v != 3.2)
