"""doccano JSONL (sequence labelling with relations): offsets in UTF-16 units, as doccano counts.

One line per document: ``text``, ``entities`` (``id``, ``label``, ``start_offset``,
``end_offset``), ``relations`` (``from_id``, ``to_id``, ``type``; see ``edges.py`` for
relations of more than two roles), and the document's name and metadata as extra keys, which
doccano keeps as the example's metadata. doccano has no place for attribute values or notes:
they stay behind (the native format carries them). Reading also accepts doccano's plain
``label: [[start, end, "Label"], ...]`` form.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from annotator.core.errors import AnnotatorError, ImportError_
from annotator.core.language import detect_language
from annotator.core.model import Document, Span
from annotator.core.offsets import Utf16Map
from annotator.store.project import Project

from . import edges
from .brat import order
from .output import text_file
from .readback import Incoming, store
from .selection import ExportFilter, ExportOptions, select

META = ("document", "language", "title", "outlet", "url", "published")


def records(project: Project, flt: ExportFilter) -> list[dict[str, Any]]:
    schema = project.schema
    result, next_entity, next_relation = [], 1, 1
    for n, item in enumerate(select(project, flt), 1):
        doc = item.document
        u16 = Utf16Map(doc.text)
        numbers: dict[str, int] = {}
        entities = []
        for span in order(item.spans):
            numbers[span.id] = next_entity
            entities.append(
                {
                    "id": next_entity,
                    "label": span.label,
                    "start_offset": u16.to_utf16(span.start),
                    "end_offset": u16.to_utf16(span.end),
                }
            )
            next_entity += 1
        links = sorted(
            (numbers[a], numbers[b], label)
            for rel in item.relations
            for a, b, label in edges.edges(schema, rel)
            if a in numbers and b in numbers
        )
        relations = []
        for a, b, label in links:
            relations.append({"id": next_relation, "from_id": a, "to_id": b, "type": label})
            next_relation += 1
        record = {"id": n, "text": doc.text, "entities": entities, "relations": relations}
        record.update(_meta(doc))
        result.append(record)
    return result


def _meta(doc: Document) -> dict[str, str]:
    values = {"document": doc.name, "language": doc.language, "title": doc.title}
    values.update(outlet=doc.outlet, url=doc.url, published=doc.published)
    return {k: v for k, v in values.items() if v}


def write(project: Project, out: Path | None, flt: ExportFilter, _: ExportOptions) -> str:
    lines = records(project, flt)
    with text_file(out) as fh:
        for record in lines:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return "standard output" if out is None else f"{out} ({len(lines)} documents)"


# -- import ---------------------------------------------------------------------------------


def span_at(doc: Document, u16: Utf16Map, start: int, end: int, label: str, **kw) -> Span:
    """A span from UTF-16 offsets; refuses one that splits an emoji's surrogate pair."""
    for unit in (start, end):
        if u16.is_inside_pair(unit):
            raise ImportError_(f"offset {unit} falls inside a character outside the BMP")
    return Span.on(doc.text, doc.id, u16.from_utf16(start), u16.from_utf16(end), label, **kw)


def document_from(record: dict[str, Any], text: str, fallback: str) -> Document:
    meta = {k: record[k] for k in META if isinstance(record.get(k), str) and record[k]}
    language = meta.pop("language", "") or detect_language(text)
    name = meta.pop("document", "") or fallback
    return Document(name=name, text=text, language=language, **meta)


def _record_spans(schema, record, doc, where, found) -> dict[Any, str]:
    u16 = Utf16Map(doc.text)
    ids: dict[Any, str] = {}
    if "entities" in record:
        items = [
            (e.get("id"), e["start_offset"], e["end_offset"], e["label"])
            for e in record["entities"]
        ]
    else:
        items = [(None, s, e, label) for s, e, label in record.get("label", [])]
    for key, start, end, label in items:
        if schema.label(label) is None:
            found.skipped.append(f"{where}: label {label!r} is not in the schema")
            continue
        span = span_at(doc, u16, start, end, label)
        found.spans.append(span)
        if key is not None:
            ids[key] = span.id
    return ids


def incoming(project: Project, path: Path) -> Incoming:
    found = Incoming()
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportError_(f"{path}: cannot read as UTF-8 ({exc})") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}, line {number}"
        try:
            record = json.loads(line)
            doc = document_from(record, record["text"], f"{path.stem}-{number}")
            found.documents.append(doc)
            ids = _record_spans(project.schema, record, doc, where, found)
            links = [
                (ids[r["from_id"]], ids[r["to_id"]], r["type"])
                for r in record.get("relations", [])
                if r["from_id"] in ids and r["to_id"] in ids
            ]
            rels, unknown = edges.relations(project.schema, links)
            found.relations.extend(rels)
            found.skipped.extend(f"{where}: {u}" for u in unknown)
        except (KeyError, TypeError, ValueError, AnnotatorError) as exc:
            raise ImportError_(f"{where}: not a doccano record ({exc})") from None
    return found


def import_path(project: Project, path: Path):
    return store(project, incoming(project, path), str(path))
