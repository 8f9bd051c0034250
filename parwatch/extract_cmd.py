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


# A file over this is refused, not read: texts of real documents are a few MB at most, and a
# 200 MB file would hold the whole of it in memory several times over.
MAX_FILE_BYTES = 20 * 1024 * 1024


class FileTooLarge(ValueError):
    pass


def extract_file(path: Path) -> dict:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise FileTooLarge(f"{path}: {size / 2**20:.0f} MB is over the {MAX_FILE_BYTES // 2**20} MB that "
                           "`parwatch extract` reads; split the file or extract its first part")
    raw = path.read_bytes()
    text = raw.decode("utf-8", errors="replace")
    if path.suffix.lower() in (".html", ".htm"):
        import trafilatura

        text = trafilatura.extract(text, include_comments=False, favor_recall=True) or ""
    return {"file": str(path), **facts_json(text, url=path.as_uri())}
