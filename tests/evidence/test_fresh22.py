"""Session 21's fourth set of fresh labelled pages (tests/data/criteria_pairs/fresh22.jsonl): unseen until session 24,
read since the twenty-seventh pass. No page repeats an older file (fresh19-21 included), labels name catalog
criteria, and the trainer reads it only when told to (`--with-fresh22`); a later set (fresh28, the unseen one)
it never reads, with or without the optional sets."""
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


def test_the_trainer_joins_the_fourth_fresh_set_only_when_told_to():
    ids = {d["id"] for d in load_docs(FRESH22)}
    for flags in ({}, {"fresh": False}, {"fresh20": False}, {"fresh21": True}):
        sets = train.load(PAIRS, **flags)
        assert train.FRESH22 not in sets
        assert not ids & {d["id"] for docs in sets.values() for d in docs}
    joined = train.load(PAIRS, fresh21=True, fresh22=True)
    assert {d["id"] for d in joined[train.FRESH22]} == ids
    assert train.FRESH21 in joined


def test_the_trainer_never_reads_a_later_fresh_set(tmp_path, monkeypatch):
    for name in train.SETS + train.FRESH_SETS + ("fresh28",):
        (tmp_path / f"{name}.jsonl").write_text((PAIRS / "heldout.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    read = []
    real = train.ev.load_docs
    monkeypatch.setattr(train.ev, "load_docs", lambda path: read.append(path.name) or real(path))
    assert "fresh28" not in train.FRESH_SETS
    for flags in ({}, {"fresh21": True, "fresh22": True, "fresh23": True, "fresh24": True, "fresh25": True,
                       "fresh26": True, "fresh27": True}):
        sets = train.load(tmp_path, **flags)
        assert "fresh28.jsonl" not in read and "fresh28" not in sets
    assert set(sets) == set(train.SETS + train.FRESH_SETS)
