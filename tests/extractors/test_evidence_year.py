from datetime import date

from extractors.evidence_year import covers, evidence_years


def test_plan_issued_in_december_is_evidence_for_the_next_year():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH TIỀN GIANG\nSố: 355/KH-UBND\nTiền Giang, ngày 26 tháng 12 năm 2023\n"
            "KẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NĂM 2024\nCăn cứ Quyết định số 876/QĐ-BNV ngày 10/11/2022;")
    ey = evidence_years("", text, issued=date(2023, 12, 26))
    assert ey.years == (2024,) and ey.basis == "title" and "NĂM 2024" in ey.detail
    assert covers(ey, 2024) and not covers(ey, 2023)


def test_page_title_names_the_year():
    ey = evidence_years("Nghệ An ban hành Kế hoạch cải cách hành chính năm 2026", "", issued=date(2025, 12, 30))
    assert ey.years == (2026,) and ey.basis == "title"


def test_report_on_part_of_a_year():
    ey = evidence_years("Báo cáo kết quả công tác cải cách hành chính 6 tháng đầu năm 2024", "",
                        issued=date(2024, 6, 14))
    assert ey.years == (2024,) and ey.basis == "report"
    assert evidence_years("BÁO CÁO CCHC QUÝ IV NĂM 2023", "", issued=date(2024, 1, 5)).years == (2023,)


def test_period_covers_each_year_and_a_year_inside_a_range_is_not_a_single_year():
    ey = evidence_years("", "KẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH TỈNH BẮC NINH GIAI ĐOẠN 2025-2030\n")
    assert ey.years == tuple(range(2025, 2031)) and ey.basis == "period"
    assert evidence_years("Kế hoạch nâng cao Chỉ số PCI giai đoạn năm 2021-2022", "").years == (2021, 2022)
    assert evidence_years("", "Nội dung", period=(2021, 2025)).years == (2021, 2022, 2023, 2024, 2025)


def test_dates_and_citations_in_the_body_are_not_the_year():
    text = ("Số: 12/QĐ-UBND\nHà Nội, ngày 05 tháng 01 năm 2024\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC\n"
            "Căn cứ Kế hoạch cải cách hành chính năm 2023 của UBND tỉnh;")
    ey = evidence_years("", text, issued=date(2024, 1, 5))
    assert ey.years == (2024,) and ey.basis == "issued"


def test_nothing_known():
    assert evidence_years("Tin tức", "Không có năm nào ở đây.").basis == "none"


def test_a_mirror_title_gives_the_issue_year_after_the_number():
    ey = evidence_years("Quyết định 680/QĐ-UBND năm 2025 công bố 09 thủ tục hành chính nội bộ", "",
                        issued=date(2025, 3, 20))
    assert ey.years == (2025,) and ey.basis == "issued"


def test_a_cited_programme_period_is_not_the_page_s_period():
    text = ("Tiếp tục thực hiện Quyết định số 1332/QĐ-BNV ngày 14/12/2012 của Bộ Nội vụ về việc phê duyệt Đề án "
            "“Tăng cường công tác thông tin, tuyên truyền cải cách hành chính giai đoạn 2013-2015”.")
    assert evidence_years("", text, issued=date(2015, 3, 2)).basis == "issued"
