"""Session 21's fourth set of fresh labelled pages (tests/data/criteria_pairs/fresh22.jsonl): the unseen test set
left once fresh21 is read and joined. These tests keep it one: no page repeats an older file (fresh19-21 included),
labels name catalog criteria, and the trainer never loads it, with or without its optional sets."""
from extractors.criteria import train
from tests.evidence.quality import PAIRS, load_docs
from tests.evidence.test_fresh19 import _criterion, _host_path
from extractors.criteria.evaluate import label_catalogs

FRESH22 = PAIRS / "fresh22.jsonl"
OLDER = train.SETS + (train.FRESH, "fresh20", "fresh21")


def test_fourth_fresh_set_repeats_no_labelled_page():
    fresh = load_docs(FRESH22)
    older = {_host_path(d["source_url"]) for name in OLDER for d in load_docs(PAIRS / f"{name}.jsonl")}
    assert len(fresh) >= 120
    assert not [d["id"] for d in fresh if _host_path(d["source_url"]) in older]
    assert len({_host_path(d["source_url"]) for d in fresh}) == len(fresh)


def test_fourth_fresh_labels_are_catalog_criteria_and_disjoint():
    def known(cid):
        return any(_criterion(c, cid) for c in label_catalogs())
    for d in load_docs(FRESH22):
        assert d["positive"] or d["negative"], d["id"]
        assert all(known(c) for c in d["positive"] + d["negative"]), d["id"]
        assert not set(d["positive"]) & set(d["negative"]), d["id"]


def test_the_trainer_never_loads_the_fourth_fresh_set():
    assert "fresh22" not in train.FRESH_SETS
    ids = {d["id"] for d in load_docs(FRESH22)}
    for flags in ({}, {"fresh": False}, {"fresh20": False}):
        sets = train.load(PAIRS, **flags)
        assert "fresh22" not in sets
        assert not ids & {d["id"] for docs in sets.values() for d in docs}
