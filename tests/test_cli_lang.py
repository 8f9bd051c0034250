"""The command line's language: every help text of every command is Vietnamese by default and
English under --lang en (so the next English-only option cannot slip in), the crawl summary
follows the language, and errors name the flags the user typed."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from crawler.run import CrawlSummary

# Vietnamese letters with diacritics (and đ): a text with none of them is not Vietnamese.
VI_LETTER = re.compile(r"[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]", re.I)
# Quoted examples ('Tiền Giang', "cụm từ", `make demo`) are data, not the help's language.
QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|`[^`]*`")
# Help texts made only of proper names or values, the same in both languages (none needed today).
ALLOWED: set[str] = set()

WALK = r"""
import json
from typer.main import get_command
from parwatch.cli import app

def walk(cmd, path):
    yield path, cmd
    for name, sub in sorted(getattr(cmd, "commands", {}).items()):
        yield from walk(sub, path + [name])

texts = []
for path, cmd in walk(get_command(app), []):
    ctx = cmd.context_class(cmd, info_name=" ".join(["parwatch", *path]))
    texts.append([" ".join(path) or "parwatch", "(command)", cmd.help or ""])
    for p in cmd.get_params(ctx):
        if not getattr(p, "hidden", False):
            texts.append([" ".join(path) or "parwatch", "/".join(p.opts), getattr(p, "help", None) or ""])
print(json.dumps(texts, ensure_ascii=False))
"""


def help_texts(*lang_args: str, env: dict | None = None) -> list[tuple[str, str, str]]:
    """(command, option, help) of every command, group and parameter, as a fresh process builds them."""
    base = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "PARWATCH_LANG": ""}
    r = subprocess.run([sys.executable, "-c", WALK, *lang_args], capture_output=True, text=True, timeout=120,
                       env={**base, **(env or {})})
    assert r.returncode == 0, r.stderr
    return [tuple(t) for t in json.loads(r.stdout)]


def vietnamese(text: str) -> bool:
    return bool(VI_LETTER.search(QUOTED.sub("", text)))


def test_every_help_text_of_every_command_is_vietnamese():
    texts = help_texts()
    commands = {c for c, _, _ in texts}
    # the walk reaches the subcommands, not just the top level
    assert {"run", "crawl", "demo", "evidence", "worker crawl", "sources check", "alerts add", "keys add",
            "criteria list"} <= commands, commands
    assert len(texts) > 150
    english = [(c, o, h) for c, o, h in texts if h not in ALLOWED and not vietnamese(h)]
    assert not english, "help without Vietnamese: " + "; ".join(f"{c} {o}: {h!r}" for c, o, h in english)


@pytest.mark.parametrize("how", [("--lang", "en"), ("--lang=en",), ()])
def test_every_help_text_has_its_english_under_lang_en(how):
    texts = help_texts(*how, env={} if how else {"LANG": "en_GB.UTF-8"})
    still_vi = [(c, o, h) for c, o, h in texts if vietnamese(h)]
    assert not still_vi, "Vietnamese under --lang en: " + "; ".join(f"{c} {o}: {h!r}" for c, o, h in still_vi)
    assert all(h for _, _, h in texts), [(c, o) for c, o, h in texts if not h]


def test_the_heuristic_catches_english_help():
    assert not vietnamese("Only this document type, e.g. 'Kế hoạch'")   # the example is no excuse
    assert not vietnamese("Address to listen on")
    assert vietnamese("Địa chỉ lắng nghe")
    assert vietnamese("Vai trò: admin, editor, appraiser hoặc reader")


def _summary() -> CrawlSummary:
    return CrawlSummary(pages=1234, files=7, bytes=1234567, not_modified=3,
                        documents={"new": 5, "changed": 1, "unchanged": 2, "offtopic": 4},
                        attachments={"pdf-text": 2, "ocr": 1, "docx": 1, "reused": 3},
                        errors={"http_404": 2}, unreachable={"hue-portal": "connection refused"},
                        ocr_pages=2, ocr_seconds=3.25, seconds=14.24)


def test_crawl_summary_speaks_vietnamese(monkeypatch):
    from parwatch import crawl_summary, lang

    monkeypatch.setattr(lang, "LANG", "vi")
    rows = dict(crawl_summary.summary_rows(_summary()))
    assert rows["văn bản mới"] == "5" and rows["văn bản đã sửa đổi"] == "1"
    assert rows["văn bản không thay đổi"] == "2" and rows["trang ngoài chủ đề (không lưu)"] == "4"
    assert rows["lượt tải trang"] == "1.234 (3 không thay đổi từ lần trước)"
    assert rows["lượt tải tài liệu đính kèm"] == "7" and rows["dung lượng đã nhận (byte)"] == "1.234.567"
    assert rows["tài liệu đính kèm: lớp chữ của PDF"] == "2" and rows["tài liệu đính kèm: docx"] == "1"
    assert rows["lỗi: http_404"] == "2" and rows["không truy cập được: hue-portal"] == "connection refused"
    assert rows["OCR (nhận dạng chữ)"] == "2 trang trong 3,2 giây" and rows["thời gian"] == "14,2 giây"
    for label in rows:
        assert vietnamese(label) or label.startswith("OCR"), label
    folded = dict(crawl_summary.summary_rows(_summary(), fold_unreachable=True))
    assert folded["cổng thông tin không truy cập được"] == "1" and "không truy cập được: hue-portal" not in folded
    lines = crawl_summary.unreachable_lines(_summary())
    assert lines == ["hue-portal: không truy cập được cổng thông tin: connection refused"]


def test_crawl_summary_in_english_is_the_crawlers_own(monkeypatch):
    from parwatch import crawl_summary, lang

    monkeypatch.setattr(lang, "LANG", "en")
    assert crawl_summary.summary_rows(_summary()) == _summary().rows()
    assert crawl_summary.unreachable_lines(_summary()) == _summary().unreachable_lines()


def test_everyday_errors_are_one_vietnamese_line(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    from parwatch import lang
    from parwatch.cli import app

    monkeypatch.setattr(lang, "LANG", "vi")
    store = str(tmp_path / "s.sqlite")
    for args, said in [(["extract", str(tmp_path / "missing.txt")], f"{tmp_path / 'missing.txt'}: không có tệp hoặc "
                                                                     "thư mục này"),
                       (["extract", str(tmp_path)], f"{tmp_path}: là thư mục, không phải tệp"),
                       (["alerts", "remove", "999", "--store", store], "không có đăng ký 999 (xem parwatch alerts list)"),
                       (["alerts", "retry", "999", "--store", store], "không có lần gửi 999"),
                       (["criteria", "list", "--index", "FOO"], "--index: không có bộ tiêu chí nào cho 'FOO'")]:
        r = CliRunner().invoke(app, args)
        assert r.exit_code == 2, (args, r.output)
        assert r.stderr.strip().splitlines() == [r.stderr.strip()] and said in r.stderr, (args, r.stderr)
        assert r.stderr.startswith("lỗi: ") and "Errno" not in r.stderr, r.stderr


def test_search_of_an_empty_store_says_where_documents_come_from(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    from parwatch import lang
    from parwatch.cli import app

    monkeypatch.setattr(lang, "LANG", "vi")
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(app, ["search", "cải cách", "--store", "var/parwatch.sqlite"])
    assert r.exit_code == 0 and "Kho var/parwatch.sqlite chưa có văn bản nào: `make run`" in r.stdout, r.stdout
    assert "demo" not in r.stdout
    (tmp_path / "var" / "demo.sqlite").write_bytes(b"")       # `make demo` has run in this folder
    r = CliRunner().invoke(app, ["search", "cải cách", "--store", "var/parwatch.sqlite"])
    assert "văn bản của demo ở kho var/demo.sqlite: thêm --store var/demo.sqlite" in r.stdout, r.stdout
