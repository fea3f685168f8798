"""Documents, spans and relations: plain values, checked against the stored text.

Offsets are half-open ``[start, end)`` ranges of code points on the document text, which is
never changed after import.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from .errors import SpanError

LANGUAGES = ("fa", "ar", "ur", "mixed", "other")


def new_id() -> str:
    return str(uuid.uuid4())


def now() -> str:
    """UTC timestamp, ISO 8601 with milliseconds: sortable as text."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def content_hash(text: str) -> str:
    import hashlib  # at import time only: hashlib loads OpenSSL, which opening a project skips

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Document:
    """An imported article: its text (never changed after import), language and metadata."""

    name: str
    text: str
    language: str = "other"
    id: str = field(default_factory=new_id)
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: str = ""
    source_path: str = ""
    status: str = "todo"
    attributes: dict[str, Any] = field(default_factory=dict)
    imported_at: str = field(default_factory=now)
    content_hash: str = ""

    def __post_init__(self) -> None:
        if not self.name:
            raise ValueError("a document needs a name")
        if self.language not in LANGUAGES:
            raise ValueError(f"language {self.language!r} is not one of {', '.join(LANGUAGES)}")
        if not self.content_hash:
            object.__setattr__(self, "content_hash", content_hash(self.text))
        elif self.content_hash != content_hash(self.text):
            raise ValueError(f"document {self.name!r}: content hash does not match its text")

    def metadata(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "outlet": self.outlet,
            "url": self.url,
            "published": self.published,
            "source_path": self.source_path,
        }


@dataclass(frozen=True, slots=True)
class Span:
    """A labelled stretch of a document: code points ``[start, end)`` and the text they quote."""

    doc_id: str
    start: int
    end: int
    label: str
    text: str
    attributes: dict[str, Any] = field(default_factory=dict)
    note: str = ""
    annotator: str = ""
    id: str = field(default_factory=new_id)
    created: str = field(default_factory=now)
    updated: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.start, int) or not isinstance(self.end, int):
            raise SpanError(f"span offsets must be whole numbers, got {self.start!r}, {self.end!r}")
        if self.start < 0:
            raise SpanError(f"span start {self.start} is negative")
        if self.end <= self.start:
            raise SpanError(f"span [{self.start}, {self.end}) is empty or reversed")
        if len(self.text) != self.end - self.start:
            raise SpanError(
                f"span [{self.start}, {self.end}) covers {self.end - self.start} characters "
                f"but its quote has {len(self.text)}"
            )
        if not self.label:
            raise SpanError("a span needs a label")
        if not self.updated:
            object.__setattr__(self, "updated", self.created)

    @classmethod
    def on(cls, document_text: str, doc_id: str, start: int, end: int, label: str, **kw) -> Span:
        """A span cut from ``document_text``; refuses offsets that do not fit it."""
        check_range(document_text, start, end)
        quote = kw.pop("text", None)
        actual = document_text[start:end]
        if quote is not None and quote != actual:
            raise SpanError(
                f"span [{start}, {end}) quotes {quote!r} but the document has {actual!r} there"
            )
        return cls(doc_id=doc_id, start=start, end=end, label=label, text=actual, **kw)

    def verify(self, document_text: str) -> None:
        check_range(document_text, self.start, self.end)
        actual = document_text[self.start : self.end]
        if actual != self.text:
            raise SpanError(
                f"span {self.id} [{self.start}, {self.end}) quotes {self.text!r} "
                f"but the document has {actual!r} there"
            )

    def with_changes(self, **changes: Any) -> Span:
        return replace(self, updated=changes.pop("updated", now()), **changes)

    def overlaps(self, other: Span) -> bool:
        return self.doc_id == other.doc_id and self.start < other.end and other.start < self.end


def check_range(text: str, start: int, end: int) -> None:
    if not isinstance(start, int) or not isinstance(end, int):
        raise SpanError(f"span offsets must be whole numbers, got {start!r}, {end!r}")
    if start < 0 or end > len(text):
        raise SpanError(f"span [{start}, {end}) is outside the document (0..{len(text)})")
    if end <= start:
        raise SpanError(f"span [{start}, {end}) is empty or reversed")


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed link between spans: ``roles`` maps each role to the span ids filling it."""

    type: str
    roles: dict[str, tuple[str, ...]]
    attributes: dict[str, Any] = field(default_factory=dict)
    note: str = ""
    annotator: str = ""
    id: str = field(default_factory=new_id)
    created: str = field(default_factory=now)
    updated: str = ""

    def __post_init__(self) -> None:
        if not self.type:
            raise ValueError("a relation needs a type")
        roles = {role: tuple(ids) for role, ids in self.roles.items() if ids}
        if not roles:
            raise ValueError(f"a {self.type} relation needs at least one span")
        object.__setattr__(self, "roles", roles)
        if not self.updated:
            object.__setattr__(self, "updated", self.created)

    def span_ids(self) -> list[str]:
        return [sid for ids in self.roles.values() for sid in ids]

    def with_changes(self, **changes: Any) -> Relation:
        return replace(self, updated=changes.pop("updated", now()), **changes)
