"""Session 20's third set of fresh labelled pages (tests/data/criteria_pairs/fresh21.jsonl), read by the trainer on
request since the twenty-second pass (`--with-fresh21`; the join lost P@1, so the shipped ranker is fitted without
it): no page repeats an older file (fresh19 and fresh20 included), labels name catalog criteria, and the trainer
does not read the next set (fresh22, optional since session 24) from a folder that holds it unless told to."""
from extractors.criteria import train
from tests.evidence.quality import PAIRS, load_docs
from tests.evidence.test_fresh19 import _criterion, _host_path
from extractors.criteria.evaluate import label_catalogs

FRESH21 = PAIRS / "fresh21.jsonl"
OLDER = train.SETS + (train.FRESH, "fresh20")


def test_third_fresh_set_repeats_no_labelled_page():
    fresh = load_docs(FRESH21)
    older = {_host_path(d["source_url"]) for name in OLDER for d in load_docs(PAIRS / f"{name}.jsonl")}
    assert len(fresh) >= 120
    assert not [d["id"] for d in fresh if _host_path(d["source_url"]) in older]
    assert len({_host_path(d["source_url"]) for d in fresh}) == len(fresh)


def test_third_fresh_labels_are_catalog_criteria_and_disjoint():
    def known(cid):
        return any(_criterion(c, cid) for c in label_catalogs())
    for d in load_docs(FRESH21):
        assert d["positive"] or d["negative"], d["id"]
        assert all(known(c) for c in d["positive"] + d["negative"]), d["id"]
        assert not set(d["positive"]) & set(d["negative"]), d["id"]


def test_the_trainer_joins_the_third_fresh_set_only_when_told_to():
    assert len(train.load(PAIRS, fresh21=True)[train.FRESH21]) == len(load_docs(FRESH21))
    assert train.FRESH21 not in train.load(PAIRS)
    assert {train.FRESH, train.FRESH20} <= set(train.load(PAIRS))


def test_the_trainer_never_reads_a_later_fresh_set(tmp_path, monkeypatch):
    for name in train.SETS + train.FRESH_SETS + ("fresh22",):
        (tmp_path / f"{name}.jsonl").write_text((PAIRS / "heldout.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    read = []
    real = train.ev.load_docs
    monkeypatch.setattr(train.ev, "load_docs", lambda path: read.append(path.name) or real(path))
    sets = train.load(tmp_path, fresh21=True)
    assert "fresh22.jsonl" not in read and "fresh22" not in sets
    assert set(sets) == set(train.SETS + train.FRESH_SETS) - {"fresh22", "fresh23", "fresh24", "fresh25", "fresh26",
                                                                   "fresh27"}
