from extractors.goal_errors import _sentence, classify
from extractors.goal_miss_classes import _cue_class, _value_at

COLLECTIVE = ("Theo đó, huyện phấn đấu đưa giá trị sản xuất nông nghiệp đạt 3.563 tỷ đồng. "
              "Doanh thu thương mại, dịch vụ đạt 10.930 tỷ đồng, tăng 8,61% so với cùng kỳ.")


def test_a_value_after_a_lead_sentence_is_collective():
    assert _cue_class(COLLECTIVE, COLLECTIVE.index("10.930")).startswith("D collective")


def test_a_goal_cue_in_the_values_clause_is_local():
    t = "Năm 2025, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt 80%."
    assert _cue_class(t, t.index("80%")).startswith("B ")


def test_a_list_under_a_lead_in_above_its_paragraph():
    t = "Các chỉ tiêu chủ yếu:\n\nẢnh: Mộc Trà\n\nTỷ lệ hồ sơ trực tuyến đạt 50%."
    assert _cue_class(t, t.index("50%")).startswith("E list")


def test_the_value_is_found_again_from_goal_errors_snippet():
    t = "x " * 100 + "Doanh thu\n  đạt 10.930 tỷ đồng, tăng 8,61% so với cùng kỳ. " + "y " * 40
    start = t.index("10.930")
    assert _value_at(t, _sentence(t, start)) == start
    near_start = "Chỉ tiêu:\n\n 50% số dân"
    assert _value_at(near_start, _sentence(near_start, near_start.index("50%"))) == near_start.index("50%")


def test_run_shape_of_a_collective_value():
    from extractors.goal_miss_classes import _details, _run_shape
    assert _run_shape(COLLECTIVE, COLLECTIVE.index("10.930")) == "run"
    items = "Năm 2025 đề ra 29 chỉ tiêu. Cụ thể, phấn đấu doanh thu tăng 5,7%; thu ngân sách 607 tỷ đồng; hộ nghèo 0,16%."
    assert _run_shape(items, items.index("0,16")) == "run"          # across ";" items
    broken = "Tỉnh phấn đấu đạt 80%. Hội nghị diễn ra sôi nổi. Doanh thu đạt 900 tỷ đồng."
    assert _run_shape(broken, broken.index("900")).startswith("broken")
    alone = "Các chỉ tiêu chủ yếu:\n\nDoanh thu đạt 900 tỷ đồng."
    assert _run_shape(alone, alone.index("900")).startswith("no goal sentence")
    row = {"gold": [8.61, "%", 2025], "as_of": 2024}
    assert _details(row, COLLECTIVE, COLLECTIVE.index("8,61"), "D collective") == [
        "D: run", "D: page date before the gold year", "D: comparison after the value"]


def test_a_candidate_with_an_upper_case_unit_is_found_as_the_scorer_folds_it():
    case = {"id": "x", "text": "Doanh thu đạt 52 tỷ USD.", "targets": [{"value": 52, "unit": "tỷ USD"}]}
    rows = [{"value": 52.0, "unit": "tỷ USD", "drop": "goal", "p": 0.3, "goal": {}, "start": 14}]
    models = type("M", (), {"goal": None})()
    assert [r["why"] for r in classify(case, rows, [], models)] == ["goal"]
