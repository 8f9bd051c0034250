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
    for line in lines:
        line = line.strip()
        if not line:
            continue
        try:
            case = json.loads(line)
        except json.JSONDecodeError as e:
            yield {"id": None, "error": f"not a JSON line: {e}"}
            continue
        facts = extract_facts(case.get("text") or "", title=case.get("title"), url=case.get("url"),
                              province_hint=case.get("province_hint"))
        yield {"id": case.get("id"), **facts.to_dict()}


def main() -> None:
    for out in process_lines(sys.stdin):
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
