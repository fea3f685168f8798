"""schema.org ClaimReview (JSON-LD): one review per claim that carries a verdict.

The claim's author is the source it is attributed to: an attribution whose content contains
(or else overlaps) the claim, or whose content ``supports`` the claim. A named person or an
official is a ``Person``, an organisation or an outlet an ``Organization``. The reviewing
organisation comes from the export options or the project setting ``organisation``
(``{"name": ..., "url": ..., "review_url": "https://.../{claim}"}``); without a review URL
template each review points at the document URL with a fragment naming the claim.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from annotator.core.model import Document, Relation, Span
from annotator.core.schema import Schema
from annotator.store.project import Project

from .output import text_file
from .selection import ExportFilter, ExportOptions, select

CONTEXT = "https://schema.org"
MAX_CLAIM = 75  # Google's guideline for claimReviewed
PERSON_SOURCES = {"named_person", "anonymous_official", "unnamed"}


def organisation_of(project: Project, options: ExportOptions) -> dict[str, str]:
    org = (
        options.organisation
        if options.organisation is not None
        else project.setting("organisation")
    )
    if isinstance(org, str):
        return {"name": org}
    return dict(org or {})


def shorten(text: str, limit: int = MAX_CLAIM) -> str:
    """At most ``limit`` characters, cut at a space when one is near, marked with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip("،,؛;:") + "…"


def review(
    schema: Schema, doc: Document, claim: Span, author: dict | None, org: dict[str, str]
) -> dict[str, Any] | None:
    label = schema.label(claim.label)
    attr = label.attribute("verdict") if label else None
    verdict = claim.attributes.get("verdict")
    value = attr.value(verdict) if attr and verdict else None
    if value is None:
        return None
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": value.display.get("en", verdict)}
    if value.rating is not None:
        rating.update(ratingValue=value.rating, bestRating=5, worstRating=1)
    item: dict[str, Any] = {"@type": "Claim", "appearance": _appearance(doc)}
    if author:
        item["author"] = author
    if doc.published:
        item["datePublished"] = doc.published
    if doc.language in ("fa", "ar", "ur"):
        item["inLanguage"] = doc.language
    result: dict[str, Any] = {
        "@type": "ClaimReview",
        "url": _review_url(doc, claim, org),
        "claimReviewed": shorten(claim.attributes.get("normalized_claim") or claim.text),
        "reviewRating": rating,
        "itemReviewed": item,
    }
    if claim.attributes.get("review_date"):
        result["datePublished"] = claim.attributes["review_date"]
    if org.get("name"):
        result["author"] = {"@type": "Organization", "name": org["name"]}
        if org.get("url"):
            result["author"]["url"] = org["url"]
    result["inLanguage"] = org.get("language") or item.get("inLanguage", "en")
    return result


def _appearance(doc: Document) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if doc.url:
        work["url"] = doc.url
    work["headline"] = doc.title or doc.name
    if doc.outlet:
        work["publisher"] = {"@type": "Organization", "name": doc.outlet}
    return work


def _review_url(doc: Document, claim: Span, org: dict[str, str]) -> str:
    template = org.get("review_url", "")
    if template:
        return template.replace("{claim}", claim.id)
    if doc.url:
        return f"{doc.url}#claim-{claim.id}"
    return f"urn:uuid:{claim.id}"


class Authors:
    """Who each claim of one document is attributed to, from the project's relations."""

    def __init__(self, project: Project, doc_id: str) -> None:
        self.project = project
        self.relations = project.relations(doc_id)
        self.spans = {s.id: s for s in project.spans(doc_id)}

    def of(self, claim: Span) -> dict[str, Any] | None:
        source = self._source(claim)
        if source is None:
            return None
        kind = source.attributes.get("source_type", "")
        person = source.label == "Source" and kind in PERSON_SOURCES
        entity: dict[str, Any] = {"@type": "Person" if person else "Organization"}
        entity["name"] = source.text
        if source.attributes.get("wikidata"):
            entity["sameAs"] = f"https://www.wikidata.org/wiki/{source.attributes['wikidata']}"
        return entity

    def _source(self, claim: Span) -> Span | None:
        contents = {}
        for rel in self._of_type("attribution"):
            content = self._first(rel, "content")
            source = self._first(rel, "source")
            if content and source:
                contents[content.id] = (content, source)
        for content, source in contents.values():
            if content.start <= claim.start and claim.end <= content.end:
                return source
        for rel in self._of_type("supports"):
            evidence, target = self._first(rel, "evidence"), self._first(rel, "claim")
            if target and target.id == claim.id and evidence and evidence.id in contents:
                return contents[evidence.id][1]
        for content, source in contents.values():
            if content.overlaps(claim):
                return source
        return None

    def _of_type(self, type_: str) -> list[Relation]:
        return [r for r in self.relations if r.type == type_]

    def _first(self, rel: Relation, role: str) -> Span | None:
        ids = rel.roles.get(role, ())
        if not ids:
            return None
        return self.spans.get(ids[0]) or self.project.span(ids[0])


def reviews(project: Project, flt: ExportFilter, options: ExportOptions) -> list[dict]:
    org = organisation_of(project, options)
    result = []
    for item in select(project, flt):
        authors = None
        for span in item.spans:
            if "verdict" not in span.attributes:
                continue
            authors = authors or Authors(project, item.document.id)
            found = review(project.schema, item.document, span, authors.of(span), org)
            if found:
                result.append(found)
    return result


def write(project: Project, out: Path | None, flt: ExportFilter, options: ExportOptions) -> str:
    graph = reviews(project, flt, options)
    data = {"@context": CONTEXT, "@graph": graph}
    with text_file(out) as fh:
        fh.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return "standard output" if out is None else f"{out} ({len(graph)} claim reviews)"
