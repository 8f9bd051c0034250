"""A decision cut per kind of page (twenty-fourth pass, `train --kind-cut`): the labelled negatives' floor spent where
a right top costs fewest of them, folded into the decision model so that the mapper still reads one cut."""
import pytest

from extractors.criteria import train
from extractors.models import Linear


@pytest.fixture(autouse=True)
def _setup(monkeypatch):
    monkeypatch.setattr(train, "DECISION", "replace")
    monkeypatch.setattr(train, "NEG_FLOOR", 0.9)        # 10 labelled negatives: one may be mapped
    monkeypatch.setattr(train, "KIND_MIN_ROWS", 2)
    monkeypatch.setattr(train, "KIND_CUT", "title")


CUTS = [i / 10 for i in range(1, 10)]
# (doc, features, top right, confidence best, labelled negatives mapped); titled pages: right tops at 0.85 and 0.5,
# a labelled negative at 0.6; untitled pages: right tops at 0.35 and 0.25, a labelled negative at 0.45
ROWS = [("t1", {}, 1, 0.0, 0), ("t2", {}, 1, 0.0, 0), ("t3", {}, 0, 0.0, 1),
        ("n1", {"no_title": 1.0}, 1, 0.0, 0), ("n2", {"no_title": 1.0}, 1, 0.0, 0), ("n3", {"no_title": 1.0}, 0, 0.0, 1)]
QS = [0.85, 0.5, 0.6, 0.35, 0.25, 0.45]


def test_one_common_cut_cannot_reach_the_untitled_right_tops_but_a_cut_per_kind_does():
    # one cut: two right tops at 0.5 (one negative mapped); under 0.5 both negatives map
    assert train._floor_cut(ROWS, QS, CUTS, 1.0, 10) == 0.5
    # per kind: the titled cut over the negative (one right top), the one negative spent on the two untitled tops
    assert train._kind_cuts(ROWS, QS, CUTS, 1.0, 10, common=0.5) == {"": 0.8, "no_title": 0.2}


def test_the_folded_model_maps_each_kind_at_its_own_cut_under_the_one_cut():
    lin = train._fold_kind_cuts(Linear({"x": 1.0}, 0.0), {"": 0.6, "no_title": 0.3}, 0.5)
    z = {q: train._ranker.logit(q) for q in (0.55, 0.65, 0.25, 0.35)}
    assert lin.prob({"x": z[0.55]}) < 0.5 <= lin.prob({"x": z[0.65]})
    assert lin.prob({"x": z[0.25], "no_title": 1.0}) < 0.5 <= lin.prob({"x": z[0.35], "no_title": 1.0})
