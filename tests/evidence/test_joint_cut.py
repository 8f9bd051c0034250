"""The joint cut (twenty-third pass, `train --joint-cut`): the confidence cut chosen with the decision cut by the
one floor objective (most right tops mapped while the labelled negatives not mapped stay at NEG_FLOOR), so that
pages without a positive and without a labelled negative on top do not raise it as they raise F1's cut."""
import numpy as np
import pytest

from extractors.criteria import train


@pytest.fixture(autouse=True)
def _floor(monkeypatch):
    monkeypatch.setattr(train, "NEG_FLOOR", 0.9)     # with 10 labelled negatives: one may be mapped


def _choice(pages, n_neg=10):
    """pages: (top right, confidence best, top a labelled negative, its confidence, other negatives, decision prob)."""
    right, best, top_neg, p_top, others, qs = zip(*pages)
    return train._joint_choice(np.array(right, dtype=bool), np.array(best), np.array(top_neg, dtype=float),
                               np.array(p_top), [list(o) for o in others], np.array(qs), n_neg)


def test_the_joint_cut_maps_the_most_right_tops_the_floor_allows_and_prefers_the_higher_cut():
    pages = [(1, 0.8, 0, 0.8, [], 0.05),     # a: right, mapped by the confidence cut up to 0.8
             (1, 0.3, 0, 0.3, [], 0.9),      # b: right, only the decision model maps it well
             (0, 0.6, 1, 0.6, [0.6], 0.1),   # c: a labelled negative on top, confident
             (0, 0.4, 1, 0.4, [0.4], 0.95)]  # d: another, which the decision model likes
    # under 0.6 c maps and b cannot map without d; over 0.8 a is lost: 0.61-0.8 map a and b, the highest wins
    assert _choice(pages) == 0.8


def test_a_top_that_is_a_labelled_negative_counts_once():
    pages = [(1, 0.65, 0, 0.65, [], 0.0),
             (0, 0.7, 1, 0.7, [0.7], 0.0)]   # its top is its one labelled negative: one mapped, not two
    assert _choice(pages) == 0.65


def test_pages_without_a_positive_move_the_f1_cut_but_not_the_joint_cut():
    base = [(1, 0.8, 0, 0.8, [], 0.0), (1, 0.55, 0, 0.55, [], 0.0), (0, 0.3, 1, 0.3, [0.3], 0.0)]
    quiet = [(0, 0.6, 0, 0.6, [], 0.0)] * 6   # nobody's evidence, no labelled negative on top
    assert _choice(base) == _choice(base + quiet) == 0.55

    def f1_cut(pages):
        return train._best_threshold([(str(i), best, right) for i, (right, best, *_rest) in enumerate(pages)])
    assert f1_cut(base) <= 0.55 < f1_cut(base + quiet)
