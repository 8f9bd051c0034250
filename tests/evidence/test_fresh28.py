"""Session 27's tenth set of fresh labelled pages (tests/data/criteria_pairs/fresh28.jsonl): extraction-corpus pages of
parts K1-K3 (K-001..K-202; the pages the older draws used are used up) drawn by a seeded random sample
(draw_fresh28.py), the unseen test set next after fresh27. These tests keep it one: no page repeats an older file
(fresh19-27 included), labels name catalog criteria, no page comes from part I or from parts K4-K6 (K-203 and later, the
extraction's never-read test), and the trainer never loads it, whatever optional sets its loader is asked for. They
check data hygiene only: no mapper, ranker or evaluation is run here."""

from extractors.criteria import train
from tests.evidence import fresh_sets

NAME = "fresh28"
OLDER = train.SETS + ("fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27")


def test_tenth_fresh_set_repeats_no_labelled_page():
    fresh_sets.repeats_no_labelled_page(NAME, OLDER, at_least=100)


def test_tenth_fresh_set_ids_are_new():
    fresh_sets.ids_are_new(NAME, OLDER, prefix="z")


def test_tenth_fresh_labels_are_catalog_criteria_and_disjoint():
    fresh_sets.labels_are_catalog_criteria_and_disjoint(NAME, k_upto=202)


def test_the_trainer_never_loads_the_tenth_fresh_set():
    fresh_sets.never_loaded(NAME)
