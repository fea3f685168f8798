"""What the store keeps about each document for finding it again: its folded text in the
FTS5 search index, and its near-duplicate sketch.

``index_documents`` runs inside ``Project.add_documents``' transaction, so a document is
searchable exactly when it exists; deleting a document cascades to both (the FTS5 table
follows ``search_folded`` through triggers).
"""

from __future__ import annotations

import sqlite3
from array import array
from collections.abc import Iterable
from dataclasses import dataclass

from annotator.core import near_duplicates
from annotator.core.model import Document
from annotator.core.normalize import fold_for_index

# Estimated Jaccard similarity of word 5-grams from which we warn: one edited word in twenty
# already brings two versions of a story down to about 0.6; unrelated articles share ~0.
NEAR_DUPLICATE = 0.6


# A shingle found in this many documents is boilerplate (an outlet's standard sentence): it
# no longer finds candidates, or every article of that outlet would be one.
COMMON = 50
# A near-duplicate's stored keys are among its smallest hashes, so among ours too.
PROBES = 24


# Folded texts and sketches an importer computed ahead (on another thread), by content hash.
_ready: dict[str, tuple[str, tuple[int, ...]]] = {}


def prepare(content_hash: str, text: str) -> tuple[int, ...]:
    """Computes what indexing ``text`` needs, ahead of storing it; returns its sketch."""
    sk = near_duplicates.sketch(text)
    _ready[content_hash] = (fold_for_index(text), sk)
    return sk


def forget_prepared() -> None:
    _ready.clear()


def index_documents(conn: sqlite3.Connection, docs: Iterable[Document]) -> None:
    for doc in docs:
        ready = _ready.pop(doc.content_hash, None)
        folded, sk = ready or (fold_for_index(doc.text), near_duplicates.sketch(doc.text))
        conn.execute("INSERT INTO search_folded (doc_id, folded) VALUES (?, ?)", (doc.id, folded))
        conn.execute(
            "INSERT INTO document_sketches (doc_id, length, sketch) VALUES (?, ?, ?)",
            (doc.id, len(doc.text), array("q", sk).tobytes()),
        )
        common = _common(conn, sk)
        keys = [k for k in sk if k not in common][: near_duplicates.KEYS]
        conn.executemany(
            "INSERT INTO document_sketch_keys (key, doc_id, length) VALUES (?, ?, ?)",
            [(key, doc.id, len(doc.text)) for key in keys],
        )
        _mark_common(conn, keys)


def _common(conn: sqlite3.Connection, keys: tuple[int, ...]) -> set[int]:
    if not keys:
        return set()
    marks = ",".join("?" * len(keys))
    return {
        r[0] for r in conn.execute(f"SELECT key FROM common_shingles WHERE key IN ({marks})", keys)
    }


def _mark_common(conn: sqlite3.Connection, keys: list[int]) -> None:
    if not keys:
        return
    marks = ",".join("?" * len(keys))
    # Postings of a key stop at COMMON (they are dropped then), so this count stays small.
    common = [
        (key,)
        for key, n in conn.execute(
            f"SELECT key, count(*) FROM document_sketch_keys WHERE key IN ({marks}) GROUP BY key",
            keys,
        )
        if n >= COMMON
    ]
    conn.executemany("INSERT OR IGNORE INTO common_shingles (key) VALUES (?)", common)
    conn.executemany("DELETE FROM document_sketch_keys WHERE key = ?", common)


def index_all(conn: sqlite3.Connection) -> None:
    """Indexes documents that are not indexed yet (an older project being upgraded)."""
    rows = conn.execute(
        "SELECT id, name, text FROM documents WHERE id NOT IN (SELECT doc_id FROM search_folded)"
    ).fetchall()
    index_documents(conn, (Document(name=name, text=text, id=i) for i, name, text in rows))


@dataclass(frozen=True)
class NearDuplicate:
    doc_id: str
    name: str
    similarity: float

    def describe(self) -> str:
        return f"near-duplicate of {self.name!r} ({self.similarity:.0%} similar)"


def near_duplicates_of(
    conn: sqlite3.Connection,
    text: str,
    threshold: float = NEAR_DUPLICATE,
    limit: int = 3,
    sketch: tuple[int, ...] | None = None,
) -> list[NearDuplicate]:
    """Stored documents whose text is at least ``threshold`` similar to ``text``."""
    sk = near_duplicates.sketch(text) if sketch is None else sketch
    if not sk:
        return []
    # A Jaccard similarity of J allows lengths to differ by a factor of about J at most.
    low, high = int(len(text) * threshold * 0.9), int(len(text) / (threshold * 0.9)) + 1
    probes = sk[:PROBES]
    marks = ",".join("?" * len(probes))
    candidates = conn.execute(
        f"SELECT s.doc_id, d.name, s.sketch FROM document_sketches s "
        f"JOIN documents d ON d.id = s.doc_id WHERE s.doc_id IN ("
        f"  SELECT doc_id FROM document_sketch_keys WHERE key IN ({marks}) "
        f"  AND length BETWEEN ? AND ? GROUP BY doc_id HAVING count(*) >= 2 "
        f"  ORDER BY count(*) DESC LIMIT 5)",
        (*probes, low, high),
    ).fetchall()
    found = []
    for doc_id, name, blob in candidates:
        score = near_duplicates.similarity(sk, tuple(array("q", blob)))
        if score >= threshold:
            found.append(NearDuplicate(doc_id, name, score))
    found.sort(key=lambda n: n.similarity, reverse=True)
    return found[:limit]


def record_unnormalized(conn: sqlite3.Connection, doc_id: str, text: str) -> None:
    """Keeps the text as it was before the optional Persian spelling normalization."""
    conn.execute("INSERT INTO document_unnormalized (doc_id, text) VALUES (?, ?)", (doc_id, text))


def unnormalized_text(conn: sqlite3.Connection, doc_id: str) -> str | None:
    row = conn.execute(
        "SELECT text FROM document_unnormalized WHERE doc_id = ?", (doc_id,)
    ).fetchone()
    return row[0] if row else None
