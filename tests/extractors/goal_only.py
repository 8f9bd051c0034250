"""Models for rule tests: a goal model whose verdict is fixed (or read from one feature), no other model,
so only the rule under test moves a value."""
from types import SimpleNamespace


class Flat:
    weights: dict = {}

    def __init__(self, p: float):
        self.p = p

    def prob(self, f) -> float:
        return self.p


def goal_only(goal) -> SimpleNamespace:
    """The models find_targets reads, with `goal` as the goal model and none of the others."""
    return SimpleNamespace(goal=goal, deadline=None, goal_trees=None, goal_stack=None, goal_block=None,
                           goal_clause=None, page_kind=None)


def flat(p: float) -> SimpleNamespace:
    """Every candidate judged a goal with probability p."""
    return goal_only(Flat(p))
