"""Named migrations of the project file, applied in order and recorded in ``_migrations``.

A file that records a migration this version does not know was written by a newer annotator:
we refuse to open it rather than guess. Never rename or reorder a migration; append new ones.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = tuple[str, Callable[[sqlite3.Connection], None]]


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Runs statements one by one: ``executescript`` would commit the migration's transaction."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _m001_initial(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE documents (
            -- The import order is the rowid: search joins each FTS5 hit to its document with
            -- one B-tree descent, where an index on a separate column took two.
            position INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            language TEXT NOT NULL,
            text TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            outlet TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            published TEXT NOT NULL DEFAULT '',
            source_path TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'todo',
            attributes TEXT NOT NULL DEFAULT '{}',
            imported_at TEXT NOT NULL,
            content_hash TEXT NOT NULL UNIQUE
        );
        CREATE INDEX documents_name ON documents(name);
        CREATE TABLE spans (
            id TEXT PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            label TEXT NOT NULL,
            text TEXT NOT NULL,
            attributes TEXT NOT NULL DEFAULT '{}',
            note TEXT NOT NULL DEFAULT '',
            annotator TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            CHECK (start >= 0 AND "end" > start)
        );
        CREATE INDEX spans_doc ON spans(doc_id, start);
        CREATE INDEX spans_label ON spans(label);
        CREATE TABLE relations (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            attributes TEXT NOT NULL DEFAULT '{}',
            note TEXT NOT NULL DEFAULT '',
            annotator TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        CREATE TABLE relation_roles (
            relation_id TEXT NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
            role TEXT NOT NULL,
            position INTEGER NOT NULL,
            span_id TEXT NOT NULL REFERENCES spans(id),
            PRIMARY KEY (relation_id, role, position)
        );
        CREATE INDEX relation_roles_span ON relation_roles(span_id);
        CREATE TABLE annotators (
            name TEXT PRIMARY KEY,
            created TEXT NOT NULL
        );
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE history (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            annotator TEXT NOT NULL,
            action TEXT NOT NULL,
            object_id TEXT NOT NULL,
            doc_id TEXT,
            before TEXT,
            after TEXT
        );
        CREATE INDEX history_object ON history(object_id);
        CREATE TABLE document_sources (
            doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            original BLOB,
            encoding TEXT NOT NULL DEFAULT '',
            cleaning TEXT NOT NULL DEFAULT '[]'
        );
        """,
    )


def _m002_search_index(conn: sqlite3.Connection) -> None:
    """Folded texts in an FTS5 trigram index (rowid: the document's position), near-duplicate
    sketches, pre-normalization texts."""
    from annotator.store import corpus_index  # fills the new tables for existing documents

    run_script(
        conn,
        """
        CREATE TABLE search_folded (
            id INTEGER PRIMARY KEY, -- the document's position: hits join documents by it
            doc_id TEXT NOT NULL UNIQUE REFERENCES documents(id) ON DELETE CASCADE,
            folded TEXT NOT NULL
        );
        CREATE VIRTUAL TABLE search_fts USING fts5(
            folded, content='search_folded', content_rowid='id', tokenize='trigram'
        );
        CREATE TABLE document_sketches (
            doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            length INTEGER NOT NULL,
            sketch BLOB NOT NULL
        );
        CREATE TABLE document_sketch_keys (
            key INTEGER NOT NULL,
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            length INTEGER NOT NULL
        );
        CREATE INDEX document_sketch_keys_key ON document_sketch_keys(key, length, doc_id);
        CREATE INDEX document_sketch_keys_doc ON document_sketch_keys(doc_id);
        CREATE TABLE common_shingles (key INTEGER PRIMARY KEY);
        CREATE TABLE document_unnormalized (
            doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
            text TEXT NOT NULL
        )
        """,
    )
    # Trigger bodies hold semicolons, which run_script would split on.
    conn.execute(
        "CREATE TRIGGER search_folded_added AFTER INSERT ON search_folded BEGIN "
        "INSERT INTO search_fts (rowid, folded) VALUES (new.id, new.folded); END"
    )
    conn.execute(
        "CREATE TRIGGER search_folded_removed AFTER DELETE ON search_folded BEGIN "
        "INSERT INTO search_fts (search_fts, rowid, folded) VALUES ('delete', old.id, old.folded); "
        "END"
    )
    corpus_index.index_all(conn)


def _m003_suggestions(conn: sqlite3.Connection) -> None:
    """Decisions on suggestions: a rejected one is not proposed again for that document."""
    run_script(
        conn,
        """
        CREATE TABLE suggestion_decisions (
            doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            decision TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
            rule TEXT NOT NULL,
            label TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            quote TEXT NOT NULL,
            span_id TEXT,
            annotator TEXT NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (doc_id, key)
        );
        CREATE INDEX suggestion_decisions_quote ON suggestion_decisions(doc_id, rule, label, quote)
        """,
    )


MIGRATIONS: list[Migration] = [
    ("001_initial", _m001_initial),
    ("002_search_index", _m002_search_index),
    ("003_suggestions", _m003_suggestions),
]
