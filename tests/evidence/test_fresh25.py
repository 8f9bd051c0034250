"""Session 26's seventh set of fresh labelled pages (tests/data/criteria_pairs/fresh25.jsonl): extraction-corpus
pages drawn by a seeded random sample (draw_fresh25.py), the unseen test set left while fresh24 is read. These tests
keep it one: no page repeats an older file (fresh19-24 included), labels name catalog criteria, no page comes from
the extraction's never-read parts I or K, and the trainer never loads it, whatever optional sets its loader is asked
for. They check data hygiene only: no mapper, ranker or evaluation is run here."""

from extractors.criteria import train
from tests.evidence import fresh_sets

NAME = "fresh25"
OLDER = train.SETS + ("fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24")


def test_seventh_fresh_set_repeats_no_labelled_page():
    fresh_sets.repeats_no_labelled_page(NAME, OLDER, at_least=150)


def test_seventh_fresh_set_ids_are_new():
    fresh_sets.ids_are_new(NAME, OLDER, prefix="q")


def test_seventh_fresh_labels_are_catalog_criteria_and_disjoint():
    fresh_sets.labels_are_catalog_criteria_and_disjoint(NAME)


def test_the_trainer_never_loads_the_seventh_fresh_set():
    fresh_sets.never_loaded(NAME)
