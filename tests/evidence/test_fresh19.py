"""Session 19's fresh labelled pages (tests/data/criteria_pairs/fresh19.jsonl): a test set the rules were
not written from. These tests keep it one: no page repeats the older files, labels name catalog criteria,
and the trainer can leave it out (`--without-fresh19`), so the older figures stay reproducible."""
import re

from extractors.criteria import train
from extractors.criteria.evaluate import label_catalogs
from tests.evidence.quality import PAIRS, load_docs

FRESH = PAIRS / "fresh19.jsonl"


def _host_path(url: str) -> str:
    url = re.sub(r"^https?://", "", url.strip().lower())
    return re.sub(r"^(www\.|m\.)", "", url).replace(":443", "").rstrip("/")


def test_fresh_pages_repeat_no_labelled_page():
    fresh = load_docs(FRESH)
    older = {_host_path(d["source_url"]) for name in train.SETS for d in load_docs(PAIRS / f"{name}.jsonl")}
    assert len(fresh) >= 100
    assert not [d["id"] for d in fresh if _host_path(d["source_url"]) in older]
    assert len({d["source_url"] for d in fresh}) == len(fresh)


def _criterion(catalog, cid):
    try:
        return catalog.criterion(cid)
    except (KeyError, ValueError):
        return None


def test_fresh_labels_are_catalog_criteria_and_disjoint():
    def known(cid):
        return any(_criterion(c, cid) for c in label_catalogs())
    for d in load_docs(FRESH):
        assert all(known(c) for c in d["positive"] + d["negative"]), d["id"]
        assert not set(d["positive"]) & set(d["negative"]), d["id"]


def test_the_trainer_joins_the_fresh_pages_unless_told_not_to():
    assert len(train.load(PAIRS)[train.FRESH]) == len(load_docs(FRESH))
    assert train.FRESH not in train.load(PAIRS, fresh=False)
