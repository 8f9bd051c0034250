"""Tantivy-specific behaviour the contract suite cannot see: two processes' worth of backends on
one index directory, the writer lock, the atomic swap, a damaged index directory, the analyzers
folding like the query side."""
from __future__ import annotations

import os

import pytest
import tantivy

from store import tantivy_backend
from store.backend import BackendUnavailable
from store.models import SearchQuery
from store.sqlite import Store
from store.tantivy_backend import TantivyBackend
from store.tantivy_schema import build_schema, register
from tests.contract.corpus import DOCS


@pytest.fixture
def docs(tmp_path):
    store = Store(tmp_path / "s.sqlite")
    for d in DOCS.values():
        store.upsert_document(d)
    out = list(store.iter_index_docs())
    store.close()
    return out


def test_a_second_backend_on_the_same_directory_sees_writes_and_swaps(tmp_path, docs):
    a, b = TantivyBackend(tmp_path / "ix"), TantivyBackend(tmp_path / "ix")
    a.index(docs[:3])
    b.refresh()
    assert b.count() == 3
    before = os.readlink(tmp_path / "ix" / "current")
    n, old = a.build(docs)
    assert n == len(docs) and old == before
    after = os.readlink(tmp_path / "ix" / "current")
    assert after != before
    assert b.search(SearchQuery(q="cai cach")).total == a.search(SearchQuery(q="cai cach")).total > 3
    a.drop_old(old, grace_s=0)
    assert not (tmp_path / "ix" / old).exists() and b.count() == len(docs)


def test_a_busy_writer_lock_is_a_clear_error_and_loses_nothing(tmp_path, docs, monkeypatch):
    backend = TantivyBackend(tmp_path / "ix")
    backend.index(docs[:2])
    held = register(tantivy.Index(build_schema(), path=str(tmp_path / "ix" / "current"))).writer(15_000_000, 1)
    monkeypatch.setattr(tantivy_backend, "LOCK_WAIT_S", 0.2)
    with pytest.raises(BackendUnavailable, match="cannot write the search index"):
        backend.index(docs[2:])
    del held
    assert backend.count() == 2


def test_a_damaged_index_directory_says_what_to_do(tmp_path):
    (tmp_path / "ix" / "index-x").mkdir(parents=True)
    (tmp_path / "ix" / "index-x" / "meta.json").write_text("{not json")
    os.symlink("index-x", tmp_path / "ix" / "current")
    backend = TantivyBackend(tmp_path / "ix")
    with pytest.raises(BackendUnavailable, match="parwatch reindex"):
        backend.search(SearchQuery(q="x"))
    assert backend.health()["ok"] is False


def test_in_memory_index_for_a_batch(docs):
    ram = TantivyBackend(None)
    ram.index(docs)
    from store.query import parse_query

    hits = ram.match_ids(parse_query("cải cách -tuyên"))
    assert hits == {h.id for h in ram.search(SearchQuery(q="cải cách -tuyên", size=100)).hits}
    assert ram.match_ids(parse_query("-cai")) == frozenset()


def test_the_index_folds_every_vietnamese_letter_like_the_query_side():
    """Queries are folded in Python (extractors.normalize.fold); title_f and the syllable pairs
    (title_bi, lead_bi) are folded by Tantivy's ascii_fold: both must agree on every letter."""
    from extractors.normalize import fold
    from store.tantivy_schema import BIGRAM, FOLDED, analyzers, pairs

    base = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
    tones = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]
    import unicodedata
    letters = sorted({unicodedata.normalize("NFC", c + t) for c in base for t in tones
                      if len(unicodedata.normalize("NFC", c + t)) == 1})
    letters += [c.upper() for c in letters]
    assert len(letters) >= 200            # the 134 vowel letters, consonants, both cases
    folded, bigram = analyzers()[FOLDED], analyzers()[BIGRAM]
    for c in letters:
        word = "x" + c + "x"
        assert folded.analyze(word) == [fold(word).lower()], c
    text = " ".join("x" + c + "x" for c in letters)
    words = [fold(w).lower() for w in text.split()]
    assert bigram.analyze(pairs(text)) == [a + "_" + b for a, b in zip(words, words[1:])]


def test_syllable_pairs_folded_in_python_are_the_terms_tantivy_would_make():
    """pairs() folds the text itself when every character folds to one ASCII letter (cheaper
    for the writer); otherwise Tantivy folds. Either way the terms are those of the words as
    written, folded by the BIGRAM analyzer: separators stay separators, other scripts and stray
    combining marks take the slow path."""
    import re

    from store.tantivy_schema import BIGRAM, analyzers, ascii_folded, pairs

    bigram = analyzers()[BIGRAM]
    texts = ["Kế hoạch “Cải cách hành chính” năm 2024 – Đẩy mạnh… • ĐỒNG THÁP’s 252/KH-UBND",
             "Tiếng Việt và Ελληνικά, straße Ærø 中文 café x\u0303y İstanbul ﬁle ½ ²",
             "", "một", "a_b c"]
    assert ascii_folded(texts[0]) is not None and ascii_folded(texts[1]) is None
    for text in texts:
        words = re.findall(r"\w+", text)
        written = " ".join(a + "_" + b for a, b in zip(words, words[1:]))
        assert sorted(bigram.analyze(pairs(text))) == sorted(bigram.analyze(written)), text


def test_a_word_without_diacritics_finds_every_spelling_in_the_exact_body():
    """The body is indexed once, exact; a folded query word is the spellings of it the index has
    (store.tantivy_query.spellings), or a regex over its terms (folded_regex): both must reach
    every Vietnamese letter folding to it and no other: "qaq" finds "qảq" and "qâq", not "qeq"."""
    import unicodedata

    from extractors.normalize import fold
    from store.tantivy_query import _folded_body, _present

    tones = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]
    letters = sorted({unicodedata.normalize("NFC", c + t) for c in "aăâeêioôơuưy" for t in tones}
                     | set("bcdđghklmnpqrstvx"))
    letters += [c.upper() for c in letters]
    assert len(letters) == 2 * (72 + 17)
    index = register(tantivy.Index(build_schema()))
    writer = index.writer(15_000_000, 1)
    for i, c in enumerate(letters):
        # lower-cased as to_document does (the body's analyzer leaves case alone)
        writer.add_document(tantivy.Document(id=i, body=("q" + c + "q").lower()))
    writer.commit()
    index.reload()
    searcher = index.searcher()
    for target in sorted({fold(c).lower() for c in letters}):
        for present in (None, _present(searcher.doc_freq)):
            q = _folded_body(index.schema, ["q" + target + "q"], present)
            found = {letters[int(searcher.doc(a)["id"][0])] for _, a in searcher.search(q, 1000).hits}
            assert found == {c for c in letters if fold(c).lower() == target}, (target, present)


def test_a_word_with_too_many_spellings_falls_back_to_a_regex(docs):
    """Spellings are tried only for syllable-sized words; a long one is a regex over the terms,
    decided before any spelling is built, and still finds what it should."""
    from store.tantivy_query import spellings

    assert "hành" in spellings("hanh") and "hạnh" in spellings("hanh") and len(spellings("nguyen")) == 64
    assert spellings("i" * 10_000) is None and spellings("aaaaaa") is None
    ram = TantivyBackend(None)
    ram.index(docs)
    assert ram.search(SearchQuery(q="i" * 10_000)).total == 0
    assert ram.search(SearchQuery(q="cai cach")).total == ram.search(SearchQuery(q="cải cách")).total > 0


def test_an_index_built_with_an_older_schema_is_rebuilt_from_the_records(tmp_path):
    """An upgrade changes the schema: the first open makes the index again from the store."""
    import os
    from datetime import datetime, timezone

    import tantivy

    from store.factory import StoreConfig, open_backend
    from store.models import SearchQuery
    from store.models import DocumentIn
    from store.sqlite import Store

    store = Store(tmp_path / "s.sqlite")
    store.upsert_document(DocumentIn(url="http://x/1", title="Kế hoạch cải cách hành chính năm 2025",
                                     text="Kế hoạch số 12/KH-UBND về cải cách hành chính.",
                                     fetched_at=datetime(2024, 6, 1, tzinfo=timezone.utc)))
    root = tmp_path / "s.tantivy"
    old = root / "index-old"
    old.mkdir(parents=True)
    sb = tantivy.SchemaBuilder()                      # another schema, as an older version wrote it
    sb.add_integer_field("id", stored=True, indexed=True)
    sb.add_text_field("body_f", stored=False)
    tantivy.Index(sb.build(), path=str(old))
    os.symlink("index-old", root / "current")
    backend = open_backend(StoreConfig(store=store.path), store)
    assert backend.search(SearchQuery(q="cải cách hành chính")).total == 1
    assert not old.exists() and os.readlink(root / "current") != "index-old"


def _phrase_corpus() -> list:
    """Documents with the words of "dịch vụ công trực tuyến" scattered many times (they rank
    first on the loosened query, none has the phrase) and documents with the phrase once."""
    from datetime import date

    from store.models import IndexDoc

    scattered = "công dịch vụ, trực tuyến công; tuyến trực vụ dịch công. " * 6
    out = []
    for i in range(30):
        text = scattered if i % 3 else f"Cung cấp dịch vụ công trực tuyến mức {i} cho người dân."
        out.append(IndexDoc(id=i + 1, url=f"https://x.vn/{i}", title=f"Văn bản {i}", text=text,
                            province="Tiền Giang" if i % 2 else "Bến Tre", date=date(2020, 1, 1 + i)))
    return out


@pytest.mark.parametrize("q", ['"dịch vụ công trực tuyến"', '"dich vu cong truc tuyen"', 'người "dịch vụ công"'])
def test_a_phrase_page_comes_from_the_window_or_from_the_whole_match_set(monkeypatch, q):
    """A phrase query ranks its page among the best matches of the loosened query (positions read
    there and in the facet pass only). Total and facets are always those of the whole match set;
    when the window holds fewer phrase matches than the page needs (here the scattered documents
    fill it) the whole match set is ranked, so the page is exactly the one of the plain pass."""
    ram = TantivyBackend(None)
    ram.index(_phrase_corpus())
    monkeypatch.setattr(tantivy_backend, "CERTIFY_MIN_DOCS", 0)     # windows found as at 1M documents
    phrase_ids = {i for i in range(1, 31) if (i - 1) % 3 == 0}
    monkeypatch.setattr(tantivy_backend, "PHRASE_WINDOW", 10**6)   # every match a candidate
    want = {page: ram.search(SearchQuery(q=q, size=3, page=page)) for page in (1, 2, 4)}
    assert want[1].total == 10 and {h.id for p in want.values() for h in p.hits} <= phrase_ids
    for window in (1, 5, 12, 25):
        monkeypatch.setattr(tantivy_backend, "PHRASE_WINDOW", window)
        for page, res in want.items():
            got = ram.search(SearchQuery(q=q, size=3, page=page))
            assert got.total == res.total and got.facets == res.facets
            ids = [h.id for h in got.hits]
            if window < 20 + page * 3:       # the 20 scattered documents come first in the window
                assert ids == [h.id for h in res.hits], (window, page)
            else:
                assert len(ids) == len(res.hits) and set(ids) <= phrase_ids
                assert [h.score for h in got.hits] == sorted((h.score for h in got.hits), reverse=True)


def test_facets_count_each_index_of_a_set_and_skip_unknown_values():
    """The index facet is aggregated over each document's set of indices (one value per document)
    and split: every name counted once per document that has it. Documents without indices,
    province, type, issuer or date hold "" in those columns, never shown as a facet value."""
    from collections import Counter
    from datetime import date

    from store.models import IndexDoc

    sets = [["PAR INDEX", "SIPAS"], ["SIPAS"], [], ["PAPI", "PCI", "SIPAS"], ["PAR INDEX"], [], ["SIPAS", "PAPI"]]
    docs = [IndexDoc(id=i + 1, url=f"https://x.vn/{i}", title=f"Kế hoạch {i}", text="cải cách hành chính",
                     indices=s, province="Bến Tre" if i % 2 else None, doc_type="Kế hoạch" if i % 3 else None,
                     issuer="UBND tỉnh Bến Tre" if i % 2 else None, date=date(2020 + i % 2, 1, 1) if i % 4 else None)
            for i, s in enumerate(sets)]
    ram = TantivyBackend(None)
    ram.index(docs)
    res = ram.search(SearchQuery(q="cai cach", size=20))
    assert res.total == len(docs)
    got = {name: {f.value: f.count for f in values} for name, values in res.facets.items()}
    assert got["index"] == Counter(n for s in sets for n in s)
    assert got["province"] == {"Bến Tre": 3} and got["issuer"] == {"UBND tỉnh Bến Tre": 3}
    assert got["type"] == {"Kế hoạch": sum(1 for i in range(len(docs)) if i % 3)}
    assert got["year"] == dict(Counter(str(d.date.year) for d in docs if d.date))
    hits = {h.id: h for h in res.hits}
    assert hits[1].province is None and hits[1].doc_type is None and hits[1].issuer is None and hits[1].indices == [
        "PAR INDEX", "SIPAS"]
    assert ram.search(SearchQuery(index="sipas")).total == 4


@pytest.mark.parametrize("gap", [0, 1000])
@pytest.mark.parametrize("q", ['"dịch vụ công trực tuyến"', '"dich vu cong truc tuyen"', 'người "dịch vụ công"',
                               '"trực tuyến" -người'])
def test_a_phrase_count_and_facets_split_in_two_id_ranges_are_those_of_one_pass(monkeypatch, q, gap):
    """From SPLIT_MIN_DOCS documents a phrase's count and facet pass runs as two halves by id
    range (one per core); totals, facets and pages must be exactly those of one pass, whatever
    the middle id: documents on both sides of it (gap 0), or ids with a gap, halves unbalanced."""
    ram = TantivyBackend(None)
    docs = _phrase_corpus()
    for d in docs[:12]:
        d.id += gap                     # 1000: the middle of min and max ids is not the median
    ram.index(docs)
    monkeypatch.setattr(tantivy_backend, "SPLIT_MIN_DOCS", 10**9)
    want = [ram.search(SearchQuery(q=q, size=3, page=page)) for page in (1, 2, 4)]
    monkeypatch.setattr(tantivy_backend, "SPLIT_MIN_DOCS", 0)
    got = [ram.search(SearchQuery(q=q, size=3, page=page)) for page in (1, 2, 4)]
    assert ram._mid is not None          # the split path ran
    assert want[0].total > 0
    for w, g in zip(want, got):
        assert (g.total, g.facets, [h.id for h in g.hits]) == (w.total, w.facets, [h.id for h in w.hits])


def _ranking_corpus() -> list:
    """Documents whose scores differ (the words repeated 1-6 times, texts of several lengths),
    some lacking a word of the phrase (they match the union of the words, not the phrase's
    conjunction), and exact copies (same text, same date: equal scores, only the order of
    the index separates them)."""
    from datetime import date

    from store.models import IndexDoc

    out = []
    for i in range(60):
        if i % 10 == 9:
            text = "Dịch vụ công trực tuyến mức độ 4 cho người dân."          # copies
            day = date(2021, 5, 5)
        elif i % 7 == 3:
            text = "Cổng dịch vụ công quốc gia, thanh toán phí. " * (1 + i % 4)   # no "trực tuyến"
            day = date(2019, 1, 1 + i % 28)
        else:
            text = ("Cung cấp dịch vụ công trực tuyến. " * (1 + i % 6)) + "Cải cách hành chính. " * (i % 5) + "mới " * (i % 4)
            day = date(2015 + i % 9, 1 + i % 12, 1 + i % 28)
        out.append(IndexDoc(id=(i + 1) * (3 if i % 2 else 1), url=f"https://x.vn/{i}", title=f"Văn bản {i % 13}",
                            text=text, province="Tiền Giang" if i % 2 else "Bến Tre", date=day))
    return out


_RANKING_QUERIES = ['"dịch vụ công trực tuyến"', '"dich vu cong truc tuyen"', '"trực tuyến"',
                    'cung "dịch vụ công"', '"dịch vụ công" -quốc', '"dịch vụ" "cai cach"']


@pytest.mark.parametrize("q", _RANKING_QUERIES)
def test_a_phrase_window_is_the_recency_weighted_search_of_the_loosened_query(monkeypatch, q):
    """_window finds the best matches of the loosened query from the best 2x by relevance alone
    (the flat union of the words for a phrase-only query) and vouches for them only when no match
    left out could have entered with its recency; it must return exactly what the weighted search
    returns, and vouch on documents whose scores differ."""
    from store.models import SearchQuery as SQ
    from store.query import parse_query
    from store.tantivy_query import plan

    monkeypatch.setattr(tantivy_backend, "CERTIFY_MIN_DOCS", 0)     # as at 1M documents
    for docs in (_ranking_corpus(), [d for d in _ranking_corpus() if (d.id % 10) != 9]):
        ram = TantivyBackend(None)
        ram.index(docs)
        s = ram._open().searcher()
        p = plan(ram.schema, parse_query(q), SQ(q=q), s.doc_freq)
        vouched = 0
        for size in (1, 2, 3, 5, 8, 13, 40, 100):
            want = [(h[1].segment_ord, h[1].doc, h[0])
                    for h in s.search(p.window, size, count=False, weight_by_field="recency").hits]
            got = [(h[1].segment_ord, h[1].doc) for h in ram._window(s, p, size)]
            if len(want) < size:        # fewer documents holding every match (the page ranks them all)
                assert len(got) < size and {w[:2] for w in want} <= set(got)
                continue
            assert [(h[1].segment_ord, h[1].doc, h[0]) for h in ram._window(s, p, size)] == want, size
            got = ram._certified_window(s, p, size)
            if got is not None:
                vouched += 1
                assert [(h[1].segment_ord, h[1].doc, h[0]) for h in got] == want, size
        assert vouched >= 2


@pytest.mark.parametrize("q", ["cải cách", "dich vu cong", "công -quốc", "văn bản", '"dịch vụ công"'])
def test_a_page_split_in_two_id_ranges_is_that_of_one_pass(monkeypatch, q):
    """From SPLIT_MIN_DOCS documents the page of a query without a phrase is ranked as two
    searches over the ids below and from the middle id (one per core), merged by score: pages,
    scores and totals exactly those of one pass, copies with equal scores in the same order
    (two segments: the order of equal scores runs across them)."""
    ram = TantivyBackend(None)
    docs = _ranking_corpus()
    ram.index(docs[::2])
    ram.index(docs[1::2])
    assert ram._open().searcher().num_segments >= 2
    monkeypatch.setattr(tantivy_backend, "SPLIT_MIN_DOCS", 10**9)
    want = [ram.search(SearchQuery(q=q, size=4, page=page)) for page in (1, 2, 3, 9)]
    monkeypatch.setattr(tantivy_backend, "SPLIT_MIN_DOCS", 0)
    monkeypatch.setattr(tantivy_backend, "SPLIT_LEAD", 0.0)        # whatever the words' frequencies
    split = []
    halves = TantivyBackend._page_halves
    monkeypatch.setattr(TantivyBackend, "_page_halves", lambda *a: split.append(1) or halves(*a))
    got = [ram.search(SearchQuery(q=q, size=4, page=page)) for page in (1, 2, 3, 9)]
    assert len(split) == (0 if '"' in q else 4)     # a phrase query's page comes from its window
    assert want[0].total > 8
    for w, g in zip(want, got):
        assert (g.total, g.facets, [(h.id, h.score) for h in g.hits]) == (w.total, w.facets,
                                                                          [(h.id, h.score) for h in w.hits])
