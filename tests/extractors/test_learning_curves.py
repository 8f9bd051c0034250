"""Learning curves (lc16): a training fraction keeps whole groups of each fold's training side and
leaves the test folds as they are, for the targets CV and the criteria ranker's CV."""
from extractors import corpus
from extractors.criteria import train
from extractors.target_cv import training_folds


def _check(folds, full, groups, fraction):
    for (kept, te), (tr, te_full) in zip(folds, full):
        assert te == te_full                                      # the test fold untouched
        assert set(kept) <= set(tr)                               # only the training side shrinks
        kept_groups = {groups[i] for i in kept}
        assert {i for i in tr if groups[i] in kept_groups} == set(kept)   # whole groups kept
        share = len(kept_groups) / len({groups[i] for i in tr})
        assert abs(share - fraction) < 0.02
    return [sorted(k) for k, _ in folds]


def test_a_targets_training_fraction_keeps_whole_groups_and_repeats_by_draw():
    cases = corpus.load()
    groups = corpus.groups(cases, 3)
    full = corpus.folds(cases, 5, 3, 1)
    assert [(sorted(a), b) for a, b in training_folds(cases, 1)] == [(sorted(a), b) for a, b in full]
    half = _check(training_folds(cases, 1, 0.5, 0), full, groups, 0.5)
    assert half == _check(training_folds(cases, 1, 0.5, 0), full, groups, 0.5)
    assert half != _check(training_folds(cases, 1, 0.5, 1), full, groups, 0.5)


def test_a_criteria_training_fraction_keeps_whole_provinces():
    docs = [d for name, ds in train.load(train.PAIRS).items() for d in ds]
    groups = [train.group_of(d) for d in docs]
    full = train.cv_folds(docs)
    quarter = _check(train.cv_folds(docs, 0.25, 2), full, groups, 0.25)
    assert quarter != _check(train.cv_folds(docs, 0.25, 0), full, groups, 0.25)
    assert all(len(k) < len(tr) for k, (tr, _) in zip(quarter, full))
