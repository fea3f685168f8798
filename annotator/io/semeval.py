"""SemEval persuasion-technique span files: ``article_id, technique, start, end`` per line.

The layout of SemEval-2020 Task 11 and SemEval-2023 Task 3 (subtask 3) gold files: tab
separated, no header, code-point offsets with the end excluded. Only the techniques go out
(the labels of the schema that belong to a persuasion family); the article id is the
document's name.
"""

from __future__ import annotations

from pathlib import Path

from annotator.core.schema import Schema
from annotator.store.project import Project

from .output import text_file
from .selection import ExportFilter, ExportOptions, select


def techniques(schema: Schema) -> set[str]:
    return {label.name for label in schema.labels if label.family}


def lines(project: Project, flt: ExportFilter) -> list[str]:
    wanted = techniques(project.schema)
    result = []
    for item in select(project, flt):
        spans = sorted(
            (s for s in item.spans if s.label in wanted), key=lambda s: (s.start, s.end, s.label)
        )
        name = item.document.name.replace("\t", " ")
        result += [f"{name}\t{s.label}\t{s.start}\t{s.end}\n" for s in spans]
    return result


def write(project: Project, out: Path | None, flt: ExportFilter, _: ExportOptions) -> str:
    found = lines(project, flt)
    with text_file(out) as fh:
        fh.writelines(found)
    return "standard output" if out is None else f"{out} ({len(found)} technique spans)"
