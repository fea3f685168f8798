"""Command line for suggestions: what the rules propose, with the reason for each."""

from __future__ import annotations

import json
from pathlib import Path

import click

from annotator.cli_common import open_project
from annotator.core.errors import AnnotatorError
from annotator.core.language import has_arabic_script
from annotator.store.project import Project

PROJECT = click.argument("project", type=click.Path(dir_okay=False, path_type=Path))


def _open(path: Path) -> Project:
    return open_project(path, readonly=True)


def terminal(text: str) -> str:
    """Persian, Arabic and Urdu as a terminal can show them: joined letters, right to left.

    Terminals neither shape nor reorder; the result is for the eye only (never for --json).
    """
    if not has_arabic_script(text):
        return text
    from arabic_reshaper import reshape
    from bidi import get_display

    # Our lines are English with Persian or Arabic quoted in them: left to right overall.
    return get_display(reshape(text), base_dir="L").replace("\u200c", "")


@click.command()
@PROJECT
@click.option("--doc", "docs", multiple=True, help="Only this document (name or id; repeatable).")
@click.option("--rule", "rules", multiple=True, help="Only this rule (repeatable): attribution, "
              "places, calendars, numbers, variants.")  # fmt: skip
@click.option("--variants", is_flag=True, help="List names the corpus spells more than one way.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (text in logical order).")
def suggest(project: Path, docs: tuple[str, ...], rules: tuple[str, ...], variants: bool,
            as_json: bool) -> None:  # fmt: skip
    """Show what the rules propose to annotate in PROJECT, and why.

    Each suggestion names its document, its offsets (code points, end excluded), the quoted
    text, the proposed label and attributes, and the reason in words. Accept or reject them in
    the app; a rejected suggestion is not shown again.
    """
    from annotator.suggest import engine

    with _open(project) as proj:
        try:
            ids = [proj.document_by_name(d).id for d in docs] or None
            if variants:
                _print_variants(proj, as_json)
                return
            found = engine.suggest_corpus(proj, rules=rules or None, docs=ids)
        except (AnnotatorError, ValueError) as exc:
            raise click.ClickException(str(exc)) from None
        names = {d.id: d.name for d in proj.documents()}
    if as_json:
        out = [dict(s.to_json(), document=names[d]) for d, items in found.items() for s in items]
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    total = 0
    for doc_id, items in found.items():
        for s in items:
            total += 1
            attrs = " ".join(f"{k}={v}" for k, v in s.attributes.items())
            line = f"{names[doc_id]}  [{s.start}, {s.end})  {s.label}  «{s.text}»  {attrs}"
            click.echo(terminal(line.rstrip()))
            click.echo("    " + terminal(f"{s.reason}  ({s.rule})"))
    click.echo(f"{total} suggestion(s)" if total else "no suggestions")


def _print_variants(proj: Project, as_json: bool) -> None:
    from annotator.suggest import lexicon
    from annotator.suggest.variants import CorpusNames

    lex = lexicon.load()
    languages = sorted({d.language for d in proj.documents()} & {"fa", "ar", "ur"})
    table = {lang: CorpusNames.of_project(proj, lang).table(lex) for lang in languages}
    if as_json:
        data = [
            {"language": lang, "name": g.name, "count": g.count,
             "spellings": [{"spelling": s, "count": n, "how": how} for s, n, how in g.spellings]}
            for lang, groups in table.items()
            for g in groups
        ]  # fmt: skip
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    shown = 0
    for lang, groups in table.items():
        for g in groups:
            shown += 1
            others = ", ".join(f"«{s}» ({n}x, {how})" for s, n, how in g.spellings)
            click.echo(terminal(f"{lang}  «{g.name}» ({g.count}x); also spelt {others}"))
    if not shown:
        click.echo("every name is spelt one way")
