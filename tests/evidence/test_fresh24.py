"""Session 25's sixth set of fresh labelled pages (tests/data/criteria_pairs/fresh24.jsonl): extraction-corpus
pages drawn by a seeded random sample (draw_fresh24.py); unseen until session 26, read since the twenty-ninth pass
(fresh25 was then the unseen set). No page repeats an older file (fresh19-23 included), labels name catalog criteria,
no page comes from the extraction's never-read parts I or K, and the trainer reads it only when told to
(`--with-fresh24`). They check data hygiene only: no mapper, ranker or evaluation is run here."""
from extractors.criteria import train
from tests.evidence import fresh_sets
from tests.evidence.quality import PAIRS, load_docs

NAME = "fresh24"
OLDER = train.SETS + ("fresh19", "fresh20", "fresh21", "fresh22", "fresh23")


def test_sixth_fresh_set_repeats_no_labelled_page():
    fresh_sets.repeats_no_labelled_page(NAME, OLDER, at_least=150)


def test_sixth_fresh_set_ids_are_new():
    fresh_sets.ids_are_new(NAME, OLDER)


def test_sixth_fresh_labels_are_catalog_criteria_and_disjoint():
    fresh_sets.labels_are_catalog_criteria_and_disjoint(NAME)


def test_the_trainer_joins_the_sixth_fresh_set_only_when_told_to():
    ids = {d["id"] for d in load_docs(PAIRS / f"{NAME}.jsonl")}
    for flags in ({}, {"fresh": False}, {"fresh21": True, "fresh22": True, "fresh23": True}):
        sets = train.load(PAIRS, **flags)
        assert train.FRESH24 not in sets, flags
        assert not ids & {d["id"] for docs in sets.values() for d in docs}, flags
    joined = train.load(PAIRS, fresh23=True, fresh24=True)
    assert {d["id"] for d in joined[train.FRESH24]} == ids
    assert train.FRESH23 in joined and train.FRESH22 not in joined
