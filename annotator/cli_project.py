"""Commands over one project file: create it, list and check it, print or replace its
schema, export it."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path

import click

from annotator.cli_common import PROJECT, open_project
from annotator.core.errors import AnnotatorError
from annotator.core.schema import resolve_schema
from annotator.io.formats import EXPORTERS, ExportFilter, ExportOptions
from annotator.store.project import Project


def _emit(data, as_json: bool, text: str) -> None:
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        click.echo(text)


@click.command()
@PROJECT
@click.option(
    "--schema",
    "schema_name",
    default="fact-check",
    show_default=True,
    help="A preset name (fact-check, minimal) or a .toml/.json schema file.",
)
def init(project: Path, schema_name: str) -> None:
    """Create a new, empty project file."""
    try:
        schema = resolve_schema(schema_name)
        Project.create(project, schema).close()
    except AnnotatorError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"created {project} with schema {schema.name}")


@click.command()
@PROJECT
@click.option(
    "--format",
    "fmt",
    type=click.Choice(sorted(EXPORTERS)),
    default="jsonl",
    show_default=True,
    help="Output format.",
)
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Output file or folder.")
@click.option("--doc", "docs", multiple=True, help="Only this document (repeatable).")
@click.option("--label", "labels", multiple=True, help="Only spans with this label (repeatable).")
@click.option("--annotator", "annotators", multiple=True, help="Only this annotator's work.")
@click.option("--status", "statuses", multiple=True, help="Only documents with this status.")
@click.option(
    "--organisation",
    help="claimreview: the reviewing organisation's name (else the project setting "
    '"organisation", a {"name", "url", "review_url"} object).',
)
@click.option("--organisation-url", help="claimreview: the reviewing organisation's web site.")
@click.option("--per-document", is_flag=True, help="html: one page per document in a folder.")
@click.option("--embed-font", is_flag=True, help="html: embed the Noto Sans Arabic glyphs used.")
def export(
    project: Path,
    fmt: str,
    output: Path | None,
    docs,
    labels,
    annotators,
    statuses,
    organisation: str | None,
    organisation_url: str | None,
    per_document: bool,
    embed_font: bool,
) -> None:
    """Export PROJECT's documents and annotations.

    Formats: jsonl (native, lossless), w3c, claimreview, brat (folder), doccano, labelstudio,
    semeval, conll, inception (folder), csv, xlsx, html. Folder formats need -o.
    """
    flt = ExportFilter(tuple(docs), tuple(labels), tuple(annotators), tuple(statuses))
    org = {"name": organisation, "url": organisation_url or ""} if organisation else None
    options = ExportOptions(organisation=org, per_document=per_document, embed_font=embed_font)
    with open_project(project, readonly=True) as proj:
        try:
            where = EXPORTERS[fmt].write(proj, output, flt, options)
        except AnnotatorError as exc:
            raise click.ClickException(str(exc)) from None
    if output is not None:
        click.echo(f"wrote {where}", err=True)


@click.command("list")
@PROJECT
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def list_(project: Path, as_json: bool) -> None:
    """List the documents of PROJECT with their annotation counts."""
    with open_project(project, readonly=True) as proj:
        docs = proj.documents()
    data = [asdict(d) for d in docs]
    text = "\n".join(
        f"{d.name:<32} {d.language:<5} {d.length:>7} chars {d.span_count:>5} spans  {d.title}"
        for d in docs
    )
    _emit(data, as_json, text or "(no documents)")


@click.command()
@PROJECT
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def check(project: Path, as_json: bool) -> None:
    """Verify PROJECT: quotes match their text, links resolve, SQLite is intact.

    Exits 1 and lists the problems when any invariant fails.
    """
    with open_project(project, readonly=True) as proj:
        problems = proj.check()
        counts = {
            "documents": len(proj.document_ids()),
            "spans": proj.span_count(),
            "relations": len(proj.relations()),
        }
    text = (
        f"{project}: ok ({counts['documents']} documents, {counts['spans']} spans, "
        f"{counts['relations']} relations)"
    )
    if problems:
        text = f"{project}: {len(problems)} problem(s)\n" + "\n".join(f"  - {p}" for p in problems)
    _emit({"ok": not problems, "problems": problems, **counts}, as_json, text)
    if problems:
        sys.exit(1)


@click.command()
@PROJECT
@click.option("--json", "as_json", is_flag=True, help="Print the schema as JSON.")
@click.option("--set", "new_schema", help="Replace the schema with this preset or file.")
def schema(project: Path, as_json: bool, new_schema: str | None) -> None:
    """Print PROJECT's label schema, or replace it with --set."""
    with open_project(project, readonly=new_schema is None) as proj:
        if new_schema:
            try:
                moved = proj.set_schema(resolve_schema(new_schema))
            except AnnotatorError as exc:
                raise click.ClickException(str(exc)) from None
            for rename, n in moved.items():
                click.echo(f"renamed {rename}: {n} carried")
            click.echo(f"schema replaced by {proj.schema.name}")
            return
        sch = proj.schema
    if as_json:
        click.echo(json.dumps(sch.to_json(), ensure_ascii=False, indent=2))
        return
    click.echo(f"schema {sch.name} (version {sch.version})")
    for lab in sch.labels:
        key = f"[{lab.shortcut}]" if lab.shortcut else "   "
        attrs = ", ".join(a.name for a in lab.attributes)
        click.echo(f"  {key} {lab.name:<34} {lab.display.get('fa', ''):<20} {attrs}")
    for rel in sch.relations:
        roles = ", ".join(f"{r.name}:{'|'.join(r.labels)}" for r in rel.roles)
        click.echo(f"  relation {rel.name}: {roles}")
    for dl in sch.document_labels:
        click.echo(f"  document {dl.name}: {', '.join(v.name for v in dl.values)}")
