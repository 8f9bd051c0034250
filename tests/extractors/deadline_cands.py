"""The deadline ranking's candidates of one value, as the dl21-dl23 tests read them, and a value's Context for the
rules after the models (dl31-dl36)."""
import re

from extractors import deadline_features as dl
from extractors import target_features as tf

_STOP = re.compile(r"[.!?](?=\s)|\n")


def year_cands(text: str, value_at: str, scope: str, unit: str = "%") -> dict:
    """{year or None: features} of the value first written at value_at, from year_candidates (its
    sentence bounded by the stops around it)."""
    s = text.index(value_at)
    stops = [m.end() for m in _STOP.finditer(text)]
    start = max([e for e in stops if e <= s], default=0)
    end = min([e for e in stops if e > s], default=len(text))
    sent = (start, end)
    c = tf.Context(text, s, s + len(value_at), 0.0, unit, sent, sent, (0, len(text)), 0,
                   False, False, False, None, None, False)
    return dict(dl.year_candidates(c, dl.year_mentions(text), True, True, scope, "paren"))


def value_context(text: str, value: str, unit: str = "%", number_only: bool = True) -> tuple:
    """(Context, year mentions) of the value first written as `value`, as the deadline rules after the models
    (dl31-dl36) read it: its sentence and clause as targets.find_targets bounds them; number_only: the span is the
    number alone, as the candidates' spans are."""
    from extractors.targets import _clause
    from extractors.textutil import Sentences
    start = text.index(value)
    end = start + (len(value.split(" ")[0].rstrip("%")) if number_only else len(value))
    sent = Sentences(text).bounds(start)
    c = tf.Context(text, start, end, 0.0, unit, sent, _clause(text, sent, start, end), (0, len(text)), 0, False, False,
                   True, None, None, False)
    return c, dl.year_mentions(text, far=True)
