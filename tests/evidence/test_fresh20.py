"""Session 20's fresh labelled pages (tests/data/criteria_pairs/fresh20.jsonl): a second test set the rules and
the shipped ranker were not written from. These tests keep it one: no page repeats an older file (fresh19
included), labels name catalog criteria, and the trainer never loads it, so it stays unseen."""
from extractors.criteria import train
from tests.evidence.quality import PAIRS, load_docs
from tests.evidence.test_fresh19 import _criterion, _host_path
from extractors.criteria.evaluate import label_catalogs

FRESH20 = PAIRS / "fresh20.jsonl"


def test_second_fresh_set_repeats_no_labelled_page():
    fresh = load_docs(FRESH20)
    older = {_host_path(d["source_url"])
             for name in train.SETS + (train.FRESH,) for d in load_docs(PAIRS / f"{name}.jsonl")}
    assert len(fresh) >= 120
    assert not [d["id"] for d in fresh if _host_path(d["source_url"]) in older]
    assert len({d["source_url"] for d in fresh}) == len(fresh)


def test_second_fresh_labels_are_catalog_criteria_and_disjoint():
    def known(cid):
        return any(_criterion(c, cid) for c in label_catalogs())
    for d in load_docs(FRESH20):
        assert all(known(c) for c in d["positive"] + d["negative"]), d["id"]
        assert not set(d["positive"]) & set(d["negative"]), d["id"]


def test_the_trainer_never_loads_the_second_fresh_set():
    sets = train.load(PAIRS)
    assert "fresh20" not in sets
    assert sum(len(v) for v in sets.values()) == sum(
        len(load_docs(PAIRS / f"{n}.jsonl")) for n in train.SETS + (train.FRESH,))
