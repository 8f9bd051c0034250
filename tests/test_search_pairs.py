"""Phrase pairs (setting `tantivy_phrase_pairs`): an index built with them counts exact phrases
from word pairs, with the same matches, counts and facets as the body phrase; the option is
recorded with the index and honoured by every backend opening it; an index without pairs is
queried as before."""
from __future__ import annotations

import json
import random
from datetime import date

import pytest
import tantivy

from store import tantivy_backend, tantivy_query
from store.models import IndexDoc, SearchQuery
from store.query import parse_query
from store.tantivy_backend import PAIRS_MARKER, TantivyBackend
from store.tantivy_query import Paired, pair_phrase
from store.tantivy_schema import EXACT, analyzers
from tests.contract.corpus import DOCS

PROVINCES = ["Tiền Giang", "Đồng Tháp", "Bắc Giang", None]


def _texts() -> list[tuple[str, str]]:
    """The contract corpus, the annotated corpus files and generated texts full of repeats (long
    and odd phrases, punctuation between words, words that end a value)."""
    out = [(d.title or "", d.text or "") for d in DOCS.values()]
    # Parts A-G only: the draw of phrases (and the share taking the pair path) must not move
    # each time the corpus grows.
    for part in "ABDEFG":
        path = f"tests/data/corpus/part-{part}.jsonl"
        for line in open(path, encoding="utf-8"):
            t = json.loads(line).get("text") or ""
            if t:
                out.append((t[:60], t))
    rnd = random.Random(5)
    words = "dịch vụ công trực tuyến công chức a b 2024 Đồng tháp".split()
    seps = [" ", " ", " ", ", ", " – ", "; ", "/", "\n", " “", "” "]
    for _ in range(150):
        n = rnd.randint(1, 40)
        out.append((rnd.choice(words), "".join(rnd.choice(words) + rnd.choice(seps) for _ in range(n)).strip()))
    out.append(("Ελληνικά dịch vụ", "dịch vụ công ½ trực tuyến"))   # cannot be cut cheaply: unpaired
    return out


def _docs() -> list[IndexDoc]:
    return [IndexDoc(id=i + 1, url=f"https://x.vn/{i}", title=t, text=x, province=PROVINCES[i % 4],
                     doc_type=["Kế hoạch", "Quyết định"][i % 2], date=date(2018 + i % 6, 1, 1))
            for i, (t, x) in enumerate(_texts())]


@pytest.fixture(scope="module")
def both():
    on, off = TantivyBackend(None, phrase_pairs="on"), TantivyBackend(None, phrase_pairs="off")
    docs = _docs()
    on.build(docs)
    off.build(docs)
    assert on.has_pairs() and not off.has_pairs()
    return on, off


def _phrases(n: int) -> list[str]:
    """Random phrases of 2-7 words cut from the texts, a fifth with a word swapped."""
    rnd, cut = random.Random(11), analyzers()[EXACT]
    texts = _texts()
    out = []
    while len(out) < n:
        t, x = rnd.choice(texts)
        toks = cut.analyze(rnd.choice([t, x]).lower())
        if len(toks) < 2:
            continue
        k = rnd.randint(2, min(7, len(toks)))
        i = rnd.randrange(len(toks) - k + 1)
        words = toks[i:i + k]
        if rnd.random() < 0.2:
            words[rnd.randrange(k)] = rnd.choice(toks)
        out.append(" ".join(words))
    return out


def _outcome(backend: TantivyBackend, q: str):
    r = backend.search(SearchQuery(q=q, size=5))
    # the page by score (ties are ordered by segment, which the writer's threads decide)
    return r.total, r.facets, [round(h.score, 4) for h in r.hits], backend.match_ids(parse_query(q))


def test_pairs_give_the_same_matches_as_the_body_phrase(both, monkeypatch):
    """Every phrase through the pairs (the cost rule set aside: always the pairs when exact):
    the same documents, counts, facets and page as the body phrase of an index without pairs."""
    on, off = both
    monkeypatch.setattr(tantivy_query, "_pair_cost", lambda *a: -1.0)
    used = 0
    searcher = on._open().searcher()
    for phrase in _phrases(400):
        words = phrase.split()
        paired = Paired(searcher.doc_freq, lambda f, p: searcher.terms_with_prefix(f, p, limit=51))
        used += pair_phrase(on.schema, words, paired) is not None
        for q in (f'"{phrase}"', f'cải "{phrase}"', f'"{phrase}" -"trực tuyến"', f'"{phrase}" -2024'):
            assert _outcome(on, q) == _outcome(off, q), q
    assert used > 300        # the pairs were the path taken, not the body fall-back


def test_punctuation_diacritics_and_folded_phrases_match_as_without_pairs(both, monkeypatch):
    on, off = both
    monkeypatch.setattr(tantivy_query, "_pair_cost", lambda *a: -1.0)
    for q in ['"dịch vụ công"', '"dịch, vụ – công trực"', '"vụ công trực tuyến"', '"dich vu cong"',
              '"DỊCH VỤ CÔNG TRỰC TUYẾN"', '"công chức"', '"tuyến công"', '"2024 đồng"', '"dịch vụ"',
              '"trực tuyến" "công chức"', '"cải cách hành chính" -"dịch vụ"', '"30/2018/QĐ-UBND"',
              '"dịch vụ công ½ trực tuyến"', '"vụ công trực tuyến"']:
        got = _outcome(on, q)
        assert got == _outcome(off, q), q
    assert _outcome(on, '"dịch vụ công ½ trực tuyến"')[0] >= 1   # the unpaired document, from the body


def test_the_cost_rule_keeps_the_body_for_an_odd_phrase_ending_in_a_common_word(both):
    """A phrase-prefix query seeks every term starting with its last word in each candidate: when
    those are many and the pairs not rarer than the words, the body phrase is kept."""
    on, _ = both
    searcher = on._open().searcher()
    common = Paired(lambda f, t: 900_000 if f == "body" else 0 if f == "unpaired" else 450_000,
                    lambda f, p: [(p + str(i), 100_000) for i in range(40)])
    assert pair_phrase(on.schema, ["dịch", "vụ", "công"], common) is None
    many = Paired(searcher.doc_freq, lambda f, p: [(p + str(i), 1) for i in range(51)])
    assert pair_phrase(on.schema, ["dịch", "vụ", "công"], many) is None     # > 50: not exact
    rare_pair = Paired(lambda f, t: 900_000 if f == "body" else 0 if f == "unpaired" else 1_000,
                       lambda f, p: [(p + "x", 10)])
    assert pair_phrase(on.schema, ["dịch", "vụ", "công"], rare_pair) is not None
    assert pair_phrase(on.schema, ["trực", "tuyến"], rare_pair) is not None


def test_auto_gives_pairs_only_to_a_large_build_and_the_index_records_it(tmp_path, monkeypatch):
    docs = _docs()[:20]
    small = TantivyBackend(tmp_path / "small")
    small.build(docs)
    assert not small.has_pairs() and not (tmp_path / "small" / "current" / PAIRS_MARKER).exists()
    monkeypatch.setattr(tantivy_backend, "PAIRS_MIN_DOCS", 20)
    large = TantivyBackend(tmp_path / "large")
    large.build(iter(docs), expected=20)
    assert large.has_pairs() and (tmp_path / "large" / "current" / PAIRS_MARKER).exists()
    assert large.health()["phrase_pairs"] is True and small.health()["phrase_pairs"] is False
    unknown = TantivyBackend(tmp_path / "unknown")
    unknown.build(iter(docs))                      # a count not known beforehand: no pairs
    assert not unknown.has_pairs()
    off = TantivyBackend(tmp_path / "off", phrase_pairs="off")
    off.build(docs)
    assert not off.has_pairs()
    # another process opening the index, whatever its own setting, uses what the index has
    assert TantivyBackend(tmp_path / "large", phrase_pairs="off").has_pairs()
    assert not TantivyBackend(tmp_path / "small", phrase_pairs="on").has_pairs()
    with pytest.raises(ValueError):
        TantivyBackend(None, phrase_pairs="yes")


def _pair_terms(backend: TantivyBackend, doc_id: int) -> int:
    s = backend._open().searcher()
    q = tantivy.Query.boolean_query([(tantivy.Occur.Must, tantivy.Query.term_query(backend.schema, "id", doc_id)),
                                     (tantivy.Occur.Must, tantivy.Query.term_query(backend.schema, "pairs_even",
                                                                                   "phương_án"))])
    return s.search(q, 1, count=True).count


def test_incremental_writes_keep_pairs_in_an_index_that_has_them(tmp_path):
    new = IndexDoc(id=999, url="https://x.vn/new", title="Phương án mới", text="phương án dịch vụ công trực tuyến")
    with_pairs = TantivyBackend(tmp_path / "p", phrase_pairs="on")
    with_pairs.build(_docs()[:10])
    TantivyBackend(tmp_path / "p", phrase_pairs="off").index([new])   # another process, another setting
    with_pairs.refresh()
    assert _pair_terms(with_pairs, 999) == 1
    assert with_pairs.search(SearchQuery(q='"phương án dịch vụ"')).total == 1
    without = TantivyBackend(tmp_path / "n", phrase_pairs="off")
    without.build(_docs()[:10])
    TantivyBackend(tmp_path / "n", phrase_pairs="on").index([new])
    without.refresh()
    assert _pair_terms(without, 999) == 0
    assert without.search(SearchQuery(q='"phương án dịch vụ"')).total == 1


def test_an_index_without_pairs_never_builds_a_pair_query(both, monkeypatch):
    _, off = both

    def fail(*a):
        raise AssertionError("pair query on an index without pairs")
    monkeypatch.setattr(tantivy_query, "pair_phrase", fail)
    assert off.search(SearchQuery(q='"dịch vụ công trực tuyến"')).total >= 1


def test_the_setting_reaches_the_backend(tmp_path, monkeypatch):
    from parwatch.settings import load_settings
    from store.factory import open_backend, open_store

    monkeypatch.setenv("PARWATCH_TANTIVY_PHRASE_PAIRS", "on")
    settings = load_settings(store=tmp_path / "s.sqlite")
    backend = open_backend(settings, open_store(settings))
    assert backend.phrase_pairs == "on" and backend.has_pairs()    # a new, empty index made with them


def test_pairs_only_for_a_phrase_that_is_the_whole_query(both, monkeypatch):
    """Inside a conjunction (a filter, another word or phrase) the pairs' union of alternatives is
    read in blocks rather than seeked: there the body phrase is kept."""
    on, off = both
    calls = []
    real = tantivy_query.pair_phrase
    monkeypatch.setattr(tantivy_query, "pair_phrase", lambda *a: calls.append(a[1]) or real(*a))
    for q in (SearchQuery(q='"dịch vụ công trực tuyến"', province="Tiền Giang"),
              SearchQuery(q='kế hoạch "dịch vụ công trực tuyến"'), SearchQuery(q='"dịch vụ" "trực tuyến"')):
        assert on.search(q).total == off.search(q).total
    assert calls == []
    on.search(SearchQuery(q='"dịch vụ công trực tuyến" -"cải cách"'))
    assert calls == [["dịch", "vụ", "công", "trực", "tuyến"]]
