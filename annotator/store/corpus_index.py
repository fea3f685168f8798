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
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import batched

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
# Connections inside ``indexed_at_end`` (by id: a connection takes no weak reference).
_deferring: set[int] = set()


def prepare(content_hash: str, text: str) -> tuple[int, ...]:
    """Computes what indexing ``text`` needs, ahead of storing it; returns its sketch."""
    _ready[content_hash] = ready = _compute(text)
    return ready[1]


def forget_prepared() -> None:
    _ready.clear()


@dataclass(frozen=True)
class NearDuplicate:
    doc_id: str
    name: str
    similarity: float

    def describe(self) -> str:
        return f"near-duplicate of {self.name!r} ({self.similarity:.0%} similar)"


@dataclass(frozen=True)
class Indexed:
    """A document indexed at the end of a batch, and the earlier documents it resembles."""

    doc_id: str
    name: str
    source_path: str
    near: list[NearDuplicate]


@contextmanager
def indexed_at_end(conn: sqlite3.Connection) -> Iterator[Callable[[], list[Indexed]]]:
    """Documents added inside the block are indexed together at its end, or earlier when
    the block calls the function it is given, which also says what each one resembles.

    Once FTS5 has been written in a transaction, every SAVEPOINT makes it write the terms it
    holds in memory as a new segment: an import's SAVEPOINT per file paid a segment (and the
    merges that follow) per file. Near-duplicate lookups and sketch keys, a few statements
    per file, become a few per batch. Meanwhile the folded texts wait in a temp table, which a
    file's ROLLBACK TO undoes like every other table. Call it inside the transaction.
    """
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS search_pending "
        "(id INTEGER NOT NULL, doc_id TEXT NOT NULL, folded TEXT NOT NULL)"
    )
    _deferring.add(id(conn))
    try:
        yield lambda: _index_pending(conn)
    finally:
        _deferring.discard(id(conn))
    _index_pending(conn)


def index_documents(conn: sqlite3.Connection, docs: Iterable[tuple[Document, int]]) -> None:
    """Indexes each ``(document, its position)``; inside ``indexed_at_end``, at its end."""
    docs = list(docs)
    ready = [(doc, *(_ready.pop(doc.content_hash, None) or _compute(doc.text))) for doc, _ in docs]
    deferred = id(conn) in _deferring
    conn.executemany(
        f"INSERT INTO {'temp.search_pending' if deferred else 'search_folded'} "
        "(id, doc_id, folded) VALUES (?, ?, ?)",
        [(position, doc.id, r[1]) for (doc, position), r in zip(docs, ready, strict=True)],
    )
    conn.executemany(
        "INSERT INTO document_sketches (doc_id, length, sketch) VALUES (?, ?, ?)",
        [(doc.id, len(doc.text), array("q", sk).tobytes()) for doc, _, sk in ready],
    )
    if not deferred:
        _add_sketch_keys(conn, [(doc.id, len(doc.text), sk) for doc, _, sk in ready])


def _compute(text: str) -> tuple[str, tuple[int, ...]]:
    """The index form and the sketch, from one fold of the text."""
    folded = fold(text)
    return index_form(folded), near_duplicates.sketch_folded(folded)


def _index_pending(conn: sqlite3.Connection) -> list[Indexed]:
    """Indexes the documents waiting in ``search_pending``, each compared with those before
    it; each step is one statement for them all."""
    rows = conn.execute(
        "SELECT p.doc_id, d.name, d.source_path, p.id, s.length, s.sketch "
        "FROM temp.search_pending p JOIN documents d ON d.id = p.doc_id "
        "JOIN document_sketches s ON s.doc_id = p.doc_id ORDER BY p.id"
    ).fetchall()
    if not rows:
        return []
    conn.execute(
        "INSERT INTO search_folded (id, doc_id, folded) "
        "SELECT id, doc_id, folded FROM temp.search_pending ORDER BY id"
    )
    conn.execute("DELETE FROM temp.search_pending")
    new = [(doc_id, pos, length, _unpack(blob)) for doc_id, _, _, pos, length, blob in rows]
    _add_sketch_keys(conn, [(doc_id, length, sk) for doc_id, _, length, sk in new])
    near = _near_duplicates_among(conn, new)
    return [Indexed(r[0], r[1], r[2], near.get(r[0], [])) for r in rows]


def _unpack(blob: bytes) -> tuple[int, ...]:
    return tuple(array("q", blob))


def _add_sketch_keys(
    conn: sqlite3.Connection, docs: list[tuple[str, int, tuple[int, ...]]]
) -> None:
    """Stores each ``(doc_id, length, sketch)``'s ``KEYS`` smallest hashes that are not
    boilerplate, then marks as boilerplate the keys now found in ``COMMON`` documents."""
    found = sorted({key for _, _, sk in docs for key in sk})
    common = {r[0] for r in conn.execute(_IN_COMMON, (json.dumps(found),))}
    rows = []
    for doc_id, length, sk in docs:
        rows += [[key, doc_id, length] for key in [k for k in sk if k not in common][:_KEYS]]
    conn.execute(_INSERT_KEYS, (json.dumps(rows),))
    stored = sorted({key for key, _, _ in rows})
    # Postings of a key stop at COMMON (they are dropped then), so these counts stay small.
    now_common = conn.execute(_COUNT_KEYS, (json.dumps(stored), COMMON)).fetchall()
    conn.executemany("INSERT OR IGNORE INTO common_shingles (key) VALUES (?)", now_common)
    conn.executemany("DELETE FROM document_sketch_keys WHERE key = ?", now_common)


_KEYS = near_duplicates.KEYS
_IN_COMMON = "SELECT key FROM common_shingles WHERE key IN (SELECT value FROM json_each(?))"
_INSERT_KEYS = (
    "INSERT INTO document_sketch_keys (key, doc_id, length) SELECT json_extract(value, '$[0]'), "
    "json_extract(value, '$[1]'), json_extract(value, '$[2]') FROM json_each(?)"
)
_COUNT_KEYS = (
    "SELECT key FROM document_sketch_keys WHERE key IN (SELECT value FROM json_each(?)) "
    "GROUP BY key HAVING count(*) >= ?"
)
# For each document (its probes at PROBES places each), the stored documents sharing two
# probes or more, with their length.
_SHARED_PROBES = (
    f"SELECT j.key / {PROBES} AS n, k.doc_id, k.length FROM json_each(?) j "
    "JOIN document_sketch_keys k ON k.key = j.value GROUP BY n, k.doc_id HAVING count(*) >= 2 "
    "ORDER BY n, count(*) DESC"
)


def _near_duplicates_among(
    conn: sqlite3.Connection, new: list[tuple[str, int, int, tuple[int, ...]]]
) -> dict[str, list[NearDuplicate]]:
    """For each new ``(doc_id, position, length, sketch)``: the documents before it (stored
    earlier, or new with a smaller position) that it resembles. What ``near_duplicates_of``
    finds for one text, for a batch in one statement."""
    position = {doc_id: pos for doc_id, pos, _, _ in new}
    # -1 pads each document's probes to PROBES places: no hash is negative.
    probes = [key for *_, sk in new for key in (*sk[:PROBES], *[-1] * (PROBES - len(sk)))]
    candidates: dict[str, list[str]] = {}
    for n, other, length in conn.execute(_SHARED_PROBES, (json.dumps(probes),)):
        doc_id, pos, doc_length, _ = new[n]
        low, high = _length_range(doc_length)
        # The five sharing most probes, of the right length and before it.
        found = candidates.setdefault(doc_id, [])
        if len(found) < 5 and low <= length <= high and position.get(other, -1) < pos:
            found.append(other)
    others = sorted({o for found in candidates.values() for o in found})
    known = {
        doc_id: (name, _unpack(blob))
        for doc_id, name, blob in conn.execute(
            "SELECT s.doc_id, d.name, s.sketch FROM document_sketches s JOIN documents d "
            "ON d.id = s.doc_id WHERE s.doc_id IN (SELECT value FROM json_each(?))",
            (json.dumps(others),),
        )
    }
    sketches = {doc_id: sk for doc_id, _, _, sk in new}
    return {
        doc: _best(sketches[doc], [(o, *known[o]) for o in found])
        for doc, found in candidates.items()
    }


def _best(
    sk: tuple[int, ...], candidates: list[tuple[str, str, tuple[int, ...]]], limit: int = 3
) -> list[NearDuplicate]:
    found = []
    for doc_id, name, other in candidates:
        score = near_duplicates.similarity(sk, other)
        if score >= NEAR_DUPLICATE:
            found.append(NearDuplicate(doc_id, name, score))
    found.sort(key=lambda n: n.similarity, reverse=True)
    return found[:limit]


def _length_range(length: int, threshold: float = NEAR_DUPLICATE) -> tuple[int, int]:
    # A Jaccard similarity of J allows lengths to differ by a factor of about J at most.
    return int(length * threshold * 0.9), int(length / (threshold * 0.9)) + 1


def index_all(conn: sqlite3.Connection) -> None:
    """Indexes documents that are not indexed yet (an older project being upgraded)."""
    rows = conn.execute(
        "SELECT id, name, text, position FROM documents "
        "WHERE id NOT IN (SELECT doc_id FROM search_folded) ORDER BY position"
    ).fetchall()
    # In thousands: the sketch keys of a whole corpus at once would take gigabytes.
    for chunk in batched(rows, 1000):
        index_documents(conn, ((Document(name=n, text=t, id=i), pos) for i, n, t, pos in chunk))


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
    low, high = _length_range(len(text), threshold)
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
