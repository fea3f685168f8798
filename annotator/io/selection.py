"""Which part of a project an export takes: documents, labels, annotators and statuses.

Every exporter reads the project through ``select``, so a filter means the same thing in every
format: a span is kept when its document, label and annotator pass; a relation is kept when all
of its spans are kept (and its own annotator passes), and travels with the document of its
first span.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from annotator.core.model import Document, Relation, Span
from annotator.store.project import Project


@dataclass(frozen=True)
class ExportFilter:
    """Which part of a project to export; an empty field means everything."""

    documents: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    annotators: tuple[str, ...] = ()
    statuses: tuple[str, ...] = field(default=())

    def doc_ids(self, project: Project) -> list[str]:
        """Ids of the chosen documents, in project order. Names or ids are accepted."""
        wanted = set()
        for name in self.documents:
            wanted.add(project.document_by_name(name).id)
        return [
            s.id
            for s in project.documents()
            if (not wanted or s.id in wanted) and (not self.statuses or s.status in self.statuses)
        ]

    def keeps_label(self, label: str) -> bool:
        return not self.labels or label in self.labels

    def keeps_annotator(self, annotator: str) -> bool:
        return not self.annotators or annotator in self.annotators

    def keeps(self, span: Span) -> bool:
        return self.keeps_label(span.label) and self.keeps_annotator(span.annotator)


@dataclass
class Annotated:
    """One document with the spans and relations an export takes from it."""

    document: Document
    spans: list[Span]
    relations: list[Relation]


def select(project: Project, flt: ExportFilter | None = None) -> Iterator[Annotated]:
    """The filtered documents in project order, each with its kept spans and relations."""
    flt = flt or ExportFilter()
    doc_ids = flt.doc_ids(project)
    wanted = set(doc_ids)
    kept: dict[str, str] = {}  # span id -> doc id
    spans_by_doc: dict[str, list[Span]] = {d: [] for d in doc_ids}
    for span in project.spans():
        if span.doc_id in wanted and flt.keeps(span):
            spans_by_doc[span.doc_id].append(span)
            kept[span.id] = span.doc_id
    rels_by_doc: dict[str, list[Relation]] = {d: [] for d in doc_ids}
    for rel in project.relations():
        ids = rel.span_ids()
        if flt.keeps_annotator(rel.annotator) and all(sid in kept for sid in ids):
            rels_by_doc[kept[ids[0]]].append(rel)
    for doc_id in doc_ids:
        yield Annotated(project.document(doc_id), spans_by_doc[doc_id], rels_by_doc[doc_id])


def span_index(corpus: list[Annotated]) -> dict[str, Span]:
    return {s.id: s for item in corpus for s in item.spans}


@dataclass(frozen=True)
class ExportOptions:
    """Choices some formats take besides the filter."""

    # ClaimReview's reviewing organisation: {"name": ..., "url": ...}; None reads the
    # project setting "organisation".
    organisation: dict | None = None
    # HTML report: one page per document in a folder instead of one page for the project.
    per_document: bool = False
    # HTML report: embed the bundled Noto Sans Arabic font so the page looks the same anywhere.
    embed_font: bool = False
