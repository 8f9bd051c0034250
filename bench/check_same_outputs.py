"""Dev check for speed work: extract_facts outputs must not change.

`python -m bench.check_same_outputs dump FILE` writes every corpus case's output (with its source URL,
as the eval calls it) and every bench page's output; `... check FILE` recomputes and lists differences.
"""
from __future__ import annotations

import json
import sys


def outputs() -> dict[str, dict]:
    from bench.bench_extract import pages
    from extractors import corpus
    from extractors.facts import extract_facts

    out = {}
    for c in corpus.load():
        out["corpus:" + c["id"]] = extract_facts(c["text"], url=c.get("source_url")).to_dict()
        out["corpus-nourl:" + c["id"]] = extract_facts(c["text"]).to_dict()
    for i, d in enumerate(pages(500_000)):
        out[f"bench:{i}"] = extract_facts(d).to_dict()
    return out


def differences(old: dict, new: dict) -> list[str]:
    keys = sorted(set(old) | set(new))
    return [k for k in keys if json.dumps(old.get(k), sort_keys=True, ensure_ascii=False)
            != json.dumps(new.get(k), sort_keys=True, ensure_ascii=False)]


def main(argv: list[str]) -> int:
    cmd, path = argv
    new = json.loads(json.dumps(outputs(), ensure_ascii=False))
    if cmd == "dump":
        with open(path, "w", encoding="utf-8") as f:
            json.dump(new, f, ensure_ascii=False, sort_keys=True)
        print(f"{len(new)} outputs written to {path}")
        return 0
    with open(path, encoding="utf-8") as f:
        old = json.load(f)
    diff = differences(old, new)
    print(f"{len(new)} outputs, {len(diff)} differ" + (": " + ", ".join(diff[:20]) if diff else ""))
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
