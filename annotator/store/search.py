"""Corpus-wide search that knows Persian and Arabic spelling.

Two stages: the FTS5 trigram index over folded texts (see ``corpus_index``) picks the
candidate documents; the tolerant pattern (``core.normalize``) then runs on each candidate's
*stored* text, so every hit is a code-point range that can be highlighted and annotated as is.
Regex mode and queries under three folded letters cannot use the index and scan the documents
the filters leave.

Both stages read one candidate at a time from a single cursor, in import order, and stop at
the first hit past the page asked for (``limit``, ``offset``): a page costs the same however
many documents match. Measured by ``python -m bench import_search``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from annotator.core.errors import ValidationError
from annotator.core.normalize import compile_tolerant, fold_for_index

if TYPE_CHECKING:
    from .project import Project

MODES = ("tolerant", "exact", "regex")
_TRIGRAM = 3


@dataclass(frozen=True)
class SearchQuery:
    """What to look for and where. Span filters (label, attribute, annotator) keep hits inside
    matching spans; with no text, the matching spans themselves are the hits."""

    text: str = ""
    mode: str = "tolerant"
    label: str | None = None
    attribute: tuple[str, str] | None = None
    annotator: str | None = None
    language: str | None = None
    outlet: str | None = None
    date_from: str | None = None  # ISO dates, inclusive, on the document's publication date
    date_to: str | None = None
    limit: int = 1000
    offset: int = 0  # hits left out before the first one returned: the next page's start
    context: int = 40

    @property
    def has_span_filter(self) -> bool:
        return bool(self.label or self.attribute or self.annotator)


# Not frozen: a frozen dataclass's __init__ cost a microsecond a hit, a tenth of a search.
@dataclass(slots=True)
class Hit:
    """One hit: code-point offsets on the stored text. Its context (``before``, ``after``) is
    cut from the text when first asked for: a page of hits that is only counted or jumped to
    never pays for it."""

    doc_id: str
    doc_name: str
    start: int
    end: int
    text: str
    label: str = ""  # the span the hit lies in, when a span filter was given
    span_id: str = ""
    source: str = field(default="", repr=False, compare=False)  # the document's text
    context: int = field(default=0, repr=False, compare=False)
    _around: tuple[str, str] | None = field(default=None, repr=False, compare=False)

    @property
    def before(self) -> str:
        return self._context()[0]

    @property
    def after(self) -> str:
        return self._context()[1]

    def _context(self) -> tuple[str, str]:
        if self._around is None:
            self._around = _around(self.source, self.start, self.end, self.context)
        return self._around

    def to_json(self) -> dict[str, object]:
        return {
            "doc_id": self.doc_id,
            "doc_name": self.doc_name,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "before": self.before,
            "after": self.after,
            "label": self.label,
            "span_id": self.span_id,
        }


@dataclass
class SearchResult:
    hits: list[Hit] = field(default_factory=list)
    truncated: bool = False  # more hits exist beyond ``limit``
    documents: int = 0  # documents with at least one hit


@dataclass(frozen=True)
class Facets:
    """The values the filters can take in this project, for the search panel."""

    languages: tuple[str, ...]
    outlets: tuple[str, ...]
    annotators: tuple[str, ...]
    labels: tuple[str, ...]
    first_date: str
    last_date: str


def compile_query(query: SearchQuery) -> re.Pattern[str] | None:
    """The pattern to run on stored texts; None when only span filters are given."""
    if query.mode not in MODES:
        raise ValidationError(f"search mode {query.mode!r} is not one of {', '.join(MODES)}")
    if not query.text.strip():
        if not query.has_span_filter:
            raise ValidationError("type something to search for, or choose a label")
        return None
    if query.mode == "exact":
        return re.compile(re.escape(query.text))
    if query.mode == "regex":
        try:
            return re.compile(query.text)
        except re.error as exc:
            raise ValidationError(f"not a valid regular expression: {exc}") from None
    try:
        return compile_tolerant(query.text)
    except ValueError as exc:
        raise ValidationError(str(exc)) from None


def search(project: Project, query: SearchQuery) -> SearchResult:
    """Hits in import order: the first ``offset`` left out, at most ``limit`` kept.

    Documents are read and matched only until the hit after the last one kept, so a page of
    hits costs the same however many more there are; ``truncated`` says that more exist.
    """
    pattern = compile_query(query)
    result = SearchResult()
    skip, room, context = query.offset, query.limit, query.context
    for doc_id, name, text in _candidates(project, query):
        found = False
        for start, end, label, span_id in _matches(project, query, pattern, doc_id, text):
            if skip:
                skip -= 1
                continue
            if not room:
                result.truncated = True
                return result
            room -= 1
            result.hits.append(_hit(context, doc_id, name, text, start, end, label, span_id))
            found = True
        result.documents += found
    return result


def _matches(
    project: Project,
    query: SearchQuery,
    pattern: re.Pattern[str] | None,
    doc_id: str,
    text: str,
) -> Iterable[tuple[int, int, str, str]]:
    """``(start, end, label, span_id)`` of each hit in one document."""
    if not query.has_span_filter:
        assert pattern is not None
        return [(*m.span(), "", "") for m in pattern.finditer(text) if m.end() > m.start()]
    scopes = _scope_spans(project, query, doc_id)
    if pattern is None:
        return [(start, end, label, span_id) for span_id, start, end, label in scopes]
    return _inside(pattern.finditer(text), scopes)


def _inside(
    found: Iterator[re.Match[str]], scopes: list[tuple[str, int, int, str]]
) -> Iterator[tuple[int, int, str, str]]:
    for m in found:
        start, end = m.span()
        inside = next((s for s in scopes if s[1] <= start and end <= s[2]), None)
        if start < end and inside is not None:
            yield start, end, inside[3], inside[0]


def _hit(
    context: int,
    doc_id: str,
    name: str,
    text: str,
    start: int,
    end: int,
    label: str = "",
    span_id: str = "",
) -> Hit:
    return Hit(doc_id, name, start, end, text[start:end], label, span_id, text, context)


def _around(text: str, start: int, end: int, context: int) -> tuple[str, str]:
    first, last = max(0, start - context), min(len(text), end + context)
    before, after = text[first:start], text[end:last]
    # Context stays within the hit's paragraph and shows no broken word at its ends.
    before = before[before.rfind("\n") + 1 :]
    if (cut := after.find("\n")) >= 0:
        after = after[:cut]
    if first > 0 and " " in before and not text[first - 1].isspace():
        before = before[before.index(" ") + 1 :]
    if last < len(text) and " " in after and not text[last].isspace():
        after = after[: after.rindex(" ")]
    return before, after


# -- SQL ----------------------------------------------------------------------------------------


def _candidates(project: Project, query: SearchQuery) -> Iterable[tuple[str, str, str]]:
    """``(doc_id, name, text)`` of the documents that may hold hits, in import order, read
    from one cursor: a search that stops at its limit reads no further rows."""
    where, params = _document_filters(query)
    if query.has_span_filter:
        span_where, span_params = _span_filters(query)
        where.append(f"d.id IN (SELECT s.doc_id FROM spans s WHERE {span_where})")
        params.extend(span_params)
    folded = fold_for_index(query.text)
    if query.mode != "regex" and len(folded) >= _TRIGRAM:
        # A document's FTS5 rowid is its position (see ``corpus_index``): FTS5 yields them in
        # order (the ORDER BY costs no sort), each found by its rowid, which position is.
        sql = (
            "SELECT d.id, d.name, d.text FROM search_fts "
            "JOIN documents d ON d.position = search_fts.rowid WHERE search_fts MATCH ?"
        )
        params.insert(0, '"' + folded.replace('"', '""') + '"')
        order = " ORDER BY search_fts.rowid"
    else:
        sql = "SELECT d.id, d.name, d.text FROM documents d WHERE 1"
        order = " ORDER BY d.position"
    sql += "".join(f" AND {w}" for w in where) + order
    return project.conn.execute(sql, params)


def _document_filters(query: SearchQuery) -> tuple[list[str], list[object]]:
    where: list[str] = []
    params: list[object] = []
    if query.language:
        where.append("d.language = ?")
        params.append(query.language)
    if query.outlet:
        where.append("d.outlet = ?")
        params.append(query.outlet)
    if query.date_from:
        where.append("d.published != '' AND substr(d.published, 1, 10) >= ?")
        params.append(query.date_from)
    if query.date_to:
        where.append("d.published != '' AND substr(d.published, 1, 10) <= ?")
        params.append(query.date_to)
    return where, params


def _span_filters(query: SearchQuery) -> tuple[str, list[object]]:
    where: list[str] = []
    params: list[object] = []
    if query.label:
        where.append("s.label = ?")
        params.append(query.label)
    if query.annotator:
        where.append("s.annotator = ?")
        params.append(query.annotator)
    if query.attribute:
        key, value = query.attribute
        # json_each yields one row for a single value and one per item of a list.
        where.append(
            "EXISTS (SELECT 1 FROM json_each(s.attributes, ?) j WHERE CAST(j.value AS TEXT) = ?)"
        )
        params.extend(['$."' + key.replace('"', "") + '"', value])
    return " AND ".join(where), params


def _scope_spans(
    project: Project, query: SearchQuery, doc_id: str
) -> list[tuple[str, int, int, str]]:
    span_where, params = _span_filters(query)
    return project.conn.execute(
        f'SELECT s.id, s.start, s."end", s.label FROM spans s WHERE s.doc_id = ? AND {span_where} '
        'ORDER BY s.start, s."end" DESC',
        [doc_id, *params],
    ).fetchall()


def facets(project: Project) -> Facets:
    conn = project.conn

    def column(sql: str) -> tuple[str, ...]:
        return tuple(r[0] for r in conn.execute(sql) if r[0])

    first, last = conn.execute(
        "SELECT min(substr(published, 1, 10)), max(substr(published, 1, 10)) "
        "FROM documents WHERE published != ''"
    ).fetchone()
    return Facets(
        languages=column("SELECT DISTINCT language FROM documents ORDER BY language"),
        outlets=column("SELECT DISTINCT outlet FROM documents ORDER BY outlet"),
        annotators=column("SELECT DISTINCT annotator FROM spans ORDER BY annotator"),
        labels=column("SELECT DISTINCT label FROM spans ORDER BY label"),
        first_date=first or "",
        last_date=last or "",
    )
