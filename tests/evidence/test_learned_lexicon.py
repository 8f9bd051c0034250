"""The learned lexicon (ninth pass, issue 15): each criterion's words on its labelled pages (one
logistic model per criterion), a positive one kept only when several provinces' pages use it, cross-fitted so a training page's score never
comes from a lexicon that saw its province, and shipped inside the ranker's JSON."""
import pytest

from extractors.criteria import train
from extractors.criteria.learned import Learned, features, grams, page_grams
from extractors.criteria.mapping import prepare
from extractors.criteria.ranker import Ranker, load
from extractors.models import Linear

BUDGET = "nghị quyết dự toán thu chi ngân sách địa phương giải ngân vốn đầu tư công"
RESULTS = "báo cáo tình hình kinh tế xã hội tăng trưởng grdp thu hút đầu tư"


def _page(words: str, pos: list[str], neg: list[str], province: str):
    return grams(prepare(words, "").folded), pos, neg, province


def test_a_criterions_words_are_those_its_pages_share_across_provinces():
    pages = [_page(f"{BUDGET} tỉnh {p} cam lâm", ["6.1"], [], p) for p in ("A", "B", "C")]
    pages += [_page(RESULTS, ["8.2"], ["6.1"], p) for p in ("A", "B", "C")]
    pages += [_page("đặc sản riêng", ["6.1"], [], "A")]     # one province's words, even on two pages
    pages += [_page("đặc sản riêng", ["8.2"], [], "A")]
    lex = Learned.fit(pages)
    assert {"du_toan", "ngan_sach", "giai_ngan"} <= set(lex.vecs["6.1"])
    assert "dac_san" not in lex.vecs["6.1"]
    budget = lex.scores(grams(prepare(BUDGET, "").folded))
    results = lex.scores(grams(prepare(RESULTS, "").folded))
    assert budget["6.1"] > budget["8.2"] and results["8.2"] > results["6.1"]


def test_a_criterion_with_too_few_positive_pages_has_no_learned_words():
    pages = [_page(BUDGET, ["6.1"], [], p) for p in ("A", "B")] + [_page(RESULTS, ["8.2"], [], "C")]
    lex = Learned.fit(pages)
    assert lex.vecs == {}
    assert features(lex.scores(grams("du toan")), ["6.1"], {}) == [{"learn_none": 1.0}]


def test_words_of_other_criteria_pages_count_against_a_criterion():
    pages = [_page(f"{BUDGET} tỉnh {p}", ["6.1"], [], p) for p in "ABC"]
    pages += [_page(f"{RESULTS} tỉnh {p}", ["8.2"], [], p) for p in "ABC"]
    lex = Learned.fit(pages)
    assert lex.vecs["6.1"]["grdp"] < 0 < lex.vecs["6.1"]["du_toan"]
    assert "tinh" not in lex.vecs["6.1"] or abs(lex.vecs["6.1"]["tinh"]) < lex.vecs["6.1"]["du_toan"]


def test_the_learned_features_lead_over_the_page_and_the_siblings():
    f = features({"6.1": 0.6, "6.2": 0.2, "8.2": 0.5}, ["6.1", "6.2", "8.2", "1.1"],
                 {"6.1": "6", "6.2": "6", "8.2": "8", "1.1": "1"})
    assert f[0] == {"learn": 0.6, "learn_lead": pytest.approx(0.1), "learn_sib": pytest.approx(0.4), "learn_top": 1.0}
    assert f[2]["learn_lead"] == pytest.approx(-0.1) and f[2]["learn_top"] == 0.0
    assert f[3] == {"learn_none": 1.0}


def _doc(i: int, province: str, words: str, pos: list[str]) -> dict:
    return {"id": f"d{i}", "province": province, "title": "", "text": words, "positive": pos, "negative": []}


def test_a_training_pages_learned_score_comes_from_a_lexicon_without_its_province():
    # 6.1's words are on pages of provinces A..D, and a word only province E's pages use
    docs = [_doc(i, p, BUDGET, ["6.1"]) for i, p in enumerate("ABCD")]
    docs += [_doc(10 + i, "E", "lễ hội trái cây ngân sách", ["6.1"]) for i in range(3)]
    docs += [_doc(20 + i, p, RESULTS, ["8.2"]) for i, p in enumerate("ABCDEF")]
    ex = {d["id"]: [("6.1", {}, int("6.1" in d["positive"])), ("8.2", {}, int("8.2" in d["positive"]))]
          for d in docs}
    crossed = train.cross_fitted(docs, ex)
    in_sample = train.fit_learned(docs).scores(train._grams(docs[4]))
    # in sample E's page shares 6.1's words; cross-fitted (E left out) it is judged on A..D's words only
    e_page = dict((c, f) for c, f, _ in crossed["d10"])
    assert e_page["6.1"].get("learn", 0.0) < in_sample["6.1"]
    assert all(ex[d][0][1] == {} for d in ex)            # the caller's features are left as they were


def test_the_learned_lexicon_round_trips_through_the_model_file(tmp_path):
    lex = Learned.fit([_page(BUDGET, ["6.1"], [], p) for p in "ABC"] + [_page(RESULTS, ["8.2"], [], "D")])
    r = Ranker(Linear({"learn": 2.0}, -1.0), 0.5, 0.3, learned=lex)
    path = tmp_path / "ranker.json"
    import json
    path.write_text(json.dumps(r.to_json()))
    back = load(path)
    page = page_grams(prepare(BUDGET, "Nghị quyết dự toán ngân sách"))
    assert back.learned.scores(page)["6.1"] == pytest.approx(lex.scores(page)["6.1"], abs=1e-3)


def test_the_mapper_ranks_by_a_rankers_learned_lexicon():
    from extractors.criteria import catalogs, map_catalogs
    cats = [c for c in catalogs() if c.id in ("par_index_876", "other_indices")]
    pages = [_page(f"{BUDGET} tỉnh {p}", ["6.1"], [], p) for p in "ABC"]
    pages += [_page(f"{RESULTS} tỉnh {p}", ["8.2"], [], p) for p in "ABC"]
    lex = Learned.fit(pages)
    title, text = "Nghị quyết dự toán ngân sách năm 2024", "HỘI ĐỒNG NHÂN DÂN TỈNH\nNGHỊ QUYẾT\n" + BUDGET
    learned = Ranker(Linear({"learn": 8.0}, -4.0), 0.5, 0.3, learned=lex)
    ranked = map_catalogs(text, title, None, catalogs=cats, ranker=learned)
    assert ranked[0].criterion_id == "6.1"
    # without the lexicon the same weights see no learned score: nothing stands out
    plain = map_catalogs(text, title, None, catalogs=cats, ranker=Ranker(Linear({"learn": 8.0}, -4.0), 0.5, 0.3))
    assert not [m for m in plain if m.mapped]


def test_the_page_model_reads_the_learned_score_only_when_there_is_a_lexicon():
    from extractors.criteria.ranker import page_features
    plain = page_features({"sim": 0.3}, 0.6, 0.2)
    assert not [k for k in plain if k.startswith("learn")]
    learned = page_features({"sim": 0.3, "learn": 0.4, "learn_lead": 0.1}, 0.6, 0.2)
    assert learned["learn"] == 0.4 and learned["learn_lead"] == 0.1 and learned["learn_none"] == 0.0


def test_the_trainer_fits_the_learned_lexicon_unless_told_not_to(tmp_path):
    import json
    out = tmp_path / "ranker.json"
    docs = train.load(train.PAIRS)["docs"]
    ex, veto = train.examples(docs), train.vetoed(docs)
    model = train.fit(docs, ex, veto)
    assert model.learned is not None and "learn" in model.model.weights
    out.write_text(json.dumps(model.to_json()))
    assert load(out).learned.vecs.keys() == model.learned.vecs.keys()
    train.LEARNED = False
    try:
        assert train.fit(docs, ex, veto).learned is None
    finally:
        train.LEARNED = True


def test_the_shipped_ranker_reads_its_learned_lexicon_once():
    from extractors.criteria.ranker import shipped
    model = shipped()
    assert model is not None and model.learned is not None and len(model.learned.vecs) >= 20
    assert shipped() is model
