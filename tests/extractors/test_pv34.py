"""pv34 (session 33): the page's province after the ranking ruling: option pv34's features, on and off."""
from extractors.candidates import province_candidates, pv34_headline

BODY = ("Theo bảng xếp hạng vừa công bố, Long An đạt 71,2 điểm, Tây Ninh đạt 69,8 điểm và Bình Dương "
        "đạt 68,5 điểm. Cả nước có 63 tỉnh, thành phố được đánh giá.")


def _feats(text, title, url, opt):
    return dict(province_candidates(text, title, None, url, pv34=opt))


def _pv34(feats):
    return {k for f in feats.values() for k in f if k.startswith("pv34")}


def test_headline_title_first_then_url():
    head, named = pv34_headline("Long An tăng 5 bậc trên bảng xếp hạng năng lực cạnh tranh", "https://x.vn/a-b-c")
    assert "tang 5 bac" in head and named == ["Long An"]
    head, named = pv34_headline(None, "https://tin.example.vn/kinh-te/tay-ninh-xep-thu-4-ca-nuoc-ve-chi-so-moi.htm")
    assert head.startswith("tay ninh xep thu 4") and named == ["Tây Ninh"]
    assert pv34_headline(None, None) == ("", [])


def test_head_one_province_title_and_url():
    title = "Long An tăng 5 bậc trên bảng xếp hạng năng lực cạnh tranh"
    assert not _pv34(_feats(BODY, title, None, None))
    on = _feats(BODY, title, None, "head")
    assert on["Long An"]["pv34_head_rank"] == 1.0
    assert "pv34_head_rank" not in on["Tây Ninh"] and not any(k.startswith("pv34_n") for k in on[None])
    # no title: the URL's last segment is the headline
    url = "https://tin.example.vn/kinh-te/tay-ninh-xep-thu-4-ca-nuoc-ve-chi-so-moi.htm"
    assert not _pv34(_feats(BODY, None, url, None))
    on = _feats(BODY, None, url, "head")
    assert on["Tây Ninh"]["pv34_head_rank"] == 1.0 and "pv34_head_rank" not in on["Long An"]


def test_head_several_provinces_and_none():
    title = "Bình Dương dẫn đầu, Tây Ninh đứng cuối khu vực về chỉ số mới"
    assert not _pv34(_feats(BODY, title, None, None))
    on = _feats(BODY, title, None, "head")
    assert on[None]["pv34_n_head_several"] == 1.0 and "pv34_head_rank" not in on["Bình Dương"]
    url = "https://tin.example.vn/cong-bo-bang-xep-hang-top-10-dia-phuong-dung-dau-2025.html"
    on = _feats(BODY, None, url, "head")
    assert on[None]["pv34_n_head_rank_none"] == 1.0
    assert not _pv34(_feats(BODY, None, url, None))


def test_head_needs_a_ranking_word():
    # two provinces without a place or score (a merger, a visit): nothing; nor "người đứng đầu", "chuyển đổi số"
    on = _feats(BODY, "Long An và Tây Ninh bàn kế hoạch hợp nhất", None, "head")
    assert not _pv34(on)
    on = _feats(BODY, "Long An nâng cao trách nhiệm người đứng đầu trong chuyển đổi số", None, "head")
    assert not _pv34(on)


def test_nat_headline():
    title = "Chính phủ giao chỉ tiêu tăng trưởng cho các địa phương năm 2026"
    assert not _pv34(_feats(BODY, title, None, None))
    on = _feats(BODY, title, None, "nat")
    assert on[None]["pv34_n_head_nat"] == 1.0
    # a province named in the headline: not a national headline
    assert not _pv34(_feats(BODY, "Long An thực hiện chỉ đạo của Chính phủ", None, "nat"))
