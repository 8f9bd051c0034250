"""fp35 (session 34): false goals the goal decision keeps on new sites, seventh look, dropped after it.
Option fp35 tokens: "split" (a count after "chia thành"), "frame" (a count after a preposition or copula that a list
then names), "these" (a count of things already named: "… 3 xã này"), "organ" (a count after an organ's name:
"UBND 3 huyện"), "level" (an increment whose clause goes on to its level, and its other writings on the page),
"against" (a figure beside a plan in parentheses, and the plan's figures), "tally" (figures in the list a tally of
goals met opens), "ratio" (figures inside the parenthesis after a ratio goal), "cut" (a unit cut by the excerpt's
end), "attr" (a measure of things just counted: "với tổng diện tích …"), "recog" (a count after "công nhận").
Wordings are written for these tests, not taken from the corpus."""
import copy

import pytest

from extractors.false_goals import FP35_TOKENS, fp35_drop

ALL = "+".join(FP35_TOKENS)


def _why(text, written, unit, toks=ALL, nth=0):
    """fp35's drop reason for the value written as `written` (its nth writing) with this unit, or None."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(written, start + 1)
    return fp35_drop(text, start, start + len(written), unit, toks)


def _without(tok):
    return "+".join(t for t in FP35_TOKENS if t != tok)


def test_split():
    text = "Theo đó, đề án được chia thành 3 giai đoạn: giai đoạn đầu đến năm 2027, giai đoạn sau đến năm 2030."
    assert _why(text, "3 giai đoạn", "giai đoạn") == "split"
    assert _why(text, "3 giai đoạn", "giai đoạn", _without("split")) is None
    text = "Huyện phấn đấu có 3 giai đoạn hoàn thành đường giao thông nông thôn."
    assert _why(text, "3 giai đoạn", "giai đoạn") is None


def test_frame():
    text = "Với 4 vùng động lực: vùng ven biển, vùng trung du, vùng đô thị trung tâm và vùng núi phía Tây."
    assert _why(text, "4 vùng", "vùng") == "frame"
    assert _why(text, "4 vùng", "vùng", _without("frame")) is None
    text = ("Tỉnh sẽ tập trung vào 3 sản phẩm chủ lực gồm chè, quế và hồi; cùng với đó là 2 dòng sản phẩm phụ là "
            "mật ong; tinh dầu và 2 sản phẩm mới gồm cà phê; mắc ca.")
    assert _why(text, "3 sản phẩm", "sản phẩm") == "frame"
    assert _why(text, "2 dòng", "dòng") == "frame"
    assert _why(text, "2 sản phẩm", "sản phẩm") == "frame"      # joined by "và" to a framed list


def test_frame_leaves_goals_of_named_things():
    # after a verb the count is the goal ("xây dựng 3 đô thị …", "có thêm 4 xã … gồm")
    text = "Đến năm 2028, tỉnh xây dựng 3 đô thị thông minh gồm: thành phố A, thị xã B và thị xã C."
    assert _why(text, "3 đô thị", "đô thị") is None
    text = "Năm 2027 huyện phấn đấu có thêm 4 xã đạt chuẩn nông thôn mới gồm xã A, xã B, xã C, xã D."
    assert _why(text, "4 xã", "xã") is None
    # "với" inside a clause, its noun phrase going on with "và … là": not a list's lead
    text = "Giai đoạn 2026-2030 sẽ xây mới 12 bệnh viện với 4.000 giường bệnh và nhu cầu đất là 40 ha."
    assert _why(text, "4.000 giường bệnh", "giường bệnh") is None


def test_these_and_organ():
    text = "Tỉnh ủy yêu cầu các sở, ngành và 4 huyện này khắc phục hạn chế trong thời gian tới."
    assert _why(text, "4 huyện", "huyện") == "these"
    assert _why(text, "4 huyện", "huyện", _without("these")) is None
    text = "Huyện ủy 4 huyện chủ động huy động nguồn lực để phát triển kinh tế - xã hội."
    assert _why(text, "4 huyện", "huyện") == "organ"
    assert _why(text, "4 huyện", "huyện", _without("organ")) is None
    text = "Năm 2027, tỉnh phấn đấu có thêm 4 huyện đạt chuẩn nông thôn mới."
    assert _why(text, "4 huyện", "huyện") is None


def test_level():
    text = ("Năm 2027, huyện phấn đấu có thêm 6 xã đạt chuẩn nông thôn mới nâng cao, nâng tỷ lệ 60% số xã đạt "
            "chuẩn nâng cao.")
    assert _why(text, "6 xã", "xã") == "level"
    assert _why(text, "6 xã", "xã", _without("level")) is None
    text = "Năm 2027, huyện phấn đấu có thêm 6 xã đạt chuẩn nông thôn mới nâng cao."
    assert _why(text, "6 xã", "xã") is None                      # no level beside it: the increment is the goal


def test_against():
    text = "Năm 2026, tốc độ tăng trưởng kinh tế đạt 8,1% (kế hoạch 7,5%); thu ngân sách đạt 3.100 tỷ đồng."
    assert _why(text, "8,1%", "%") == "against"
    assert _why(text, "7,5%", "%") == "against"                  # the past plan beside the result
    assert _why(text, "8,1%", "%", _without("against")) is None
    # a goal set above another body's requirement stays
    text = "Mục tiêu đến năm 2030, thành phố có 95% hồ sơ xử lý trực tuyến (yêu cầu 85%)."
    assert _why(text, "95%", "%") is None
    assert _why(text, "85%", "%") is None


def test_tally():
    text = ("Kết quả, đến nay có 8/12 mục tiêu đạt và vượt gồm: 100% văn bản được ký số; 95% hồ sơ được xử lý "
            "trực tuyến.")
    assert _why(text, "95%", "%") == "tally"
    assert _why(text, "95%", "%", _without("tally")) is None
    text = ("Đến nay có 8/12 mục tiêu đạt và vượt gồm: 100% văn bản được ký số. Năm tới, tỉnh phấn đấu 95% hồ sơ "
            "được xử lý trực tuyến.")
    assert _why(text, "95%", "%") is None                         # an aim between the tally and the figure
    text = "Đến nay có 4/12 mục tiêu chưa đạt gồm: 60% hồ sơ được xử lý trực tuyến."
    assert _why(text, "60%", "%") is None                         # not a tally of goals met


def test_ratio():
    text = ("Phấn đấu đến năm 2030 thu nhập của người dân tăng 2 lần so với năm 2025 (năm 2025 đạt 50 triệu đồng, "
            "đến năm 2030 là 100 triệu đồng).")
    assert _why(text, "100 triệu đồng", "triệu đồng") == "ratio"
    assert _why(text, "100 triệu đồng", "triệu đồng", _without("ratio")) is None
    text = "Phấn đấu đến năm 2030 thu nhập của người dân đạt 100 triệu đồng (gấp 2 lần năm 2025)."
    assert _why(text, "100 triệu đồng", "triệu đồng") is None


def test_cut():
    text = "Phấn đấu đến năm 2030, thu nhập bình quân đầu người đạt khoảng 150 tri"
    assert _why(text, "150 tri", "tri") == "cut"
    assert _why(text, "150 tri", "tri", _without("cut")) is None
    text = "Năm 2030 thu ngân sách đạt 900 tỷ đồng, giá trị sản xuất đạt 12.000 tỷ đ"
    assert _why(text, "12.000 tỷ đ", "tỷ đ") == "cut"
    # a whole unit at the end stays, also one written against its figure
    text = "Đến năm 2030 hình thành vùng trồng lúa chất lượng cao với diện tích 50.000ha"
    assert _why(text, "50.000ha", "ha") is None
    text = "Đến năm 2030, tỷ lệ che phủ rừng đạt 50%"
    assert _why(text, "50%", "%") is None


def test_attr():
    text = "Tỉnh cũng quy hoạch 20 khu công nghiệp với tổng diện tích 5.000 ha và một khu kinh tế cửa khẩu."
    assert _why(text, "5.000 ha", "ha") == "attr"
    assert _why(text, "5.000 ha", "ha", _without("attr")) is None
    # an aim before it: the measure is the goal's
    text = "Năm 2027, ngành đề ra kế hoạch nuôi cá lồng với quy mô 3.000 lồng, sản lượng 3.500 tấn."
    assert _why(text, "3.000 lồng", "lồng") is None
    text = "Năm 2027 toàn tỉnh xây mới 8 bệnh viện với tổng số 2.000 giường bệnh."
    assert _why(text, "2.000 giường bệnh", "giường bệnh") is None


def test_recog():
    text = "Chủ tịch UBND tỉnh vừa ký quyết định công nhận 5 xã đạt chuẩn nông thôn mới nâng cao."
    assert _why(text, "5 xã", "xã") == "recog"
    assert _why(text, "5 xã", "xã", _without("recog")) is None
    text = "Năm 2027, tỉnh phấn đấu công nhận thêm 5 xã đạt chuẩn nông thôn mới nâng cao."
    assert _why(text, "5 xã", "xã") is None


def test_unknown_token():
    with pytest.raises(ValueError):
        fp35_drop("Đạt 5 xã.", 4, 8, "xã", "split+nope")


def test_end_to_end_level_on_and_off():
    from extractors.facts import extract_facts
    from extractors.models import shipped
    m = shipped()
    on, off = copy.copy(m), copy.copy(m)
    on.options = {**m.options, "fp35": ALL}
    off.options = {k: v for k, v in m.options.items() if k != "fp35"}
    run = lambda t, mm: sorted((x.value, x.unit) for x in extract_facts(t, models=mm).targets)
    t = ("Huyện Đông Sơn phấn đấu có thêm 7 xã đạt chuẩn nông thôn mới nâng cao\n\n"
         "Trong năm 2027, huyện Đông Sơn phấn đấu có thêm 7 xã đạt chuẩn nông thôn mới nâng cao, nâng tổng số xã "
         "đạt chuẩn nâng cao trên địa bàn huyện lên 15 xã. Đồng thời, phấn đấu 100% số thôn có nhà văn hóa đạt chuẩn.")
    a, b = run(t, off), run(t, on)
    assert (7.0, "xã") in a and (7.0, "xã") not in b
    assert [x for x in a if x != (7.0, "xã")] == b
