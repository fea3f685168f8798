"""Label Studio JSON tasks, with offsets in UTF-16 units as Label Studio counts them.

One task per document (``data.text`` plus the document's name and metadata) holding one
annotation whose ``result`` has, per span, a ``labels`` region (its id is the span's id) and
one per-region result for each attribute value (``choices``, ``textarea``, ``number``,
``datetime``, named after the attribute), then the relations (see ``edges.py``). A span's note
is the region's ``meta.text``, its annotator ``meta.annotator``. Beside the JSON file we write
the labelling configuration (``*.label_config.xml``) that makes Label Studio show all of it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from annotator.core.errors import AnnotatorError, ImportError_
from annotator.core.model import Span
from annotator.core.offsets import Utf16Map
from annotator.core.schema import Schema
from annotator.store.project import Project

from . import edges
from .brat import order
from .doccano import document_from, span_at
from .output import text_file, write_text
from .readback import Incoming, store
from .selection import ExportFilter, ExportOptions, select

LABELS, TEXT = "label", "text"
RESERVED = {LABELS, TEXT, "relation"}
CONTROL = {
    "choice": "choices",
    "multichoice": "choices",
    "bool": "choices",
    "number": "number",
    "date": "datetime",
}


def control_name(attribute: str) -> str:
    return f"attr_{attribute}" if attribute in RESERVED else attribute


def attribute_name(control: str) -> str:
    stripped = control.removeprefix("attr_")
    return stripped if control.startswith("attr_") and stripped in RESERVED else control


def _value(kind: str, value: Any) -> tuple[str, dict[str, Any]]:
    control = CONTROL.get(kind, "textarea")
    if control == "choices":
        if kind == "bool":
            value = "true" if value else "false"
        return control, {"choices": value if isinstance(value, list) else [value]}
    if control == "number":
        return control, {"number": value}
    if control == "datetime":
        return control, {"datetime": value}
    return "textarea", {"text": [value]}


def _region(span: Span, u16: Utf16Map) -> dict[str, Any]:
    return {"start": u16.to_utf16(span.start), "end": u16.to_utf16(span.end)}


def span_results(schema: Schema, span: Span, u16: Utf16Map) -> list[dict[str, Any]]:
    where = _region(span, u16)
    region: dict[str, Any] = {
        "id": span.id,
        "from_name": LABELS,
        "to_name": TEXT,
        "type": "labels",
        "value": {**where, "text": span.text, "labels": [span.label]},
    }
    meta = {"annotator": span.annotator} if span.annotator else {}
    if span.note:
        meta["text"] = [span.note]
    if meta:
        region["meta"] = meta
    results = [region]
    label = schema.label(span.label)
    for name, value in span.attributes.items():
        if value in (None, "", []):
            continue
        attr = label.attribute(name) if label else None
        kind, body = _value(attr.type if attr else "text", value)
        results.append(
            {
                "id": span.id,
                "from_name": control_name(name),
                "to_name": TEXT,
                "type": kind,
                "value": {**where, **body},
            }
        )
    return results


def tasks(project: Project, flt: ExportFilter) -> list[dict[str, Any]]:
    schema = project.schema
    result = []
    for n, item in enumerate(select(project, flt), 1):
        doc = item.document
        u16 = Utf16Map(doc.text)
        results = [r for span in order(item.spans) for r in span_results(schema, span, u16)]
        ids = {s.id for s in item.spans}
        links = sorted(e for rel in item.relations for e in edges.edges(schema, rel))
        results += [
            {
                "from_id": a,
                "to_id": b,
                "type": "relation",
                "direction": "right",
                "labels": [label],
            }
            for a, b, label in links
            if a in ids and b in ids
        ]
        data = {"text": doc.text, "document": doc.name, "language": doc.language}
        data.update({k: getattr(doc, k) for k in ("title", "outlet", "url", "published")})
        data = {k: v for k, v in data.items() if v}
        result.append({"id": n, "data": data, "annotations": [{"id": n, "result": results}]})
    return result


def label_config(schema: Schema) -> str:
    """The labelling interface: the text, the labels, every attribute per region, relations."""
    lines = ["<View>", f'  <Labels name="{LABELS}" toName="{TEXT}">']
    lines += [
        f"    <Label value={quoteattr(lab.name)} background={quoteattr(lab.color)}/>"
        for lab in schema.labels
    ]
    lines += ["  </Labels>", f'  <Text name="{TEXT}" value="$text"/>', "  <Relations>"]
    relation_labels = []
    for rtype in schema.relations:
        if len(rtype.roles) == 2:
            relation_labels.append(rtype.name)
        else:
            relation_labels += [f"{rtype.name}.{r.name}" for r in rtype.roles[:-1]]
    lines += [f"    <Relation value={quoteattr(name)}/>" for name in relation_labels]
    lines.append("  </Relations>")
    lines += _attribute_controls(schema)
    lines.append("</View>")
    return "\n".join(lines) + "\n"


def _attribute_controls(schema: Schema) -> list[str]:
    owners: dict[str, list] = {}
    for label in schema.labels:
        for attr in label.attributes:
            owners.setdefault(attr.name, []).append((label.name, attr))
    lines = []
    for name, pairs in owners.items():
        attr = pairs[0][1]
        when = ",".join(label for label, _ in pairs)
        common = (
            f'name={quoteattr(control_name(name))} toName={quoteattr(TEXT)} perRegion="true" '
            f'visibleWhen="region-selected" whenLabelValue={quoteattr(when)}'
        )
        control = CONTROL.get(attr.type, "textarea")
        if control == "choices":
            values = [v.name for v in attr.values] if attr.type != "bool" else ["true", "false"]
            choice = "multiple" if attr.type == "multichoice" else "single"
            lines.append(f'  <Choices {common} choice="{choice}">')
            lines += [f"    <Choice value={quoteattr(v)}/>" for v in values]
            lines.append("  </Choices>")
        elif control == "number":
            lines.append(f"  <Number {common}/>")
        elif control == "datetime":
            lines.append(f'  <DateTime {common} only="date"/>')
        else:
            lines.append(f'  <TextArea {common} maxSubmissions="1"/>')
    return lines


def config_path(out: Path) -> Path:
    return out.with_name(f"{out.stem}.label_config.xml")


def write(project: Project, out: Path | None, flt: ExportFilter, _: ExportOptions) -> str:
    data = tasks(project, flt)
    with text_file(out) as fh:
        fh.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    if out is None:
        return "standard output"
    write_text(config_path(out), label_config(project.schema))
    return f"{out} ({len(data)} tasks) and its labelling configuration {config_path(out).name}"


# -- import ---------------------------------------------------------------------------------


def _typed(kind: str, body: dict[str, Any], attr_type: str) -> Any:
    if kind == "choices":
        choices = body.get("choices", [])
        if attr_type == "bool":
            return choices == ["true"]
        return choices if attr_type == "multichoice" else (choices[0] if choices else None)
    if kind == "number":
        return body.get("number")
    if kind == "datetime":
        return body.get("datetime")
    texts = body.get("text", [])
    return texts[0] if isinstance(texts, list) and texts else texts


class _Task:
    def __init__(self, schema: Schema, task: dict[str, Any], number: int, where: str) -> None:
        self.schema, self.where = schema, where
        data = task.get("data", {})
        text = data.get(TEXT)
        if not isinstance(text, str):
            text = next((v for v in data.values() if isinstance(v, str)), None)
        if text is None:
            raise ImportError_(f"{where}: task {number} has no text")
        self.doc = document_from(data, text, f"task-{task.get('id', number)}")
        self.u16 = Utf16Map(text)
        annotations = task.get("annotations") or task.get("predictions") or []
        self.results = [r for a in annotations for r in a.get("result", [])]

    def read(self, found: Incoming) -> None:
        found.documents.append(self.doc)
        regions: dict[str, Span] = {}
        for r in self.results:
            if r.get("type") == "labels":
                span = self._span(r)
                if span is not None:
                    regions[r["id"]] = span
        for r in self.results:
            if r.get("type") not in ("labels", "relation") and r.get("id") in regions:
                regions[r["id"]] = self._with_attribute(regions[r["id"]], r)
        found.spans.extend(regions.values())
        links = [
            (regions[r["from_id"]].id, regions[r["to_id"]].id, (r.get("labels") or [""])[0])
            for r in self.results
            if r.get("type") == "relation" and r["from_id"] in regions and r["to_id"] in regions
        ]
        rels, unknown = edges.relations(self.schema, links)
        found.relations.extend(rels)
        found.skipped.extend(f"{self.where}: {u}" for u in unknown)

    def _span(self, r: dict[str, Any]) -> Span | None:
        value = r["value"]
        label = (value.get("labels") or [""])[0]
        if self.schema.label(label) is None:
            return None
        meta = r.get("meta") or {}
        note = "\n".join(meta.get("text") or [])
        extra = {"id": r["id"]} if isinstance(r.get("id"), str) else {}
        return span_at(
            self.doc,
            self.u16,
            value["start"],
            value["end"],
            label,
            note=note,
            annotator=meta.get("annotator", ""),
            **extra,
        )

    def _with_attribute(self, span: Span, r: dict[str, Any]) -> Span:
        name = attribute_name(r.get("from_name", ""))
        label = self.schema.label(span.label)
        attr = label.attribute(name) if label else None
        if attr is None:
            return span
        value = _typed(r["type"], r.get("value", {}), attr.type)
        return Span(**{**_fields(span), "attributes": {**span.attributes, name: value}})


def _fields(span: Span) -> dict[str, Any]:
    keys = ("doc_id", "start", "end", "label", "text", "attributes", "note", "annotator", "id")
    return {k: getattr(span, k) for k in keys}


def incoming(project: Project, path: Path) -> Incoming:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportError_(f"{path}: not a readable JSON file ({exc})") from None
    found = Incoming()
    for number, task in enumerate(data if isinstance(data, list) else [data], 1):
        where = f"{path}, task {number}"
        try:
            _Task(project.schema, task, number, where).read(found)
        except (KeyError, TypeError, ValueError, AnnotatorError) as exc:
            raise ImportError_(f"{where}: not a Label Studio task ({exc})") from None
    return found


def import_path(project: Project, path: Path):
    return store(project, incoming(project, path), str(path))
