"""Documents: adding them (all of a batch or none), reading them, their document-level labels.

Part of ``Project`` (a mixin, for the file's size): every change runs in the project's
transaction, is written to the history and announced, like the rest of ``Project``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from annotator.core.errors import ProjectError, ValidationError
from annotator.core.model import Document

from . import rows
from .changes import Change


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """What the document list shows of a document, without its text."""

    id: str
    name: str
    language: str
    title: str
    outlet: str
    published: str
    status: str
    length: int
    span_count: int


class DocumentsMixin:
    # -- documents -------------------------------------------------------------------------

    def add_document(
        self,
        doc: Document,
        *,
        original: bytes | None = None,
        encoding: str = "",
        cleaning: Iterable[Any] = (),
    ) -> Document:
        return self.add_documents([(doc, original, encoding, list(cleaning))])[0]

    def add_documents(
        self, items: Iterable[tuple[Document, bytes | None, str, list]]
    ) -> list[Document]:
        """Adds documents in one transaction: all of them or none. Refuses a duplicate text."""
        added: list[tuple[Document, int]] = []
        with self._tx():
            position = self._count("SELECT coalesce(max(position), 0) FROM documents")
            for doc, original, encoding, cleaning in items:
                if doc.attributes:
                    self.schema.check_document_attributes(doc.attributes)
                position += 1
                self._insert_document(doc, position)
                self.conn.execute(
                    "INSERT INTO document_sources (doc_id, original, encoding, cleaning) "
                    "VALUES (?, ?, ?, ?)",
                    (doc.id, original, encoding, rows.dumps(cleaning)),
                )
                added.append((doc, position))
            self._log_many("add_document", [(d.id, d.id, None, {"name": d.name}) for d, _ in added])
            # Imported here: opening a project to read it needs none of the index's code.
            from . import corpus_index

            corpus_index.index_documents(self.conn, added)  # searchable exactly when stored
        self._announce(Change("documents", tuple(d.id for d, _ in added)))
        return [d for d, _ in added]

    def _insert_document(self, doc: Document, position: int) -> None:
        row = rows.document_row(doc, position)
        try:
            self.conn.execute(
                f"INSERT INTO documents ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                tuple(row.values()),
            )
        except sqlite3.IntegrityError:
            # The UNIQUE content_hash refuses a duplicate; asking first cost a query a document.
            existing = self.conn.execute(
                "SELECT name FROM documents WHERE content_hash = ?", (doc.content_hash,)
            ).fetchone()
            if existing is None:
                raise
            raise ValidationError(
                f"{doc.source_path or doc.name}: same text as document {existing[0]!r}"
            ) from None

    def find_by_hash(self, content_hash: str) -> str | None:
        row = self.conn.execute(
            "SELECT id FROM documents WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        return row[0] if row else None

    def document(self, doc_id: str) -> Document:
        row = self._first_dict("SELECT * FROM documents WHERE id = ?", (doc_id,))
        if row is None:
            raise ProjectError(f"no document with id {doc_id}")
        return rows.document_from_row(row)

    def document_by_name(self, name: str) -> Document:
        row = self._first_dict(
            "SELECT * FROM documents WHERE name = ? OR id = ? LIMIT 1", (name, name)
        )
        if row is None:
            raise ProjectError(f"{self.path}: no document named {name!r}")
        return rows.document_from_row(row)

    def _first_dict(self, sql: str, params: tuple) -> dict[str, Any] | None:
        """The first row as a column -> value dict, without sqlite-utils (see ``db``)."""
        cursor = self.conn.execute(sql, params)
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip((c[0] for c in cursor.description), row, strict=True))

    def documents(self) -> list[DocumentSummary]:
        sql = (
            "SELECT d.id, d.name, d.language, d.title, d.outlet, d.published, d.status, "
            "length(d.text), (SELECT count(*) FROM spans s WHERE s.doc_id = d.id) "
            "FROM documents d ORDER BY d.position"
        )
        return [DocumentSummary(*r) for r in self.conn.execute(sql)]

    def document_attributes(self) -> dict[str, dict[str, Any]]:
        """The document-level labels of every document that has some, in one query (where
        ``document()`` per document would read every text)."""
        sql = "SELECT id, attributes FROM documents WHERE attributes != '{}'"
        return {doc_id: json.loads(attrs) for doc_id, attrs in self.conn.execute(sql)}

    def document_name(self, doc_id: str) -> str:
        """The name alone (``document()`` reads the text and checks its hash)."""
        row = self.conn.execute("SELECT name FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise ProjectError(f"no document with id {doc_id}")
        return row[0]

    def document_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY position")]

    def text(self, doc_id: str) -> str:
        text = self._texts.get(doc_id)
        if text is None:
            row = self.conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row is None:
                raise ValidationError(f"document {doc_id} does not exist")
            text = self._texts[doc_id] = row[0]
        return text

    def document_source(self, doc_id: str) -> dict[str, Any]:
        row = self.conn.execute(
            "SELECT original, encoding, cleaning FROM document_sources WHERE doc_id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            return {"original": None, "encoding": "", "cleaning": []}
        return {"original": row[0], "encoding": row[1], "cleaning": json.loads(row[2])}

    def set_document_attributes(self, doc_id: str, attributes: dict[str, Any]) -> None:
        self.schema.check_document_attributes(attributes)
        with self._tx():
            before = self.document(doc_id).attributes
            self.conn.execute(
                "UPDATE documents SET attributes = ? WHERE id = ?", (rows.dumps(attributes), doc_id)
            )
            self._log("set_document_attributes", doc_id, doc_id, before, attributes)
        self._announce(Change("documents", (doc_id,)))

    def set_document_status(self, doc_id: str, status: str) -> None:
        with self._tx():
            before = self.document(doc_id).status
            self.conn.execute("UPDATE documents SET status = ? WHERE id = ?", (status, doc_id))
            self._log("set_document_status", doc_id, doc_id, before, status)
        self._announce(Change("documents", (doc_id,)))
