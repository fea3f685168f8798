"""Command-line helpers for moving annotated corpora between projects and tools.

``annotator import PROJECT --format brat FOLDER`` reads back what ``annotator export`` wrote
(native JSONL, W3C, brat, doccano, Label Studio), with annotations, relations and, where the
format keeps them, ids; spans already in the project are not added twice.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from annotator.cli_common import open_project
from annotator.core.errors import AnnotatorError
from annotator.io.readback import READBACK

FORMAT_HELP = (
    "Read PATHS as a file or folder that `annotator export` wrote in this format, "
    "with its annotations and relations (w3c needs the documents already in the project)."
)


def read_back(project: Path, paths: tuple[Path, ...], fmt: str, as_json: bool) -> None:
    results, errors = [], []
    with open_project(project) as proj:
        for path in paths:
            try:
                report = READBACK[fmt](proj, path)
            except AnnotatorError as exc:
                errors.append(str(exc))
                continue
            results.append(
                {
                    "path": str(path),
                    "documents": report.documents,
                    "spans": report.spans,
                    "relations": report.relations,
                    "skipped": report.skipped,
                }
            )
    if as_json:
        click.echo(json.dumps({"read": results, "errors": errors}, ensure_ascii=False, indent=2))
    else:
        for r in results:
            click.echo(
                f"  + {r['path']}: {r['documents']} documents, {r['spans']} spans, "
                f"{r['relations']} relations"
            )
            for note in r["skipped"]:
                click.echo(f"  . {note}")
        for error in errors:
            click.echo(f"  ! {error}")
    if errors:
        sys.exit(1)
