"""The native JSONL format: lossless, one line per document.

The first line is a header (``"format": "annotator-jsonl"``) carrying the schema and settings;
each following line is a document with its metadata, ``spans`` and the ``relations`` whose first
span lies in it. Offsets are code points. Export, import into a new project and export again
gives the same bytes.
"""

from __future__ import annotations

import json
import json.encoder
import sqlite3
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from annotator.core.errors import AnnotatorError, ImportError_
from annotator.core.model import Document, Span
from annotator.core.schema import parse_schema
from annotator.store import rows
from annotator.store.project import Project

from .readers.base import json_object

FORMAT = "annotator-jsonl"
VERSION = 1


def _line(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


DOCUMENT_KEYS = (
    "id",
    "name",
    "language",
    "text",
    "title",
    "outlet",
    "url",
    "published",
    "source_path",
    "status",
    "attributes",
    "imported_at",
    "content_hash",
)
SPAN_KEYS = ("id", "start", "end", "label", "text", "attributes", "note", "annotator")
SPAN_KEYS += ("created", "updated")


def export_lines(
    project: Project,
    doc_ids: Iterable[str] | None = None,
    labels: set[str] | None = None,
    annotators: set[str] | None = None,
) -> Iterator[str]:
    """The header line, then one line per document with its kept spans and relations.

    Reads spans straight from their rows, one query per document, rather than building
    ``Span`` values: exporting is the hot path for large corpora (see bench/bench_export.py).
    """
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
    rels_by_doc = _relations_by_document(project, set(wanted), labels, annotators)
    in_sql = _sqlite_quotes_like_python(project)
    span_sql = _span_query(labels, annotators, in_sql)
    doc_sql = f"SELECT {', '.join(DOCUMENT_KEYS)} FROM documents WHERE id = ?"
    # A placeholder the encoder cannot meet elsewhere: the spans array is spliced in for it.
    hole = f"spans-{uuid.uuid4()}"
    for doc_id in wanted:
        row = project.conn.execute(doc_sql, (doc_id,)).fetchone()
        record = dict(zip(DOCUMENT_KEYS, row, strict=True))
        record["attributes"] = json.loads(record["attributes"])
        record["spans"] = hole
        record["relations"] = [rows.relation_json(r) for r in rels_by_doc.get(doc_id, ())]
        params = [doc_id, *(labels or ()), *(annotators or ())]
        found = project.conn.execute(span_sql, params)
        if in_sql:
            spans = ",".join(row[0] for row in found)
        else:
            spans = ",".join(_SPAN_JSON % _quoted(v) for v in found)
        yield _line(record).replace(f'"{hole}"', f"[{spans}]", 1)


# One span, keys sorted as ``_line`` sorts them. Attributes are stored as ``rows.dumps`` text,
# which is exactly how ``_line`` writes them, so they are copied rather than parsed again.
_SPAN_JSON = (
    '{"annotator":%s,"attributes":%s,"created":%s,"end":%d,"id":%s,"label":%s,'
    '"note":%s,"start":%d,"text":%s,"updated":%s}'
)
_encode = json.encoder.encode_basestring  # what json.dumps(ensure_ascii=False) uses


def _quoted(row: tuple) -> tuple:
    sid, start, end, label, text, attributes, note, annotator, created, updated = row
    e = _encode
    return (
        e(annotator),
        attributes,
        e(created),
        end,
        e(sid),
        e(label),
        e(note),
        start,
        e(text),
        e(updated),
    )


# The same span object built by SQLite: a tenth of the Python objects to fetch, used only when
# this SQLite quotes strings exactly as json.dumps does (checked on every export).
_SPAN_SQL_JSON = (
    """'{"annotator":' || json_quote(annotator) || ',"attributes":' || attributes"""
    """ || ',"created":' || json_quote(created) || ',"end":' || "end" """
    """ || ',"id":' || json_quote(id) || ',"label":' || json_quote(label)"""
    """ || ',"note":' || json_quote(note) || ',"start":' || start"""
    """ || ',"text":' || json_quote(text) || ',"updated":' || json_quote(updated) || '}'"""
)
_QUOTE_PROBE = 'a"b\\c/\n\r\t\b\f\x00\x1f\x7f\u2028\u200c😀ی'


def _sqlite_quotes_like_python(project: Project) -> bool:
    try:
        (quoted,) = project.conn.execute("SELECT json_quote(?)", (_QUOTE_PROBE,)).fetchone()
    except sqlite3.Error:
        return False
    return quoted == _encode(_QUOTE_PROBE)


def _span_query(labels: set[str] | None, annotators: set[str] | None, in_sql: bool) -> str:
    columns = _SPAN_SQL_JSON if in_sql else ", ".join(f'"{k}"' for k in SPAN_KEYS)
    sql = f"SELECT {columns} FROM spans WHERE doc_id = ?"
    if labels:
        sql += f" AND label IN ({', '.join('?' * len(labels))})"
    if annotators:
        sql += f" AND annotator IN ({', '.join('?' * len(annotators))})"
    return sql + ' ORDER BY start, "end" DESC, created'


def _relations_by_document(
    project: Project,
    wanted: set[str],
    labels: set[str] | None,
    annotators: set[str] | None,
) -> dict[str, list]:
    """Relations whose spans are all kept, under the document of their first span."""
    members = {
        sid: (doc_id, label, annotator)
        for sid, doc_id, label, annotator in project.conn.execute(
            "SELECT s.id, s.doc_id, s.label, s.annotator FROM relation_roles rr "
            "JOIN spans s ON s.id = rr.span_id"
        )
    }

    def kept(sid: str) -> bool:
        info = members.get(sid)
        return (
            info is not None
            and info[0] in wanted
            and (not labels or info[1] in labels)
            and (not annotators or info[2] in annotators)
        )

    by_doc: dict[str, list] = {}
    for rel in project.relations():
        ids = rel.span_ids()
        if (not annotators or rel.annotator in annotators) and all(kept(s) for s in ids):
            by_doc.setdefault(members[ids[0]][0], []).append(rel)
    return by_doc


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
                obj = json_object(raw, f"{path}, line {number}")
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
    keys = (k for k in DOCUMENT_KEYS if k not in ("text", "attributes"))
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
