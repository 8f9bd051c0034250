"""Crawled data on the terminal: never markup, never control sequences.

A title holding "[/]" must not be read as Rich markup (it raised MarkupError), and one holding
ESC sequences must not reach the terminal (they can rewrite the screen or the window title)."""
from __future__ import annotations

import re

from rich.markup import escape
from rich.text import Text

_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(value: object) -> str:
    return _CONTROLS.sub("", "" if value is None else str(value))


def cell(value: object) -> Text:
    """A table cell of data: shown as written, minus control characters."""
    return Text(clean(value))


def quoted(value: object) -> str:
    """Data inside a message that has markup of our own."""
    return escape(clean(value))
