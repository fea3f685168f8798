"""The export formats by name: each writes a project (optionally filtered) to a path."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from annotator.store.project import Project

from . import native


@dataclass(frozen=True)
class ExportFilter:
    """Which part of a project to export; empty means everything."""

    documents: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    annotators: tuple[str, ...] = ()
    statuses: tuple[str, ...] = field(default=())

    def doc_ids(self, project: Project) -> list[str]:
        wanted = set()
        for name in self.documents:
            wanted.add(project.document_by_name(name).id)
        return [
            s.id
            for s in project.documents()
            if (not wanted or s.id in wanted) and (not self.statuses or s.status in self.statuses)
        ]


@dataclass(frozen=True)
class Exporter:
    name: str
    write: Callable[[Project, Path | None, ExportFilter], str]
    description: str
    suffix: str


def _native(project: Project, out: Path | None, flt: ExportFilter) -> str:
    labels = set(flt.labels) or None
    kwargs = {"doc_ids": flt.doc_ids(project), "labels": labels}
    if out is None:
        native.export_file(project, sys.stdout, **kwargs)
        return "standard output"
    tmp = out.with_name(out.name + ".part")
    with tmp.open("w", encoding="utf-8", newline="\n") as fh:
        n = native.export_file(project, fh, **kwargs)
    tmp.replace(out)
    return f"{out} ({n} documents)"


EXPORTERS: dict[str, Exporter] = {
    "jsonl": Exporter("jsonl", _native, "native JSONL, lossless (code points)", ".jsonl"),
}
