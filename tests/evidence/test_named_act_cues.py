"""The acts a page names without a number as ranker features (thirty-third pass, `train --named-acts`; off): read by
the confidence and the decision models only, never the order model, and never when the flag is off."""
import pytest

from extractors.criteria import evaluate as ev
from extractors.criteria import ranker as R
from extractors.criteria.mapping import one_subject, prepare, score

NEWS = ("Kế hoạch cải cách hành chính năm 2025 vừa được UBND tỉnh ban hành. Theo Kế hoạch, tỉnh phấn đấu 100% "
        "thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.")


@pytest.fixture
def flag(monkeypatch):
    def set_(mode):
        monkeypatch.setattr(R, "NAMED_ACTS", mode)
        R._NAMED_CACHE.clear()
    yield set_
    R._NAMED_CACHE.clear()


def _features(text, title=""):
    cats = ev.label_catalogs()
    doc = prepare(text, title)
    maps = one_subject([score(doc, t) for c in cats for t in c.mapping_targets()])
    return maps, R.features(doc, maps, R.lexicon(cats))


def test_a_relayed_plan_of_the_province_reads_as_such(flag):
    flag("tl")
    maps, feats = _features(NEWS)
    f = feats[0]
    assert f["na_act"] == f["na_own"] == f["na_relayed"] == f["na_issued"] == f["na_year"] == f["na_kind_plan"] == 1.0
    assert "na_other" not in f
    topics = {m.criterion_id: g.get("na_topic", 0.0) for m, g in zip(maps, feats)}
    assert max(topics.values()) > 0 and all(0.0 <= v <= 1.0 + 1e-9 for v in topics.values())


def test_tl_reads_only_title_less_pages_and_off_reads_nothing(flag):
    flag("tl")
    assert not any(k.startswith("na_") for f in _features(NEWS, "Cải cách hành chính năm 2025")[1] for k in f)
    flag("all")
    assert any(k.startswith("na_") for f in _features(NEWS, "Cải cách hành chính năm 2025")[1] for k in f)
    flag("off")
    assert not any(k.startswith("na_") for f in _features(NEWS)[1] for k in f)


def test_the_decision_model_reads_them_and_the_order_model_never_does(flag):
    from extractors.criteria import train
    flag("tl")
    f = {"na_own": 1.0, "na_topic": 0.3, "no_title": 1.0, "sim": 0.2}
    d = R.decision_features(f, 0.4, 0.4, 0.6, 0.2, "8")
    assert d["na_own"] == 1.0 and d["na_topic"] == pytest.approx(0.3)
    assert train._without_flags([("8.2", f, 1)])[0][1] == {"no_title": 1.0, "sim": 0.2}
    flag("off")
    assert not any(k.startswith("na_") for k in R.decision_features(f, 0.4, 0.4, 0.6, 0.2, "8"))
