from datetime import date

from extractors.normalize import normalize_text
from extractors.refs import find_mentions


def _refs(text):
    return {m.number: m for m in find_mentions(normalize_text(text))}


def test_three_symbol_shapes_and_types():
    r = _refs("Thực hiện Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ, Quyết định số "
              "30/2018/QĐ-UBND, Nghị quyết số 09-NQ/TU, Nghị quyết 02-NQ/BCSĐ và Công văn 383/BNV-CCHC.")
    assert set(r) == {"30c/NQ-CP", "30/2018/QĐ-UBND", "09-NQ/TU", "02-NQ/BCSĐ", "383/BNV-CCHC"}
    assert r["30c/NQ-CP"].type == "Nghị quyết" and r["30c/NQ-CP"].date == date(2011, 11, 8)
    assert r["30c/NQ-CP"].issuer == "Chính phủ"
    assert r["30/2018/QĐ-UBND"].type == "Quyết định"
    assert r["383/BNV-CCHC"].type == "Công văn"


def test_counts_dates_and_licences_are_not_references():
    text = ("Đối tượng là 16 sở, ban, ngành; 7/7 huyện, thị xã, thành phố; 64/64 xã, phường. Ngày 19/9/2018.\n"
            "Giấy phép số: 02/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Bạc Liêu cấp ngày 07/9/2018")
    assert _refs(text) == {}


def test_date_before_the_number_when_issued_in_the_sentence():
    r = _refs("Ngày 19/9/2018, Ủy ban nhân dân (UBND) tỉnh Tiền Giang ban hành Kế hoạch số 252/KH-UBND về việc nâng cao Chỉ số CCHC.")
    m = r["252/KH-UBND"]
    assert m.date == date(2018, 9, 19) and m.issued
    assert m.issuer == "Ủy ban nhân dân tỉnh Tiền Giang"


def test_worded_date_and_header():
    text = "ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 617/KH-UBND\n|\nPhú Thọ, ngày 13\ntháng 02 năm 2025\n|\nKẾ HOẠCH"
    m = _refs(text)["617/KH-UBND"]
    assert m.header and m.date == date(2025, 2, 13)


def test_symbol_year_must_match_the_date():
    m = _refs("Quyết định số 30/2018/QĐ-UBND ngày 09/10/2019 của UBND thành phố")["30/2018/QĐ-UBND"]
    assert m.date is None


def test_cited_documents_are_marked():
    r = _refs("Nhằm triển khai thực hiện hiệu quả Kế hoạch số 165/KH-UBND ngày 04/8/2023 của UBND tỉnh; "
              "ngày 26/9/2023, UBND huyện Hải Lăng ban hành Kế hoạch số 145/KH-UBND.")
    assert r["165/KH-UBND"].cite == "thực hiện" and not r["165/KH-UBND"].issued
    assert r["145/KH-UBND"].issued and r["145/KH-UBND"].date == date(2023, 9, 26)
    assert r["145/KH-UBND"].issuer == "UBND huyện Hải Lăng"


def test_number_key_one_key_per_spelling():
    from extractors.refs import number_key
    assert number_key("9-NQ/TW") == number_key("09/NQ-TW") == number_key("09-nq/tw")
    assert number_key("05/KH-UBND") == number_key("5/KH-UBND")
    assert number_key("30/2018/QĐ-UBND") == number_key("30/2018/QD-UBND")
    assert number_key("30/2018/QĐ-UBND") != number_key("30/QĐ-UBND")
    assert number_key("15/KH-UBND") != number_key("15/KH-SNV")


def test_variant_spellings_are_emitted_once():
    from extractors import extract_facts
    f = extract_facts("Thực hiện Nghị quyết số 09-NQ/TU của Tỉnh ủy, Kế hoạch số 05/KH-UBND ngày 2/3/2024 "
                      "... theo Nghị quyết 9-NQ/TU và Kế hoạch 5/KH-UBND.")
    assert sorted(r.number for r in f.doc_refs) == ["05/KH-UBND", "09-NQ/TU"]


def test_ocr_damaged_symbols_are_repaired():
    from extractors import extract_facts
    f = extract_facts("Quyết định số 12/QĐUBND ngày 1/2/2020 và Kế hoạch số 1492 KH-UBND ngày 3/4/2021 của UBND tỉnh.")
    assert {r.number for r in f.doc_refs} == {"12/QĐ-UBND", "1492/KH-UBND"}
