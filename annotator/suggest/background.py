"""The rules' work for the app, run in a process of its own.

The rules are pure Python: in a thread of the app they would hold the interpreter lock while
the interface waits for it, and every SQLite row the interface reads hands the lock back and
forth (measured: opening a 400 KB document went from 45 ms to 2.2 s while suggestions ran). A
separate process shares no lock, so the interface never waits for the rules.
"""

from __future__ import annotations

from annotator.store.project import Project

from .engine import Suggestion, suggest_document


def load() -> None:
    """Loads the word lists (hazm's included) once, ahead of the first document."""
    from . import lexicon

    lexicon.load()


def compute(path: str, doc_id: str) -> list[Suggestion]:
    """The suggestions for one document, read through a read-only connection of our own."""
    load()
    with Project.open(path, readonly=True) as project:
        return suggest_document(project, doc_id)
