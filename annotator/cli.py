"""The command line: thin commands over ``store`` and ``io``.

``annotator`` alone opens the GUI; every command has help and, where it prints results,
``--json`` for scripts.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import click

from annotator import __version__

# Each command's module loads when that command runs (or --help lists it): opening the app
# then costs no readers, exporters or suggestion engine it does not show.
COMMANDS = {
    "init": "annotator.cli_project:init",
    "export": "annotator.cli_project:export",
    "list": "annotator.cli_project:list_",
    "check": "annotator.cli_project:check",
    "schema": "annotator.cli_project:schema",
    "span": "annotator.cli_annotations:span",
    "relation": "annotator.cli_annotations:relation",
    "history": "annotator.cli_annotations:history",
    "import": "annotator.cli_corpus:import_",
    "search": "annotator.cli_corpus:search",
    "suggest": "annotator.cli_suggest:suggest",
}


class LazyGroup(click.Group):
    """A group whose commands, named ``module:attribute``, are imported when first asked for
    (click's documented lazy-loading pattern)."""

    def __init__(self, *args, lazy_commands: dict[str, str], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.lazy_commands = lazy_commands

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy_commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy_commands:
            return self._load(cmd_name)
        return super().get_command(ctx, cmd_name)

    def _load(self, cmd_name: str) -> click.Command:
        module_name, attribute = self.lazy_commands[cmd_name].split(":")
        command = getattr(importlib.import_module(module_name), attribute)
        if not isinstance(command, click.Command):
            raise TypeError(f"{self.lazy_commands[cmd_name]} is not a click command")
        return command


@click.group(
    cls=LazyGroup,
    lazy_commands=COMMANDS,
    invoke_without_command=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(__version__, prog_name="annotator")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Annotate Persian, Arabic and Urdu news for fact-checking.

    With no command, opens the desktop app.
    """
    if ctx.invoked_subcommand is None:
        ctx.invoke(gui)


@main.command()
@click.argument("project", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--demo", is_flag=True, help="Open the demo project (built on first use).")
def gui(project: Path | None, demo: bool) -> None:
    """Open the desktop app, on PROJECT if given."""
    from annotator.launch import open_app

    open_app(project, demo)
