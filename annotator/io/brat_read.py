"""Reading a brat standoff folder (``.txt`` + ``.ann`` pairs) into a project.

The reverse of ``brat.py``: text-bound annotations become spans (a discontinuous one covers
its first to its last fragment), event triggers are dropped, ``A`` lines and ``name: value``
notes become attributes as the schema types them, other notes become the span's note.
Equivalences (``*``) and normalizations (``N``) have no counterpart and are reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotator.core.errors import AnnotatorError, ImportError_
from annotator.core.language import detect_language
from annotator.core.model import Document, Relation, Span
from annotator.core.schema import Label, Schema
from annotator.store.project import Project

from .brat import NOTE, unescape
from .readback import Incoming, store

_ROLE_NUMBER = re.compile(r"\d+$")


@dataclass
class _Parsed:
    textbound: dict[str, tuple[str, list[tuple[int, int]], str]] = field(default_factory=dict)
    attributes: list[tuple[str, str, str | None]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)
    relations: list[tuple[str, str, list[tuple[str, str]]]] = field(default_factory=list)
    events: list[tuple[str, str, str, list[tuple[str, str]]]] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)


def parse_ann(content: str, where: str) -> _Parsed:
    parsed = _Parsed()
    for number, line in enumerate(content.split("\n"), 1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        try:
            _parse_line(parsed, line)
        except (ValueError, IndexError):
            raise ImportError_(f"{where}, line {number}: not a brat annotation: {line!r}") from None
    return parsed


def _parse_line(parsed: _Parsed, line: str) -> None:
    ident, rest = line.split("\t", 1)
    kind = ident[0]
    if kind == "T":
        head, quote = rest.split("\t", 1)
        label, where = head.split(" ", 1)
        pieces = [tuple(int(n) for n in part.split()) for part in where.split(";")]
        parsed.textbound[ident] = (label, [(s, e) for s, e in pieces], quote)
    elif kind in "AM":
        parts = rest.split(" ")
        parsed.attributes.append((parts[0], parts[1], parts[2] if len(parts) > 2 else None))
    elif kind == "#":
        head, text = rest.split("\t", 1)
        note_type, target = head.split(" ", 1)
        if note_type == NOTE:
            parsed.notes.append((target, unescape(text)))
    elif kind == "R":
        name, *args = rest.split(" ")
        parsed.relations.append((ident, name, [tuple(a.split(":", 1)) for a in args if a]))
    elif kind == "E":
        head, *args = rest.split(" ")
        name, trigger = head.split(":", 1)
        parsed.events.append((ident, name, trigger, [tuple(a.split(":", 1)) for a in args if a]))
    else:
        parsed.ignored.append(ident)


class _Document:
    """Turns one parsed ``.ann`` into spans and relations on one document."""

    def __init__(self, schema: Schema, doc: Document, parsed: _Parsed, where: str) -> None:
        self.schema, self.doc, self.parsed, self.where = schema, doc, parsed, where
        self.triggers = {trigger for _, _, trigger, _ in parsed.events}
        self.span_of: dict[str, Span] = {}  # T or E/R id -> span / relation
        self.attrs: dict[str, dict[str, Any]] = {}
        self.notes: dict[str, list[str]] = {}
        self.skipped: list[str] = [f"{where}: {i} has no counterpart" for i in parsed.ignored]

    def spans(self) -> list[Span]:
        for tid, (label, pieces, quote) in self.parsed.textbound.items():
            if tid in self.triggers:
                continue
            start, end = min(s for s, _ in pieces), max(e for _, e in pieces)
            expected = " ".join(self.doc.text[s:e] for s, e in pieces)
            if expected != quote:
                raise ImportError_(
                    f"{self.where}: {tid} quotes {quote!r} but the text has {expected!r}"
                )
            self.span_of[tid] = Span.on(self.doc.text, self.doc.id, start, end, label)
        self._collect_details()
        return [self._finished(tid, span) for tid, span in self.span_of.items()]

    def _collect_details(self) -> None:
        for name, target, value in self.parsed.attributes:
            self.attrs.setdefault(target, {})[name] = value
        for target, text in self.parsed.notes:
            self.notes.setdefault(target, []).append(text)

    def _finished(self, tid: str, span: Span) -> Span:
        label = self.schema.label(span.label)
        attrs: dict[str, Any] = {}
        for name, value in self.attrs.get(tid, {}).items():
            attr = label.attribute(name) if label else None
            attrs[name] = True if value is None and attr and attr.type == "bool" else value
        notes = []
        for text in self.notes.get(tid, []):
            key, value = self._keyed(label, text)
            if key is None:
                notes.append(text)
            elif key == "note":
                notes.append(value)
            else:
                attrs[key] = value
        fields = {"attributes": attrs, "note": "\n".join(notes)}
        return Span(**{**_span_fields(span), **fields})

    def _keyed(self, label: Label | None, text: str) -> tuple[str | None, Any]:
        """``name: value`` for a note that holds an attribute, else ``(None, text)``."""
        key, sep, value = text.partition(": ")
        if not sep:
            return None, text
        if key == "note":
            return "note", value
        attr = label.attribute(key) if label else None
        if attr is None:
            return None, text
        return key, self._typed(attr.type, value)

    def _typed(self, kind: str, value: str) -> Any:
        if kind == "number":
            return float(value) if any(c in value for c in ".eE") else int(value)
        if kind == "bool":
            return value == "true"
        if kind == "multichoice":
            return value.split(", ")
        if kind == "span" and value in self.span_of:
            return self.span_of[value].id
        return value

    def relations(self) -> list[Relation]:
        found = []
        for ident, name, args in self.parsed.relations:
            roles = {role: (tid,) for role, tid in args}
            found.append(self._relation(ident, name, roles))
        for ident, name, _trigger, args in self.parsed.events:
            roles: dict[str, tuple[str, ...]] = {}
            for role, tid in args:
                base = _ROLE_NUMBER.sub("", role)
                roles[base] = (*roles.get(base, ()), tid)
            found.append(self._relation(ident, name, roles))
        return [r for r in found if r is not None]

    def _relation(self, ident: str, name: str, roles: dict) -> Relation | None:
        type_name = self._schema_name(name, [r.name for r in self.schema.relations])
        rtype = self.schema.relation(type_name)
        if rtype is None or any(t not in self.span_of for ids in roles.values() for t in ids):
            self.skipped.append(f"{self.where}: {ident} ({name}) cannot be read")
            return None
        names = [r.name for r in rtype.roles]
        mapped = {
            self._schema_name(role, names): tuple(self.span_of[t].id for t in ids)
            for role, ids in roles.items()
        }
        attrs, notes = {}, []
        for text in self.notes.get(ident, []):
            key, sep, value = text.partition(": ")
            if sep and key != "note" and key in self._relation_attribute_names():
                attrs[key] = value
            else:
                notes.append(value if key == "note" and sep else text)
        return Relation(type=type_name, roles=mapped, attributes=attrs, note="\n".join(notes))

    def _relation_attribute_names(self) -> set[str]:
        return set()  # relation types declare no attributes in our schemas

    @staticmethod
    def _schema_name(name: str, known: list[str]) -> str:
        """brat writes event and role names capitalised; ours may not be."""
        return next((k for k in known if k.casefold() == name.casefold()), name)


def _span_fields(span: Span) -> dict[str, Any]:
    return {
        "doc_id": span.doc_id,
        "start": span.start,
        "end": span.end,
        "label": span.label,
        "text": span.text,
        "id": span.id,
        "created": span.created,
    }


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportError_(f"{path}: cannot read as UTF-8 ({exc})") from None


def incoming(project: Project, folder: Path) -> Incoming:
    found = Incoming()
    texts = sorted(folder.glob("*.txt"))
    if not texts:
        raise ImportError_(f"{folder}: no .txt files (a brat folder has .txt and .ann pairs)")
    for txt in texts:
        text = _read(txt)
        doc = Document(name=txt.stem, text=text, language=detect_language(text))
        found.documents.append(doc)
        ann = txt.with_suffix(".ann")
        if not ann.exists():
            continue
        reader = _Document(project.schema, doc, parse_ann(_read(ann), str(ann)), str(ann))
        try:
            found.spans.extend(reader.spans())
            found.relations.extend(reader.relations())
        except (AnnotatorError, ValueError) as exc:
            raise ImportError_(f"{ann}: {exc}") from None
        found.skipped.extend(reader.skipped)
    return found


def import_folder(project: Project, folder: Path):
    if not folder.is_dir():
        raise ImportError_(f"{folder}: a brat corpus is a folder of .txt and .ann files")
    return store(project, incoming(project, folder), str(folder))
