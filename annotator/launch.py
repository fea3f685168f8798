"""The ``annotator`` program: opens the desktop app at once, or hands over to the command line.

``annotator``, ``annotator gui``, ``annotator gui PROJECT`` and ``annotator gui --demo`` start
the app without loading the command-line toolkit (click and its help machinery cost about a
tenth of a start-up). Everything else, including ``annotator gui --help`` and any argument
that needs checking (a folder given as the project), goes to :mod:`annotator.cli`, which
does the same things with its full help and error messages.
"""

from __future__ import annotations

import sys
from pathlib import Path


def gui_request(argv: list[str]) -> tuple[Path | None, bool] | None:
    """``(project, demo)`` when ``argv`` simply opens the app; None for the command line."""
    if not argv:
        return None, False
    if argv[0] != "gui":
        return None
    project: Path | None = None
    demo = False
    for arg in argv[1:]:
        if arg == "--demo" and not demo:
            demo = True
        elif not arg.startswith("-") and project is None and not Path(arg).is_dir():
            project = Path(arg)
        else:
            return None  # an option, a second project, a folder: the command line says why
    return project, demo


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else list(argv)
    request = gui_request(args)
    if request is None:
        from annotator.cli import main as cli

        cli.main(args, prog_name="annotator")
        return
    open_app(*request)


def open_app(project: Path | None, demo: bool = False) -> None:
    """Runs the desktop app on ``project`` (or the demo) until its window closes."""
    if demo:
        from annotator.io.demo import build_demo

        build_demo(annotated=False)  # a clean copy of the same articles, to practise on
        project = build_demo()
    from annotator.gui.app import run  # Qt loads only when the app is asked for

    sys.exit(run(project))


if __name__ == "__main__":
    main()
