import unicodedata

from extractors.normalize import fix_symbol, fix_tone_placement, fold, normalize_text


def test_fold_is_length_preserving_and_folds_d():
    s = normalize_text("Ủy ban nhân dân tỉnh Đồng Tháp: cải cách hành chính")
    assert len(fold(s)) == len(s)
    assert fold(s) == "Uy ban nhan dan tinh Dong Thap: cai cach hanh chinh"
    assert fold("đ Đ") == "d D"


def test_nfc_and_one_tone_placement():
    nfd = unicodedata.normalize("NFD", "Hòa Bình")
    assert normalize_text(nfd) == "Hòa Bình"
    assert normalize_text("Uỷ ban hoà giải, thuỷ lợi, khoẻ mạnh") == "Ủy ban hòa giải, thủy lợi, khỏe mạnh"
    assert fix_tone_placement("THUỶ") == "THỦY"


def test_tone_placement_leaves_closed_syllables_and_qu_alone():
    assert normalize_text("hoàng, thuyết, quý, quà, toàn") == "hoàng, thuyết, quý, quà, toàn"


def test_damaged_numbers_are_repaired():
    assert normalize_text("Kế hoạch số 252/ KH-UBND ngày 19/9/2018") == "Kế hoạch số 252/KH-UBND ngày 19/9/2018"
    assert "30/2018/QĐ-UBND" in normalize_text("Quyết định số 30/2018/QĐ-\nUBND của UBND thành phố")
    assert "225/QĐ-TTg" in normalize_text("tại Quyết định số 225/QD-TTg ngày 04/02/2016")
    assert "09-NQ/TU" in normalize_text("Nghị quyết số 09 – NQ/TU")
    assert "411/QĐ-TTg" in normalize_text("Quyết định sô 411/ỌĐ-TTg")   # OCR: Ọ for Q


def test_counts_and_ranges_are_not_touched():
    s = "7/7 huyện, thị xã; 64/64 xã; giai đoạn 2021 – 2025"
    assert normalize_text(s) == s


def test_fix_symbol():
    assert fix_symbol("02 - NQ/BCSD") == "02-NQ/BCSĐ"
    assert fix_symbol("411/QĐ-Ttg") == "411/QĐ-TTg"


def test_html_entities_and_spaces():
    assert normalize_text("Sở Th&ocirc;ng tin\u00a0\u00a0và   Truyền thông  \n") == "Sở Thông tin và Truyền thông"


def test_line_breaks_written_as_escapes_are_line_breaks():
    raw = ("ỦY BAN NHÂN DÂN | \\r\\n CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | \\r\\n\\r\\n Số: 12/KH-UBND \\r\\n "
           "Hòa Bình, ngày 05 tháng 3 năm 2021 \\r\\nThực hiện Quyết định số 88/QĐ-TTg\\r\\nngày 20/01/2021")
    text = normalize_text(raw)
    assert "\\r" not in text and "\\n" not in text
    assert "Số: 12/KH-UBND\nHòa Bình, ngày 05 tháng 3 năm 2021\nThực hiện" in text
    # one backslash-n in a path or a formula is left alone
    assert normalize_text(r"Tải tệp C:\new\bieu mau.docx") == r"Tải tệp C:\new\bieu mau.docx"
