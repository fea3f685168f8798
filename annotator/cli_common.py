"""What every command shares: opening a project with a readable refusal."""

from __future__ import annotations

from pathlib import Path

import click

from annotator.core.errors import AnnotatorError, ProjectNeedsUpgrade
from annotator.store.project import Project

PROJECT = click.argument("project", type=click.Path(dir_okay=False, path_type=Path))


def open_project(path: Path, readonly: bool = False) -> Project:
    """Opens ``path``; an older project is upgraded once (backup first), then read as asked."""
    try:
        try:
            return Project.open(path, readonly=readonly)
        except ProjectNeedsUpgrade:
            Project.open(path).close()
            click.echo(f"upgraded {path} to this version of annotator", err=True)
            return Project.open(path, readonly=readonly)
    except AnnotatorError as exc:
        raise click.ClickException(str(exc)) from None
