import pytest

from extractors import places
from extractors.facts import extract_facts


def test_lists():
    assert len(places.old_provinces()) == 63
    assert len(places.new_provinces()) == 34


@pytest.mark.parametrize("name,canonical", [
    ("TP. Hồ Chí Minh", "Hồ Chí Minh"), ("Thành phố Cần Thơ", "Cần Thơ"), ("tỉnh Tiền Giang", "Tiền Giang"),
    ("tien giang", "Tiền Giang"), ("BA RIA - VUNG TAU", "Bà Rịa - Vũng Tàu"), ("Thừa Thiên - Huế", "Thừa Thiên Huế"),
    ("Đăk Lăk", "Đắk Lắk"), ("Hoà Bình", "Hòa Bình"), ("Atlantis", None),
])
def test_canonical_province(name, canonical):
    assert places.canonical_province(name) == canonical


def test_merged_into():
    assert places.merged_into("Tiền Giang") == "Đồng Tháp"
    assert places.merged_into("Bạc Liêu") == "Cà Mau"
    assert places.merged_into("Bình Dương") == "Hồ Chí Minh"
    assert places.merged_into("Hà Nội") == "Hà Nội"
    assert set(places.formed_from("Lâm Đồng")) == {"Lâm Đồng", "Đắk Nông", "Bình Thuận"}


def test_page_province_prefers_the_article_over_widgets():
    text = ("Tiền Giang ban hành Kế hoạch\nThời tiết Tp Hồ Chí Minh\nThời tiết Hà Nội\n"
            "UBND tỉnh Tiền Giang ban hành Kế hoạch số 252/KH-UBND.")
    assert places.page_province(text) == "Tiền Giang"


def test_page_province_from_hint_and_url():
    assert places.page_province("UBND tỉnh ban hành kế hoạch", hint="Nam Định") == "Nam Định"
    assert places.page_province("UBND tỉnh ban hành kế hoạch", url="https://hoabinh.gov.vn/tin/1") == "Hòa Bình"
    assert places.page_province("Không có địa danh") is None


def test_lower_case_words_are_not_provinces():
    assert places.page_province("cuộc sống long an, yên bình") is None


def test_districts_before_2025():
    assert places.province_of_district("Hải Lăng") == "Quảng Trị"
    assert places.province_of_district("Cai Lậy") == "Tiền Giang"
    assert places.province_of_district("Châu Thành") is None          # in many provinces: left out
    assert "Đông Giang" in places.districts_of("Quảng Nam")
    assert places.page_province("Ngày 3/4, UBND huyện Đông Giang ban hành kế hoạch chuyển đổi số năm 2025") == "Quảng Nam"


def test_province_family_after_the_2025_mergers():
    from extractors.places import predecessor_of, province_family
    assert province_family("Đồng Tháp") == ["Đồng Tháp", "Tiền Giang"]
    assert province_family("tỉnh Tiền Giang") == ["Tiền Giang"]          # an old name still filters
    assert province_family("TP. Hồ Chí Minh") == ["Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"]
    assert province_family("Huế") == ["Huế", "Thừa Thiên Huế"]
    assert province_family("Hà Nội") == ["Hà Nội"] and province_family("nowhere") == []
    assert predecessor_of("Tiền Giang", "Đồng Tháp") == "Tiền Giang"
    assert predecessor_of("Đồng Tháp", "Đồng Tháp") is None and predecessor_of("Bến Tre", "Đồng Tháp") is None


def test_en_dash_and_abbreviated_city_names():
    from extractors.places import find_provinces
    c = find_provinces("Bà Rịa – Vũng Tàu: Bàn giải pháp. Tp.HCM đặt mục tiêu; TP. HCM tiếp tục")
    assert c["Bà Rịa - Vũng Tàu"] >= 1 and c["Hồ Chí Minh"] >= 2


def test_place_of_issue_and_dateline_are_no_evidence_of_the_subject():
    from extractors.candidates import province_candidates
    for text in ("Số: 1565/QĐ-TTg\nHà Nội ngày 18 tháng 7 năm 2025\nTHỦ TƯỚNG CHÍNH PHỦ",
                 "Chỉ số PAR Index 2023 của 6 vùng\nHà Nội (TTXVN 18/4) Trong năm 2023, 6/6 vùng đều tăng"):
        assert [name for name, _ in province_candidates(text, None, "Hà Nội")] == [None]
        # named again in the body: a candidate, marked as the place of issue
        feats = dict(province_candidates(text + "\nThành phố Hà Nội xếp thứ 3.", None, "Hà Nội"))["Hà Nội"]
        assert feats["place_of_issue"] == 1.0


def test_same_province_equates_a_rename_but_not_a_merger():
    from extractors.places import same_province
    assert same_province("Thừa Thiên Huế", "Huế")
    assert same_province("Thành phố Huế", "TT-Huế")
    assert same_province("tỉnh Tiền Giang", "Tiền Giang")
    assert not same_province("Tiền Giang", "Đồng Tháp")      # merged into, a different place
    assert not same_province("Quảng Bình", "Quảng Trị")
    assert not same_province(None, "Huế")
    assert not same_province("Xyz", "Xyz")


def test_scorer_counts_a_renamed_province_once_and_a_merged_one_never():
    from extractors.scoring import score
    cases = [{"id": "a", "text": "", "province": "Thừa Thiên Huế"}, {"id": "b", "text": "", "province": "Tiền Giang"}]
    figs, misses = score(cases, {"a": {"province": "Huế"}, "b": {"province": "Đồng Tháp"}})
    assert figs["province"] == 0.5
    assert misses == [("b", "province", "Đồng Tháp", "Tiền Giang")]


@pytest.mark.parametrize("url,provinces", [
    ("https://baogialai.com.vn/gia-lai-khong-nam-trong-top-30-bang-xep-hang-chi-so-pci-post277041.html", ["Gia Lai"]),
    ("https://nhansu.vn/van-ban-phap-luat/Ke-hoach-0155-KH-UBND-2025-chuyen-doi-so-Dak-Lak-nam-2026-686309", ["Đắk Lắk"]),
    ("https://vietnamnet.vn/ha-noi-hue-hai-phong-tphcm-va-thanh-hoa-dan-dau", ["Hà Nội", "Hải Phòng", "Hồ Chí Minh", "Thanh Hóa"]),
    ("https://x.vn/ke-hoach-chuyen-doi-so-nam-dinh-huong-den-nam-2030", []),     # "năm, định hướng"
    ("https://binhphuoc.gov.vn/vi/news/tin-tuc", []),                            # the host is not the slug
    (None, []),
])
def test_provinces_named_in_the_url_slug(url, provinces):
    assert places.slug_provinces(url) == provinces


def test_slug_province_becomes_a_candidate_when_the_text_never_names_it():
    from extractors.candidates import province_candidates
    url = "https://chatluongvacuocsong.vn/amp/kon-tum-nhung-thanh-qua-trong-cong-tac-chuyen-doi-so-d121692.html"
    cands = dict(province_candidates("Toàn tỉnh đã số hóa 90% hồ sơ.", None, None, url))
    assert cands["Kon Tum"]["slug_first"] == 1.0
    assert cands[None]["n_slug"] == 1.0 and cands[None]["n_url_given"] == 1.0
    assert "Kon Tum" not in dict(province_candidates("Toàn tỉnh đã số hóa 90% hồ sơ.", None, None, None))


def test_a_national_text_on_a_provincial_site_is_told_from_a_local_one():
    from extractors.candidates import province_candidates
    url = "https://sct.dongnai.gov.vn/vi/news/tin-tuc-4589.html"
    national = ("Hội nghị trực tuyến toàn quốc về chuyển đổi số quốc gia. Thủ tướng Chính phủ yêu cầu các bộ, ngành, "
                "địa phương hoàn thành 100% dịch vụ công trực tuyến; cả nước đạt 80%.")
    local = "Toàn tỉnh đã số hóa 90% hồ sơ; UBND tỉnh giao các sở, ban, ngành và cấp huyện, cấp xã thực hiện."
    n_nat = dict(province_candidates(national, None, None, url))[None]
    n_loc = dict(province_candidates(local, None, None, url))[None]
    assert n_nat["n_url_only"] == n_loc["n_url_only"] == 1.0
    assert n_nat["n_url_only_national"] > 0 and n_nat["n_url_only_local"] == 0
    assert n_loc["n_url_only_local"] > 0 and n_loc["n_url_only_national"] == 0


def test_shipped_model_gives_no_province_to_a_national_text_on_a_provincial_site():
    from extractors.facts import extract_facts
    url = "https://sct.dongnai.gov.vn/vi/news/tin-tuc-4589.html"
    national = ("Hội nghị trực tuyến toàn quốc về chuyển đổi số quốc gia\n\nThủ tướng Chính phủ yêu cầu các bộ, ngành, "
                "địa phương hoàn thành 100% dịch vụ công trực tuyến; cả nước đạt 80%. Chính phủ giao Bộ Nội vụ tổng hợp.")
    local = "Toàn tỉnh đã số hóa 90% hồ sơ\n\nUBND tỉnh giao các sở, ban, ngành và cấp huyện, cấp xã thực hiện."
    assert extract_facts(national, url=url).province is None
    assert extract_facts(local, url=url).province == "Đồng Nai"


def test_every_registry_site_maps_to_its_province():
    """The host -> province map agrees with crawler/sources/*.yaml for every source, and sites under a
    registered portal (departments, districts, communes) inherit its province."""
    import yaml
    from pathlib import Path
    root = Path(places.__file__).resolve().parents[1] / "crawler" / "sources"
    n = 0
    for f in root.glob("*.yaml"):
        for src in yaml.safe_load(f.read_text(encoding="utf-8"))["sources"]:
            want = src.get("former_province") or src.get("province")
            got = places._from_url(src["base_url"])
            assert (got is None and want is None) or places.same_province(got, want) or \
                places.slug_provinces(src["base_url"]) == [places.canonical_province(want)], src["id"]
            n += 1
    assert n > 150
    assert places._from_url("https://sonoivu.yenbai.gov.vn/noidung") == "Yên Bái"
    assert places._from_url("http://vinhhung1.vinhloc.thanhhoa.gov.vn/web/trang-chu") == "Thanh Hóa"
    assert places._from_url("https://www.baria-vungtau.gov.vn/") == "Bà Rịa - Vũng Tàu"
    assert places._from_url("https://moc.gov.vn/vn/tin-tuc") is None        # a ministry: national
    assert places._from_url("http://ngheandost.gov.vn/csdl") == "Nghệ An"     # a key inside the label
    assert places._from_url("https://vndx.gov.vn/thai-nguyen-chuong-trinh") is None


@pytest.mark.parametrize("url,province", [
    ("https://baocamau.vn/uu-tien-chuyen-doi-so-a38152.html", "Cà Mau"),          # a five-letter key inside
    ("https://hanoionline.vn/amp/xa-thuan-an-383415.htm", "Hà Nội"),
    ("https://baohanam.com.vn/tin/1", "Hà Nam"),
    ("https://huengaynay.vn/kinh-te/1.html", "Huế"),                              # a short key opening the label
    ("https://luatminhkhue.vn/tu-van.aspx", None),                                 # ... not inside it
    ("https://thanhnien.vn/thoi-su.htm", None),
])
def test_newspaper_hosts_named_after_a_short_province_key(url, province):
    assert places._from_url(url) == province


@pytest.mark.parametrize("text,provinces", [
    ("(Baohatinh.vn) - Theo kết quả đánh giá, tỉnh đang dẫn đầu cả nước.", ["Hà Tĩnh"]),       # a newspaper's credit
    ("(Thanhhoa.dcs.vn): Trong năm 2023, công tác quản lý trên địa bàn tỉnh", ["Thanh Hóa"]),
    ("Người dân truy cập congdanso.danang.gov.vn hoặc www.baocamau.vn để gửi ý kiến.", ["Đà Nẵng", "Cà Mau"]),
    ("Nộp hồ sơ tại dichvucong.gov.vn hoặc vnexpress.net.", []),                            # national sites
    ("Liên hệ: vanthu@laocai.gov.vn.", []),                                                   # an e-mail: counted apart
])
def test_web_addresses_in_the_text_name_their_province(text, provinces):
    from extractors.normalize import fold
    assert places._web_addresses(fold(text)) == provinces


def test_a_web_address_makes_a_province_a_candidate_with_its_own_feature():
    from extractors.candidates import province_candidates
    cands = dict(province_candidates("(Thanhhoa.dcs.vn): Trong năm 2023, toàn tỉnh số hóa 90% hồ sơ.", None, None))
    assert cands["Thanh Hóa"]["web"] == 1.0 and cands["Thanh Hóa"]["url"] == 0.0


@pytest.mark.parametrize("text,province,person", [
    ("Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình chủ trì phiên họp.", "Hòa Bình", 1.0),
    ("Đến dự có ông Nguyễn Thái Bình – Chủ tịch UBND thành phố.", "Thái Bình", 1.0),
    ("Chủ tịch Quốc hội Vương Đình Huệ làm việc với tỉnh.", "Huế", 1.0),             # "Huệ" folds to "Hue"
    ("UBND tỉnh Hòa Bình ban hành kế hoạch; Nguyễn Hòa Bình dự họp.", "Hòa Bình", 0.5),
    ("Tại Hòa Bình, Lê Văn Nam cho biết tỉnh Thái Bình đạt 90%.", "Hòa Bình", 0.0),   # a sentence opening, a list
])
def test_a_province_name_inside_a_persons_name_is_told_apart(text, province, person):
    from extractors.candidates import province_candidates
    assert dict(province_candidates(text, None, None))[province]["person"] == person


def test_a_renamed_unit_is_one_candidate_under_either_name():
    ev = places.province_evidence("UBND tỉnh Thừa Thiên Huế ban hành kế hoạch",
                                  None, "https://quangan.thuathienhue.gov.vn/?cn=265")
    assert list(ev) == ["Thừa Thiên Huế"] and ev["Thừa Thiên Huế"]["url"] == 1


# -- the source's province (the crawler's hint) is evidence, not the answer --------------------------
_NATIONAL = ("Thủ tướng Chính phủ ban hành Quyết định số 1243/QĐ-TTg phê duyệt Kế hoạch cải cách hành chính nhà "
             "nước giai đoạn 2026-2030 trên phạm vi cả nước. Theo đó, các bộ, ngành, địa phương trên cả nước phấn "
             "đấu đến năm 2030, 100% thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình. Bộ Nội vụ "
             "chủ trì, phối hợp với các bộ, cơ quan ngang bộ theo dõi, đôn đốc việc thực hiện trên toàn quốc.")
_LOCAL = ("Ủy ban nhân dân tỉnh vừa ban hành Kế hoạch số 45/KH-UBND về cải cách hành chính năm 2025. Kế hoạch yêu "
          "cầu các sở, ban, ngành, UBND cấp huyện, cấp xã trên địa bàn toàn tỉnh triển khai đồng bộ. Phấn đấu 95% "
          "hồ sơ thủ tục hành chính được giải quyết đúng hạn.")


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000/tin/1.html", "https://sonoivu.laocai.gov.vn/tin/1.html"])
def test_a_national_text_on_a_provincial_source_gets_no_province(url):
    assert extract_facts(_NATIONAL, url=url, province_hint="Lào Cai").province is None


@pytest.mark.parametrize("url", ["http://127.0.0.1:8000/tin/1.html", "https://sonoivu.laocai.gov.vn/tin/1.html"])
def test_a_local_text_that_never_names_its_province_gets_the_sources(url):
    assert extract_facts(_LOCAL, url=url, province_hint="Lào Cai").province == "Lào Cai"


def test_rules_alone_still_take_the_hint():
    from extractors.models import RULES
    assert extract_facts(_NATIONAL, province_hint="Lào Cai", models=RULES).province == "Lào Cai"


# is30 (session 22): a commune, ward or district named like a province is a place inside another province
def test_commune_named_like_a_province_is_no_evidence():
    c = places.find_provinces("Kỳ họp HĐND xã Quảng Bình thông qua nghị quyết; Đảng ủy phường Hòa Bình và huyện Hà Nam")
    assert "Quảng Bình" not in c and "Hòa Bình" not in c and "Hà Nam" not in c
    assert places.slug_provinces("https://baothanhhoa.vn/hdnd-xa-quang-binh-ky-hop-thu-2-123.htm") == []


def test_province_and_its_town_still_count():
    c = places.find_provinces("UBND tỉnh Quảng Bình làm việc với thị xã Quảng Trị và thành phố Hà Tĩnh")
    assert c["Quảng Bình"] == 5 and c["Quảng Trị"] >= 1 and c["Hà Tĩnh"] >= 2
    assert places.slug_provinces("https://x.vn/thi-xa-quang-tri-don-bang-cong-nhan") == ["Quảng Trị"]
    assert places.slug_provinces("https://x.vn/tinh-quang-binh-ban-hanh-ke-hoach") == ["Quảng Bình"]
    # unit kinds listed before their province name the province's units
    assert places.find_provinces("đứng đầu trong 126 xã, phường Hà Nội")["Hà Nội"] == 1


@pytest.mark.parametrize("text,local,national", [
    ("Năm nay toàn tỉnh đạt 95% kế hoạch giao.", 1, 0),            # a unit word followed by a verb counts
    ("Huyện ủy chỉ đạo trồng rừng; trong huyện có 12 xã đạt chuẩn.", 2, 0),
    ("Đảng ủy xã tổ chức hội nghị, UBND xã báo cáo kết quả.", 2, 0),
    ("Tỉnh ta còn 4.000 hộ nghèo.", 1, 0),
    ("Bộ Tài chính hướng dẫn; GDP tăng 7%.", 0, 2),                 # a ministry by name, the national GDP
    ("Đánh giá chỉ số của các bộ, cơ quan ngang bộ và CẤP BỘ.", 0, 2),
])
def test_site_level_cues_fire(text, local, national):
    from extractors.candidates import site_level_cues
    assert site_level_cues(places.folded_page(text)) == (local, national)


@pytest.mark.parametrize("text", [
    "UBND tỉnh Lạng Sơn ban hành kế hoạch.",                          # a named province, not the own
    "Phát triển văn hóa, xã hội; các xã hội nghề nghiệp tham gia.",    # "xã hội" is society
    "Bộ Chỉ huy Quân sự tỉnh diễn tập; bộ phận một cửa tiếp nhận hồ sơ.",
    "Tổng sản phẩm trên địa bàn (GRDP) tăng 8%.",
])
def test_site_level_cues_do_not_fire(text):
    from extractors.candidates import site_level_cues
    assert site_level_cues(places.folded_page(text)) == (0, 0)


def test_site_cues_reach_a_page_known_only_from_its_site():
    from extractors.candidates import province_candidates
    url = "https://www.hoabinh.gov.vn/tin-chi-tiet/bai-viet-1.html"
    local = "Huyện chủ trương mở rộng diện tích rừng gỗ lớn; trong huyện có 3 nhà máy chế biến."
    national = "Bộ Nông nghiệp đặt mục tiêu GDP ngành tăng 3%."
    bare = "Kế hoạch nhằm giảm tai nạn giao thông từ 5 - 10% so với năm trước."
    n_loc, n_nat, n_bare = (dict(province_candidates(t, None, None, url, site_cues=True))[None]
                            for t in (local, national, bare))
    assert n_loc["n_url_only_local"] > 0 and n_loc["n_url_only_national"] == 0 and n_loc["n_url_only_bare"] == 0
    assert n_nat["n_url_only_national"] > 0 and n_nat["n_url_only_local"] == 0
    assert n_bare["n_url_only_bare"] == 1.0
    # off: the features of the shipped models before pv31
    assert "n_url_only_bare" not in dict(province_candidates(local, None, None, url))[None]


# -- a provincial paper or station whose host names no province (session 29) ----------------------------
@pytest.mark.parametrize("url,province", [("https://baodongkhoi.vn/tan-thanh-binh-cai-cach-hanh-chinh-a1.html", "Bến Tre"),
                                          ("https://amp.baodongkhoi.vn/x-a2.html", "Bến Tre"),
                                          ("https://baoapbac.vn/chinh-tri/202403/y-1.html", "Tiền Giang"),
                                          ("https://qrt.vn/thoi-su/z", "Quảng Nam")])
def test_a_local_text_on_a_provincial_paper_gets_the_papers_province(url, province):
    assert places.province_evidence(_LOCAL, None, url)[province]["url"] == 1
    assert extract_facts(_LOCAL, url=url).province == province


def test_a_regional_paper_is_not_read_as_one_province():
    assert places.province_evidence(_LOCAL, None, "https://sggp.org.vn/tin-1.html") == {}
    assert extract_facts(_NATIONAL, url="https://baodongkhoi.vn/y-a3.html").province is None
