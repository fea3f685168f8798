"""History and the project's own check of its invariants (``annotator check``).

Part of ``Project`` (a mixin, for the file's size).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from annotator.core.errors import SpanError

from . import rows


class ChecksMixin:
    # -- history and checks ----------------------------------------------------------------

    def history(self, object_id: str | None = None, limit: int = 1000) -> list[dict[str, Any]]:
        sql = "SELECT * FROM history"
        params: list[Any] = []
        if object_id:
            sql += " WHERE object_id = ?"
            params.append(object_id)
        sql += " ORDER BY seq DESC LIMIT ?"
        params.append(limit)
        return list(self.db.query(sql, params))

    def annotators(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM annotators ORDER BY name")]

    def check(self) -> list[str]:
        """Every broken invariant, in words; empty when the project is sound."""
        try:
            return self._check_invariants()
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            # SQLite keeps no checksums: damage shows up as an error halfway through reading.
            found = f"{self.path}: the project file is damaged ({str(exc)[:120]})"
            return [found, *self._integrity_problems()[:20]]

    def _integrity_problems(self) -> list[str]:
        try:
            found = self.conn.execute("PRAGMA integrity_check").fetchall()
        except sqlite3.DatabaseError as exc:
            return [f"SQLite integrity: {exc}"]
        return [f"SQLite integrity: {r[0]}" for r in found if r[0] != "ok"]

    def _check_invariants(self) -> list[str]:
        problems = [
            f"SQLite integrity: {r[0]}"
            for r in self.conn.execute("PRAGMA integrity_check")
            if r[0] != "ok"
        ]
        problems += [
            f"foreign key: {r[0]} row {r[1]} points at a missing {r[2]}"
            for r in self.conn.execute("PRAGMA foreign_key_check")
        ]
        texts = dict(self.conn.execute("SELECT id, text FROM documents"))
        for row in self.conn.execute(f"SELECT {rows.SPAN_COLUMNS} FROM spans"):
            sid, doc_id, start, end, quote = row[:4] + row[5:6]
            if doc_id not in texts:
                problems.append(f"span {sid}: document {doc_id} is missing")
                continue
            try:
                rows.span_from_row(row).verify(texts[doc_id])
            except SpanError:
                actual = texts[doc_id][start:end]
                problems.append(
                    f"span {sid} [{start}, {end}) quotes {quote!r} but the document has "
                    f"{actual!r} there"
                )
        for rid, sid in self.conn.execute(
            "SELECT relation_id, span_id FROM relation_roles "
            "WHERE span_id NOT IN (SELECT id FROM spans)"
        ):
            problems.append(f"relation {rid}: points at missing span {sid}")
        for rid in self.conn.execute(
            "SELECT id FROM relations WHERE id NOT IN (SELECT relation_id FROM relation_roles)"
        ):
            problems.append(f"relation {rid[0]}: has no spans")
        return problems
