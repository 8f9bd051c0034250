"""Small linear models over candidate features, stored as plain JSON (loading runs no code).

One file per decision in extractors/models/: {"bias": b, "weights": {feature: w}, ...}.
A candidate's score is the logistic of bias + sum(w * value); features are dicts of floats.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

DIR = Path(__file__).with_name("models")
DECISIONS = ("primary", "province", "period", "goal", "goal_stack", "deadline", "page_kind")


@dataclass
class Linear:
    weights: dict[str, float]
    bias: float = 0.0
    meta: dict = field(default_factory=dict)

    def prob(self, feats: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict:
        return {"bias": self.bias, "weights": {k: round(v, 6) for k, v in sorted(self.weights.items()) if v},
                **self.meta}

    @classmethod
    def from_json(cls, d: dict) -> "Linear":
        return cls({k: float(v) for k, v in d["weights"].items()}, float(d["bias"]),
                   {k: v for k, v in d.items() if k not in ("bias", "weights")})


@dataclass
class Models:
    """One model per decision; None means "use the rule" for that decision."""
    primary: Linear | None = None
    province: Linear | None = None
    period: Linear | None = None
    goal: Linear | None = None
    goal_stack: Linear | None = None    # second pass of the goal decision (target_features.stack_features)
    deadline: Linear | None = None
    # the page's kind (goals announced vs results reviewed) over tf-idf of its title, lead and
    # headings; its probability is a goal feature (meta["idf"]: the vocabulary's idf)
    page_kind: Linear | None = None
    options: dict = field(default_factory=dict)   # feature options the models were trained with

    def get(self, name: str) -> Linear | None:
        return getattr(self, name)


RULES = Models()


@lru_cache(maxsize=1)
def shipped() -> Models:
    """The models shipped in the package, read once per process."""
    m = Models()
    for name in DECISIONS:
        p = DIR / f"{name}.json"
        if p.exists():
            setattr(m, name, Linear.from_json(json.loads(p.read_text(encoding="utf-8"))))
    p = DIR / "options.json"
    if p.exists():
        m.options = json.loads(p.read_text(encoding="utf-8"))
    return m


def save(models: Models, directory: Path = DIR) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    for name in DECISIONS:
        lin = models.get(name)
        if lin is not None:
            (directory / f"{name}.json").write_text(
                json.dumps(lin.to_json(), ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    (directory / "options.json").write_text(json.dumps(models.options, sort_keys=True) + "\n", encoding="utf-8")


def best(cands: list[tuple[object, dict]], model: Linear, threshold: float = -1.0):
    """The highest-scoring candidate (one of them may be None: "nothing"), if above threshold."""
    top, top_p = None, threshold
    for obj, feats in cands:
        p = model.prob(feats)
        if p > top_p:
            top, top_p = obj, p
    return top
