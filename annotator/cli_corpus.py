"""Command line for the corpus: importing files of every format, and searching them."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from annotator.cli_common import open_project
from annotator.cli_exchange import FORMAT_HELP, read_back
from annotator.core.errors import AnnotatorError
from annotator.core.language import has_arabic_script
from annotator.io import importer
from annotator.io.readback import READBACK
from annotator.io.readers.base import ImportOptions
from annotator.store import search as corpus_search

PROJECT = click.argument("project", type=click.Path(dir_okay=False, path_type=Path))


_open = open_project


def _pairs(items: tuple[str, ...], option: str) -> dict[str, str]:
    out = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key or not value:
            raise click.BadParameter(f"{item!r} is not NAME=VALUE", param_hint=option)
        out[key] = value
    return out


@click.command("import")
@PROJECT
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--text-column", help="CSV: the column holding the article text.")
@click.option("--title-column", help="CSV: the column holding the title.")
@click.option("--outlet-column", help="CSV: the column holding the outlet.")
@click.option("--date-column", help="CSV: the column holding the publication date.")
@click.option("--url-column", help="CSV: the column holding the URL.")
@click.option(
    "--normalize-persian",
    is_flag=True,
    help="Respell Persian texts (ي/ك as ی/ک, half-spaces, with hazm); the text before is kept.",
)
@click.option(
    "--map-label",
    "map_labels",
    multiple=True,
    metavar="THEIRS=OURS",
    help="doccano/Label Studio: store label THEIRS as schema label OURS (OURS '-' leaves "
    "those spans out). Repeatable.",
)
@click.option("--keep-line-breaks", is_flag=True, help="Do not join hard-wrapped lines.")
@click.option("--format", "readback_format", type=click.Choice(sorted(READBACK)), help=FORMAT_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def import_(
    project: Path,
    paths: tuple[Path, ...],
    text_column: str | None,
    title_column: str | None,
    outlet_column: str | None,
    date_column: str | None,
    url_column: str | None,
    normalize_persian: bool,
    map_labels: tuple[str, ...],
    keep_line_breaks: bool,
    readback_format: str | None,
    as_json: bool,
) -> None:
    """Import files, folders and zip archives into PROJECT.

    Text (.txt, .md; UTF-8, UTF-16, Windows-1256), web pages (.html), Word (.docx), PDF with a
    text layer, CSV, doccano (.jsonl), Label Studio (.json) and native JSONL. Each file goes in
    whole or not at all; a bad file is named and the rest still import. With --format, reads
    back what `annotator export` wrote, annotations and relations included.
    """
    if readback_format:
        read_back(project, paths, readback_format, as_json)
        return
    options = ImportOptions(
        text_column=text_column,
        title_column=title_column,
        outlet_column=outlet_column,
        date_column=date_column,
        url_column=url_column,
        normalize_persian=normalize_persian,
        join_wrapped=not keep_line_breaks,
        label_map=_pairs(map_labels, "--map-label"),
    )
    with _open(project) as proj:
        files = importer.files_to_import(paths)
        # A bar only for a person at a terminal: scripts read --json or the report alone.
        hidden = as_json or not sys.stderr.isatty()
        with click.progressbar(
            length=len(files), label="importing", file=sys.stderr, hidden=hidden
        ) as bar:

            def progress(done: int, total: int, name: str) -> bool:
                bar.update(done - bar.pos)
                return True

            report = importer.import_paths(proj, files, progress, options)
    _print_report(report, as_json)
    if report.errors:
        sys.exit(1)


def _print_report(report: importer.ImportReport, as_json: bool) -> None:
    if as_json:
        click.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
        return
    lines = [f"imported {len(report.added)}"] + [f"  + {a}" for a in report.added]
    lines += [f"  = duplicate: {d}" for d in report.duplicates]
    lines += [f"  ~ {n}" for n in report.near_duplicates]
    lines += [f"  . {n}" for n in report.notes]
    lines += [f"  ! {e}" for e in report.errors]
    click.echo("\n".join(lines))


@click.command()
@PROJECT
@click.argument("query", required=False, default="")
@click.option("--regex", "mode", flag_value="regex", help="QUERY is a regular expression.")
@click.option("--exact", "mode", flag_value="exact", help="Match QUERY exactly as written.")
@click.option("--label", help="Only inside spans with this label (alone: list those spans).")
@click.option("--attribute", metavar="NAME=VALUE", help="Only inside spans with this value.")
@click.option("--annotator", help="Only inside spans by this annotator.")
@click.option("--language", help="Only documents in this language (fa, ar, ur, mixed).")
@click.option("--outlet", help="Only documents from this outlet.")
@click.option("--from", "date_from", metavar="YYYY-MM-DD", help="Published on or after.")
@click.option("--to", "date_to", metavar="YYYY-MM-DD", help="Published on or before.")
@click.option("--limit", default=200, show_default=True, help="At most this many hits.")
@click.option("--offset", default=0, help="Leave out this many hits first (the next page).")
@click.option("--json", "as_json", is_flag=True, help="Print the hits as JSON (raw text).")
def search(
    project: Path,
    query: str,
    mode: str | None,
    label: str | None,
    attribute: str | None,
    annotator: str | None,
    language: str | None,
    outlet: str | None,
    date_from: str | None,
    date_to: str | None,
    limit: int,
    offset: int,
    as_json: bool,
) -> None:
    """Search PROJECT for QUERY, whatever its spelling.

    By default ي/ی, ك/ک, ة/ه, the three digit systems, diacritics, tatweel, and a ZWNJ, a space
    or nothing inside compounds all match each other. Prints document, code-point offsets and
    context.
    """
    attr = next(iter(_pairs((attribute,), "--attribute").items())) if attribute else None
    q = corpus_search.SearchQuery(
        text=query,
        mode=mode or "tolerant",
        label=label,
        attribute=attr,
        annotator=annotator,
        language=language,
        outlet=outlet,
        date_from=date_from,
        date_to=date_to,
        limit=limit,
        offset=offset,
    )
    with _open(project, readonly=True) as proj:
        try:
            result = corpus_search.search(proj, q)
        except AnnotatorError as exc:
            raise click.ClickException(str(exc)) from None
    if as_json:
        data = {
            "hits": [hit.to_json() for hit in result.hits],
            "documents": result.documents,
            "truncated": result.truncated,
        }
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for hit in result.hits:
        # "|" reads the same in both directions; brackets come out mirrored in some terminals.
        context = f"{hit.before}|{hit.text}|{hit.after}".replace("\n", " ")
        click.echo(f"{hit.doc_name}\t{hit.start}-{hit.end}\t{_for_terminal(context)}")
    more = f" (more follow: --offset {offset + limit})" if result.truncated else ""
    click.echo(f"{len(result.hits)} hit(s) in {result.documents} document(s){more}", err=True)


def _for_terminal(text: str) -> str:
    """Terminals neither join Arabic letters nor order right-to-left runs: do both for them."""
    if not has_arabic_script(text):
        return text
    import arabic_reshaper
    from bidi import get_display

    return get_display(arabic_reshaper.reshape(text)).replace("\u200c", "")
