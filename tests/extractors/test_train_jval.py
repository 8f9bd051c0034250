"""jt28: models may be fitted on J1-J4 (J-0xx..J-3xx) per model group; J5-J6 and part I never train."""
import pytest

from extractors import corpus, train
from extractors.models import Linear, Models

CASES = [{"id": "A-001", "part": "A", "text": "a"}, {"id": "dev-001", "text": "d"},
         {"id": "I-001", "part": "I", "text": "i"}, {"id": "J-012", "part": "J", "text": "j1"},
         {"id": "J-399", "part": "J", "text": "j4"}, {"id": "J-401", "part": "J", "text": "j5"},
         {"id": "J-512", "part": "J", "text": "j6"}]


def _ids(cases):
    return [c["id"] for c in cases]


def test_jval_is_j1_to_j4_only():
    assert [corpus.jval(c) for c in CASES] == [False, False, False, True, True, False, False]


def test_training_jval_makes_only_j1_to_j4_trainable():
    with corpus.training_jval():
        assert _ids(c for c in CASES if corpus.trainable(c)) == ["A-001", "dev-001", "J-012", "J-399"]
    assert _ids(c for c in CASES if corpus.trainable(c)) == ["A-001", "dev-001"]


def test_training_cases_take_j1_to_j4_only_when_jt28_names_a_model():
    assert _ids(train.training_cases(CASES, {"jt28": "goal"})) == ["A-001", "dev-001", "J-012", "J-399"]
    assert _ids(train.training_cases(CASES, {"jt28": None})) == ["A-001", "dev-001"]
    with pytest.raises(ValueError):
        train.jval_groups("goals")


@pytest.mark.parametrize("spec, fits", [
    ("goal", [["A-001", "dev-001"], ["A-001", "dev-001", "J-012", "J-399"]]),    # the models jt28 leaves out, those it names
    ("all", [["A-001", "dev-001", "J-012", "J-399"]])])
def test_shipped_training_never_reads_j5_j6_or_part_i(monkeypatch, tmp_path, spec, fits):
    seen = []

    def fake_fit(cases, **opts):
        seen.append((_ids(cases), corpus.trainable(CASES[5]), corpus.trainable(CASES[3])))
        return Models()

    monkeypatch.setattr(train.corpus, "load", lambda *a: list(CASES))
    monkeypatch.setattr(train, "fit", fake_fit)
    monkeypatch.setattr(train, "save", lambda m: None)
    monkeypatch.setattr(train, "DIR", tmp_path)
    monkeypatch.setattr(train, "SHIPPED", {**train.SHIPPED, "jt28": spec})
    train.main([])
    assert [ids for ids, _, _ in seen] == fits
    assert not any(j5 for _, j5, _ in seen)                                      # J5 never trainable while fitting
    assert [j1 for _, _, j1 in seen] == ["J-012" in ids for ids in fits]        # J1 trainable only when fitted on


def test_fitting_refuses_a_fresh_text():
    with pytest.raises(ValueError):
        train.fit_shipped([CASES[0], CASES[5]], jt28="goal")
    with pytest.raises(ValueError):
        train.fit_shipped([CASES[0], CASES[2]], jt28="all")


def test_folds_with_jval_train_on_j1_to_j4_and_never_on_the_fresh_parts():
    pytest.importorskip("sklearn")
    cases = [{**c, "site": f"s{k}.vn"} for k, c in enumerate(CASES * 2)]
    with corpus.training_jval():
        folds = corpus.folds(cases, 3)
    trained = {cases[i]["id"] for tr, _ in folds for i in tr}
    assert trained == {"A-001", "dev-001", "J-012", "J-399"}


def test_with_jval_models_takes_only_the_named_groups():
    lin = Linear({}, 0.0, {})
    base = Models(options={"stat_veto": ["a"], "scope": "x"})
    full = Models(goal=lin, goal_trees=None, deadline=lin, options={"stat_veto": ["b"], "scope": "x"})
    m = train.with_jval_models(base, full, ["goal", "veto"])
    assert m.goal is lin and m.deadline is None and m.options == {"stat_veto": ["b"], "scope": "x"}
    assert base.goal is None and base.options["stat_veto"] == ["a"]


# jt33: J5, J6, K1 and K2 may train too; part I and K3 (K-152 on) never do
MORE = CASES + [{"id": "K-001", "part": "K", "text": "k1"}, {"id": "K-151", "part": "K", "text": "k2"},
                {"id": "K-152", "part": "K", "text": "k3"}, {"id": "K-260", "part": "K", "text": "k5"}]


def test_jt33_adds_the_named_shares_and_never_part_i_or_k3():
    assert _ids(train.training_cases(MORE, {"jt28": "all", "jt33": "J5+J6+K1+K2"})) == [
        "A-001", "dev-001", "J-012", "J-399", "J-401", "J-512", "K-001", "K-151"]
    with corpus.fresh_shares("J5"):
        assert _ids(c for c in MORE if corpus.jval(c)) == ["J-012", "J-399", "J-401"]
    assert _ids(train.training_cases(MORE, {"jt28": "all", "jt33": "K1"})) == ["A-001", "dev-001", "J-012", "J-399", "K-001"]
    assert _ids(train.training_cases(MORE, {"jt28": "all"})) == ["A-001", "dev-001", "J-012", "J-399"]


def test_jt33_refuses_an_unknown_share():
    with pytest.raises(ValueError, match="K3"):
        with corpus.fresh_shares("K1+K3"):
            pass


def test_shipped_training_with_jt33_never_reads_part_i_or_k3(monkeypatch, tmp_path):
    seen = []
    monkeypatch.setattr(train.corpus, "load", lambda *a: list(MORE))
    monkeypatch.setattr(train, "fit", lambda cases, **opts: seen.append(_ids(cases)) or Models())
    monkeypatch.setattr(train, "save", lambda m: None)
    monkeypatch.setattr(train, "DIR", tmp_path)
    monkeypatch.setattr(train, "SHIPPED", {**train.SHIPPED, "jt28": "all", "jt33": "J5+J6+K1+K2"})
    train.main([])
    assert seen == [["A-001", "dev-001", "J-012", "J-399", "J-401", "J-512", "K-001", "K-151"]]
    with pytest.raises(ValueError):
        train.fit_shipped([MORE[0], MORE[-2]], jt28="all", jt33="J5+J6+K1+K2")


def test_folds_with_jt33_never_train_on_part_i_or_k3():
    pytest.importorskip("sklearn")
    cases = [{**c, "site": f"s{k}.vn"} for k, c in enumerate(MORE * 2)]
    with corpus.fresh_shares("J5+J6+K1+K2"), corpus.training_jval():
        folds = corpus.folds(cases, 3)
    trained = {cases[i]["id"] for tr, _ in folds for i in tr}
    assert trained == {"A-001", "dev-001", "J-012", "J-399", "J-401", "J-512", "K-001", "K-151"}
