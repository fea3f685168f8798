"""W3C Web Annotation (JSON-LD): one ``Annotation`` per span and per relation.

Each span targets its document (the document's URL, or ``urn:uuid:<doc id>``) through a
``TextPositionSelector`` (code points, as the model defines them) and a ``TextQuoteSelector``
(the quote with up to 32 characters either side), so a reader can re-anchor it if the text
moved. The motivation says what the annotation does: a claim with a verdict is *assessing*
(the verdict in a body), a contested fact with a correction is *editing* (the correction in a
body), a label is *classifying* (a persuasion technique: *tagging*), a note is *commenting*,
a relation is *linking* (its targets are the annotations it links).

Our exact attribute values and relation roles ride along in two extension terms
(``attributes``, ``roles``) declared in an inline context, so a file read back is lossless;
tools that do not know them ignore them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from annotator.core.errors import ImportError_
from annotator.core.model import Document, Relation, Span
from annotator.core.schema import Schema
from annotator.store.project import Project

from .output import text_file
from .readback import Incoming, store
from .selection import Annotated, ExportFilter, ExportOptions, select

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
EXTENSION = {
    "@version": 1.1,
    "annotator": "urn:annotator:terms#",
    "attributes": {"@id": "annotator:attributes", "@type": "@json"},
    "roles": {"@id": "annotator:roles", "@type": "@json"},
}
CONTEXT = [ANNO_CONTEXT, EXTENSION]
QUOTE_CONTEXT = 32  # characters of prefix and suffix in a TextQuoteSelector
LANGUAGE_TAGS = {"fa", "ar", "ur"}


def urn(id_: str) -> str:
    return f"urn:uuid:{id_}"


def document_iri(doc: Document) -> str:
    return doc.url or urn(doc.id)


# -- export ---------------------------------------------------------------------------------


def collection(project: Project, corpus: list[Annotated]) -> dict[str, Any]:
    schema = project.schema
    items: list[dict[str, Any]] = []
    for item in corpus:
        items.extend(span_annotation(schema, item.document, s) for s in item.spans)
        items.extend(relation_annotation(item.document, r) for r in item.relations)
    return {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": project.path.stem,
        "generator": {"type": "Software", "name": "annotator"},
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def span_annotation(schema: Schema, doc: Document, span: Span) -> dict[str, Any]:
    bodies = _bodies(schema, doc, span)
    purposes = list(dict.fromkeys(b["purpose"] for b in bodies))
    return {
        "id": urn(span.id),
        "type": "Annotation",
        "motivation": purposes[0] if len(purposes) == 1 else purposes,
        **_provenance(span.annotator, span.created, span.updated),
        "body": bodies,
        "target": {
            "source": document_iri(doc),
            "selector": [
                {"type": "TextPositionSelector", "start": span.start, "end": span.end},
                quote_selector(doc.text, span.start, span.end),
            ],
        },
        "attributes": span.attributes,
    }


def quote_selector(text: str, start: int, end: int) -> dict[str, Any]:
    selector: dict[str, Any] = {"type": "TextQuoteSelector", "exact": text[start:end]}
    if start:
        selector["prefix"] = text[max(0, start - QUOTE_CONTEXT) : start]
    if end < len(text):
        selector["suffix"] = text[end : end + QUOTE_CONTEXT]
    return selector


def _bodies(schema: Schema, doc: Document, span: Span) -> list[dict[str, Any]]:
    """Verdict (assessing), correction (editing), label (classifying/tagging), note."""
    bodies = []
    label = schema.label(span.label)
    verdict = span.attributes.get("verdict")
    attr = label.attribute("verdict") if label else None
    if verdict and attr is not None:
        value = attr.value(verdict)
        shown = value.display.get("en", verdict) if value else verdict
        bodies.append(_text("assessing", shown, "en"))
    if span.attributes.get("correction"):
        bodies.append(_text("editing", span.attributes["correction"], doc.language))
    tagging = label is not None and label.group == "persuasion"
    bodies.append(_text("tagging" if tagging else "classifying", span.label))
    if span.note:
        bodies.append(_text("commenting", span.note, doc.language))
    return bodies


def _text(purpose: str, value: str, language: str = "") -> dict[str, Any]:
    body = {"type": "TextualBody", "purpose": purpose, "value": value, "format": "text/plain"}
    if language in LANGUAGE_TAGS or language == "en":
        body["language"] = language
    return body


def _provenance(annotator: str, created: str, updated: str) -> dict[str, Any]:
    result: dict[str, Any] = {}
    if annotator:
        result["creator"] = {"type": "Person", "nickname": annotator}
    result["created"] = created
    result["modified"] = updated
    return result


def relation_annotation(doc: Document, rel: Relation) -> dict[str, Any]:
    bodies = [_text("tagging", rel.type)]
    if rel.note:
        bodies.append(_text("commenting", rel.note, doc.language))
    return {
        "id": urn(rel.id),
        "type": "Annotation",
        "motivation": "linking",
        **_provenance(rel.annotator, rel.created, rel.updated),
        "body": bodies,
        "target": [urn(sid) for sid in rel.span_ids()],
        "roles": {role: [urn(s) for s in ids] for role, ids in rel.roles.items()},
        "attributes": rel.attributes,
    }


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write(project: Project, out: Path | None, flt: ExportFilter, _: ExportOptions) -> str:
    data = collection(project, list(select(project, flt)))
    with text_file(out) as fh:
        fh.write(dumps(data))
    return "standard output" if out is None else f"{out} ({data['total']} annotations)"


# -- import ---------------------------------------------------------------------------------


def annotations_in(data: Any) -> list[dict[str, Any]]:
    """The annotations of a collection, a page, a list, an ``@graph`` or a single one."""
    if isinstance(data, list):
        return [a for item in data for a in annotations_in(item)]
    if not isinstance(data, dict):
        return []
    kind = data.get("type") or data.get("@type")
    if kind == "AnnotationCollection":
        return annotations_in(data.get("first", []))
    if kind == "AnnotationPage":
        return annotations_in(data.get("items", []))
    if "@graph" in data:
        return annotations_in(data["@graph"])
    return [data] if kind == "Annotation" else []


def import_path(project: Project, path: Path) -> Any:
    """Reads a W3C file onto the project's documents (W3C carries no text)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportError_(f"{path}: not a readable JSON file ({exc})") from None
    return store(project, incoming(project, annotations_in(data), str(path)), str(path))


def incoming(project: Project, annotations: list[dict[str, Any]], where: str) -> Incoming:
    found = Incoming()
    anchor = _Anchors(project)
    span_ids: dict[str, str] = {}  # annotation IRI -> span id
    links = []
    for n, anno in enumerate(annotations, 1):
        if anno.get("motivation") == "linking":
            links.append(anno)
            continue
        try:
            span = _span(project.schema, anchor, anno)
        except (ImportError_, KeyError, TypeError, ValueError) as exc:
            found.skipped.append(f"{where}, annotation {n} ({anno.get('id', '?')}): {exc}")
            continue
        span_ids[str(anno.get("id"))] = span.id
        found.spans.append(span)
    for anno in links:
        rel = _relation(anno, span_ids)
        if rel is None:
            found.skipped.append(f"{where}: link {anno.get('id', '?')} points outside the file")
        else:
            found.relations.append(rel)
    return found


def _span(schema: Schema, anchor: _Anchors, anno: dict[str, Any]) -> Span:
    target = anno["target"]
    target = target[0] if isinstance(target, list) else target
    selectors = target.get("selector", [])
    selectors = selectors if isinstance(selectors, list) else [selectors]
    doc, start, end = anchor.locate(target.get("source", ""), selectors)
    bodies = anno.get("body", [])
    bodies = bodies if isinstance(bodies, list) else [bodies]
    label = next(
        (b["value"] for b in bodies if b.get("purpose") in ("classifying", "tagging")), None
    )
    if label is None or schema.label(label) is None:
        raise ImportError_(f"label {label!r} is not in the project's schema")
    attributes = anno.get("attributes")
    if not isinstance(attributes, dict):
        attributes = _attributes_from_bodies(schema, label, bodies)
    note = next((b["value"] for b in bodies if b.get("purpose") == "commenting"), "")
    iri = str(anno.get("id", ""))
    extra = {"id": iri.removeprefix("urn:uuid:")} if iri.startswith("urn:uuid:") else {}
    extra.update({k: anno[k] for k in ("created",) if anno.get(k)})
    if anno.get("modified"):
        extra["updated"] = anno["modified"]
    return Span.on(
        doc.text,
        doc.id,
        start,
        end,
        label,
        attributes=attributes,
        note=note,
        annotator=(anno.get("creator") or {}).get("nickname", ""),
        **extra,
    )


def _attributes_from_bodies(schema: Schema, label: str, bodies: list[dict]) -> dict[str, Any]:
    """A file written by another tool: the verdict and correction from their bodies."""
    attrs: dict[str, Any] = {}
    lab = schema.label(label)
    verdict = lab.attribute("verdict") if lab else None
    for body in bodies:
        if body.get("purpose") == "assessing" and verdict is not None:
            shown = str(body.get("value", "")).casefold()
            for value in verdict.values:
                if shown in (value.name.casefold(), value.display.get("en", "").casefold()):
                    attrs["verdict"] = value.name
        if body.get("purpose") == "editing" and lab and lab.attribute("correction"):
            attrs["correction"] = body.get("value", "")
    return attrs


def _relation(anno: dict[str, Any], span_ids: dict[str, str]) -> Relation | None:
    bodies = anno.get("body", [])
    bodies = bodies if isinstance(bodies, list) else [bodies]
    type_ = next((b["value"] for b in bodies if b.get("purpose") == "tagging"), None)
    roles_in = anno.get("roles")
    if not type_ or not isinstance(roles_in, dict):
        return None
    roles = {}
    for role, iris in roles_in.items():
        if any(i not in span_ids for i in iris):
            return None
        roles[role] = tuple(span_ids[i] for i in iris)
    iri = str(anno.get("id", ""))
    extra = {"id": iri.removeprefix("urn:uuid:")} if iri.startswith("urn:uuid:") else {}
    if anno.get("created"):
        extra["created"] = anno["created"]
    if anno.get("modified"):
        extra["updated"] = anno["modified"]
    return Relation(
        type=type_,
        roles=roles,
        attributes=anno.get("attributes") or {},
        note=next((b["value"] for b in bodies if b.get("purpose") == "commenting"), ""),
        annotator=(anno.get("creator") or {}).get("nickname", ""),
        **extra,
    )


class _Anchors:
    """Finds the document and offsets an annotation's target points at."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.by_iri: dict[str, Document] = {}
        for doc_id in project.document_ids():
            doc = project.document(doc_id)
            self.by_iri[urn(doc.id)] = doc
            if doc.url:
                self.by_iri.setdefault(doc.url, doc)

    def locate(self, source: str, selectors: list[dict]) -> tuple[Document, int, int]:
        position = next((s for s in selectors if s.get("type") == "TextPositionSelector"), None)
        quote = next((s for s in selectors if s.get("type") == "TextQuoteSelector"), None)
        doc = self.by_iri.get(source)
        candidates = [doc] if doc else list(self.by_iri.values())
        for candidate in candidates:
            hit = _anchor(candidate.text, position, quote)
            if hit:
                return candidate, hit[0], hit[1]
        if doc is None:
            raise ImportError_(f"no document in the project is {source!r} or holds the quote")
        raise ImportError_(f"the quote is not in document {doc.name!r}")


def _anchor(text: str, position: dict | None, quote: dict | None) -> tuple[int, int] | None:
    """The position if the quote is there (or no quote given), else the quote's best match."""
    if position is not None:
        start, end = int(position["start"]), int(position["end"])
        if 0 <= start < end <= len(text) and (quote is None or text[start:end] == quote["exact"]):
            return start, end
    if quote is None or not quote.get("exact"):
        return None
    exact = quote["exact"]
    prefix, suffix = quote.get("prefix", ""), quote.get("suffix", "")
    best, best_score = None, -1
    at = text.find(exact)
    while at != -1:
        score = (text[:at].endswith(prefix) if prefix else 0) + (
            text[at + len(exact) :].startswith(suffix) if suffix else 0
        )
        if score > best_score:
            best, best_score = (at, at + len(exact)), score
        at = text.find(exact, at + 1)
    return best
