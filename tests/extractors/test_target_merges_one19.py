"""The restatement merges of session 17 (one19): which goals of one (value, unit, year) are one goal."""
from extractors.normalize import normalize_text
from extractors.targets import _head_words, _same_head, find_targets

# the merge options main ships, which these tests build on
_BASE = {"merge_subject": "long", "similar_scope": "paragraph", "restate": "title"}


def _t(text, **opts):
    return [(t.value, t.deadline_year) for t in find_targets(normalize_text(text), options={**_BASE, **opts})]


def test_a_share_of_the_grdp_and_a_share_in_each_sector_are_two_goals():
    text = ("Mục tiêu phát triển kinh tế số đến năm 2027:\n\n"
            "- Tỷ trọng kinh tế số chiếm trên 12% GRDP của tỉnh.\n\n"
            "- Tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 12%.\n\n"
            "Như vậy, đến năm 2027 kinh tế số chiếm 12% GRDP.")
    assert _t(text) == [(12.0, 2027)]                       # the subject test alone takes them for one
    # two goals; the GRDP share written again is still counted once
    assert _t(text, merge_kind="dx") == [(12.0, 2027), (12.0, 2027)]
    sector_first = ("Đến năm 2028, tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 15%.\n\n"
                    "Đến năm 2028, tỷ trọng kinh tế số chiếm 15% tổng sản phẩm trên địa bàn.")
    assert _t(sector_first, merge_kind="dx").count((15.0, 2028)) == 2
    # two sector shares are one goal restated, as before
    twice = sector_first.replace("chiếm 15% tổng sản phẩm trên địa bàn", "trong từng ngành đạt 15%")
    assert _t(twice, merge_kind="dx").count((15.0, 2028)) == 1


def test_the_nearest_words_before_a_value_join_a_goal_restated_in_other_words():
    growth = ("Năm 2027, thành phố phấn đấu tăng trưởng kinh tế trên 9% trong bối cảnh kinh tế thế giới còn khó khăn.\n\n"
              "Phát biểu tại hội nghị, Chủ tịch UBND thành phố cho rằng mục tiêu tăng trưởng kinh tế 9% đề ra "
              "cho năm 2027 là thách thức lớn.")
    assert _t(growth).count((9.0, 2027)) == 2
    # the words after each value ("trong bối cảnh …", "đề ra cho …") are no subject; the words before
    # it are the same goal's
    assert _t(growth, merge_head=3).count((9.0, 2027)) == 2
    assert _t(growth, merge_after=True, merge_head=3).count((9.0, 2027)) == 1
    poor = ("Đến năm 2027, tỉnh phấn đấu tỷ lệ hộ nghèo giảm 1,5% so với đầu kỳ.\n\n"
            "Tỉnh giữ vững mục tiêu đến năm 2027 tỷ lệ hộ nghèo giảm 1,5% và thu nhập bình quân tăng.")
    assert _t(poor, merge_after=True, merge_head=3).count((1.5, 2027)) == 1
    # two goals of one value whose nearest words differ stay two
    two = ("Đến năm 2027, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98% trong toàn tỉnh.\n\n"
           "Đến năm 2027, phấn đấu mức độ hài lòng của người dân đạt 98% trong năm.")
    assert _t(two, merge_after=True, merge_head=3).count((98.0, 2027)) == 2


def test_list_items_named_after_their_value_are_never_joined_by_their_shared_lead():
    text = ("Mục tiêu đến năm 2027:\n\n- Hạ tầng cáp quang phủ 100% thôn, bản.\n\n"
            "- Hạ tầng cáp quang phủ 100% trạm y tế.\n\n- Hạ tầng cáp quang phủ 100% trường học")
    norm = normalize_text(text)
    a, b = norm.index("100% thôn"), norm.index("100% trạm")
    # the words before the two values are the same ...
    assert _same_head(_head_words(norm, (0, len(norm)), a, 3), _head_words(norm, (0, len(norm)), b, 3))
    # ... but each item's subject is after its value: three goals
    assert _t(text, merge_after=True, merge_head=3).count((100.0, 2027)) == 3


def test_the_nearest_words_leave_out_goal_cues_qualifiers_and_years():
    text = "Năm 2027, thành phố phấn đấu tốc độ tăng trưởng GRDP đạt tối thiểu 8%"
    assert _head_words(text, (0, len(text)), text.index("8%"), 3) == {"tăng", "trưởng", "grdp"}
    assert not _same_head(frozenset({"tăng"}), frozenset({"tăng", "trưởng"}))       # one word is not enough
    assert not _same_head(None, frozenset({"tăng", "trưởng"}))
