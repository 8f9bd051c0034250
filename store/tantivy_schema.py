"""The Tantivy index layout: a Vietnamese analyzer pair, the schema, IndexDoc -> tantivy.Document.

Title and text are indexed together once, in their exact form (`body`: NFC, lower case, diacritics
kept, positions): a word typed with diacritics is a term lookup, and a word typed without them
("cai") is the OR of the spellings folding to it that the index has ("cải", "cái", ...; a regex
over the term dictionary when there are too many to try, see store.tantivy_query), so one
positional field serves folded and exact matching, phrases and exclusions (a second, folded copy
of the text was 40% of the indexing work). `title_bi` and `lead_bi` hold the folded syllable pairs ("cai_cach", "cach_hanh",
...) of the title and of the opening of the text (where a document states its subject) as single
terms, so that a query's neighbouring words found together score through a cheap term lookup
instead of a phrase query over every match (Vietnamese words are mostly two syllables). Filters use `*_key` fields folded like store.sqlite.key; facets count the display
values of raw fast fields.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timezone
from functools import lru_cache

import tantivy
from tantivy import Filter, SchemaBuilder, TextAnalyzerBuilder, Tokenizer

from extractors.normalize import fold
from store.models import IndexDoc

SCHEMA_VERSION = 5   # 2: the crawler's relevance score; 3: one body field (exact), no body_f; 4: index_set;
                     # 5: pairs_even / pairs_odd (exact phrases counted from word pairs)
EXACT, FOLDED, BIGRAM = "vi_exact", "vi_folded", "vi_bigram"
PAIR_EVEN, PAIR_ODD = "vi_pair_even", "vi_pair_odd"
UNPAIRED = "unpaired"   # the marker field of a document whose pairs could not be cut (see glued)
MAX_TOKEN_BYTES = 64   # longer tokens are dropped by the analyzers
EPOCH = date(1990, 1, 1)
# weight_by_field multiplies scores by log2(2 + recency): at most ~0.3% between the oldest and
# the newest document, enough to break ties, too little to reorder relevance.
RECENCY_SCALE = 5_000_000.0
FACETED = ("doc_type", "issuer", "province")   # stored and fast; "" when unknown (never a facet value)
INDEX_SEP = "\x1f"   # between the names of index_set (the ASCII unit separator)
STORED_META = ("url", "doc_number", "doc_type", "issuer", "province", "date")


def analyzers() -> dict[str, tantivy.TextAnalyzer]:
    # the body comes lower-cased from Python (to_document): str.lower costs ~6 us a document,
    # Tantivy's lowercase filter ~15 us of the writer's; the query side lower-cases in Python too
    base = TextAnalyzerBuilder(Tokenizer.simple()).filter(Filter.remove_long(MAX_TOKEN_BYTES))
    folded = (TextAnalyzerBuilder(Tokenizer.simple()).filter(Filter.remove_long(MAX_TOKEN_BYTES)).filter(Filter.lowercase())
              .filter(Filter.ascii_fold()))
    # syllable pairs come from Python folded when that is cheap ("cai_cach", see ascii_folded),
    # else as written ("Cải_cách"): Tantivy lower-cases and folds those (on ASCII a mere check)
    bigram = TextAnalyzerBuilder(Tokenizer.whitespace()).filter(Filter.lowercase()).filter(Filter.ascii_fold())
    # pairs come glued from Python ("dịch_vụ công_trực"): whitespace-cut, as written
    pair = TextAnalyzerBuilder(Tokenizer.whitespace()).filter(Filter.remove_long(2 * MAX_TOKEN_BYTES + 1)).build()
    return {EXACT: base.build(), FOLDED: folded.build(), BIGRAM: bigram.build(), PAIR_EVEN: pair, PAIR_ODD: pair}


def register(index: tantivy.Index) -> tantivy.Index:
    for name, analyzer in analyzers().items():
        index.register_tokenizer(name, analyzer)
    return index


def build_schema() -> tantivy.Schema:
    sb = SchemaBuilder()
    sb.add_integer_field("id", stored=True, indexed=True, fast=True)
    # title and text searched as one body (fewer posting lists per query word); the title again
    # on its own for the title boost; the texts themselves stored for hits and snippets
    sb.add_text_field("body", tokenizer_name=EXACT)              # positions: phrases
    sb.add_text_field("title_f", tokenizer_name=FOLDED, index_option="freq")
    for name in ("title", "text"):
        sb.add_bytes_field(name, stored=True)
    sb.add_text_field("number_f", tokenizer_name=FOLDED)
    sb.add_text_field("title_bi", tokenizer_name=BIGRAM, index_option="freq")
    sb.add_text_field("lead_bi", tokenizer_name=BIGRAM, index_option="freq")
    # the body's neighbouring words as terms (positions), filled only in an index built with
    # phrase pairs: an exact phrase's matches are counted from these pairs, rarer than its words
    # (see store.tantivy_query.pair_phrase); empty fields cost nothing
    sb.add_text_field("pairs_even", tokenizer_name=PAIR_EVEN)
    sb.add_text_field("pairs_odd", tokenizer_name=PAIR_ODD)
    sb.add_text_field(UNPAIRED, tokenizer_name="raw")
    for name in STORED_META:
        sb.add_text_field(name, stored=True, tokenizer_name="raw", fast=name in FACETED)
    sb.add_text_field("indices", stored=True, tokenizer_name="raw")
    # a document's indices as one value ("PAPI\x1fSIPAS"): the index facet is a terms aggregation
    # over these sets, split and summed (a multi-valued column cost 2/3 of the five facets)
    sb.add_text_field("index_set", tokenizer_name="raw", fast=True)
    sb.add_text_field("year", tokenizer_name="raw", fast=True)
    for name in ("province_key", "type_key", "issuer_key", "index_key"):
        sb.add_text_field(name, tokenizer_name="raw")
    sb.add_date_field("day", indexed=True, fast=True)          # date filters
    sb.add_integer_field("listing", fast=True)                  # newest first, then highest id
    sb.add_float_field("recency", fast=True)                    # relevance tie-breaker
    sb.add_float_field("relevance", indexed=True, fast=True)    # the crawler's score (-1: none), min_relevance
    sb.add_date_field("indexed_at", indexed=True, fast=True)    # rebuild catch-up
    return sb.build()


@lru_cache(maxsize=4096)   # provinces, types, issuers, index names: few distinct values
def key(value: str | None) -> str:
    return fold(value).casefold().strip() if value else ""


def _nfc(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


_WORD = re.compile(r"\w+")
LEAD_CHARS = 600


# non-ASCII separators common in portal texts (never inside a word): spaces, so that the text
# can still take ascii_folded's fast path (a third of the real texts have one)
_SEPARATORS = "“”‘’…–—•"


def _ascii_bytes(text: str, lowered: bool = False) -> bytes | None:
    low = (text if lowered else text.lower()).replace("đ", "d")
    for c in _SEPARATORS:
        if c in low:
            low = low.replace(c, " ")
    out = unicodedata.normalize("NFD", low).encode("ascii", "ignore")
    return out if len(out) == len(low) else None


def ascii_folded(text: str, lowered: bool = False) -> str | None:
    """`text` lower-cased and folded to ASCII ("Cải cách" -> "cai cach") when every character
    folds to exactly one ASCII letter, as Tantivy's lowercase + ascii_fold would fold it; None
    otherwise (another script, a stray combining mark). NFD and an ASCII encoding run in C: ~4x
    cheaper than str.translate."""
    out = _ascii_bytes(text, lowered)
    return None if out is None else out.decode("ascii")


# characters that fold to one ASCII character that is not a letter or digit (the five there are;
# the NFC ones never reach here): separators to Tantivy's simple tokenizer
_FOLD_SEPARATORS = ";`\u2260\u226e\u226f"
# ASCII bytes that are not letters or digits -> space; UTF-8 bytes of other characters kept
_NON_TOKEN = bytes(c if c >= 128 or chr(c).isalnum() else 32 for c in range(256))


def glued(low: str) -> tuple[str, str] | None:
    """The body's tokens (runs of letters and digits, as Tantivy's simple tokenizer cuts them)
    two by two, glued by "_": from the first word ("a_b c_d e") and from the second ("a b_c d_e").
    None when that cannot be done cheaply and surely (a character not folding to one ASCII
    letter); such a document gets the UNPAIRED marker and its phrases are read from the body."""
    for c in _SEPARATORS + _FOLD_SEPARATORS:
        if c in low:
            low = low.replace(c, " ")
    if len(unicodedata.normalize("NFD", low.replace("đ", "d")).encode("ascii", "ignore")) != len(low):
        return None
    w = low.encode().translate(_NON_TOKEN).split()
    even = b" ".join(map(b"_".join, zip(w[::2], w[1::2])))
    odd = b" ".join(map(b"_".join, zip(w[1::2], w[2::2])))
    if len(w) % 2:
        even += b" " + w[-1]
    elif w:
        odd += b" " + w[-1]
    return even.decode(), (w[0] + b" " + odd).decode() if w else ""


# bytes that are not \w in ASCII -> space: on folded text, bytes.split() gives the \w+ words
_NON_WORD = bytes(c if chr(c).isascii() and (chr(c).isalnum() or c == ord("_")) else 32 for c in range(256))


def pairs(text: str, lowered: bool = False) -> str:
    """Neighbouring syllables joined by "_" ("cai_cach cach_hanh ..."), one term each once the
    BIGRAM analyzer has seen them; folded here when ascii_folded can (then cut as bytes: half
    the cost of the regex), else by the analyzer."""
    folded = _ascii_bytes(text, lowered)
    if folded is not None:
        words = folded.translate(_NON_WORD).split()
        return b" ".join(map(b"_".join, zip(words, words[1:]))).decode("ascii")
    words = _WORD.findall(text)
    return " ".join(map("_".join, zip(words, words[1:])))


def add_pairs(doc: tantivy.Document, *lowered: str) -> None:
    """The texts of the body (lower case) into the two pair fields, each a value as in the body;
    the UNPAIRED marker instead when one of them cannot be cut (see glued)."""
    cut = [glued(t) for t in lowered]
    if any(c is None for c in cut):
        doc.add_text(UNPAIRED, "1")
        return
    for even, odd in cut:
        doc.add_text("pairs_even", even)
        doc.add_text("pairs_odd", odd)


def _day(d: date) -> datetime:
    """Clamped to the range Tantivy can hold (about 1677-2262): a clerk's typo must not fail indexing."""
    return min(max(datetime(d.year, d.month, d.day, tzinfo=timezone.utc), tantivy.MIN_DATETIME), tantivy.MAX_DATETIME)


def to_document(d: IndexDoc, indexed_at: datetime, phrase_pairs: bool = False) -> tantivy.Document:
    """`phrase_pairs`: also the body's word pairs (an index built with them, see PAIRS_MIN_DOCS)."""
    title, text = _nfc(d.title or ""), _nfc(d.text or "")
    doc = tantivy.Document()
    doc.add_integer("id", d.id)
    low_title, low_text = title.lower(), text.lower()
    doc.add_text("body", low_title)     # the analyzer does not lower-case (see analyzers)
    doc.add_text("body", low_text)
    doc.add_text("title_f", title)
    doc.add_bytes("title", title.encode())
    doc.add_bytes("text", text.encode())
    doc.add_text("title_bi", pairs(low_title, lowered=True))
    doc.add_text("lead_bi", pairs(low_text[:LEAD_CHARS], lowered=True))
    if phrase_pairs:
        add_pairs(doc, low_title, low_text)
    meta = {"url": d.url, "doc_number": d.doc_number, "doc_type": d.doc_type, "issuer": d.issuer,
            "province": d.province, "date": d.date.isoformat() if d.date else None}
    for name, value in meta.items():
        if value:
            doc.add_text(name, value)
        elif name in FACETED:
            doc.add_text(name, "")   # a value in every document: a dense column aggregates ~6x faster
    if d.doc_number:
        doc.add_text("number_f", d.doc_number)
    names = sorted(set(d.indices))
    for name in names:
        doc.add_text("indices", name)
        doc.add_text("index_key", key(name))
    doc.add_text("index_set", INDEX_SEP.join(names))    # "" too (see FACETED)
    for field, value in (("province_key", d.province), ("type_key", d.doc_type), ("issuer_key", d.issuer)):
        if value:
            doc.add_text(field, key(value))
    doc.add_float("relevance", -1.0 if d.relevance is None else float(d.relevance))
    days = (d.date - EPOCH).days if d.date else 0
    doc.add_text("year", str(d.date.year) if d.date else "")
    if d.date:
        doc.add_date("day", _day(d.date))
    doc.add_integer("listing", ((d.date.year * 10_000 + d.date.month * 100 + d.date.day) if d.date else 0) * 10**10
                    + d.id)
    doc.add_float("recency", max(days, 0) / RECENCY_SCALE)
    doc.add_date("indexed_at", indexed_at)
    return doc
