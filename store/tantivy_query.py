"""SearchQuery -> tantivy.Query: the ranking rules of a legal library.

- every word or phrase must match (folded; document numbers count too);
- exact-diacritic hits, title hits and neighbouring query words found together (syllable
  bigrams: "cải cách" is one word, looked up as one term of title_bi / lead_bi) score more; a
  document number typed in any spelling scores most;
- phrases and exclusions typed with diacritics match the exact form, without them the folded one;
- filters never score (constant 0).
The text is indexed once, exact (`body`): a folded word is a regex over its term dictionary
("cai" -> "c[aàáảãạ...]i"), which scores a constant; the exact term adds BM25 when typed.
Two queries come out: `scored` for the page and `matched` (no scoring work) for the count and
facets.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime, timezone

import tantivy
from tantivy import FieldType, Occur, Query

from extractors.normalize import fold
from extractors.places import province_family
from store.models import SearchQuery
from store.query import ParsedQuery, has_diacritics
from store.tantivy_schema import key


def _letter_classes() -> dict[str, str]:
    """Each folded letter -> a regex class of the Vietnamese letters folding to it ("d" -> "[dđ]"):
    12 vowels x 6 tones, and đ. Other accented letters ("ç") are not expanded: half the regex cost."""
    groups: dict[str, set[str]] = {"d": {"d", "đ"}}
    for vowel in "aăâeêioôơuưy":
        for tone in ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"):
            c = unicodedata.normalize("NFC", vowel + tone)
            groups.setdefault(fold(c), set()).add(c)
    return {f: "[" + "".join(sorted(cs)) + "]" for f, cs in groups.items()}


_CLASSES = _letter_classes()

# Boosts: exact forms beat folded ones (also folded title and togetherness boosts: a query typed
# with diacritics ranks every exact hit first), titles beat bodies, togetherness beats scattered words.
# A folded body match scores a constant (the same for every match); the exact body's weight, 11,
# is the 10 it had over the folded BM25 plus the 1 that folded BM25 gave a text written with the
# query's diacritics (judged set: "cải cách hành chính" 0.81 with 10, 0.87 with 11 as before).
W_BODY_F, W_TITLE_F, W_EXACT, W_NUMBER_WORD = 1.0, 2.0, 11.0, 1.0
W_BIGRAM_LEAD, W_BIGRAM_TITLE = 2.0, 3.0
W_NUMBER = 25.0
_REGEX_META = set("\\.+*?()|[]{}^$#&-~\"")


@dataclass
class Plan:
    scored: Query
    matched: Query


def _boost(q: Query, w: float) -> Query:
    return q if w == 1.0 else Query.boost_query(q, w)


def _words_query(schema, field: str, words: list[str], slop: int = 0) -> Query:
    if len(words) == 1:
        return Query.term_query(schema, field, words[0])
    return Query.phrase_query(schema, field, words, slop)


def folded_regex(word: str) -> str:
    """A regex matching every lower-case spelling of the folded `word` ("cai" -> "c[aà...]i")."""
    return "".join(_CLASSES.get(c) or _regex_literal(c) for c in word)


def _folded_body(schema, folded: list[str]) -> Query:
    """Words matched whatever their diacritics: regexes over the exact body's terms (a constant
    score; words without letters to fold are plain terms, which score BM25)."""
    if len(folded) == 1:
        w = folded[0]
        if not any(c in _CLASSES for c in w):
            return Query.term_query(schema, "body", w)
        return Query.regex_query(schema, "body", folded_regex(w))
    return Query.regex_phrase_query(schema, "body", [folded_regex(w) for w in folded])


def _any(queries: list[Query]) -> Query:
    return queries[0] if len(queries) == 1 else Query.boolean_query([(Occur.Should, q) for q in queries])


def _unit(schema, words: list[str], phrase: bool, scored: bool) -> Query:
    """One word or phrase: must match somewhere. A phrase typed with diacritics matches the exact
    body only; everything else matches folded, with exact forms and title hits adding score."""
    exact = [w.lower() for w in words]
    folded = [fold(w) for w in exact]
    accented = any(has_diacritics(w) for w in exact)
    if phrase and accented:
        return _words_query(schema, "body", exact)
    parts = [_boost(_folded_body(schema, folded), W_BODY_F if scored else 1.0)]
    if any(c.isdigit() for w in folded for c in w):       # a document number: its metadata too
        parts.append(_boost(_words_query(schema, "number_f", folded), W_NUMBER_WORD if scored else 1.0))
    if scored and not phrase:
        parts.append(_boost(_words_query(schema, "title_f", folded), W_TITLE_F))
    if scored and accented:                                # exact forms: only when typed
        parts.append(_boost(_words_query(schema, "body", exact), W_EXACT))
    return _any(parts)


def _excluded(schema, words: list[str]) -> Query:
    ws = [w.lower() for w in words]
    if any(has_diacritics(w) for w in ws):
        return _words_query(schema, "body", ws)
    return _folded_body(schema, ws)


def _boosts(schema, pq: ParsedQuery) -> list[Query]:
    out = []
    for pair in {tuple(fold(w) for w in p) for p in pq.bigrams()}:
        term = "_".join(pair)
        out.append(_boost(Query.term_query(schema, "lead_bi", term), W_BIGRAM_LEAD))
        out.append(_boost(Query.term_query(schema, "title_bi", term), W_BIGRAM_TITLE))
    for seq in pq.number_like():
        out.append(_boost(Query.phrase_query(schema, "number_f", [fold(w) for w in seq]), W_NUMBER))
    return out


def _regex_literal(text: str) -> str:
    return "".join("\\" + c if c in _REGEX_META else c for c in text)


def _day(d) -> datetime:
    """A date as Tantivy stores it, clamped to the range it can hold (about 1677-2262)."""
    return min(max(datetime(d.year, d.month, d.day, tzinfo=timezone.utc), tantivy.MIN_DATETIME), tantivy.MAX_DATETIME)


def filters(schema, q: SearchQuery) -> list[Query]:
    out = []
    if q.province:                      # a post-2025 unit covers the provinces merged into it
        fam = [key(p) for p in province_family(q.province)] or [key(q.province)]
        out.append(Query.term_set_query(schema, "province_key", fam))
    for field, value in (("type_key", q.type), ("index_key", q.index)):
        if value:
            out.append(Query.term_query(schema, field, key(value)))
    if q.issuer:   # a substring of the folded issuer, wildcard characters taken literally
        out.append(Query.regex_query(schema, "issuer_key", ".*" + _regex_literal(key(q.issuer)) + ".*"))
    if q.date_from or q.date_to:
        out.append(Query.range_query(schema, "day", FieldType.Date,
                                     _day(q.date_from) if q.date_from else tantivy.MIN_DATETIME,
                                     _day(q.date_to) if q.date_to else tantivy.MAX_DATETIME))
    if q.min_relevance is not None:   # documents stored before the score existed (-1) never pass
        out.append(Query.range_query(schema, "relevance", FieldType.Float, float(q.min_relevance), 2.0))
    if q.doc_ids is not None:
        out.append(Query.term_set_query(schema, "id", list(q.doc_ids)) if q.doc_ids else Query.empty_query())
    return out


def plan(schema, pq: ParsedQuery, q: SearchQuery) -> Plan:
    """Queries for a non-empty ParsedQuery (or a listing when pq.empty)."""
    flt = [(Occur.Must, Query.const_score_query(f, 0.0)) for f in filters(schema, q)]
    if pq.empty:
        base = Query.boolean_query(flt) if flt else Query.all_query()
        return Plan(base, base)
    units = [(w, False) for w in pq.terms] + [(p, True) for p in pq.phrases]
    nots = [(Occur.MustNot, _excluded(schema, ws)) for ws in [[w] for w in pq.excluded] + pq.excluded_phrases]
    matched = Query.boolean_query(
        [(Occur.Must, _unit(schema, u if phrase else [u], phrase, False)) for u, phrase in units] + nots + flt)
    scored = Query.boolean_query(
        [(Occur.Must, _unit(schema, u if phrase else [u], phrase, True)) for u, phrase in units]
        + [(Occur.Should, b) for b in _boosts(schema, pq)] + nots + flt)
    return Plan(scored, matched)
