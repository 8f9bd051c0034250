"""Sixteenth pass (issue 15, map18; both off by default): levers for the sibling decision — a
within-domain lexicon (each criterion's words against its siblings' pages only) and a swap model over
the order model's two best pairs when they are siblings."""
import pytest

from extractors.criteria import train
from extractors.criteria.learned import Learned, grams, within_features
from extractors.criteria.mapping import Mapping, _sibling_swap, prepare
from extractors.criteria.ranker import Ranker, logit, swap_features
from extractors.models import Linear

pytest.importorskip("sklearn")

DRAFT = "quy chế phối hợp soạn thảo ban hành văn bản quy phạm pháp luật lấy ý kiến thẩm định"
CHECK = "quy chế kiểm tra rà soát xử lý văn bản quy phạm pháp luật hết hiệu lực bãi bỏ"
BUDGET = "nghị quyết dự toán thu chi ngân sách địa phương giải ngân vốn"
DOMAIN = {"2.1": "2", "2.3": "2", "6.1": "6", "8.2": "8"}


def _page(words: str, pos: list[str], province: str):
    return grams(prepare(words, "").folded), pos, [], province


def _pages():
    pages = [_page(f"{DRAFT} tỉnh {p}", ["2.1"], p) for p in "ABC"]
    pages += [_page(f"{CHECK} tỉnh {p}", ["2.3"], p) for p in "ABC"]
    pages += [_page(f"{BUDGET} văn bản tỉnh {p}", ["6.1"], p) for p in "ABCD"]
    return pages


def test_the_within_domain_lexicon_learns_what_tells_siblings_apart_not_the_domain_from_the_rest():
    within = Learned.fit(_pages(), domain=DOMAIN)
    # "văn bản quy phạm" is on every domain-2 page: against the siblings it says nothing, against
    # every page (the one-vs-all lexicon) it is 2.1's word
    assert abs(within.vecs["2.1"].get("van_ban", 0.0)) < within.vecs["2.1"]["soan_thao"]
    assert within.vecs["2.1"].get("kiem_tra", 0.0) < 0 < within.vecs["2.3"]["kiem_tra"]
    assert "6.1" not in within.vecs          # no sibling with pages of its own: nothing to tell apart
    draft = within.scores(grams(prepare(DRAFT, "").folded))
    check = within.scores(grams(prepare(CHECK, "").folded))
    assert draft["2.1"] > draft["2.3"] and check["2.3"] > check["2.1"]


def test_a_criterion_with_too_few_sibling_pages_has_no_within_domain_words():
    pages = _pages()[:4] + _pages()[6:]      # three 2.1 pages, one 2.3 page
    within = Learned.fit(pages, domain=DOMAIN)
    assert "2.1" not in within.vecs and "2.3" not in within.vecs


def test_within_features_lead_over_the_best_sibling_and_are_gated_to_one_domain():
    scores = {"2.1": 0.4, "2.3": 0.9, "6.1": 0.2}
    f = within_features(scores, ["2.1", "2.3", "6.1", "8.2"], DOMAIN)
    assert f[0] == {"dom": 0.4, "dom_sib": pytest.approx(-0.5)} and f[1]["dom_sib"] == pytest.approx(0.5)
    assert f[2] == {"dom": 0.2, "dom_sib": 0.2} and f[3] == {"dom_none": 1.0}
    gated = within_features(scores, ["2.1", "2.3", "6.1"], DOMAIN, gate="2")
    assert gated[1]["dom_sib"] == pytest.approx(0.5) and gated[2] == {"dom_none": 1.0}
    noflag = within_features(scores, ["2.1", "2.3", "6.1", "8.2"], DOMAIN, gate="2", flag_gated=False)
    assert noflag[:2] == gated[:2] and noflag[2:] == [{}, {}]
    assert within_features(scores, ["2.1", "8.2"], {"2.1": "2", "8.2": "2"}, gate="2", flag_gated=False)[1] == {"dom_none": 1.0}


def test_the_swap_features_are_the_top_minus_the_second_and_the_order_gap():
    f = swap_features({"dist": 0.5, "rule": 0.6, "type_kh": 1.0}, {"dist": 0.2, "type_kh": 1.0, "act_share": 1.0}, 1.5)
    assert f == {"dist": pytest.approx(0.3), "rule": 0.6, "act_share": -1.0, "order_gap": 1.5}


def _mapping(cid: str) -> Mapping:
    return Mapping(criterion_id=cid, criterion_name=cid, domain_id=DOMAIN[cid], score=0.2)


def test_the_swap_model_exchanges_only_two_siblings_and_only_when_the_second_is_likelier():
    order = Linear({"dist": 1.0, "dom": 1.0}, 0.0)
    feats = [{"dist": 2.0, "dom": 0.0}, {"dist": 0.5, "dom": 1.0}, {"dist": 0.1, "dom": 0.0}]
    model = Ranker(Linear({}, 0.0), 0.5, 0.1, order=(order, 0.01))
    maps = [_mapping("2.1"), _mapping("2.3"), _mapping("6.1")]
    probs = [order.prob(f) for f in feats]
    assert _sibling_swap(model, maps, feats, list(probs), 0) == 0          # no swap model: the order's top
    model.swap = Linear({"dom": 5.0}, 0.0)             # P(top right) = logistic(5 * (dom_top - dom_second))
    swapped = list(probs)
    assert _sibling_swap(model, maps, feats, swapped, 0) == 1 and swapped[:2] == probs[1::-1]
    other = [_mapping("2.1"), _mapping("6.1"), _mapping("2.3")]       # the second is of another domain
    assert _sibling_swap(model, other, feats, list(probs), 0) == 0
    model.swap = Linear({"order_gap": 1.0}, 0.0)       # a swap model trusting the order's lead keeps it
    assert _sibling_swap(model, maps, feats, list(probs), 0) == 0
    assert logit(0.5) == 0.0
    again = Ranker.from_json(model.to_json())
    assert again.swap.weights == {"order_gap": 1.0} and Ranker.from_json(Ranker(order, 0.5, 0.1).to_json()).swap is None


def test_swap_examples_are_pages_whose_two_best_are_siblings_with_one_right():
    olin = Linear({"dist": 1.0}, 0.0)
    rows = [("2.1", {"dist": 2.0}, 0), ("2.3", {"dist": 1.0}, 1), ("6.1", {"dist": 0.0}, 0)]
    _, f, y = train._swap_example(rows, olin, DOMAIN)
    assert y == 0 and f["dist"] == 1.0 and f["order_gap"] == pytest.approx(1.0)
    assert train._swap_example([rows[0], rows[2], rows[1]][:2], olin, DOMAIN) is None      # not siblings
    both = [("2.1", {"dist": 2.0}, 1), ("2.3", {"dist": 1.0}, 1)]
    assert train._swap_example(both, olin, DOMAIN) is None                              # both right
    demoted = [("2.1", {"dist": 3.0, "demoted": 1.0}, 0)] + rows
    assert train._swap_example(demoted, olin, DOMAIN)[2] == 0      # the demoted pair is not the top


def test_with_order_only_the_confidence_model_never_reads_the_within_domain_features(monkeypatch):
    rows = [("2.1", {"dom": 0.4, "dom_sib": -0.5, "demoted": 1.0, "sim": 0.2}, 0), ("6.1", {"dom_none": 1.0}, 1)]
    assert train._confidence_rows(rows) is rows
    monkeypatch.setattr(train, "WITHIN_ORDER_ONLY", True)
    assert train._confidence_rows(rows) == [("2.1", {"demoted": 1.0, "sim": 0.2}, 0), ("6.1", {}, 1)]


def test_the_within_domain_lexicon_and_its_gate_round_trip_and_reach_the_mappers_features():
    from extractors.criteria import catalogs, map_catalogs
    from extractors.criteria import ranker as _ranker
    cats = [c for c in catalogs() if c.in_force(2024) and c.index in ("PAR INDEX", "OTHER")]
    lex = _ranker.lexicon(cats)
    pages = [_page(f"{DRAFT} tỉnh {p}", ["2.1"], p) for p in "ABC"] + [_page(f"{CHECK} tỉnh {p}", ["2.3"], p) for p in "ABC"]
    within = Learned.fit(pages, domain=lex.domain)
    learned = Learned.fit(pages + [_page(f"{BUDGET} tỉnh {p}", ["6.1"], p) for p in "ABC"])
    r = Ranker(Linear({"dom_sib": 3.0}, -1.0), 0.5, 0.1, learned=learned, order=(Linear({"dom_sib": 3.0}, -1.0), 0.01))
    r.within, r.within_gate = within, "learned"
    again = Ranker.from_json(r.to_json())
    assert again.within.vecs.keys() == within.vecs.keys() and again.within_gate == "learned"
    text = "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nQUYẾT ĐỊNH\nBan hành " + CHECK
    maps = {m.criterion_id: m for m in map_catalogs(text, "", None, catalogs=cats, ranker=again)}
    # the checking rule leads its sibling on the within-domain words, and nothing else is read
    assert maps["2.3"].score > maps["2.1"].score
    feats = _ranker.features(prepare(text, ""), list(maps.values()), lex, learned, None, within, "learned")
    assert any("dom_sib" in f for f in feats) and any(f == {**f, "dom_none": 1.0} for f in feats)
