from datetime import date

from extractors import extract_facts
from extractors.facts import guess_title

PAGE = """Chi tiết tin tức - Huyện Hải Lăng

Triển khai thực hiện Nghị quyết số 02-NQ/BCSĐ ngày 27/6/2023 của Ban Cán sự Đảng UBND tỉnh Quảng Trị

16:40, Thứ Năm, 5-10-2023 122 0

Nhằm triển khai thực hiện hiệu quả Kế hoạch số 165/KH-UBND ngày 04/8/2023 của UBND tỉnh triển khai thực hiện Nghị quyết số 02-NQ/BCSĐ của Ban cán sự Đảng UBND tỉnh về quyết tâm thực hiện các giải pháp nâng cao Chỉ số Cải cách hành chính (PAR INDEX) trên địa bàn tỉnh Quảng Trị đến năm 2025; ngày 26/9/2023, UBND huyện Hải Lăng ban hành Kế hoạch số 145/KH-UBND triển khai thực hiện Kế hoạch số 165/KH-UBND ngày 04/8/2023 của UBND tỉnh.

UBND huyện đã phân công trách nhiệm để triển khai 46 nhiệm vụ, giải pháp.

File đính kèm: Kế hoạch số 145/KH-UBND ngày 26/9/2023 của UBND huyện Hải Lăng;
"""


def test_district_plan_page():
    f = extract_facts(PAGE)
    assert f.primary == "145/KH-UBND"
    assert f.province == "Quảng Trị"
    refs = {r.number: r for r in f.doc_refs}
    assert refs["165/KH-UBND"].issuer == "UBND tỉnh Quảng Trị"        # "UBND tỉnh" resolved
    assert refs["165/KH-UBND"].date == date(2023, 8, 4)
    assert refs["145/KH-UBND"].issuer == "UBND huyện Hải Lăng"
    assert f.indices == ["PAR INDEX"]
    assert f.targets == [] and f.period is None
    chain = {(c.source, c.target, c.relation) for c in f.citations}
    assert ("145/KH-UBND", "165/KH-UBND", "implements") in chain
    assert ("165/KH-UBND", "02-NQ/BCSĐ", "implements") in chain


def test_guess_title_is_the_line_above_the_posting_date():
    assert guess_title(PAGE)[0].startswith("Triển khai thực hiện Nghị quyết số 02-NQ/BCSĐ")


def test_guess_title_passes_over_photo_captions():
    body = ("Tỉnh đã ban hành Chỉ thị về việc tăng cường kỷ luật, kỷ cương hành chính trong cơ quan nhà nước, "
            "yêu cầu người đứng đầu các sở, ngành chịu trách nhiệm về kết quả giải quyết hồ sơ của đơn vị mình.")
    head = "Chỉ thị số 12/CT-UBND về tăng cường kỷ luật hành chính"
    for caption in ("Chủ tịch UBND tỉnh phát biểu tại hội nghị. Ảnh: Minh Anh",
                    "Quang cảnh hội nghị (Ảnh minh họa: TTXVN)",
                    "Cán bộ Bộ phận một cửa hướng dẫn người dân (trong ảnh: xã Tân Hòa)",
                    "Lãnh đạo tỉnh thăm Trung tâm Phục vụ hành chính công. (Ảnh HOÀNG NAM)",
                    "Đại biểu dự hội nghị tại điểm cầu tỉnh - Ảnh Hữu Trí |",
                    "Ảnh minh họa",
                    "trung-tam-phuc-vu-hanh-chinh-cong-2024.jpg",
                    "Có thể là hình ảnh về 5 người và văn bản"):
        page = f"{head}\n\nNội dung chính\n\n{caption}\n\n{body}"
        assert guess_title(page)[0] == head, caption
        assert extract_facts(page).primary == "12/CT-UBND", caption


def test_a_title_about_an_image_is_not_a_caption():
    page = ("Quảng bá hình ảnh Đà Nẵng đến bạn bè quốc tế qua chuyển đổi số\n\n"
            "Thành phố đã khai trương cổng thông tin du lịch thông minh với nhiều ngôn ngữ, giúp du khách tra cứu "
            "thông tin về điểm đến, dịch vụ công và phản ánh kiến nghị trên môi trường mạng một cách thuận tiện.")
    assert guess_title(page)[0].startswith("Quảng bá hình ảnh Đà Nẵng")


def test_page_without_number_has_no_primary():
    f = extract_facts("Bạc Liêu triển khai xác định chỉ số cải cách hành chính năm 2020\nThứ sáu, 15/01/2021, 10:22\n"
                      "Chủ tịch UBND tỉnh vừa ban hành Kế hoạch triển khai xác định chỉ số cải cách hành chính năm 2020.")
    assert f.primary is None and f.doc_refs == []
    assert f.province == "Bạc Liêu" and f.indices == ["PAR INDEX"]


def test_reproduced_document_with_header():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nSố: 87/KH-UBND\n|\n"
            "Tuyên Quang, ngày\n10 tháng 12 năm 2013\n|\nKẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH TỈNH TUYÊN QUANG NĂM 2014\n"
            "Thực hiện Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành Chương trình tổng thể cải cách "
            "hành chính nhà nước giai đoạn 2011 - 2020;")
    f = extract_facts(text)
    assert f.primary == "87/KH-UBND"
    p = f.primary_ref()
    assert p.date == date(2013, 12, 10) and p.type == "Kế hoạch"
    assert f.province == "Tuyên Quang" and f.period is None
    assert f.indices == ["PAR INDEX"]
    assert [(c.source, c.target) for c in f.citations] == [("87/KH-UBND", "30c/NQ-CP")]


def test_to_dict_round_trip_and_arguments():
    f = extract_facts(PAGE, title="Kế hoạch số 145/KH-UBND", url="https://hailang.quangtri.gov.vn/x", province_hint="Quảng Trị")
    d = f.to_dict()
    assert d["primary"] == "145/KH-UBND"
    assert type(f).from_dict(d).to_dict() == d


def test_empty_text():
    f = extract_facts("")
    assert f.doc_refs == [] and f.primary is None and f.province is None
