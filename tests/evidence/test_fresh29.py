"""Session 27's eleventh set of fresh labelled pages (tests/data/criteria_pairs/fresh29.jsonl): pages read with the
search tool (`pages` corpus, like fresh21) and, from session 28, from files of a public GitHub corpus (those carry
`source_repo`/`source_path`), not corpus pages, so they carry no `corpus_id`; the set is open (it may be extended
before it is first measured). These tests keep it unseen: no URL or id repeats an older
file (fresh19-fresh28 included) or the `source_url` of a corpus part the fresh sets may read (never part I, nor parts
K4-K6, which are not opened here), labels name catalog criteria and are disjoint, and the trainer never loads it,
whatever optional sets its loader is asked for. They check data hygiene only: no mapper, ranker or evaluation is run
here."""
import json
import re
from pathlib import Path

from extractors.criteria import train
from extractors.criteria.evaluate import label_catalogs
from tests.evidence import fresh_sets
from tests.evidence.quality import PAIRS, load_docs
from tests.evidence.test_fresh19 import _criterion

NAME = "fresh29"
OLDER = train.SETS + ("fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27",
                      "fresh28")
CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def _readable_parts() -> list[Path]:
    """Corpus parts the fresh sets may draw from: never part I, never K4-K6 (the extraction's never-read test)."""
    return [p for p in sorted(CORPUS.glob("part-*.jsonl")) if not re.match(r"part-(I|K[4-9])", p.name)]


def test_eleventh_fresh_set_repeats_no_labelled_page():
    fresh = load_docs(PAIRS / f"{NAME}.jsonl")
    assert len(fresh) >= 40
    old = {fresh_sets._key(d["source_url"]) for d in fresh_sets._older(OLDER)}
    assert not [d["id"] for d in fresh if fresh_sets._key(d["source_url"]) in old]
    assert len({fresh_sets._key(d["source_url"]) for d in fresh}) == len(fresh)
    assert all(not d.get("corpus_id") for d in fresh)


def test_eleventh_fresh_set_repeats_no_corpus_page():
    urls = set()
    for part in _readable_parts():
        for line in part.read_text(encoding="utf-8").splitlines():
            if line.strip():
                url = json.loads(line).get("source_url")
                if url:
                    urls.add(fresh_sets._key(url))
    assert urls
    assert not [d["id"] for d in load_docs(PAIRS / f"{NAME}.jsonl") if fresh_sets._key(d["source_url"]) in urls]


def test_eleventh_fresh_set_ids_are_new():
    fresh_sets.ids_are_new(NAME, OLDER, prefix="b")


def test_eleventh_fresh_labels_are_catalog_criteria_and_disjoint():
    def known(cid):
        return any(_criterion(c, cid) for c in label_catalogs())
    for d in load_docs(PAIRS / f"{NAME}.jsonl"):
        assert d["positive"] or d["negative"], d["id"]
        assert all(known(c) for c in d["positive"] + d["negative"]), d["id"]
        assert not set(d["positive"]) & set(d["negative"]), d["id"]


def test_the_trainer_never_loads_the_eleventh_fresh_set():
    fresh_sets.never_loaded(NAME)


def test_pages_from_the_github_corpus_name_their_file_and_repeat_no_labelled_file():
    """Session 28 (helper fr30) read some pages from files of a public GitHub corpus (tnt305/tai_lieu_noi_bo,
    src/etl/dataset/, files whose name starts with 0-7 only; another helper takes 8-f). Such a page carries the page's
    own URL as source_url and the file as source_repo/source_path; the file must not be one an older set already
    labelled under its GitHub address (older sets cited those files by blob URL), nor appear twice here."""
    fresh = load_docs(PAIRS / f"{NAME}.jsonl")
    from_repo = [d for d in fresh if d.get("source_repo") or d.get("source_path")]
    assert from_repo
    assert all(d["source_repo"] == "tnt305/tai_lieu_noi_bo" for d in from_repo)
    names = [d["source_path"].rsplit("/", 1)[-1] for d in from_repo]
    assert all(re.fullmatch(r"src/etl/dataset/[0-7][0-9a-f]{15}\.md", d["source_path"]) for d in from_repo)
    assert all(not d["source_url"].startswith("https://github.com/") for d in from_repo)
    assert len(set(names)) == len(names)
    old_files = {d["source_url"].rsplit("/", 1)[-1] for d in fresh_sets._older(OLDER)
                 if "tai_lieu_noi_bo" in d["source_url"]}
    assert old_files
    assert not [d["id"] for d, n in zip(from_repo, names) if n in old_files]
