"""The records store: migrations, idempotent upserts, versions, the index queue."""
import sqlite3

import pytest

from store.ingest import sync_index
from store.migrate import available_migrations, current_version
from store.sqlite import Store, StoreError
from tests.conftest import SAMPLE_DOCS, make_doc


def test_new_store_is_wal_and_fully_migrated(store):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert current_version(store.conn) == max(v for v, _, _ in available_migrations())


def test_reopening_applies_no_migration_twice(tmp_path):
    Store(tmp_path / "s.sqlite").close()
    s = Store(tmp_path / "s.sqlite")
    versions = [r[0] for r in s.conn.execute("SELECT version FROM schema_migrations")]
    assert versions == sorted(set(versions))


def test_same_page_twice_changes_nothing(store):
    first = store.upsert_document(make_doc(SAMPLE_DOCS[0]))
    before = store.conn.execute("SELECT * FROM documents").fetchall()
    again = store.upsert_document(make_doc(SAMPLE_DOCS[0]))
    assert (first.status, again.status) == ("new", "unchanged")
    assert again.id == first.id and again.version == 1
    assert [tuple(r) for r in store.conn.execute("SELECT * FROM documents")] == [tuple(r) for r in before]
    assert store.conn.execute("SELECT count(*) FROM document_versions").fetchone()[0] == 0


def test_changed_page_keeps_the_old_version_retrievable(store):
    doc_id = store.upsert_document(make_doc(SAMPLE_DOCS[0])).id
    changed = store.upsert_document(make_doc(SAMPLE_DOCS[0], text=SAMPLE_DOCS[0]["text"] + " Bổ sung: đính chính."))
    assert changed.status == "changed" and changed.version == 2 and changed.id == doc_id
    old = store.get_version(doc_id, 1)
    assert "đính chính" not in old["text"] and "đính chính" in store.get_document(doc_id)["text"]
    assert [v["version"] for v in store.get_document(doc_id)["versions"]] == [1]


def test_facts_fill_the_filter_columns(store):
    doc_id = store.upsert_document(make_doc(SAMPLE_DOCS[1])).id
    d = store.get_document(doc_id)
    assert (d["doc_number"], d["doc_type"], d["issue_date"], d["province"]) == (
        "145/KH-UBND", "Kế hoạch", "2023-09-26", "Quảng Trị")
    assert d["indices"] == ["PAPI", "PCI", "SIPAS"]
    assert d["date"] == "2023-09-26"  # issue date wins over the posting date


def test_index_queue_hands_new_changed_and_deleted_docs_to_the_backend(store, backend):
    a = store.upsert_document(make_doc(SAMPLE_DOCS[0])).id
    b = store.upsert_document(make_doc(SAMPLE_DOCS[1])).id
    assert sync_index(store, backend) == 2 and backend.count() == 2
    assert sync_index(store, backend) == 0
    store.upsert_document(make_doc(SAMPLE_DOCS[0]))           # unchanged: nothing queued
    assert store.pending_index() == []
    store.delete_document(b)
    assert sync_index(store, backend) == 1 and backend.count() == 1
    assert store.get_document(a) is not None


def test_a_file_that_is_not_sqlite_gives_a_clear_error(tmp_path):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("these are my notes, not a database")
    with pytest.raises(StoreError, match="notes.sqlite"):
        Store(bad)
    assert bad.read_text() == "these are my notes, not a database"


def test_failed_write_rolls_back_and_keeps_what_was_stored(store):
    store.upsert_document(make_doc(SAMPLE_DOCS[0]))
    with pytest.raises(sqlite3.IntegrityError):
        with store.transaction() as c:
            c.execute("INSERT INTO sources(id, name, base_url, updated_at) VALUES ('x','x','http://x','t')")
            c.execute("INSERT INTO sources(id, name, base_url, updated_at) VALUES ('x','x','http://x','t')")
    assert store.get_source("x") is None and store.count_documents() == 1
