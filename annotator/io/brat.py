"""brat standoff: a ``.txt`` and an ``.ann`` per document, and the configuration brat needs.

Offsets are code points, as brat counts them. The mapping:

- a span is a text-bound annotation ``T``; one that crosses a line break is written as
  fragments (``0 5;6 11``), as brat does itself, since an ``.ann`` line cannot hold one;
- a choice attribute is a multi-valued attribute ``A1<TAB>verdict T3 false``, a true boolean a
  binary one; every other attribute (text, number, date, URL, span, multichoice) and the note
  go to ``AnnotatorNotes`` comments, one per value, as ``name: value`` (the note bare); tabs,
  line breaks and backslashes in them are written ``\\t``, ``\\n``, ``\\\\``;
- a relation of two single-span roles is ``R1<TAB>supports evidence:T4 claim:T2``; any other
  (attribution: source, cue, content) is an event, ``E1<TAB>Attribution:T9 Source:T5 Cue:T6
  Content:T4``. brat events need a trigger: we add a ``T`` of the event's type over the cue,
  or over the content (or first span) when there is no cue. It is not a span: reading back
  drops it. A relation between documents cannot be written and is counted as left out.

``annotation.conf`` and ``visual.conf`` (names and colours) come from the schema, so brat
opens the folder as it is.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from annotator.core.model import Relation, Span
from annotator.core.schema import Schema
from annotator.store import rows
from annotator.store.project import Project

from .output import file_names, folder, write_text
from .selection import Annotated, ExportFilter, ExportOptions, select

LINE_BREAKS = "\n\r\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e"
NOTE = "AnnotatorNotes"


def escape(text: str) -> str:
    """One line of free text: a reader splitting lines (even ``str.splitlines``) keeps it whole."""
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ch in LINE_BREAKS:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "".join(out)


_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
_UNESCAPE = re.compile(r"\\(?:([\\tnr])|u([0-9a-f]{4}))")


def unescape(text: str) -> str:
    def one(m: re.Match) -> str:
        if m.group(1):
            return {"\\": "\\", "t": "\t", "n": "\n", "r": "\r"}[m.group(1)]
        return chr(int(m.group(2), 16))

    return _UNESCAPE.sub(one, text)


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of ``[start, end)`` between line breaks (brat's own discontinuous form)."""
    pieces, piece_start = [], start
    for i in range(start, end):
        if text[i] in LINE_BREAKS:
            if i > piece_start:
                pieces.append((piece_start, i))
            piece_start = i + 1
    if end > piece_start:
        pieces.append((piece_start, end))
    return pieces


def event_name(name: str) -> str:
    return name[:1].upper() + name[1:]


def binary_type(schema: Schema, name: str) -> bool:
    """A relation type written as ``R``: two roles, each always one span."""
    rtype = schema.relation(name)
    return (
        rtype is not None
        and len(rtype.roles) == 2
        and all(r.max == 1 and r.min >= 1 for r in rtype.roles)
    )


def order(spans: list[Span]) -> list[Span]:
    """A content order, the same after a round trip whatever the ids."""
    return sorted(spans, key=lambda s: (s.start, -s.end, s.label, rows.dumps(s.attributes), s.note))


class _AnnWriter:
    """The ``.ann`` lines of one document."""

    def __init__(self, schema: Schema, text: str, spans: list[Span]) -> None:
        self.schema, self.text = schema, text
        self.spans_by_id = {s.id: s for s in spans}
        self.lines: list[str] = []
        self.tid: dict[str, str] = {}  # span id -> T id
        self.counts = {"T": 0, "A": 0, "R": 0, "E": 0, "#": 0}
        self.left_out = 0

    def next(self, kind: str) -> str:
        self.counts[kind] += 1
        return f"{kind}{self.counts[kind]}"

    def textbound(self, label: str, start: int, end: int) -> str | None:
        pieces = fragments(self.text, start, end)
        if not pieces:
            return None
        tid = self.next("T")
        where = ";".join(f"{s} {e}" for s, e in pieces)
        quote = " ".join(self.text[s:e] for s, e in pieces)
        self.lines.append(f"{tid}\t{label} {where}\t{quote}")
        return tid

    def span(self, span: Span) -> None:
        tid = self.textbound(span.label, span.start, span.end)
        if tid is None:
            self.left_out += 1
            return
        self.tid[span.id] = tid

    def details(self, span: Span) -> None:
        """Attributes and the note, once every span has its T id (notes may cite spans)."""
        tid = self.tid.get(span.id)
        if tid is None:
            return
        label = self.schema.label(span.label)
        for name, value in span.attributes.items():
            attr = label.attribute(name) if label else None
            kind = attr.type if attr else "text"
            if kind == "choice" and value:
                self.lines.append(f"{self.next('A')}\t{name} {tid} {value}")
            elif kind == "bool" and value is True:
                self.lines.append(f"{self.next('A')}\t{name} {tid}")
            elif value not in (None, "", []):
                self.note(tid, f"{name}: {self._shown(kind, value)}")
        if span.note:
            self.note(tid, self._bare_note(label, span.note))

    def _shown(self, kind: str, value: Any) -> str:
        if kind == "multichoice":
            return ", ".join(value)
        if kind == "span":
            return self.tid.get(value, value)
        if kind == "bool":
            return "true" if value else "false"
        return str(value)

    def _bare_note(self, label, note: str) -> str:
        keys = {"note"} | {a.name for a in label.attributes} if label else {"note"}
        head = note.split(": ", 1)[0]
        return f"note: {note}" if ": " in note and head in keys else note

    def note(self, target: str, text: str) -> None:
        self.lines.append(f"{self.next('#')}\t{NOTE} {target}\t{escape(text)}")

    def relation(self, rel: Relation) -> None:
        if any(sid not in self.tid for sid in rel.span_ids()):
            self.left_out += 1
            return
        rtype = self.schema.relation(rel.type)
        names = [r.name for r in rtype.roles] if rtype else list(rel.roles)
        names += [r for r in rel.roles if r not in names]
        if binary_type(self.schema, rel.type):
            args = " ".join(f"{r}:{self.tid[rel.roles[r][0]]}" for r in names)
            rid = self.next("R")
            self.lines.append(f"{rid}\t{rel.type} {args}")
        else:
            rid = self._event(rel, names)
        for name, value in rel.attributes.items():
            if value not in (None, "", []):
                self.note(rid, f"{name}: {value}")
        if rel.note:
            self.note(rid, rel.note)

    def _event(self, rel: Relation, names: list[str]) -> str:
        anchor_role = "cue" if rel.roles.get("cue") else "content"
        anchor_id = (rel.roles.get(anchor_role) or rel.span_ids())[0]
        anchor = self.spans_by_id[anchor_id]
        trigger = self.textbound(event_name(rel.type), anchor.start, anchor.end)
        args = []
        for role in names:
            for n, sid in enumerate(rel.roles.get(role, ()), 1):
                suffix = str(n) if n > 1 else ""
                args.append(f"{event_name(role)}{suffix}:{self.tid[sid]}")
        eid = self.next("E")
        self.lines.append(f"{eid}\t{event_name(rel.type)}:{trigger} {' '.join(args)}")
        return eid


def ann_text(schema: Schema, item: Annotated) -> tuple[str, int]:
    """The ``.ann`` file of one document, and how many annotations it had to leave out."""
    spans = order(item.spans)
    writer = _AnnWriter(schema, item.document.text, spans)
    for span in spans:
        writer.span(span)
    for span in spans:
        writer.details(span)
    for rel in sorted(item.relations, key=lambda r: _relation_key(r, writer.tid)):
        writer.relation(rel)
    return "".join(line + "\n" for line in writer.lines), writer.left_out


def _relation_key(rel: Relation, tid: dict[str, str]) -> tuple:
    roles = sorted(
        (r, tuple(int(tid.get(s, "T0")[1:]) for s in ids)) for r, ids in rel.roles.items()
    )
    return (rel.type, roles, rel.note)


def write(project: Project, out: Path | None, flt: ExportFilter, _: ExportOptions) -> str:
    target = folder(out, "brat standoff")
    corpus = list(select(project, flt))
    left_out = 0
    stems = file_names([item.document.name for item in corpus])
    for stem, item in zip(stems, corpus, strict=True):
        ann, missing = ann_text(project.schema, item)
        left_out += missing
        write_text(target / f"{stem}.txt", item.document.text)
        write_text(target / f"{stem}.ann", ann)
    from .brat_conf import annotation_conf, visual_conf

    write_text(target / "annotation.conf", annotation_conf(project.schema))
    write_text(target / "visual.conf", visual_conf(project.schema))
    note = f"; {left_out} annotation(s) brat cannot hold left out" if left_out else ""
    return f"{target} ({len(corpus)} documents{note})"


def import_path(project: Project, path: Path):
    from .brat_read import import_folder

    return import_folder(project, path)
