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
