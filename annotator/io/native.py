"""The native JSONL format: lossless, one line per document.

The first line is a header (``"format": "annotator-jsonl"``) carrying the schema and settings;
each following line is a document with its metadata, ``spans`` and the ``relations`` whose first
span lies in it. Offsets are code points. Export, import into a new project and export again
gives the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from annotator.core.errors import AnnotatorError, ImportError_
from annotator.core.model import Document, Span
from annotator.core.schema import parse_schema
from annotator.store import rows
from annotator.store.project import Project

FORMAT = "annotator-jsonl"
VERSION = 1


def _line(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def export_lines(
    project: Project, doc_ids: Iterable[str] | None = None, labels: set[str] | None = None
) -> Iterator[str]:
    settings = {k: project.setting(k) for k in _setting_keys(project)}
    yield _line(
        {
            "format": FORMAT,
            "version": VERSION,
            "schema": project.schema.to_json(),
            "settings": settings,
        }
    )
    wanted = list(doc_ids) if doc_ids is not None else project.document_ids()
    kept_spans: set[str] = set()
    by_doc: dict[str, list] = {d: [] for d in wanted}
    span_doc: dict[str, str] = {}
    spans_by_doc: dict[str, list[Span]] = {d: [] for d in wanted}
    for span in project.spans():
        if span.doc_id in spans_by_doc and (labels is None or span.label in labels):
            spans_by_doc[span.doc_id].append(span)
            kept_spans.add(span.id)
            span_doc[span.id] = span.doc_id
    for rel in project.relations():
        ids = rel.span_ids()
        if all(sid in kept_spans for sid in ids):
            by_doc[span_doc[ids[0]]].append(rel)
    for doc_id in wanted:
        doc = project.document(doc_id)
        record = rows.document_row(doc)
        record.pop("position")
        record["attributes"] = doc.attributes
        record["spans"] = [_span_record(s) for s in spans_by_doc[doc_id]]
        record["relations"] = [rows.relation_json(r) for r in by_doc[doc_id]]
        yield _line(record)


def _span_record(span: Span) -> dict[str, Any]:
    record = rows.span_json(span)
    record.pop("doc_id")
    return record


def _setting_keys(project: Project) -> list[str]:
    return [
        r[0]
        for r in project.conn.execute(
            "SELECT key FROM settings WHERE key NOT IN ('schema', 'format') ORDER BY key"
        )
    ]


def export_file(project: Project, out: IO[str], **kw: Any) -> int:
    n = 0
    for line in export_lines(project, **kw):
        out.write(line)
        n += 1
    return max(n - 1, 0)


@dataclass
class ImportReport:
    documents: int = 0
    spans: int = 0
    relations: int = 0
    skipped: list[str] = field(default_factory=list)


def read_records(path: Path) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """The header (if any) and document records; a bad line is named by its number."""
    header, records = None, []
    try:
        handle = path.open(encoding="utf-8-sig")
    except OSError as exc:
        raise ImportError_(f"{path}: cannot read ({exc.strerror})") from None
    with handle:
        try:
            for number, raw in enumerate(handle, 1):
                if not raw.strip():
                    continue
                try:
                    obj = json.loads(raw)
                except json.JSONDecodeError as exc:
                    raise ImportError_(
                        f"{path}, line {number}: not valid JSON ({exc.msg})"
                    ) from None
                if not isinstance(obj, dict):
                    raise ImportError_(f"{path}, line {number}: expected a JSON object")
                if obj.get("format") == FORMAT:
                    if obj.get("version", 1) > VERSION:
                        raise ImportError_(
                            f"{path}: written by a newer annotator (version {obj['version']})"
                        )
                    header = obj
                    continue
                if "text" not in obj or not isinstance(obj["text"], str):
                    raise ImportError_(f"{path}, line {number}: a document needs a text")
                obj["_line"] = number
                records.append(obj)
        except UnicodeDecodeError:
            raise ImportError_(f"{path}: not UTF-8 text") from None
    return header, records


def import_file(project: Project, path: Path, use_schema: bool = False) -> ImportReport:
    """Adds the documents, spans and relations of a native JSONL file, keeping their ids.

    Documents whose text is already in the project are skipped along with their annotations.
    Everything goes in, or (on any error) nothing.
    """
    header, records = read_records(path)
    report = ImportReport()
    if use_schema and header and header.get("schema"):
        project.set_schema(parse_schema(header["schema"], source=f"{path} (schema)"))
    docs, spans, relations = [], [], []
    try:
        for rec in records:
            where = f"{path}, line {rec['_line']}"
            doc = _document(rec, where)
            if project.find_by_hash(doc.content_hash):
                report.skipped.append(f"{doc.name}: already in the project")
                continue
            docs.append((doc, None, "", [f"imported from {path.name}"]))
            for s in rec.get("spans", []):
                spans.append(_span(s, doc, where))
            relations.extend(rows.relation_from_json(r) for r in rec.get("relations", []))
    except (KeyError, TypeError, ValueError) as exc:
        raise ImportError_(f"{where}: malformed record ({exc})") from None
    with project._tx():
        try:
            project.add_documents(docs)
            project.add_annotations(spans, relations)
        except AnnotatorError as exc:
            raise ImportError_(f"{path}: {exc}") from None
        if header and header.get("settings"):
            for key, value in header["settings"].items():
                if project.setting(key) is None:
                    project._set_setting_raw(key, value)
    report.documents, report.spans, report.relations = len(docs), len(spans), len(relations)
    return report


def _document(rec: dict[str, Any], where: str) -> Document:
    keys = (
        "id",
        "name",
        "language",
        "title",
        "outlet",
        "url",
        "published",
        "source_path",
        "status",
        "imported_at",
        "content_hash",
    )
    fields = {k: rec[k] for k in keys if k in rec and rec[k] is not None}
    fields.setdefault("name", f"line-{rec['_line']}")
    try:
        return Document(text=rec["text"], attributes=rec.get("attributes") or {}, **fields)
    except ValueError as exc:
        raise ImportError_(f"{where}: {exc}") from None


def _span(s: dict[str, Any], doc: Document, where: str) -> Span:
    try:
        return Span.on(
            doc.text,
            doc.id,
            s["start"],
            s["end"],
            s["label"],
            text=s.get("text"),
            attributes=s.get("attributes") or {},
            note=s.get("note", ""),
            annotator=s.get("annotator", ""),
            **{k: s[k] for k in ("id", "created", "updated") if s.get(k)},
        )
    except AnnotatorError as exc:
        raise ImportError_(f"{where}: {exc}") from None
