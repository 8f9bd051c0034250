"""SearchQuery -> tantivy.Query: the ranking rules of a legal library.

- every word or phrase must match (folded; document numbers count too);
- exact-diacritic hits, title hits and neighbouring query words found together (syllable
  bigrams: "cải cách" is one word, looked up as one term of title_bi / lead_bi) score more; a
  document number typed in any spelling scores most;
- phrases and exclusions typed with diacritics match the exact form, without them the folded one;
- filters never score (constant 0).
Two queries come out: `scored` for the page and `matched` (no scoring work) for the count and
facets.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone

import tantivy
from tantivy import FieldType, Occur, Query

from extractors.normalize import fold
from extractors.places import province_family
from store.models import SearchQuery
from store.query import ParsedQuery, has_diacritics
from store.tantivy_schema import key

# Boosts: exact forms beat folded ones (also folded title and togetherness boosts: a query typed
# with diacritics ranks every exact hit first), titles beat bodies, togetherness beats scattered words.
W_BODY_F, W_TITLE_F, W_EXACT, W_NUMBER_WORD = 1.0, 2.0, 10.0, 1.0
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
    parts = [(W_BODY_F, "body_f", folded)]
    if any(c.isdigit() for w in folded for c in w):       # a document number: its metadata too
        parts.append((W_NUMBER_WORD, "number_f", folded))
    if scored and not phrase:
        parts.append((W_TITLE_F, "title_f", folded))
    if scored and accented:                                # exact forms: only when typed
        parts.append((W_EXACT, "body", exact))
    return _any([_boost(_words_query(schema, f, ws), w if scored else 1.0) for w, f, ws in parts])


def _excluded(schema, words: list[str]) -> Query:
    ws = [w.lower() for w in words]
    return _words_query(schema, "body" if any(has_diacritics(w) for w in ws) else "body_f",
                        ws if any(has_diacritics(w) for w in ws) else [fold(w) for w in ws])


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
