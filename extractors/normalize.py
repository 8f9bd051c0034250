"""Normalization of Vietnamese text: NFC, one tone placement, legacy fonts, damaged numbers."""
from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from extractors import legacy


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    if c in "đĐ":
        return "d" if c == "đ" else "D"
    base = unicodedata.normalize("NFD", c)[0]
    return base if len(base) == 1 else c


class _FoldTable(dict):
    """ord -> folded char for str.translate, filled on first sight of each character."""

    def __missing__(self, key: int) -> str:
        v = _fold_char(chr(key))
        self[key] = v
        return v


_FOLD_TABLE = _FoldTable()
# A plain dict covering Latin up to the Vietnamese block: str.translate looks a plain dict up
# about three times faster than one with __missing__.
_FAST_MAX = "\u1eff"
_FAST_TABLE = {cp: _fold_char(chr(cp)) for cp in range(ord(_FAST_MAX) + 1)}
_BEYOND_FAST = re.compile("[^\x00-" + _FAST_MAX + "]")     # a character past the plain table (spd31: max(text) in C)


def fold(text: str) -> str:
    """Remove diacritics, "đ" -> "d". Length-preserving on NFC text, so offsets
    found in the folded text are offsets in the original."""
    if text.isascii():
        return text
    return text.translate(_FOLD_TABLE if _BEYOND_FAST.search(text) else _FAST_TABLE)


# --- tone placement -----------------------------------------------------------
# "hoà"/"hòa", "thuỷ"/"thủy", "khoẻ"/"khỏe": in an open syllable ending in oa, oe, uy
# we put the tone on the first vowel (the form used by most state documents:
# "Ủy ban", "hòa", "thủy"). With a final consonant ("hoàng", "thuyết") the tone
# belongs on the second vowel in both styles, and "qu" + y ("quý") is left alone.
_TONES = "\u0300\u0301\u0309\u0303\u0323"


def _tone_pairs() -> dict[str, str]:
    pairs = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for tone in _TONES:
            for f in (first, first.upper()):
                for s in (second, second.upper()):
                    old = unicodedata.normalize("NFC", f + s + tone)
                    new = unicodedata.normalize("NFC", f + tone + s)
                    pairs[old] = new
    return pairs


_TONE_PAIRS = _tone_pairs()
# a pair ending a word, which every _TONE_SYLLABLE match needs: one fast scan, and most pages (about
# seven in eight of the bench's) have none, so the costly syllable scan is skipped
_TONE_END = re.compile("(?:" + "|".join(sorted(_TONE_PAIRS)) + r")(?!\w)")


def _fix_tones(text: str) -> str:
    if not _TONE_END.search(text):
        return text
    return _TONE_SYLLABLE.sub(_retone_syllable, text)


_TONE_SYLLABLE = re.compile(r"\b(\w*?)(" + "|".join(sorted(_TONE_PAIRS)) + r")(?!\w)")


def _retone_syllable(m: re.Match) -> str:
    onset = m.group(1)
    if onset[-1:] in ("q", "Q"):
        return m.group(0)          # "quý", "quà": the u belongs to qu
    if onset and not all(c.isascii() or c in "đĐ" for c in onset):
        return m.group(0)          # onset carries a vowel: not a plain oa/oe/uy syllable
    return onset + _TONE_PAIRS[m.group(2)]


def fix_tone_placement(text: str) -> str:
    """"hoà" -> "hòa", "thuỷ" -> "thủy", "Uỷ ban" -> "Ủy ban" (NFC input)."""
    return _fix_tones(text)


# --- number and symbol repair ---------------------------------------------------
_DASHES = re.compile("[\u2010\u2011\u2012\u2013\u2014\u2212]")
# A document number with damage inside: spaces or a line break around "/" or "-".
_SYM_SEG = r"[A-ZĐ][A-Za-zĐđ0-9&]*"
# (each scan of the whole page consumes its first character before its lookbehind, so re skips to
# that character's class in C instead of trying a match at every position: same matches, same groups)
_DAMAGED_ADMIN = re.compile(
    r"(\d(?<![\w/]\d)\d{0,4}[a-zđ]?)((?:[ \t]*/[ \t]*(?:19|20)\d\d)?)[ \t]*/[ \t]*"
    r"(" + _SYM_SEG + r"(?:[ \t]*[-\u2012-\u2014\u2212][ \t]*\n?[ \t]*" + _SYM_SEG + r")+)(?![\w])")
_DAMAGED_ADMIN_NL = re.compile(  # "30/2018/QĐ-\nUBND": break right after the hyphen
    r"(\d\d{0,4}[a-zđ]?(?:/(?:19|20)\d\d)?/" + _SYM_SEG + r"-)[ \t]*\n[ \t]*(" + _SYM_SEG + r")")
_DAMAGED_PARTY = re.compile(
    r"(\d(?<![\w/]\d)\d{0,3}[a-z]?)[ \t]*[-\u2012-\u2014\u2212][ \t]*([A-ZĐ][A-Za-zĐ]{1,4})[ \t]*/[ \t]*([A-ZĐ][A-ZĐ0-9]{1,8})(?![\w])")
# Type/body codes typed without the stroke: "QD" for "QĐ" and friends.
_D_FIX = {"QD": "QĐ", "ND": "NĐ", "HDND": "HĐND", "BCSD": "BCSĐ", "TTDT": "TTĐT",
          "QyD": "QyĐ", "SKHDT": "SKHĐT", "BKHDT": "BKHĐT", "BGDDT": "BGDĐT",
          "SGDDT": "SGDĐT", "BCD": "BCĐ", "DU": "ĐU", "TTLT": "TTLT"}


def fix_symbol(sym: str) -> str:
    """Clerk's form of a number+symbol: no spaces, ASCII hyphen, Đ restored."""
    sym = _DASHES.sub("-", sym)
    sym = re.sub(r"\s+", "", sym)
    parts = re.split(r"([/-])", sym)
    parts = [_CASE_FIX.get(p.upper(), p) if len(p) > 2 and p.upper() in _CASE_FIX else p for p in parts]
    return "".join(_D_FIX.get(p, p) for p in parts)


def _repair_admin(m: re.Match) -> str:
    return fix_symbol(m.group(0))


_OCR_QD = re.compile(r"(?<=\d/)(?:(?:19|20)\d\d/)?[ỌỌOo0]([ĐD])(?=-[A-Z])")
_CASE_FIX = {"TTG": "TTg", "CTR": "CTr", "TTR": "TTr", "QYĐ": "QyĐ", "QYD": "QyĐ"}


_TYPES_GLUED = r"(QĐ|QD|KH|NQ|CT|BC|TB|HD|CTr|TTr|QC|ĐA|KL)"
_BODIES = r"(UBND|HĐND|HDND|TTg|CP|BNV|TU|HU|ĐU|BCĐ|VPCP|BTTTT|SNV|STTTT)"
# OCR/PDF damage: "…/QĐUBND" (hyphen lost), "số 1492 KH-UBND" (space for the stroke)
# (the lookbehinds after the first character: re skips to the types' first letters, to digits)
_GLUED = re.compile("(" + "|".join(t[0] + r"(?<=\d/" + t[0] + ")" + t[1:] for t in _TYPES_GLUED[1:-1].split("|"))
                    + ")" + r"[.]?" + _BODIES + r"(?![\w-])")
_SPACED = re.compile(r"(\d(?<=\bsố \d)\d{0,4}) (?=" + _TYPES_GLUED + r"-[A-ZĐ])")


def repair_numbers(text: str) -> str:
    if "/" in text:
        text = _GLUED.sub(r"\1-\2", text)
    text = _SPACED.sub(r"\1/", text)
    if "Ọ" in text or "Ọ" in text:   # OCR reads the Q of "QĐ" as "Ọ"
        text = _OCR_QD.sub(lambda m: m.group(0)[:-2] + "Q" + m.group(1) if m.group(0)[-2] in "ỌỌ" else m.group(0), text)
    text = _DAMAGED_ADMIN_NL.sub(lambda m: m.group(1) + m.group(2), text)
    text = _DAMAGED_ADMIN.sub(_repair_admin, text)
    text = _DAMAGED_PARTY.sub(_repair_admin, text)
    return text


# --- whole-text normalization ---------------------------------------------------
_SPACE_CLASS = r"[ \t\u00a0\u2000-\u200b\u202f\u3000\ufeff]"
# every run of blanks but a lone " " (which stands as it is): the runs collapsed to one space, as
# "[blanks]+" replaced by " " does, without a replacement for each of the page's single spaces
_SPACES = re.compile(_SPACE_CLASS + r"(?:(?<! )" + _SPACE_CLASS + "*|" + _SPACE_CLASS + "+)")
_ENTITY = re.compile(r"&(?:#\d{2,5}|#x[0-9a-fA-F]{2,4}|[a-zA-Z]{2,8});")


_GLUED_DAY = re.compile(r"([Nn](?<!\w[Nn])gày)(\d)")     # \b before the N, checked after it
_WIDE = re.compile("[\uff01-\uff5e]")
_NARROW = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}


# line breaks written as escapes ("Số: 54/KH-UBND \\r\\n | \\r\\n Lạng Sơn"), as a JSON API's text pasted raw
_ESCAPED_BREAK = re.compile(r"(?:\\r)?\\n|\\r")


def normalize_text(text: str) -> str:
    """NFC, legacy fonts converted, one tone placement, repaired document numbers,
    collapsed spaces, no trailing blanks on lines."""
    if not text:
        return ""
    if "\\n" in text and len(_ESCAPED_BREAK.findall(text)) >= 3:
        text = _ESCAPED_BREAK.sub("\n", text)   # "\\r\\n" written out: a page scraped from escaped JSON
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)   # "Th&ocirc;ng tin" left by CMS summaries
    text = legacy.to_unicode(text)
    text = unicodedata.normalize("NFC", text)
    if "Ð" in text:
        text = text.replace("Ð", "Đ")   # Latin eth typed for Vietnamese Đ
    if _WIDE.search(text):
        text = text.translate(_NARROW)  # "２０２５", "９０％": full-width forms of ASCII
    text = _fix_tones(text)
    text = _DASHES.sub(lambda m: "-" if m.group(0) in "\u2010\u2011" else m.group(0), text)
    text = _SPACES.sub(" ", text)
    text = _GLUED_DAY.sub(r"\1 \2", text)     # "ngày27/10/2021"
    text = repair_numbers(text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


# --- hard-wrapped text (PDF copies) -------------------------------------------------
# A PDF's text comes out wrapped at the page width: a sentence cut over lines, each line ending
# wherever the next word did not fit. Sentence logic takes a line break for a sentence end, so the
# cut lines are joined back, but only on a page that reads as wrapped (several such breaks, no
# long line under the width): a page whose lines are paragraphs is left as it is.
_WRAP_MAX = 140          # a line longer than this is a paragraph, not a wrapped line
_WRAP_MIN = 50           # narrower "widths" are menus and tables
_LINE_DONE = (".", "!", "?", ":", ";", "…")
_NEW_ITEM = re.compile(r"[-+•*–|]|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ][.)]\s|[IVX]{1,5}\.\s")


# page furniture a PDF puts between two pages: a page number, "Trang 3/12"
_PAGE_MARK = re.compile(r"(?:Trang |Page )?\d{1,3}(?: ?/ ?\d{1,3})?")


def _next_text_line(lines: list[str], i: int) -> int:
    """The line a sentence cut at line i goes on in: i+1, or past a page break (blank lines and
    page marks, at least one mark) when one follows."""
    j, marks = i + 1, 0
    while j < len(lines) and (not lines[j] or _PAGE_MARK.fullmatch(lines[j])):
        marks += bool(lines[j])
        j += 1
    return j if marks and j < len(lines) else i + 1


def _wrap_breaks(lines: list[str]) -> dict[int, int]:
    """{i: j} for each wrap: line i is full (the next word would not have fitted in the page's
    widest line), ends no sentence, and line j (i+1, or the first past a page break) is no new item."""
    width = max((len(s) for s in lines if len(s) <= _WRAP_MAX), default=0)
    if width < _WRAP_MIN:
        return {}
    out = {}
    for i, a in enumerate(lines[:-1]):
        if not a or len(a) > _WRAP_MAX or a.endswith(_LINE_DONE):
            continue
        j = _next_text_line(lines, i)
        b = lines[j]
        if b and not _NEW_ITEM.match(b) and len(a) + 1 + len(b.split(" ", 1)[0]) > width:
            out[i] = j
    return out


def unwrap_lines(text: str) -> str:
    """Hard-wrapped paragraphs joined into one line each, page marks inside them dropped
    (normalized input: stripped lines); the text unchanged unless at least 3 breaks, and a fifth
    of its lines, are wraps."""
    lines = text.split("\n")
    breaks = _wrap_breaks(lines)
    if len(breaks) < 3 or len(breaks) < 0.2 * sum(1 for s in lines if s):
        return text
    out, i = [], 0
    while i < len(lines):
        out.append(lines[i] + (" " if i in breaks else "\n"))
        i = breaks.get(i, i + 1)
    return "".join(out)[:-1]
