"""fp22 (session 18): national goals quoted on a provincial page, and copies of one goal in a photo
caption or in two rank groups worded alike."""
from extractors.normalize import normalize_text
from extractors.targets import find_targets

# the merge options main ships, which these tests build on
_BASE = {"merge_subject": "long", "similar_scope": "paragraph", "restate": "title", "merge_none": True,
         "units": "goal_lines"}


def _t(text, province=None, **opts):
    return [(t.value, t.unit, t.deadline_year)
            for t in find_targets(normalize_text(text), options={**_BASE, **opts}, province=province)]


def test_a_central_documents_national_goal_on_a_provincial_page_is_not_the_pages_goal():
    text = ("Năm 2027, Nghị quyết số 12/NQ-CP của Chính phủ đặt mục tiêu tăng trưởng kinh tế cả nước "
            "phấn đấu đạt 9% trở lên.")
    assert (9.0, "%", 2027) in _t(text, "Hải Phòng")                  # off: the rules keep it
    assert (9.0, "%", 2027) not in _t(text, "Hải Phòng", national=True)
    # a national page keeps the goals of the document it reports
    assert (9.0, "%", 2027) in _t(text, None, national=True)
    program = ("Ngày 3/6/2026, Thủ tướng Chính phủ ban hành Quyết định số 800/QĐ-TTg phê duyệt Chương trình "
               "với mục tiêu đến năm 2030 Việt Nam gia nhập nhóm 40 nước dẫn đầu về Chính phủ điện tử.")
    assert (40.0, "hạng", 2030) in _t(program, "Quảng Ninh")
    assert (40.0, "hạng", 2030) not in _t(program, "Quảng Ninh", national=True)


def test_a_share_of_the_gdp_marks_a_national_goal_a_share_of_the_grdp_does_not():
    gdp = ("Chiến lược quốc gia (Quyết định số 411/QĐ-TTg ngày 31/3/2022) đặt mục tiêu đến năm 2030 "
           "kinh tế số đạt tối thiểu 35% GDP.")
    assert (35.0, "%", 2030) in _t(gdp, "Ninh Bình")
    assert (35.0, "%", 2030) not in _t(gdp, "Ninh Bình", national=True)
    grdp = gdp.replace("GDP", "GRDP")
    assert (35.0, "%", 2030) in _t(grdp, "Ninh Bình", national=True)


def test_a_provincial_goal_that_cites_a_central_document_or_names_the_nation_stays():
    own = ("Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, tỉnh phấn đấu đến năm 2030 "
           "nằm trong nhóm 10 tỉnh dẫn đầu cả nước về chuyển đổi số.")
    assert (10.0, "hạng", 2030) in _t(own, "Lạng Sơn", national=True)
    named = ("Thực hiện Quyết định số 749/QĐ-TTg của Thủ tướng Chính phủ, đến năm 2027 Quảng Ninh "
             "phấn đấu kinh tế số cả nước ghi nhận đạt 40% GRDP.")
    assert (40.0, "%", 2027) in _t(named, "Quảng Ninh", national=True)
    # no central document: a province's goal compared with the nation
    nation = "Năm 2027, Hải Phòng phấn đấu tăng trưởng kinh tế 13%, cao nhất cả nước."
    assert (13.0, "%", 2027) in _t(nation, "Hải Phòng", national=True)
    # the document governs another clause, the goal after ";" is the province's
    item = ("Đến năm 2030, hoàn thành các mục tiêu theo Quyết định số 749/QĐ-TTg của Thủ tướng Chính phủ "
            "về Chương trình Chuyển đổi số quốc gia; tối thiểu 65% doanh nghiệp nhỏ và vừa áp dụng nền tảng số.")
    assert (65.0, "%", 2030) in _t(item, "Trà Vinh", national=True)


def test_a_photo_caption_restating_a_body_goal_is_counted_once():
    text = ("Kế hoạch cải cách hành chính năm 2027 của tỉnh\n\n"
            "Tỉnh vừa ban hành kế hoạch cải cách hành chính, nhằm duy trì và nâng cao thứ hạng các chỉ số.\n\n"
            "An Giang đặt mục tiêu chỉ số PAPI, PCI trong nhóm 12 cả nước. Ảnh: angiang.gov.vn\n\n"
            "Trong năm 2027, tỉnh đặt mục tiêu các chỉ số PAR Index, PCI, PAPI đứng trong nhóm 12/63 tỉnh, "
            "thành phố cả nước, đồng thời nâng cao chất lượng phục vụ người dân.")
    before = _t(text)
    assert before.count((12.0, "hạng", None)) == 1 and (12.0, "hạng", 2027) in before
    after = _t(text, caption_copies=True)
    assert (12.0, "hạng", None) not in after and (12.0, "hạng", 2027) in after
    # a caption that is the only mention of its goal stays
    alone = ("Tin tức\n\nTP. HCM đặt mục tiêu kinh tế số chiếm 27% GRDP vào năm 2027 (ảnh minh họa)\n\n"
             "Thành phố tổ chức hội nghị triển khai kế hoạch chuyển đổi số.")
    assert (27.0, "%", 2027) in _t(alone, caption_copies=True)


def test_two_rank_goals_whose_groups_agree_are_one_goal_across_paragraphs():
    text = ("Với mục tiêu vào Top 12 tỉnh, thành phố dẫn đầu cả nước về chuyển đổi số, phát triển đô thị "
            "thông minh, tỉnh huy động sự vào cuộc của các sở, ngành đến năm 2027.\n\n"
            "Với mục tiêu đưa tỉnh trở thành đô thị thông minh, tỉnh tự tin gia nhập Top 12 tỉnh, thành phố "
            "dẫn đầu cả nước về mức độ chuyển đổi số, phát triển đô thị thông minh đến năm 2027.")
    assert _t(text).count((12.0, "hạng", 2027)) == 2
    assert _t(text, rank_copies=True).count((12.0, "hạng", 2027)) == 1


def test_rank_goals_of_different_groups_or_of_one_list_stay_apart():
    two = ("Phấn đấu đến năm 2027 Chỉ số PAR Index nằm trong nhóm 12 tỉnh, thành phố dẫn đầu cả nước.\n\n"
           "Phấn đấu đến năm 2027 Chỉ số năng lực cạnh tranh cấp tỉnh PCI nằm trong nhóm 12 địa phương "
           "có môi trường kinh doanh tốt nhất.")
    assert _t(two, rank_copies=True).count((12.0, "hạng", 2027)) == 2
    # one paragraph: items of one list, named before their value, never merged
    items = ("Đến năm 2027: Chỉ số PAR Index nằm trong nhóm 12 tỉnh, thành phố dẫn đầu cả nước; "
             "Chỉ số SIPAS nằm trong nhóm 12 tỉnh, thành phố dẫn đầu cả nước.")
    assert _t(items, rank_copies=True).count((12.0, "hạng", 2027)) == 2


def test_a_value_glossing_the_value_before_it_in_parentheses_is_not_a_goal():
    money = "Đến năm 2027, GDP bình quân đầu người đạt khoảng 9.000 USD (khoảng hơn 230 triệu đồng)."
    assert (230.0, "triệu đồng", 2027) in _t(money)
    out = _t(money, gloss=True)
    assert (230.0, "triệu đồng", 2027) not in out and (9000.0, "USD", 2027) in out
    rate = ("Đến năm 2027, vốn đầu tư phát triển toàn xã hội đạt từ 3,1 đến 3,2 triệu tỷ đồng "
            "(theo giá hiện hành, tăng từ 11,5 đến 12,5%/năm).")
    assert any(v == 11.5 for v, _, _ in _t(rate))
    assert not any(v == 11.5 for v, _, _ in _t(rate, gloss=True))


def test_a_second_goal_or_deadline_in_parentheses_stays():
    later = ("Đến năm 2027, tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10% "
             "(đến năm 2030 đạt tối thiểu 20%).")
    assert (20.0, "%", 2030) in _t(later, gloss=True)
    part = "Đến năm 2027, tỷ lệ hộ dân nông thôn sử dụng nước sạch trên 90% (hợp vệ sinh đạt 100%)."
    assert (100.0, "%", 2027) in _t(part, gloss=True)


def test_a_fractional_value_twice_under_one_deadline_is_one_goal():
    text = ("Nhiệm kỳ 2025 - 2030, huyện phấn đấu tốc độ tăng trưởng bình quân của cả nhiệm kỳ đạt 8,37%; "
            "duy trì tốc độ tăng trưởng bình quân giai đoạn 2026 - 2030 là 8,37%; thu nhập bình quân đầu người "
            "đến năm 2030 đạt 95 triệu đồng.")
    assert [v for v, _, _ in _t(text)].count(8.37) == 2
    assert [v for v, _, _ in _t(text, merge_fraction=True)].count(8.37) == 1
    # round values of one key are often two goals ("100% cấp tỉnh, 100% cấp xã"): left to the other merges
    items = "Đến năm 2027: 100% hồ sơ cấp tỉnh được xử lý trên môi trường mạng; 100% hồ sơ cấp xã được số hóa."
    assert _t(items, merge_fraction=True).count((100.0, "%", 2027)) == 2
