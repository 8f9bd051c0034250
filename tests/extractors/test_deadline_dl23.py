"""dl23 (scope token "r23"): a year written right after a value, closing the value's own goal ("tăng lên
50% vào năm 2045", "tối thiểu 50% (năm 2025)"), is that value's deadline; a year that opens the next
goal ("(năm 2030 đạt 100%)", "và đến năm 2030, …") or stands past an ellipsis is not."""
from extractors import deadline_features as dl
from tests.extractors.deadline_cands import year_cands

SCOPE = "lead+q1+r18+r19+r20+r21+r22"


def _cands(text: str, value_at: str, unit: str = "%", scope: str = SCOPE + "+r23") -> dict:
    return year_cands(text, value_at, scope, unit)


def _after(text: str, value_at: str) -> int | None:
    e = text.index(value_at) + len(value_at)
    return dl.own_after_year(text, e, dl.year_mentions(text))


def test_a_year_right_after_the_value_closes_its_goal():
    assert _after("Nghị quyết đặt mục tiêu năm 2030 kinh tế số chiếm hơn 30% GDP và tăng lên 50% vào năm 2045.",
                  "50%") == 2045
    assert _after("Có tối thiểu 50% (năm 2025) và 80% (năm 2030) sản phẩm được chứng nhận.", "50%") == 2025
    assert _after("Có tối thiểu 50% (năm 2025) và 80% (năm 2030) sản phẩm được chứng nhận.", "80%") == 2030
    assert _after("Mục tiêu trở thành 1 trong 20 địa phương dẫn đầu chuyển đổi số vào năm 2025, tỉnh đã hành động.",
                  "20") == 2025
    assert _after("Tỷ lệ hộ nghèo giảm còn 2% đến cuối năm 2026.", "2%") == 2026


def test_a_year_that_opens_another_goal_or_follows_an_ellipsis_does_not():
    for t, at in [("Tối thiểu 90% hồ sơ cấp tỉnh (năm 2030 đạt 100%), 80% hồ sơ cấp huyện.", "90%"),
                  ("Tỷ trọng đạt tối thiểu 10% (đến năm 2030 đạt tối thiểu 20%, riêng du lịch 30%).", "10%"),
                  ("Đến năm 2025, kinh tế số chiếm khoảng 20% và đến năm 2030, kinh tế số chiếm 30% GRDP.", "20%"),
                  ("Tổng vốn đầu tư toàn xã hội trên 75.000 tỷ đồng… Đến năm 2030, tỉnh phát triển khá.", "75.000"),
                  ("Doanh thu tăng 15% so với năm 2024.", "15%"),
                  ("Tăng trưởng bình quân 7% giai đoạn 2021 - 2025.", "7%"),
                  ("Có 50% xã đạt chuẩn, năm 2030 có 80% xã đạt chuẩn.", "50%")]:
        assert _after(t, at) is None, t


def test_the_candidates_are_told_which_year_closes_the_value():
    t = "Nghị quyết đặt mục tiêu năm 2030 kinh tế số chiếm hơn 30% GDP và tăng lên 50% vào năm 2045."
    on = _cands(t, "50%")
    assert on[2045]["r23_after_value"] == 1.0 and on[2045]["r23_after_other"] == 0.0
    assert on[2030]["r23_after_value"] == 0.0 and on[2030]["r23_after_other"] == 1.0
    assert on[None]["r23n_after_value"] == 1.0
    first = _cands(t, "30%")        # the 2030 goal: nothing closes it
    assert first[2030]["r23_after_value"] == 0.0 and first[None]["r23n_after_value"] == 0.0


def test_the_token_off_adds_nothing():
    t = "Có tối thiểu 50% (năm 2025) và 80% (năm 2030) sản phẩm được chứng nhận."
    off = _cands(t, "50%", scope=SCOPE)
    assert not any(k.startswith("r23") for f in off.values() for k in f)
