"""Session 25's sixth set of fresh labelled pages (tests/data/criteria_pairs/fresh24.jsonl): extraction-corpus
pages drawn by a seeded random sample (draw_fresh24.py); unseen until session 26, read since the twenty-ninth pass
(fresh25 is the unseen set now). No page repeats an older file (fresh19-23 included), labels name catalog criteria,
no page comes from the extraction's never-read parts I or K, and the trainer reads it only when told to
(`--with-fresh24`). They check data hygiene only: no mapper, ranker or evaluation is run here."""
import re

from extractors.criteria import train
from extractors.criteria.evaluate import label_catalogs
from tests.evidence.quality import PAIRS, load_docs
from tests.evidence.test_fresh19 import _criterion, _host_path

FRESH24 = PAIRS / "fresh24.jsonl"
OLDER = train.SETS + ("fresh19", "fresh20", "fresh21", "fresh22", "fresh23")


def _key(url: str) -> str:
    """The draw's URL key: _host_path with `ls1.`/`amp.` hosts folded too."""
    return re.sub(r"^(ls1\.|amp\.)", "", _host_path(url))


def test_sixth_fresh_set_repeats_no_labelled_page():
    fresh = load_docs(FRESH24)
    older = [d for name in OLDER for d in load_docs(PAIRS / f"{name}.jsonl")]
    assert len(fresh) >= 150
    assert not [d["id"] for d in fresh if _host_path(d["source_url"]) in {_host_path(o["source_url"]) for o in older}]
    assert not [d["id"] for d in fresh if _key(d["source_url"]) in {_key(o["source_url"]) for o in older}]
    assert len({_key(d["source_url"]) for d in fresh}) == len(fresh)
    assert len({d["id"] for d in fresh}) == len(fresh)
    assert len({d["corpus_id"] for d in fresh}) == len(fresh)
    used = {o["corpus_id"] for o in older if o.get("corpus_id")}
    assert not used & {d["corpus_id"] for d in fresh}


def test_sixth_fresh_set_ids_are_new():
    older_ids = {d["id"] for name in OLDER for d in load_docs(PAIRS / f"{name}.jsonl")}
    assert not older_ids & {d["id"] for d in load_docs(FRESH24)}


def test_sixth_fresh_labels_are_catalog_criteria_and_disjoint():
    def known(cid):
        return any(_criterion(c, cid) for c in label_catalogs())
    for d in load_docs(FRESH24):
        assert d["positive"] or d["negative"], d["id"]
        assert all(known(c) for c in d["positive"] + d["negative"]), d["id"]
        assert not set(d["positive"]) & set(d["negative"]), d["id"]
        assert d["corpus_id"] and not d["corpus_id"].startswith(("I-", "K-")), d["id"]


def test_the_trainer_joins_the_sixth_fresh_set_only_when_told_to():
    ids = {d["id"] for d in load_docs(FRESH24)}
    for flags in ({}, {"fresh": False}, {"fresh21": True, "fresh22": True, "fresh23": True}):
        sets = train.load(PAIRS, **flags)
        assert train.FRESH24 not in sets, flags
        assert not ids & {d["id"] for docs in sets.values() for d in docs}, flags
    joined = train.load(PAIRS, fresh23=True, fresh24=True)
    assert {d["id"] for d in joined[train.FRESH24]} == ids
    assert train.FRESH23 in joined and train.FRESH22 not in joined
