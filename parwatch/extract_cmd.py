"""The `parwatch extract` contract: files or JSON lines in, one JSON object per input out."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator

from extractors import extract_facts


def facts_json(text: str, **hints) -> dict:
    return extract_facts(text, **hints).to_dict()


def extract_lines(lines: Iterable[str]) -> Iterator[dict]:
    """{"id", "text"} per line in; {"id", **facts} per line out. A bad line gets an error
    object with its line number instead of stopping the batch."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
            text = case["text"]
            if not isinstance(text, str):
                raise TypeError("'text' is not a string")
        except (json.JSONDecodeError, KeyError, TypeError) as e:
            yield {"id": None, "line": n, "error": f"line {n}: not a JSON object with a 'text' string ({e})"}
            continue
        yield {"id": case.get("id"), **facts_json(text)}


def extract_file(path: Path) -> dict:
    raw = path.read_bytes()
    text = raw.decode("utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        import trafilatura

        text = trafilatura.extract(text, include_comments=False, favor_recall=True) or ""
    return {"file": str(path), **facts_json(text, url=path.as_uri())}
