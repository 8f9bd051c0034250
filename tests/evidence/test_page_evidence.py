"""The page-level evidence model (fifteenth pass, issue 15): is the page anybody's evidence, from its own
words; cross-fitted like the learned lexicon, read by the confidence model only, shipped inside the
ranker's JSON."""
import json

import pytest

from extractors.criteria import train
from extractors.criteria.mapping import prepare
from extractors.criteria.page_evidence import PageEvidence, page_text_grams
from extractors.criteria.ranker import Ranker, load
from extractors.models import Linear

OWN = "UBND tỉnh đã ban hành kế hoạch triển khai cải cách hành chính, giao các sở, ban, ngành thực hiện trên toàn tỉnh"
NATIONAL = "Bộ Nội vụ công bố chỉ số cải cách hành chính năm 2024 của các bộ, ngành và 63 tỉnh, thành phố trên cả nước"


def _g(text: str):
    return page_text_grams(prepare(text, "").folded)


def _pages():
    pages = [(_g(f"{OWN} {p}"), True, p) for p in ("An Giang", "Bến Tre", "Cà Mau")]
    pages += [(_g(f"{NATIONAL} bản tin {i}"), False, "national") for i in range(2)]
    pages += [(_g(f"{NATIONAL} tin tỉnh {p}"), False, p) for p in ("Đắk Lắk", "Gia Lai")]
    pages += [(_g(f"lễ hội riêng Cà Mau {OWN}"), True, "Cà Mau") for _ in range(3)]   # one province's words
    return pages


def test_a_provinces_own_act_reads_as_evidence_and_a_national_relay_does_not():
    model = PageEvidence.fit(_pages())
    own = model.prob(_g("UBND tỉnh ban hành kế hoạch, các sở, ban, ngành triển khai trên toàn tỉnh"))
    relay = model.prob(_g("Bộ Nội vụ công bố xếp hạng của 63 tỉnh, thành phố trên cả nước"))
    assert own > model.base > relay
    assert model.centred(_g(OWN)) == pytest.approx(model.prob(_g(OWN)) - model.base)


def test_words_of_one_provinces_pages_only_are_not_read():
    model = PageEvidence.fit(_pages())
    assert "le_hoi" not in model.idf and "le_hoi" not in model.model.weights
    assert {"ubnd_tinh", "bo_noi", "ca_nuoc"} <= set(model.idf)


def test_the_page_evidence_model_round_trips_through_the_ranker_file(tmp_path):
    ev = PageEvidence.fit(_pages())
    path = tmp_path / "ranker.json"
    path.write_text(json.dumps(Ranker(Linear({"page_ev": 2.0}, -1.0), 0.5, 0.3, evidence=ev).to_json()))
    back = load(path)
    assert back.evidence.prob(_g(OWN)) == pytest.approx(ev.prob(_g(OWN)), abs=1e-3)
    assert load(path).evidence.base == pytest.approx(ev.base)
    path.write_text(json.dumps(Ranker(Linear({"sim": 1.0}, -1.0), 0.5, 0.3).to_json()))
    assert load(path).evidence is None                 # a file without it maps as before


def test_the_mapper_reads_a_rankers_page_evidence():
    from extractors.criteria import catalogs, map_catalogs
    cats = [c for c in catalogs() if c.id in ("par_index_876", "other_indices")]
    ev = PageEvidence.fit(_pages())
    with_ev = Ranker(Linear({"page_ev": 8.0, "rule": 4.0}, -3.0), 0.5, 0.3, evidence=ev)
    without = Ranker(Linear({"page_ev": 8.0, "rule": 4.0}, -3.0), 0.5, 0.3)
    title = "Ban hành Kế hoạch cải cách hành chính năm 2025"
    own = map_catalogs(OWN, title, None, catalogs=cats, ranker=with_ev)
    plain = map_catalogs(OWN, title, None, catalogs=cats, ranker=without)
    assert own[0].score > plain[0].score


def _doc(i: int, province: str, words: str, pos: list[str]) -> dict:
    return {"id": f"pe{i}", "province": province, "title": "", "text": words, "positive": pos, "negative": []}


def test_a_training_pages_evidence_score_comes_from_a_model_without_its_province():
    docs = [_doc(i, p, OWN, ["1.1"]) for i, p in enumerate("ABCD")]
    docs += [_doc(10 + i, "E", f"tin riêng miền núi {NATIONAL}", ["1.1"]) for i in range(3)]
    docs += [_doc(20 + i, p, NATIONAL, []) for i, p in enumerate("ABCDF")]
    ex = {d["id"]: [("1.1", {}, int(bool(d["positive"])))] for d in docs}
    saved = train.LEARNED, train.PAGE_EVIDENCE
    train.LEARNED, train.PAGE_EVIDENCE = False, True
    try:
        crossed = train.cross_fitted(docs, ex)
    finally:
        train.LEARNED, train.PAGE_EVIDENCE = saved
    in_sample = train.fit_evidence(docs).centred(train._text_grams(docs[4]))
    # in sample E's national-worded pages are evidence; without E they read as the national relays
    assert crossed["pe10"][0][1]["page_ev"] < in_sample
    assert all(rows[0][1] == {} for rows in ex.values())   # the caller's features are left as they were


def test_the_order_model_never_reads_the_page_evidence():
    rows = [("1.1", {"page_ev": 0.3, "sim": 0.5, "rule_top": 1.0}, 1)]
    assert train._without_flags(rows) == [("1.1", {"sim": 0.5}, 1)]


def test_the_trainer_fits_it_unless_told_not_to():
    docs = train.load(train.PAIRS)["docs"]
    ex, veto = train.examples(docs), train.vetoed(docs)
    model = train.fit(docs, ex, veto)
    assert model.evidence is not None and "page_ev" in model.model.weights
    assert "page_ev" not in model.order[0].weights
    train.PAGE_EVIDENCE = False
    try:
        plain = train.fit(docs, ex, veto)
    finally:
        train.PAGE_EVIDENCE = True
    assert plain.evidence is None and "page_ev" not in plain.model.weights


def test_the_shipped_ranker_reads_the_page_evidence_model():
    from extractors.criteria.ranker import shipped
    model = shipped()
    assert model.evidence is not None and "page_ev" in model.model.weights
    assert model.evidence.centred(_g(OWN)) > 0 > model.evidence.centred(_g(NATIONAL))
