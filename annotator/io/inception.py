"""INCEpTION / UIMA CAS XMI, written with dkpro-cassis: a folder of ``.xmi`` files and the
``TypeSystem.xml`` they share.

cassis keeps our code-point offsets in Python and writes UTF-16 offsets, as UIMA counts them.
What goes in each CAS:

- ``DocumentMetaData`` (title, id, URL) and the text's ``Sentence`` and ``Token`` annotations
  (our word rules, as the CoNLL export), which INCEpTION's editor needs;
- one span layer, ``webanno.custom.Span``, for every label (feature ``label``, the schema
  ``group``, ``note``, ``annotator``, ``created``, and one feature per attribute: strings,
  or a reference for a span-valued attribute). One layer, so that relation layers can attach
  to it as INCEpTION requires and spans of any label may overlap;
- a relation of two roles is a relation layer ``webanno.custom.<Type>Relation`` with
  ``Governor`` (first role) and ``Dependent`` (second role), spanning the dependent, as
  INCEpTION draws them; any other relation (attribution) is a ``webanno.custom.<Type>``
  spanning its last role (the content) with one reference feature per role.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from cassis import Cas, TypeSystem

from annotator.core.model import Relation, Span
from annotator.core.schema import Schema
from annotator.store.project import Project

from .conll import sentences, tokens
from .output import file_names, folder, write_text
from .selection import Annotated, ExportFilter, ExportOptions, select

SPAN = "webanno.custom.Span"
ANNOTATION = "uima.tcas.Annotation"
STRING = "uima.cas.String"
METADATA = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData"
SENTENCE = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence"
TOKEN = "de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token"
FIXED = ("label", "group", "note", "annotator", "created", "spanId")
UIMA_RESERVED = {"begin", "end", "sofa", "type"}


def feature_name(name: str) -> str:
    """A Java identifier: UIMA feature names cannot hold ``-``."""
    clean = re.sub(r"[^A-Za-z0-9_]", "_", name)
    return f"attr_{clean}" if clean in UIMA_RESERVED or clean in FIXED else clean


def type_name(name: str) -> str:
    return "webanno.custom." + "".join(
        p[:1].upper() + p[1:] for p in re.split(r"[^A-Za-z0-9]+", name) if p
    )


def _binary(schema: Schema, rel_type: str) -> bool:
    rtype = schema.relation(rel_type)
    return rtype is not None and len(rtype.roles) == 2


class _Types:
    """The type system for one schema."""

    def __init__(self, schema: Schema) -> None:
        self.schema = schema
        ts = self.ts = TypeSystem()
        meta = ts.create_type(METADATA, supertypeName="uima.tcas.DocumentAnnotation")
        for name in ("documentTitle", "documentId", "documentUri", "collectionId"):
            ts.create_feature(meta, name, STRING)
        ts.create_type(SENTENCE, supertypeName=ANNOTATION)
        ts.create_type(TOKEN, supertypeName=ANNOTATION)
        self.span = ts.create_type(SPAN, supertypeName=ANNOTATION)
        for name in FIXED:
            ts.create_feature(self.span, name, STRING)
        self.attributes = self._attribute_features()
        self.relations = {r.name: self._relation_type(r) for r in schema.relations}

    def _attribute_features(self) -> dict[str, tuple[str, bool]]:
        """attribute name -> (feature name, is a span reference)."""
        kinds: dict[str, set[str]] = {}
        for label in self.schema.labels:
            for attr in label.attributes:
                kinds.setdefault(attr.name, set()).add(attr.type)
        features = {}
        for name, types in kinds.items():
            reference = types == {"span"}
            feature = feature_name(name)
            self.ts.create_feature(self.span, feature, SPAN if reference else STRING)
            features[name] = (feature, reference)
        return features

    def _relation_type(self, rtype):
        if _binary(self.schema, rtype.name):
            t = self.ts.create_type(type_name(rtype.name) + "Relation", supertypeName=ANNOTATION)
            self.ts.create_feature(t, "Governor", SPAN)
            self.ts.create_feature(t, "Dependent", SPAN)
        else:
            t = self.ts.create_type(type_name(rtype.name), supertypeName=ANNOTATION)
            for role in rtype.roles:
                multiple = role.max is None or role.max > 1
                self.ts.create_feature(
                    t,
                    feature_name(role.name),
                    "uima.cas.FSArray" if multiple else SPAN,
                    elementType=SPAN if multiple else None,
                )
        for name in ("note", "annotator", "relationId"):
            self.ts.create_feature(t, name, STRING)
        return t


# XML 1.0 cannot carry these at all, not even escaped (Word's line break U+000B, form feed,
# escape). A space in their place keeps every offset, in code points and UTF-16 alike.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    return _NOT_XML.sub(" ", text)


def _string(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return xml_safe("; ".join(str(v) for v in value))
    return xml_safe(str(value))


def build_cas(types: _Types, item: Annotated) -> Cas:
    doc = item.document
    ts = types.ts
    cas = Cas(typesystem=ts)
    cas.sofa_string = xml_safe(doc.text)
    cas.sofa_mime = "text/plain"
    meta = ts.get_type(METADATA)
    cas.add(
        meta(
            begin=0,
            end=len(doc.text),
            documentTitle=xml_safe(doc.title or doc.name),
            documentId=xml_safe(doc.name),
            documentUri=xml_safe(doc.url) or f"urn:uuid:{doc.id}",
            language=doc.language if doc.language in ("fa", "ar", "ur") else "x-unspecified",
        )
    )
    toks = tokens(doc.text)
    for sentence in sentences(doc.text, toks):
        cas.add(ts.get_type(SENTENCE)(begin=sentence[0][0], end=sentence[-1][1]))
    token = ts.get_type(TOKEN)
    for start, end in toks:
        cas.add(token(begin=start, end=end))
    made = {s.id: _span(types, cas, s) for s in item.spans}
    for span in item.spans:
        _references(types, made, span)
    for rel in item.relations:
        _relation(types, cas, made, rel)
    return cas


def _span(types: _Types, cas: Cas, span: Span):
    label = types.schema.label(span.label)
    fields = {
        "label": span.label,
        "group": label.group if label else "",
        "note": xml_safe(span.note) or None,
        "annotator": span.annotator or None,
        "created": span.created,
        "spanId": span.id,
    }
    for name, value in span.attributes.items():
        feature, reference = types.attributes.get(name, (None, False))
        if feature and not reference and value not in (None, "", []):
            fields[feature] = _string(value)
    annotation = types.span(begin=span.start, end=span.end, **fields)
    cas.add(annotation)
    return annotation


def _references(types: _Types, made: dict, span: Span) -> None:
    for name, value in span.attributes.items():
        feature, reference = types.attributes.get(name, (None, False))
        if reference and value in made:
            setattr(made[span.id], feature, made[value])


def _relation(types: _Types, cas: Cas, made: dict, rel: Relation) -> None:
    if any(sid not in made for sid in rel.span_ids()):
        return
    rtype = types.schema.relation(rel.type)
    kind = types.relations.get(rel.type)
    if rtype is None or kind is None:
        return
    extra = {
        "note": xml_safe(rel.note) or None,
        "annotator": rel.annotator or None,
        "relationId": rel.id,
    }
    if _binary(types.schema, rel.type):
        first, second = (made[rel.roles[r.name][0]] for r in rtype.roles)
        cas.add(kind(begin=second.begin, end=second.end, Governor=first, Dependent=second, **extra))
        return
    anchor = made[(rel.roles.get(rtype.roles[-1].name) or rel.span_ids())[0]]
    fields: dict[str, Any] = {}
    for role in rtype.roles:
        targets = [made[sid] for sid in rel.roles.get(role.name, ())]
        if not targets:
            continue
        if role.max is None or role.max > 1:
            array = types.ts.get_type("uima.cas.FSArray")(elements=targets)
            fields[feature_name(role.name)] = array
        else:
            fields[feature_name(role.name)] = targets[0]
    cas.add(kind(begin=anchor.begin, end=anchor.end, **fields, **extra))


def write(project: Project, out: Path | None, flt: ExportFilter, _: ExportOptions) -> str:
    target = folder(out, "INCEpTION XMI")
    types = _Types(project.schema)
    corpus = list(select(project, flt))
    for stem, item in zip(file_names([i.document.name for i in corpus]), corpus, strict=True):
        write_text(target / f"{stem}.xmi", build_cas(types, item).to_xmi())
    write_text(target / "TypeSystem.xml", types.ts.to_xml())
    return f"{target} ({len(corpus)} documents and TypeSystem.xml)"
