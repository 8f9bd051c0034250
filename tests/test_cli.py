"""The command line as scripts use it: real processes, real store files."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from store.ingest import sync_index
from store.fts import SqliteSearch
from store.sqlite import Store
from tests.conftest import SAMPLE_DOCS, make_doc

PARWATCH = [sys.executable, "-m", "parwatch"]


def run(*args, input=None, env=None):
    return subprocess.run([*PARWATCH, *args], input=input, capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})})


@pytest.fixture
def store_path(tmp_path) -> Path:
    s = Store(tmp_path / "cli.sqlite")
    for d in SAMPLE_DOCS:
        s.upsert_document(make_doc(d))
    sync_index(s, SqliteSearch(s))
    s.close()
    return tmp_path / "cli.sqlite"


def test_search_json_for_scripts(store_path):
    r = run("search", "cai cach hanh chinh", "--province", "Tiền Giang", "--json", "--store", str(store_path))
    assert r.returncode == 0, r.stderr
    body = json.loads(r.stdout)
    assert body["total"] == 2
    assert {"id", "url", "title", "doc_number", "date", "score"} <= set(body["hits"][0])
    assert "252/KH-UBND" in {h["doc_number"] for h in body["hits"]}


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


def test_demo_crawls_the_bundled_portals_and_says_what_to_open(tmp_path):
    r = run("demo", "--no-serve", "--store", str(tmp_path / "demo.sqlite"))
    assert r.returncode == 0, r.stderr[-2000:]
    assert "documents new" in r.stdout and "/van-ban/" in r.stdout and "/minh-chung?" in r.stdout
    found = json.loads(run("search", "cai cach hanh chinh", "--json", "--store", str(tmp_path / "demo.sqlite")).stdout)
    assert found["total"] >= 10
