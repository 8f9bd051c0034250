"""Generated Vietnamese reform documents for benchmarks (deterministic, no files needed)."""
from __future__ import annotations

import random
from datetime import date, datetime, timezone

from store.models import DocumentIn

PROVINCES = ["Tiền Giang", "Đồng Tháp", "Quảng Trị", "Bạc Liêu", "Hà Nội", "Đắk Lắk", "Nghệ An", "Cần Thơ",
             "Quảng Ninh", "Lạng Sơn", "Thanh Hóa", "Khánh Hòa", "Bình Dương", "An Giang", "Huế", "Gia Lai"]
TYPES = [("KH", "Kế hoạch"), ("QĐ", "Quyết định"), ("BC", "Báo cáo"), ("TB", "Thông báo"), ("CT", "Chỉ thị")]
PHRASES = [
    "nâng cao Chỉ số cải cách hành chính cấp tỉnh (PAR INDEX)", "cải thiện Chỉ số hài lòng SIPAS",
    "đẩy mạnh dịch vụ công trực tuyến toàn trình", "chuyển đổi số trong cơ quan nhà nước",
    "kiểm soát thủ tục hành chính", "thực hiện cơ chế một cửa, một cửa liên thông",
    "nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", "cải thiện Chỉ số PAPI",
    "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "tinh gọn tổ chức bộ máy",
]
FILLER = ("Các sở, ban, ngành tỉnh và UBND các huyện, thị xã, thành phố tập trung triển khai các nhiệm vụ, "
          "giải pháp; phát huy vai trò, trách nhiệm của người đứng đầu; tăng cường kỷ luật, kỷ cương hành chính; "
          "đẩy mạnh tuyên truyền để người dân, doanh nghiệp biết và sử dụng dịch vụ công trực tuyến. ")


def document(i: int, rng: random.Random, size: int = 2000) -> DocumentIn:
    province = rng.choice(PROVINCES)
    abbr, type_name = rng.choice(TYPES)
    year = rng.randint(2016, 2025)
    issued = date(year, rng.randint(1, 12), rng.randint(1, 28))
    number = f"{rng.randint(1, 400)}/{abbr}-UBND"
    phrase = rng.choice(PHRASES)
    head = (f"Ngày {issued.day}/{issued.month}/{issued.year}, UBND tỉnh {province} ban hành {type_name} số {number} "
            f"về việc {phrase} năm {year}. Đến năm {year + 2}, {rng.randint(50, 100)}% thủ tục hành chính "
            f"được giải quyết trực tuyến. ")
    text = head + FILLER * max(1, (size - len(head)) // len(FILLER) + 1)
    facts = {"primary": number, "province": province, "indices": ["PAR INDEX"] if "PAR" in phrase else [],
             "doc_refs": [{"number": number, "type": type_name, "date": issued.isoformat(),
                           "issuer": f"UBND tỉnh {province}"}]}
    return DocumentIn(url=f"https://bench.example/{i}", title=f"{type_name} {phrase} năm {year} ({i})",
                      text=text[:size], published_date=issued, facts=facts,
                      fetched_at=datetime(2025, 1, 1, tzinfo=timezone.utc))


def documents(n: int, seed: int = 7, size: int = 2000):
    rng = random.Random(seed)
    for i in range(n):
        yield document(i, rng, size)


QUERIES = ["cải cách hành chính", "cai cach hanh chinh", "dịch vụ công trực tuyến", '"một cửa liên thông"',
           "chỉ số SIPAS", "chuyen doi so", "PAR INDEX kế hoạch", "số hóa hồ sơ", "PCI", "tinh gọn bộ máy"]
