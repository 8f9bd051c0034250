"""Acts a page names in words, without a number (extractors.named_acts; session 30, thirty-third mapping pass): kind,
issuer, the verb relating the page to it, year and topic words. Sentences written for these tests, in several shapes."""
from extractors.named_acts import named_acts, unnumbered


def one(text, title=""):
    acts = named_acts(text, title)
    assert len(acts) == 1, acts
    return acts[0]


def test_a_plan_issued_by_the_province_named_before_its_issuer():
    a = one("Kế hoạch năm 2025 về nâng cao chỉ số hài lòng của người dân vừa được UBND tỉnh ban hành.")
    assert (a.kind, a.issuer, a.verb, a.year) == ("ke hoach", "province", "ban hanh", 2025)
    assert a.topic == "nang cao chi so hai long" and a.own and not a.numbered and not a.anaphoric


def test_the_issuer_before_the_act_and_a_province_named_acting():
    a = one("Tỉnh Cà Mau đã phê duyệt Đề án xây dựng chính quyền số giai đoạn 2024-2026, hướng tới người dân.")
    assert (a.kind, a.issuer, a.verb, a.year) == ("de an", "province", "phe duyet", 2024)
    assert a.topic == "xay dung chinh quyen so"
    b = one("Hội đồng nhân dân tỉnh thông qua Nghị quyết về phát triển kinh tế - xã hội năm 2026.")
    assert (b.kind, b.issuer, b.verb, b.year) == ("nghi quyet", "province", "thong qua", 2026)


def test_a_plan_relayed_without_naming_its_issuer():
    a = one("Theo Kế hoạch, đến năm 2027 toàn tỉnh có 80% hồ sơ được số hóa.")
    assert a.anaphoric and a.verb == "theo" and a.issuer is None and a.year == 2027 and a.topic == ""
    b = one("Mục tiêu cụ thể của Chương trình là giảm 20% thời gian giải quyết thủ tục.")
    assert b.kind == "chuong trinh" and b.anaphoric


def test_another_bodys_act_and_a_numbered_act():
    a = one("Thủ tướng Chính phủ ký ban hành Chỉ thị về đẩy mạnh cải cách thủ tục hành chính.")
    assert (a.kind, a.issuer, a.verb) == ("chi thi", "government", "ban hanh") and not a.own
    b = one("Sáng 4/3, UBND huyện Mỹ Tú triển khai kế hoạch cải cách hành chính năm 2024.")
    assert (b.issuer, b.verb, b.topic) == ("district", "trien khai", "cai cach hanh chinh")
    c = one("Ngày 2/5, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 88/KH-UBND về chuyển đổi số năm 2024.")
    assert c.numbered and c.issuer == "province" and c.issuer_text == "Ủy ban nhân dân tỉnh" and c.topic == "chuyen doi so"
    assert unnumbered([a, b, c]) == [a, b]


def test_words_that_are_not_acts():
    assert named_acts("Sở Kế hoạch và Đầu tư làm việc với doanh nghiệp; thu ngân sách vượt kế hoạch.") == []
    assert named_acts("Giám đốc Sở báo cáo kết quả và hướng dẫn các xã thực hiện.") == []
    assert named_acts("Chương trình nghị sự của kỳ họp gồm 12 nội dung.") == []


def test_the_title_is_read_and_only_the_head_of_the_text():
    a = one("Phấn đấu 95% hồ sơ đúng hạn.", title="Tỉnh ủy ban hành Nghị quyết về cải cách hành chính")
    assert (a.kind, a.issuer, a.start) == ("nghi quyet", "province", 17)
    assert named_acts("x " * 900 + "UBND tỉnh ban hành Kế hoạch cải cách hành chính.") == []
