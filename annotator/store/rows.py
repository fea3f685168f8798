"""Turning core values into table rows and back."""

from __future__ import annotations

import json
from typing import Any

from annotator.core.model import Document, Relation, Span


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def document_row(doc: Document, position: int = 0) -> dict[str, Any]:
    return {
        "id": doc.id,
        "name": doc.name,
        "language": doc.language,
        "text": doc.text,
        "title": doc.title,
        "outlet": doc.outlet,
        "url": doc.url,
        "published": doc.published,
        "source_path": doc.source_path,
        "status": doc.status,
        "attributes": dumps(doc.attributes),
        "imported_at": doc.imported_at,
        "content_hash": doc.content_hash,
        "position": position,
    }


def document_from_row(row: dict[str, Any]) -> Document:
    fields = {k: row[k] for k in row if k not in ("attributes", "position")}
    return Document(**fields, attributes=json.loads(row["attributes"]))


SPAN_COLUMNS = (
    'id, doc_id, start, "end", label, text, attributes, note, annotator, created, updated'
)


def span_row(span: Span) -> tuple:
    return (
        span.id,
        span.doc_id,
        span.start,
        span.end,
        span.label,
        span.text,
        dumps(span.attributes),
        span.note,
        span.annotator,
        span.created,
        span.updated,
    )


def span_from_row(row: tuple) -> Span:
    sid, doc_id, start, end, label, text, attrs, note, annotator, created, updated = row
    return Span(
        doc_id=doc_id,
        start=start,
        end=end,
        label=label,
        text=text,
        attributes=json.loads(attrs),
        note=note,
        annotator=annotator,
        id=sid,
        created=created,
        updated=updated,
    )


def span_json(span: Span) -> dict[str, Any]:
    return {
        "id": span.id,
        "doc_id": span.doc_id,
        "start": span.start,
        "end": span.end,
        "label": span.label,
        "text": span.text,
        "attributes": span.attributes,
        "note": span.note,
        "annotator": span.annotator,
        "created": span.created,
        "updated": span.updated,
    }


def relation_json(rel: Relation) -> dict[str, Any]:
    return {
        "id": rel.id,
        "type": rel.type,
        "roles": {role: list(ids) for role, ids in rel.roles.items()},
        "attributes": rel.attributes,
        "note": rel.note,
        "annotator": rel.annotator,
        "created": rel.created,
        "updated": rel.updated,
    }


def relation_from_json(data: dict[str, Any]) -> Relation:
    return Relation(
        type=data["type"],
        roles={role: tuple(ids) for role, ids in data["roles"].items()},
        attributes=data.get("attributes", {}),
        note=data.get("note", ""),
        annotator=data.get("annotator", ""),
        id=data["id"],
        created=data["created"],
        updated=data.get("updated", ""),
    )
