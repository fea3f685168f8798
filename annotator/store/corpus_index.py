"""What the store keeps about each document for finding it again: its folded text in the
FTS5 search index, and its near-duplicate sketch.

``index_documents`` runs inside ``Project.add_documents``' transaction, so a document is
searchable exactly when it is committed; deleting a document cascades to both (the FTS5 table
follows ``search_folded`` through triggers).

A document's FTS5 rowid is its ``position`` (unique: ``add_documents`` gives each the maximum
plus one), so a search joins its hits to ``documents`` through the small integer index on
position, in import order, rather than through the index on the 36-character id.
"""

from __future__ import annotations

import json
import sqlite3
from array import array
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from annotator.core import near_duplicates
from annotator.core.model import Document
from annotator.core.normalize import fold, index_form

# Estimated Jaccard similarity of word 5-grams from which we warn: one edited word in twenty
# already brings two versions of a story down to about 0.6; unrelated articles share ~0.
NEAR_DUPLICATE = 0.6


# A shingle found in this many documents is boilerplate (an outlet's standard sentence): it
# no longer finds candidates, or every article of that outlet would be one.
COMMON = 50
# A near-duplicate's stored keys are among its smallest hashes, so among ours too.
PROBES = 24


# Folded texts and sketches an importer computed ahead, by content hash.
_ready: dict[str, tuple[str, tuple[int, ...]]] = {}
# Connections inside ``searchable_at_end`` (by id: a connection takes no weak reference).
_deferring: set[int] = set()


def prepare(content_hash: str, text: str) -> tuple[int, ...]:
    """Computes what indexing ``text`` needs, ahead of storing it; returns its sketch."""
    _ready[content_hash] = ready = _compute(text)
    return ready[1]


def forget_prepared() -> None:
    _ready.clear()


@contextmanager
def searchable_at_end(conn: sqlite3.Connection) -> Iterator[None]:
    """Documents added inside the block enter the FTS5 index in one statement at its end.

    Once FTS5 has been written in a transaction, every SAVEPOINT makes it write the terms it
    holds in memory as a new segment: an import's SAVEPOINT per file paid a segment (and the
    merges that follow) per file. Meanwhile the folded texts wait in a temp table, which a
    file's ROLLBACK TO undoes like every other table. Call it inside the transaction.
    """
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS search_pending "
        "(id INTEGER NOT NULL, doc_id TEXT NOT NULL, folded TEXT NOT NULL)"
    )
    _deferring.add(id(conn))
    try:
        yield
    finally:
        _deferring.discard(id(conn))
    conn.execute(
        "INSERT INTO search_folded (id, doc_id, folded) "
        "SELECT id, doc_id, folded FROM temp.search_pending ORDER BY id"
    )
    conn.execute("DELETE FROM temp.search_pending")


def index_documents(conn: sqlite3.Connection, docs: Iterable[tuple[Document, int]]) -> None:
    """Indexes each ``(document, its position)``."""
    docs = list(docs)
    ready = [(doc, *(_ready.pop(doc.content_hash, None) or _compute(doc.text))) for doc, _ in docs]
    table = "temp.search_pending" if id(conn) in _deferring else "search_folded"
    conn.executemany(
        f"INSERT INTO {table} (id, doc_id, folded) VALUES (?, ?, ?)",
        [(position, doc.id, r[1]) for (doc, position), r in zip(docs, ready, strict=True)],
    )
    conn.executemany(
        "INSERT INTO document_sketches (doc_id, length, sketch) VALUES (?, ?, ?)",
        [(doc.id, len(doc.text), array("q", sk).tobytes()) for doc, _, sk in ready],
    )
    for doc, _, sk in ready:
        _add_sketch_keys(conn, doc, sk)


def _compute(text: str) -> tuple[str, tuple[int, ...]]:
    """The index form and the sketch, from one fold of the text."""
    folded = fold(text)
    return index_form(folded), near_duplicates.sketch_folded(folded)


def _add_sketch_keys(conn: sqlite3.Connection, doc: Document, sk: tuple[int, ...]) -> None:
    """Stores the document's ``KEYS`` smallest hashes that are not boilerplate, and marks as
    boilerplate those it brought to ``COMMON`` documents."""
    conn.execute(
        "INSERT INTO document_sketch_keys (key, doc_id, length) "
        "SELECT j.value, ?, ? FROM json_each(?) j "
        "WHERE j.value NOT IN (SELECT key FROM common_shingles) ORDER BY j.key LIMIT ?",
        (doc.id, len(doc.text), json.dumps(sk), near_duplicates.KEYS),
    )
    # Postings of a key stop at COMMON (they are dropped then), so this count stays small.
    common = conn.execute(
        "SELECT key FROM document_sketch_keys WHERE key IN "
        "(SELECT key FROM document_sketch_keys WHERE doc_id = ?) "
        "GROUP BY key HAVING count(*) >= ?",
        (doc.id, COMMON),
    ).fetchall()
    if common:
        conn.executemany("INSERT OR IGNORE INTO common_shingles (key) VALUES (?)", common)
        conn.executemany("DELETE FROM document_sketch_keys WHERE key = ?", common)


def index_all(conn: sqlite3.Connection) -> None:
    """Indexes documents that are not indexed yet (an older project being upgraded)."""
    rows = conn.execute(
        "SELECT id, name, text, position FROM documents "
        "WHERE id NOT IN (SELECT doc_id FROM search_folded) ORDER BY position"
    ).fetchall()
    index_documents(conn, ((Document(name=n, text=t, id=i), pos) for i, n, t, pos in rows))


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
