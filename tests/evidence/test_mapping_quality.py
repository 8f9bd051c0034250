"""Mapping quality on the hand-labelled pairs (tests/data/criteria_pairs). The rules were tuned
while looking at this set, so these are development-set numbers (see the README there)."""
from extractors.criteria import catalog_for, map_document
from tests.evidence.quality import evaluate, load_docs


def test_labelled_set_size():
    docs = load_docs()
    pairs = sum(len(d["positive"]) + len(d["negative"]) for d in docs)
    assert pairs >= 80 and sum(len(d["positive"]) for d in docs) >= 60
    assert all(d["text"] and d["source_url"].startswith("http") for d in docs)


def test_precision_at_1_and_recall_at_3_per_domain():
    r = evaluate()
    for dom, p in r["precision_at_1"].items():
        assert p >= 0.90, (dom, p, r["failures"])
    for dom, rec in r["recall_at_3"].items():
        # domain 2 reaches 0.90 (9/10): c15 (a joint coordination rule) is labelled 2.1 but ranks 2.3 only
        assert rec >= (0.90 if dom == "2" else 0.95), (dom, rec, r["failures"])
    assert r["precision_at_1_all"] >= 0.95 and r["recall_at_3_all"] >= 0.95
    assert r["negatives_not_mapped"] >= 0.90


def test_every_mapping_explains_itself():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 3335/KH-UBND\nKon Tum, ngày 08 tháng 12 năm 2017\nKẾ HOẠCH\n"
            "THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC TRÊN ĐỊA BÀN TỈNH KON TUM NĂM 2018\n"
            "Căn cứ Quyết định số 3490/QĐ-BNV về tăng cường công tác thông tin, tuyên truyền cải cách hành chính;")
    top = map_document(text, "", None, catalog=catalog_for(2018))[0]
    assert top.criterion_id == "1.1" and top.mapped and top.target_years == [2018]
    assert "title phrase" in top.explanation() and "NĂM 2018" in top.sentence
    tuyen_truyen = next(m for m in map_document(text, "", None, catalog=catalog_for(2018)) if m.criterion_id == "1.4")
    assert not tuyen_truyen.mapped and "citation phrase" in tuyen_truyen.explanation()
