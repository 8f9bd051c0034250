"""The embedded records store: one SQLite file in WAL mode."""
from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

from extractors.normalize import fold
from store.identity import SAME_PAGE, see, similarity, write_minhash
from store.migrate import migrate
from store.models import DocumentIn, IndexDoc, Source, UpsertOutcome


class StoreError(RuntimeError):
    """A store file that cannot be opened or used; the message says what to do."""


def key(value: str | None) -> str | None:
    """Folded lower-case form used for filters that ignore diacritics and case."""
    return fold(value).casefold().strip() if value else None


def content_hash(title: str, text: str, attachments: Iterable[tuple[str, str]] = ()) -> str:
    """The one content hash: title, text and (url, text) of each attachment in URL order. The crawler
    hashes a page before its files are read, with (url, "") pairs; the store hashes the document."""
    h = hashlib.sha256()
    h.update(title.encode())
    h.update(b"\x00")
    h.update(text.encode())
    for url, att_text in sorted(attachments, key=lambda a: a[0]):
        h.update(b"\x00" + url.encode() + b"\x00" + att_text.encode())
    return h.hexdigest()


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """Records of sources, documents, versions, attachments and crawl state.

    One connection per thread (SQLite connections are not shared across threads);
    WAL lets readers go on while a crawl writes.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._local = threading.local()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if 12 in migrate(self.conn):
                self._backfill_identity()
        except sqlite3.DatabaseError as e:
            raise StoreError(f"cannot use store {self.path}: {e} (is it a parwatch SQLite file?)") from e
        except OSError as e:
            raise StoreError(f"cannot create store {self.path}: {e}") from e

    @property
    def conn(self) -> sqlite3.Connection:
        c = getattr(self._local, "conn", None)
        if c is None:
            c = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            c.row_factory = sqlite3.Row
            c.execute("PRAGMA journal_mode=WAL")
            c.execute("PRAGMA synchronous=NORMAL")
            c.execute("PRAGMA foreign_keys=ON")
            self._local.conn = c
        return c

    def _backfill_identity(self, batch: int = 500) -> None:
        """Once, when migration 0012 arrives: identity keys and MinHash signatures of the documents
        stored before it (their duplicates stay records; pages and citations group them by key)."""
        ids = [r[0] for r in self.conn.execute("SELECT id FROM documents WHERE doc_key IS NULL ORDER BY id")]
        for i in range(0, len(ids), batch):
            with self.transaction() as c:
                for r in c.execute(f"SELECT id, title, text, facts FROM documents WHERE id IN "
                                   f"({','.join('?' * len(ids[i:i + batch]))})", ids[i:i + batch]).fetchall():
                    c.execute("UPDATE documents SET doc_key=? WHERE id=?", (_doc_key(json.loads(r["facts"])), r["id"]))
                    write_minhash(c, r["id"], r["title"] + "\n" + r["text"])

    def close(self) -> None:
        c = getattr(self._local, "conn", None)
        if c is not None:
            c.close()
            self._local.conn = None

    def transaction(self):
        return _Transaction(self.conn)

    # -- sources ---------------------------------------------------------
    def upsert_source(self, s: Source) -> None:
        self.conn.execute(
            "INSERT INTO sources(id, name, province, base_url, kind, data, updated_at) VALUES (?,?,?,?,?,?,?) "
            "ON CONFLICT(id) DO UPDATE SET name=excluded.name, province=excluded.province, "
            "base_url=excluded.base_url, kind=excluded.kind, data=excluded.data, updated_at=excluded.updated_at",
            (s.id, s.name, s.province, s.base_url, s.kind, json.dumps(s.data, ensure_ascii=False, default=str), _now()),
        )

    def get_source(self, source_id: str) -> Source | None:
        r = self.conn.execute("SELECT * FROM sources WHERE id=?", (source_id,)).fetchone()
        return _source(r) if r else None

    def list_sources(self) -> list[Source]:
        return [_source(r) for r in self.conn.execute("SELECT * FROM sources ORDER BY id")]

    # -- documents -------------------------------------------------------
    def upsert_document(self, doc: DocumentIn) -> UpsertOutcome:
        """Insert, or replace when the content changed (keeping the old version).
        Re-ingesting identical content writes nothing."""
        canonical = doc.canonical_url or doc.url
        digest = content_hash(doc.title, doc.text, [(a.url, a.text) for a in doc.attachments])
        with self.transaction() as c:
            row = c.execute(
                "SELECT id, content_hash, version FROM documents WHERE canonical_url=?", (canonical,)
            ).fetchone()
            at = doc.fetched_at.isoformat()
            if row is None:
                same = self._same_document(c, canonical, doc)
                if same is not None:     # seen at another URL or portal: one record, one more sighting
                    see(c, same["id"], canonical, doc.source_id, at, digest)
                    insert_snapshots(c, doc.snapshots, same["id"])
                    return UpsertOutcome(id=same["id"], status="unchanged", version=same["version"])
            if row and row["content_hash"] == digest:
                see(c, row["id"], canonical, doc.source_id, at, digest)
                insert_snapshots(c, doc.snapshots, row["id"])   # a re-capture is evidence too
                return UpsertOutcome(id=row["id"], status="unchanged", version=row["version"])
            fields = _document_fields(doc, canonical, digest)
            if row is None:
                fields["first_seen_at"] = at
                fields["version"] = 1
                cols = ", ".join(fields)
                doc_id = c.execute(
                    f"INSERT INTO documents({cols}) VALUES ({', '.join('?' * len(fields))})",
                    list(fields.values()),
                ).lastrowid
                status, version = "new", 1
            else:
                doc_id, version = row["id"], row["version"] + 1
                c.execute(
                    "INSERT OR IGNORE INTO document_versions "
                    "SELECT id, version, content_hash, title, text, facts, fetched_at FROM documents WHERE id=?",
                    (doc_id,),
                )
                fields["version"] = version
                sets = ", ".join(f"{k}=?" for k in fields)
                c.execute(f"UPDATE documents SET {sets} WHERE id=?", [*fields.values(), doc_id])
                status = "changed"
            _replace_children(c, doc_id, doc)
            see(c, doc_id, canonical, doc.source_id, at, digest)
            write_minhash(c, doc_id, doc.title + "\n" + doc.text)
            insert_snapshots(c, doc.snapshots, doc_id)
            c.execute("INSERT OR REPLACE INTO index_queue VALUES (?, ?)", (doc_id, _now()))
        return UpsertOutcome(id=doc_id, status=status, version=version)

    @staticmethod
    def _same_document(c: sqlite3.Connection, canonical: str, doc: DocumentIn):
        """The record this page is another sighting of: by a URL seen before, else by identity
        (number, issuer, year) when its text is that record's text re-posted. A page under the same
        number with other text (a news item about the plan) stays a record of its own: merging it
        would lose its text."""
        r = c.execute("SELECT d.id, d.version FROM document_sightings s JOIN documents d ON d.id = s.document_id "
                      "WHERE s.url=?", (canonical,)).fetchone()
        if r is None:
            k = _doc_key(doc.facts.to_dict())
            if k:
                for cand in c.execute("SELECT id, version FROM documents WHERE doc_key=? ORDER BY id", (k,)).fetchall():
                    sim = similarity(c, cand["id"], doc.title + "\n" + doc.text)
                    if sim is None or sim >= SAME_PAGE:
                        return cand
        return r

    def delete_document(self, doc_id: int) -> bool:
        with self.transaction() as c:
            gone = c.execute("DELETE FROM documents WHERE id=?", (doc_id,)).rowcount
            if gone:
                c.execute("INSERT OR REPLACE INTO index_queue VALUES (?, ?)", (doc_id, _now()))
        return bool(gone)

    def get_document(self, doc_id: int) -> dict | None:
        r = self.conn.execute("SELECT * FROM documents WHERE id=?", (doc_id,)).fetchone()
        if r is None:
            return None
        d = dict(r)
        for k in ("province_key", "type_key", "issuer_key"):
            d.pop(k, None)
        d["facts"] = json.loads(d["facts"])
        d["indices"] = self.document_indices(doc_id)
        d["attachments"] = [dict(a) for a in self.conn.execute(
            "SELECT url, media_type, size, sha256, text, text_method, error, filename FROM attachments "
            "WHERE document_id=? ORDER BY id", (doc_id,))]
        d["versions"] = [dict(v) for v in self.conn.execute(
            "SELECT version, content_hash, fetched_at FROM document_versions WHERE document_id=? "
            "ORDER BY version", (doc_id,))]
        return d

    def get_version(self, doc_id: int, version: int) -> dict | None:
        r = self.conn.execute(
            "SELECT * FROM document_versions WHERE document_id=? AND version=?", (doc_id, version)
        ).fetchone()
        return {**dict(r), "facts": json.loads(r["facts"])} if r else None

    def document_id_for_url(self, url: str) -> int | None:
        r = self.conn.execute("SELECT id FROM documents WHERE canonical_url=? OR url=?", (url, url)).fetchone() \
            or self.conn.execute("SELECT document_id FROM document_sightings WHERE url=?", (url,)).fetchone()
        return r[0] if r else None

    def document_indices(self, doc_id: int) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT name FROM document_indices WHERE document_id=? ORDER BY name", (doc_id,))]

    def count_documents(self) -> int:
        return self.conn.execute("SELECT count(*) FROM documents").fetchone()[0]

    def document_ids(self) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY id")]

    # -- search-index hand-off ---------------------------------------------
    def index_doc(self, doc_id: int) -> IndexDoc | None:
        r = self.conn.execute("SELECT * FROM documents WHERE id=?", (doc_id,)).fetchone()
        if r is None:
            return None
        attachment_text = "\n\n".join(
            a[0] for a in self.conn.execute(
                "SELECT text FROM attachments WHERE document_id=? AND text != '' ORDER BY id", (doc_id,))
        )
        facts = json.loads(r["facts"])
        from extractors.issuers import canonical_issuer   # here: its patterns cost ~0.4 s to import
        return IndexDoc(
            id=r["id"], url=r["url"], source_id=r["source_id"], title=r["title"],
            text=r["text"] + ("\n\n" + attachment_text if attachment_text else ""),
            doc_number=r["doc_number"], doc_type=r["doc_type"],
            issuer=canonical_issuer(r["issuer"], r["province"]),   # records stored before it was canonical
            province=r["province"], indices=self.document_indices(doc_id),
            date=r["date"], published_date=r["published_date"], fetched_at=r["fetched_at"],
            targets=facts.get("targets") or [], relevance=r["relevance"],
        )

    def iter_index_docs(self, ids: Iterable[int] | None = None) -> Iterator[IndexDoc]:
        for doc_id in (self.document_ids() if ids is None else ids):
            d = self.index_doc(doc_id)
            if d is not None:
                yield d

    def pending_index(self, limit: int = 500) -> list[int]:
        return [r[0] for r in self.conn.execute(
            "SELECT document_id FROM index_queue ORDER BY document_id LIMIT ?", (limit,))]

    def count_pending_index(self) -> int:
        return self.conn.execute("SELECT count(*) FROM index_queue").fetchone()[0]

    def mark_indexed(self, ids: Iterable[int]) -> None:
        with self.transaction() as c:
            c.executemany("DELETE FROM index_queue WHERE document_id=?", [(i,) for i in ids])

    # -- crawl state -----------------------------------------------------
    def crawl_state(self, url: str) -> dict | None:
        r = self.conn.execute("SELECT * FROM crawl_state WHERE url=?", (url,)).fetchone()
        return dict(r) if r else None

    def save_crawl_state(self, url: str, *, source_id: str | None, status: int, etag: str | None = None,
                         last_modified: str | None = None, content_hash: str | None = None) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO crawl_state VALUES (?,?,?,?,?,?,?)",
            (url, source_id, etag, last_modified, content_hash, status, _now()),
        )


class _Transaction:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type, *_):
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")
        return False


def _source(r: sqlite3.Row) -> Source:
    return Source(id=r["id"], name=r["name"], province=r["province"], base_url=r["base_url"],
                  kind=r["kind"], data=json.loads(r["data"]))


def _doc_key(facts: dict) -> str | None:
    """(number, issuer or province, year) of the page's primary document; see extractors.refs.document_key."""
    from extractors.refs import document_key   # here, not at import: crawl start-up (docs/crawler-history.md)
    number = facts.get("primary")
    primary = next((r for r in facts.get("doc_refs") or [] if r.get("number") == number), {})
    year = (primary.get("date") or "")[:4] or (re.search(r"/((?:19|20)\d\d)/", number or "") or [None, None])[1]
    return document_key(number, primary.get("issuer") or facts.get("province"), year)


def _document_fields(doc: DocumentIn, canonical: str, digest: str) -> dict:
    facts = doc.facts.to_dict()
    primary = next((r for r in facts.get("doc_refs") or [] if r.get("number") == facts.get("primary")), {})
    issue_date = primary.get("date")
    province = facts.get("province")
    from extractors.issuers import canonical_issuer
    issuer = canonical_issuer(primary.get("issuer"), province)   # one facet entry per body
    return {
        "url": doc.url, "canonical_url": canonical, "source_id": doc.source_id, "title": doc.title,
        "text": doc.text,
        "published_date": doc.published_date.isoformat() if doc.published_date else None,
        "fetched_at": doc.fetched_at.isoformat(), "etag": doc.etag, "last_modified": doc.last_modified,
        "content_hash": digest, "language": doc.language, "raw_path": doc.raw_path,
        "raw_sha256": doc.raw_sha256,
        "doc_number": facts.get("primary"), "doc_type": primary.get("type"),
        "issuer": issuer, "issue_date": issue_date, "province": province,
        "date": issue_date or (doc.published_date.isoformat() if doc.published_date else None),
        "province_key": key(province), "type_key": key(primary.get("type")),
        "issuer_key": key(issuer), "doc_key": _doc_key(facts),
        "facts": json.dumps(facts, ensure_ascii=False, default=str),
    }


SNAPSHOT_INSERT = ("INSERT INTO snapshots(url, source_id, kind, status, sha256, size, path, headers, fetched_at, "
                   "run_id, document_id) VALUES (?,?,?,?,?,?,?,?,?,?,?)")


def snapshot_args(r, document_id: int | None = None) -> tuple:
    """SNAPSHOT_INSERT's parameters for one record (a SnapshotIn or a dict of its fields)."""
    r = r.model_dump() if hasattr(r, "model_dump") else r
    return (r["url"], r.get("source_id"), r["kind"], r.get("status", 200), r["sha256"], r["size"], r["path"],
            json.dumps(r.get("headers") or {}, ensure_ascii=False), r["fetched_at"], r.get("run_id"), document_id)


def insert_snapshots(c: sqlite3.Connection, rows, document_id: int | None = None) -> None:
    """Snapshot records (SnapshotIn or dicts of its fields), in the caller's transaction: with the
    document they belong to, so a kill -9 leaves both or neither."""
    c.executemany(SNAPSHOT_INSERT, [snapshot_args(r, document_id) for r in rows])


def _replace_children(c: sqlite3.Connection, doc_id: int, doc: DocumentIn) -> None:
    c.execute("DELETE FROM document_indices WHERE document_id=?", (doc_id,))
    c.executemany(
        "INSERT OR IGNORE INTO document_indices VALUES (?,?,?)",
        [(doc_id, n, key(n)) for n in doc.facts.indices],
    )
    c.execute("DELETE FROM attachments WHERE document_id=?", (doc_id,))
    c.executemany(
        "INSERT OR IGNORE INTO attachments(document_id, url, media_type, size, sha256, text, text_method, error, "
        "filename) VALUES (?,?,?,?,?,?,?,?,?)",
        [(doc_id, a.url, a.media_type, a.size, a.sha256, a.text, a.text_method, a.error, a.filename)
         for a in doc.attachments],
    )
