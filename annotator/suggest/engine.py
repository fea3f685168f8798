"""Suggestions: annotations the rules propose for a fact-checker to accept or reject.

A ``Suggestion`` is a span the rules would mark, with the label, attributes and a reason in
words. Suggestions that belong together (the source, cue and content of one attribution) share a
``Link``: accepting one of them creates them all and the relation between them.

``suggest_document`` runs the rules on one document (of a project, or a bare text);
``suggest_corpus`` on every document of a project. Rules never write: ``decisions`` does.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from annotator.core.language import detect_language
from annotator.core.words import WordIndex

from . import lexicon as lexicon_module
from .tokens import TokenText

if TYPE_CHECKING:
    from annotator.store.project import Project

    from .lexicon import Lexicon
    from .variants import CorpusNames


@dataclass(frozen=True, slots=True)
class Part:
    """One span of a linked proposal, with its role in the relation."""

    role: str
    start: int
    end: int
    label: str
    attributes: dict[str, Any]
    key: str


@dataclass(frozen=True, slots=True)
class Link:
    """A relation the suggestion belongs to: accepting it creates every part and the relation."""

    type: str
    parts: tuple[Part, ...]


@dataclass(frozen=True, slots=True)
class Suggestion:
    doc_id: str
    start: int
    end: int
    label: str
    text: str
    attributes: dict[str, Any]
    reason: str  # English, in words
    rule: str
    key: str
    reasons: dict[str, str] = field(default_factory=dict)  # the reason in fa / ar, where written
    link: Link | None = None
    role: str = ""  # this suggestion's role in ``link``

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "doc_id": self.doc_id,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "label": self.label,
            "attributes": self.attributes,
            "reason": self.reason,
            "reasons": self.reasons,
            "rule": self.rule,
            "key": self.key,
        }
        if self.link:
            out["link"] = {
                "type": self.link.type,
                "role": self.role,
                "parts": [
                    {"role": p.role, "start": p.start, "end": p.end, "label": p.label, "key": p.key}
                    for p in self.link.parts
                ],
            }
        return out

    def as_part(self, role: str) -> Part:
        return Part(role, self.start, self.end, self.label, self.attributes, self.key)


def suggestion_key(rule: str, text: str, start: int, end: int, label: str) -> str:
    """Stable across runs and machines: the rule, the quoted text, where it is, the label."""
    raw = "\x1f".join((rule, text[start:end], str(start), str(end), label))
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:20]


class Context:
    """One document as the rules see it: text, language, words, lexicon, the corpus around it."""

    def __init__(
        self,
        text: str,
        doc_id: str = "",
        language: str | None = None,
        published: date | None = None,
        lexicon: Lexicon | None = None,
        corpus: CorpusNames | None = None,
    ) -> None:
        self.text = text
        self.doc_id = doc_id
        self.language = _reading_language(text, language)
        self.published = published
        self.lexicon = lexicon or lexicon_module.load()
        self.corpus = corpus
        self.tokens = TokenText(text)
        self.words = WordIndex(text)
        self.shared: dict[str, Any] = {}  # analysis one rule computes and another reads

    def suggestion(
        self,
        rule: str,
        start: int,
        end: int,
        label: str,
        reason: str,
        attributes: dict[str, Any] | None = None,
        reasons: dict[str, str] | None = None,
    ) -> Suggestion:
        return Suggestion(
            doc_id=self.doc_id,
            start=start,
            end=end,
            label=label,
            text=self.text[start:end],
            attributes=attributes or {},
            reason=reason,
            rule=rule,
            key=suggestion_key(rule, self.text, start, end, label),
            reasons=reasons or {},
        )

    def shared_value(self, name: str, compute: Callable[[], Any]) -> Any:
        if name not in self.shared:
            self.shared[name] = compute()
        return self.shared[name]


def link(type_: str, members: dict[str, Suggestion]) -> list[Suggestion]:
    """The members, each carrying the relation they make together."""
    parts = tuple(s.as_part(role) for role, s in members.items())
    joined = Link(type_, parts)
    return [replace(s, link=joined, role=role) for role, s in members.items()]


def _reading_language(text: str, language: str | None) -> str:
    if language in ("fa", "ar", "ur"):
        return language
    found = detect_language(text)
    return found if found in ("fa", "ar", "ur") else "fa" if found == "mixed" else "ar"


# -- rules ----------------------------------------------------------------------------------------


def rules() -> dict[str, Callable[[Context], list[Suggestion]]]:
    """Every rule by name, in the order they run (attribution first: numbers reads its result)."""
    from . import attribution, calendars, numbers, places, variants

    return {
        attribution.RULE: attribution.suggest,
        places.RULE: places.suggest,
        calendars.RULE: calendars.suggest,
        numbers.RULE: numbers.suggest,
        variants.RULE: variants.suggest,
    }


def check_rules(only: Iterable[str] | None) -> list[str]:
    """The rule names asked for (all when None); an unknown name is refused by name."""
    table = rules()
    wanted = list(table) if only is None else list(only)
    unknown = [name for name in wanted if name not in table]
    if unknown:
        raise ValueError(f"no suggestion rule {unknown[0]!r}; rules: {', '.join(table)}")
    return wanted


def run_rules(ctx: Context, only: Iterable[str] | None = None) -> list[Suggestion]:
    """Every rule's suggestions for one document: word-snapped, each (start, end, label) once."""
    table = rules()
    wanted = check_rules(only)
    found: dict[tuple[int, int, str], Suggestion] = {}
    for name in wanted:
        for s in table[name](ctx):
            if ctx.words.snap(s.start, s.end) != (s.start, s.end):
                continue  # a rule's slip; never propose a span the view would not allow
            here = (s.start, s.end, s.label)
            if here not in found or (s.link and not found[here].link):
                found[here] = s
    return sorted(found.values(), key=lambda s: (s.start, -s.end, s.label))


# -- documents and projects ---------------------------------------------------------------------


def suggest_document(
    source: Project | str,
    doc_id: str | None = None,
    *,
    rules: Iterable[str] | None = None,
    language: str | None = None,
    published: date | None = None,
) -> list[Suggestion]:
    """Suggestions for one document of a project, or for a bare text.

    For a project document, spans already marked with the same label and range are not
    proposed again, nor is anything the fact-checker rejected there (see ``decisions``).
    """
    if isinstance(source, str):
        from .variants import CorpusNames

        ctx = Context(source, doc_id or "", language, published)
        ctx.corpus = CorpusNames.of_texts([source], ctx.language)
        return run_rules(ctx, rules)
    return _for_project_document(source, doc_id or "", rules)


def suggest_corpus(
    project: Project,
    *,
    rules: Iterable[str] | None = None,
    docs: Iterable[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, list[Suggestion]]:
    """Suggestions for every document (or those named by id), by document id."""
    ids = list(docs) if docs is not None else project.document_ids()
    check_rules(rules)
    out = {}
    for n, doc_id in enumerate(ids, start=1):
        out[doc_id] = _for_project_document(project, doc_id, rules)
        if progress:
            progress(n, len(ids))
    return out


def _for_project_document(
    project: Project, doc_id: str, only: Iterable[str] | None
) -> list[Suggestion]:
    from . import decisions
    from .variants import CorpusNames

    doc = project.document(doc_id)
    text = project.text(doc_id)
    ctx = Context(text, doc_id, doc.language, _date(doc.published))
    ctx.corpus = CorpusNames.of_project(project, ctx.language)
    found = run_rules(ctx, only)
    existing = {(s.start, s.end, s.label) for s in project.spans(doc_id)}
    return decisions.still_open(project, doc_id, found, existing)


def _date(value: str) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
