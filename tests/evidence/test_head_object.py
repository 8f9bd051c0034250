"""Twenty-fifth pass (issue 15, map31): the head object of the page's act — its first object, not the modifiers
after it — as pair features (`ranker.head_features`, `train --head-object`)."""
import pytest

from extractors.criteria import ranker as _ranker
from extractors.criteria.mapping import prepare


def head(title: str, text: str = "") -> str | None:
    return _ranker.head_criterion(_ranker.subject_lead(prepare(text, title), _ranker.HEAD_WORDS))[0]


@pytest.mark.parametrize("title, want", [
    # a delegation is 4.3 whatever it delegates, unless it is a budget's or public assets' management
    ("Quyết định phân cấp tuyển dụng công chức cho các sở, ngành", "4.3"),
    ("Về việc ủy quyền cho Giám đốc Sở Xây dựng giải quyết thủ tục hành chính lĩnh vực nhà ở", "4.3"),
    ("Quy định phân cấp nguồn thu, nhiệm vụ chi giữa các cấp ngân sách của tỉnh", "6.1"),
    ("Quy định phân cấp thẩm quyền quyết định mua sắm, thanh lý tài sản công", "6.3"),
    # the procedure set, the one-stop shop, the system
    ("Công bố danh mục thủ tục hành chính được thực hiện theo cơ chế một cửa tại cấp xã", "3.1"),
    ("Danh mục thủ tục hành chính được tiếp nhận hồ sơ không phụ thuộc vào địa giới hành chính", "3.3"),
    ("Quy chế vận hành Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh", "7.3"),
    ("Kế hoạch số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2026", "7.4"),
    ("Quy định về đánh giá việc giải quyết thủ tục hành chính tại bộ phận một cửa", "3.5"),
    ("Thành lập Trung tâm Phục vụ hành chính công cấp tỉnh", "3.3"),
    # domain 7 against the digital-transformation plan
    ("Kế hoạch chuyển đổi số của tỉnh năm 2026", "DTI.1"),
    ("Kế hoạch xây dựng cơ sở dữ liệu dùng chung phục vụ chuyển đổi số", "7.1"),
    ("Quy chế quản lý Cổng thông tin điện tử của tỉnh", "7.2"),
    ("Sắp xếp lại các đơn vị hành chính cấp xã năm 2025", "4.4"),
])
def test_the_first_object_of_the_act_names_the_head_criterion(title, want):
    assert head(title) == want


@pytest.mark.parametrize("title", [
    "Báo cáo tình hình kinh tế - xã hội tháng 5",
    "Hội nghị giao ban khối nội chính quý III",
])
def test_a_subject_without_a_cue_names_no_head(title):
    assert head(title) is None


def test_the_earliest_and_then_the_longest_cue_wins():
    assert _ranker.head_criterion("phan cap tuyen dung vien chuc") == ("4.3", {"4.3", "5.2"})
    assert _ranker.head_criterion("phan cap nguon thu ngan sach")[0] == "6.1"


def test_the_pairs_are_the_head_its_siblings_another_domain_and_a_later_cue(monkeypatch):
    from extractors.criteria import evaluate as ev
    from extractors.criteria.mapping import one_subject, score
    monkeypatch.setattr(_ranker, "HEAD_KEYS", _ranker.HEAD_SETS["all"])
    cats = ev.label_catalogs()
    doc = prepare("", "QUYẾT ĐỊNH PHÂN CẤP TUYỂN DỤNG VIÊN CHỨC TRONG CÁC ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP")
    ms = one_subject([score(doc, t) for c in cats for t in c.mapping_targets()])
    f = {m.criterion_id: x for m, x in zip(ms, _ranker.head_features(doc, ms, _ranker.lexicon(cats)))}
    assert f["4.3"] == {"head_is": 1.0}
    assert f["4.1"] == {"head_sib": 1.0}
    assert f["5.2"] == {"head_other": 1.0, "head_later": 1.0}
    none = prepare("Những kết quả bước đầu", "Những kết quả bước đầu")
    assert _ranker.head_features(none, ms[:2], _ranker.lexicon(cats)) == [{}, {}]


def test_features_carry_no_head_keys_with_the_option_off(monkeypatch):
    from extractors.criteria import evaluate as ev
    from extractors.criteria.mapping import pair_features
    title = "Quyết định phân cấp tuyển dụng viên chức"
    monkeypatch.setattr(_ranker, "HEAD_OBJECT", False)
    assert not any(k.startswith("head_") for _, f in pair_features("", title, catalogs=ev.label_catalogs()) for k in f)
    monkeypatch.setattr(_ranker, "HEAD_OBJECT", True)
    assert any(f.get("head_is") for _, f in pair_features("", title, catalogs=ev.label_catalogs()))


def test_the_later_set_keeps_the_head_and_the_later_cue_only(monkeypatch):
    from extractors.criteria import evaluate as ev
    from extractors.criteria.mapping import one_subject, score
    cats = ev.label_catalogs()
    doc = prepare("", "QUYẾT ĐỊNH PHÂN CẤP TUYỂN DỤNG VIÊN CHỨC")
    ms = one_subject([score(doc, t) for c in cats for t in c.mapping_targets()])
    monkeypatch.setattr(_ranker, "HEAD_KEYS", _ranker.HEAD_SETS["later"])
    f = {m.criterion_id: x for m, x in zip(ms, _ranker.head_features(doc, ms, _ranker.lexicon(cats)))}
    assert f["4.3"] == {"head_is": 1.0} and f["5.2"] == {"head_later": 1.0} and f["4.1"] == {}


def test_the_order_model_on_positive_pages_ignores_a_page_without_one(monkeypatch):
    pytest.importorskip("sklearn")
    from extractors.criteria import train
    right = [[("4.3", {"head_is": 1.0, "sim": 0.2}, 1), ("2.1", {"sim": 0.6}, 0)],
             [("3.1", {"head_is": 1.0, "sim": 0.5}, 1), ("3.3", {"sim": 0.3}, 0)]]
    # another body's act: its head pair is a labelled negative, nothing on the page is right
    other = [[("3.1", {"head_is": 1.0, "sim": 0.7}, 0), ("3.3", {"sim": 0.1}, 0)]] * 6
    monkeypatch.setattr(train, "ORDER_PAGES", "positive")
    assert train._fit_order(right + other, "pointwise").weights == train._fit_order(right, "pointwise").weights
    monkeypatch.setattr(train, "ORDER_PAGES", "all")
    assert (train._fit_order(right + other, "pointwise").weights["head_is"]
            < train._fit_order(right, "pointwise").weights["head_is"])
