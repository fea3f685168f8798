"""CoNLL-style BIO columns: one token per line, one tag column per layer of the schema.

Tokens follow our word rules (``core/words.py``: ZWNJ stays inside a word) plus one token per
punctuation mark; a sentence ends after ``. ! ? ؟ ۔`` and at every line break; documents are
marked ``# newdoc id = NAME``. Columns: token, start, end (code points), then a BIO column per
schema group (claims, attribution, facts, persuasion ...). Lossy by nature: a token carries one
tag per layer, so where spans of one layer overlap the outermost (longest, then earliest)
wins and the spans it overlaps are left out; the file's header says so.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from annotator.core.model import Span
from annotator.core.schema import Schema
from annotator.core.words import words
from annotator.store.project import Project

from .output import text_file
from .selection import ExportFilter, ExportOptions, select

SENTENCE_END = set(".!?؟۔")
INVISIBLE = {"\u200c", "\u200d", "\u200e", "\u200f", "\ufeff"}
OTHER = "other"
ZWJ = "\u200d"


def tokens(text: str) -> list[tuple[int, int]]:
    """Words, and each punctuation mark or symbol between them, as ``(start, end)``."""
    result: list[tuple[int, int]] = []
    position = 0
    for start, end in words(text):
        result += _marks(text, position, start)
        result.append((start, end))
        position = end
    return result + _marks(text, position, len(text))


def _marks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Punctuation and symbols between words; an emoji keeps its modifiers and a flag its pair."""
    result = []
    i = start
    while i < end:
        if text[i].isspace() or text[i] in INVISIBLE:
            i += 1
            continue
        j = i + 1
        if _is_regional(text[i]) and j < end and _is_regional(text[j]):
            j += 1
        while j < end and (_is_modifier(text[j]) or (text[j] == ZWJ and j + 1 < end)):
            j += 2 if text[j] == ZWJ else 1
        result.append((i, min(j, end)))
        i = j
    return result


def _is_regional(ch: str) -> bool:
    return 0x1F1E6 <= ord(ch) <= 0x1F1FF


def _is_modifier(ch: str) -> bool:
    """Variation selectors, skin tones and combining marks that belong to the symbol before."""
    code = ord(ch)
    return (
        0xFE00 <= code <= 0xFE0F
        or 0x1F3FB <= code <= 0x1F3FF
        or unicodedata.category(ch) in ("Mn", "Me")
    )


def sentences(text: str, toks: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    result: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for tok in toks:
        if current and "\n" in text[current[-1][1] : tok[0]]:
            result.append(current)
            current = []
        current.append(tok)
        if text[tok[0] : tok[1]] in SENTENCE_END:
            result.append(current)
            current = []
    return result + ([current] if current else [])


def layers(schema: Schema) -> list[str]:
    names = [g.name for g in schema.groups]
    if any(not label.group for label in schema.labels):
        names.append(OTHER)
    return names


def outermost(spans: list[Span]) -> list[Span]:
    """The spans of one layer that keep their tags: longest first, then earliest."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.start, s.label)):
        if not any(span.start < k.end and k.start < span.end for k in kept):
            kept.append(span)
    return kept


def tags(toks: list[tuple[int, int]], spans: list[Span]) -> list[str]:
    result = ["O"] * len(toks)
    for span in outermost(spans):
        inside = [i for i, (s, e) in enumerate(toks) if s < span.end and span.start < e]
        for n, i in enumerate(inside):
            result[i] = f"{'B' if n == 0 else 'I'}-{span.label}"
    return result


def header(schema: Schema) -> list[str]:
    names = layers(schema)
    return [
        "# annotator CoNLL BIO export",
        f"# columns = token start end {' '.join(names)}",
        "# start and end are code points; a sentence ends at . ! ? ؟ ۔ and line breaks",
        "# lossy: one tag per token and layer; where spans of a layer overlap, the outermost"
        " (longest, then earliest) wins and the others are left out",
    ]


def document_lines(schema: Schema, name: str, text: str, spans: list[Span]) -> list[str]:
    names = layers(schema)
    by_layer: dict[str, list[Span]] = {n: [] for n in names}
    for span in spans:
        label = schema.label(span.label)
        by_layer[(label.group if label and label.group else OTHER)].append(span)
    toks = tokens(text)
    columns = [tags(toks, by_layer[n]) for n in names]
    index = {tok: i for i, tok in enumerate(toks)}
    lines = [f"# newdoc id = {name}"]
    for n, sentence in enumerate(sentences(text, toks), 1):
        shown = " ".join(text[sentence[0][0] : sentence[-1][1]].split())
        lines += [f"# sent_id = {name}-{n}", f"# text = {shown}"]
        for s, e in sentence:
            row = [text[s:e], str(s), str(e)] + [col[index[(s, e)]] for col in columns]
            lines.append("\t".join(row))
        lines.append("")
    return lines


def write(project: Project, out: Path | None, flt: ExportFilter, _: ExportOptions) -> str:
    schema = project.schema
    count = 0
    with text_file(out) as fh:
        fh.write("\n".join(header(schema)) + "\n")
        for item in select(project, flt):
            name = " ".join(item.document.name.split())
            fh.write("\n".join(document_lines(schema, name, item.document.text, item.spans)))
            fh.write("\n")
            count += 1
    return "standard output" if out is None else f"{out} ({count} documents)"
