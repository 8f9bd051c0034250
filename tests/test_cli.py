"""The command line as scripts use it: real processes, real store files."""
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from store.ingest import sync_index
from store.tantivy_backend import TantivyBackend
from store.sqlite import Store
from tests.conftest import SAMPLE_DOCS, make_doc

PARWATCH = [sys.executable, "-m", "parwatch"]
VI = {"LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "PARWATCH_LANG": ""}   # the default language, whatever the CI's locale


def run(*args, input=None, env=None):
    return subprocess.run([*PARWATCH, *args], input=input, capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


@pytest.fixture
def store_path(tmp_path) -> Path:
    s = Store(tmp_path / "cli.sqlite")
    for d in SAMPLE_DOCS:
        s.upsert_document(make_doc(d))
    sync_index(s, TantivyBackend(s.path.with_suffix(".tantivy")))
    s.close()
    return tmp_path / "cli.sqlite"


def test_search_json_for_scripts(store_path):
    r = run("search", "cai cach hanh chinh", "--province", "Tiền Giang", "--json", "--store", str(store_path))
    assert r.returncode == 0, r.stderr
    body = json.loads(r.stdout)
    assert body["total"] == 2
    assert {"id", "url", "title", "doc_number", "date", "score"} <= set(body["hits"][0])
    assert "252/KH-UBND" in {h["doc_number"] for h in body["hits"]}


def test_search_table_says_which_hits_it_shows_and_how_to_see_more(store_path, monkeypatch):
    from typer.testing import CliRunner

    from parwatch import lang
    from parwatch.cli import app

    monkeypatch.setattr(lang, "LANG", "vi")
    total = json.loads(run("search", "cai cach hanh chinh", "--json", "--store", str(store_path)).stdout)["total"]
    assert total >= 2
    r = CliRunner().invoke(app, ["search", "cai cach hanh chinh", "--size", "1", "--store", str(store_path)])
    assert f"văn bản 1–1 trong {total}; xem tiếp: --page 2" in r.stdout, r.stdout
    r = CliRunner().invoke(app, ["search", "cai cach hanh chinh", "--size", "1", "--page", str(total),
                                 "--store", str(store_path)])
    assert f"văn bản {total}–{total} trong {total}\n" in r.stdout and "xem tiếp" not in r.stdout, r.stdout
    r = CliRunner().invoke(app, ["search", "cai cach hanh chinh", "--page", "9", "--store", str(store_path)])
    assert f"trang 9 không có văn bản: {total} văn bản chia thành 1 trang" in r.stdout, r.stdout


def test_store_from_environment(store_path):
    r = run("search", "dong thap", "--json", env={"PARWATCH_STORE": str(store_path)})
    assert json.loads(r.stdout)["total"] == 1


def test_bad_input_is_one_line_and_exit_2(store_path, tmp_path):
    r = run("search", "x", "--from", "19/9/2018", "--store", str(store_path))
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and "--from" in r.stderr
    notes = tmp_path / "notes.sqlite"
    notes.write_text("not a database")
    r = run("search", "x", "--store", str(notes))
    assert r.returncode == 2 and "notes.sqlite" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert notes.read_text() == "not a database"


def test_keys_are_shown_once_and_stored_hashed(store_path):
    r = run("keys", "add", "appraiser-1", "--role", "appraiser", "--store", str(store_path))
    assert r.returncode == 0, r.stderr
    key = r.stdout.strip().splitlines()[-1]
    assert key.startswith("pw_")
    wal = Path(str(store_path) + "-wal")
    raw = Path(store_path).read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert key.encode() not in raw
    assert run("keys", "add", "x", "--role", "wizard", "--store", str(store_path)).returncode == 2


def test_every_command_has_help():
    for cmd in (["--help"], ["search", "--help"], ["extract", "--help"], ["serve", "--help"],
                ["crawl", "--help"], ["demo", "--help"], ["sources", "--help"], ["keys", "--help"]):
        r = run(*cmd)
        assert r.returncode == 0 and "Usage" in r.stdout, (cmd, r.stderr)


def test_help_is_vietnamese_english_on_request_and_shows_no_bool():
    commands = (["--help"], ["search", "--help"], ["show", "--help"], ["alerts", "add", "--help"],
                ["alerts", "list", "--help"], ["watch", "--help"], ["demo", "--help"])
    for cmd in commands:
        r = run(*cmd, env={"LANG": "C.UTF-8", "LC_ALL": "", "PARWATCH_LANG": ""})
        assert r.returncode == 0 and "<bool>" not in r.stdout, (cmd, r.stdout)
        assert "Tùy chọn" in r.stdout, (cmd, r.stdout)
    r = run("alerts", "add", "--help", env=VI)
    assert "1.1 hoặc SIPAS.1" in r.stdout and "1.1.1" not in r.stdout
    for how in (["--lang", "en"], ["--lang=en"]):
        r = run("search", *how, "--help")
        assert r.returncode == 0 and "Options" in r.stdout and "Search the stored documents" in r.stdout, r.stdout
    r = run("search", "--help", env={"LANG": "en_US.UTF-8"})
    assert "Search the stored documents" in r.stdout
    assert run("--lang", "fr", "search", "x").returncode == 2


def test_show_one_document_by_id_or_number(store_path):
    r = run("show", "252/kh-ubnd", "--store", str(store_path))
    assert r.returncode == 0, r.stderr
    assert "252/KH-UBND" in r.stdout and "Tiền Giang" in r.stdout and "Dữ kiện trích xuất" in r.stdout
    doc_id = re.search(r"/van-ban/(\d+)", r.stdout).group(1)
    by_id = run("show", doc_id, "--json", "--store", str(store_path))
    assert json.loads(by_id.stdout)["doc_number"] == "252/KH-UBND"
    r = run("show", "999/XX", "--store", str(store_path))
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1 and "parwatch search" in r.stderr
    r = run("--lang", "en", "show", "999/XX", "--store", str(store_path))
    assert "error: no document with id or number '999/XX'" in r.stderr


def free_port_block(n: int = 10) -> int:
    """A first port with n free ones after it (the demo's simulated portals take fixed ports)."""
    import socket
    for base in range(20000, 60000, 97):
        socks = []
        try:
            for p in range(base, base + n):
                s = socket.socket()
                socks.append(s)
                s.bind(("127.0.0.1", p))
            return base
        except OSError:
            continue
        finally:
            for s in socks:
                s.close()
    raise RuntimeError("no free port block")


def test_demo_crawls_the_bundled_portals_says_what_to_open_and_a_second_run_changes_nothing(tmp_path):
    demo_store = tmp_path / "demo.sqlite"
    port = str(free_port_block())
    r = run("demo", "--no-serve", "--store", str(demo_store), "--sim-port", port, env=VI)
    assert r.returncode == 0, r.stderr[-2000:]
    assert "văn bản mới" in r.stdout and "/van-ban/" in r.stdout and "/minh-chung?" in r.stdout
    assert f"parwatch search \"cải cách hành chính\" --store {demo_store}" in r.stdout
    # typed as printed: after `make demo` the venv is not activated, so the line names the venv's script
    assert re.search(rf"^  (\S*/)?parwatch show \d+ --store {re.escape(str(demo_store))}$", r.stdout, re.M), r.stdout
    first = json.loads(run("search", "cai cach hanh chinh", "--json", "--size", "100", "--store", str(demo_store)).stdout)
    assert first["total"] >= 10
    again = run("demo", "--no-serve", "--store", str(demo_store), "--sim-port", port, env=VI)
    assert again.returncode == 0, again.stderr[-2000:]
    rows = dict(re.findall(r"^\s+(văn bản [^\d]+?)\s+(\d+)$", again.stdout, re.M))
    assert rows["văn bản mới"] == "0" and rows["văn bản đã sửa đổi"] == "0", again.stdout
    assert int(rows["văn bản không thay đổi"]) >= first["total"], again.stdout
    second = json.loads(run("search", "cai cach hanh chinh", "--json", "--size", "100", "--store", str(demo_store)).stdout)
    assert second["total"] == first["total"]
    assert [h["id"] for h in second["hits"]] == [h["id"] for h in first["hits"]]


def test_an_offline_crawl_says_one_line_per_portal_and_suggests_the_demo(tmp_path):
    import socket

    closed = []
    for _ in range(3):                      # ports nothing listens on
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            closed.append(s.getsockname()[1])
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "offline.yaml").write_text("sources:\n" + "".join(
        f"- id: offline-{i}\n  name: Cổng {i}\n  province: Huế\n  base_url: http://127.0.0.1:{p}/\n"
        for i, p in enumerate(closed)), encoding="utf-8")
    r = run("crawl", "--sources-dir", str(sources), "--store", str(tmp_path / "s.sqlite"), env=VI)
    assert r.returncode == 1
    portal_lines = [line for line in r.stderr.splitlines() if "offline-" in line]
    assert len(portal_lines) == 3, r.stderr
    assert all("không truy cập được cổng thông tin" in line for line in portal_lines), r.stderr
    assert "make demo" in r.stderr and "Không truy cập được cổng thông tin nào (3 cổng đã thử)" in r.stderr
    # the summary table in Vietnamese: its title, its labels, the unreachable portals folded into one row
    assert "Kết quả thu thập" in r.stdout and re.search(r"cổng thông tin không truy cập được\s*│\s*3\b", r.stdout)
    assert "lượt tải trang" in r.stdout and "văn bản mới" in r.stdout and "thời gian" in r.stdout
    assert not re.search(r"pages fetched|documents new|portals unreachable|crawl summary|alerts:", r.stdout)
    assert "cảnh báo: 0 khớp, 0 đã gửi" in r.stdout
    assert "lỗi: không thu thập được nguồn nào" in r.stderr


def test_errors_name_the_flags_typed(store_path, monkeypatch):
    """A bad value is blamed on the flag the user typed, never on a parameter or field name."""
    cases = [(("search", "x", "--to", "2024-99-01"), "--to"),
             (("search", "x", "--from", "2024-02-30"), "--from"),
             (("search", "x", "--from", "2024-05-01", "--to", "2024-01-01"), "--from"),
             (("search", "x", "--sort", "newest"), "--sort"),
             (("watch", "--every", "5x", "--once"), "--every"),
             (("run", "--every", "0s"), "--every"),
             (("evidence", "--province", "Narnia", "--year", "2024"), "--province"),
             (("evidence", "--province", "Tiền Giang", "--year", "2024", "--as-of", "2024-13-01"), "--as-of"),
             (("evidence", "--province", "Tiền Giang", "--year", "2024", "--format", "pdf"), "--format"),
             (("alerts", "add", "--name", "a", "--atom", "--criterion", "9.9"), "--criterion"),
             (("alerts", "add", "--name", "a", "--webhook", "ftp://x"), "--webhook"),
             (("alerts", "add", "--name", "a", "--email", "not-an-address"), "--email"),
             (("alerts", "add", "--name", "a\nb", "--atom"), "--name"),
             (("crawl", "--source", "no-such-source"), "--source"),
             (("keys", "add", "x", "--role", "wizard"), "--role")]
    from typer.testing import CliRunner

    from parwatch import lang
    from parwatch.cli import app

    monkeypatch.setattr(lang, "LANG", "vi")   # in-process: one import for all the cases
    for args, flag in cases:
        r = CliRunner().invoke(app, [*args, "--store", str(store_path)])
        assert r.exit_code == 2, (args, r.output)
        line = r.stderr.strip()
        assert len(line.splitlines()) == 1 and re.match(rf"(lỗi|error): {flag}[: ]", line), (args, line)
        assert not re.search(r"\b(date_from|date_to|as_of|webhook_url|sources_dir|filters\.)", line), line
