import json
import subprocess
import sys

from extractors.cli_jsonl import process_lines


def test_process_lines():
    lines = [json.dumps({"id": "a", "text": "UBND tỉnh Tiền Giang ban hành Kế hoạch số 252/KH-UBND."}, ensure_ascii=False),
             "", "not json"]
    out = list(process_lines(lines))
    assert out[0]["id"] == "a" and out[0]["primary"] == "252/KH-UBND" and out[0]["province"] == "Tiền Giang"
    assert out[1]["id"] is None and "error" in out[1]


def test_module_reads_stdin():
    feed = json.dumps({"id": "x", "text": "Quyết định số 1149/QĐ-BNV ngày 30/12/2020 của Bộ Nội vụ"}, ensure_ascii=False) + "\n"
    r = subprocess.run([sys.executable, "-m", "extractors.cli_jsonl"], input=feed, capture_output=True, text=True, check=True)
    o = json.loads(r.stdout)
    assert o["id"] == "x" and o["doc_refs"][0]["number"] == "1149/QĐ-BNV" and o["doc_refs"][0]["date"] == "2020-12-30"
