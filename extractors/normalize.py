"""Normalization of Vietnamese text (first version; the extraction issue deepens it)."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    if c in "đĐ":
        return "d" if c == "đ" else "D"
    base = unicodedata.normalize("NFD", c)[0]
    return base if len(base) == 1 else c


def fold(text: str) -> str:
    """Remove diacritics, "đ" -> "d". Length-preserving on NFC text, so offsets
    found in the folded text are offsets in the original."""
    if text.isascii():
        return text
    return "".join(_fold_char(c) for c in text)


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b]+")


def normalize_text(text: str) -> str:
    """NFC, collapsed spaces, no trailing blanks on lines."""
    text = unicodedata.normalize("NFC", text)
    text = _SPACES.sub(" ", text)
    return "\n".join(line.strip() for line in text.splitlines()).strip()
