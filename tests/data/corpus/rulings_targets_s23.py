"""Session 23 targets rulings (tests/data/devset/README.md, "Targets rulings (session 23)"), applied model-blind.
Rewrites only the named `targets` entries of each line, in place as text (every other byte unchanged, `notes`
included); re-running it changes nothing."""
import json

# id -> [(value, unit, old deadline_year, new deadline_year)]
EDITS = {
    # Q1: sector rates given as 'trong đó' parts of a window average take the whole's null (part A's window rule,
    # the 'trong đó' parts convention of H-007 / README-part-J's session-19 ruling).
    "J-305": [(5, "%/năm", 2030, None), (14.5, "%/năm", 2030, None), (11, "%/năm", 2030, None)],
    "J-323": [(11, "%/năm", 2030, None), (7, "%/năm", 2030, None), (2.5, "%/năm", 2030, None)],
}
FILES = [f"tests/data/corpus/part-J{k}.jsonl" for k in range(1, 7)]


def rewrite_line(line, edits):
    """Replace each target's serialised entry inside the line's "targets" list; fail if not exactly once."""
    case = json.loads(line)
    start = line.index('"targets": [')
    end = line.index('], "', start)
    head, body, tail = line[:start], line[start:end], line[end:]
    for value, unit, old, new in edits:
        hits = [t for t in case["targets"] if (t["value"], t["unit"], t["deadline_year"]) == (value, unit, old)]
        if not hits:
            continue  # already applied
        assert len(hits) == 1, (case["id"], value, unit)
        old_text = json.dumps(hits[0], ensure_ascii=False)
        assert body.count(old_text) == 1, (case["id"], old_text)
        body = body.replace(old_text, json.dumps(dict(hits[0], deadline_year=new), ensure_ascii=False))
    return head + body + tail


def main():
    done = []
    for path in FILES:
        lines = open(path, encoding="utf-8").read().split("\n")
        for i, line in enumerate(lines):
            if not line.strip():
                continue
            cid = json.loads(line)["id"]
            if cid in EDITS:
                new = rewrite_line(line, EDITS[cid])
                if new != line:
                    lines[i] = new
                    done.append(cid)
        open(path, "w", encoding="utf-8").write("\n".join(lines))
    print("changed", done or "nothing (already applied)")


if __name__ == "__main__":
    main()
