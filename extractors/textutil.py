"""Small shared helpers: character classes, sentence bounds."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from extractors.normalize import fold

# Vietnamese capital / small letters as regex classes (Python's re has no \p{Lu}).
_LETTERS = [chr(c) for c in range(0x41, 0x1EFA) if chr(c).isalpha() and fold(chr(c)).isascii()
            and fold(chr(c)).isalpha() or chr(c) in "đĐ"]
UP = "".join(c for c in _LETTERS if c.isupper())
LO = "".join(c for c in _LETTERS if c.islower())
UPC = "[" + UP + "]"
LOC = "[" + LO + "]"
CAP_WORD = UPC + "[" + UP + LO + "]*"

_SENT_END = re.compile(r"(?<!TP)(?<!Tp)(?<!ThS)(?<!TS)(?:[.!?…]+[\"”’)]*\s+(?=[\"“(]?[" + UP + r"\d-]))|\n+|(?<=:)\s+(?=-)")
# The same boundaries with the first character consumed before the lookbehinds: re then skips to
# [.!?…] and spaces in C instead of trying every position (a third of the CPU). The abbreviation
# checks guard the first branch only, as in _SENT_END.
_SENT_END_FAST = re.compile(r"[.!?…\s](?:(?<=[.!?…])(?<!TP.)(?<!Tp.)(?<!ThS.)(?<!TS.)[.!?…]*[\"”’)]*\s+(?=[\"“(]?["
                            + UP + r"\d-])|(?<=\n)\n*|(?<=:\s)\s*(?=-))")


class Sentences:
    """Sentence boundaries of one text, for "which sentence holds offset i" in log time."""

    def __init__(self, text: str):
        self.text = text
        starts = [0]
        for m in _SENT_END_FAST.finditer(text):
            starts.append(m.end())
        self.starts = starts

    def bounds(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, pos) - 1
        start = self.starts[i]
        end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
        return start, end

    def sentence(self, pos: int) -> str:
        s, e = self.bounds(pos)
        return self.text[s:e].strip()

    def all(self) -> list[tuple[int, int]]:
        out = []
        for i, s in enumerate(self.starts):
            e = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)
            out.append((s, e))
        return out


class _Starts(Sentences):
    def __init__(self, text: str, starts: list[int]):
        self.text = text
        self.starts = starts


def uts_sentences(text: str) -> Sentences:
    """Sentence bounds from underthesea's sent_tokenize, line by line (a line break always ends
    a sentence, as in Sentences)."""
    from underthesea import sent_tokenize
    starts, pos = [0], 0
    for line in text.split("\n"):
        if line.strip():
            p = pos
            for s in sent_tokenize(line):
                i = text.find(s[:20], p)
                if i < 0:
                    continue
                if i > starts[-1]:
                    starts.append(i)
                p = i + len(s)
        pos += len(line) + 1
        if pos < len(text) and pos > starts[-1]:
            starts.append(pos)
    return _Starts(text, starts)


# --- digit-first patterns ---------------------------------------------------------
# A value pattern opens with lookarounds ("(?<![\d.,/])", "(?!(?:19|20)\d\d\b)") before its first
# digit, so re tries a match at every position of the page. Rewritten to consume that digit first and
# check the same conditions just after it, re skips to digits in C (a charset prefix): the same
# matches in the same order, about a third of the CPU per pattern.
_NOT_AFTER_NUM = r"(?<![\d.,/])"
_NOT_YEAR = r"(?!(?:19|20)\d\d\b)"
_LEADS = ((r"\d+", r"\d*"),) + tuple((rf"\d{{1,{n}}}", rf"\d{{0,{n - 1}}}") for n in range(2, 10))


def _scan(p: str, i: int = 0):
    """(index, character, group depth after it) of each character of p from i that is neither
    escaped nor inside a [...] class."""
    depth, j, in_class = 0, i, False
    while j < len(p):
        c = p[j]
        if c == "\\":
            j += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        else:
            depth += (c == "(") - (c == ")")
            yield j, c, depth
        j += 1


def _group_end(p: str, i: int) -> int | None:
    """Index of the ")" closing the group opened at p[i]."""
    return next((j for j, c, depth in _scan(p, i) if c == ")" and depth == 0), None)


def _top_alternatives(body: str) -> list[str]:
    """body split at its top-level "|"."""
    cuts = [j for j, c, depth in _scan(body) if c == "|" and depth == 0]
    return [body[a + 1:b] for a, b in zip([-1] + cuts, cuts + [len(body)])]


def _lead_dropped(alt: str) -> str | None:
    for lead, rest in _LEADS:
        if alt.startswith(lead) and not alt[len(lead):].startswith(("?", "+", "*", "{")):
            return rest + alt[len(lead):]
    return None


def digit_first_source(pattern: str) -> str | None:
    r"""The digit-first form of a pattern "(?<![\d.,/])[(?!(?:19|20)\d\d\b)](\d… | \d…)…", or None
    when it does not open so."""
    if not pattern.startswith(_NOT_AFTER_NUM):
        return None
    i = len(_NOT_AFTER_NUM)
    no_year = pattern.startswith(_NOT_YEAR, i)
    i += len(_NOT_YEAR) if no_year else 0
    if not pattern.startswith("(", i) or pattern.startswith("(?", i):
        return None
    end = _group_end(pattern, i)
    if end is None:
        return None
    alts = [_lead_dropped(a) for a in _top_alternatives(pattern[i + 1:end])]
    if not alts or None in alts:
        return None
    checks = r"(?<![\d.,/]\d)" + (r"(?!(?<=1)9\d\d\b|(?<=2)0\d\d\b)" if no_year else "")
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return "(" + r"\d" + checks + body + ")" + pattern[end + 1:]


_DIGIT_FIRST: dict[int, tuple[re.Pattern, re.Pattern]] = {}


def digit_first(rx: re.Pattern) -> re.Pattern:
    """rx in its digit-first form (rx itself when it does not open with a number)."""
    # keyed by id: hashing a Pattern hashes its whole compiled code on every call
    hit = _DIGIT_FIRST.get(id(rx))
    if hit is None or hit[0] is not rx:
        src = digit_first_source(rx.pattern)
        hit = _DIGIT_FIRST[id(rx)] = (rx, re.compile(src, rx.flags) if src else rx)
    return hit[1]


# --- a leading class in front of a pattern's alternatives -------------------------------------
# re scans for a first character in C only when a pattern opens with a literal or a class, or with
# alternatives that each open with a literal: "(?<!x)(\\d+)…|(\\d+)…" (capturing groups, lookbehinds
# first) is tried at every position. Its alternatives behind one leading class ("\\d(?:(?<!x\\d)…|…)",
# no groups) find where it matches for a fraction of the CPU; the pattern itself is then matched there
# for its groups (spd31).


def finditer_from(fast: re.Pattern, rx: re.Pattern, text: str, pos: int = 0, endpos: int | None = None,
                  at_pos: bool = False):
    """rx.finditer(text, pos, endpos) for a pattern rx that never matches the empty string, given fast,
    a pattern that matches wherever rx starts a match (and may match elsewhere): the same matches.
    at_pos: rx is tried at pos first too (an alternative of rx opening with "^" that fast leaves out)."""
    end = len(text) if endpos is None else endpos
    search, match = fast.search, rx.match
    if at_pos:
        m = match(text, pos, end)
        if m is not None:
            yield m
            pos = m.end()
    while True:
        f = search(text, pos, end)
        if f is None:
            return
        m = match(text, f.start(), end)
        if m is None:
            pos = f.start() + 1
            continue
        yield m
        pos = m.end()


def search_from(fast: re.Pattern, rx: re.Pattern, text: str, pos: int = 0, endpos: int | None = None,
                at_pos: bool = False):
    """rx.search(text, pos, endpos) through fast (see finditer_from)."""
    return next(finditer_from(fast, rx, text, pos, endpos, at_pos), None)


# --- re.I patterns over the lowered page --------------------------------------------
# re.I gets no first-character scan and lowers every character it compares: a lowercase pattern
# run case-sensitively over text.lower() finds the same spans for about half to a third of the CPU.
# Same spans, provided lower() keeps every offset and no character of the page is one re.I equates
# with an ASCII letter without lower() making it that letter (İ ı ſ K); groups come out lowercased.
_CASE_ODD = re.compile("[\u0130\u0131\u017f\u212a]")


@lru_cache(maxsize=4)     # the page and its title; a page is at most 600k characters
def lowered_page(text: str) -> str | None:
    """text.lower() when it can stand in for text under re.I (see above), else None."""
    if _CASE_ODD.search(text):
        return None
    low = text.lower()
    return low if len(low) == len(text) else None


# --- letter-first alternatives ---------------------------------------------------------
# A pattern of several alternatives gets re's first-character skip (a charset prefix) only when every
# top-level alternative opens with a plain character; one "\\bword", "(?<!x )word" or "(?:a|b)…" among
# them and re tries a match at every position. Checks made before a letter w are made just after it
# instead ("\\bw" is "w(?<!\\ww)": w is a word character, so the boundary before it is "no word character
# before it"; "(?<!x )w" is "w(?<!(?:x )w)"), and "(?:a|b)rest" is "arest|brest" (the same alternatives
# tried in the same order) when rest holds no capturing group: the same spans and groups.


def _plain_letter(alt: str) -> bool:
    # a digit too (spd30): "(?<![\\d/])20\\d\\d" is "2(?<!(?:[\\d/])2)0\\d\\d", a digit being a word character
    return alt[:1].isalnum() and alt[1:2] not in ("?", "*", "+", "{")


def _leading_checks(alt: str) -> tuple[list[str], str] | None:
    """The word boundaries and lookbehinds alt opens with, and what follows them."""
    checks, i = [], 0
    while True:
        if alt.startswith("\\b", i):
            checks.append("\\b")
            i += 2
        elif alt.startswith(("(?<=", "(?<!"), i):
            end = _group_end(alt, i)
            if end is None:
                return None
            checks.append(alt[i:end + 1])
            i = end + 1
        else:
            return checks, alt[i:]


def _letter_first(alt: str, whole: bool = False) -> list[str] | None:
    """alt as alternatives that each open with a plain letter (see above), or None. whole (spd30): alt
    is the pattern's only alternative, so a leading word group followed by a capturing group can stay
    one group, its alternatives letter-first inside it ("(?<!x )(?:a|b)(c)" is "(?:a(?<!(?:x )a)|b(?<!(?:x )b))(c)":
    re reads a pattern that opens with such a group as alternatives, the same first-character scan)."""
    lead = _leading_checks(alt)
    if lead is None:
        return None
    checks, body = lead
    if _plain_letter(body):
        w = body[0]
        after = "".join("(?<!\\w" + w + ")" if c == "\\b" else c[:4] + "(?:" + c[4:-1] + ")" + w + ")" for c in checks)
        return [w + after + body[1:]]
    if body.startswith("(?:"):
        end = _group_end(body, 0)
        if end is None or body[end + 1:end + 2] in ("?", "*", "+", "{"):
            return None
        group, rest = body[3:end], body[end + 1:]
        if any(c in "()" for _, c, _ in _scan(group)):
            return None         # a nested group in it: left alone
        if any(c == "(" and not rest.startswith("?", j + 1) or rest.startswith("(?P", j) for j, c, _ in _scan(rest)):
            if not whole:
                return None     # a capturing group after it, beside other alternatives: left alone
            inner = [_letter_first("".join(checks) + a) for a in _top_alternatives(group)]
            return None if None in inner else ["(?:" + "|".join(x for xs in inner for x in xs) + ")" + rest]
        out = [_letter_first("".join(checks) + a + rest) for a in _top_alternatives(group)]
        return None if None in out else [x for xs in out for x in xs]
    return None


def letter_first_source(pattern: str) -> str | None:
    r"""pattern with every top-level alternative opening with a plain letter (see above), or None
    when that cannot be written or nothing changes."""
    if pattern.startswith("(?") and not pattern.startswith(("(?:", "(?<", "(?=", "(?!", "(?P")):
        return None             # global inline flags
    top = _top_alternatives(pattern)
    alts = [_letter_first(a, len(top) == 1) for a in top]
    if None in alts:
        return None
    src = "|".join(x for xs in alts for x in xs)
    return None if src == pattern else src


_WITHOUT_I: dict[int, tuple[re.Pattern, re.Pattern | None]] = {}


def _without_i(rx: re.Pattern) -> re.Pattern | None:
    """rx without re.I, when it is a re.I pattern with no capital letter in its source (an escape
    such as \\D or \\S counts as one: such patterns are left alone); its alternatives letter-first
    when they can be (the same spans and groups)."""
    hit = _WITHOUT_I.get(id(rx))
    if hit is None or hit[0] is not rx:
        ok = rx.flags & re.I and not any(c.isupper() for c in rx.pattern)
        fast = None
        src = letter_first_source(rx.pattern) if ok and not rx.flags & re.X else None
        if ok:
            plain = re.compile(rx.pattern, rx.flags & ~re.I)
            fast = re.compile(src, rx.flags & ~re.I) if src else plain
            if fast.groups != plain.groups or fast.groupindex != plain.groupindex:
                fast = plain
        hit = _WITHOUT_I[id(rx)] = (rx, fast)
    return hit[1]


def finditer_i(rx: re.Pattern, text: str, pos: int = 0, endpos: int | None = None):
    """rx.finditer(text, pos, endpos) for a re.I pattern, over the lowered page when that finds the
    same spans (the groups then lowercased)."""
    r, s = i_view(rx, text)
    return r.finditer(s, pos, len(text) if endpos is None else endpos)


def i_view(rx: re.Pattern, text: str) -> tuple[re.Pattern, str]:
    """(pattern, string) to run a re.I search of text with: rx without re.I over the lowered page
    when that finds the same spans (the groups then lowercased), else rx over text itself."""
    hit = _WITHOUT_I.get(id(rx))        # _without_i's lookup inline (spd31: tens of thousands of calls a page set)
    cs = hit[1] if hit is not None and hit[0] is rx else _without_i(rx)
    low = lowered_page(text) if cs is not None else None
    return (cs, low) if low is not None else (rx, text)


def search_i(rx: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """rx.search(text, pos, endpos) for a re.I pattern, through i_view (inline: the call and its tuple cost
    5-8 % of extraction's CPU, measured in the session-31 review)."""
    hit = _WITHOUT_I.get(id(rx))
    cs = hit[1] if hit is not None and hit[0] is rx else _without_i(rx)
    low = lowered_page(text) if cs is not None else None
    if low is not None:
        return cs.search(low, pos, len(text) if endpos is None else endpos)
    return rx.search(text, pos, len(text) if endpos is None else endpos)


def slice_search_i(rx: re.Pattern, text: str, lo: int, hi: int) -> re.Match | None:
    """rx.search(text[lo:hi]) for a re.I pattern (a slice: its ends are the string's for \\b, ^ and
    lookbehinds), through i_view (inline)."""
    hit = _WITHOUT_I.get(id(rx))
    cs = hit[1] if hit is not None and hit[0] is rx else _without_i(rx)
    low = lowered_page(text) if cs is not None else None
    return cs.search(low[lo:hi]) if low is not None else rx.search(text[lo:hi])


def finditer_i_from(fast: re.Pattern, rx: re.Pattern, text: str):
    """finditer_i(rx, text) through fast, a lowercase pattern read case-sensitively over the lowered page
    that matches wherever rx does there (see finditer_from; rx's "^" tried at the start)."""
    r, s = i_view(rx, text)
    return rx.finditer(text) if r is rx else finditer_from(fast, r, s, at_pos=True)


def slice_search_i_from(fast: re.Pattern, rx: re.Pattern, text: str, lo: int, hi: int) -> re.Match | None:
    """slice_search_i(rx, text, lo, hi) through fast (see finditer_i_from)."""
    r, s = i_view(rx, text)
    return rx.search(text[lo:hi]) if r is rx else search_from(fast, r, s[lo:hi], at_pos=True)


def option_tokens(name: str, tokens, allowed) -> list[str]:
    """An option's tokens ("a+b" or a list) as a list; a token the option does not know is an error, not ignored."""
    toks = tokens.split("+") if isinstance(tokens, str) else list(tokens)
    unknown = set(toks) - set(allowed)
    if unknown:
        raise ValueError(f"{name}: unknown tokens {sorted(unknown)}")
    return toks
