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


def index_documents(conn: sqlite3.Connection, docs: Iterable[Document]) -> None:
    for doc in docs:
        conn.execute(
            "INSERT INTO search_folded (doc_id, folded) VALUES (?, ?)",
            (doc.id, fold_for_index(doc.text)),
        )
        sk = near_duplicates.sketch(doc.text)
        conn.execute(
            "INSERT INTO document_sketches (doc_id, length, sketch) VALUES (?, ?, ?)",
            (doc.id, len(doc.text), array("q", sk).tobytes()),
        )
        conn.executemany(
            "INSERT INTO document_sketch_keys (key, doc_id, length) VALUES (?, ?, ?)",
            [(key, doc.id, len(doc.text)) for key in sk[: near_duplicates.KEYS]],
        )


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
    conn: sqlite3.Connection, text: str, threshold: float = NEAR_DUPLICATE, limit: int = 3
) -> list[NearDuplicate]:
    """Stored documents whose text is at least ``threshold`` similar to ``text``."""
    sk = near_duplicates.sketch(text)
    keys = sk[: near_duplicates.KEYS]
    if not keys:
        return []
    # A Jaccard similarity of J allows lengths to differ by a factor of about J at most.
    low, high = int(len(text) * threshold * 0.9), int(len(text) / (threshold * 0.9)) + 1
    marks = ",".join("?" * len(keys))
    candidates = conn.execute(
        f"SELECT s.doc_id, d.name, s.sketch FROM document_sketches s "
        f"JOIN documents d ON d.id = s.doc_id WHERE s.doc_id IN ("
        f"  SELECT doc_id FROM document_sketch_keys WHERE key IN ({marks}) "
        f"  AND length BETWEEN ? AND ? GROUP BY doc_id ORDER BY count(*) DESC LIMIT 20)",
        (*keys, low, high),
    ).fetchall()
    found = []
    for doc_id, name, blob in candidates:
        score = near_duplicates.similarity(sk, list(array("q", blob)))
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
