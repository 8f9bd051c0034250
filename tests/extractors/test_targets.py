import pytest

from extractors.normalize import normalize_text
from extractors.models import RULES
from extractors.targets import annual_year, find_targets


def _t(text, **kw):
    return [(t.value, t.unit, t.deadline_year) for t in find_targets(normalize_text(text), **kw)]


def test_goals_with_deadlines_and_qualifiers():
    text = ("Ban Chấp hành ban hành Nghị quyết với các mục tiêu như sau:\n"
            "Thủ tục hành chính được cung cấp trên nhiều phương tiện đạt 100%. Đến cuối năm 2025, 90% thủ tục "
            "hành chính được giải quyết trực tuyến.\n"
            "Đến năm 2025, tỷ lệ người dân thực hiện dịch vụ công trực tuyến tối thiểu đạt 50% so với tổng số hồ sơ "
            "tiếp nhận; tối thiểu từ 80% trở lên hồ sơ được luân chuyển bằng phương thức điện tử.\n"
            "Phấn đấu đến năm 2025, các chỉ số PAR INDEX, PAPI, PCI của tỉnh nằm trong nhóm 30 hạng đầu của cả nước.\n"
            "Để đạt được các mục tiêu nêu trên, cần triển khai 46 nhiệm vụ, giải pháp.")
    assert _t(text) == [(100.0, "%", None), (90.0, "%", 2025), (50.0, "%", 2025), (80.0, "%", 2025),
                        (30.0, "hạng", 2025)]
    t = find_targets(normalize_text(text))[3]
    assert "tối thiểu" in t.qualifier and "trở lên" in t.qualifier
    assert t.subject.startswith("hồ sơ được luân chuyển")


def test_heading_governs_its_list():
    text = ("Mục tiêu cơ bản phát triển kinh tế số đến năm 2025:\n\n- Tỷ trọng kinh tế số đạt 20% GRDP.\n\n"
            "- Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80%.\n\n"
            "- Số lượng doanh nghiệp công nghệ số đạt 10 doanh nghiệp.")
    assert _t(text) == [(20.0, "%", 2025), (80.0, "%", 2025), (10.0, "doanh nghiệp", 2025)]


def test_past_results_counts_and_furniture_are_not_targets():
    text = ("Năm 2021, chỉ số PAR INDEX của tỉnh đạt 87,61 điểm, tăng 1,59 điểm so với năm 2020.\n"
            "Đến nay, 100% xã đã có bộ phận một cửa. Kế hoạch đề ra 46 nhiệm vụ, giải pháp.\n"
            "Trạm đo Độ mặn cao nhất\nCống Long Hải 0,7 g/l Giảm 1,6 g/l\nĐang truy cập: 27")
    assert _t(text) == []


def test_forward_cue_after_a_past_one():
    text = "Tỷ trọng kinh tế số ước đạt hơn 7% GRDP, phấn đấu đến năm 2025 đạt 20% GRDP."
    assert _t(text) == [(20.0, "%", 2025)]


def test_ranks_and_steps():
    assert _t("Hướng tới mục tiêu trở thành 1 trong 5 địa phương dẫn đầu cả nước về chuyển đổi số vào năm 2025.") \
        == [(5.0, "hạng", 2025)]
    assert _t("phấn đấu chỉ số PAPI được cải thiện thứ hạng trong năm 2025, tăng ít nhất 01 bậc so với năm 2024") \
        == [(1.0, "bậc", 2025)]


def test_annual_plan_year_is_the_default_deadline():
    focus = "UBND tỉnh vừa ban hành kế hoạch chuyển đổi số năm 2025 với hàng loạt chỉ tiêu"
    assert annual_year(focus) == 2025
    assert _t("Huyện hướng đến 100% thủ tục hành chính được cung cấp trực tuyến toàn trình.", default_year=2025) \
        == [(100.0, "%", 2025)]


def test_a_base_year_is_not_the_plans_year():
    # "so với năm 2020" compares with a past year; a programme of a window has no plan year from it
    assert annual_year("Chương trình mục tiêu quốc gia giai đoạn 2021-2025 đặt mục tiêu thu nhập "
                       "tăng ít nhất 1,5 lần so với năm 2020.") is None
    assert annual_year("Chỉ tiêu tăng 5% so với cùng kỳ năm 2024; kế hoạch năm 2025 giao 12 nhiệm vụ") == 2025


def test_same_goal_repeated_counts_once():
    text = ("90% thủ tục hành chính được cung cấp trực tuyến toàn trình trong năm 2025\n"
            "Theo kế hoạch, đến năm 2025, tỉnh đặt mục tiêu 90% thủ tục hành chính đủ điều kiện được cung cấp trực "
            "tuyến toàn trình. Đáng chú ý, 90% hồ sơ giải quyết thủ tục hành chính sẽ được số hóa.")
    assert _t(text) == [(90.0, "%", 2025), (90.0, "%", 2025)]


def test_a_goal_due_before_the_page_was_written_is_a_past_goal():
    from extractors.facts import extract_facts
    from extractors.models import RULES
    goal = "Mục tiêu năm 2024: phấn đấu 80% hồ sơ được giải quyết trực tuyến. "
    for models in (RULES, None):
        # the page cites a plan of 2023: the 2024 goal is still ahead
        assert [(t.value, t.deadline_year) for t in extract_facts(
            goal + "Căn cứ Kế hoạch số 12/KH-UBND ngày 10/01/2023 của UBND tỉnh.", models=models).targets] == [(80.0, 2024)]
        # it cites one of 2025: the page reviews the 2024 goal, it does not set it
        assert extract_facts(goal + "Căn cứ Kế hoạch số 12/KH-UBND ngày 10/01/2025 của UBND tỉnh.",
                             models=models).targets == []


def test_page_type_sections_and_list_shares():
    from extractors import target_features as tf
    assert tf.page_type("ỦY BAN NHÂN DÂN\nSố: 228/KH-UBND\nKẾ HOẠCH\nChuyển đổi số") == "plan"
    assert tf.page_type("UBND TỈNH\nSố: 12/BC-UBND\nBÁO CÁO\nKết quả") == "report"
    assert tf.page_type("Gia Lai dự kiến chi hơn 195 tỷ đồng") == "other"
    text = "I. KẾT QUẢ ĐẠT ĐƯỢC\n1. Chỉ tiêu\nTỷ lệ đạt 90%.\nII. MỤC TIÊU NĂM 2025\nTỷ lệ đạt 95%."
    paras, pos = [], 0
    for line in text.split("\n"):
        paras.append((pos, pos + len(line)))
        pos += len(line) + 1
    secs = tf.sections(text, paras)
    assert secs[2] == ("result", "goal") and secs[4] == ("goal", "none")
    shares = tf.list_shares([("a", True, False), ("a", True, False), ("a", False, True), ("b", False, True)])
    assert shares[2]["list_past"] == 1.0 and shares[2]["list_fwd"] == 0.0
    assert shares[0]["list_past"] == 0.5 and shares[3] == {"list_single": 1.0}


def test_learned_goals_read_the_list_they_sit_in():
    from extractors.facts import extract_facts
    plan = ("KẾ HOẠCH\nChuyển đổi số năm 2025\nII. MỤC TIÊU\nĐến năm 2025, phấn đấu:\n"
            "- 90% hồ sơ được giải quyết trực tuyến;\n- 80% người dân có tài khoản định danh;\n")
    got = {(t.value, t.deadline_year) for t in extract_facts(plan).targets}
    assert {(90.0, 2025), (80.0, 2025)} <= got
    report = ("BÁO CÁO\nKết quả chuyển đổi số năm 2024\nI. KẾT QUẢ ĐẠT ĐƯỢC\nĐến nay, toàn tỉnh đã đạt:\n"
              "- 90% hồ sơ được giải quyết trực tuyến so với cùng kỳ;\n- 80% người dân đã có tài khoản định danh;\n")
    assert extract_facts(report).targets == []


def test_result_cues_and_the_second_pass_features():
    from extractors import target_features as tf
    from extractors.textutil import Sentences

    def cues(text, value):
        start = text.index(value)
        sent = Sentences(text).bounds(start)
        ctx = tf.Context(text, start, start + len(value), 0.0, "%", sent, sent, sent, sent[0],
                         False, False, False, None, None, False)
        return tf.result_cues(ctx)
    # a value reported at a date: "đến hết năm 2024" is no deadline here
    assert cues("Tính đến hết năm 2024, toàn tỉnh có trên 95% hộ gia đình có cáp quang.", "95%")["as_of_sent"] == 1.0
    assert cues("Đến năm 2025, 95% hộ gia đình có cáp quang.", "95%")["as_of_sent"] == 0.0
    # a share of the national GDP, not of the province's GRDP
    assert cues("Bộ Chính trị đặt mục tiêu kinh tế số chiếm trên 30% GDP năm 2030.", "30%").get("macro:GDP") == 1.0
    assert "macro:GDP" not in cues("Kinh tế số chiếm 20% GRDP của tỉnh.", "20%")
    # the other values of the page and of the list, and the neighbours
    st = tf.stack_features([1.0, 0.0, 0.5], ["a", "a", "b"])
    assert st[0] == {"st_page": 0.25, "st_list": 0.0, "st_next": 0.0}
    assert st[2] == {"st_page": 0.5, "st_prev": 0.0}
    assert tf.stack_features([0.7], ["a"]) == [{}]
    # the wide second pass: the others of the same sentence, and the max besides the mean
    wide = tf.stack_features([0.9, 0.1, 0.4], ["a", "a", "b"], {"sent": [0, 0, 5]})
    assert wide[1]["st_sent"] == 0.9 and wide[1]["st_page_max"] == 0.9 and wide[0]["st_page_max"] == 0.4
    assert "st_sent" not in wide[2]


def test_the_sentence_that_opens_a_prose_run_of_values():
    from extractors import deadline_features as dl, target_features as tf
    from extractors.textutil import Sentences
    t = ("Hội nghị giao chỉ tiêu kinh tế năm 2025. Theo đó, huyện phấn đấu tăng 4,18% so với cùng kỳ. "
         "Doanh thu dịch vụ tăng 8,61% so với cùng kỳ.")
    starts = [t.index("4,18"), t.index("8,61")]
    span = tf.run_opener(t, Sentences(t), starts, (0, len(t)), starts[1])
    assert t[span[0]:span[1]].startswith("Hội nghị giao chỉ tiêu")      # past the valued sentence
    f = tf.opener_features(t, span, dl.year_mentions(t), 2024)
    assert f["op_goal"] == 1.0 and f["op_ahead"] == 1.0 and f["op_past"] == 0.0
    assert tf.opener_features(t, None, [], 2024) == {"op_none": 1.0}


def test_the_digital_economy_share_restated_counts_once():
    from extractors.facts import extract_facts
    text = ("TP. HCM đặt mục tiêu kinh tế số chiếm 25% GRDP vào năm 2025\n\n"
            "Đến năm 2025: Kinh tế số của thành phố chiếm 25% GRDP; 100% hồ sơ được số hóa.\n"
            "Đến năm 2030, kinh tế số chiếm 40% GRDP.")
    for models in (None, RULES):
        got = sorted((t.value, t.deadline_year) for t in extract_facts(text, models=models).targets)
        assert got == [(25.0, 2025), (40.0, 2030), (100.0, 2025)], models


def _paras(text):
    paras, pos = [], 0
    for line in text.split("\n"):
        paras.append((pos, pos + len(line)))
        pos += len(line) + 1
    return paras


def test_lead_in_of_a_list():
    from extractors import deadline_features as dl, target_features as tf
    # a results lead-in over lines of values, with a sub-heading in between that names neither
    report = ("Tỉnh đã ban hành nhiều văn bản. Kết quả đạt được đến hết năm 2022 như sau:\n"
              "Phát triển hạ tầng số: Tỷ lệ dân số có điện thoại thông minh đạt 61%;\n"
              "Tỷ lệ hộ gia đình có cáp quang đạt 50%.")
    paras = _paras(report)
    has_value = [False, True, True]
    for pi, needle in ((1, "61%"), (2, "50%")):
        span = tf.lead_in(report, paras, has_value, pi, report.index(needle))
        assert report[span[0]:span[1]].strip().startswith("Kết quả đạt được")
        f = tf.lead_features(report, span, dl.year_mentions(report), 2023)
        assert f["li_result"] == 1.0 and f["li_year_past"] == 1.0
    # a goals lead-in in the value's own paragraph
    plan = "Theo đó, năm 2024, tỉnh phấn đấu hoàn thành các chỉ tiêu như: tỷ lệ người dân đạt 40%; hồ sơ đạt 80%."
    span = tf.lead_in(plan, _paras(plan), [True], 0, plan.index("80%"))
    f = tf.lead_features(plan, span, dl.year_mentions(plan), None)
    assert f["li_goal"] == 1.0 and f["li_result"] == 0.0
    # prose between the colon and the value: no lead-in governs it
    prose = "Các chỉ tiêu như sau:\nTỉnh tổ chức hội nghị tổng kết.\nTỷ lệ đạt 90%."
    assert tf.lead_in(prose, _paras(prose), [False, False, True], 2, prose.index("90%")) is None
    assert tf.lead_features(prose, None, [], None) == {"li_none": 1.0}


def test_money_multiples_and_counted_units_are_candidates_with_one_unit_each():
    from extractors.target_units import amount, unit_values
    assert amount("118.079") == 118079 and amount("169,46") == 169.46 and amount("1.5") == 1.5
    text = ("GRDP đạt hơn 630.000 tỷ đồng; bình quân đầu người đạt 6.300 USD/năm (khoảng 166 triệu đồng); "
            "thu nhập tăng ít nhất 1,5 lần so với năm 2020; có ít nhất 3 đô thị thông minh; 15 tỉnh, thành phố; "
            "30 - 35 đơn vị cấp huyện; 15 tiêu chí/xã; ít nhất một huyện; 8.500 đô la Mỹ; Đại hội lần thứ 2; "
            "đồng bộ 3 đồng thời")
    got = [(v, u) for _, _, v, u in unit_values(text, [])]
    assert sorted(got) == sorted([(630000.0, "#tỷ đồng"), (6300.0, "#USD/năm"), (166.0, "#triệu đồng"),
                                  (1.5, "#lần"), (3.0, "#đô thị"), (15.0, "#tỉnh"), (30.0, "#đơn vị cấp huyện"),
                                  (15.0, "#tiêu chí/xã"), (1.0, "#huyện"), (8500.0, "#USD")])
    # a span already read as a percentage or a rank is not read again
    assert unit_values("nhóm 10 tỉnh dẫn đầu", [(0, 12)]) == []


def test_money_goals_with_the_units_option():
    text = "Phấn đấu đến năm 2030, GRDP bình quân đầu người đạt khoảng 8.500 USD, thu nhập tăng gấp 2 lần."
    assert _t(text, options={"units": True}) == [(8500.0, "USD", 2030), (2.0, "lần", 2030)]
    assert _t(text) == []                      # without the option: the candidates of before


def test_window_cues_and_the_previous_paragraph_with_values():
    from extractors import deadline_features as dl, target_features as tf
    from extractors.targets import _paragraphs

    def ctx(text, value_at):
        s = text.index(value_at)
        e = s + len(value_at)
        return tf.Context(text, s, e, 0.0, "%/năm", (0, len(text)), (0, len(text)), (0, len(text)), 0,
                          False, False, False, None, None, False)
    avg = "Phấn đấu tốc độ tăng GRDP bình quân giai đoạn 2026-2030 đạt 10,5%/năm."
    f = dl.window_features(ctx(avg, "10,5%/năm"))
    assert f["w_avg"] == f["w_span"] == f["w_avg_nodue"] == 1.0 and f["w_due"] == 0.0
    head = "GRDP bình quân đầu người đến năm 2030 đạt 95 triệu đồng/người."
    f = dl.window_features(ctx(head, "95 triệu"))
    assert f["w_avg"] == 0.0 and f["w_due"] == 1.0          # per head is not an average over time
    text = ("Năm 2024, tỉnh phấn đấu hoàn thành các chỉ tiêu: tỷ lệ A đạt 40%.\nẢnh: Mộc Trà\n"
            "Tỷ lệ B đạt 50%.\n" + "Văn bản dài không có số liệu nào cả. " * 8 + "\nTỷ lệ C đạt 60%.")
    paras = _paragraphs(text)
    has_value = ["%" in text[s:e] for s, e in paras]
    pp = tf.prev_para_features(text, paras, has_value)
    assert pp[0] == {"pp_none": 1.0} and pp[2]["pp_goal"] == 1.0      # a caption does not end the run
    assert pp[4] == {"pp_none": 1.0}                                     # prose without values does


def test_a_year_before_a_counted_noun_is_not_a_count():
    from extractors.target_units import unit_values
    got = unit_values("Trong năm 2023 tỉnh đạt nhiều kết quả; có 2.567 xã", [])
    assert [(v, u) for _, _, v, u in got] == [(2567.0, "#xã")]


def test_year_link_features_tie_a_year_to_its_own_value():
    from extractors.facts import extract_facts
    text = ("Kế hoạch số 12/KH-UBND\nMục tiêu cụ thể:\n- Tối thiểu 90% hồ sơ cấp tỉnh (năm 2030 đạt 100%), "
            "80% hồ sơ cấp huyện được xử lý trên môi trường mạng.\n"
            "- Về kinh tế số, năm 2025 chiếm 10% GRDP, năm 2030 chiếm 20% GRDP.\n"
            "- Thu nhập tăng 1,5 lần so với năm 2020.")
    tr = {"_options": {"units": True, "ylink": True}}
    extract_facts(text, models=RULES, trace=tr)
    years = {v["value"]: dict(v["years"]) for v in tr["targets"]}
    assert years[90.0][2030]["closed_paren"] == 0.0 and years[80.0][2030]["closed_paren"] == 1.0
    assert years[10.0][2025]["same_chunk"] == 1.0 and years[10.0][2030]["same_chunk"] == 0.0
    assert years[1.5][2020]["base_year"] == 1.0              # "so với năm 2020" is the base, not the deadline
    tr = {"_options": {"units": True}}
    extract_facts(text, models=RULES, trace=tr)
    assert "closed_paren" not in tr["targets"][0]["years"][0][1]     # off without the option


def test_a_yearless_restatement_of_a_dated_goal_counts_once():
    from extractors.targets import _without_yearless_restatements
    from extractors.types import Target
    head = Target(value=80.0, unit="%", subject="hộ gia đình kinh doanh ở Lạng Sơn sẽ có gian hàng số")
    body = Target(value=80.0, unit="%", subject="hộ gia đình kinh doanh ở Lạng Sơn sẽ có gian hàng số", deadline_year=2030)
    other = Target(value=80.0, unit="%", subject="hồ sơ được giải quyết trực tuyến")
    assert _without_yearless_restatements([head, body, other]) == [body, other]
    assert _without_yearless_restatements([head]) == [head]          # no dated twin: kept


def test_a_headline_goal_restated_in_the_body_counts_once():
    # the headline's wording shares too few words with the body's for the subject test
    text = ("Hải Phòng phấn đấu tăng trưởng kinh tế đạt 12,5% trong năm 2025\n"
            "Theo kế hoạch, năm 2025 thành phố đặt mục tiêu tốc độ tăng trưởng GRDP đạt 12,5%, "
            "tỷ trọng kinh tế số chiếm 20% GRDP.")
    both = [(12.5, "%", 2025), (12.5, "%", 2025), (20.0, "%", 2025)]
    assert _t(text) == both
    assert _t(text, options={"restate": "title"}) == [(12.5, "%", 2025), (20.0, "%", 2025)]
    # a headline goal the body does not state is the page's own goal: kept
    other = text.replace("GRDP đạt 12,5%", "GRDP đạt 13%")
    assert (12.5, "%", 2025) in _t(other, options={"restate": "title"})


def _scope_ctx(text, value_at, unit="%"):
    """A Context for one value, built as find_targets builds it (sentence, clause, heading)."""
    from extractors import target_features as tf
    from extractors.targets import _clause, _paragraphs
    from extractors.textutil import Sentences
    s = text.index(value_at)
    e = s + len(value_at)
    sent = Sentences(text).bounds(s)
    paras = _paragraphs(text)
    pi = next(i for i, (a, b) in enumerate(paras) if a <= s <= b)
    head = tf.headings(text, paras)[pi]
    return tf.Context(text, s, e, 0.0, unit, sent, _clause(text, sent, s, e), paras[pi], paras[pi][0],
                      False, False, False, None, None, False, head)


def test_scope_features_read_a_term_or_window_without_a_deadline_of_its_own():
    from extractors.deadline_features import scope_features
    text = ("Đại hội Đảng bộ huyện nhiệm kỳ 2020-2025 đề ra các chỉ tiêu: tốc độ tăng trưởng bình quân hằng năm "
            "đạt 12%/năm; đến năm 2025, 100% xã đạt chuẩn nông thôn mới; tỷ lệ hộ dùng nước sạch trên 90%.")
    avg = scope_features(_scope_ctx(text, "12%/năm", "%/năm"))
    assert avg["sc_term_sent"] == avg["sc_recurring"] == avg["sc_term_nodue"] == avg["sc_recurring_nodue"] == 1.0
    own = scope_features(_scope_ctx(text, "100% xã"))
    assert own["sc_due_sent"] == 1.0 and own["sc_term_nodue"] == 0.0     # its own "đến năm 2025"
    level = scope_features(_scope_ctx(text, "90%"))
    assert level["sc_due_sent"] == 0.0 and level["sc_term_nodue"] == 1.0  # another item's year is not its own
    # a heading over the list gives the year ("Mục tiêu năm 2025:"), and "USD/năm" is per head, not a rate
    text = "Mục tiêu năm 2025:\n- GRDP bình quân đầu người đạt 5.000 USD/năm;\n- tỷ lệ bảo hiểm y tế 95%."
    f = scope_features(_scope_ctx(text, "5.000 USD/năm", "USD/năm"))
    assert f["sc_due_head"] == 1.0 and f["sc_recurring"] == 0.0 and f["sc_term_nodue"] == 0.0
    assert scope_features(_scope_ctx(text, "95%"))["sc_due_head"] == 1.0


def test_the_null_step_decides_none_before_the_ranking_picks_a_year():
    from extractors.models import Linear, Models
    from extractors.targets import _deadline
    cands = [(2025, {"year": 1.0, "cue": 1.0}), (2030, {"year": 1.0}), (None, {"none": 1.0, "sc_term_nodue": 1.0})]
    m = Models(deadline=Linear({"cue": 2.0, "none": 3.0}, -1.0))
    assert _deadline(m, cands) is None                        # the ranking alone: "none" scores highest
    m.deadline_null = Linear({"sc_term_nodue": -4.0}, 1.0)    # "one deadline": the best year, not "none"
    assert _deadline(m, cands) == 2025
    m.deadline_null = Linear({"sc_term_nodue": 4.0}, -1.0)
    assert _deadline(m, cands) is None
    assert _deadline(m, [(None, {"none": 1.0})]) is None     # no year to choose


def test_the_null_step_trains_on_out_of_fold_ranking_scores():
    pytest.importorskip("sklearn")
    from extractors.train import SHIPPED, fit_null
    assert SHIPPED.get("null_step") and SHIPPED.get("scope")     # what ships (session 11)
    cases, groups, golds = [], [], []
    for i in range(30):
        cases.append({"id": str(i), "province": f"P{i}", "site": f"s{i}.vn"})
        for j in range(4):
            window = (i + j) % 2 == 0
            groups.append((i, [(2025, {"year": 1.0, "cue": 1.0}), (None, {"none": 1.0, "sc_span_nodue": float(window)})]))
            golds.append(None if window else 2025)
    null = fit_null(cases, {"deadline_groups": (groups, golds)})
    assert null is not None and null.meta["examples"] == 120 and null.weights["sc_span_nodue"] > 0


def test_a_share_of_a_goal_met_is_dropped_but_meeting_the_plan_in_full_is_a_goal():
    text = ("Năm 2026, phường phấn đấu thực hiện các chỉ tiêu: tỷ lệ giải ngân vốn đầu tư công đạt 100% kế hoạch "
            "giao; số hồ sơ trực tuyến tăng trên 20% so với kế hoạch năm 2025; tỷ lệ thu phí đạt 85% kế hoạch; "
            "tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%.")
    assert _t(text) == [(95.0, "%", 2026)]                       # without the option every share of a plan goes
    assert _t(text, options={"ratio": "full"}) == [(100.0, "%", 2026), (95.0, "%", 2026)]
    assert _t(text, options={"ratio": "full_growth"}) == [(100.0, "%", 2026), (20.0, "%", 2026), (95.0, "%", 2026)]


def test_the_trace_says_what_dropped_each_value():
    from extractors.facts import extract_facts
    text = normalize_text("Phấn đấu đến năm 2025, 90% hồ sơ được giải quyết trực tuyến, giải ngân đạt 85% kế hoạch.\n"
                          "Đến nay, 60% hồ sơ đã được số hóa.")
    tr = {"_options": {"units": True}}
    extract_facts(text, models=RULES, trace=tr)
    assert [(r["value"], r["drop"]) for r in tr["targets"]] == [(90.0, None), (85.0, "ratio"), (60.0, "goal")]



def test_a_parenthesis_with_its_own_value_keeps_its_year_to_itself():
    from extractors.facts import extract_facts
    text = ("Kế hoạch số 12/KH-UBND\nMục tiêu cụ thể đến năm 2025:\n- Tối thiểu 90% hồ sơ cấp tỉnh (năm 2030 đạt 100%), "
            "80% hồ sơ cấp huyện (năm 2030 đạt 90%) được xử lý trên môi trường mạng.")
    def years(opts):
        tr = {"_options": {"units": True, **opts}}
        extract_facts(text, models=RULES, trace=tr)
        return {(v["value"], v["start"]): [y for y, _ in v["years"]] for v in tr["targets"]}
    before, after = years({}), years({"own_year": "paren"})
    at = {v: text.index(s) for v, s in ((90.0, "90% hồ sơ"), (80.0, "80%"), (100.0, "100%"))}
    assert 2030 in before[(80.0, at[80.0])] and 2030 in before[(90.0, at[90.0])]
    # outside the parentheses 2030 is no candidate: the heading's 2025 is left
    assert 2030 not in after[(80.0, at[80.0])] and 2025 in after[(80.0, at[80.0])]
    assert 2030 not in after[(90.0, at[90.0])]
    # inside, the year beside the value is its only year
    assert after[(100.0, at[100.0])] == [2030, None]


def test_the_lead_in_of_a_list_gives_its_deadline_to_the_items():
    from extractors.deadline_features import year_candidates
    text = ("Theo đó, tỉnh đặt ra những chỉ tiêu đến năm 2030: thuộc nhóm 20 địa phương dẫn đầu; "
            "đóng góp của TFP vào tăng trưởng từ 55% trở lên. Quy mô kinh tế số đạt từ 30% GRDP trở lên. "
            "Phấn đấu hằng năm có từ 80% tổ chức cơ sở Đảng hoàn thành tốt nhiệm vụ.")
    from extractors.deadline_features import year_mentions
    years = year_mentions(text)
    def cands(value_at):
        return dict(year_candidates(_scope_ctx(text, value_at), years, scope="lead"))
    item = cands("30% GRDP")
    assert item[None]["ld_lead"] == 1.0 and item[2030]["ld_lead_year"] == 1.0
    assert item[None]["ld_lead_sents"] > 0                  # a sentence after the lead-in
    yearly = cands("80% tổ chức")                           # a yearly goal under the lead: not the lead's year
    assert "ld_lead" not in yearly[None] and yearly[None]["ld_lead_recurring"] == 1.0
    # "mục tiêu cơ bản đến 2030 là …; …": the sentence's opening deadline, without "năm"
    text = "Trong khi đó, mục tiêu cơ bản đến 2030 là 100% dịch vụ công trực tuyến; kinh tế số chiếm 40% GRDP."
    c = dict(year_candidates(_scope_ctx(text, "40% GRDP"), year_mentions(text), scope="lead"))
    assert c[None]["ld_opening"] == 1.0 and c[2030]["ld_opening_year"] == 1.0
    assert "ld_lead" not in dict(year_candidates(_scope_ctx(text, "40% GRDP"), year_mentions(text), scope=True))[None]


def _linked_candidates(text, value_at, mode):
    """The year candidates of one value with their year-link features under ylink `mode`."""
    from extractors.deadline_features import year_candidates, year_link_features, year_mentions
    years = year_mentions(text)
    ctx = _scope_ctx(text, value_at)
    cands = year_candidates(ctx, years, scope="lead")
    year_link_features(ctx, cands, years, None, mode)
    return cands


def test_sub_items_of_an_average_or_yearly_goal_read_as_no_deadline():
    from extractors.train import SHIPPED
    assert "sub" in SHIPPED["ylink"]                                    # what ships (session 13)
    text = ("Các chỉ tiêu kinh tế chủ yếu giai đoạn 2021-2025\n- Tổng sản phẩm bình quân hằng năm tăng 7,0 - 7,5%; "
            "trong đó công nghiệp tăng 9,5 - 10,2%, dịch vụ tăng 7,1 - 7,5%, nông,\nlâm nghiệp tăng 3,2 - 3,6%; "
            "trong đó đến năm 2025 thu nhập bình quân đầu người đạt 80 triệu đồng.\n"
            "- Tỷ trọng công nghiệp đạt 35%; trong đó công nghiệp chế biến đạt 20%. Trong đó, dịch vụ đạt 40%.")
    def none(value_at, mode="paren+sub"):
        return dict(_linked_candidates(text, value_at, mode))[None]
    assert none("9,5")["sub_recurring"] == 1.0
    assert none("3,2")["sub_recurring"] == 1.0              # a PDF line break is no stop: still the same sentence
    assert "sub_recurring" not in none("9,5", "paren")      # off unless asked
    assert none("80 triệu")["sub_recurring"] == 0.0         # its own "đến năm 2025"
    assert none("20%")["sub_recurring"] == 0.0              # the head is no average or yearly goal
    assert none("40%")["sub_recurring"] == 0.0              # a new sentence is another scope


def test_a_quarters_year_is_a_year_mention_when_asked():
    from extractors.deadline_features import year_mentions
    text = "100% người dân sẽ có danh tính số vào quý 2/2026; báo cáo ngày 15/3/2025."
    assert [y for _, _, y, _ in year_mentions(text)] == []              # read as dates by default
    got = year_mentions(text, "quarter")
    assert [(y, cue) for _, _, y, cue in got] == [(2026, True)]         # "vào quý 2/": a deadline cue; the date stays out


def test_two_goals_of_one_paragraph_are_never_merged_as_a_restatement():
    # "80% hồ sơ … cấp huyện, 80% hồ sơ … cấp xã" are two items of one list, however alike their subjects
    text = ("Đến năm 2025, 80% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng; "
            "80% hồ sơ công việc cấp tỉnh được ký số.\nTin liên quan\n"
            "Tỉnh phấn đấu đến năm 2025 có 80% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.")
    anywhere = _t(text, options={"restate": False})
    by_para = _t(text, options={"similar_scope": "paragraph"})
    assert anywhere.count((80.0, "%", 2025)) == 1          # the subject test alone merges all three
    assert by_para.count((80.0, "%", 2025)) == 2           # one paragraph's two items; the third restates one


def test_a_goal_restated_in_a_caption_or_subheading_counts_once():
    from extractors.targets import _line_kind, _paragraphs, _head_end
    text = ("Hải Phòng đặt mục tiêu cải cách hành chính năm 2026\n"
            "Theo kế hoạch, trong năm 2026 Hải Phòng phấn đấu thuộc top 3 địa phương dẫn đầu cả nước về cải cách hành chính.\n"
            "Năm 2026, Hải Phòng phấn đấu top 3 địa phương dẫn đầu cả nước về CCHC. Ảnh: Thanh Sơn\n"
            "Mức độ hài lòng của người dân đạt tối thiểu 90%.\n"
            "Phấn đấu 90% doanh nghiệp hài lòng năm 2026")
    paras = _paragraphs(text)
    head = _head_end(text, paras, False)
    assert [_line_kind(text, p, head) for p in paras] == ["title", "lead", "caption", "body", "short"]
    plain = _t(text)
    lines = _t(text, options={"restate_lines": "short"})
    assert plain.count((3.0, "hạng", 2026)) == 2 and lines.count((3.0, "hạng", 2026)) == 1
    # a subheading whose subject shares nothing with the body's same value is another goal: kept
    assert lines.count((90.0, "%", 2026)) == plain.count((90.0, "%", 2026)) == 2


def test_a_subheading_restated_with_another_year_yields_to_the_body():
    from extractors.targets import _without_line_restatements, _paragraphs
    from extractors.types import Target
    text = "Năng suất lao động tăng bình quân trên 7%/năm\nĐến năm 2025, năng suất lao động tăng bình quân trên 7%/năm."
    paras = _paragraphs(text)
    short = Target(value=7.0, unit="%/năm", subject="Năng suất lao động tăng bình quân", deadline_year=2030,
                   sentence="Năng suất lao động tăng bình quân trên 7%/năm")
    body = Target(value=7.0, unit="%/năm", subject="năng suất lao động tăng bình quân", deadline_year=2025,
                  sentence="Đến năm 2025, năng suất lao động tăng bình quân trên 7%/năm.")
    starts = [0, text.index("Đến")]
    assert _without_line_restatements([short, body], starts, text, paras, "short_other_year") == [body]
    assert _without_line_restatements([short, body], starts, text, paras, "short") == [short, body]
    # a subheading that names its own year is a goal of that year (two horizons), not a restatement
    dated = Target(**{**short.__dict__, "sentence": "Đến năm 2030, năng suất lao động tăng bình quân trên 7%/năm"})
    assert _without_line_restatements([dated, body], starts, text, paras, "short_other_year") == [dated, body]


def test_the_restatement_test_reads_a_subject_past_its_enumeration_commas():
    # cut at its first comma, each subject is "cán bộ": the two goals were taken for one restated
    text = ("Mục tiêu đến năm 2026:\n"
            "- 100% cán bộ, công chức, viên chức cấp xã được bố trí trang thiết bị và có chữ ký số cá nhân.\n"
            "- 100% cán bộ, công chức, viên chức được đào tạo, bồi dưỡng kỹ năng số.")
    assert _t(text).count((100.0, "%", 2026)) == 1
    assert _t(text, options={"merge_subject": "long"}).count((100.0, "%", 2026)) == 2
    # the same goal restated in a later paragraph is still one goal
    again = text + "\nPhấn đấu đến năm 2026, 100% cán bộ, công chức, viên chức được đào tạo, bồi dưỡng kỹ năng số."
    assert _t(again, options={"merge_subject": "long"}).count((100.0, "%", 2026)) == 2


def test_a_year_mention_is_paired_with_the_value_it_is_written_for_when_asked():
    from extractors.train import SHIPPED
    assert "pair" not in SHIPPED["ylink"]                               # measured, not shipped (dlrank15)
    text = ("Về kinh tế số, năm 2025 chiếm 10% GRDP, năm 2030 chiếm 15% GRDP. "
            "Có tối thiểu 50% (năm 2025) và 80% (năm 2030) sản phẩm có mặt trên sàn. "
            "Năm 2030 kinh tế số chiếm hơn 30% GDP và tăng lên 60% vào năm 2045. "
            "Năm 2027 doanh thu tăng 20% so với kế hoạch năm 2026. Đến năm 2028 đạt 70%.")
    def pair(value_at, mode="paren+sub+pair"):
        return {y: {k: v for k, v in f.items() if k.startswith("pair") and v}
                for y, f in _linked_candidates(text, value_at, mode) if y is not None}
    assert pair("10%")[2025] == {"pair_forward": 1.0}                  # "năm 2025 chiếm 10%": the year opens it
    assert pair("10%")[2030] == {"pair_other": 1.0}                    # "…, năm 2030 chiếm 15%": the next item's
    assert pair("50%")[2025] == {"pair_back": 1.0}                     # "50% (năm 2025)": the year closes it
    assert pair("80%")[2030] == {"pair_back": 1.0} and pair("80%")[2025] == {"pair_other": 1.0}
    assert pair("60%")[2045] == {"pair_back": 1.0} and pair("60%")[2030] == {"pair_forward": 1.0}
    assert pair("30%")[2030] == {"pair_forward": 1.0} and pair("30%")[2045] == {"pair_other": 1.0}
    assert pair("70%")[2028] == {}                                     # one year in its sentence: no series
    assert pair("20%", )[2026] == {}                                   # a base year is written for no value
    assert pair("10%", "paren+sub")[2025] == {}                        # off unless asked


def test_a_subject_written_before_its_value_is_the_words_nearest_it():
    from extractors.targets import _subject
    def subj(text, value):
        s = text.index(value)
        return _subject(text, (0, len(text)), s, s + len(value))
    # "từ 90% trở lên." closes its clause: the subject is before the value, not "trở lên"
    assert subj("(8) Tỷ lệ người dân tham gia bảo hiểm y tế hàng năm: từ 90% trở lên.", "90%") == \
        "Tỷ lệ người dân tham gia bảo hiểm y tế hàng năm"
    assert subj("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ hằng năm đạt 90% trở lên/tổng số đảng viên", "90%") == \
        "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ hằng năm"
    assert subj("An Giang đặt mục tiêu tăng trưởng kinh tế từ 11% trở lên, GRDP toàn giai đoạn tăng", "11%") == \
        "An Giang đặt mục tiêu tăng trưởng kinh tế"
    # a qualifier before a subject written after the value is still skipped
    assert subj("tối thiểu từ 80% trở lên hồ sơ được luân chuyển điện tử.", "80%") == "hồ sơ được luân chuyển điện tử"
    # a long lead: its last words (what the value measures), not its opening, however the sentence starts
    tail = "với mục tiêu tăng trưởng kinh tế của thành phố giai đoạn 2026 - 2030 là từ 15,65%"
    a = subj("Đồng thời, là nền tảng, là tiền đề quan trọng để Hải Phòng bước vào kỷ nguyên vươn mình cùng đất "
             "nước, " + tail + " trở lên.", "15,65%")
    b = subj("Hải Phòng bước vào kỷ nguyên vươn mình cùng đất nước, " + tail + " trở lên.", "15,65%")
    assert a == b and a.endswith("giai đoạn 2026 - 2030 là")


def test_two_goals_of_one_value_measured_on_different_subjects_stay_two():
    text = ("Các chỉ tiêu chủ yếu đến năm 2030:\n"
            "(8) Tỷ lệ người dân tham gia bảo hiểm y tế hàng năm: từ 90% trở lên.\n"
            "(9) Tỷ lệ lao động qua đào tạo: trên 70%.\n"
            "(18) Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ hằng năm đạt: 90% trở lên.")
    assert _t(text).count((90.0, "%", 2030)) == 2
    # the same goal written twice (a caption under the sentence) is still one
    again = ("Hải Phòng phấn đấu đến năm 2030 tăng trưởng kinh tế của thành phố đạt từ 15% trở lên.\n"
             "Theo đó, Hải Phòng phấn đấu đến năm 2030 tăng trưởng kinh tế của thành phố đạt từ 15% trở lên. (ảnh: T.P)")
    assert _t(again).count((15.0, "%", 2030)) == 1


def _stat(text, value_at, as_of=None, unit="%"):
    from extractors import target_features as tf
    return set(tf.statistic_features(_scope_ctx(text, value_at, unit), as_of))


def test_a_series_over_past_years_is_a_statistic_but_a_yearly_roadmap_is_not():
    past = "Theo Cục Thống kê, tỷ trọng kinh tế số trong GDP các năm từ 2020 - 2024 lần lượt là 12,66%, 12,87% và 13,17%."
    assert "st:series_years" in _stat(past, "12,87")                # no page date: no goal cue before it
    assert "st:series_past" in _stat(past, "13,17", as_of=2025)     # every year of the series before the page's date
    listed = "Tăng trưởng GRDP của tỉnh các năm 2021, 2022 và 2023 lần lượt đạt 6,1%, 7,2% và 8,3%."
    assert "st:series_past" in _stat(listed, "7,2", as_of=2024)
    roadmap = "Tỉnh phấn đấu tăng trưởng GRDP các năm 2026, 2027 lần lượt là 8% và 9%."
    assert not _stat(roadmap, "9%", as_of=2025) & {"st:series_past", "st:series_years"}
    assert not _stat(roadmap, "9%") & {"st:series_past", "st:series_years"}   # "phấn đấu": a goal
    ahead = "Đến năm 2025 và 2030, tỷ trọng kinh tế số lần lượt đạt 20% và 30% GRDP."
    assert not _stat(ahead, "30%", as_of=2024) & {"st:series_past", "st:series_years"}


def test_a_count_with_its_share_is_a_statistic():
    for text, at in (("Hiện cả nước có 2.045 xã (23%) được công nhận đạt chuẩn nông thôn mới.", "2.045"),
                     ("Hiện cả nước có 2.045 xã (23%) được công nhận đạt chuẩn nông thôn mới.", "23%"),
                     ("Đến cuối năm 2022, cả nước có 6.009 xã (tỷ lệ 73,06%) đạt chuẩn NTM.", "6.009"),
                     ("Toàn tỉnh có 120 hợp tác xã (chiếm 45,5%) ứng dụng công nghệ cao.", "120")):
        assert "st:count_share" in _stat(text, at, unit="%" if at.endswith("%") else "xã"), (text, at)
    goal = "Phấn đấu đến năm 2025 có 80% số xã đạt chuẩn nông thôn mới (trong đó 10% xã kiểu mẫu)."
    assert "st:count_share" not in _stat(goal, "80%")


def test_a_goal_set_against_its_result_is_a_report():
    money = "Năm 2025, thành phố đặt mục tiêu thu ngân sách hơn 165.000 tỷ đồng nhưng đã thực hiện đạt hơn 187.766 tỷ đồng."
    assert "st:contrast_goal" in _stat(money, "165.000", unit="tỷ đồng")
    assert "st:contrast_result" in _stat(money, "187.766", unit="tỷ đồng")
    share = "Chỉ tiêu tỷ lệ hồ sơ trực tuyến là 80%, song thực tế chỉ đạt 62%."
    assert "st:contrast_goal" in _stat(share, "80%") and "st:contrast_result" in _stat(share, "62%")
    plain = "Năm 2026, tỉnh phấn đấu tăng trưởng 8%, nhưng cần huy động thêm nguồn lực."
    assert not _stat(plain, "8%") & {"st:contrast_goal", "st:contrast_result"}


def test_a_goal_revised_met_or_once_set_is_not_a_new_goal():
    assert "st:revised" in _stat("Tỉnh đã điều chỉnh mục tiêu tăng trưởng năm 2025 từ 5,5% lên 8%.", "5,5")
    assert "st:revised" not in _stat("Tỉnh đã điều chỉnh mục tiêu tăng trưởng năm 2025 từ 5,5% lên 8%.", "8%")
    assert "st:met" in _stat("Đồng thời, hoàn thành chỉ tiêu 100% hộ sản xuất có tài khoản thương mại điện tử.", "100")
    assert "st:met" in _stat("Năm 2024, huyện đạt và vượt kế hoạch với 95% hồ sơ trực tuyến.", "95")
    assert "st:met" not in _stat("Năm 2026, phấn đấu 100% hồ sơ được xử lý trực tuyến.", "100")
    assert "st:once_set" in _stat("Tỉnh từng đề ra mục tiêu đưa PCI vào top 10 cả nước.", "10", unit="hạng")


def test_the_statistic_veto_drops_a_value_the_goal_decision_kept():
    from extractors.facts import extract_facts
    text = normalize_text("Phấn đấu đến năm 2026, 90% hồ sơ được giải quyết trực tuyến; "
                          "tỷ lệ giải ngân đạt 80%, nhưng đã thực hiện được 95%.")
    def drops(opts):
        tr = {"_options": {"units": True, **opts}}
        extract_facts(text, models=RULES, trace=tr)
        return {r["value"]: r["drop"] for r in tr["targets"]}
    without, with_veto = drops({}), drops({"stat": "veto"})
    assert without[80.0] is None and with_veto[80.0] == "statistic"    # the rules kept it as a goal
    assert with_veto[90.0] is None and without[90.0] is None               # a plain goal stays


def test_values_detailing_a_tally_of_goals_met_are_results():
    met = "Tỉnh hướng tới Chính phủ số. 10/16 mục tiêu chuyển đổi số của tỉnh đã hoàn thành.\nTrong đó, 100% dịch vụ công trực tuyến toàn trình."
    assert "st:met_tally_past" in _stat(met, "100%")
    beaten = "Năm 2024, huyện đạt và vượt 12 chỉ tiêu. Trong đó, tỷ lệ hồ sơ trực tuyến đạt 85%."
    assert "st:met_tally_past" in _stat(beaten, "85%")
    ahead = "Kỳ họp thống nhất các chỉ tiêu năm 2026, phấn đấu hoàn thành 28 chỉ tiêu. Trong đó, tỷ lệ che phủ rừng đạt 60%."
    assert "st:met_tally_past" not in _stat(ahead, "60%")
    planned = "Phấn đấu đến năm 2025 hoàn thành 15/16 mục tiêu. Trong đó, 100% hồ sơ được số hóa."
    assert "st:met_tally_past" not in _stat(planned, "100%")
    criteria = "Bình quân cả nước đạt 15 tiêu chí/xã, thu nhập người dân tăng ít nhất 1,8 lần so với năm 2015."
    assert "st:met_tally_past" not in _stat(criteria, "1,8", unit="lần")


def test_growth_since_a_years_end_and_a_figure_to_date_are_results():
    since = "Đến cuối năm 2022, cả nước có 6.009 xã đạt chuẩn NTM, tăng 4,8% so với cuối năm 2021."
    assert "st:since_year_end" in _stat(since, "4,8")
    assert "st:since_year_end" in _stat("Số doanh nghiệp số tăng 120 doanh nghiệp so với hết năm 2023.", "120 doanh nghiệp",
                                        unit="doanh nghiệp")
    goal = "Đến năm 2030, thu nhập bình quân tăng 1,5 lần so với năm 2020."
    assert "st:since_year_end" not in _stat(goal, "1,5", unit="lần")
    to_date = "Thực hiện Chương trình giai đoạn 2021 - 2025, đến nay cả nước đã có gần 74% xã đạt chuẩn NTM."
    assert "st:to_date" in _stat(to_date, "74%")
    assert "st:to_date" in _stat("Hiện nay tỉnh đã có 85% hồ sơ được số hóa.", "85%")
    ahead = "Đến nay, tỉnh phấn đấu đến năm 2026 có 90% hồ sơ được số hóa."
    assert "st:to_date" not in _stat(ahead, "90%")
