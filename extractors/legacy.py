"""Legacy Vietnamese encodings (TCVN3/ABC and VNI) seen as mojibake, back to Unicode.

Text from old Word files set in ".VnTime" (TCVN3) or "VNI-Times" (VNI) fonts reaches us
as Latin-1 look-alikes: "C«ng hoµ" (TCVN3), "Coäng hoøa" (VNI). Detection works per line,
because pages mix Unicode chrome with a pasted legacy paragraph.
"""
from __future__ import annotations

import re
import unicodedata

# TCVN 5712:1993 bytes 0xA0-0xFF (VN3 letters sit here; generated from glibc's TCVN5712-1).
_TCVN3_HIGH = (
    "\xa0\u0102\xc2\xca\xd4\u01a0\u01af\u0110\u0103\xe2\xea\xf4\u01a1\u01b0\u0111\u1eb0"
    "\u0300\u0309\u0303\u0301\u0323\xe0\u1ea3\xe3\xe1\u1ea1\u1eb2\u1eb1\u1eb3\u1eb5\u1eaf\u1eb4"
    "\u1eae\u1ea6\u1ea8\u1eaa\u1ea4\u1ec0\u1eb7\u1ea7\u1ea9\u1eab\u1ea5\u1ead\xe8\u1ec2\u1ebb\u1ebd"
    "\xe9\u1eb9\u1ec1\u1ec3\u1ec5\u1ebf\u1ec7\xec\u1ec9\u1ec4\u1ebe\u1ed2\u0129\xed\u1ecb\xf2"
    "\u1ed4\u1ecf\xf5\xf3\u1ecd\u1ed3\u1ed5\u1ed7\u1ed1\u1ed9\u1edd\u1edf\u1ee1\u1edb\u1ee3\xf9"
    "\u1ed6\u1ee7\u0169\xfa\u1ee5\u1eeb\u1eed\u1eef\u1ee9\u1ef1\u1ef3\u1ef7\u1ef9\xfd\u1ef5\u1ed0"
)
_TCVN3_TABLE = {0xA0 + i: c for i, c in enumerate(_TCVN3_HIGH)}
_TCVN3_TABLE[0xA0] = " "

# Characters that are common in TCVN3 mojibake and (almost) absent from Unicode Vietnamese.
_TCVN3_SIGNS = set("µ¸¶·¹¨©ª«¬®¡¢£¤¥¦§»¼½¾Ç×Þ")
_TCVN3_SIGN_RE = re.compile("[" + "".join(sorted(_TCVN3_SIGNS)) + "]")

# VNI-Windows: base vowel followed by one mark byte.
_VNI_MARKS = {  # mark byte -> (modifier, tone)
    "ù": ("", "\u0301"), "ø": ("", "\u0300"), "û": ("", "\u0309"), "õ": ("", "\u0303"), "ï": ("", "\u0323"),
    "â": ("\u0302", ""), "á": ("\u0302", "\u0301"), "à": ("\u0302", "\u0300"), "å": ("\u0302", "\u0309"),
    "ã": ("\u0302", "\u0303"), "ä": ("\u0302", "\u0323"),
    "ê": ("\u0306", ""), "é": ("\u0306", "\u0301"), "è": ("\u0306", "\u0300"), "ú": ("\u0306", "\u0309"),
    "ü": ("\u0306", "\u0303"), "ë": ("\u0306", "\u0323"),
}
_VNI_MARKS.update({k.upper(): v for k, v in list(_VNI_MARKS.items())})
_VNI_SINGLE = {
    "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư", "ñ": "đ", "Ñ": "Đ",
    "í": "í", "Í": "Í", "ì": "ì", "Ì": "Ì", "æ": "ỉ", "Æ": "Ỉ", "ó": "ĩ", "Ó": "Ĩ",
    "ò": "ị", "Ò": "Ị", "î": "ỵ", "Î": "Ỵ",
}
_VNI_PAIR_RE = re.compile("([aeouyAEOUYôÔöÖ])([" + "".join(_VNI_MARKS) + "])|([" + "".join(_VNI_SINGLE) + "])")
_VNI_SIGN_RE = re.compile("[aeouyAEOUY][ùøûõïâäåêëüé]|[öÖñÑ]|ô[ùøûõï]")


def _tcvn3_score(s: str) -> int:
    return len(_TCVN3_SIGN_RE.findall(s))


def _has_unicode_vietnamese(s: str) -> bool:
    # Letters beyond Latin-1 (ă, đ, ơ, ư, ạ ...) never occur in TCVN3/VNI mojibake.
    return any("\u0100" <= c <= "\u01b0" or "\u1ea0" <= c <= "\u1ef9" for c in s)


def detect(text: str) -> str | None:
    """'tcvn3', 'vni' or None (Unicode or plain ASCII)."""
    if text.isascii() or _has_unicode_vietnamese(text):
        return None
    t, v = _tcvn3_score(text), len(_VNI_SIGN_RE.findall(text))
    words = max(1, len(text.split()))
    if t >= 2 and t / words > 0.03 and t >= v:
        return "tcvn3"
    if v >= 2 and v / words > 0.05:
        return "vni"
    return None


def tcvn3_to_unicode(s: str) -> str:
    out = s.translate(_TCVN3_TABLE)
    letters = [c for c in s if c.isascii() and c.isalpha()]
    # .VnTimeH (the capitals font) reuses the lower-case code points: a line whose
    # ASCII letters are all capitals is a capitals line.
    if len(letters) >= 3 and all(c.isupper() for c in letters):
        out = out.upper()
    return out


def _vni_pair(m: re.Match) -> str:
    if m.group(3):
        return _VNI_SINGLE[m.group(3)]
    base, mark = m.group(1), m.group(2)
    base = _VNI_SINGLE.get(base, base) if base in "ôÔöÖ" else base
    mod, tone = _VNI_MARKS[mark]
    if base in "ơƠưƯ":
        mod = ""  # ơ/ư already carry their horn
    return unicodedata.normalize("NFC", base + mod + tone)


def vni_to_unicode(s: str) -> str:
    # one pass: a converted "ò" must not be read again as VNI "ò" (= ị)
    return _VNI_PAIR_RE.sub(_vni_pair, s)


def to_unicode(text: str) -> str:
    """Convert legacy-encoded lines to Unicode; Unicode lines are left alone."""
    if text.isascii() or detect_any(text) is None:
        return text
    out = []
    for line in text.split("\n"):
        kind = detect(line)
        if kind == "tcvn3":
            line = tcvn3_to_unicode(line)
        elif kind == "vni":
            line = vni_to_unicode(line)
        out.append(line)
    return "\n".join(out)


def detect_any(text: str) -> str | None:
    """Cheap whole-text check: is there any line worth converting?"""
    if text.isascii():
        return None
    if not _TCVN3_SIGN_RE.search(text) and not _VNI_SIGN_RE.search(text):
        return None
    for line in text.split("\n"):
        kind = detect(line)
        if kind:
            return kind
    return None
