"""Legacy Vietnamese encodings as old portal files carry them, written by the simulator with its
own table: TCVN3 (ABC, the ".VnTime" fonts) and Windows-1258 (tones as combining marks).

The TCVN3 table below is typed from the TCVN 5712:1993 VN3 (ABC) font chart, independently of
the extractor's table (extractors/legacy.py, generated from glibc), so the round-trip test
checks one against the other."""
from __future__ import annotations

import html
import unicodedata

_TONES = "\u0300\u0309\u0303\u0301\u0323"   # grave, hook, tilde, acute, dot below
# base letter -> its five toned forms' bytes, in _TONES order
_TONED = {
    "a": (0xB5, 0xB6, 0xB7, 0xB8, 0xB9), "ă": (0xBB, 0xBC, 0xBD, 0xBE, 0xC6), "â": (0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": (0xCC, 0xCE, 0xCF, 0xD0, 0xD1), "ê": (0xD2, 0xD3, 0xD4, 0xD5, 0xD6), "i": (0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (0xDF, 0xE1, 0xE2, 0xE3, 0xE4), "ô": (0xE5, 0xE6, 0xE7, 0xE8, 0xE9), "ơ": (0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": (0xEF, 0xF1, 0xF2, 0xF3, 0xF4), "ư": (0xF5, 0xF6, 0xF7, 0xF8, 0xF9), "y": (0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
_PLAIN = dict(zip("ĂÂÊÔƠƯĐăâêôơưđ", range(0xA1, 0xB0)))   # letters without tone
TCVN3 = {**_PLAIN, **{unicodedata.normalize("NFC", base + tone): b
                      for base, codes in _TONED.items() for tone, b in zip(_TONES, codes)}}


def to_tcvn3(s: str) -> str:
    """Unicode -> TCVN3 (ABC) as it reaches us from a .VnTime document: each byte read as Latin-1.
    Upper-case toned letters have no ABC code (they need the .VnTimeH font) and stay as they are."""
    return "".join(chr(TCVN3[ch]) if ch in TCVN3 else ch for ch in unicodedata.normalize("NFC", s))


def cp1258_bytes(text: str) -> bytes:
    """Windows-1258 keeps tone marks as combining characters: decompose tones only."""
    out = []
    for ch in unicodedata.normalize("NFD", text):
        out.append(ch)
    s = unicodedata.normalize("NFC", "".join(out))
    res = bytearray()
    for ch in s:
        try:
            res += ch.encode("cp1258")
        except UnicodeEncodeError:
            dec = unicodedata.normalize("NFD", ch)
            base, marks = dec[0], dec[1:]
            tones = [m for m in marks if m in "\u0300\u0301\u0303\u0309\u0323"]
            mods = [m for m in marks if m not in tones]
            res += unicodedata.normalize("NFC", base + "".join(mods)).encode("cp1258")
            res += "".join(tones).encode("cp1258")
    return bytes(res)


def word_html_cp1258(title: str, body: list[str]) -> bytes:
    """A Word "Save as Web Page" document renamed .doc, as found on many portals."""
    paras = "".join(f"<p class=MsoNormal><span style='font-family:\"Times New Roman\"'>{html.escape(p)}</span></p>" for p in body)
    doc = (f"<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\">"
           f"<head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1258\">"
           f"<meta name=Generator content=\"Microsoft Word 15\"><title>{html.escape(title)}</title></head>"
           f"<body lang=VI><div class=WordSection1><p class=MsoTitle>{html.escape(title)}</p>{paras}</div></body></html>")
    return cp1258_bytes(doc)
