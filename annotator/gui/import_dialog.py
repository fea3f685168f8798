"""Importing files from the app: off the GUI thread, cancellable, then a report.

The import runs on a ``QThread`` with its own SQLite connection to the project (the window's
connection stays on the GUI thread); a ``QProgressDialog`` shows each file and its Cancel
stops before the next file, keeping the files already imported. The report then lists what
went in, duplicates, near-duplicates, and each bad file's message.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from annotator.core.errors import AnnotatorError
from annotator.io import importer
from annotator.io.readers.base import ImportOptions
from annotator.store import import_batch
from annotator.store.project import Project


class ImportWorker(QObject):
    """Runs ``import_paths`` on its thread; never touches the window's Project."""

    progressed = Signal(int, int, str)
    finished = Signal(object)  # ImportReport

    def __init__(self, project: Project, paths: list[Path], options: ImportOptions) -> None:
        super().__init__()
        self._project, self._paths, self._options = project, paths, options
        self.cancel = threading.Event()

    @Slot()
    def run(self) -> None:
        report = importer.ImportReport()
        try:
            own = import_batch.worker_connection(self._project)
            try:
                report = importer.import_paths(own, self._paths, self._progress, self._options)
            finally:
                own.close()
        except AnnotatorError as exc:
            report.errors.append(str(exc))
        self.finished.emit(report)

    def _progress(self, done: int, total: int, name: str) -> bool:
        self.progressed.emit(done, total, name)
        return not self.cancel.is_set()


def import_with_progress(
    parent: QWidget | None,
    project: Project,
    paths: Iterable[Path | str],
    options: ImportOptions | None = None,
    show_report: bool = True,
) -> importer.ImportReport:
    """Imports ``paths`` with a progress dialog; returns the report once it is shown.

    The window's ``project`` hears of nothing (another connection wrote): refresh views from
    ``report.doc_ids``.
    """
    files = importer.files_to_import(paths)
    dialog = QProgressDialog(
        parent.tr("Importing…") if parent else "Importing…",
        parent.tr("Cancel") if parent else "Cancel",
        0,
        max(1, len(files)),
        parent,
    )
    dialog.setWindowTitle(dialog.tr("Import"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    worker = ImportWorker(project, files, options or ImportOptions())
    thread = QThread()
    worker.moveToThread(thread)
    loop = QEventLoop()
    relay = _Relay(dialog, loop)  # lives on the GUI thread: the worker's signals queue to it
    worker.progressed.connect(relay.show)
    worker.finished.connect(relay.finish)
    dialog.canceled.connect(worker.cancel.set)
    thread.started.connect(worker.run)
    thread.start()
    loop.exec()
    thread.quit()
    thread.wait()
    dialog.close()
    report = relay.report
    if show_report:
        ImportReportDialog(report, parent).exec()
    return report


class _Relay(QObject):
    """Receives the worker's signals on the GUI thread."""

    def __init__(self, dialog: QProgressDialog, loop: QEventLoop) -> None:
        super().__init__()
        self.dialog, self.loop = dialog, loop
        self.report = importer.ImportReport()

    @Slot(int, int, str)
    def show(self, done: int, total: int, name: str) -> None:
        self.dialog.setMaximum(max(1, total))
        self.dialog.setValue(done)
        if name:
            self.dialog.setLabelText(Path(name).name)

    @Slot(object)
    def finish(self, report: importer.ImportReport) -> None:
        self.report = report
        self.loop.quit()


class ImportReportDialog(QDialog):
    """What an import did: counts, then one line per file that needs a look."""

    def __init__(self, report: importer.ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        self.summary = QLabel(self._summary(report))
        self.summary.setWordWrap(True)
        self.lines = QListWidget()
        self.lines.setWordWrap(True)
        for kind, items in (
            (self.tr("Not imported"), report.errors),
            (self.tr("Near-duplicate"), report.near_duplicates),
            (self.tr("Already in the project"), report.duplicates),
            (self.tr("Note"), report.notes),
        ):
            for text in items:
                item = QListWidgetItem(f"{kind}: {text}")
                item.setData(Qt.ItemDataRole.UserRole, kind)
                item.setToolTip(text)
                self.lines.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.lines, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def _summary(self, report: importer.ImportReport) -> str:
        parts = [
            self.tr("%n document(s) or file(s) imported", "", len(report.added)),
            self.tr("%n file(s) not imported", "", len(report.errors)),
            self.tr("%n duplicate(s) skipped", "", len(report.duplicates)),
            self.tr("%n near-duplicate(s)", "", len(report.near_duplicates)),
        ]
        text = "; ".join(parts) + "."
        if report.cancelled:
            text += " " + self.tr("Cancelled: the files before it stay imported.")
        return text
