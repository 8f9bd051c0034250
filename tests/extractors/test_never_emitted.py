"""extractors.never_emitted (miss22): which missed gold goals were never emitted, and by which stage."""
from extractors.never_emitted import never_emitted, stage


def _t(v, u, y=None):
    return {"value": v, "unit": u, "deadline_year": y}


def test_a_missed_goal_with_a_false_twin_is_a_deadline_error_not_a_goal_never_emitted():
    cases = [{"id": "A-1", "part": "A", "targets": [_t(80, "%", 2025), _t(5, "xã", 2025)]},
             {"id": "I-1", "part": "I", "targets": [_t(9, "%", 2025)]}]
    dump = {"A-1": {"targets": [_t(80, "%", 2030)]}, "I-1": {"targets": []}}
    assert never_emitted(cases, dump) == [("A-1", (5.0, "xa", 2025))]


def test_stages_of_the_drop_reasons():
    assert stage({"why": "not a candidate"}) == ("a", "not a candidate")
    assert stage({"why": "goal"}) == ("b", "goal")
    assert stage({"why": "similar"}) == ("c", "similar")
    assert stage({"why": "as_of"}) == ("c", "as_of")


def test_a_twin_is_staged_by_its_other_candidates():
    assert stage({"why": "emitted", "drops": [None, "similar", "goal"]}) == ("b", "twin: goal")
    assert stage({"why": "emitted", "drops": ["restated", None]}) == ("c", "twin: restated")
    assert stage({"why": "emitted", "drops": [None]}) == ("a", "one candidate emitted for two gold goals")
