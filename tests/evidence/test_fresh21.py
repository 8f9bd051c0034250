"""Session 20's third set of fresh labelled pages (tests/data/criteria_pairs/fresh21.jsonl): the unseen test set
left once fresh20 joins the training data. These tests keep it one: no page repeats an older file (fresh19 and
fresh20 included), labels name catalog criteria, and the trainer never loads it."""
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


def test_the_trainer_never_loads_the_third_fresh_set():
    sets = train.load(PAIRS)
    assert "fresh21" not in sets
    ids = {d["id"] for docs in sets.values() for d in docs}
    assert not ids & {d["id"] for d in load_docs(FRESH21)}
