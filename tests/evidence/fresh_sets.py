"""The hygiene checks every randomly drawn fresh pair set shares (fresh24 onwards; test_freshNN.py call them with
their set's name, the files older than it and its id prefix). Data only: no mapper, ranker or evaluation is run."""
import inspect
import itertools
import re

from extractors.criteria import train
from extractors.criteria.evaluate import label_catalogs
from tests.evidence.quality import PAIRS, load_docs
from tests.evidence.test_fresh19 import _criterion, _host_path


def _key(url: str) -> str:
    """The draw's URL key: _host_path with `ls1.`/`amp.` hosts folded too."""
    return re.sub(r"^(ls1\.|amp\.)", "", _host_path(url))


def _loader_flags() -> list[dict]:
    """Every on/off combination of the loader's optional-set flags (a flag added later is covered too)."""
    names = [p.name for p in inspect.signature(train.load).parameters.values() if isinstance(p.default, bool)]
    return [dict(zip(names, values)) for values in itertools.product((True, False), repeat=len(names))]


def _older(older: tuple[str, ...]) -> list[dict]:
    return [d for name in older for d in load_docs(PAIRS / f"{name}.jsonl")]


def repeats_no_labelled_page(name: str, older: tuple[str, ...], at_least: int) -> None:
    """No URL, corpus page or id of `name` repeats an older file or itself; at least `at_least` pages."""
    fresh, old = load_docs(PAIRS / f"{name}.jsonl"), _older(older)
    assert len(fresh) >= at_least
    assert not [d["id"] for d in fresh if _host_path(d["source_url"]) in {_host_path(o["source_url"]) for o in old}]
    assert not [d["id"] for d in fresh if _key(d["source_url"]) in {_key(o["source_url"]) for o in old}]
    assert len({_key(d["source_url"]) for d in fresh}) == len(fresh)
    assert len({d["id"] for d in fresh}) == len(fresh)
    assert len({d["corpus_id"] for d in fresh}) == len(fresh)
    used = {o["corpus_id"] for o in old if o.get("corpus_id")}
    assert not used & {d["corpus_id"] for d in fresh}


def ids_are_new(name: str, older: tuple[str, ...], prefix: str | None = None) -> None:
    fresh_ids = {d["id"] for d in load_docs(PAIRS / f"{name}.jsonl")}
    assert not {d["id"] for d in _older(older)} & fresh_ids
    if prefix:
        assert all(re.fullmatch(rf"{prefix}\d{{3}}", i) for i in fresh_ids)


def labels_are_catalog_criteria_and_disjoint(name: str, k_upto: int | None = None) -> None:
    """Every page has a label, every label is a catalog criterion, no criterion is both positive and negative, and the
    page comes from the corpus parts the set may draw from: never part I; part K only when `k_upto` is given (fresh28
    onwards, parts K1-K3: K-001..K-`k_upto`), never above it (K4-K6 stay the extraction's never-read test)."""
    def known(cid):
        return any(_criterion(c, cid) for c in label_catalogs())
    for d in load_docs(PAIRS / f"{name}.jsonl"):
        assert d["positive"] or d["negative"], d["id"]
        assert all(known(c) for c in d["positive"] + d["negative"]), d["id"]
        assert not set(d["positive"]) & set(d["negative"]), d["id"]
        assert d["corpus_id"] and not d["corpus_id"].startswith("I-"), d["id"]
        if k_upto is None:
            assert not d["corpus_id"].startswith("K-"), d["id"]
        elif d["corpus_id"].startswith("K-"):
            assert re.fullmatch(r"K-\d{3}", d["corpus_id"]) and int(d["corpus_id"][2:]) <= k_upto, d["id"]


def never_loaded(name: str) -> None:
    """The trainer never loads `name`, whatever optional sets its loader is asked for."""
    assert name not in train.FRESH_SETS
    ids = {d["id"] for d in load_docs(PAIRS / f"{name}.jsonl")}
    for flags in _loader_flags():
        sets = train.load(PAIRS, **flags)
        assert name not in sets, flags
        assert not ids & {d["id"] for docs in sets.values() for d in docs}, flags
