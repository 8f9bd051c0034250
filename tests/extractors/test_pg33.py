"""pg33 (session 32): the page's province on fresh pages: option pg33's features, on and off."""
from extractors.candidates import pg33_slug_lead, province_candidates

NATIONAL = ("Chính phủ yêu cầu các bộ, ngành và địa phương đẩy mạnh giải ngân vốn đầu tư công. "
            "Thủ tướng Chính phủ nhấn mạnh cả nước phải hoàn thành mục tiêu tăng trưởng. "
            "Tại hội nghị, đại diện Đà Nẵng cho biết sẽ đẩy nhanh tiến độ.")
REPOST = ("Tỉnh Quảng Trị đặt mục tiêu thu hút 3 triệu lượt khách du lịch vào năm 2027. "
          "UBND tỉnh Quảng Trị giao các sở, ngành triển khai kế hoạch.")


def _feats(text, url, opt):
    return dict(province_candidates(text, None, None, url, pg33=opt))


def test_weak_on_and_off():
    off = _feats(NATIONAL, None, None)
    assert not any(k.startswith("pg33") for f in off.values() for k in f)
    on = _feats(NATIONAL, None, "weak")
    assert on["Đà Nẵng"]["pg33_weak"] == 1.0 and on["Đà Nẵng"]["pg33_weak_nat"] > 0
    assert on[None]["pg33_n_weak"] == 1.0
    # a province named in the title, or more than once, is not a passing mention
    named = _feats(NATIONAL + " Đà Nẵng sẽ tăng trưởng 10%.", None, "weak")
    assert "pg33_weak" not in named["Đà Nẵng"] and "pg33_n_weak" not in named[None]


def test_slug_against_host():
    url = "https://baothaibinh.com.vn/tin-tuc/quang-tri-dat-muc-tieu-thu-hut-khach-du-lich.html"
    off = _feats(REPOST, url, None)
    assert "pg33_slug_not_host" not in off["Quảng Trị"]
    on = _feats(REPOST, url, "slug")
    assert on["Quảng Trị"]["pg33_slug_not_host"] == 1.0
    assert on["Thái Bình"]["pg33_host_not_slug"] == 1.0
    # the slug and the host agree: nothing added
    same = _feats(REPOST, "https://baoquangtri.vn/quang-tri-dat-muc-tieu-thu-hut-khach.html", "slug")
    assert not any(k.startswith("pg33") for f in same.values() for k in f)


def test_slug_locality_section():
    text = "Tỉnh Phú Thọ phấn đấu nâng cao chỉ số năng lực cạnh tranh. Cả nước có 63 tỉnh."
    url = "https://tin.example.vn/dia-phuong/phu-tho-phan-dau-nang-cao-chi-so-2024.htm"
    assert _feats(text, url, None)["Phú Thọ"]["slug"] == 0.0
    on = _feats(text, url, "slug")
    assert on["Phú Thọ"]["slug"] == 1.0 and on["Phú Thọ"]["slug_first"] == 1.0 and on[None]["n_slug"] == 1.0


def test_slug_lead():
    assert pg33_slug_lead("https://x.vn/kinh-te/ca-mau-phan-dau-san-luong-2030.html") == "Cà Mau"
    assert pg33_slug_lead("https://x.vn/thanh-pho-can-tho-va-tinh-hau-giang-hop-nhat") == "Cần Thơ"
    assert pg33_slug_lead("https://x.vn/tphcm-bau-bi-thu-phuong-moi") == "Hồ Chí Minh"
    assert pg33_slug_lead("https://x.vn/phan-dau-den-2030-ca-mau-tang-truong") is None
    assert pg33_slug_lead("https://baocamau.vn/") is None
    text = "Cà Mau phấn đấu sản lượng thủy sản đạt 570.000 tấn vào năm 2030, Hà Nội hỗ trợ."
    url = "https://x.vn/ca-mau-phan-dau-san-luong-thuy-san-2030.html"
    assert "pg33_slug_lead" not in _feats(text, url, None)["Cà Mau"]
    on = _feats(text, url, "lead")
    assert on["Cà Mau"]["pg33_slug_lead"] == 1.0 and "pg33_slug_lead" not in on["Hà Nội"]
