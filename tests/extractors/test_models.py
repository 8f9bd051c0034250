"""The learned decisions: plain-JSON linear models, loaded once, trained reproducibly."""
import json

import pytest

from extractors import corpus
from extractors.models import DIR, Linear, Models, RULES, Trees, best, save, shipped


def test_linear_scores_and_none_wins_when_nothing_scores():
    lin = Linear({"rule": 2.0, "none": 0.5}, bias=-1.0)
    assert lin.prob({"rule": 1.0}) > 0.7 > lin.prob({"none": 1.0}) > lin.prob({})
    assert best([("a", {"rule": 1.0}), (None, {"none": 1.0})], lin) == "a"
    assert best([("a", {}), (None, {"none": 1.0})], lin) is None


def test_shipped_models_are_plain_json_and_loaded_once():
    files = sorted(p.name for p in DIR.glob("*.json"))
    assert "goal.json" in files and "deadline.json" in files
    for p in DIR.glob("*.json"):
        d = json.loads(p.read_text(encoding="utf-8"))
        if p.name == "goal_trees.json":     # nodes only: [feature, threshold, left, right] or [leaf value]
            assert all(len(n) in (1, 4) for tree in d["trees"] for n in tree)
        elif p.name != "options.json":
            assert isinstance(d["bias"], float) and all(isinstance(v, float) for v in d["weights"].values())
    assert shipped() is shipped()
    assert shipped().goal is not None and RULES.goal is None


def test_save_round_trip(tmp_path):
    m = Models(goal=Linear({"x": 1.5}, 0.25, {"examples": 3}), options={"bow": False})
    save(m, tmp_path)
    d = json.loads((tmp_path / "goal.json").read_text(encoding="utf-8"))
    assert d["weights"] == {"x": 1.5} and d["bias"] == 0.25 and d["examples"] == 3
    assert json.loads((tmp_path / "options.json").read_text(encoding="utf-8")) == {"bow": False}


def test_goal_trees_read_back_from_json_score_as_scikit_learn_does(tmp_path):
    pytest.importorskip("sklearn")
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.feature_extraction import DictVectorizer
    from extractors.train import TREES, fit_trees
    from extractors.train import _rows
    rows = _rows(corpus.load()[:120], **{"page": True, "sections": True, "lists": True})
    feats, labels = rows["goal"]
    trees = fit_trees(feats, labels)
    save(Models(goal_trees=trees), tmp_path)
    back = Trees.from_json(json.loads((tmp_path / "goal_trees.json").read_text(encoding="utf-8")))
    dv = DictVectorizer(sparse=False)
    ref = HistGradientBoostingClassifier(**TREES).fit(dv.fit_transform(feats), labels)
    want = ref.predict_proba(dv.transform(feats))[:, 1]
    got = np.array([back.prob(f) for f in feats])
    assert np.abs(got - want).max() < 1e-5          # leaves are rounded to 6 decimals in the file
    assert 0 < (got > 0.5).sum() < len(got)          # it separates, it is not a constant


def test_shipped_goal_decision_averages_the_trees_with_the_linear_model():
    from extractors.targets import find_targets
    m = shipped()
    assert m.goal_trees is not None and m.goal_trees.meta["blend"] == 0.5
    text = "Kế hoạch năm 2025 của tỉnh.\nPhấn đấu đến năm 2025:\n- 90% hồ sơ được giải quyết trực tuyến;\n"
    # the same page judged by the linear model alone and with the trees: the verdicts may differ,
    # the blend must still find this plain goal
    assert [t.value for t in find_targets(text, models=m, options=m.options)] == [90.0]
    no_trees = Models(**{**m.__dict__, "goal_trees": None})
    assert [t.value for t in find_targets(text, models=no_trees, options=m.options)] == [90.0]


def test_training_is_reproducible():
    pytest.importorskip("sklearn")
    from extractors.train import SHIPPED, fit
    cases = corpus.load()[:40]
    a, b = fit(cases, **SHIPPED), fit(cases, **SHIPPED)
    assert a.goal.weights == b.goal.weights and a.deadline.bias == b.deadline.bias
    assert a.goal_trees.trees == b.goal_trees.trees


def test_groups_keep_sites_and_provinces_on_one_side():
    cases = [
        {"id": "1", "province": "Huế", "source_url": "https://a.vn/x"},
        {"id": "2", "province": "Huế", "source_url": "https://b.vn/y"},
        {"id": "3", "province": "Nam Định", "source_url": "https://b.vn/z"},
        {"id": "4", "province": "Cà Mau", "source_url": "https://www.c.vn/z"},
        {"id": "5", "province": None, "site": "c.vn"},
    ]
    g = corpus.groups(cases, hub_min=None)
    assert g[0] == g[1] == g[2] and g[3] == g[4] and g[0] != g[3]


def test_the_optional_second_pass_trains_out_of_fold_and_runs():
    pytest.importorskip("sklearn")
    from extractors.facts import extract_facts
    from extractors.train import SHIPPED, fit
    cases = corpus.load()[:80]
    m = fit(cases, **{**SHIPPED, "stack": True})
    assert m.goal_stack is not None and any(k.startswith("st_") for k in m.goal_stack.weights)
    assert fit(cases, **SHIPPED).goal_stack is None           # off in what ships
    text = "Đến năm 2025, phấn đấu:\n- 90% hồ sơ được giải quyết trực tuyến;\n- 80% người dân có tài khoản định danh.\n"
    assert all(t.deadline_year == 2025 for t in extract_facts(text, models=m).targets)


def test_page_kind_vector_is_sklearns_tfidf():
    """The runtime tf-idf (no scikit-learn) rebuilds the vector the shipped weights were fitted on."""
    pytest.importorskip("sklearn")
    from sklearn.feature_extraction.text import TfidfVectorizer
    from extractors.text_models import page_kind_features, page_tokens
    docs = ["Kế hoạch: phấn đấu đến năm 2025, 90% hồ sơ trực tuyến; mục tiêu 80% người dân.",
            "Kết quả năm qua: tỷ lệ hồ sơ trực tuyến đạt 82%, đã hoàn thành 10/16 chỉ tiêu.",
            "Mục tiêu đến năm 2030: kinh tế số chiếm 30% GRDP; đã đạt 15% năm 2024."]
    vec = TfidfVectorizer(analyzer=page_tokens, sublinear_tf=True)
    x = vec.fit_transform(docs).toarray()
    idf = dict(zip(vec.get_feature_names_out(), vec.idf_))
    col = {n: i for i, n in enumerate(vec.get_feature_names_out())}
    for row, doc in zip(x, docs):
        got = page_kind_features(page_tokens(doc), idf)
        assert set(got) == {n for n, i in col.items() if row[i]}
        assert all(abs(got[n] - row[col[n]]) < 1e-9 for n in got)


def test_page_kind_is_trained_out_of_fold_and_ships():
    pytest.importorskip("sklearn")
    from extractors.train import SHIPPED, fit
    m = fit(corpus.load()[:120], **SHIPPED)
    assert SHIPPED["page_kind"] and m.page_kind is not None and "pk" in m.goal.weights
    assert m.goal.weights["pk"] > 0                       # a page that announces goals holds goals
    assert fit(corpus.load()[:120], **{**SHIPPED, "page_kind": False}).page_kind is None
    s = shipped()
    from extractors.text_models import page_kind_prob
    plan = ("Tỉnh ban hành Kế hoạch chuyển đổi số năm 2025. Mục tiêu: phấn đấu đến năm 2025, 100% hồ sơ "
            "công việc được xử lý trên môi trường mạng; kinh tế số chiếm 20% GRDP.")
    report = ("Kết quả thực hiện năm 2024: tính đến nay, tỷ lệ hồ sơ trực tuyến đạt 82%; đã hoàn thành "
              "10/16 chỉ tiêu; công tác chỉ đạo, điều hành được tăng cường.")
    assert page_kind_prob(s.page_kind, plan) > 0.5 > page_kind_prob(s.page_kind, report)


def test_block_is_its_paragraph_and_the_headings_above_it():
    from extractors import target_features as tf, text_models as tm
    from extractors.targets import _paragraphs
    text = ("II. MỤC TIÊU\n\n1. Chỉ tiêu đến năm 2025\n\nPhấn đấu đạt các chỉ tiêu sau:\n\n"
            "- 90% hồ sơ được giải quyết trực tuyến;\n\n- 80% người dân có tài khoản.\n")
    paras = _paragraphs(text)
    heads, secs = tf.headings(text, paras), tf.section_heads(text, paras)
    last = next(i for i, (a, b) in enumerate(paras) if "80%" in text[a:b])
    para, head = tm.block_text(text, paras[last], (heads[last], *secs[last]))
    assert "80% người dân" in para and "90%" not in para
    assert "ii. mục tiêu" in head and "chỉ tiêu đến năm 2025" in head and "phấn đấu" in head
    toks = tm.block_tokens((para, head))
    assert "h:mục tiêu" in toks and "người dân" in toks and not any(c.isdigit() for t in toks for c in t)
    assert tf.sections(text, paras, secs) == tf.sections(text, paras)
    assert tf.sections(text, paras)[last] == ("goal", "goal")


def test_block_and_clause_models_are_trained_out_of_fold_and_read_by_the_goal_decision():
    pytest.importorskip("sklearn")
    from extractors.train import SHIPPED, fit
    from extractors.text_models import block_prob, clause_prob
    cases = corpus.load()[:150]
    m = fit(cases, **{**SHIPPED, "block": True, "clause": True})
    assert m.goal_block is not None and m.goal_clause is not None
    assert "blk" in m.goal.weights and "cls" in m.goal.weights
    assert "idf" in m.goal_block.meta and "idf" in m.goal_clause.meta
    goals = ("phấn đấu đến năm 2025, tối thiểu 90% hồ sơ được giải quyết trực tuyến", "mục tiêu cụ thể")
    results = ("kết quả năm qua: tỷ lệ hồ sơ trực tuyến đã đạt 82%, tăng so với năm trước", "kết quả thực hiện")
    assert block_prob(m.goal_block, goals) > block_prob(m.goal_block, results)
    assert clause_prob(m.goal_clause, ("phấn đấu tối thiểu", "hồ sơ")) > clause_prob(m.goal_clause, ("đã đạt", "tăng so với"))
    off = fit(cases, **{**SHIPPED, "block": False})
    assert off.goal_block is None and off.goal_clause is None and "blk" not in off.goal.weights


def test_the_block_model_ships_and_reads_goal_blocks_as_goals():
    from extractors.train import SHIPPED
    from extractors.text_models import block_prob
    s = shipped()
    assert SHIPPED["block"] and s.goal_block is not None and s.goal.weights["blk"] > 0
    goals = ("phấn đấu đến năm 2025, tối thiểu 90% hồ sơ được giải quyết trực tuyến", "ii. mục tiêu\nchỉ tiêu cụ thể:")
    results = ("tính đến nay, tỷ lệ hồ sơ trực tuyến đã đạt 82%, tăng 5% so với cùng kỳ", "i. kết quả thực hiện")
    assert block_prob(s.goal_block, goals) > 0.5 > block_prob(s.goal_block, results)
