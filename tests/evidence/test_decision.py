"""The decision model (twentieth pass): whether a page maps, judged on the pair the mapper maps (the order
model's top) from both models' scores, the order model's margin and the kind of page."""
import pytest

from extractors.criteria import catalogs, map_catalogs
from extractors.criteria import train
from extractors.criteria.ranker import Ranker, decision_features
from extractors.models import Linear

pytest.importorskip("sklearn")

PLAN = "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 250/KH-UBND\nKẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NĂM 2024\n"


def _cats():
    return [c for c in catalogs() if c.in_force(2024) and c.index in ("PAR INDEX", "OTHER")]


def _ranker(conf_bias: float, decision: Linear | None, mode: str = "replace") -> Ranker:
    """A confidence model that trusts the rules' best-of-page flag, an order model on the rules' score."""
    r = Ranker(Linear({"rule_top": 10.0}, conf_bias), 0.5, 0.1, order=(Linear({"rule": 20.0}, -5.0), 0.01))
    if decision is not None:
        r.decision, r.decision_mode = (decision, 0.5), mode
    return r


def _mapped(r: Ranker, text: str = PLAN) -> list[str]:
    return [m.criterion_id for m in map_catalogs(text, "", None, catalogs=_cats(), ranker=r) if m.mapped]


def test_the_decision_model_replaces_the_confidence_cut_both_ways():
    assert _mapped(_ranker(-5.0, None)) == ["1.1"] and _mapped(_ranker(-15.0, None)) == []
    # the confidence model maps the page, a decision model that reads the order model's margin does not
    assert _mapped(_ranker(-5.0, Linear({"order_gap": -1.0}, 0.0))) == []
    # the confidence model leaves it under its cut, a decision model that reads its domain maps the top
    assert _mapped(_ranker(-15.0, Linear({"dom_1": 10.0}, -5.0))) == ["1.1"]
    # "or": either model maps the page
    assert _mapped(_ranker(-5.0, Linear({}, -10.0), "or")) == ["1.1"]
    assert _mapped(_ranker(-15.0, Linear({}, -10.0), "or")) == []


def test_a_vetoed_page_stays_unmapped_whatever_the_decision_model_says():
    ministry = "BỘ NỘI VỤ\nSố: 12/KH-BNV\nKẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA BỘ NỘI VỤ\n"
    assert _mapped(_ranker(-15.0, Linear({}, 10.0)), ministry) == []


def test_the_decision_model_round_trips_and_an_old_file_has_none():
    again = Ranker.from_json(_ranker(-5.0, Linear({"agree": 2.0}, -1.0), "or").to_json())
    assert again.decision[0].weights == {"agree": 2.0} and again.decision[1] == 0.5 and again.decision_mode == "or"
    assert Ranker.from_json(_ranker(-5.0, None).to_json()).decision is None


def test_decision_features_read_margin_agreement_page_kind_and_domain():
    f = decision_features({"type_ke_hoach": 1.0, "no_title": 1.0, "whose_prov_first": 1.0, "dist": 0.3},
                          p_conf_best=0.4, p_conf_top=0.4, q_top=0.8, q_next=0.2, domain="4")
    assert f["agree"] == 1.0 and f["dom_4"] == 1.0 and f["order_gap"] > 2.5 and abs(f["order_pgap"] - 0.6) < 1e-9
    assert f["type_ke_hoach"] == f["no_title"] == f["whose_prov_first"] == 1.0 and "dist" not in f
    other = decision_features({}, p_conf_best=0.4, p_conf_top=0.1, q_top=0.5, q_next=0.5, domain="7")
    assert other["agree"] == 0.0 and other["order_gap"] == 0.0 and other["conf_top"] < other["conf_best"]


def test_the_decision_rows_judge_the_order_models_top_and_skip_vetoed_pages(monkeypatch):
    monkeypatch.setattr(train, "lexicon", lambda cats: type("L", (), {"domain": {"1.1": "1", "4.3": "4"}})())
    monkeypatch.setattr(train.ev, "label_catalogs", lambda: [])
    # page a: the confidence model prefers 1.1, the order model 4.3 (right); page b is vetoed
    scored = [("a", 0.6, 0, False, {}), ("a", 0.2, 1, False, {}), ("b", 0.9, 1, False, {})]
    rows = train._decision_rows(scored, [0.3, 0.7, 0.9], ["1.1", "4.3", "1.1"], veto={"b"})
    assert len(rows) == 1
    d, f, right, best, _ = rows[0]
    assert d == "a" and right == 1 and best == 0.6 and f["dom_4"] == 1.0 and f["agree"] == 0.0


def test_the_floor_cut_maps_the_most_right_tops_that_keep_the_negatives_floor(monkeypatch):
    monkeypatch.setattr(train, "DECISION", "replace")
    monkeypatch.setattr(train, "NEG_FLOOR", 0.9)
    # (doc, features, top right, confidence best, labelled negatives mapped if the page maps)
    rows = [("a", {}, 1, 0.0, 0), ("b", {}, 1, 0.0, 0), ("c", {}, 0, 0.0, 1), ("d", {}, 0, 0.0, 1)]
    qs = [0.9, 0.5, 0.6, 0.3]
    cuts = [i / 10 for i in range(1, 10)]
    # 10 labelled negatives, one may be mapped: page c (0.6) maps so that page b (0.5) does; d (0.3) stays out
    assert train._floor_cut(rows, qs, cuts, 1.0, 10) == 0.5
    # 5: none may be mapped, so c stays out and b with it: only page a, at the highest such cut
    assert train._floor_cut(rows, qs, cuts, 1.0, 5) == 0.9
    # 20: two may be mapped, and every right top is in from 0.5 down; the highest such cut
    assert train._floor_cut(rows, qs, cuts, 1.0, 20) == 0.5

