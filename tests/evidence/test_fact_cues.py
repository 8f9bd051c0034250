"""The page's extracted facts as page features of the ranker (thirty-second pass, `train --fact-cues`; off): whose act
is the page's primary document, the acts it cites, targets ahead of the page's date, values judged results. Read by
the confidence and the decision models only, never the order model, and never when the flag is off."""
import pytest

from extractors.criteria import ranker as R
from extractors.criteria.mapping import prepare

PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 120/KH-UBND\nLạng Sơn, ngày 10 tháng 3 năm 2024\n\nKẾ HOẠCH\n"
        "Cải cách hành chính tỉnh Lạng Sơn năm 2024\n\nCăn cứ Quyết định số 45/QĐ-UBND ngày 5/1/2024 của UBND tỉnh;\n"
        "I. MỤC TIÊU\nPhấn đấu đến năm 2025, 100% thủ tục hành chính được cung cấp dịch vụ công trực tuyến toàn trình.\n")


@pytest.fixture
def flag(monkeypatch):
    def set_(mode):
        monkeypatch.setattr(R, "FACT_CUES", mode)
        R._FACTS_CACHE.clear()
    yield set_
    R._FACTS_CACHE.clear()


def test_the_provinces_own_plan_with_a_target_ahead_reads_as_such(flag):
    flag("all")
    f = R.fact_cues(prepare(PLAN, ""))
    assert f.get("fx_primary_own") == 1.0 and f.get("fx_kind_kh") == 1.0
    assert f.get("fx_refs", 0) > 0 and f.get("fx_own_refs", 0) > 0
    assert "fx_undated" not in f
    assert all(0.0 <= v <= 1.0 and k.startswith("fx_") for k, v in f.items())


def test_tl_reads_only_title_less_pages_and_off_reads_nothing(flag):
    flag("tl")
    assert R.fact_cues(prepare(PLAN, "Kế hoạch cải cách hành chính năm 2024")) == {}
    assert R.fact_cues(prepare(PLAN, ""))
    flag("off")
    from extractors.criteria import evaluate as ev
    from extractors.criteria.mapping import one_subject, score
    cats = ev.label_catalogs()
    doc = prepare(PLAN, "")
    maps = one_subject([score(doc, t) for c in cats for t in c.mapping_targets()])
    assert not any(k.startswith("fx_") for f in R.features(doc, maps, R.lexicon(cats)) for k in f)


def test_the_decision_model_reads_the_facts_and_the_order_model_never_does(flag):
    from extractors.criteria import train
    flag("all")
    f = {"fx_primary_own": 1.0, "fx_ahead": 1.0 / 3, "no_title": 1.0, "sim": 0.2}
    d = R.decision_features(f, 0.4, 0.4, 0.6, 0.2, "8")
    assert d["fx_primary_own"] == 1.0 and d["fx_ahead"] == pytest.approx(1 / 3)
    assert train._without_flags([("8.2", f, 1)])[0][1] == {"no_title": 1.0, "sim": 0.2}
    flag("off")
    assert not any(k.startswith("fx_") for k in R.decision_features(f, 0.4, 0.4, 0.6, 0.2, "8"))
