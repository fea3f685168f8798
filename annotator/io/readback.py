"""Reading exported annotations back into a project, whatever format carried them.

Each format module turns its file into documents, spans and relations (``Incoming``); this
module stores them the same way for all: in one transaction, keeping ids that are free,
attaching annotations to a document already in the project when its text is the same, and
skipping spans and relations that are already there, so importing twice adds nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from annotator.core.errors import AnnotatorError, ImportError_
from annotator.core.model import Document, Relation, Span
from annotator.store import rows
from annotator.store.project import Project

from .native import ImportReport


@dataclass
class Incoming:
    """What one file holds, before it is stored."""

    documents: list[Document] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def is_uuid(value: str) -> bool:
    try:
        return str(uuid.UUID(value)) == value
    except (ValueError, TypeError, AttributeError):
        return False


def store(project: Project, incoming: Incoming, where: str) -> ImportReport:
    """Adds ``incoming`` to ``project`` whole, or nothing on any error."""
    report = ImportReport(skipped=list(incoming.skipped))
    doc_map: dict[str, str] = {}  # incoming doc id -> stored doc id
    new_docs = []
    for doc in incoming.documents:
        existing = project.find_by_hash(doc.content_hash)
        if existing:
            doc_map[doc.id] = existing
            continue
        if _id_taken(project, "documents", doc.id):
            doc = replace(doc, id=str(uuid.uuid4()))
        doc_map[doc.id] = doc.id
        new_docs.append(doc)
    span_map: dict[str, str] = {}
    spans = _spans_to_add(project, incoming.spans, doc_map, span_map, report)
    relations = _relations_to_add(project, incoming.relations, span_map, report)
    with project._tx():
        try:
            project.add_documents((d, None, "", [f"imported from {where}"]) for d in new_docs)
            project.add_annotations(spans, relations)
        except AnnotatorError as exc:
            raise ImportError_(f"{where}: {exc}") from None
    report.documents, report.spans, report.relations = len(new_docs), len(spans), len(relations)
    return report


def _spans_to_add(project, spans, doc_map, span_map, report) -> list[Span]:
    """Spans with their final ids; a span already stored is skipped and its id remembered."""
    added: list[Span] = []
    known: dict[tuple, str] = {}
    spans = [replace(s, doc_id=doc_map.get(s.doc_id, s.doc_id)) for s in spans]
    for doc_id in dict.fromkeys(s.doc_id for s in spans):
        for s in project.spans(doc_id):
            known.setdefault(_span_key(s), s.id)
    for span in spans:
        key = _span_key(span)
        if key in known:
            span_map[span.id] = known[key]
            report.skipped.append(f"span {span.text!r} ({span.label}): already there")
            continue
        new_id = span.id
        if not is_uuid(new_id) or _id_taken(project, "spans", new_id) or new_id in span_map:
            new_id = str(uuid.uuid4())
        span_map[span.id] = new_id
        known[key] = new_id
        added.append(replace(span, id=new_id))
    # Span-valued attributes (evidence) point at ids that may have changed.
    return [_remap_attributes(s, span_map) for s in added]


def _remap_attributes(span: Span, span_map: dict[str, str]) -> Span:
    if not any(isinstance(v, str) and v in span_map for v in span.attributes.values()):
        return span
    attrs = {
        k: span_map[v] if isinstance(v, str) and v in span_map else v
        for k, v in span.attributes.items()
    }
    return replace(span, attributes=attrs)


def _relations_to_add(project, relations, span_map, report) -> list[Relation]:
    added: list[Relation] = []
    known = set()
    for sid in set(span_map.values()):
        for rel in project.relations_of(sid):
            known.add(_relation_key(rel))
    for rel in relations:
        roles = {role: tuple(span_map.get(s, s) for s in ids) for role, ids in rel.roles.items()}
        rel = replace(rel, roles=roles)
        key = _relation_key(rel)
        if key in known:
            report.skipped.append(f"relation {rel.type}: already there")
            continue
        known.add(key)
        if not is_uuid(rel.id) or _id_taken(project, "relations", rel.id):
            rel = replace(rel, id=str(uuid.uuid4()))
        added.append(rel)
    return added


def _span_key(span: Span) -> tuple:
    return (span.doc_id, span.start, span.end, span.label, rows.dumps(span.attributes), span.note)


def _relation_key(rel: Relation) -> tuple:
    return (rel.type, tuple(sorted((r, ids) for r, ids in rel.roles.items())))


def _id_taken(project: Project, table: str, id_: str) -> bool:
    return (
        project.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (id_,)).fetchone() is not None
    )


Reader = Callable[[Project, Path], ImportReport]


def _native(project: Project, path: Path) -> ImportReport:
    from . import native

    return native.import_file(project, path)


def _lazy(module: str) -> Reader:
    def read(project: Project, path: Path) -> ImportReport:
        from importlib import import_module

        return import_module(f"annotator.io.{module}").import_path(project, path)

    return read


# Formats that come back into a project: ``annotator import PROJECT --format NAME PATH``.
READBACK: dict[str, Reader] = {
    "jsonl": _native,
    "w3c": _lazy("w3c"),
    "brat": _lazy("brat"),
    "doccano": _lazy("doccano"),
    "labelstudio": _lazy("labelstudio"),
}
