"""JSON lines in ({"id", "text"[, "title", "url", "province"]}), one JSON line of facts out.

    python -m extractors.cli_jsonl < cases.jsonl
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator

from extractors.facts import extract_facts


def process_lines(lines: Iterable[str]) -> Iterator[dict]:
    """One dict {"id", **facts} per non-blank input line; a bad line yields {"id", "error"}."""
    for n, line in enumerate(lines, 1):
        line = line.strip()
        if not line:
            continue
        try:
            case = json.loads(line)
            if not isinstance(case, dict) or not isinstance(case.get("text", ""), str):
                raise ValueError("expected an object with a 'text' string")
        except ValueError as e:  # JSONDecodeError is a ValueError
            yield {"id": None, "line": n, "error": f"line {n}: not a JSON object with a 'text' string ({e})"}
            continue
        facts = extract_facts(case.get("text") or "", title=case.get("title"), url=case.get("url"),
                              province_hint=case.get("province_hint"))
        yield {"id": case.get("id"), **facts.to_dict()}


def main() -> None:
    for out in process_lines(sys.stdin):
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
