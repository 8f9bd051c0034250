"""Small models over candidate features, stored as plain JSON (loading runs no code).

One file per decision in extractors/models/: {"bias": b, "weights": {feature: w}, ...}.
A candidate's score is the logistic of bias + sum(w * value); features are dicts of floats.
goal_trees.json holds gradient-boosted trees for the goal decision ({"bias", "trees", "blend"}:
each tree a list of nodes, [feature, threshold, left, right] or [leaf value]), averaged with the
linear goal model: the trees find interactions the linear model cannot (a forward cue and
"so với cùng kỳ", a list under a plan's lead-in on a results-like page).
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from operator import mul
from pathlib import Path

DIR = Path(__file__).with_name("models")
DECISIONS = ("primary", "province", "period", "goal", "goal_stack", "deadline", "page_kind", "goal_trees", "deadline_trees", "deadline_null", "goal_block", "goal_clause", "goal_seq")


@dataclass
class Linear:
    weights: dict[str, float]
    bias: float = 0.0
    meta: dict = field(default_factory=dict)

    def prob(self, feats: dict[str, float]) -> float:
        # the same products summed in the same order as a generator over items(), in C
        z = self.bias + sum(map(mul, map(self.weights.get, feats, repeat(0.0)), feats.values()))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict:
        return {"bias": self.bias, "weights": {k: round(v, 6) for k, v in sorted(self.weights.items()) if v},
                **self.meta}

    @classmethod
    def from_json(cls, d: dict) -> "Linear":
        return cls({k: float(v) for k, v in d["weights"].items()}, float(d["bias"]),
                   {k: v for k, v in d.items() if k not in ("bias", "weights")})


@dataclass
class Trees:
    """Gradient-boosted trees (scikit-learn's HistGradientBoostingClassifier, exported by
    extractors.train): logistic of bias + the leaf reached in each tree. An absent feature is 0,
    as in the DictVectorizer they were trained through; "x <= threshold" goes left."""
    trees: list[list[list]]
    bias: float = 0.0
    meta: dict = field(default_factory=dict)

    def __post_init__(self):
        self._walk = _compiled(self.trees, self.bias)

    def __getstate__(self) -> dict:     # the compiled walk is a closure: pickle the data, recompile
        return {k: v for k, v in self.__dict__.items() if k != "_walk"}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._walk = _compiled(self.trees, self.bias)

    def raw(self, feats: dict[str, float]) -> float:
        return self._walk(feats.get)

    def prob(self, feats: dict[str, float]) -> float:
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, self.raw(feats)))))

    def blended(self, p: float, feats: dict[str, float]) -> float:
        """The linear model's probability `p` averaged with these trees' (meta["blend"]: their share)."""
        w = self.meta.get("blend", 0.5)
        return (1 - w) * p + w * self.prob(feats)

    def to_json(self) -> dict:
        return {"bias": self.bias, "trees": self.trees, **self.meta}

    @classmethod
    def from_json(cls, d: dict) -> "Trees":
        return cls(d["trees"], float(d["bias"]), {k: v for k, v in d.items() if k not in ("bias", "trees")})


_CHUNK = 20     # trees per compiled function


def _literal(x, consts: list) -> str:
    """A float as source: its repr when finite, else a name bound to it (no text of the file
    ever enters the source)."""
    x = float(x)
    if math.isfinite(x):
        return repr(x)
    consts.append(x)
    return f"_c{len(consts) - 1}"


def _tree_source(nodes: list, i: int, var: dict, consts: list) -> str:
    n = nodes[int(i)]
    if len(n) != 4:
        return _literal(n[0], consts)
    return (f"({_tree_source(nodes, n[2], var, consts)} if {var[n[0]]} <= {_literal(n[1], consts)} "
            f"else {_tree_source(nodes, n[3], var, consts)})")


def _compiled(trees: list, bias: float):
    """The forest as a function of feats.get: each tree a nested conditional expression, added to
    the bias in tree order (the same additions as a node-by-node walk, so the same float). Walking
    node lists cost about a tenth of the extraction's CPU; this is about eight times faster.
    Compiled _CHUNK trees per function: all at once, the syntax tree peaked at 10 MB more RSS.
    Feature names and constants are bound names, numbers are float reprs: the file's text is
    never source."""
    names = tuple(sorted({n[0] for nodes in trees for n in nodes if len(n) == 4}))
    var = {f: f"x{k}" for k, f in enumerate(names)}
    unpack = f"    {', '.join(var.values())}, = x\n" if names else ""
    consts: list = []
    parts = []
    for i in range(0, len(trees), _CHUNK):
        body = "".join(f"    z += {_tree_source(nodes, 0, var, consts)}\n" for nodes in trees[i:i + _CHUNK])
        ns = {f"_c{k}": c for k, c in enumerate(consts)}
        exec(compile(f"def part(x, z):\n{unpack}{body}    return z\n", "<goal trees>", "exec"), ns)
        parts.append(ns["part"])
    start = float(bias)

    def walk(get) -> float:
        x, z = tuple(map(get, names, repeat(0.0))), start
        for part in parts:
            z = part(x, z)
        return z
    return walk


GOAL_CUT = 0.5      # the goal decision's cut when goal.json's meta names none (option hp33: meta["cut"])


def recentred(probs: list[float], model: "Linear | None") -> list[float]:
    """Option hp33: the goal probabilities moved in the logit so that the goal model's cut
    (meta["cut"]) sits at 0.5: p > cut exactly when the moved p > 0.5, so every "> 0.5" of the
    goal decision and its post-model rules (and their keeps at 0.51) read the shipped cut alike.
    Unchanged (the same floats) when the model names no cut or 0.5."""
    cut = getattr(model, "meta", {}).get("cut", GOAL_CUT)
    if cut == GOAL_CUT:
        return probs
    k = cut / (1.0 - cut)       # odds(p') = odds(p) / odds(cut)
    return [p / (p + (1.0 - p) * k) for p in probs]


def _from_json(d: dict):
    return Trees.from_json(d) if "trees" in d else Linear.from_json(d)


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
    goal_trees: "Trees | None" = None     # averaged with goal (meta["blend"]: the trees' share)
    deadline_trees: "Trees | None" = None  # averaged with deadline likewise (optional, not shipped)
    # is there one deadline at all? (deadline_features.null_features; option null_step, twelfth pass)
    deadline_null: Linear | None = None
    # is this value's block (its paragraph, its headings) a block of goals? tf-idf logistic, its
    # probability a goal feature (meta["idf"]; option block, fourteenth pass)
    goal_block: Linear | None = None
    goal_clause: Linear | None = None   # the same over the value's masked clause (option clause)
    # tg26: the second pass over the first pass's verdicts of a value's neighbours (target_features.tg26_stack_features)
    goal_seq: Linear | None = None
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
            setattr(m, name, _from_json(json.loads(p.read_text(encoding="utf-8"))))
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
                json.dumps(lin.to_json(), ensure_ascii=False, sort_keys=True,
                           **({"separators": (",", ":")} if isinstance(lin, Trees) else {"indent": 0})) + "\n",
                encoding="utf-8")
    (directory / "options.json").write_text(json.dumps(models.options, sort_keys=True) + "\n", encoding="utf-8")


def best(cands: list[tuple[object, dict]], model: Linear, threshold: float = -1.0):
    """The highest-scoring candidate (one of them may be None: "nothing"), if above threshold."""
    top, top_p = None, threshold
    for obj, feats in cands:
        p = model.prob(feats)
        if p > top_p:
            top, top_p = obj, p
    return top
