"""The scorer lives in the package (extractors/scoring.py) so `python -m extractors.eval` can use it."""
from extractors.scoring import *  # noqa: F401,F403
from extractors.scoring import load_cases, score  # noqa: F401
