"""Spans as a table for spreadsheet users: CSV (UTF-8 with a byte-order mark) and XLSX.

One row per span: document, label with its display names, offsets (code points), the quote,
one column per attribute, note, annotator, dates. A cell a spreadsheet would run as a formula
(starting with ``= + - @``, a tab or a carriage return) is written with a leading apostrophe,
so a document that says ``=HYPERLINK(...)`` stays text. Excel needs the byte-order mark to
read a CSV as UTF-8; without it Persian turns into mojibake.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from annotator.core.schema import UI_LANGUAGES, Schema
from annotator.store.project import Project

from .output import need_file, text_file
from .selection import Annotated, ExportFilter, ExportOptions, select

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralize(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def attribute_names(schema: Schema, corpus: list[Annotated]) -> list[str]:
    used = {s.label for item in corpus for s in item.spans}
    names: list[str] = []
    for label in schema.labels:
        if label.name in used:
            names += [a.name for a in label.attributes if a.name not in names]
    return names


def header(schema: Schema, attributes: list[str]) -> list[str]:
    languages = [lang for lang in UI_LANGUAGES if any(lang in lb.display for lb in schema.labels)]
    return [
        "document",
        "span_id",
        "label",
        *[f"label_{lang}" for lang in languages],
        "start",
        "end",
        "text",
        *attributes,
        "note",
        "annotator",
        "created",
        "updated",
    ]


def _plain(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return value


def rows(schema: Schema, corpus: list[Annotated]) -> Iterator[list[Any]]:
    """The header, then one row per span; cells already neutralized."""
    attributes = attribute_names(schema, corpus)
    head = header(schema, attributes)
    yield head
    languages = [h.removeprefix("label_") for h in head if h.startswith("label_")]
    for item in corpus:
        for span in item.spans:
            label = schema.label(span.label)
            shown = [label.display.get(lang, "") if label else "" for lang in languages]
            values = [_plain(span.attributes.get(name, "")) for name in attributes]
            row = [item.document.name, span.id, span.label, *shown, span.start, span.end]
            row += [span.text, *values, span.note, span.annotator, span.created, span.updated]
            yield [neutralize(v) for v in row]


def write_csv(project: Project, out: Path | None, flt: ExportFilter, _: ExportOptions) -> str:
    corpus = list(select(project, flt))
    count = -1
    with text_file(out, encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        for row in rows(project.schema, corpus):
            writer.writerow(row)
            count += 1
    return "standard output" if out is None else f"{out} ({count} spans)"


def write_xlsx(project: Project, out: Path | None, flt: ExportFilter, _: ExportOptions) -> str:
    from .spreadsheet_xlsx import workbook

    out = need_file(out, "XLSX")
    corpus = list(select(project, flt))
    right_to_left = any(item.document.language in ("fa", "ar", "ur") for item in corpus)
    count = workbook(list(rows(project.schema, corpus)), out, right_to_left)
    return f"{out} ({count} spans)"
