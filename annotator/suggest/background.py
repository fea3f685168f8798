"""The rules' work for the app, run in a process of its own.

The rules are pure Python: in a thread of the app they would hold the interpreter lock while
the interface waits for it, and every SQLite row the interface reads hands the lock back and
forth (measured: opening a 400 KB document went from 45 ms to 2.2 s while suggestions ran). A
separate process shares no lock, so the interface never waits for the rules.
"""

from __future__ import annotations

import os
import threading
import time

from annotator.store.project import Project

from .engine import Suggestion, suggest_document


def watch_parent(parent_pid: int) -> None:
    """Ends this worker once the app that started it is gone: a killed or crashed app would
    otherwise leave it waiting for work forever."""

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


def load() -> None:
    """Loads the word lists (hazm's included) once, ahead of the first document."""
    from . import lexicon

    lexicon.load()


def compute(path: str, doc_id: str) -> list[Suggestion]:
    """The suggestions for one document, read through a read-only connection of our own."""
    load()
    with Project.open(path, readonly=True) as project:
        return suggest_document(project, doc_id)
