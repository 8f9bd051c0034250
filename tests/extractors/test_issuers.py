from extractors.issuers import header_issuer, issuer_from_symbol, resolve_issuer
from extractors.normalize import normalize_text
from extractors.refs import find_mentions


def _issuer(text, number):
    return next(m.issuer for m in find_mentions(normalize_text(text)) if m.number == number)


def test_issuer_after_cua():
    assert _issuer("Quyết định số 225/QĐ-TTg ngày 04/02/2016 của Thủ tướng Chính phủ và các văn bản", "225/QĐ-TTg") \
        == "Thủ tướng Chính phủ"
    assert _issuer("Nghị quyết số 02-NQ/BCSĐ ngày 27/6/2023 của Ban Cán sự Đảng UBND tỉnh Quảng Trị", "02-NQ/BCSĐ") \
        == "Ban Cán sự Đảng UBND tỉnh Quảng Trị"
    assert _issuer("Tờ trình số 3754/TTr-STTTT ngày 15/11/2024 của Sở Thông tin và\nTruyền thông", "3754/TTr-STTTT") \
        == "Sở Thông tin và Truyền thông"


def test_issuer_before_ban_hanh():
    assert _issuer("Ban Chấp hành Đảng bộ tỉnh ban hành Nghị quyết số 09-NQ/TU về đẩy mạnh cải cách hành chính", "09-NQ/TU") \
        == "Ban Chấp hành Đảng bộ tỉnh"


def test_proposer_of_a_to_trinh():
    text = "Xét đề nghị của Giám đốc Sở Kế hoạch và Đầu tư tại công văn số 1590/SKHĐT-HTĐN ngày 13 tháng 8 năm 2010,"
    assert _issuer(text, "1590/SKHĐT-HTĐN") == "Sở Kế hoạch và Đầu tư"


def test_symbol_fallback_and_resolution():
    assert issuer_from_symbol("TTg") == "Thủ tướng Chính phủ"
    assert issuer_from_symbol("QH14") == "Quốc hội"
    assert resolve_issuer("UBND tỉnh", "Quảng Trị") == "UBND tỉnh Quảng Trị"
    assert resolve_issuer("UBND huyện Hải Lăng", "Quảng Trị") == "UBND huyện Hải Lăng"


def test_header_issuer():
    assert header_issuer("ỦY BAN NHÂN DÂN\nTỈNH TIỀN GIANG\n") == "UBND tỉnh Tiền Giang"


def test_party_committee_with_its_term_and_lower_case():
    from extractors import extract_facts
    f = extract_facts("Ban Chấp hành Đảng bộ tỉnh khóa XIX đã ban hành Nghị quyết số 51-NQ/TU ngày 22/7/2021 về CĐS.")
    assert f.doc_refs[0].issuer.startswith("Ban Chấp hành Đảng bộ tỉnh khóa XIX")
    f = extract_facts("Nghị quyết số 07-NQ/TU ngày27/10/2021 của Ban chấp hành Đảng bộ tỉnh Sóc Trăng Khóa XIV về CĐS.")
    r = f.doc_refs[0]
    assert r.date.isoformat() == "2021-10-27" and r.issuer.startswith("Ban chấp hành Đảng bộ tỉnh Sóc Trăng")
