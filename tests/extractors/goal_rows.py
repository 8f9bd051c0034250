"""The goal model's features of one value, for tests of goal-feature options on written wordings."""
from extractors.targets import find_targets


def goal_features(text: str, needle: str, options: dict, as_of: int = 2024) -> dict[str, float]:
    """The goal features find_targets gives the value that starts where `needle` first occurs."""
    rows: list = []
    find_targets(text, trace=rows, options=options, as_of=as_of)
    start = text.index(needle)
    return next(r["goal"] for r in rows if r["start"] == start)
