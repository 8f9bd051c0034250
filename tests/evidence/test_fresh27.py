"""Session 26's ninth set of fresh labelled pages (tests/data/criteria_pairs/fresh27.jsonl): extraction-corpus
pages drawn by a seeded random sample (draw_fresh27.py), the unseen test set next after fresh25 and fresh26, which have
been measured. These tests keep it one: no page repeats an older file (fresh19-26 included), labels name catalog
criteria, no page comes from the extraction's never-read parts I or K, and the trainer never loads it, whatever optional
sets its loader is asked for. They check data hygiene only: no mapper, ranker or evaluation is run here."""
import inspect
import itertools
import re

from extractors.criteria import train
from extractors.criteria.evaluate import label_catalogs
from tests.evidence.quality import PAIRS, load_docs
from tests.evidence.test_fresh19 import _criterion, _host_path

FRESH27 = PAIRS / "fresh27.jsonl"
OLDER = train.SETS + ("fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26")


def _key(url: str) -> str:
    """The draw's URL key: _host_path with `ls1.`/`amp.` hosts folded too."""
    return re.sub(r"^(ls1\.|amp\.)", "", _host_path(url))


def _loader_flags() -> list[dict]:
    """Every on/off combination of the loader's optional-set flags (a flag added later is covered too)."""
    names = [p.name for p in inspect.signature(train.load).parameters.values() if isinstance(p.default, bool)]
    return [dict(zip(names, values)) for values in itertools.product((True, False), repeat=len(names))]


def test_ninth_fresh_set_repeats_no_labelled_page():
    fresh = load_docs(FRESH27)
    older = [d for name in OLDER for d in load_docs(PAIRS / f"{name}.jsonl")]
    assert len(fresh) >= 120
    assert not [d["id"] for d in fresh if _host_path(d["source_url"]) in {_host_path(o["source_url"]) for o in older}]
    assert not [d["id"] for d in fresh if _key(d["source_url"]) in {_key(o["source_url"]) for o in older}]
    assert len({_key(d["source_url"]) for d in fresh}) == len(fresh)
    assert len({d["id"] for d in fresh}) == len(fresh)
    assert len({d["corpus_id"] for d in fresh}) == len(fresh)
    used = {o["corpus_id"] for o in older if o.get("corpus_id")}
    assert not used & {d["corpus_id"] for d in fresh}


def test_ninth_fresh_set_ids_are_new():
    older_ids = {d["id"] for name in OLDER for d in load_docs(PAIRS / f"{name}.jsonl")}
    fresh_ids = {d["id"] for d in load_docs(FRESH27)}
    assert not older_ids & fresh_ids
    assert all(re.fullmatch(r"m\d{3}", i) for i in fresh_ids)


def test_ninth_fresh_labels_are_catalog_criteria_and_disjoint():
    def known(cid):
        return any(_criterion(c, cid) for c in label_catalogs())
    for d in load_docs(FRESH27):
        assert d["positive"] or d["negative"], d["id"]
        assert all(known(c) for c in d["positive"] + d["negative"]), d["id"]
        assert not set(d["positive"]) & set(d["negative"]), d["id"]
        assert d["corpus_id"] and not d["corpus_id"].startswith(("I-", "K-")), d["id"]


def test_the_trainer_never_loads_the_ninth_fresh_set():
    assert "fresh27" not in train.FRESH_SETS
    ids = {d["id"] for d in load_docs(FRESH27)}
    for flags in _loader_flags():
        sets = train.load(PAIRS, **flags)
        assert "fresh27" not in sets, flags
        assert not ids & {d["id"] for docs in sets.values() for d in docs}, flags
