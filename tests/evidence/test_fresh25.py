"""Session 26's seventh set of fresh labelled pages (tests/data/criteria_pairs/fresh25.jsonl): extraction-corpus
pages drawn by a seeded random sample (draw_fresh25.py); unseen until session 27, read since the thirtieth pass
(fresh28 is the unseen set now; fresh27 is read since the thirty-first). No page repeats an older file (fresh19-24 included), labels name catalog
criteria, no page comes from the extraction's never-read parts I or K, and the trainer reads it only when told to
(`--with-fresh25`). They check data hygiene only: no mapper, ranker or evaluation is run here."""

from extractors.criteria import train
from tests.evidence import fresh_sets
from tests.evidence.quality import PAIRS, load_docs

NAME = "fresh25"
OLDER = train.SETS + ("fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24")


def test_seventh_fresh_set_repeats_no_labelled_page():
    fresh_sets.repeats_no_labelled_page(NAME, OLDER, at_least=150)


def test_seventh_fresh_set_ids_are_new():
    fresh_sets.ids_are_new(NAME, OLDER, prefix="q")


def test_seventh_fresh_labels_are_catalog_criteria_and_disjoint():
    fresh_sets.labels_are_catalog_criteria_and_disjoint(NAME)


def test_the_trainer_joins_the_seventh_fresh_set_only_when_told_to():
    ids = {d["id"] for d in load_docs(PAIRS / f"{NAME}.jsonl")}
    for flags in ({}, {"fresh": False}, {"fresh21": True, "fresh22": True, "fresh23": True, "fresh24": True},
                  {"fresh26": True}):
        sets = train.load(PAIRS, **flags)
        assert train.FRESH25 not in sets, flags
        assert not ids & {d["id"] for docs in sets.values() for d in docs}, flags
    joined = train.load(PAIRS, fresh24=True, fresh25=True)
    assert {d["id"] for d in joined[train.FRESH25]} == ids
    assert train.FRESH24 in joined and train.FRESH26 not in joined
