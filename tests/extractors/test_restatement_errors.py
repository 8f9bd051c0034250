from extractors.restatement_errors import rows


def test_an_over_emitted_goal_is_placed_and_its_subject_tests_reported():
    text = ("Hải Phòng đặt mục tiêu cải cách hành chính năm 2026\n"
            "Theo kế hoạch, trong năm 2026 Hải Phòng phấn đấu thuộc top 3 địa phương dẫn đầu cả nước về cải cách hành chính.\n"
            "Năm 2026, Hải Phòng phấn đấu top 3 địa phương dẫn đầu cả nước về CCHC. Ảnh: Thanh Sơn")
    gold = {"value": 3.0, "unit": "hạng", "deadline_year": 2026, "subject": "top 3 về cải cách hành chính"}
    lead = {**gold, "subject": "cả nước về cải cách hành chính",
            "sentence": "Theo kế hoạch, trong năm 2026 Hải Phòng phấn đấu thuộc top 3 địa phương dẫn đầu cả nước"}
    cap = {**gold, "subject": "cả nước về CCHC", "sentence": "Năm 2026, Hải Phòng phấn đấu top 3 địa phương"}
    other = {**gold, "value": 90.0, "unit": "%", "sentence": "Theo kế hoạch"}
    cases = {"x": {"id": "x", "text": text, "targets": [gold, {**other, "deadline_year": None}]}}
    got = rows(cases, {"x": {"targets": [lead, cap, other]}})
    assert len(got) == 1                               # 90% is emitted once, as often as the gold holds it
    r = got[0]
    assert [m["where"] for m in r["mentions"]] == ["lead", "caption"] and r["gold"] == 1
    assert r["pairs"] == [[0, 1, False, True]]          # the subject merge misses it, the line test joins them
