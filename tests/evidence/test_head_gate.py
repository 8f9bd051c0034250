"""Twenty-sixth pass (issue 15, map32): the head criterion of the page's subject gating another criterion's
key phrase (`ranker.head_gated`, `train --head-gate`), and the decision model reading the head features
of the order model's top (`train --head-decision`). Wordings written for these tests."""
import pytest

from extractors.criteria import evaluate as ev
from extractors.criteria import ranker as _ranker
from extractors.criteria.mapping import one_subject, prepare, score


def pairs(title: str, text: str = ""):
    doc = prepare(text, title)
    ms = one_subject([score(doc, t) for c in ev.label_catalogs() for t in c.mapping_targets()])
    return doc, ms


def gated(title: str, text: str = "") -> set[str]:
    doc, ms = pairs(title, text)
    return {m.criterion_id for m, g in zip(ms, _ranker.head_gated(doc, ms)) if g}


def test_a_delegations_object_phrase_is_gated_and_the_delegation_not():
    g = gated("Quyết định ủy quyền cho Giám đốc Sở Nội vụ tuyển dụng viên chức các đơn vị sự nghiệp")
    assert "5.2" in g and "4.3" not in g


def test_the_portal_a_one_stop_rule_names_after_it_is_gated():
    assert gated("Quy chế tiếp nhận, giải quyết thủ tục hành chính theo cơ chế một cửa trên Cổng dịch vụ công "
                 "của tỉnh") == {"7.3"}


@pytest.mark.parametrize("title", [
    "Thông báo kết quả hội nghị giao ban khối nội chính quý III",   # no head cue in the subject
    "Những kết quả bước đầu trong năm qua",
])
def test_nothing_is_gated_without_a_head(title):
    assert gated(title, "Công bố thủ tục hành chính mới ban hành; tuyển dụng viên chức năm 2026.") == set()


def test_the_gate_marks_the_pair_and_moves_its_tiers_only_with_the_option(monkeypatch):
    from extractors.criteria.mapping import pair_features
    title = "Quyết định phân cấp tuyển dụng viên chức trong các đơn vị sự nghiệp công lập"
    cats = ev.label_catalogs()
    monkeypatch.setattr(_ranker, "HEAD_GATE", "off")
    assert not any("gated" in k for _, f in pair_features("", title, catalogs=cats) for k in f)
    monkeypatch.setattr(_ranker, "HEAD_GATE", "flag")
    f = dict(pair_features("", title, catalogs=cats))
    assert f["5.2"]["head_gated"] == 1.0 and f["5.2"]["head_gated_rule"] == f["5.2"]["rule"]
    assert "head_gated" not in f["4.3"]
    monkeypatch.setattr(_ranker, "HEAD_GATE", "move")
    f = dict(pair_features("", title, catalogs=cats))
    assert not any(k.startswith("tier_") for k in f["5.2"]) and any(k.startswith("gated_tier_") for k in f["5.2"])


def test_the_decision_model_reads_the_tops_head_only_with_the_option(monkeypatch):
    top = {"head_is": 1.0, "rule": 0.6, "sim": 0.3}
    monkeypatch.setattr(_ranker, "HEAD_DECISION", False)
    assert "head_is" not in _ranker.decision_features(top, 0.7, 0.7, 0.6, 0.2, "4")
    monkeypatch.setattr(_ranker, "HEAD_DECISION", True)
    assert _ranker.decision_features(top, 0.7, 0.7, 0.6, 0.2, "4")["head_is"] == 1.0


def test_the_title_gate_leaves_a_phrase_the_body_names(monkeypatch):
    title = "Quyết định phân cấp quản lý công chức, viên chức của tỉnh"
    body = "Sở Nội vụ tổ chức tuyển dụng viên chức theo quy định."
    doc, ms = pairs(title, body)
    tiers = {m.criterion_id: m.hit_tier for m in ms if m.hit_tier}
    body_hits = {c for c, t in tiers.items() if t != "title" and c != "4.3"}
    assert body_hits
    monkeypatch.setattr(_ranker, "HEAD_GATE", "flag")
    assert body_hits <= gated(title, body)
    monkeypatch.setattr(_ranker, "HEAD_GATE", "title")
    assert not body_hits & gated(title, body)
