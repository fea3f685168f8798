"""The ``annotator`` program: the app opens without the command-line toolkit; everything
else reaches the command line unchanged."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.launch import gui_request

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (None, False)),
        (["gui"], (None, False)),
        (["gui", "p.annotator"], (Path("p.annotator"), False)),
        (["gui", "--demo"], (None, True)),
        (["gui", "p.annotator", "--demo"], (Path("p.annotator"), True)),
    ],
)
def test_opening_the_app_is_recognised(argv, expected):
    assert gui_request(argv) == expected


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["gui", "--help"],
        ["gui", "-h"],
        ["gui", "a.annotator", "b.annotator"],
        ["gui", "--demo", "--demo"],
        ["list", "p.annotator"],
        ["--version"],
    ],
)
def test_everything_else_goes_to_the_command_line(argv):
    assert gui_request(argv) is None


def test_a_folder_as_project_gets_the_command_lines_message(tmp_path):
    assert gui_request(["gui", str(tmp_path)]) is None
    done = _run("gui", str(tmp_path))
    assert done.returncode == 2 and "is a directory" in done.stderr


def test_help_and_commands_answer_through_the_program(tmp_path):
    done = _run("--help")
    assert done.returncode == 0 and "Annotate Persian, Arabic and Urdu news" in done.stdout
    project = tmp_path / "p.annotator"
    assert _run("init", str(project)).returncode == 0
    assert project.exists()


def test_opening_the_app_does_not_load_click():
    code = (
        "import sys, annotator.launch as l, annotator.gui.app as a;"
        "a.run = lambda p: print('run', p, 'click' in sys.modules) or 0;"
        "l.main(['gui', 'x.annotator'])"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.stdout.strip() == "run x.annotator False", done.stderr[-1500:]


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "annotator.launch", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
