"""A fact-checker's decisions on suggestions, kept in the project (table ``suggestion_decisions``).

Accepting creates the span, and for a linked suggestion every part of it and the relation,
reusing a span already marked with the same label and range; undo withdraws exactly what was
created. Rejecting is remembered so the suggestion is not proposed again.

What "not proposed again" covers: the same proposal (same rule, label, quoted text and offsets,
which is what its key hashes) in the same document. A rejected cue «گفت» says nothing about
the next «گفت», so other occurrences are still proposed. The exception is the variants rule,
whose reason concerns the spelling alone: rejecting one occurrence of a spelling rejects that
spelling, with that label, everywhere in the document. Other documents are never affected.
Every decision is written to ``history`` in the same transaction as its effect.
"""

from __future__ import annotations

from dataclasses import dataclass

from annotator.core.model import Relation, Span, now
from annotator.store.project import Change, Project

from .engine import Part, Suggestion

QUOTE_SCOPED_RULES = frozenset({"variants"})
_REQUIRED_ROLE = {"attribution": "content", "via_outlet": "content"}


@dataclass(frozen=True, slots=True)
class Acceptance:
    """What accepting one suggestion did, so that undo can take back exactly that."""

    suggestion: Suggestion
    created: tuple[Span, ...]
    reused: tuple[str, ...]  # ids of spans that were already there
    relations: tuple[Relation, ...]
    parts: tuple[tuple[Part, str], ...]  # each part with the span id it became

    @property
    def doc_id(self) -> str:
        return self.suggestion.doc_id


# -- reading ------------------------------------------------------------------------------------


def _has_table(project: Project) -> bool:
    row = project.conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'suggestion_decisions'"
    ).fetchone()
    return row is not None


def decisions(project: Project, doc_id: str | None = None) -> list[dict]:
    """Every decision (or one document's), newest first."""
    if not _has_table(project):
        return []
    sql = "SELECT * FROM suggestion_decisions"
    params: list[str] = []
    if doc_id is not None:
        sql += " WHERE doc_id = ?"
        params.append(doc_id)
    return list(project.db.query(sql + " ORDER BY at DESC", params))


def rejected(project: Project, doc_id: str) -> tuple[set[str], set[tuple[str, str, str]]]:
    """Rejected keys of a document, and the (rule, label, quote) a rejection covers."""
    if not _has_table(project):
        return set(), set()
    keys, quotes = set(), set()
    for key, rule, label, quote in project.conn.execute(
        "SELECT key, rule, label, quote FROM suggestion_decisions "
        "WHERE doc_id = ? AND decision = 'rejected'",
        (doc_id,),
    ):
        keys.add(key)
        if rule in QUOTE_SCOPED_RULES:
            quotes.add((rule, label, quote))
    return keys, quotes


def still_open(
    project: Project,
    doc_id: str,
    found: list[Suggestion],
    existing: set[tuple[int, int, str]],
) -> list[Suggestion]:
    """``found`` without what is already marked or was rejected."""
    keys, quotes = rejected(project, doc_id)
    return [
        s
        for s in found
        if (s.start, s.end, s.label) not in existing
        and s.key not in keys
        and (s.rule, s.label, s.text) not in quotes
    ]


# -- accepting ------------------------------------------------------------------------------------


def plan(project: Project, suggestion: Suggestion) -> Acceptance:
    """The spans and relation accepting ``suggestion`` would create; writes nothing."""
    doc_id = suggestion.doc_id
    text = project.text(doc_id)
    existing = {(s.start, s.end, s.label): s.id for s in project.spans(doc_id)}
    keys, _ = rejected(project, doc_id)
    parts = suggestion.link.parts if suggestion.link else (suggestion.as_part(""),)
    parts = tuple(p for p in parts if p.key == suggestion.key or p.key not in keys)
    created, reused, ids = [], [], []
    for part in parts:
        span_id = existing.get((part.start, part.end, part.label))
        if span_id is None:
            span = _span(project, text, doc_id, part)
            created.append(span)
            span_id = span.id
        else:
            reused.append(span_id)
        ids.append((part, span_id))
    relations = _relation(project, suggestion, ids)
    return Acceptance(suggestion, tuple(created), tuple(reused), relations, tuple(ids))


def _span(project: Project, text: str, doc_id: str, part: Part) -> Span:
    return Span.on(
        text, doc_id, part.start, part.end, part.label,
        attributes=dict(part.attributes), annotator=project.annotator,
    )  # fmt: skip


def _relation(
    project: Project, suggestion: Suggestion, ids: list[tuple[Part, str]]
) -> tuple[Relation, ...]:
    link = suggestion.link
    if link is None:
        return ()
    roles = {part.role: (span_id,) for part, span_id in ids}
    if _REQUIRED_ROLE.get(link.type, "") not in roles and link.type in _REQUIRED_ROLE:
        return ()
    for rel in project.relations(suggestion.doc_id):
        if rel.type == link.type and rel.roles == roles:
            return ()  # already linked
    return (Relation(type=link.type, roles=roles, annotator=project.annotator),)


def accept(project: Project, suggestion: Suggestion) -> Acceptance:
    """Creates the suggested annotation(s) in one transaction and records the decision."""
    acceptance = plan(project, suggestion)
    apply(project, acceptance)
    return acceptance


def apply(project: Project, acceptance: Acceptance) -> None:
    """Writes an acceptance (again, for redo: the same span and relation ids)."""
    s = acceptance.suggestion
    with project._tx():
        project.add_annotations(acceptance.created, acceptance.relations)
        text = project.text(s.doc_id)
        for part, span_id in acceptance.parts:
            quote = text[part.start : part.end]
            _record(project, s.doc_id, part.key, "accepted", s.rule, part, quote, span_id)
        project._log(
            "accept_suggestion",
            s.key,
            s.doc_id,
            None,
            {
                "rule": s.rule,
                "label": s.label,
                "start": s.start,
                "end": s.end,
                "created": [span.id for span in acceptance.created],
                "reused": list(acceptance.reused),
                "relations": [rel.id for rel in acceptance.relations],
            },
        )
    project._announce(Change("suggestions", (s.doc_id,), (s.key,)))


def withdraw(project: Project, acceptance: Acceptance) -> None:
    """Undoes ``apply``: removes what it created and forgets the decision."""
    s = acceptance.suggestion
    with project._tx():
        for rel in acceptance.relations:
            project.delete_relation(rel.id)
        for span in reversed(acceptance.created):
            project.delete_span(span.id)
        keys = [part.key for part, _ in acceptance.parts]
        project.conn.executemany(
            "DELETE FROM suggestion_decisions WHERE doc_id = ? AND key = ? "
            "AND decision = 'accepted'",
            [(s.doc_id, key) for key in keys],
        )
        project._log("withdraw_suggestion", s.key, s.doc_id, {"keys": keys}, None)
    project._announce(Change("suggestions", (s.doc_id,), (s.key,)))


# -- rejecting ------------------------------------------------------------------------------------


def reject(project: Project, suggestion: Suggestion) -> None:
    """Remembers that ``suggestion`` is wrong, so it is not proposed again (see module notes)."""
    s = suggestion
    with project._tx():
        _record(project, s.doc_id, s.key, "rejected", s.rule, s.as_part(""), s.text, None)
        project._log(
            "reject_suggestion",
            s.key,
            s.doc_id,
            None,
            {"rule": s.rule, "label": s.label, "start": s.start, "end": s.end, "quote": s.text},
        )
    project._announce(Change("suggestions", (s.doc_id,), (s.key,)))


def unreject(project: Project, suggestion: Suggestion) -> None:
    s = suggestion
    with project._tx():
        project.conn.execute(
            "DELETE FROM suggestion_decisions WHERE doc_id = ? AND key = ? "
            "AND decision = 'rejected'",
            (s.doc_id, s.key),
        )
        project._log("unreject_suggestion", s.key, s.doc_id, {"quote": s.text}, None)
    project._announce(Change("suggestions", (s.doc_id,), (s.key,)))


def _record(
    project: Project,
    doc_id: str,
    key: str,
    decision: str,
    rule: str,
    part: Part,
    quote: str,
    span_id: str | None,
) -> None:
    project.conn.execute(
        "INSERT OR REPLACE INTO suggestion_decisions (doc_id, key, decision, rule, label, start, "
        '"end", quote, span_id, annotator, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        (doc_id, key, decision, rule, part.label, part.start, part.end, quote, span_id,
         project.annotator, now()),
    )  # fmt: skip
