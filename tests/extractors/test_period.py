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
