"""The deadline audit's --q1 pointer follows a lead year until a stop, and not past it."""
import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).parent / "data" / "corpus" / "audit_deadlines.py"
spec = importlib.util.spec_from_file_location("audit_deadlines", SCRIPT)
audit = importlib.util.module_from_spec(spec)
spec.loader.exec_module(audit)

TEXT = ("Theo đó, phấn đấu đến năm 2025, đạt 100% hồ sơ được xử lý trên mạng.\n"
        "Phấn đấu 80% cơ quan có phòng họp trực tuyến.\n"
        "Kết quả thực hiện năm qua: tỉnh đã đạt 60% dịch vụ công trực tuyến.\n"
        "Phấn đấu 70% doanh nghiệp dùng hóa đơn điện tử.\n")


def flag(value, year):
    case = {"text": TEXT}
    return audit.q1_flag(case, {"value": value, "unit": "%", "deadline_year": year})


def test_a_null_goal_after_a_lead_is_pointed_at_with_the_lead_year():
    assert flag(80, None) == ("q1a", 2025)


def test_a_goal_after_a_results_heading_is_not_reached_by_the_lead():
    assert flag(70, None) == (None, None)
    assert flag(70, 2025) == ("q1b", 2025)


def test_goals_the_lead_reaches_with_its_year_are_not_flagged():
    assert flag(100, 2025) == (None, None)
    assert flag(80, 2025) == (None, None)


def test_a_window_average_over_the_lead_horizon_does_not_stop_the_reach():
    text = ("Mục tiêu đến năm 2030:\n- Tăng trưởng bình quân giai đoạn 2021-2030 đạt 9%.\n"
            "- Tỷ lệ hộ nghèo dưới 2%.\n")
    events = audit.reach_events(text)
    assert [e[1] for e in events] == ["lead"]
    assert audit.q1_flag({"text": text}, {"value": 2, "unit": "%", "deadline_year": None}) == ("q1a", 2030)


def test_a_later_year_in_a_goal_clause_ends_the_reach():
    text = ("Đến năm 2030, kinh tế số chiếm 35% GRDP và tăng lên 50% GRDP vào năm 2045. "
            "Đồng thời, tỷ lệ sử dụng dịch vụ công trực tuyến sẽ vượt 80%.")
    assert audit.q1_flag({"text": text}, {"value": 80, "unit": "%", "deadline_year": 2030}) == ("q1b", 2030)


def test_a_fronted_plan_year_with_a_goal_cue_is_a_lead_and_a_past_year_a_stop():
    assert audit.reach_events("Năm 2025, phấn đấu 90% hồ sơ trực tuyến.")[0][1:] == ("lead", 2025)
    assert audit.reach_events("Năm 2023, tỉnh đã đạt 85% hồ sơ trực tuyến.")[0][1:] == ("stop", 2023)


def test_a_year_inside_one_goal_predicate_reaches_no_sibling():
    text = ("Đại hội đề ra: GRDP đến năm 2030 đạt 240 nghìn tỷ đồng, "
            "GRDP bình quân đầu người 136 triệu đồng; kinh tế số chiếm khoảng 20%.")
    assert [e[1] for e in audit.reach_events(text)] == ["stop"]
    target = {"value": 20, "unit": "%", "deadline_year": 2030}
    assert audit.q1_flag({"text": text}, target) == ("q1b", 2030)
    assert audit.q1_flag({"text": text}, {**target, "deadline_year": None}) == (None, None)


RATES = ("Theo đó, đến năm 2025, kinh tế số chiếm 20% GRDP; năng suất lao động tăng bình quân 8%/năm; "
         "tăng trưởng bình quân giai đoạn 2021-2025 đạt 7%/năm.\n"
         "Hằng năm, tỷ lệ hộ nghèo giảm 1,5%.\n")


def rate(value, year, subject=""):
    target = {"value": value, "unit": "%/năm", "subject": subject, "deadline_year": year}
    return audit.rate_flag({"text": RATES}, target)


def test_a_null_yearly_rate_in_a_lead_reach_is_pointed_at_with_the_lead_year():
    assert rate(8, None) == ("q1r", 2025)
    assert rate(8, 2025) == (None, None)


def test_a_yearly_rate_naming_its_own_window_or_after_a_fronted_yearly_stop_is_not_pointed_at():
    assert rate(7, None) == (None, None)
    target = {"value": 1.5, "unit": "%", "subject": "hộ nghèo giảm hằng năm", "deadline_year": None}
    assert audit.rate_flag({"text": RATES}, target) == (None, None)


def test_a_yearly_rate_with_a_year_no_lead_gives_it_is_listed_and_levels_are_not_rates():
    target = {"value": 1.5, "unit": "%", "subject": "hộ nghèo giảm hằng năm", "deadline_year": 2025}
    assert audit.rate_flag({"text": RATES}, target) == ("q1y", 2025)
    assert audit.rate_flag({"text": RATES}, {"value": 20, "unit": "%", "deadline_year": None}) == (None, None)
