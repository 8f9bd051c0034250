"""cu36 (session 34, second round, option cu36, read by cu35's pass): guards on the counts cu35 accepts. "quote": a
count inside a quotation in its sentence (a slogan, "5 không 2 có") is not kept. Wordings written for these tests,
not taken from the corpus."""
import pytest

from tests.extractors.goal_only import flat
from extractors.targets import find_targets

BASE = {"units": "goal_lines", "cand_fix": "nouns+scaled", "dl31": "carry"}


def _kept(t: str, cu35: str, cu36: str | None = None) -> set:
    opts = {**BASE, "cu35": cu35, **({"cu36": cu36} if cu36 else {})}
    return {(x.value, x.unit) for x in find_targets(t, models=flat(0.3), options=opts)}


def test_a_count_in_a_quoted_slogan():
    t = 'Năm 2027, huyện phấn đấu thực hiện phong trào "5 nhà không 2 sạch" ở mọi thôn.'
    assert (5.0, "nhà") in _kept(t, "gov")                               # off: cu35 keeps the slogan's counts
    assert not _kept(t, "gov", "quote")
    t = 'Năm 2027, huyện hướng tới "4 không" trong thủ tục hành chính.'
    assert (4.0, "không") in _kept(t, "gov")
    assert not _kept(t, "gov", "quote")


def test_a_count_after_a_closed_quotation_stays():
    t = 'Với khẩu hiệu "chung sức", năm 2027 huyện phấn đấu thành lập mới 12 hợp tác xã.'
    assert (12.0, "hợp tác xã") in _kept(t, "gov", "quote")
    assert (12.0, "hợp tác xã") in _kept(t, "gov")


def test_unknown_tokens_are_errors():
    with pytest.raises(ValueError):
        _kept("Năm 2027, huyện phấn đấu thành lập mới 12 hợp tác xã.", "gov", "near")


def test_extract_facts_end_to_end():
    from extractors.facts import extract_facts
    from extractors.models import shipped
    m = shipped()
    t = ('UBND huyện Tân Hòa ban hành Kế hoạch năm 2027. Theo đó, huyện phấn đấu thành lập mới 12 hợp tác xã '
         'và hướng tới "3 không" trong thủ tục hành chính.')

    def run(opts):
        m2 = type(m)()
        m2.__dict__.update(m.__dict__)
        m2.options = {**m.options, **opts}
        return {(x.value, x.unit) for x in extract_facts(t, models=m2).targets}
    off = run({"cu35": "gov+due"})
    on = run({"cu35": "gov+due", "cu36": "quote"})
    assert on <= off                                                     # the guard only removes
    assert (12.0, "hợp tác xã") in on
