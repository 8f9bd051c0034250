from crawler.relevance import is_on_topic, link_score, section_worth


def test_title_with_reform_term_is_on_topic():
    assert is_on_topic("Kế hoạch nâng cao Chỉ số PAR INDEX năm 2024", "Nội dung ngắn.")
    assert is_on_topic("Tỉnh công bố kết quả SIPAS", "")


def test_body_needs_two_distinct_terms():
    assert not is_on_topic("Hội nghị tổng kết", "Hội nghị bàn về cải cách hành chính.")
    assert is_on_topic("Hội nghị tổng kết", "Bàn về cải cách hành chính và dịch vụ công trực tuyến.")
    assert is_on_topic("hoi nghi", "cai cach hanh chinh, thu tuc hanh chinh")  # without diacritics too


def test_off_topic_items():
    assert not is_on_topic("Giải bóng đá thiếu niên tỉnh năm 2024", "Trận chung kết diễn ra vào ngày 20/6.")
    assert not is_on_topic("Dự báo thời tiết: nắng nóng", "Người dân theo dõi độ mặn trước khi lấy nước.")
    # 'pci' inside another word is not the index
    assert not is_on_topic("Tin thể thao", "topcion capcity")


def test_links_and_sections():
    assert link_score("Kế hoạch số 98/KH-UBND", "/x/1") > 0
    assert link_score("Khai mạc Lễ hội Trái cây", "/van-hoa-the-thao/-/view_content/30-khai-mac") == 0
    assert section_worth("Cải cách hành chính", "/cai-cach-hanh-chinh")
    assert section_worth("Tin tức - Sự kiện", "/tin-tuc-su-kien")
    assert not section_worth("Văn hóa - Thể thao", "/van-hoa-the-thao")
