"""A text in another shape (a PDF copy, CRLF, NFD, typographic dashes, upper-cased headings) gives
the same facts as its original (rob24). Wordings are written here, not taken from the corpus."""
import dataclasses

import pytest

from extractors.facts import extract_facts
from extractors.models import shipped
from extractors.normalize import normalize_text, unwrap_lines
from extractors.robustness import PERTURBATIONS, perturb, projection

PLAN = """UBND tỉnh Lạng Sơn ban hành kế hoạch chuyển đổi số năm 2026

Ngày 05/01/2026, UBND tỉnh Lạng Sơn ban hành Kế hoạch số 07/KH-UBND về chuyển đổi số năm 2026, nhằm thực hiện Nghị quyết số 15-NQ/TU ngày 12/11/2025 của Tỉnh ủy và Quyết định số 1207/QĐ-TTg ngày 14/8/2024 của Thủ tướng Chính phủ.

Theo kế hoạch, đến hết năm 2026 tỉnh phấn đấu tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến toàn trình đạt từ 85% trở lên; 100% cơ quan nhà nước cấp tỉnh, cấp xã sử dụng văn bản điện tử có ký số trong trao đổi công việc; tỷ lệ người dân trưởng thành có tài khoản định danh điện tử mức 2 đạt 90%.

Kế hoạch cũng đặt mục tiêu mức độ hài lòng của người dân, doanh nghiệp đối với việc giải quyết thủ tục hành chính đạt tối thiểu 95% vào năm 2026."""


def _unwrapping():
    m = shipped()
    return dataclasses.replace(m, options={**m.options, "unwrap": True})


def _facts(text, models=None):
    return projection(extract_facts(text, models=models).to_dict())


def test_the_plan_has_facts_to_lose():
    f = _facts(PLAN)
    assert len(f["targets_f1"]) == 4 and len(f["docref_f1"]) == 3 and f["primary"] == "07/KH-UBND"


@pytest.mark.parametrize("name", ["crlf_nbsp", "nfd", "old_tones", "spaced_units", "dashes", "upper_heads", "fullwidth"])
def test_a_reshaped_text_gives_the_same_facts(name):
    assert _facts(perturb(name, PLAN, "plan")) == _facts(PLAN)


def test_typographic_dashes_in_symbols_fold_to_the_hyphen():
    text = "Thực hiện Kế hoạch số 118/KH\u2014UBND và Nghị quyết số 21\u2212NQ/TU, Sở ban hành Công văn số 9/SNV\u2012TCBC."
    assert [r.number for r in extract_facts(text).doc_refs] == ["118/KH-UBND", "21-NQ/TU", "9/SNV-TCBC"]


def test_an_upper_cased_title_keeps_the_dates_of_its_references():
    low = "Triển khai Quyết định số 332/QĐ-UBND ngày 03/3/2025 của UBND tỉnh về cải cách hành chính"
    refs = extract_facts(low.upper()).doc_refs
    assert [(r.number.upper(), r.date.isoformat()) for r in refs] == [("332/QĐ-UBND", "2025-03-03")]


def test_a_pdf_copy_gives_the_same_facts_once_unwrapped():
    wrapped = perturb("pdf_wrap", PLAN, "plan")
    assert wrapped.count("\n") > PLAN.count("\n") + 3
    models = _unwrapping()
    assert _facts(wrapped, models) == _facts(PLAN, models) == _facts(PLAN)


def test_unwrap_joins_cut_sentences_and_keeps_items_and_headings():
    text = "\n".join([
        "1. Mục tiêu",
        "Phấn đấu đến năm 2027, tỷ lệ thủ tục hành chính được cung cấp dưới dạng",
        "dịch vụ công trực tuyến toàn trình đạt 80%, tỷ lệ hồ sơ được số hóa kết",
        "quả giải quyết đạt 100%; các cơ quan chuyên môn thuộc UBND tỉnh bảo đảm",
        "kết nối với Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.",
        "- Ứng dụng chữ ký số trong xử lý văn bản của các cơ quan nhà nước cấp",
        "huyện, cấp xã đạt 95% vào cuối năm 2027.",
    ])
    assert unwrap_lines(text).split("\n") == [
        "1. Mục tiêu",
        "Phấn đấu đến năm 2027, tỷ lệ thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến "
        "toàn trình đạt 80%, tỷ lệ hồ sơ được số hóa kết quả giải quyết đạt 100%; các cơ quan chuyên môn "
        "thuộc UBND tỉnh bảo đảm kết nối với Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.",
        "- Ứng dụng chữ ký số trong xử lý văn bản của các cơ quan nhà nước cấp huyện, cấp xã đạt 95% "
        "vào cuối năm 2027.",
    ]


def test_unwrap_drops_a_page_mark_inside_a_cut_sentence():
    text = "\n".join([
        "Năm 2027, phấn đấu 100% hồ sơ công việc tại cấp tỉnh, 90% hồ sơ công việc",
        "tại cấp huyện và 70% hồ sơ công việc tại cấp xã được xử lý trên môi trường",
        "mạng; các cơ quan hành chính nhà nước triển khai đầy đủ dịch vụ công trực",
        "", "Trang 4/9", "",
        "tuyến toàn trình đủ điều kiện theo quy định.",
        "", "5", "",
        "Phân công nhiệm vụ cụ thể cho từng cơ quan, đơn vị.",
    ])
    lines = unwrap_lines(text).split("\n")
    assert lines[0].endswith("dịch vụ công trực tuyến toàn trình đủ điều kiện theo quy định.")
    assert lines[1:] == ["", "5", "", "Phân công nhiệm vụ cụ thể cho từng cơ quan, đơn vị."]


def test_unwrap_leaves_a_page_of_paragraph_lines_alone():
    text = normalize_text(PLAN)
    assert unwrap_lines(text) == text
    short = "Tin liên quan\nLịch công tác tuần\nVăn bản mới\nHỏi đáp trực tuyến"
    assert unwrap_lines(short) == short


def test_every_perturbation_is_deterministic_and_keeps_the_numbers():
    import re
    import unicodedata
    digits = sorted(re.findall(r"\d+", PLAN))
    for name in PERTURBATIONS:
        once = perturb(name, PLAN, "k")
        assert once == perturb(name, PLAN, "k")
        if name != "pdf_pages":          # page numbers are added
            assert sorted(re.findall(r"\d+", unicodedata.normalize("NFKC", once))) == digits, name


def test_full_width_digits_read_as_ascii():
    wide = str.maketrans({c: chr(ord(c) + 0xFEE0) for c in "0123456789%/"})
    text = "Phấn đấu đến năm 2027, tỷ lệ hồ sơ trực tuyến đạt 90%; Kế hoạch số 07/KH-UBND ngày 05/01/2026."
    assert normalize_text(text.translate(wide)) == text
    assert _facts(text.translate(wide)) == _facts(text)


def test_a_page_mark_between_a_reference_and_its_date_is_skipped():
    text = ("Căn cứ Quyết định số 412/QĐ-UBND ngày\n\n7\n\n18 tháng 3 năm 2025 của UBND tỉnh về cải cách hành chính.\n"
            "ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 96/KH-UBND\n\nTrang 1/6\n\nCao Bằng, ngày 02 tháng 4 năm 2025\nKẾ HOẠCH")
    dates = {r.number: r.date.isoformat() for r in extract_facts(text).doc_refs}
    assert dates == {"412/QĐ-UBND": "2025-03-18", "96/KH-UBND": "2025-04-02"}
