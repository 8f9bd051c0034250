from extractors.period import find_period, named_document_period, title_period
from extractors.types import Period


def test_giai_doan():
    assert find_period("Kế hoạch nâng cao Chỉ số CCHC giai đoạn 2018 - 2020") == Period(2018, 2020)
    assert find_period("GIAI ĐOẠN 2021 – 2025") == Period(2021, 2025)
    assert find_period("giai đoạn năm 2021-2022") == Period(2021, 2022)
    assert find_period("đến năm 2025, định hướng đến năm 2030") is None


def test_title_bare_range_but_not_a_term():
    assert title_period("Kế hoạch CCHC 2021-2025") == Period(2021, 2025)
    assert title_period("Đại hội Đảng bộ, nhiệm kỳ 2020 - 2025") is None


def test_document_named_in_words_not_national_programme():
    assert named_document_period("họp bàn về Kế hoạch nâng cao Chỉ số PCI của tỉnh, giai đoạn năm 2021-2022.") \
        == Period(2021, 2022)
    assert named_document_period("Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030") is None
    assert named_document_period("triển khai thực hiện kế hoạch cải cách hành chính giai đoạn 2016-2020") is None


# --- is26 (session 20): the page's own period --------------------------------------------------------

def test_own_period_is_written_giai_doan():
    from extractors.period import own_period

    assert own_period("Kế hoạch chuyển đổi số tỉnh giai đoạn 2021 - 2025") == Period(2021, 2025)
    assert own_period("QUY HOẠCH TỈNH THỜI KỲ 2021 - 2030, TẦM NHÌN ĐẾN NĂM 2050") is None
    assert own_period("KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2021-2025") is None


def test_own_period_skips_the_window_of_a_document_a_one_year_plan_implements():
    from extractors.period import own_period

    assert own_period(" ngày 02/3/2024 triển khai “Đề án phát triển du lịch cộng đồng giai đoạn 2023-2025, "
                      "tầm nhìn đến năm 2030” trên địa bàn huyện năm 2024") is None
    assert own_period("KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT VỀ CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2021-2025 NĂM 2023") is None
    # no year of its own: the implementing plan shares the window
    assert own_period("KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH TỔNG THỂ CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2021 - 2030, "
                      "ĐỊNH HƯỚNG ĐẾN NĂM 2035") == Period(2021, 2030)
    # a year in a plan not implementing a document: still its own window
    assert own_period("Kế hoạch cải cách hành chính giai đoạn 2026 - 2030, ban hành năm 2026") == Period(2026, 2030)


def test_own_period_skips_a_rate_window():
    from extractors.period import own_period

    assert own_period("phấn đấu tốc độ tăng trưởng bình quân 8,5%/năm giai đoạn 2026 - 2030") is None
    assert own_period("đạt 95% trong giai đoạn 2021-2025") is None
    assert own_period("Kế hoạch nâng cao chỉ số PCI giai đoạn 2021-2025, phấn đấu tăng 5%") == Period(2021, 2025)


def test_page_period_follows_the_convention():
    from extractors.facts import extract_facts
    from extractors.models import RULES

    page = "UBND tỉnh ban hành Kế hoạch số 12/KH-UBND về thực hiện Quy hoạch tỉnh thời kỳ 2021 - 2030 trên địa bàn."
    assert extract_facts(page, models=RULES).period is None
    page = ("UBND huyện ban hành Kế hoạch số 31/KH-UBND ngày 5/4/2024 triển khai “Đề án phát triển du lịch "
            "giai đoạn 2023-2025” trên địa bàn huyện năm 2024.")
    assert extract_facts(page, models=RULES).period is None
    page = "UBND huyện ban hành Kế hoạch số 31/KH-UBND ngày 5/4/2024 về phát triển du lịch giai đoạn 2024-2026."
    assert extract_facts(page, models=RULES).period == Period(2024, 2026)


def test_double_spaced_title_block():
    from extractors.facts import document_title

    assert document_title("KẾ HOẠCH\n\nPHÁT TRIỂN NHÀ TRƯỜNG\n\nGIAI ĐOẠN 2025-2030\n\n\n\n- Căn cứ Luật") \
        == "KẾ HOẠCH PHÁT TRIỂN NHÀ TRƯỜNG GIAI ĐOẠN 2025-2030"
    # single-spaced: a blank line ends the title, and a heading never joins it
    assert document_title("KẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH\nNĂM 2015\n\nI. MỤC ĐÍCH") == "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2015"
    assert document_title("KẾ HOẠCH\n\nCẢI CÁCH HÀNH CHÍNH\n\nNĂM 2015\n\nI. MỤC ĐÍCH") == "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2015"


# --- is27 (session 21): a standard met is not a national programme ---------------------------------

def test_a_plan_for_units_meeting_the_national_standard_owns_its_window():
    text = "UBND tỉnh vừa ban hành kế hoạch xây dựng xã đạt chuẩn quốc gia về y tế giai đoạn 2023 – 2027."
    assert named_document_period(text) == Period(2023, 2027)
    # a national programme's window stays out
    assert named_document_period("triển khai Chương trình mục tiêu quốc gia giai đoạn 2021-2025 tại huyện") is None
    assert named_document_period("Kế hoạch thực hiện Chiến lược quốc gia giai đoạn 2021 – 2030 trên địa bàn") is None


def test_a_plan_carrying_out_an_emulation_movement_owns_its_window():
    text = "UBND tỉnh ban hành Kế hoạch tổ chức thực hiện phong trào thi đua “Chung sức xây dựng đô thị văn minh” giai đoạn 2024 - 2028."
    assert named_document_period(text) == Period(2024, 2028)
    # carrying out another document: its window, not the plan's
    assert named_document_period("ban hành Kế hoạch thực hiện Nghị quyết của Tỉnh ủy giai đoạn 2024 - 2028") is None


# --- pd25 (session 25): the document's own period on new sites ---------------------------------------

def test_title_block_cut_inside_its_range():
    from extractors.facts import document_title

    assert document_title("KẾ HOẠCH\nPHÁT TRIỂN DU LỊCH CỘNG ĐỒNG GIAI ĐOẠN 2023\n- 2027\nCăn cứ Luật Du lịch") \
        == "KẾ HOẠCH PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG GIAI ĐOẠN 2023 - 2027"
    assert document_title("KẾ HOẠCH\nBẢO TỒN LÀNG NGHỀ GIAI ĐOẠN\n2024 - 2028\nI. MỤC ĐÍCH") \
        == "KẾ HOẠCH BẢO TỒN LÀNG NGHỀ GIAI ĐOẠN 2024 - 2028"
    # a lone number after a title that does not stop inside a range is not the title's
    assert document_title("KẾ HOẠCH\nBẢO TỒN LÀNG NGHỀ\n- 2024\nI. MỤC ĐÍCH") == "KẾ HOẠCH BẢO TỒN LÀNG NGHỀ"


_HEAD = ("ỦY BAN NHÂN DÂN\nTỈNH AN HÒA\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
         "Độc lập - Tự do - Hạnh phúc\n|\nSố: 77/KH-UBND\n|\nAn Hòa, ngày 03\ntháng 3 năm 2023\n|\nKẾ HOẠCH\n")


def test_reproduced_plan_cut_inside_its_title_range():
    from extractors.facts import extract_facts
    from extractors.models import RULES

    page = _HEAD + ("THỰC HIỆN NGHỊ QUYẾT SỐ 12-NQ/TU CỦA TỈNH ỦY VỀ PHÁT TRIỂN CHĂN NUÔI GIAI ĐOẠN 2023\n- 2027\n"
                    "Thực hiện Nghị quyết số 12-NQ/TU của Tỉnh ủy, UBND tỉnh ban hành Kế hoạch thực\n"
                    "hiện cụ thể như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n")
    assert extract_facts(page, models=RULES).period == Period(2023, 2027)


def test_a_body_line_guessed_as_title_does_not_outrank_the_title_block():
    from extractors.facts import extract_facts, guess_title
    from extractors.models import RULES

    page = _HEAD + ("TRỒNG CÂY DƯỢC LIỆU GIAI ĐOẠN 2023-2026 TRÊN ĐỊA BÀN TỈNH AN HÒA\n"
                    "Căn cứ Nghị quyết số 05-NQ/TU\nngày 10 tháng 01 năm 2022 của Tỉnh ủy về phát triển nông nghiệp;\n"
                    "Căn cứ Công văn số 88/UBND-NN ngày 12 tháng 01 năm 2022 của Ủy ban nhân\n"
                    "dân tỉnh về chỉ tiêu trồng cây dược liệu giai đoạn 2021-2025 trên địa bàn tỉnh An\n"
                    "Hòa;\n" + "Ủy ban nhân dân tỉnh ban hành Kế hoạch trồng cây dược liệu với các nội dung sau đây, "
                    "gồm mục đích, yêu cầu, nhiệm vụ, giải pháp và tổ chức thực hiện, áp dụng cho các sở, ngành, "
                    "các huyện, thị xã, thành phố và các tổ chức, cá nhân có liên quan trên địa bàn toàn tỉnh.\n")
    title, at = guess_title(page)
    assert "2021-2025" in title and at > page.index("Số: 77")     # the guess is a wrapped Căn cứ line
    assert extract_facts(page, models=RULES).period == Period(2023, 2026)


def test_theo_huong_and_a_campaign_do_not_make_a_window_cited():
    assert named_document_period("Tỉnh ủy vừa ban hành Nghị quyết về phát triển nông nghiệp theo hướng hữu cơ "
                                 "của tỉnh giai đoạn 2022 - 2027.") == Period(2022, 2027)
    assert named_document_period("Đó là mục tiêu của kế hoạch thực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng "
                                 "hàng Việt Nam” của huyện giai đoạn 2022-2026.") == Period(2022, 2026)
    # still cited: "theo" before the document, "thực hiện" a document
    assert named_document_period("Theo kế hoạch phát triển nông nghiệp của tỉnh giai đoạn 2022 - 2027.") is None
    assert named_document_period("Huyện thực hiện kế hoạch phát triển nông nghiệp giai đoạn 2022 - 2027.") is None


def test_issued_window_feature():
    from extractors.candidates import period_candidates

    def issued(text):
        return next(f["issued"] for p, f in period_candidates(text, {}, None) if p == Period(2022, 2026))

    assert issued("UBND tỉnh vừa ban hành Kế hoạch phát triển du lịch giai đoạn 2022 - 2026.") == 1.0
    assert issued("Kế hoạch phát triển du lịch giai đoạn 2022-2026 vừa được UBND tỉnh ban hành.") == 1.0
    assert issued("Các huyện triển khai kế hoạch phát triển du lịch giai đoạn 2022-2026.") == 0.0


def test_decision_head_split_and_approved_with_this_decision():
    from extractors.facts import extract_facts
    from extractors.models import RULES

    head = ("ỦY BAN NHÂN DÂN\nTỈNH AN HÒA\n|\nSố: 401/QĐ-UBND\n|\nAn Hòa, ngày 12 tháng 5 năm 2023\n|\n")
    # "QUYẾT\nĐỊNH": the heading word broken over two lines still opens the title block
    page = head + ("QUYẾT\nĐỊNH\nVỀ VIỆC PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN NÔNG NGHIỆP SẠCH\nGIAI ĐOẠN 2023 - 2027\n"
                   "ỦY BAN NHÂN DÂN TỈNH AN HÒA\nCăn cứ Luật Tổ chức chính quyền địa phương;\n")
    assert extract_facts(page, models=RULES).period == Period(2023, 2027)
    # "Phê duyệt kèm theo Quyết định này Đề án …", the window on the next line
    page = head + ("QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt kèm theo Quyết định này Đề án “Phát triển nông nghiệp sạch giai\n"
                   "đoạn 2023-2027”.\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký.\n")
    assert extract_facts(page, models=RULES).period == Period(2023, 2027)
