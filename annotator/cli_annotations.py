"""Command-line annotation: spans and relations, validated by the schema like in the app."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from annotator.cli_common import open_project
from annotator.core.errors import AnnotatorError
from annotator.store import rows
from annotator.store.project import Project

PROJECT = click.argument("project", type=click.Path(dir_okay=False, path_type=Path))
JSON = click.option("--json", "as_json", is_flag=True, help="Print JSON.")


def _parse_attr(items: tuple[str, ...]) -> dict[str, Any]:
    """``key=value`` pairs; a value that reads as JSON (true, 3, ["a"]) is taken as such."""
    out: dict[str, Any] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{item!r} is not key=value", param_hint="--attr")
        try:
            out[key] = json.loads(value)
        except json.JSONDecodeError:
            out[key] = value
    return out


def _run(project: Path, action, readonly: bool = False):
    try:
        with open_project(project, readonly=readonly) as proj:
            return action(proj)
    except AnnotatorError as exc:
        raise click.ClickException(str(exc)) from None


def _show_span(data: dict[str, Any], as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        attrs = " ".join(f"{k}={v}" for k, v in data["attributes"].items())
        click.echo(
            f"{data['id']}  [{data['start']}, {data['end']})  {data['label']}  "
            f"{data['text']!r}  {attrs}"
        )


@click.group()
def span() -> None:
    """Add, change, delete and list spans."""


@span.command("add")
@PROJECT
@click.option("--doc", required=True, help="Document name or id.")
@click.option("--label", required=True, help="Label from the project schema.")
@click.option("--start", type=int, help="Start, in code points of the stored text.")
@click.option("--end", type=int, help="End (exclusive), in code points.")
@click.option("--quote", help="Find the span by its text instead of offsets.")
@click.option(
    "--occurrence", type=int, default=1, show_default=True, help="Which occurrence of --quote."
)
@click.option("--attr", multiple=True, help="Attribute as key=value (repeatable).")
@click.option("--note", default="", help="A free-text note.")
@JSON
def span_add(project, doc, label, start, end, quote, occurrence, attr, note, as_json) -> None:
    """Add a span by offsets (--start/--end) or by its text (--quote)."""

    def action(proj: Project):
        document = proj.document_by_name(doc)
        s, e = start, end
        if quote is not None:
            s = _nth(document.text, quote, occurrence)
            e = s + len(quote)
        if s is None or e is None:
            raise click.UsageError("give --start and --end, or --quote")
        return proj.new_span(document.id, s, e, label, attributes=_parse_attr(attr), note=note)

    _show_span(rows.span_json(_run(project, action)), as_json)


def _nth(text: str, quote: str, occurrence: int) -> int:
    pos = -1
    for _ in range(occurrence):
        pos = text.find(quote, pos + 1)
        if pos < 0:
            raise click.ClickException(f"{quote!r} (occurrence {occurrence}) is not in the text")
    return pos


@span.command("set")
@PROJECT
@click.argument("span_id")
@click.option("--label", help="New label.")
@click.option("--attr", multiple=True, help="Set attribute key=value; key= removes it.")
@click.option("--note", help="Replace the note.")
@JSON
def span_set(project, span_id, label, attr, note, as_json) -> None:
    """Change a span's label, attributes or note."""

    def action(proj: Project):
        changes: dict[str, Any] = {}
        if label:
            changes["label"] = label
        if attr:
            merged = {**proj.span(span_id).attributes, **_parse_attr(attr)}
            changes["attributes"] = {k: v for k, v in merged.items() if v not in ("", None)}
        if note is not None:
            changes["note"] = note
        return proj.update_span(span_id, **changes)

    _show_span(rows.span_json(_run(project, action)), as_json)


@span.command("delete")
@PROJECT
@click.argument("span_id")
def span_delete(project, span_id) -> None:
    """Delete a span and the relations it takes part in."""
    removed_span, removed = _run(project, lambda proj: proj.delete_span(span_id))
    click.echo(f"deleted {removed_span.label} {removed_span.text!r} and {len(removed)} relation(s)")


@span.command("list")
@PROJECT
@click.option("--doc", help="Only this document (name or id).")
@click.option("--label", help="Only this label.")
@JSON
def span_list(project, doc, label, as_json) -> None:
    """List spans with their offsets, quotes and attributes."""

    def action(proj: Project):
        doc_id = proj.document_by_name(doc).id if doc else None
        return [rows.span_json(s) for s in proj.spans(doc_id, label)]

    spans = _run(project, action, readonly=True)
    if as_json:
        click.echo(json.dumps(spans, ensure_ascii=False, indent=2))
    for s in [] if as_json else spans:
        _show_span(s, False)


@click.group()
def relation() -> None:
    """Link spans: attributions, evidence, corrections, same claim."""


@relation.command("add")
@PROJECT
@click.argument("type_")
@click.argument("roles", nargs=-1, required=True)
@click.option("--note", default="", help="A free-text note.")
@JSON
def relation_add(project, type_, roles, note, as_json) -> None:
    """Add a relation: TYPE role=SPAN_ID ... (a role may repeat).

    Example: annotator relation add p.annotator attribution source=ID cue=ID content=ID
    """
    filled: dict[str, list[str]] = {}
    for item in roles:
        role, sep, sid = item.partition("=")
        if not sep:
            raise click.BadParameter(f"{item!r} is not role=SPAN_ID", param_hint="ROLES")
        filled.setdefault(role, []).append(sid)
    rel = _run(project, lambda proj: proj.new_relation(type_, filled, note=note))
    data = rows.relation_json(rel)
    click.echo(
        json.dumps(data, ensure_ascii=False, indent=2)
        if as_json
        else f"{rel.id}  {rel.type}  "
        + "  ".join(f"{r}={','.join(i)}" for r, i in rel.roles.items())
    )


@relation.command("delete")
@PROJECT
@click.argument("relation_id")
def relation_delete(project, relation_id) -> None:
    """Delete a relation (its spans stay)."""
    rel = _run(project, lambda proj: proj.delete_relation(relation_id))
    click.echo(f"deleted {rel.type} {rel.id}")


@relation.command("list")
@PROJECT
@click.option("--doc", help="Only relations touching this document.")
@JSON
def relation_list(project, doc, as_json) -> None:
    """List relations with their roles."""

    def action(proj: Project):
        doc_id = proj.document_by_name(doc).id if doc else None
        return [rows.relation_json(r) for r in proj.relations(doc_id)]

    rels = _run(project, action, readonly=True)
    if as_json:
        click.echo(json.dumps(rels, ensure_ascii=False, indent=2))
        return
    for r in rels:
        click.echo(
            f"{r['id']}  {r['type']}  "
            + "  ".join(f"{k}={','.join(v)}" for k, v in r["roles"].items())
        )


@click.command()
@PROJECT
@click.option("--limit", type=int, default=50, show_default=True, help="How many entries.")
@JSON
def history(project, limit, as_json) -> None:
    """Show the latest changes: who did what, when."""
    entries = _run(project, lambda proj: proj.history(limit=limit), readonly=True)
    if as_json:
        click.echo(json.dumps(entries, ensure_ascii=False, indent=2))
        return
    for e in entries:
        click.echo(
            f"{e['seq']:>6}  {e['at']}  {e['annotator']:<12} {e['action']:<24} {e['object_id']}"
        )


__all__ = ["history", "relation", "span"]
