"""Short Vietnamese documents modelled on provincial PAR plans, decisions, resolutions and reports
(written for these tests). Facts are given by hand so that the search contract does not depend
on the extractors' current output."""
from __future__ import annotations

from datetime import date, datetime, timezone

from store.models import DocumentIn

FETCHED = datetime(2024, 6, 1, 8, 0, tzinfo=timezone.utc)


def _doc(key: str, title: str, text: str, *, number: str | None, type_: str | None, issued: str | None,
         issuer: str | None, province: str | None, indices: list[str], targets: list[dict] | None = None,
         published: date | None = None) -> DocumentIn:
    refs = [{"number": number, "type": type_, "date": issued, "issuer": issuer}] if number else []
    return DocumentIn(
        url=f"https://portal.example.vn/{key}", title=title, text=text, source_id=key.split("-")[0],
        published_date=published, fetched_at=FETCHED,
        facts={"doc_refs": refs, "primary": number, "province": province, "indices": indices,
               "targets": targets or []},
    )


DOCS: dict[str, DocumentIn] = {
    "tg-kh252": _doc(
        "tg-kh252", "Kế hoạch cải cách hành chính tỉnh Tiền Giang năm 2024",
        "ỦY BAN NHÂN DÂN TỈNH TIỀN GIANG\nSố: 252/KH-UBND\nTiền Giang, ngày 19 tháng 12 năm 2023\n"
        "KẾ HOẠCH Cải cách hành chính năm 2024\n"
        "Thực hiện Nghị quyết số 76/NQ-CP của Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách "
        "hành chính năm 2024 nhằm nâng cao Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng "
        "(SIPAS). Phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến "
        "toàn trình; tỷ lệ hồ sơ giải quyết trễ hạn < 5% & không có hồ sơ tồn đọng.",
        number="252/KH-UBND", type_="Kế hoạch", issued="2023-12-19", issuer="UBND tỉnh Tiền Giang",
        province="Tiền Giang", indices=["PAR INDEX", "SIPAS"],
        targets=[{"value": 100.0, "unit": "%", "subject": "dịch vụ công trực tuyến toàn trình",
                  "deadline_year": 2024, "qualifier": "đạt", "sentence": "Phấn đấu 100% thủ tục hành chính"}]),
    "dt-qd30": _doc(
        "dt-qd30", "Quyết định ban hành Quy chế thực hiện cơ chế một cửa tại Đồng Tháp",
        "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP\nSố: 30/2018/QĐ-UBND\nĐồng Tháp, ngày 19 tháng 9 năm 2018\n"
        "QUYẾT ĐỊNH Ban hành Quy chế thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục "
        "hành chính. Đơn giản hóa thủ tục, đẩy mạnh cải cách hành chính và ứng dụng công nghệ thông tin, "
        "tiếp nhận hồ sơ điện tử tại Trung tâm Phục vụ hành chính công tỉnh.",
        number="30/2018/QĐ-UBND", type_="Quyết định", issued="2018-09-19", issuer="UBND tỉnh Đồng Tháp",
        province="Đồng Tháp", indices=["PAR INDEX"]),
    "bt-nq09": _doc(
        "bt-nq09", "Nghị quyết về chuyển đổi số tỉnh Bến Tre giai đoạn 2021-2025",
        "TỈNH ỦY BẾN TRE\nSố: 09-NQ/TU\nBến Tre, ngày 10 tháng 5 năm 2021\n"
        "NGHỊ QUYẾT về chuyển đổi số. Cải cách thể chế, phát triển chính quyền số và hành chính công hiện đại; "
        "cải thiện Chỉ số năng lực cạnh tranh cấp tỉnh (PCI), thu hút đầu tư.",
        number="09-NQ/TU", type_="Nghị quyết", issued="2021-05-10", issuer="Tỉnh ủy Bến Tre",
        province="Bến Tre", indices=["PCI"]),
    "ag-bc": _doc(
        "ag-bc", "Báo cáo kết quả cải cách hành chính quý III năm 2022",
        "SỞ NỘI VỤ TỈNH AN GIANG\nSố: 415/BC-SNV\nAn Giang, ngày 5 tháng 10 năm 2022\n"
        "BÁO CÁO kết quả thực hiện công tác cải cách hành chính quý III năm 2022. Kết quả Chỉ số PAR INDEX "
        "và Chỉ số PAPI của tỉnh tiếp tục được cải thiện; tính đến ngày 30/9/2022 đã tiếp nhận 125.000 hồ sơ, "
        "tính toán tỷ lệ đúng hạn đạt 98,5%.",
        number="415/BC-SNV", type_="Báo cáo", issued="2022-10-05", issuer="Sở Nội vụ tỉnh An Giang",
        province="An Giang", indices=["PAR INDEX", "PAPI"]),
    "ct-tb": _doc(
        "ct-tb", "Thông báo lịch tiếp công dân tháng 01 năm 2024",
        "VĂN PHÒNG ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\nSố: 12/TB-VP\nCần Thơ, ngày 15 tháng 01 năm 2024\n"
        "THÔNG BÁO lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân thành phố tại Trụ sở tiếp công dân.",
        number="12/TB-VP", type_="Thông báo", issued="2024-01-15", issuer="Văn phòng UBND thành phố Cần Thơ",
        province="Cần Thơ", indices=[]),
    "vl-da": _doc(
        "vl-da", "Đề án nâng cao Chỉ số hài lòng của người dân (SIPAS) tỉnh Vĩnh Long",
        "ỦY BAN NHÂN DÂN TỈNH VĨNH LONG\nSố: 03/ĐA-UBND\nVĩnh Long, ngày 2 tháng 3 năm 2020\n"
        "ĐỀ ÁN nâng cao Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà "
        "nước (SIPAS) giai đoạn 2020-2025; cải cách hành chính gắn với kỷ luật, kỷ cương hành chính.",
        number="03/ĐA-UBND", type_="Đề án", issued="2020-03-02", issuer="UBND tỉnh Vĩnh Long",
        province="Vĩnh Long", indices=["SIPAS"]),
    "hg-ctr": _doc(
        "hg-ctr", "Chương trình đào tạo, bồi dưỡng cán bộ, công chức năm 2023",
        "ỦY BAN NHÂN DÂN TỈNH HẬU GIANG\nSố: 07/CTr-UBND\nHậu Giang, ngày 20 tháng 2 năm 2023\n"
        "CHƯƠNG TRÌNH đào tạo, bồi dưỡng cán bộ, công chức, viên chức; nâng cao đạo đức công vụ và kỹ năng "
        "giao tiếp với người dân; lấy ý kiến đóng góp của cơ quan, đơn vị.",
        number="07/CTr-UBND", type_="Chương trình", issued="2023-02-20", issuer="UBND tỉnh Hậu Giang",
        province="Hậu Giang", indices=[]),
    "news": _doc(
        "news", "Hội nghị trực tuyến về cải cách hành chính",
        "Sáng nay, Ủy ban nhân dân tỉnh tổ chức hội nghị trực tuyến triển khai công tác cải cách hành chính, "
        "đánh giá kết quả Chỉ số PAR INDEX của tỉnh.",
        number=None, type_=None, issued=None, issuer=None, province=None, indices=[],
        published=date(2024, 3, 8)),
}

ALL = set(DOCS)
