"""Parts I, J, K and L are fresh tests of pages no model was fitted on: every fold tests their cases, none trains on them."""
import pytest

from extractors import corpus


def test_test_only_parts_are_tested_once_and_never_trained_on():
    pytest.importorskip("sklearn")
    cases = corpus.load()
    fresh = {i for i, c in enumerate(cases) if c.get("part") in corpus.TEST_ONLY_PARTS}
    if not fresh:
        pytest.skip("no test-only part in this clone")
    for seed in (None, 1):
        folds = corpus.folds(cases, 5, 3, seed)
        tested = [i for _, te in folds for i in te]
        assert sorted(tested) == list(range(len(cases)))            # every case tested exactly once
        for tr, te in folds:
            assert not fresh & set(tr)                              # never on a training side
            assert set(tr).isdisjoint(te)
        assert sum(len(tr) for tr, _ in folds) == 4 * (len(cases) - len(fresh))   # the rest all train


def test_trainable_excludes_only_the_test_only_parts():
    assert not corpus.trainable({"id": "I-001", "part": "I"})
    assert not corpus.trainable({"id": "J-201", "part": "J"})
    assert not corpus.trainable({"id": "K-001", "part": "K"})
    assert not corpus.trainable({"id": "L-001", "part": "L"})
    assert not corpus.trainable({"id": "M-001", "part": "M"})
    assert corpus.trainable({"id": "A-001", "part": "A"}) and corpus.trainable({"id": "dev-001"})

