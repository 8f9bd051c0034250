"""Session 24's fifth set of fresh labelled pages (tests/data/criteria_pairs/fresh23.jsonl): extraction-corpus
pages the mapper was never labelled on; unseen until session 25, read since the twenty-eighth pass (fresh24 was then the
unseen set). No page repeats an older file (fresh19-22 included), labels name catalog criteria, and the trainer
reads it only when told to (`--with-fresh23`)."""
from extractors.criteria import train
from extractors.criteria.evaluate import label_catalogs
from tests.evidence.quality import PAIRS, load_docs
from tests.evidence.test_fresh19 import _criterion, _host_path

FRESH23 = PAIRS / "fresh23.jsonl"
OLDER = train.SETS + ("fresh19", "fresh20", "fresh21", "fresh22")


def test_fifth_fresh_set_repeats_no_labelled_page():
    fresh = load_docs(FRESH23)
    older = {_host_path(d["source_url"]) for name in OLDER for d in load_docs(PAIRS / f"{name}.jsonl")}
    assert len(fresh) >= 120
    assert not [d["id"] for d in fresh if _host_path(d["source_url"]) in older]
    assert len({_host_path(d["source_url"]) for d in fresh}) == len(fresh)
    assert len({d["id"] for d in fresh}) == len(fresh)


def test_fifth_fresh_set_ids_are_new():
    older_ids = {d["id"] for name in OLDER for d in load_docs(PAIRS / f"{name}.jsonl")}
    assert not older_ids & {d["id"] for d in load_docs(FRESH23)}


def test_fifth_fresh_labels_are_catalog_criteria_and_disjoint():
    def known(cid):
        return any(_criterion(c, cid) for c in label_catalogs())
    for d in load_docs(FRESH23):
        assert d["positive"] or d["negative"], d["id"]
        assert all(known(c) for c in d["positive"] + d["negative"]), d["id"]
        assert not set(d["positive"]) & set(d["negative"]), d["id"]
        assert d["corpus_id"] and not d["corpus_id"].startswith(("I-", "K-")), d["id"]


def test_the_trainer_joins_the_fifth_fresh_set_only_when_told_to():
    ids = {d["id"] for d in load_docs(FRESH23)}
    for flags in ({}, {"fresh": False}, {"fresh20": False}, {"fresh21": True, "fresh22": True}):
        sets = train.load(PAIRS, **flags)
        assert train.FRESH23 not in sets, flags
        assert not ids & {d["id"] for docs in sets.values() for d in docs}, flags
    joined = train.load(PAIRS, fresh22=True, fresh23=True)
    assert {d["id"] for d in joined[train.FRESH23]} == ids
    assert train.FRESH22 in joined and train.FRESH21 not in joined
