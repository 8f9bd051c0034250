"""The range audit script finds the goal ranges a reader must judge, and not years, dates or symbols."""
import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).parent / "data" / "corpus" / "audit_ranges.py"
spec = importlib.util.spec_from_file_location("audit_ranges", SCRIPT)
audit = importlib.util.module_from_spec(spec)
spec.loader.exec_module(audit)


def bounds(text):
    return [(low, high, unit) for _, _, low, high, unit in audit.ranges_in(text)]


def test_finds_ranges_in_the_corpus_forms():
    assert bounds("đạt khoảng 15 - 16%.") == [(15, 16, "%")]
    assert bounds("tăng 2 - 3%/năm") == [(2, 3, "%/năm")]
    assert bounds("đạt từ 13.000 đến 15.000 tỷ đồng") == [(13000, 15000, "tỷ đồng")]
    assert bounds("gấp 3,5 - 4 lần") == [(3.5, 4, "lần")]
    assert bounds("từ 15% đến 20% GRDP") == [(15, 20, "%")]


def test_leaves_out_years_dates_and_symbols():
    assert bounds("giai đoạn 2021 - 2025 đạt 9%") == []
    assert bounds("Đăng ngày 04 - 05 - 2023 | Lượt xem: 293") == []
    assert bounds("date 2025-12-26 Xã Hồ Vương") == []
    assert bounds("xếp hạng 15/20 tỉnh") == []


def test_names_the_bound_a_gold_target_sits_on():
    assert audit.gold_on([{"value": 15}], 15, 16) == "lower"
    assert audit.gold_on([{"value": 16}], 15, 16) == "upper"
    assert audit.gold_on([], 15, 16) is None
