"""The export formats by name: each writes a project (optionally filtered) to a path.

``EXPORTERS[name].write(project, out, filter, options)`` returns where it wrote, in words.
``out`` is a file, or a folder for formats made of many files (``Exporter.folder``); ``None``
means standard output for single text files.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from annotator.store.project import Project

from . import native
from .output import text_file
from .selection import ExportFilter, ExportOptions

__all__ = ["EXPORTERS", "ExportFilter", "ExportOptions", "Exporter"]

Writer = Callable[[Project, Path | None, ExportFilter, ExportOptions], str]


@dataclass(frozen=True)
class Exporter:
    name: str
    write_to: Writer
    description: str
    suffix: str  # of the output file, or "" for a folder
    importable: bool = False  # can be read back into a project (annotator import --format)

    @property
    def folder(self) -> bool:
        return not self.suffix

    def write(
        self,
        project: Project,
        out: Path | None,
        flt: ExportFilter | None = None,
        options: ExportOptions | None = None,
    ) -> str:
        with project.reading():  # one state, even while another process writes
            return self.write_to(project, out, flt or ExportFilter(), options or ExportOptions())


def _native(project: Project, out: Path | None, flt: ExportFilter, _: ExportOptions) -> str:
    kwargs = {
        "doc_ids": flt.doc_ids(project),
        "labels": set(flt.labels) or None,
        "annotators": set(flt.annotators) or None,
    }
    with text_file(out) as fh:
        n = native.export_file(project, fh, **kwargs)
    return "standard output" if out is None else f"{out} ({n} documents)"


def _lazy(module: str, function: str = "write") -> Writer:
    """Imports a format's module on first use: the CLI starts fast, openpyxl loads late."""

    def write(project, out, flt, options):
        from importlib import import_module

        writer = getattr(import_module(f"annotator.io.{module}"), function)
        return writer(project, out, flt, options)

    return write


_FORMATS = [
    Exporter("jsonl", _native, "native JSONL, lossless (code points)", ".jsonl", True),
    Exporter(
        "w3c",
        _lazy("w3c"),
        "W3C Web Annotation JSON-LD collection (code points, quote selectors)",
        ".jsonld",
        True,
    ),
    Exporter(
        "claimreview",
        _lazy("claimreview"),
        "schema.org ClaimReview JSON-LD for claims with a verdict",
        ".jsonld",
    ),
    Exporter(
        "brat",
        _lazy("brat"),
        "brat standoff folder: .txt + .ann per document, annotation.conf (code points)",
        "",
        True,
    ),
    Exporter(
        "doccano",
        _lazy("doccano"),
        "doccano JSONL, entities and relations (UTF-16 offsets; no attributes)",
        ".jsonl",
        True,
    ),
    Exporter(
        "labelstudio",
        _lazy("labelstudio"),
        "Label Studio JSON tasks with per-region attributes, and its labelling config",
        ".json",
        True,
    ),
    Exporter(
        "semeval",
        _lazy("semeval"),
        "SemEval persuasion TSV: article id, technique, start, end (code points)",
        ".tsv",
    ),
    Exporter(
        "conll",
        _lazy("conll"),
        "CoNLL BIO tokens, one tag column per layer (lossy where spans overlap)",
        ".conll",
    ),
    Exporter(
        "inception",
        _lazy("inception"),
        "INCEpTION / UIMA CAS XMI folder with its TypeSystem.xml (UTF-16 offsets)",
        "",
    ),
    Exporter("csv", _lazy("spreadsheet", "write_csv"), "CSV of spans for spreadsheets", ".csv"),
    Exporter("xlsx", _lazy("spreadsheet", "write_xlsx"), "Excel workbook of spans", ".xlsx"),
    Exporter(
        "html",
        _lazy("report"),
        "HTML report: highlighted text right to left, claims and corrections, printable",
        ".html",
    ),
]
EXPORTERS: dict[str, Exporter] = {e.name: e for e in _FORMATS}
