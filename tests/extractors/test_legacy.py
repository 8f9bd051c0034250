from extractors import legacy
from extractors.normalize import normalize_text


def test_tcvn3_detected_and_converted():
    s = "Céng hoµ x· héi chñ nghÜa ViÖt Nam. Uû ban nh©n d©n tØnh TiÒn Giang"
    assert legacy.detect(s) == "tcvn3"
    assert normalize_text(s) == "Cộng hòa xã hội chủ nghĩa Việt Nam. Ủy ban nhân dân tỉnh Tiền Giang"


def test_tcvn3_capitals_font_line():
    assert normalize_text("CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM") == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


def test_vni_detected_and_converted():
    s = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam, Uûy ban nhaân daân tænh, ñöôøng"
    assert legacy.detect(s) == "vni"
    assert normalize_text(s) == "Cộng hòa xã hội chủ nghĩa Việt Nam, Ủy ban nhân dân tỉnh, đường"


def test_unicode_and_mixed_pages():
    assert legacy.detect("Cải cách hành chính tỉnh Bạc Liêu") is None
    page = "Tin tức mới nhất về cải cách hành chính\nKÕ ho¹ch c¶i c¸ch hµnh chÝnh n¨m 2014"
    out = legacy.to_unicode(page).split("\n")
    assert out[0] == "Tin tức mới nhất về cải cách hành chính"
    assert out[1] == "Kế hoạch cải cách hành chính năm 2014"
