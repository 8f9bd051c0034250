"""Document identity: the URLs and portals a document was seen at (one record per (number,
issuer, year), see extractors.refs.document_key) and near-duplicate texts (MinHash, datasketch):
the same plan re-typed on a department site under another title is found as one group."""
from __future__ import annotations

import hashlib
import re
import sqlite3
import zlib
from functools import lru_cache

from extractors.normalize import fold

NUM_PERM = 128
SCHEME = "affine32"           # named: stored signatures compare only with ones of the same scheme
BANDS, ROWS = 32, 4           # LSH: pairs from about Jaccard 0.4 become candidates
MIN_SHARED = 4               # P(a pair at Jaccard 0.8 shares fewer than 4 bands) is about 0.01 %
NEAR_DUPLICATE = 0.8          # estimated Jaccard of word 3-shingles at which texts are "the same text"
_WORD = re.compile(r"\w+")


def _minhash_class():
    """datasketch's MinHash, imported without running the package's __init__: that one imports
    its LSH classes and with them scipy.integrate (0.5 s of CPU and 50 MB in the crawl process
    for code never run here). A later `import datasketch` still gets the whole package."""
    import importlib.util
    import sys
    import types

    if "datasketch" in sys.modules:
        from datasketch import MinHash
        return MinHash
    stub = types.ModuleType("datasketch")
    stub.__path__ = list(importlib.util.find_spec("datasketch").submodule_search_locations)
    sys.modules["datasketch"] = stub
    try:
        from datasketch.minhash import MinHash
    finally:
        if sys.modules.get("datasketch") is stub:
            del sys.modules["datasketch"]
    return MinHash


@lru_cache(maxsize=1)
def _template():
    """An empty MinHash to copy: building its permutations costs more than hashing a page."""
    MinHash = _minhash_class()
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, hashfunc=zlib.crc32)   # crc32: stable and fast


def _minhash(text: str):
    words = _WORD.findall(fold(text).casefold())
    m = _template().copy()
    shingles = {" ".join(words[i:i + 3]).encode() for i in range(max(1, len(words) - 2))}
    m.update_batch(list(shingles))
    return m


def write_minhash(c: sqlite3.Connection, doc_id: int, text: str) -> None:
    """Signature and LSH bands of the text, in the caller's transaction."""
    import numpy as np   # here: the crawl process opens the store at start and writes its first document later
    c.execute("DELETE FROM document_lsh WHERE document_id=?", (doc_id,))
    if len(_WORD.findall(text)) < 20:           # too short to call anything a duplicate of it
        c.execute("DELETE FROM document_minhash WHERE document_id=?", (doc_id,))
        return
    hv = _minhash(text).hashvalues.astype(np.uint64)
    c.execute("INSERT OR REPLACE INTO document_minhash VALUES (?, ?)", (doc_id, hv.tobytes()))
    c.executemany("INSERT OR IGNORE INTO document_lsh VALUES (?,?,?)",
                  [(b, _band(hv, b), doc_id) for b in range(BANDS)])


SAME_PAGE = 0.5              # a page under a known (number, issuer, year) is a re-post above this


def similarity(c: sqlite3.Connection, doc_id: int, text: str) -> float | None:
    """Estimated Jaccard between the stored document and `text`; None when either is too short."""
    r = c.execute("SELECT signature FROM document_minhash WHERE document_id=?", (doc_id,)).fetchone()
    if r is None or len(_WORD.findall(text)) < 20:
        return None
    import numpy as np
    mine = _minhash(text).hashvalues.astype(np.uint64)
    return float(np.mean(mine == np.frombuffer(r[0], dtype=np.uint64)))


def _band(hv, b: int) -> str:
    return hashlib.blake2b(hv[b * ROWS:(b + 1) * ROWS].tobytes(), digest_size=8).hexdigest()


def near_duplicates(conn: sqlite3.Connection, doc_id: int, threshold: float = NEAR_DUPLICATE) -> list[dict]:
    """Other documents whose text is nearly the same (estimated Jaccard >= threshold), best first."""
    mine = conn.execute("SELECT signature FROM document_minhash WHERE document_id=?", (doc_id,)).fetchone()
    if mine is None:
        return []
    import numpy as np
    me = np.frombuffer(mine[0], dtype=np.uint64)
    # texts at Jaccard 0.8 share about 13 of the 32 bands (0.8^4 each); fewer than MIN_SHARED
    # shared bands is a pair far below the threshold: not worth fetching its signature
    rows = conn.execute(
        "SELECT m.document_id, m.signature, d.title, d.url, d.doc_number, d.source_id FROM ("
        "  SELECT b.document_id AS id FROM document_lsh a JOIN document_lsh b ON a.band = b.band AND a.hash = b.hash"
        "  WHERE a.document_id = ? AND b.document_id != ? GROUP BY b.document_id HAVING count(*) >= ?) c "
        "JOIN document_minhash m ON m.document_id = c.id JOIN documents d ON d.id = c.id",
        (doc_id, doc_id, MIN_SHARED)).fetchall()
    out = []
    for r in rows:
        j = float(np.mean(me == np.frombuffer(r[1], dtype=np.uint64)))   # MinHash's Jaccard estimate
        if j >= threshold:
            out.append({"id": r[0], "similarity": round(j, 2), "title": r[2], "url": r[3], "number": r[4],
                        "source_id": r[5]})
    return sorted(out, key=lambda d: (-d["similarity"], d["id"]))


def sightings(conn: sqlite3.Connection, doc_id: int) -> list[dict]:
    """Every URL the document was seen at, with its portal, first seen first."""
    return [dict(r) for r in conn.execute(
        "SELECT s.url, s.source_id, src.name AS source_name, s.first_seen_at, s.last_seen_at "
        "FROM document_sightings s LEFT JOIN sources src ON src.id = s.source_id "
        "WHERE s.document_id=? ORDER BY s.first_seen_at, s.url", (doc_id,))]


def same_document_pages(conn: sqlite3.Connection, doc_id: int) -> list[dict]:
    """Other records under the same (number, issuer, year): pages about the document whose text
    differs from it (a news item, a summary), kept apart so their text is not lost."""
    return [dict(r) for r in conn.execute(
        "SELECT o.id, o.url, o.title, o.source_id FROM documents d JOIN documents o ON o.doc_key = d.doc_key "
        "WHERE d.id=? AND o.id != d.id ORDER BY o.id", (doc_id,))]


def see(c: sqlite3.Connection, doc_id: int, url: str, source_id: str | None, at: str, digest: str | None) -> None:
    c.execute("INSERT INTO document_sightings VALUES (?,?,?,?,?,?) ON CONFLICT(url) DO UPDATE SET "
              "last_seen_at=excluded.last_seen_at, content_hash=excluded.content_hash", (doc_id, url, source_id, at, at,
                                                                                        digest))
