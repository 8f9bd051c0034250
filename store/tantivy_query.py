"""SearchQuery -> tantivy.Query: the ranking rules of a legal library.

- every word or phrase must match (folded; document numbers count too);
- exact-diacritic hits, title hits and neighbouring query words found together (syllable
  bigrams: "cải cách" is one word, looked up as one term of title_bi / lead_bi) score more; a
  document number typed in any spelling scores most;
- phrases and exclusions typed with diacritics match the exact form, without them the folded one;
- filters never score (constant 0).
The text is indexed once, exact (`body`): a folded word ("hanh") is the OR of its spellings the
index has ("hành", "hạnh": term lookups, BM25 as a folded field would give), a folded phrase a
regex phrase ("ton dong" -> "t[oòó...]n d[dđ][oòó...]ng"); the exact term adds score when typed.
Two queries come out: `scored` for the page and `matched` (no scoring work) for the count and
facets; a query with a phrase also gets `window`: the same query with each phrase loosened to its
words (no positions read), whose best matches are the candidates the page is ranked from (and a
phrase-only query `window_any`, the same words as one flat union, cheaper to rank); a query without
one gets `lead_cost`, which tells whether its page can be split by id range (store.tantivy_backend).
"""
from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable

import tantivy
from tantivy import FieldType, Occur, Query

from extractors.normalize import fold
from extractors.places import province_family
from store.models import SearchQuery
from store.query import ParsedQuery, has_diacritics
from store.tantivy_schema import MAX_TOKEN_BYTES, UNPAIRED, key


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
_QUALITY = {"a": "aăâ", "e": "eê", "o": "oôơ", "u": "uư", "d": "dđ"}
_TONED = {v: [unicodedata.normalize("NFC", v + t) for t in ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")]
          for v in "aăâeêioôơuưy"}
SPELLING_LIMIT = 200


def spellings(word: str, limit: int = SPELLING_LIMIT) -> list[str] | None:
    """Every Vietnamese spelling of the folded syllable `word` (letter forms, at most one tone
    mark): "hanh" -> "hanh", "hành", "hạnh", "hăng"... ; None past `limit` (a regex then)."""
    forms = math.prod(len(_QUALITY.get(c, c)) for c in word)
    if forms * (1 + 5 * sum(c in _TONED for c in word)) > limit:   # checked before building any
        return None
    bases = [""]
    for c in word:
        bases = [b + q for b in bases for q in _QUALITY.get(c, c)]
    out = []
    for b in bases:
        out.append(b)
        for i, c in enumerate(b):
            out.extend(b[:i] + t + b[i + 1:] for t in _TONED.get(c, ()))
    return out


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
    window: Query | None = None     # phrases as plain words: candidates for the page
    lead_cost: int | None = None    # see _lead_cost
    # the same words as one flat union of term queries (a phrase-only query, nothing else), which
    # Tantivy ranks with block-max WAND: the same scores as `window` wherever a document has every
    # word, found without scoring every match (None when a word is a regex, or anything else is asked)
    window_any: Query | None = None


def _boost(q: Query, w: float) -> Query:
    return q if w == 1.0 else Query.boost_query(q, w)


def _words_query(schema, field: str, words: list[str], slop: int = 0) -> Query:
    if len(words) == 1:
        return Query.term_query(schema, field, words[0])
    return Query.phrase_query(schema, field, words, slop)


def folded_regex(word: str) -> str:
    """A regex matching every lower-case spelling of the folded `word` ("cai" -> "c[aà...]i")."""
    return "".join(_CLASSES.get(c) or _regex_literal(c) for c in word)


Present = Callable[[str], "list[str] | None"]   # folded word -> its spellings in the index


def _folded_body(schema, folded: list[str], present: Present | None) -> Query:
    """Words matched whatever their diacritics, in the exact body (see _folded_parts)."""
    return _any(_folded_parts(schema, folded, present))


def _folded_parts(schema, folded: list[str], present: Present | None, typed: str | None = None,
                  typed_weight: float = 1.0, weight: float = 1.0) -> list[Query]:
    """The alternatives (to OR) matching words whatever their diacritics in the exact body: a word
    is its spellings found in the index (term lookups, BM25 like a folded field), or a regex over
    the terms when there are too many spellings to try (a constant score); a phrase is a regex
    phrase; none when nothing can match. All weighted by `weight`, the `typed` spelling by
    `typed_weight` more (its posting list is read once, not twice). A list, so that the caller
    ORs them with its own clauses in one union: nested unions cost a third more."""
    if any(len(w) >= MAX_TOKEN_BYTES for w in folded):     # never indexed (and too big a regex)
        return []
    if len(folded) > 1:
        return [_boost(Query.regex_phrase_query(schema, "body", [folded_regex(w) for w in folded]), weight)]
    w = folded[0]
    found = _found(w, present)
    if found is None:
        return [_boost(Query.regex_query(schema, "body", folded_regex(w)), weight)]
    return [_boost(Query.term_query(schema, "body", v), weight * (typed_weight if v == typed else 1.0)) for v in found]


def _found(folded: str, present: Present | None) -> list[str] | None:
    """A folded word's spellings the body has: itself when no letter of it can carry diacritics,
    else those `present` finds; None when unknown (too many spellings, or no index to look in)."""
    if not any(c in _CLASSES for c in folded):
        return [folded]
    return present(folded) if present else None


def _any(queries: list[Query]) -> Query:
    if not queries:
        return Query.empty_query()
    return queries[0] if len(queries) == 1 else Query.boolean_query([(Occur.Should, q) for q in queries])


def _unit(schema, words: list[str], phrase: bool, scored: bool, present: Present | None,
          paired: "Paired | None" = None) -> Query:
    """One word or phrase: must match somewhere. A phrase typed with diacritics matches the exact
    body only (counted from word pairs when the index has them and that is cheaper: `paired`);
    everything else matches folded, with exact forms and title hits adding score."""
    exact = [w.lower() for w in words]
    folded = [fold(w) for w in exact]
    accented = any(has_diacritics(w) for w in exact)
    if phrase and accented:
        counted = pair_phrase(schema, exact, paired) if paired and not scored else None
        return counted or _words_query(schema, "body", exact)
    # exact forms score more, only when typed: inside the folded word's OR of spellings
    typed = exact[0] if scored and accented and not phrase else None
    parts = _folded_parts(schema, folded, present, typed, (W_BODY_F + W_EXACT) / W_BODY_F, W_BODY_F if scored else 1.0)
    if any(c.isdigit() for w in folded for c in w):       # a document number: its metadata too
        parts.append(_boost(_words_query(schema, "number_f", folded), W_NUMBER_WORD if scored else 1.0))
    if scored and not phrase:
        parts.append(_boost(_words_query(schema, "title_f", folded), W_TITLE_F))
    if typed and (present is None or typed not in (present(folded[0]) or ())):
        parts.append(_boost(_words_query(schema, "body", exact), W_EXACT))   # a regex: no exact BM25 in it
    return _any(parts)


PREFIX_EXPANSIONS = 50   # Tantivy's PhrasePrefixQuery reads at most this many terms of its prefix


@dataclass
class Paired:
    """An index's lookups for counting phrases from word pairs: document frequencies, and a pair
    field's terms that start with a prefix ([(term, doc freq)], at most PREFIX_EXPANSIONS + 1)."""
    doc_freq: Callable[[str, str], int]
    prefixed: Callable[[str, str], list]


def pair_phrase(schema, words: list[str], paired: Paired) -> Query | None:
    """An exact phrase (lower case) as a phrase of word pairs (see tantivy_schema.glued): the same
    matches as the body phrase, from rarer terms. An even phrase is a phrase of its pairs in one of
    the two pair fields; an odd one is its pairs followed by a term that starts with its last word
    and "_" (a phrase-prefix query: Tantivy tries at most 50 such terms, so only when no more
    exist), or by that word alone (the end of a value). Documents without pairs (UNPAIRED) are
    read from the body. None when a word is no body token, when more than 50 terms start with the
    last word, or when the body phrase is expected to be cheaper (_pair_cost)."""
    if len(words) < 2 or not all(w.isalnum() and len(w.encode()) < MAX_TOKEN_BYTES for w in words):
        return None
    pairs = [words[i] + "_" + words[i + 1] for i in range(0, len(words) - 1, 2)]
    odd = len(words) % 2 == 1
    fields = ("pairs_even", "pairs_odd")
    ends = [paired.prefixed(f, words[-1] + "_") for f in fields] if odd else [[], []]
    if any(len(e) > PREFIX_EXPANSIONS for e in ends):
        return None
    last = words[-1] if odd else None
    if _pair_cost(paired.doc_freq, fields, pairs, last, ends) >= _body_cost(paired.doc_freq, words):
        return None
    alts = []
    for field in fields:
        if not odd:
            alts.append(_words_query(schema, field, pairs))
            continue
        alts.append(Query.phrase_prefix_query(schema, field, pairs + [words[-1] + "_"]))
        alts.append(Query.phrase_query(schema, field, pairs + [words[-1]]))
    alts.append(Query.boolean_query([(Occur.Must, Query.term_query(schema, UNPAIRED, "1")),
                                     (Occur.Must, _words_query(schema, "body", words))]))
    return _any(alts)


def _body_cost(doc_freq: Callable[[str, str], int], words: list[str]) -> float:
    """A body phrase's work: every word's positions in each candidate (at most the rarest word's documents)."""
    return len(words) * min(doc_freq("body", w) for w in words)


def _pair_cost(doc_freq: Callable[[str, str], int], fields, pairs: list[str], last: str | None,
               ends: list[list]) -> float:
    """The pair phrases' work, in _body_cost's units: in each field, every pair's positions in each
    candidate (at most the rarest pair's documents; a lone pair of an even phrase is a term, no
    positions) and, for an odd phrase, the postings of the last word's expansion (its terms and the
    word alone) read up to the candidates; the unpaired documents' body phrase besides."""
    cost = 0.0
    for field, end in zip(fields, ends):
        cands = min(doc_freq(field, p) for p in pairs)
        if last is not None:
            cost += cands * len(pairs) + min(sum(n for _, n in end) + doc_freq(field, last), cands * (len(end) + 1))
        else:
            cost += cands * (len(pairs) if len(pairs) > 1 else 0.1)
    return cost + doc_freq(UNPAIRED, "1") * (len(pairs) * 2 + 1)


def _excluded(schema, words: list[str], present: Present | None) -> Query:
    ws = [w.lower() for w in words]
    if any(has_diacritics(w) for w in ws):
        return _words_query(schema, "body", ws)
    return _folded_body(schema, ws, present)


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


def plan(schema, pq: ParsedQuery, q: SearchQuery, doc_freq: Callable[[str, str], int] | None = None,
         prefixed: Callable[[str, str], list] | None = None) -> Plan:
    """Queries for a non-empty ParsedQuery (or a listing when pq.empty). `doc_freq` (a searcher's)
    turns folded words into the spellings the index has; without it they are regexes. `prefixed`
    (see Paired) only for an index with phrase pairs: its exact phrases may be counted from them."""
    present = _present(doc_freq) if doc_freq else None
    flt = [(Occur.Must, Query.const_score_query(f, 0.0)) for f in filters(schema, q)]
    # pairs only for a phrase that is the query's one requirement: inside a conjunction their union
    # of alternatives is read in blocks of 4,096 documents, not seeked (a province filter: 30 -> 158 ms)
    alone = not flt and not pq.terms and len(pq.phrases) == 1
    paired = Paired(doc_freq, prefixed) if doc_freq and prefixed and alone else None
    if pq.empty:
        base = Query.boolean_query(flt) if flt else Query.all_query()
        return Plan(base, base)
    lead = _lead_cost(pq, q, present, doc_freq)
    units = [(w, False) for w in pq.terms] + [(p, True) for p in pq.phrases]
    nots = [(Occur.MustNot, _excluded(schema, ws, present)) for ws in [[w] for w in pq.excluded] + pq.excluded_phrases]
    matched = Query.boolean_query(
        [(Occur.Must, _unit(schema, u if phrase else [u], phrase, False, present, paired)) for u, phrase in units]
        + nots + flt)
    boosts = [(Occur.Should, b) for b in _boosts(schema, pq)]
    scored = Query.boolean_query(
        [(Occur.Must, _unit(schema, u if phrase else [u], phrase, True, present)) for u, phrase in units]
        + boosts + nots + flt)
    window = None
    if pq.phrases:   # a superset of the matches: every word of each phrase, positions never read
        loose = [(Occur.Must, _unit(schema, [w], False, True, present)) for w in pq.terms]
        loose += [(Occur.Must, _loose_word(schema, w, present, any(c.isdigit() for x in p for c in x)))
                  for p in pq.phrases for w in p]
        window = Query.boolean_query(loose + boosts + nots + flt)
    window_any = None
    if pq.phrases and not (pq.terms or boosts or nots or flt):
        terms = [_word_terms(schema, w, present, any(c.isdigit() for x in p for c in x)) for p in pq.phrases for w in p]
        if all(terms):                  # a word none of whose spellings is indexed: no match anyway
            window_any = Query.boolean_query([(Occur.Should, q) for t in terms for q in t])
    return Plan(scored, matched, window, lead, window_any)


def _word_terms(schema, word: str, present: Present | None, number: bool) -> list[Query] | None:
    """_loose_word's alternatives as plain term queries (each a BM25 term scorer, no boost), or
    None when one of them is not a term (a regex: too many spellings, or no index to look in)."""
    w = word.lower()
    if has_diacritics(w):
        out = [Query.term_query(schema, "body", w)]
    else:
        f = fold(w)
        found = _found(f, present)
        if found is None or len(f) >= MAX_TOKEN_BYTES:
            return None
        out = [Query.term_query(schema, "body", v) for v in found]
    if number:
        out.append(Query.term_query(schema, "number_f", fold(w)))
    return out


def _loose_word(schema, word: str, present: Present | None, number: bool) -> Query:
    """A word of a phrase on its own, as loose as the phrase or looser (exact when the word has
    diacritics, folded when not), in the body, or in the document number when the phrase may be one."""
    w = word.lower()
    body = Query.term_query(schema, "body", w) if has_diacritics(w) else _folded_body(schema, [fold(w)], present)
    if number:
        return _any([body, Query.term_query(schema, "number_f", fold(w))])
    return body


def _present(doc_freq: Callable[[str, str], int]) -> Present:
    """Folded word -> the spellings of it the body has (looked up once per plan); their document
    frequencies are kept in `present.freq` (see _lead_cost)."""
    seen: dict[str, list[str] | None] = {}
    freq: dict[str, int] = {}

    def present(word: str) -> list[str] | None:
        if word not in seen:
            cands = spellings(word)
            if cands is None:
                seen[word] = None
            else:
                for v in cands:
                    freq[v] = doc_freq("body", v)
                seen[word] = [v for v in cands if freq[v]]
        return seen[word]
    present.freq = freq
    return present


def _lead_cost(pq: ParsedQuery, q: SearchQuery, present: Present | None,
               doc_freq: Callable[[str, str], int] | None) -> int | None:
    """The fewest documents one required word of a query without phrases can be found in (the sum
    of its spellings' document frequencies: what Tantivy estimates for driving the conjunction
    with it); None when unknown (a regex word), or when the query has a phrase or a filter other
    than dates (a filter is cheap to drive with)."""
    if present is None or doc_freq is None or pq.phrases or not pq.terms or q.province or q.type or q.index or q.issuer \
            or q.min_relevance is not None or q.doc_ids is not None:
        return None
    costs = []
    for w in pq.terms:
        f = fold(w.lower())
        found = _found(f, present)
        if found is None:
            return None
        costs.append(sum(present.freq[v] if v in present.freq else doc_freq("body", v) for v in found))
    return min(costs)
