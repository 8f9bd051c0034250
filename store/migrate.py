"""Versioned schema migrations: numbered SQL files applied once, in order."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from importlib import resources

MIGRATIONS_PACKAGE = "store.migrations"


def available_migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) for every NNNN_name.sql file, sorted by version."""
    found = []
    for entry in resources.files(MIGRATIONS_PACKAGE).iterdir():
        if entry.name.endswith(".sql") and entry.name[:4].isdigit():
            found.append((int(entry.name[:4]), entry.name[5:-4], entry.read_text(encoding="utf-8")))
    return sorted(found)


def current_version(conn: sqlite3.Connection) -> int:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    row = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return row[0] or 0


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply pending migrations, each in its own transaction; returns the versions applied."""
    applied = []
    current_version(conn)                     # creates the bookkeeping table
    # each version is applied once, whatever its place: a migration numbered below the newest
    # applied one (branches merged in another order) is not skipped
    have = {r[0] for r in conn.execute("SELECT version FROM schema_migrations")}
    for version, name, sql in available_migrations():
        if version in have:
            continue
        with conn:
            conn.execute("BEGIN IMMEDIATE")
            if conn.execute("SELECT 1 FROM schema_migrations WHERE version=?", (version,)).fetchone():
                continue  # another process applied it meanwhile
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                (version, name, datetime.now(timezone.utc).isoformat()),
            )
        applied.append(version)
    return applied


def _statements(sql: str) -> list[str]:
    # executescript() would commit implicitly; split on complete statements instead.
    out, buf = [], ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip() and not buf.strip().startswith("--"):
        out.append(buf.strip())
    return [s for s in out if s and not all(l.strip().startswith("--") or not l.strip() for l in s.splitlines())]
