"""Eighteenth pass (issue 15, map22; both off by default): the province's own act as page features of the
confidence model, and what the page's act is about (the words its issuing or acting verb governs) against
each criterion's wording."""
import pytest

from extractors.criteria import ranker as _ranker
from extractors.criteria import train
from extractors.criteria.mapping import prepare

pytest.importorskip("sklearn")


def test_the_act_object_is_what_the_issuing_verb_governs_without_the_document_kind():
    doc = prepare("", "BAN HÀNH QUY CHẾ KIỂM TRA VÀ XỬ LÝ VĂN BẢN QUY PHẠM PHÁP LUẬT TRÊN ĐỊA BÀN TỈNH")
    assert _ranker.act_objects(doc).startswith("kiem tra va xu ly van ban quy pham phap luat")


def test_a_province_acting_in_a_news_item_keeps_its_content_verb():
    doc = prepare("Hà Nội kiểm tra công vụ ngay sau Tết", "Hà Nội kiểm tra công vụ ngay sau Tết")
    assert _ranker.act_objects(doc).split(" | ")[0] == "kiem tra cong vu ngay sau tet"
    assert _ranker.own_act(doc) == {"own_act": 1.0, "own_act_title": 1.0}


def test_citations_are_neither_the_act_nor_its_object():
    doc = prepare("Căn cứ Kế hoạch số 995/KH-UBND ngày 18/5/2016 của Ủy ban nhân dân tỉnh ban hành Kế hoạch cải "
                  "cách hành chính giai đoạn 2016 - 2020;\nHội nghị tổng kết năm", "")
    assert _ranker.act_objects(doc) == "" and _ranker.own_act(doc) == {}


def test_a_provincial_document_number_and_an_issued_plan_are_the_provinces_own_document():
    doc = prepare("ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 3335/KH-UBND\nKẾ HOẠCH\nTHỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH\n"
                  "Ủy ban nhân dân tỉnh Kon Tum ban hành Kế hoạch thực hiện công tác cải cách hành chính năm 2018", "")
    assert {"own_act", "own_issue", "own_symbol"} <= _ranker.own_act(doc).keys()


def test_the_object_features_lead_the_criterion_the_object_names(monkeypatch):
    from extractors.criteria import evaluate as ev
    from extractors.criteria.mapping import one_subject, score
    cats = ev.label_catalogs()
    doc = prepare("", "BAN HÀNH QUY CHẾ KIỂM TRA VÀ XỬ LÝ VĂN BẢN QUY PHẠM PHÁP LUẬT TRÊN ĐỊA BÀN TỈNH")
    ms = one_subject([score(doc, t) for c in cats for t in c.mapping_targets()])
    f = {m.criterion_id: x for m, x in zip(ms, _ranker.object_features(doc, ms, _ranker.lexicon(cats)))}
    assert f["2.3"]["obj_sib_dist"] > 0 > f["2.1"]["obj_sib_dist"]
    none = prepare("Những kết quả bước đầu", "Những kết quả bước đầu")
    assert _ranker.object_features(none, ms[:2], _ranker.lexicon(cats)) == [{"obj_none": 1.0}] * 2


def test_features_are_unchanged_with_the_options_off_and_the_order_model_never_reads_the_own_act():
    from extractors.criteria import evaluate as ev
    from extractors.criteria.mapping import pair_features
    feats = pair_features("Nghệ An ban hành Kế hoạch cải cách hành chính năm 2026", "Nghệ An ban hành Kế hoạch",
                          catalogs=ev.label_catalogs())
    assert not any(k.startswith(("own_", "obj_")) for _, f in feats for k in f)
    rows = [("1.1", {"own_act": 1.0, "obj_sim": 0.4, "sim": 0.2}, 1)]
    assert train._without_flags(rows) == [("1.1", {"obj_sim": 0.4, "sim": 0.2}, 1)]
