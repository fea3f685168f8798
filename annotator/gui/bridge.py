"""Turns the project's committed changes into Qt signals that views refresh from.

A widget never updates itself from the code that made a change; it waits for the change to
come back from here, so what it shows is what is on disk.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from annotator.store.project import Change, Project


class ProjectSignals(QObject):
    spans_changed = Signal(str, list)  # doc_id, span ids
    relations_changed = Signal(list, list)  # doc_ids (empty when the store cannot tell), ids
    documents_changed = Signal(list)  # doc_ids
    schema_changed = Signal()
    settings_changed = Signal(list)  # keys
    committed = Signal()  # after any change: everything is saved

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self._unsubscribe = project.subscribe(self._on_change)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def _on_change(self, change: Change) -> None:
        if change.kind == "spans":
            for doc_id in change.doc_ids:
                self.spans_changed.emit(doc_id, list(change.ids))
        elif change.kind == "relations":
            self.relations_changed.emit(list(change.doc_ids), list(change.ids))
        elif change.kind == "documents":
            self.documents_changed.emit(list(change.doc_ids))
        elif change.kind == "schema":
            self.schema_changed.emit()
        elif change.kind == "settings":
            self.settings_changed.emit(list(change.ids))
        self.committed.emit()
