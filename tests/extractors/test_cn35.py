"""cn35 (session 34): counted goals that never become candidates. Option cn35 tokens: "items" (a goals list going on
over paragraphs opened by a topic label or a numbered indicator, after a goal-list line that is itself an item or a
goal lead) and "yearly" (a paragraph opened by "Hằng năm," / "Mỗi năm," right after a goal paragraph). Both only open
the goal-line gate for counted nouns (`target_units._goal_line_spans`). Wordings are written for these tests, not
taken from the corpus."""
import pytest

from extractors.targets import _values
from extractors.train import SHIPPED


def _fix(tokens=""):
    o = SHIPPED
    pre = lambda k: "+".join(k + "_" + t for t in (o.get(k) or "").split("+") if t)
    return "+".join(filter(None, (o.get("cand_fix"), o.get("fj26b"), "un30" if o.get("un30") else None,
                                  pre("cd31"), pre("tc25"), pre("tg29"), pre("tg30"), pre("tg31"), pre("cd32"),
                                  pre("cd33"), "+".join("cn35_" + t for t in tokens.split("+") if t))))


def _read(text, tokens=""):
    return [(v, u) for _, _, v, u in _values(text, "goal_lines", _fix(tokens))]


# a short goals headline, then numbered indicators in paragraphs opened by topic labels
_NUMBERED = ("Những chỉ tiêu chính đến năm 2030\n\n"
             "Về kinh tế: (1) Tăng trưởng kinh tế bình quân đạt 8%/năm. (2) Thu ngân sách tăng 10%/năm, tạo việc "
             "làm cho nhiều lao động ở các xã vùng cao, vùng sâu, vùng xa và các khu công nghiệp mới được thành lập "
             "trong giai đoạn vừa qua, bảo đảm đời sống người dân ổn định, phát triển bền vững, giữ gìn môi trường, "
             "phát huy bản sắc văn hóa các dân tộc trên địa bàn, nâng cao chất lượng nguồn nhân lực và thu hút đầu "
             "tư vào các ngành có giá trị gia tăng cao như chế biến nông sản, du lịch sinh thái và dịch vụ logistics.\n\n"
             "Về xã hội: (3) Tỷ lệ lao động qua đào tạo đạt 75%. (4) Số bác sĩ/vạn dân đạt 14 bác sĩ; có 40 trạm y "
             "tế đạt chuẩn.\n\n"
             "Về môi trường: (5) Tỷ lệ che phủ rừng 48%; trồng mới 2.000 ha rừng.")


def test_items_numbered_run_after_a_goal_headline():
    got, off = _read(_NUMBERED, "items"), _read(_NUMBERED)
    for v in ((14.0, "#bác sĩ"), (40.0, "#trạm"), (2000.0, "#ha")):
        assert v not in off
    assert (14.0, "#bác sĩ") in got and (2000.0, "#ha") in got
    assert sorted(x for x in got if x[1] == "%" or x[1] == "%/năm") == sorted(x for x in off if x[1] in ("%", "%/năm"))


def test_items_topic_labels_after_a_goal_lead():
    text = ("Kế hoạch đặt mục tiêu đến năm 2028: Về hạ tầng, xây mới ít nhất 03 nhà văn hóa.\n\n"
            "Về khách du lịch: Lượng khách đến huyện đạt 600 nghìn lượt khách.\n\n"
            "Về lao động: Lao động trong ngành khoảng 2.500 người.")
    got = _read(text, "items")
    assert (600.0, "#nghìn lượt khách") in got and (2500.0, "#người") in got
    assert (600.0, "#nghìn lượt khách") not in _read(text) and (2500.0, "#người") not in _read(text)


def test_items_need_a_goal_run_before_them():
    # topic labels and numbered items with no goal line before them stay outside the gate
    text = ("Huyện tổng kết năm qua.\n\n"
            "Về y tế: (1) Huyện có 12 trạm y tế.\n\n"
            "Về giáo dục: (2) Xây 5 trường học.")
    assert not [u for v, u in _read(text, "items") if u.startswith("#")]
    # a goal line that is neither an item nor a lead does not open a run for the item after it
    text = ("Huyện phấn đấu giảm tỷ lệ hộ nghèo 2%.\n\n"
            "Về y tế: (1) Năm qua huyện có 12 trạm y tế.")
    assert (12.0, "#trạm") not in _read(text, "items")
    # a plain paragraph breaks the run
    text = ("Mục tiêu đến năm 2030: Về kinh tế: (1) Tăng trưởng 7%/năm.\n\n"
            "Hội nghị diễn ra trong hai ngày với 300 đại biểu.\n\n"
            "Về xã hội: (2) Có 25 trạm y tế đạt chuẩn.")
    got = _read(text, "items")
    assert (300.0, "#đại biểu") not in got and (25.0, "#trạm") not in got


def test_yearly_after_a_goal_paragraph():
    text = ("Nhiệm kỳ tới, huyện phấn đấu tăng trưởng bình quân 9%/năm.\n\n"
            "Hằng năm, kết nạp mới từ 200 đến 220 đảng viên.")
    assert (200.0, "#đảng viên") in _read(text, "yearly")
    assert (200.0, "#đảng viên") not in _read(text)
    # not after a paragraph that names no goal, and not "hằng năm" inside a sentence
    text = "Huyện tổng kết nhiệm kỳ.\n\nHằng năm, huyện kết nạp 200 đảng viên."
    assert (200.0, "#đảng viên") not in _read(text, "yearly")
    text = "Huyện phấn đấu tăng trưởng 9%/năm.\n\nSố đảng viên kết nạp hằng năm, 200 đảng viên, đã vượt."
    assert (200.0, "#đảng viên") not in _read(text, "yearly")


def test_both_tokens_and_unknown_token():
    got = _read(_NUMBERED, "items+yearly")
    assert (14.0, "#bác sĩ") in got
    from extractors.targets import find_targets
    with pytest.raises(ValueError):
        find_targets("Phấn đấu đạt 5%.", options={"cn35": "nope"})


def test_end_to_end_on_and_off():
    import copy
    from extractors.facts import extract_facts
    from extractors.models import shipped
    m = shipped()
    on, off = copy.copy(m), copy.copy(m)
    on.options = {**m.options, "cn35": "items"}
    off.options = {k: v for k, v in m.options.items() if k != "cn35"}
    keys = lambda mm: {(x.value, x.unit, x.deadline_year) for x in extract_facts(_NUMBERED, models=mm).targets}
    a, b = keys(off), keys(on)
    assert (14.0, "bác sĩ", 2030) not in a and (14.0, "bác sĩ", 2030) in b and (2000.0, "ha", 2030) in b
    assert a <= b       # the percentages are kept as they were
    assert b - a <= {(14.0, "bác sĩ", 2030), (40.0, "trạm", 2030), (2000.0, "ha", 2030)}
