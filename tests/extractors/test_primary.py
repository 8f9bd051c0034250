"""The page's own document: features of the learned decision and what the shipped model does with them."""
from extractors.candidates import primary_candidates
from extractors.facts import extract_facts
from extractors.normalize import normalize_text
from extractors.refs import find_mentions, number_key

NATIONAL = ("Thủ tướng Chính phủ vừa ban hành Quyết định số 411/QĐ-TTg ngày 31/3/2022 phê duyệt Chiến lược "
            "quốc gia phát triển kinh tế số và xã hội số đến năm 2025. Mục tiêu của cả nước là kinh tế số "
            "chiếm 20% GDP; các bộ, ngành và địa phương triển khai thực hiện.")
PROVINCIAL = ("Thực hiện Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ, UBND tỉnh vừa ban "
              "hành Kế hoạch số 120/KH-UBND ngày 20/5/2022 về phát triển kinh tế số trên địa bàn tỉnh. Các sở, "
              "ban, ngành và UBND cấp huyện tổ chức thực hiện.")
REVIEW = ("date 2025-05 Ngày 20/10/2020, Tỉnh ủy đã ban hành Nghị quyết số 01-NQ/TU về chuyển đổi số. "
          "Qua bốn năm thực hiện, đến nay kết quả đạt được của toàn tỉnh rất đáng ghi nhận.")


def _features(text):
    norm = normalize_text(text)
    return {(number_key(k) if k else k): f for k, f in primary_candidates(find_mentions(norm), set(), norm)}


def test_a_central_document_announced_on_a_national_page_reads_as_announced_there():
    f = _features(NATIONAL)[number_key("411/QĐ-TTG")]
    assert f["nat_issued"] == 1.0 and f["nat_local"] == 0.0 and f["nat_national"] > 0
    g = _features(PROVINCIAL)
    assert g[number_key("411/QĐ-TTG")]["nat_issued"] == 0.0 and g[number_key("411/QĐ-TTG")]["p:thuc"] == 1.0
    assert g[number_key("120/KH-UBND")]["local_issued"] == 1.0
    assert g[None]["n_local"] > 0 and "rule" not in g[None]


def test_the_age_of_a_document_against_the_page_date():
    f = _features(REVIEW)
    assert f[number_key("01-NQ/TU")]["old"] == 1.0 and f[number_key("01-NQ/TU")]["fresh"] == 0.0
    assert f[None]["n_review"] > 0
    assert _features(PROVINCIAL)[number_key("120/KH-UBND")]["fresh"] == 1.0


def test_related_documents_list_items_are_marked():
    f = _features("- 1Nghị định 93/2001/NĐ-CP quy định phân cấp\n- 2Thông tư 24/2017/TT-BTNMT quy định kỹ thuật")
    assert f[number_key("93/2001/NĐ-CP")]["list_item"] == 1.0


def test_shipped_model_national_page_and_provincial_page():
    assert extract_facts(NATIONAL).primary == "411/QĐ-TTg"
    assert extract_facts(PROVINCIAL).primary == "120/KH-UBND"


def test_a_conclusion_the_act_institutionalises_is_cited_not_announced():
    page = ("Quốc hội thông qua Nghị quyết về nhà ở xã hội\n\nChiều 29/5, Quốc hội biểu quyết thông qua Nghị quyết về "
            "thí điểm một số cơ chế phát triển nhà ở xã hội.\n\nNhằm thể chế hóa kịp thời Kết luận số 127-KL/TW của Bộ "
            "Chính trị, Chính phủ đã đề xuất bổ sung quy định về điều kiện được hưởng chính sách hỗ trợ.")
    f = extract_facts(page)
    assert f.primary is None
    m = next(m for m in find_mentions(page) if m.key == number_key("127-KL/TW"))
    assert m.cite and m.cite.lower().startswith("thể chế hóa")
