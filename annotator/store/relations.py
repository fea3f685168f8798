"""Relations between spans: attributions, evidence, corrections, the same claim elsewhere.

Part of ``Project`` (a mixin, for the file's size): every method runs in the project's
transaction and announces its change, like the rest of ``Project``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from annotator.core.errors import ValidationError
from annotator.core.model import Relation, Span

from . import rows
from .changes import Change


class RelationsMixin:
    # -- relations -------------------------------------------------------------------------

    def _span_info(self, span_id: str) -> tuple[str, str] | None:
        row = self.conn.execute(
            "SELECT label, doc_id FROM spans WHERE id = ?", (span_id,)
        ).fetchone()
        return (row[0], row[1]) if row else None

    def _insert_relation(self, rel: Relation) -> None:
        self.schema.check_relation(rel.type, rel.roles, self._span_info)
        self.conn.execute(
            "INSERT INTO relations (id, type, attributes, note, annotator, created, updated) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                rel.id,
                rel.type,
                rows.dumps(rel.attributes),
                rel.note,
                rel.annotator,
                rel.created,
                rel.updated,
            ),
        )
        self.conn.executemany(
            "INSERT INTO relation_roles (relation_id, role, position, span_id) VALUES (?,?,?,?)",
            [
                (rel.id, role, i, sid)
                for role, ids in rel.roles.items()
                for i, sid in enumerate(ids)
            ],
        )
        self._log("add_relation", rel.id, None, None, rows.relation_json(rel))

    def add_relation(self, rel: Relation) -> Relation:
        self.add_annotations([], [rel])
        return rel

    def new_relation(self, type_: str, roles: dict[str, Iterable[str]], **kw: Any) -> Relation:
        kw.setdefault("annotator", self.annotator)
        rel = Relation(type=type_, roles={k: tuple(v) for k, v in roles.items()}, **kw)
        return self.add_relation(rel)

    def relation(self, rel_id: str) -> Relation:
        found = self._load_relations("WHERE r.id = ?", (rel_id,))
        if not found:
            raise ValidationError(f"relation {rel_id} does not exist")
        return found[0]

    def relations(self, doc_id: str | None = None) -> list[Relation]:
        """All relations, or those touching a span of ``doc_id``."""
        if doc_id is None:
            return self._load_relations("", ())
        return self._load_relations(
            "WHERE r.id IN (SELECT rr.relation_id FROM relation_roles rr "
            "JOIN spans s ON s.id = rr.span_id WHERE s.doc_id = ?)",
            (doc_id,),
        )

    def relations_of(self, span_id: str) -> list[Relation]:
        return self._load_relations(
            "WHERE r.id IN (SELECT relation_id FROM relation_roles WHERE span_id = ?)", (span_id,)
        )

    def _load_relations(self, where: str, params: tuple) -> list[Relation]:
        sql = (
            "SELECT r.id, r.type, r.attributes, r.note, r.annotator, r.created, r.updated, "
            "rr.role, rr.span_id FROM relations r JOIN relation_roles rr ON rr.relation_id = r.id "
            f"{where} ORDER BY r.created, r.id, rr.role, rr.position"
        )
        by_id: dict[str, dict[str, Any]] = {}
        for rid, type_, attrs, note, annotator, created, updated, role, sid in self.conn.execute(
            sql, params
        ):
            entry = by_id.setdefault(
                rid,
                {
                    "id": rid,
                    "type": type_,
                    "attributes": json.loads(attrs),
                    "note": note,
                    "annotator": annotator,
                    "created": created,
                    "updated": updated,
                    "roles": {},
                },
            )
            entry["roles"].setdefault(role, []).append(sid)
        return [rows.relation_from_json(e) for e in by_id.values()]

    def update_relation(self, rel_id: str, **changes: Any) -> Relation:
        allowed = {"roles", "attributes", "note"}
        if bad := set(changes) - allowed:
            raise ValidationError(f"cannot change {', '.join(sorted(bad))} of a relation")
        with self._tx():
            before = self.relation(rel_id)
            after = before.with_changes(**changes)
            self.conn.execute("DELETE FROM relations WHERE id = ?", (rel_id,))
            self._insert_relation(after)
            self._log(
                "update_relation",
                rel_id,
                None,
                rows.relation_json(before),
                rows.relation_json(after),
            )
        self._announce(Change("relations", ids=(rel_id,)))
        return after

    def delete_relation(self, rel_id: str) -> Relation:
        with self._tx():
            rel = self.relation(rel_id)
            self._delete_relation(rel)
        self._announce(Change("relations", ids=(rel_id,)))
        return rel

    def _delete_relation(self, rel: Relation) -> None:
        self.conn.execute("DELETE FROM relations WHERE id = ?", (rel.id,))
        self._log("delete_relation", rel.id, None, rows.relation_json(rel), None)

    def attribution_chain(self, content_span_id: str) -> list[str]:
        """Source span ids from the inner speaker outwards: for "X reports that Y said Z",
        asked about Z's content span, returns [Y, X]."""
        chain: list[str] = []
        current = self.span(content_span_id)
        seen = {current.id}
        while True:
            rel = next(
                (
                    r
                    for r in self.relations_of(current.id)
                    if r.type == "attribution" and current.id in r.roles.get("content", ())
                ),
                None,
            )
            if rel is None or not rel.roles.get("source"):
                return chain
            source_id = rel.roles["source"][0]
            chain.append(source_id)
            source = self.span(source_id)
            outer = self._innermost_content_around(source)
            if outer is None or outer.id in seen:
                return chain
            seen.add(outer.id)
            current = outer

    def _innermost_content_around(self, span: Span) -> Span | None:
        row = self.conn.execute(
            f"SELECT {rows.SPAN_COLUMNS} FROM spans WHERE doc_id = ? AND label = 'Content' "
            'AND start <= ? AND "end" >= ? AND id != ? ORDER BY ("end" - start) LIMIT 1',
            (span.doc_id, span.start, span.end, span.id),
        ).fetchone()
        return rows.span_from_row(row) if row else None
