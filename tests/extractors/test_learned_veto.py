"""fp19: the veto whose features are chosen on the training set (stat="veto+learned" / "learned")."""
from extractors.models import RULES
from extractors.normalize import normalize_text


def _pool(text, value_at, unit="%", as_of=None):
    from extractors import target_features as tf
    from tests.extractors.test_targets import _scope_ctx
    return set(tf.veto_pool(_scope_ctx(normalize_text(text), value_at, unit), as_of))


def test_values_a_few_paragraphs_after_a_tally_of_goals_met_are_results():
    done = ("Năm 2024, huyện đã hoàn thành 12/15 chỉ tiêu chủ yếu.\nCụ thể, 95% hồ sơ được số hóa.\n"
            "Tỷ lệ thanh toán không dùng tiền mặt tại chợ đạt 60%.")
    assert {"st:tally_back", "st:tally_back_clear"} <= _pool(done, "60%")
    spaced = "Đến nay, 8/10 nhiệm vụ chuyển đổi số đã hoàn thành.\n\nVề kinh tế số, 30% doanh nghiệp dùng hóa đơn điện tử."
    assert "st:tally_back_clear" in _pool(spaced, "30%")
    beaten = "Thành phố vượt 9 chỉ tiêu trong năm qua.\nTrong lĩnh vực y tế, 98% người dân có hồ sơ sức khỏe điện tử."
    assert "st:tally_back" in _pool(beaten, "98%")


def test_a_goal_after_a_tally_is_not_marked_when_its_sentence_or_the_tally_sets_goals():
    ahead = "9/12 chỉ tiêu đã đạt.\nNăm 2026, tỉnh phấn đấu 100% hồ sơ được xử lý trực tuyến."
    assert not _pool(ahead, "100%") & {"st:tally_back", "st:tally_back_clear"}
    planned = "Phấn đấu hoàn thành 15/16 mục tiêu.\nCụ thể, 100% hồ sơ được số hóa."
    assert not _pool(planned, "100%") & {"st:tally_back", "st:tally_back_clear"}
    # goals written between the tally and the value: a tally_back, not a clear one
    mixed = ("7/10 chỉ tiêu đã thực hiện đạt và vượt kế hoạch của cả nhiệm kỳ trước; trong số còn lại, "
             "3 chỉ tiêu dự kiến đạt trong năm 2025.\n"
             "Đối với chính quyền số, 100% hồ sơ công việc được xử lý trên môi trường mạng.")
    pool = _pool(mixed, "100%")
    assert "st:tally_back" in pool and "st:tally_back_clear" not in pool
    far = "Năm 2024, huyện đã hoàn thành 12/15 chỉ tiêu.\n" + "Các xã tổ chức hội nghị.\n" * 60 + "Có 70% hộ dùng nước sạch."
    assert "st:tally_back" not in _pool(far, "70%")


def test_a_second_tally_after_a_tally_of_goals_met_is_not_a_goal_cue():
    two = ("Tính đến tháng 6/2024, có 9/15 chỉ tiêu đã đạt; 6/15 chỉ tiêu còn lại đang triển khai.\n"
           "Về xã hội số, 75% người dân có danh tính số.")
    assert "st:tally_back_clear" in _pool(two, "75%")
    done_first = "Huyện đã hoàn thành 11/14 nhiệm vụ trọng tâm.\nVề hạ tầng, 100% thôn có sóng 4G."
    assert "st:tally_back_clear" in _pool(done_first, "100%")


def test_a_counted_threshold_inside_another_figures_subject_is_not_a_goal():
    assert "st:threshold_of" in _pool("Đưa 100% sản phẩm OCOP từ 4 sao trở lên lên sàn thương mại điện tử.", "4 sao", "sao")
    assert "st:threshold_of" in _pool("Phấn đấu 90% số xã đạt chuẩn và không còn xã dưới 12 tiêu chí.", "12 tiêu chí",
                                      "tiêu chí")
    # a figure of its own, after a comma, a year, or a percentage: not a threshold of another figure
    assert "st:threshold_of" not in _pool("Tăng trưởng 8%, thu nhập bình quân từ 90 triệu đồng trở lên.", "90", "triệu đồng")
    assert "st:threshold_of" not in _pool("Đến năm 2030 có từ 500 doanh nghiệp số trở lên.", "500", "doanh nghiệp")
    assert "st:threshold_of" not in _pool("Phấn đấu 100% hộ nghèo có từ 80% trở lên thu nhập ổn định.", "80%")


def test_a_months_reading_and_a_count_said_done_are_results():
    assert "st:month_reading" in _pool("Tỷ lệ hồ sơ trực tuyến của tỉnh tháng 9/2025 đạt 45,2%.", "45,2")
    assert "st:month_reading" in _pool("Số thuê bao băng rộng cố định tháng 3/2024 là khoảng 210 nghìn.", "210", "nghìn")
    assert "st:month_reading" not in _pool("Phấn đấu đến tháng 12/2025 đạt 80% hồ sơ trực tuyến.", "80%")
    assert "st:co_past" in _pool("Về chính quyền số, có 98% hồ sơ công việc đã được xử lý trên môi trường mạng.", "98%")
    assert "st:co_past" in _pool("Toàn huyện có hơn 1.200 hộ đã lắp đặt camera an ninh.", "1.200", "hộ")
    assert "st:co_past" not in _pool("Phấn đấu có 100% xã đạt chuẩn nông thôn mới.", "100%")
    assert "st:co_past" not in _pool("Năm 2026 có 90% hồ sơ được xử lý trực tuyến.", "90%")


def _case(cid, text, targets):
    return {"id": cid, "text": normalize_text(text), "targets": targets}


def test_the_veto_keeps_the_candidates_that_mark_no_goal_in_its_training_set():
    from extractors.train import _rows, learned_veto
    opts = {"units": True, "stat": "veto+learned"}
    report = _case("fp19-a", "Năm 2024, xã đã hoàn thành 10/12 chỉ tiêu.\nCụ thể, 90% hộ dùng nước sạch.\n"
                             "Về chuyển đổi số, có 85% hồ sơ đã được số hóa.", [])
    # an annotator who reads "có 85% … đã được" as a goal: the feature then marks a goal and is not chosen
    goal = _case("fp19-b", "Về chuyển đổi số, có 85% hồ sơ đã được số hóa.",
                 [{"value": 85, "unit": "%", "deadline_year": None, "subject": "hồ sơ đã được số hóa"}])
    alone = learned_veto([report], _rows([report], **opts), **opts)
    assert {"st:tally_back", "st:co_past"} <= set(alone)
    both = learned_veto([report, goal], _rows([report, goal], **opts), **opts)
    assert "st:tally_back" in both and "st:co_past" not in both


def test_the_learned_veto_drops_a_kept_value_only_when_its_feature_was_chosen():
    from extractors.facts import extract_facts
    text = normalize_text("Năm 2024, huyện đã hoàn thành 12/15 chỉ tiêu.\nCác xã đều tổ chức hội nghị tổng kết công tác "
                          "chuyển đổi số và khen thưởng.\nTrong lĩnh vực giáo dục, phấn đấu 100% trường học kết nối "
                          "internet.\nTỷ lệ hộ gia đình có cáp quang đạt 70%.")

    def drops(opts):
        tr = {"_options": {"units": True, **opts}}
        extract_facts(text, models=RULES, trace=tr)
        return {r["value"]: r["drop"] for r in tr["targets"]}
    kept = drops({"stat": "veto+learned", "stat_veto": []})
    vetoed = drops({"stat": "veto+learned", "stat_veto": ["st:tally_back"]})
    assert kept[70.0] is None and vetoed[70.0] == "statistic"
    assert vetoed[100.0] is None            # its sentence sets a goal
