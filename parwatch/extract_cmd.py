"""The `parwatch extract` contract: files or JSON lines in, one JSON object per input out."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from extractors import extract_facts
from extractors.cli_jsonl import process_lines


def facts_json(text: str, **hints) -> dict:
    return extract_facts(text, **hints).to_dict()


def extract_lines(lines: Iterable[str]) -> Iterator[dict]:
    """{"id", "text"} per line in; {"id", **facts} per line out. A bad line gets an error
    object with its line number instead of stopping the batch."""
    return process_lines(lines)


def extract_file(path: Path) -> dict:
    raw = path.read_bytes()
    text = raw.decode("utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        import trafilatura

        text = trafilatura.extract(text, include_comments=False, favor_recall=True) or ""
    return {"file": str(path), **facts_json(text, url=path.as_uri())}
